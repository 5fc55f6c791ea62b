"""``filingassist keys`` and ``filingassist verify``: exit codes, text and JSON output."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12

from filingassist.cli.main import main
from filingassist.packaging import keys
from filingassist.packaging.package import PackageFile, build_package, write_package

PASS = "batch passphrase"


@pytest.fixture(autouse=True)
def passphrase_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FA_PASS", PASS)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_keys_new_and_list(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys, "keys", "new", "--name", "Jane Doe", "--email", "jane@example.org",
        "--passphrase-env", "FA_PASS",
    )  # fmt: skip
    assert code == 0
    assert "jane-doe  (ec-p256)" in out and "emailAddress=jane@example.org,CN=Jane Doe" in out
    code, out, _ = _run(capsys, "keys", "list", "--json")
    assert code == 0
    listed = json.loads(out)
    assert [k["name"] for k in listed] == ["jane-doe"]
    assert len(listed[0]["fingerprint_sha256"]) == 64
    assert keys.unlock("jane-doe", PASS.encode()).cert is not None


def test_keys_list_empty(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "keys", "list")
    assert code == 0 and "No keys yet" in out


def test_keys_new_refusals(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "keys", "new", "--name", "X", "--passphrase-env", "UNSET_VAR")
    assert code == 2 and "UNSET_VAR is not set" in err
    # no terminal in tests: prompting is refused with a hint instead of hanging
    code, _, err = _run(capsys, "keys", "new", "--name", "X")
    assert code == 2 and "--passphrase-env" in err
    code, _, _ = _run(capsys, "keys", "new", "--name", "X", "--algorithm", "dsa")
    assert code == 2
    code, _, _ = _run(capsys, "keys")
    assert code == 2


def test_keys_import(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = keys.self_signed_certificate(
        key, "Office Issued", None, now - dt.timedelta(days=1), now + dt.timedelta(days=9)
    )
    p12 = tmp_path / "issued.p12"
    encryption = serialization.BestAvailableEncryption(PASS.encode())
    p12.write_bytes(pkcs12.serialize_key_and_certificates(b"k", key, cert, None, encryption))
    code, out, _ = _run(capsys, "keys", "import", str(p12), "--passphrase-env", "FA_PASS", "--json")
    assert code == 0 and json.loads(out)["name"] == "office-issued"
    monkeypatch.setenv("FA_BAD", "wrong")
    code, _, err = _run(
        capsys, "keys", "import", str(p12), "--name", "again", "--passphrase-env", "FA_BAD"
    )
    assert code == 1 and "wrong passphrase" in err


@pytest.fixture
def package_path(tmp_path: Path) -> Path:
    keys.create_key("Jane Doe", PASS.encode(), now=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1))
    signer = keys.unlock("jane-doe", PASS.encode())
    files = [
        PackageFile("application.json", b'{"mark":"ACME"}', "application/json"),
        PackageFile("attachments/mark.png", b"\x89PNG" + bytes(500), "image/png"),
    ]
    built = build_package(files, {"kind": "tm.application"}, signer, dt.datetime.now(dt.UTC))
    return write_package(built, tmp_path / "pkg.zip")


def test_verify_sound_package(capsys: pytest.CaptureFixture[str], package_path: Path) -> None:
    code, out, _ = _run(capsys, "verify", str(package_path))
    assert code == 0
    assert "OK: the package is sound." in out and "CN=Jane Doe" in out
    code, out, _ = _run(capsys, "verify", str(package_path), "--json")
    report = json.loads(out)
    assert code == 0 and report["ok"] is True and report["problems"] == []
    assert report["manifest"]["kind"] == "tm.application"


def test_verify_with_trust_anchor(
    capsys: pytest.CaptureFixture[str], package_path: Path, tmp_path: Path
) -> None:
    cert_pem = (keys.keys_dir() / "jane-doe.pem").read_bytes()
    (tmp_path / "jane.pem").write_bytes(cert_pem)
    code, out, _ = _run(capsys, "verify", str(package_path), "--trust", str(tmp_path / "jane.pem"))
    assert code == 0 and "(trusted)" in out
    other = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    stranger = keys.self_signed_certificate(other, "Stranger", None, now, now)
    (tmp_path / "stranger.der").write_bytes(stranger.public_bytes(serialization.Encoding.DER))
    stranger_path = str(tmp_path / "stranger.der")
    code, out, _ = _run(capsys, "verify", str(package_path), "--trust", stranger_path)
    assert code == 1 and "does not chain to a trusted certificate" in out
    (tmp_path / "junk.pem").write_bytes(b"-----BEGIN CERTIFICATE-----\njunk\n")
    code, _, err = _run(capsys, "verify", str(package_path), "--trust", str(tmp_path / "junk.pem"))
    assert code == 2 and "junk.pem" in err


def test_verify_names_each_bad_file(
    capsys: pytest.CaptureFixture[str], package_path: Path, tmp_path: Path
) -> None:
    with zipfile.ZipFile(package_path) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    members["application.json"] = b'{"mark":"EVIL"}'
    del members["attachments/mark.png"]
    members["attachments/extra.pdf"] = b"%PDF"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    bad = tmp_path / "bad.zip"
    bad.write_bytes(buffer.getvalue())
    code, out, _ = _run(capsys, "verify", str(bad))
    assert code == 1
    assert "ALTERED   application.json" in out
    assert "REMOVED   attachments/mark.png" in out
    assert "ADDED     attachments/extra.pdf" in out
    code, out, _ = _run(capsys, "verify", str(bad), "--json")
    problems = {(p["code"], p["file"]) for p in json.loads(out)["problems"]}
    assert problems == {
        ("altered", "application.json"),
        ("removed", "attachments/mark.png"),
        ("added", "attachments/extra.pdf"),
    }


def test_verify_hostile_and_missing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.zip"
    with zipfile.ZipFile(hostile, "w") as archive:
        archive.writestr("../../etc/cron.d/evil", b"* * * * * root sh")
    code, out, _ = _run(capsys, "verify", str(hostile))
    assert code == 1 and "CONTAINER ../../etc/cron.d/evil" in out
    code, _, err = _run(capsys, "verify", str(tmp_path / "missing.zip"))
    assert code == 2 and "no such package file" in err


def test_passphrase_prompt_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from filingassist.cli import packages as cli_packages
    from filingassist.errors import UsageError

    answers = iter(["first", "first", "first", "third", "fourth"])
    monkeypatch.setattr(cli_packages.sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(cli_packages.getpass, "getpass", lambda prompt: next(answers))
    assert cli_packages.read_passphrase(None) == b"first"
    assert cli_packages.read_passphrase(None, confirm=True) == b"first"
    with pytest.raises(UsageError, match="differ"):
        cli_packages.read_passphrase(None, confirm=True)
