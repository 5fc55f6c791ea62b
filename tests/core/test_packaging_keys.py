"""The key store: encrypted PKCS#12 (AES-256), listing without the passphrase, refusals."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12

from filingassist.errors import NotFound, SigningError, UsageError
from filingassist.packaging import keys
from filingassist.packaging.cms import verify_detached

PASS = b"correct horse battery staple"
NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)


def _private_der(key: object) -> bytes:
    return key.private_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def test_create_ec_key_and_sign(isolated_home: Path) -> None:
    info = keys.create_key("Jane Doe", PASS, email="jane@example.org")
    assert info.name == "jane-doe"
    assert info.algorithm == "ec-p256"
    assert "CN=Jane Doe" in info.subject and info.subject == info.issuer
    assert info.path == isolated_home / "keys" / "jane-doe.p12"
    assert len(info.fingerprint_sha256) == 64
    assert info.not_after - info.not_before == dt.timedelta(days=keys.DEFAULT_VALID_DAYS)
    signer = keys.unlock("Jane Doe", PASS)
    assert signer.cert.fingerprint(hashes.SHA256()).hex() == info.fingerprint_sha256
    signature = signer.sign(b"manifest", dt.datetime.now(dt.UTC))
    assert verify_detached(signature, b"manifest", trusted=[signer.cert]).signer == signer.cert


@pytest.mark.slow
def test_create_rsa_key() -> None:
    info = keys.create_key("Rsa Filer", PASS, algorithm="rsa-3072")
    assert info.algorithm == "rsa-3072"
    signer = keys.unlock(info.name, PASS)
    assert isinstance(signer.key, rsa.RSAPrivateKey) and signer.key.key_size == 3072


def test_key_file_is_encrypted_with_aes256_and_private(isolated_home: Path) -> None:
    info = keys.create_key("Jane Doe", PASS)
    signer = keys.unlock(info.name, PASS)
    # the unencrypted key must not appear anywhere in the store
    secret = _private_der(signer.key)
    raw_scalar = signer.key.private_numbers().private_value.to_bytes(32, "big")  # type: ignore[union-attr]
    for path in (isolated_home / "keys").iterdir():
        content = path.read_bytes()
        assert secret not in content and raw_scalar not in content
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    openssl = shutil.which("openssl")
    assert openssl
    result = subprocess.run(
        [openssl, "pkcs12", "-in", str(info.path), "-info", "-noout", "-passin", "env:P12PASS"],
        env={"P12PASS": PASS.decode()},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "AES-256-CBC" in result.stderr
    assert "MAC: sha256" in result.stderr


def test_wrong_passphrase_is_a_signing_error() -> None:
    keys.create_key("Jane Doe", PASS)
    with pytest.raises(SigningError, match="wrong passphrase"):
        keys.unlock("jane-doe", b"wrong")


def test_unknown_key_is_not_found() -> None:
    with pytest.raises(NotFound, match="no key named"):
        keys.unlock("nobody", PASS)


def test_list_keys_needs_no_passphrase() -> None:
    assert keys.list_keys() == []
    a = keys.create_key("Jane Doe", PASS)
    b = keys.create_key("Max Mustermann", b"other")
    listed = keys.list_keys()
    assert [k.name for k in listed] == ["jane-doe", "max-mustermann"]
    assert listed[0].fingerprint_sha256 == a.fingerprint_sha256
    assert listed[1].fingerprint_sha256 == b.fingerprint_sha256
    assert listed[0].to_dict()["subject"] == "CN=Jane Doe"


def test_refusals_on_create() -> None:
    with pytest.raises(UsageError, match="empty passphrase"):
        keys.create_key("Jane Doe", b"")
    with pytest.raises(UsageError, match="unknown algorithm"):
        keys.create_key("Jane Doe", PASS, algorithm="dsa-1024")
    with pytest.raises(UsageError, match="cannot be used as a key name"):
        keys.create_key("!!!", PASS)
    keys.create_key("Jane Doe", PASS)
    with pytest.raises(UsageError, match="exists already"):
        keys.create_key("jane doe", PASS)


def test_expired_certificate_is_refused_for_signing() -> None:
    start = NOW - dt.timedelta(days=30)
    keys.create_key("Old Key", PASS, valid_days=10, now=start)
    with pytest.raises(SigningError, match="expired on"):
        keys.unlock("old-key", PASS)
    # unlocking at a time inside the validity works, but signing "now" is still refused
    signer = keys.unlock("old-key", PASS, now=start + dt.timedelta(days=1))
    with pytest.raises(SigningError, match="expired"):
        signer.sign(b"x", NOW)


def test_not_yet_valid_certificate_is_refused() -> None:
    keys.create_key("Future Key", PASS, now=NOW + dt.timedelta(days=2))
    with pytest.raises(SigningError, match="not valid before"):
        keys.unlock("future-key", PASS)


def _external_p12(tmp_path: Path, passphrase: bytes, encryption: object) -> Path:
    key = ec.generate_private_key(ec.SECP384R1())
    cert = keys.self_signed_certificate(
        key, "Office Issued", None, NOW - dt.timedelta(days=1), NOW + dt.timedelta(days=5)
    )
    path = tmp_path / "issued.p12"
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"x", key, cert, None, encryption))
    return path


def test_import_p12_reencrypts_and_unlocks(tmp_path: Path) -> None:
    source = _external_p12(tmp_path, PASS, serialization.BestAvailableEncryption(PASS))
    info = keys.import_p12(source, PASS)
    assert info.name == "office-issued"
    assert info.algorithm == "ec-secp384r1"
    signer = keys.unlock(info.name, PASS)
    assert signer.sign(b"m", dt.datetime.now(dt.UTC))
    with pytest.raises(UsageError, match="exists already"):
        keys.import_p12(source, PASS)
    assert keys.import_p12(source, PASS, name="second").name == "second"


def test_import_p12_made_by_openssl(tmp_path: Path) -> None:
    openssl = shutil.which("openssl")
    assert openssl
    key = ec.generate_private_key(ec.SECP256R1())
    cert = keys.self_signed_certificate(
        key, "Openssl Made", None, NOW - dt.timedelta(days=1), NOW + dt.timedelta(days=5)
    )
    (tmp_path / "k.pem").write_bytes(_private_der_pem(key))
    (tmp_path / "c.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    result = subprocess.run(
        [openssl, "pkcs12", "-export", "-inkey", "k.pem", "-in", "c.pem", "-out", "o.p12",
         "-passout", "pass:secret"],
        cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    info = keys.import_p12(tmp_path / "o.p12", b"secret")
    assert keys.unlock(info.name, b"secret").cert == cert
    # unlocking straight from a file path works too
    assert keys.unlock(tmp_path / "o.p12", b"secret").cert == cert


def _private_der_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def test_import_refuses_wrong_passphrase_and_missing_file(tmp_path: Path) -> None:
    source = _external_p12(tmp_path, PASS, serialization.BestAvailableEncryption(PASS))
    with pytest.raises(SigningError, match="wrong passphrase"):
        keys.import_p12(source, b"nope")
    with pytest.raises(NotFound):
        keys.import_p12(tmp_path / "missing.p12", PASS)


def test_passphrase_and_key_never_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    keys.create_key("Jane Doe", PASS)
    signer = keys.unlock("jane-doe", PASS)
    with pytest.raises(SigningError):
        keys.unlock("jane-doe", b"guess-me")
    text = caplog.text + repr(signer)
    assert "created" in caplog.text
    assert PASS.decode() not in text and "guess-me" not in text
    assert "PRIVATE" not in text and "key=" not in repr(signer)
