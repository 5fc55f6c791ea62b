"""CMS detached signatures: interoperable with openssl both ways, deterministic, tamper-evident."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from asn1crypto import cms as a_cms
from asn1crypto import x509 as a_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from filingassist.errors import SigningError, VerificationError
from filingassist.packaging.cms import (
    DigestMismatch,
    check_validity,
    sign_detached,
    verify_detached,
)
from filingassist.packaging.keys import self_signed_certificate

OPENSSL = shutil.which("openssl")
NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
CONTENT = b'{"files":[],"format":"filingassist-package"}\r\n\x00\xff binary tail'


def _key(kind: str) -> ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey:
    if kind == "ec":
        return ec.generate_private_key(ec.SECP256R1())
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module", params=["ec", "rsa"])
def identity(request: pytest.FixtureRequest) -> tuple[object, x509.Certificate]:
    key = _key(request.param)
    cert = self_signed_certificate(
        key, "Jane Doe", "jane@example.org", NOW - dt.timedelta(days=1), NOW + dt.timedelta(days=30)
    )
    return key, cert


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def _openssl(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    assert OPENSSL, "openssl must be installed for the interoperability tests"
    return subprocess.run(
        [OPENSSL, *args], cwd=cwd, capture_output=True, text=True, timeout=60, check=False
    )


def _openssl_verify(tmp_path: Path, signature: bytes, content: bytes, cert: x509.Certificate):
    (tmp_path / "signature.p7s").write_bytes(signature)
    (tmp_path / "manifest.json").write_bytes(content)
    (tmp_path / "cert.pem").write_bytes(_pem(cert))
    return _openssl(
        "cms", "-verify", "-binary", "-inform", "DER", "-in", "signature.p7s",
        "-content", "manifest.json", "-CAfile", "cert.pem", "-out", "verified.out",
        cwd=tmp_path,
    )  # fmt: skip


def test_openssl_verifies_our_signature(identity, tmp_path: Path) -> None:
    key, cert = identity
    signature = sign_detached(CONTENT, key, cert, NOW)
    result = _openssl_verify(tmp_path, signature, CONTENT, cert)
    assert result.returncode == 0, result.stderr
    assert "Verification successful" in result.stderr
    assert (tmp_path / "verified.out").read_bytes() == CONTENT


def test_openssl_rejects_our_signature_over_altered_content(identity, tmp_path: Path) -> None:
    key, cert = identity
    signature = sign_detached(CONTENT, key, cert, NOW)
    result = _openssl_verify(tmp_path, signature, CONTENT.replace(b"\r\n", b"\n"), cert)
    assert result.returncode != 0


def test_we_verify_openssl_signature(identity, tmp_path: Path) -> None:
    key, cert = identity
    (tmp_path / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    (tmp_path / "cert.pem").write_bytes(_pem(cert))
    (tmp_path / "manifest.json").write_bytes(CONTENT)
    result = _openssl(
        "cms", "-sign", "-binary", "-outform", "DER", "-in", "manifest.json",
        "-signer", "cert.pem", "-inkey", "key.pem", "-md", "sha256", "-out", "sig.p7s",
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    info = verify_detached((tmp_path / "sig.p7s").read_bytes(), CONTENT, trusted=[cert])
    assert info.signer == cert
    assert info.trusted
    assert info.digest_algorithm == "sha256"
    assert info.signing_time is not None
    assert abs(info.signing_time - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)
    with pytest.raises(DigestMismatch):
        verify_detached((tmp_path / "sig.p7s").read_bytes(), CONTENT + b" ", trusted=[cert])


def test_we_verify_openssl_rsa_pss_signature(tmp_path: Path) -> None:
    key = _key("rsa")
    cert = self_signed_certificate(
        key, "Pss", None, NOW - dt.timedelta(days=1), NOW + dt.timedelta(days=1)
    )
    (tmp_path / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    (tmp_path / "cert.pem").write_bytes(_pem(cert))
    (tmp_path / "manifest.json").write_bytes(CONTENT)
    result = _openssl(
        "cms", "-sign", "-binary", "-outform", "DER", "-in", "manifest.json",
        "-signer", "cert.pem", "-inkey", "key.pem", "-md", "sha256",
        "-keyopt", "rsa_padding_mode:pss", "-out", "sig.p7s",
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    signature = (tmp_path / "sig.p7s").read_bytes()
    assert verify_detached(signature, CONTENT, trusted=[cert]).signer == cert
    with pytest.raises(DigestMismatch):
        verify_detached(signature, CONTENT[1:], trusted=[cert])


def test_every_single_byte_change_of_the_signature_is_detected(identity) -> None:
    key, cert = identity
    signature = sign_detached(CONTENT, key, cert, NOW)
    undetected = []
    for index in range(len(signature)):
        changed = bytearray(signature)
        changed[index] ^= 0x01
        try:
            verify_detached(bytes(changed), CONTENT)
        except VerificationError:
            continue
        undetected.append(index)
    assert undetected == []


def test_verify_returns_signer_and_time(identity) -> None:
    key, cert = identity
    info = verify_detached(sign_detached(CONTENT, key, cert, NOW), CONTENT)
    assert info.signer == cert
    assert info.signing_time == NOW
    assert not info.trusted


def test_signing_is_deterministic(identity) -> None:
    key, cert = identity
    first = sign_detached(CONTENT, key, cert, NOW)
    assert sign_detached(CONTENT, key, cert, NOW) == first
    assert sign_detached(CONTENT, key, cert, NOW + dt.timedelta(seconds=1)) != first
    assert sign_detached(CONTENT + b"x", key, cert, NOW) != first


def test_naive_signing_time_is_utc(identity) -> None:
    key, cert = identity
    naive = NOW.replace(tzinfo=None)
    assert sign_detached(CONTENT, key, cert, naive) == sign_detached(CONTENT, key, cert, NOW)


def test_signing_time_after_2049_uses_generalized_time(identity) -> None:
    key, cert = identity
    when = dt.datetime(2051, 3, 1, 8, 30, tzinfo=dt.UTC)
    info = verify_detached(sign_detached(CONTENT, key, cert, when), CONTENT)
    assert info.signing_time == when


def test_altered_content_fails(identity) -> None:
    key, cert = identity
    signature = sign_detached(CONTENT, key, cert, NOW)
    with pytest.raises(DigestMismatch, match="content altered"):
        verify_detached(signature, CONTENT[:-1] + b"X")


def test_altered_signature_value_fails(identity) -> None:
    key, cert = identity
    signature = bytearray(sign_detached(CONTENT, key, cert, NOW))
    signature[-3] ^= 0x01
    with pytest.raises(VerificationError):
        verify_detached(bytes(signature), CONTENT)


def test_garbage_is_refused_with_reason() -> None:
    with pytest.raises(VerificationError, match="not valid DER CMS"):
        verify_detached(b"\x30\x03\x02\x01", CONTENT)


def _swap_certificate(signature: bytes, new_cert: x509.Certificate) -> bytes:
    info = a_cms.ContentInfo.load(signature)
    signed_data = info["content"]
    new = a_x509.Certificate.load(new_cert.public_bytes(serialization.Encoding.DER))
    signed_data["certificates"] = [new]
    sid = signed_data["signer_infos"][0]["sid"].chosen
    sid["issuer"] = new.issuer
    sid["serial_number"] = new.serial_number
    return bytes(info.dump(force=True))


def test_swapped_certificate_fails(identity) -> None:
    key, cert = identity
    other_key = _key("ec" if isinstance(key, ec.EllipticCurvePrivateKey) else "rsa")
    other = self_signed_certificate(
        other_key, "Jane Doe", "jane@example.org", NOW - dt.timedelta(days=1), NOW
    )
    swapped = _swap_certificate(sign_detached(CONTENT, key, cert, NOW), other)
    with pytest.raises(VerificationError, match="does not match the signer's certificate"):
        verify_detached(swapped, CONTENT)


def test_untrusted_signer_fails(identity) -> None:
    key, cert = identity
    stranger = self_signed_certificate(
        _key("ec"), "Someone Else", None, NOW - dt.timedelta(days=1), NOW + dt.timedelta(days=1)
    )
    with pytest.raises(VerificationError, match="does not chain to a trusted"):
        verify_detached(sign_detached(CONTENT, key, cert, NOW), CONTENT, trusted=[stranger])


def _ca_issued(ca_key, ca_cert: x509.Certificate, key, name: str, ca: bool) -> x509.Certificate:
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=1))
        .not_valid_after(NOW + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )


def test_chain_through_embedded_intermediate_is_trusted() -> None:
    root_key = _key("ec")
    root_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test Root CA")])
    root = (
        x509.CertificateBuilder()
        .subject_name(root_name)
        .issuer_name(root_name)
        .public_key(root_key.public_key())
        .serial_number(1)
        .not_valid_before(NOW - dt.timedelta(days=1))
        .not_valid_after(NOW + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(root_key, hashes.SHA256())
    )
    mid_key = _key("ec")
    mid = _ca_issued(root_key, root, mid_key, "Test Intermediate", ca=True)
    leaf_key = _key("ec")
    leaf = _ca_issued(mid_key, mid, leaf_key, "Jane Doe", ca=False)
    signature = sign_detached(CONTENT, leaf_key, leaf, NOW, chain=[mid])
    info = verify_detached(signature, CONTENT, trusted=[root])
    assert info.trusted and info.signer == leaf
    without_chain = sign_detached(CONTENT, leaf_key, leaf, NOW)
    with pytest.raises(VerificationError, match="does not chain"):
        verify_detached(without_chain, CONTENT, trusted=[root])


def test_key_must_match_certificate(identity) -> None:
    _, cert = identity
    with pytest.raises(SigningError, match="does not belong"):
        sign_detached(CONTENT, _key("ec"), cert, NOW)


def test_check_validity(identity) -> None:
    _, cert = identity
    check_validity(cert, NOW)
    with pytest.raises(VerificationError, match="expired"):
        check_validity(cert, NOW + dt.timedelta(days=31))
    with pytest.raises(VerificationError, match="not yet valid"):
        check_validity(cert, NOW - dt.timedelta(days=2))
