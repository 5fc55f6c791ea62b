"""Signed packages end to end: build, deterministic bytes, openssl, and tamper evidence per file."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import shutil
import subprocess
import warnings
import zipfile
from pathlib import Path

import pytest
from asn1crypto import cms as a_cms
from asn1crypto import x509 as a_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from filingassist.errors import InputError, SigningError, UsageError
from filingassist.packaging import keys
from filingassist.packaging.cms import sign_detached
from filingassist.packaging.container import Limits
from filingassist.packaging.package import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    PackageFile,
    build_package,
    canonical_json,
    write_package,
)
from filingassist.packaging.verify import verify_package

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
PASS = b"s3cret passphrase"

FILES = [
    PackageFile("application.xml", b"<tmk:TrademarkApplication>" + b"x" * 3000, "application/xml"),
    PackageFile("application.json", b'{"kind":"tm.application","mark":"ACME"}', "application/json"),
    PackageFile("attachments/mark.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, "image/png"),
    PackageFile("attachments/poa.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 20, "application/pdf"),
]  # fmt: skip
META = {
    "kind": "tm.application",
    "reference": "ACME-TM-001",
    "created": "2026-11-25T10:00:00+00:00",
    "software": "filingassist 0.1.0",
    "refdata": {"nice": {"version": "12-2025", "valid_as_of": "2025-01-01"}},
    "rules": {"version": "3", "valid_as_of": "2026-10-01"},
    "fees": {"currency": "EUR", "total": "850.00"},
    "text_signature": "/Jane Doe/",
    "warnings": ["applicant has no telephone number"],
}
ALL_MEMBERS = [MANIFEST_NAME, SIGNATURE_NAME, *(f.name for f in FILES)]


@pytest.fixture(scope="module")
def signer() -> keys.Signer:
    key = ec.generate_private_key(ec.SECP256R1())
    cert = keys.self_signed_certificate(
        key, "Jane Doe", None, NOW - dt.timedelta(days=1), NOW + dt.timedelta(days=30)
    )
    return keys.Signer(name="test", key=key, cert=cert)


@pytest.fixture(scope="module")
def package(signer: keys.Signer) -> bytes:
    return build_package(FILES, META, signer, NOW).data


def _members(blob: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(blob)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _rezip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in members.items():
                archive.writestr(name, data)
    return buffer.getvalue()


def _problem_files(blob: bytes, **kwargs: object) -> set[str]:
    report = verify_package(blob, **kwargs)  # type: ignore[arg-type]
    assert not report.ok
    return {p.file for p in report.problems}


# --- building ---------------------------------------------------------------------------


def test_sound_package_verifies(package: bytes, signer: keys.Signer) -> None:
    report = verify_package(package, trusted=[signer.cert])
    assert report.ok, report.problems
    manifest_bytes = _members(package)[MANIFEST_NAME]
    assert report.package_id == hashlib.sha256(manifest_bytes).hexdigest()
    assert report.signer is not None and report.signer.trusted
    assert report.signer.signing_time == NOW
    assert report.signer.subject == "CN=Jane Doe"
    assert report.manifest is not None and report.manifest["text_signature"] == "/Jane Doe/"
    assert report.to_dict()["ok"] is True


def test_layout_and_manifest(package: bytes, signer: keys.Signer) -> None:
    built = build_package(FILES, META, signer, NOW)
    members = _members(package)
    assert list(members) == [MANIFEST_NAME, SIGNATURE_NAME, *sorted(f.name for f in FILES)]
    manifest_bytes = members[MANIFEST_NAME]
    assert manifest_bytes == built.manifest_bytes == canonical_json(built.manifest)
    assert built.package_id == hashlib.sha256(manifest_bytes).hexdigest()
    manifest = json.loads(manifest_bytes)
    assert manifest["format"] == "filingassist-package" and manifest["format_version"] == 1
    for key, value in META.items():
        assert manifest[key] == value
    by_name = {entry["name"]: entry for entry in manifest["files"]}
    for f in FILES:
        assert by_name[f.name] == {
            "name": f.name,
            "size": len(f.data),
            "media_type": f.media_type,
            "sha256": hashlib.sha256(f.data).hexdigest(),
        }
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        assert archive.getinfo("attachments/mark.png").compress_type == zipfile.ZIP_STORED
        assert archive.getinfo("application.xml").compress_type == zipfile.ZIP_DEFLATED


def test_canonical_json() -> None:
    value = {"b": [1, "ü"], "a": {"z": None, "y": True}}
    assert canonical_json(value) == '{"a":{"y":true,"z":null},"b":[1,"ü"]}'.encode()
    from decimal import Decimal

    assert canonical_json({"d": dt.date(2026, 1, 2), "f": Decimal("850.00")}) == (
        b'{"d":"2026-01-02","f":"850.00"}'
    )
    with pytest.raises(InputError, match="canonical JSON"):
        canonical_json({"x": float("nan")})
    with pytest.raises(InputError, match="canonical JSON"):
        canonical_json({"x": object()})


def test_packing_is_deterministic(signer: keys.Signer, package: bytes) -> None:
    again = build_package(list(reversed(FILES)), dict(reversed(list(META.items()))), signer, NOW)
    assert again.data == package
    later = build_package(FILES, META, signer, NOW + dt.timedelta(seconds=1))
    assert later.data != package
    assert later.package_id == again.package_id  # same content, same id


def test_rsa_packing_is_deterministic() -> None:
    keys.create_key("Rsa Signer", PASS, algorithm="rsa-3072", now=NOW - dt.timedelta(days=1))
    rsa_signer = keys.unlock("rsa-signer", PASS, now=NOW)
    first = build_package(FILES, META, rsa_signer, NOW)
    assert build_package(FILES, META, rsa_signer, NOW).data == first.data
    assert verify_package(first.data, trusted=[rsa_signer.cert]).ok


def test_openssl_verifies_package_signature(package: bytes, signer: keys.Signer, tmp_path: Path):
    openssl = shutil.which("openssl")
    assert openssl
    for name, data in _members(package).items():
        if name in (MANIFEST_NAME, SIGNATURE_NAME):
            (tmp_path / name).write_bytes(data)
    (tmp_path / "cert.pem").write_bytes(signer.cert.public_bytes(serialization.Encoding.PEM))
    command = [
        openssl, "cms", "-verify", "-binary", "-inform", "DER", "-in", "signature.p7s",
        "-content", "manifest.json", "-CAfile", "cert.pem", "-out", "/dev/null",
    ]  # fmt: skip
    result = subprocess.run(
        command, cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr


def test_write_package_atomically(signer: keys.Signer, tmp_path: Path) -> None:
    built = build_package(FILES, META, signer, NOW)
    path = write_package(built, tmp_path / "out.zip")
    assert path.read_bytes() == built.data
    assert [p.name for p in tmp_path.iterdir() if p.name != "home"] == ["out.zip"]
    assert verify_package(path).ok
    with pytest.raises(UsageError, match="does not exist"):
        write_package(built, tmp_path / "nope" / "out.zip")


@pytest.mark.parametrize(
    ("files", "reason"),
    [
        ([PackageFile("manifest.json", b"", "application/json")], "reserved"),
        ([PackageFile("../x.pdf", b"", "application/pdf")], "path traversal"),
        ([PackageFile("x.pdf", b"", "pdf")], "invalid media type"),
        (
            [
                PackageFile("X.pdf", b"", "application/pdf"),
                PackageFile("x.pdf", b"", "application/pdf"),
            ],
            "duplicate",
        ),  # noqa: E501
    ],
)
def test_bad_files_are_refused(signer: keys.Signer, files: list[PackageFile], reason: str):
    with pytest.raises(InputError, match=reason):
        build_package(files, META, signer, NOW)


def test_reserved_meta_keys_are_refused(signer: keys.Signer) -> None:
    with pytest.raises(UsageError, match="reserved manifest keys"):
        build_package(FILES, {"files": []}, signer, NOW)


def test_expired_signer_is_refused(signer: keys.Signer) -> None:
    with pytest.raises(SigningError, match="expired"):
        build_package(FILES, META, signer, NOW + dt.timedelta(days=60))


# --- tamper evidence --------------------------------------------------------------------


@pytest.mark.parametrize("name", ALL_MEMBERS)
def test_changed_byte_in_any_member_names_it(package: bytes, name: str) -> None:
    members = _members(package)
    data = bytearray(members[name])
    data[len(data) // 2] ^= 0x01
    members[name] = bytes(data)
    report = verify_package(_rezip(members))
    found = {(p.code, p.file) for p in report.problems}
    if name == MANIFEST_NAME:
        # the manifest no longer matches its signature (and perhaps its own digests)
        assert ("altered", MANIFEST_NAME) in found
    elif name == SIGNATURE_NAME:
        assert found == {("signature", SIGNATURE_NAME)}
    else:
        assert found == {("altered", name)}


@pytest.mark.parametrize("name", ALL_MEMBERS)
def test_flipped_byte_in_archive_names_member(package: bytes, name: str) -> None:
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        info = archive.getinfo(name)
    blob = bytearray(package)
    # local header: 30 bytes + name + extra (none: the writer adds no extra fields)
    data_start = info.header_offset + 30 + len(name.encode())
    blob[data_start + info.compress_size // 2] ^= 0x01
    files = _problem_files(bytes(blob))
    assert name in files
    assert files <= {name, MANIFEST_NAME, SIGNATURE_NAME}


def test_added_member_is_named(package: bytes) -> None:
    members = _members(package)
    members["attachments/extra.pdf"] = b"%PDF-1.7 slipped in"
    report = verify_package(_rezip(members))
    assert [(p.code, p.file) for p in report.problems] == [("added", "attachments/extra.pdf")]


@pytest.mark.parametrize("name", ALL_MEMBERS)
def test_removed_member_is_named(package: bytes, name: str) -> None:
    members = _members(package)
    del members[name]
    report = verify_package(_rezip(members))
    assert ("removed", name) in [(p.code, p.file) for p in report.problems]


def test_rewritten_manifest_with_fresh_digests_fails_signature(package: bytes) -> None:
    members = _members(package)
    manifest = json.loads(members[MANIFEST_NAME])
    members["application.json"] = b'{"kind":"tm.application","mark":"EVIL"}'
    for entry in manifest["files"]:
        if entry["name"] == "application.json":
            entry["sha256"] = hashlib.sha256(members["application.json"]).hexdigest()
    members[MANIFEST_NAME] = canonical_json(manifest)
    report = verify_package(_rezip(members))
    assert [(p.code, p.file) for p in report.problems] == [("altered", MANIFEST_NAME)]


def _swap_certificate(signature: bytes, new_cert: x509.Certificate) -> bytes:
    info = a_cms.ContentInfo.load(signature)
    signed_data = info["content"]
    new = a_x509.Certificate.load(new_cert.public_bytes(serialization.Encoding.DER))
    signed_data["certificates"] = [new]
    sid = signed_data["signer_infos"][0]["sid"].chosen
    sid["issuer"] = new.issuer
    sid["serial_number"] = new.serial_number
    return bytes(info.dump(force=True))


def test_swapped_certificate_is_named(package: bytes, signer: keys.Signer) -> None:
    other_key = ec.generate_private_key(ec.SECP256R1())
    other = keys.self_signed_certificate(
        other_key, "Jane Doe", None, NOW - dt.timedelta(days=1), NOW + dt.timedelta(days=30)
    )
    members = _members(package)
    members[SIGNATURE_NAME] = _swap_certificate(members[SIGNATURE_NAME], other)
    report = verify_package(_rezip(members))
    assert [(p.code, p.file) for p in report.problems] == [("signature", SIGNATURE_NAME)]
    # and a package re-signed by someone else is not trusted for the real signer
    forged = build_package(FILES, META, keys.Signer("x", other_key, other), NOW)
    assert _problem_files(forged.data, trusted=[signer.cert]) == {SIGNATURE_NAME}


class _RawSigner:
    """Signs at any time, so a package can claim a time outside the validity."""

    def __init__(self, signer: keys.Signer) -> None:
        self.signer = signer

    def sign(self, content: bytes, signing_time: dt.datetime) -> bytes:
        return sign_detached(content, self.signer.key, self.signer.cert, signing_time)


def test_certificate_invalid_at_signing_time(signer: keys.Signer) -> None:
    blob = build_package(FILES, META, _RawSigner(signer), NOW + dt.timedelta(days=400)).data
    report = verify_package(blob)
    assert [(p.code, p.file) for p in report.problems] == [("certificate", SIGNATURE_NAME)]
    assert "expired" in report.problems[0].message


def test_non_canonical_manifest_is_reported(signer: keys.Signer, package: bytes) -> None:
    members = _members(package)
    pretty = json.dumps(json.loads(members[MANIFEST_NAME]), indent=2).encode()
    members[MANIFEST_NAME] = pretty
    members[SIGNATURE_NAME] = signer.sign(pretty, NOW)
    report = verify_package(_rezip(members))
    assert [(p.code, p.file) for p in report.problems] == [("manifest", MANIFEST_NAME)]


def test_hostile_container_is_reported_not_raised(package: bytes) -> None:
    members = _members(package)
    members["../../evil.sh"] = b"rm -rf /"
    report = verify_package(_rezip(members))
    assert [(p.code, p.file) for p in report.problems] == [("container", "../../evil.sh")]
    report = verify_package(package, limits=Limits(max_members=3))
    assert report.problems[0].code == "container"


def test_missing_path_raises(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such package"):
        verify_package(tmp_path / "missing.zip")


def test_failed_write_leaves_old_file_and_no_temp(
    signer: keys.Signer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.zip"
    target.write_bytes(b"previous package")
    built = build_package(FILES, META, signer, NOW)

    def failing_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", failing_replace)
    with pytest.raises(OSError, match="No space"):
        write_package(built, target)
    assert target.read_bytes() == b"previous package"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["out.zip"]


def test_meta_values_are_canonicalised(signer: keys.Signer) -> None:
    from decimal import Decimal

    meta = {"created": dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC), "fee": Decimal("1.50")}
    built = build_package(FILES, meta, signer, NOW)
    manifest = json.loads(built.manifest_bytes)
    assert built.manifest == manifest
    assert manifest["created"] == "2026-01-02T03:04:05+00:00" and manifest["fee"] == "1.50"
    assert verify_package(built.data).ok
