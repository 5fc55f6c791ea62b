"""The office's receipt-signing key is encrypted at rest, its passphrase kept apart."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from filingassist.errors import UsageError
from filingassist.office import identity
from filingassist.office.identity import KEY_FILE, load_or_create


def _public(key: object) -> bytes:
    return key.public_key().public_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def test_key_is_encrypted_and_its_passphrase_lives_outside_the_data_folder(
    tmp_path: Path,
) -> None:
    data = tmp_path / "office"
    first = load_or_create(data)
    raw = (data / KEY_FILE).read_bytes()
    assert b"ENCRYPTED PRIVATE KEY" in raw and b"BEGIN PRIVATE KEY" not in raw
    assert oct((data / KEY_FILE).stat().st_mode & 0o777) == "0o600"
    kept = list(identity.secrets_dir().glob("*.passphrase"))
    assert len(kept) == 1 and data not in kept[0].parents
    assert oct(kept[0].stat().st_mode & 0o777) == "0o600"
    assert _public(load_or_create(data).key) == _public(first.key)  # reopens unattended


def test_a_copy_of_the_data_folder_alone_does_not_unlock_the_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "office"
    load_or_create(data)
    stolen = tmp_path / "backup-copy"
    shutil.copytree(data, stolen)
    monkeypatch.setenv(identity.SECRETS_ENV, str(tmp_path / "elsewhere"))
    with pytest.raises(UsageError, match="wrong passphrase"):
        load_or_create(stolen)  # no passphrase here: a new one would not fit the key


def test_an_explicit_passphrase_and_the_environment_unlock_the_same_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "office"
    made = load_or_create(data, passphrase=b"correct horse battery staple")
    assert list(identity.secrets_dir().glob("*.passphrase")) == []
    with pytest.raises(UsageError, match="wrong passphrase"):
        load_or_create(data, passphrase=b"wrong")
    monkeypatch.setenv(identity.PASSPHRASE_ENV, "correct horse battery staple")
    assert _public(load_or_create(data).key) == _public(made.key)


def test_a_plain_key_of_an_older_office_is_encrypted_in_place(tmp_path: Path) -> None:
    data = tmp_path / "office"
    old = load_or_create(data, passphrase=b"x")
    plain = old.key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    (data / KEY_FILE).write_bytes(plain)
    again = load_or_create(data, passphrase=b"new secret")
    assert identity.key_is_encrypted(data / KEY_FILE)
    assert _public(again.key) == _public(old.key)
    assert isinstance(again.key, ec.EllipticCurvePrivateKey)


def _notice_with_passphrase_file(data: Path, secret: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "filingassist", "office", "notice", "XX-2026-000001"]
        + ["--text", "t", "--data", str(data), "--key-passphrase-file", str(secret)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_cli_takes_a_passphrase_file(tmp_path: Path) -> None:
    secret = tmp_path / "passphrase"
    secret.write_text("from a file\n")
    data = tmp_path / "office"
    load_or_create(data, passphrase=b"from a file")
    r = _notice_with_passphrase_file(data, secret)
    # the key unlocked; the notice is refused only because no such application exists
    assert "no filing with application number" in r.stderr, r.stderr
    secret.write_text("wrong\n")
    r = _notice_with_passphrase_file(data, secret)
    assert r.returncode != 0 and "wrong passphrase" in r.stderr


@pytest.mark.network
@pytest.mark.slow
def test_the_demo_keeps_no_office_in_the_filers_data_folder(isolated_home: Path) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "filingassist", "demo"], capture_output=True, text=True, timeout=240
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert not list(isolated_home.rglob(KEY_FILE))
    assert not list(isolated_home.rglob("*.passphrase"))
