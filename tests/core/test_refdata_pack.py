"""Signed data packs: verified before use, hostile input refused, versions kept and rolled back."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import zipfile
from decimal import Decimal

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

import filingassist.refdata as refdata
from filingassist.errors import InputError, UsageError, VerificationError
from filingassist.refdata import store
from filingassist.refdata.fees import madrid_quote
from filingassist.refdata.loader import load_shipped, shipped_path
from filingassist.refdata.pack import build_pack, import_pack, key_id, verify_pack


@pytest.fixture
def publisher(tmp_path, monkeypatch):
    """A fresh publisher key, trusted through FILINGASSIST_REFDATA_TRUST."""
    key = Ed25519PrivateKey.generate()
    raw = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    trust = tmp_path / "trust.json"
    entry = {
        "key_id": key_id(key.public_key()),
        "name": "test",
        "public_key": base64.b64encode(raw).decode(),
    }
    trust.write_text(json.dumps({"publishers": [entry]}))
    monkeypatch.setenv("FILINGASSIST_REFDATA_TRUST", str(trust))
    return key


def fees_madrid(version: str, basic: str = "700") -> bytes:
    doc = json.loads(shipped_path("fees_madrid").read_text())
    doc["version"] = version
    doc["valid_as_of"] = "2026-11-01"
    doc["basic_fee"]["black_and_white"] = basic
    return json.dumps(doc).encode()


def write(tmp_path, data: bytes, name: str = "pack.zip"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def signed_zip(
    key, manifest: dict, members: dict[str, bytes], extra_manifest: bytes | None = None
) -> bytes:
    raw = extra_manifest or json.dumps(manifest).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", raw)
        zf.writestr("manifest.sig", base64.b64encode(key.sign(raw)))
        for name, data in members.items():
            zf.writestr(name, data)
    return out.getvalue()


def manifest_for(key, files: dict[str, tuple[str, bytes]]) -> dict:
    return {
        "format": "filingassist-refdata-pack",
        "format_version": 1,
        "publisher": key_id(key.public_key()),
        "datasets": [
            {
                "name": n,
                "version": v,
                "path": f"datasets/{n}.json",
                "size": len(b),
                "sha256": hashlib.sha256(b).hexdigest(),
            }
            for n, (v, b) in files.items()
        ],
    }


def test_import_activates_new_version_and_keeps_the_old(tmp_path, publisher, isolated_home):
    assert refdata.dataset_info("fees_madrid").version == load_shipped("fees_madrid").info.version
    import_pack(write(tmp_path, build_pack({"fees_madrid": fees_madrid("2027.1")}, publisher)))
    info = refdata.dataset_info("fees_madrid")
    assert (info.version, info.origin, info.valid_as_of.isoformat()) == (
        "2027.1",
        "installed",
        "2026-11-01",
    )
    q = madrid_quote("FR", False, [9], ["DE"])
    assert q.lines[0].amount == Decimal("700.00")
    assert q.schedule_version == "2027.1"
    assert (isolated_home / "refdata/fees_madrid/2027.1.json").is_file()

    import_pack(
        write(tmp_path, build_pack({"fees_madrid": fees_madrid("2027.2", "710")}, publisher))
    )
    versions = [(i.version, i.active) for i in store.installed_versions("fees_madrid")]
    assert versions == [("2027.1", False), ("2027.2", True)]
    assert madrid_quote("FR", False, [9], ["DE"]).total == Decimal("810.00")

    assert store.rollback("fees_madrid") == "2027.1"
    assert refdata.dataset_info("fees_madrid").version == "2027.1"
    assert store.rollback("fees_madrid") is None
    assert refdata.dataset_info("fees_madrid").origin == "shipped"
    with pytest.raises(UsageError):
        store.rollback("fees_madrid")


def test_older_or_same_version_refused_unless_forced(tmp_path, publisher):
    import_pack(write(tmp_path, build_pack({"fees_madrid": fees_madrid("2027.2")}, publisher)))
    older = write(
        tmp_path, build_pack({"fees_madrid": fees_madrid("2027.1", "600")}, publisher), "old.zip"
    )
    with pytest.raises(UsageError, match="not newer"):
        import_pack(older)
    same = write(
        tmp_path, build_pack({"fees_madrid": fees_madrid("2027.2", "600")}, publisher), "same.zip"
    )
    with pytest.raises(UsageError, match="not newer"):
        import_pack(same)
    # also older than the shipped data
    with pytest.raises(UsageError):
        verify_pack(
            write(tmp_path, build_pack({"fees_madrid": fees_madrid("2024.9")}, publisher), "x.zip")
        )
    import_pack(older, force=True)
    assert refdata.madrid_fees().basic_black_and_white == 600


def test_untrusted_publisher_refused(tmp_path, publisher):
    stranger = Ed25519PrivateKey.generate()
    path = write(tmp_path, build_pack({"fees_madrid": fees_madrid("2027.1")}, stranger))
    with pytest.raises(VerificationError, match="trust list"):
        import_pack(path)
    assert store.installed_versions("fees_madrid") == []


def test_shipped_trust_list_refuses_test_keys(tmp_path, monkeypatch):
    monkeypatch.delenv("FILINGASSIST_REFDATA_TRUST", raising=False)
    key = Ed25519PrivateKey.generate()
    with pytest.raises(VerificationError):
        verify_pack(write(tmp_path, build_pack({"fees_madrid": fees_madrid("2027.1")}, key)))


def test_tampered_manifest_fails_signature(tmp_path, publisher):
    data = fees_madrid("2027.1")
    manifest = manifest_for(publisher, {"fees_madrid": ("2027.1", data)})
    good = json.dumps(manifest).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("manifest.json", good.replace(b"2027.1", b"2027.9"))
        zf.writestr("manifest.sig", base64.b64encode(publisher.sign(good)))
        zf.writestr("datasets/fees_madrid.json", data)
    with pytest.raises(VerificationError, match="signature"):
        verify_pack(write(tmp_path, out.getvalue()))


def test_tampered_dataset_fails_digest(tmp_path, publisher):
    data = fees_madrid("2027.1")
    manifest = manifest_for(publisher, {"fees_madrid": ("2027.1", data)})
    evil = data.replace(b'"700"', b'"7"')
    path = write(tmp_path, signed_zip(publisher, manifest, {"datasets/fees_madrid.json": evil}))
    with pytest.raises(VerificationError, match="digest"):
        verify_pack(path)


@pytest.mark.parametrize(
    "member",
    [
        "../evil.json",
        "/abs.json",
        "datasets/../../x.json",
        "datasets/unknown.json",
        "datasets\\nice.json",
        "readme.txt",
    ],
)
def test_unexpected_or_escaping_members_refused(tmp_path, publisher, member):
    data = fees_madrid("2027.1")
    manifest = manifest_for(publisher, {"fees_madrid": ("2027.1", data)})
    members = {"datasets/fees_madrid.json": data, member: b"{}"}
    with pytest.raises(InputError, match="unexpected member"):
        verify_pack(write(tmp_path, signed_zip(publisher, manifest, members)))


def test_zip_bomb_refused(tmp_path, publisher):
    data = fees_madrid("2027.1")
    manifest = manifest_for(publisher, {"fees_madrid": ("2027.1", data)})
    bomb = b" " * (4 * 1024 * 1024)  # compresses > 100:1
    members = {"datasets/fees_madrid.json": data, "datasets/nice.json": bomb}
    with pytest.raises(InputError, match="compression ratio"):
        verify_pack(write(tmp_path, signed_zip(publisher, manifest, members)))


def test_oversized_and_non_zip_files_refused(tmp_path, publisher):
    big = tmp_path / "big.zip"
    with big.open("wb") as fh:
        fh.truncate(21 * 1024 * 1024)
    with pytest.raises(InputError, match="larger"):
        verify_pack(big)
    with pytest.raises(InputError, match="zip"):
        verify_pack(write(tmp_path, b"PK\x03\x04 not really", "junk.zip"))
    with pytest.raises(InputError):
        verify_pack(tmp_path / "missing.zip")


def test_wrong_dataset_name_in_manifest_refused(tmp_path, publisher):
    data = fees_madrid("2027.1")
    manifest = manifest_for(publisher, {"fees_madrid": ("2027.1", data)})
    manifest["datasets"][0]["name"] = "fees_everything"
    with pytest.raises(InputError, match="unknown data set"):
        verify_pack(
            write(tmp_path, signed_zip(publisher, manifest, {"datasets/fees_madrid.json": data}))
        )


def test_dataset_content_checked_and_error_names_member(tmp_path, publisher):
    doc = json.loads(fees_madrid("2027.1"))
    doc["basic_fee"]["colour"] = "lots"
    data = json.dumps(doc).encode()
    manifest = manifest_for(publisher, {"fees_madrid": ("2027.1", data)})
    with pytest.raises(InputError) as err:
        verify_pack(
            write(tmp_path, signed_zip(publisher, manifest, {"datasets/fees_madrid.json": data}))
        )
    assert "datasets/fees_madrid.json" in str(err.value)
    assert "basic_fee.colour" in str(err.value)


def test_manifest_version_must_match_file(tmp_path, publisher):
    data = fees_madrid("2027.1")
    manifest = manifest_for(publisher, {"fees_madrid": ("2026.5", data)})
    with pytest.raises(InputError, match="manifest says version"):
        verify_pack(
            write(tmp_path, signed_zip(publisher, manifest, {"datasets/fees_madrid.json": data}))
        )


def test_one_bad_dataset_installs_nothing(tmp_path, publisher):
    good = fees_madrid("2027.1")
    nice = json.loads(shipped_path("nice").read_text())
    nice["version"] = "2027.1"
    nice["entries"] = nice["entries"][:44]
    bad = json.dumps(nice).encode()
    with pytest.raises(InputError, match="45 classes"):
        import_pack(
            write(
                tmp_path,
                signed_zip(
                    publisher,
                    manifest_for(
                        publisher, {"fees_madrid": ("2027.1", good), "nice": ("2027.1", bad)}
                    ),
                    {"datasets/fees_madrid.json": good, "datasets/nice.json": bad},
                ),
            )
        )
    assert store.installed_versions("fees_madrid") == []
    assert refdata.dataset_info("fees_madrid").origin == "shipped"


def test_shipped_data_newer_than_installed_wins(publisher, isolated_home):
    # An app update ships 2025.x; an old installed 2024.1 pack must not shadow it.
    store.install("fees_madrid", "2024.1", fees_madrid("2024.1", "1"))
    from filingassist.refdata import loader

    loader.clear_cache()
    assert refdata.dataset_info("fees_madrid").version == load_shipped("fees_madrid").info.version
    assert refdata.madrid_fees().basic_black_and_white == 653


def test_corrupt_installed_file_falls_back_to_shipped(publisher, isolated_home, caplog):
    store.install("fees_madrid", "2027.1", fees_madrid("2027.1"))
    (isolated_home / "refdata/fees_madrid/2027.1.json").write_text("{broken")
    from filingassist.refdata import loader

    loader.clear_cache()
    assert refdata.dataset_info("fees_madrid").origin == "shipped"
    assert "unusable" in caplog.text
