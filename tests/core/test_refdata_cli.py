"""``filingassist refdata list|import|import-nice|rollback`` end to end through main()."""

from __future__ import annotations

import base64
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from filingassist.cli.main import main
from filingassist.refdata.loader import shipped_path
from filingassist.refdata.pack import build_pack, key_id


@pytest.fixture
def pack_file(tmp_path, monkeypatch):
    key = Ed25519PrivateKey.generate()
    raw = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    trust = tmp_path / "trust.json"
    entry = {"key_id": key_id(key.public_key()), "public_key": base64.b64encode(raw).decode()}
    trust.write_text(json.dumps({"publishers": [entry]}))
    monkeypatch.setenv("FILINGASSIST_REFDATA_TRUST", str(trust))
    doc = json.loads(shipped_path("fees_pct").read_text())
    doc["version"] = "2027.1"
    doc["valid_as_of"] = "2026-07-01"
    doc.pop("review_by")
    path = tmp_path / "pack.zip"
    path.write_bytes(build_pack({"fees_pct": json.dumps(doc).encode()}, key))
    return path


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_list_json_shows_every_dataset(capsys):
    code, out, _ = run(capsys, "refdata", "list", "--json")
    assert code == 0
    doc = json.loads(out)
    names = [d["dataset"] for d in doc["datasets"]]
    assert names == [
        "countries",
        "nice",
        "madrid_members",
        "fees_madrid",
        "fees_pct",
        "fees_national_tm",
        "regional_offices",
    ]
    assert all(d["origin"] == "shipped" and d["installed"] == [] for d in doc["datasets"])
    fees = next(d for d in doc["datasets"] if d["dataset"] == "fees_madrid")
    assert fees["effective_from"] == "2025-11-23" and fees["review_date"] == "2027-03-31"
    assert isinstance(fees["age_days"], int) and fees["stale"] is False
    assert any("individual fee JP" in item for item in fees["to_be_confirmed"])
    assert all(d["source"] for d in doc["datasets"])
    assert doc["nice_terms"] == {"installed": False}


def test_import_then_list_then_rollback(capsys, pack_file):
    code, out, _ = run(capsys, "refdata", "import", str(pack_file))
    assert code == 0
    assert "fees_pct: 2026.1 -> 2027.1" in out
    code, out, _ = run(capsys, "refdata", "list")
    assert "fees_pct          2027.1    valid as of 2026-07-01  (installed)" in out
    assert "review by 2027-01-01" in out  # six months after reading, none declared
    assert "* installed 2027.1    valid as of 2026-07-01" in out
    # importing the same pack again is refused (exit 2) unless forced
    code, _, err = run(capsys, "refdata", "import", str(pack_file))
    assert code == 2 and "not newer" in err
    assert run(capsys, "refdata", "import", str(pack_file), "--force")[0] == 0
    code, out, _ = run(capsys, "refdata", "rollback", "fees_pct", "--json")
    assert code == 0
    assert json.loads(out) == {"dataset": "fees_pct", "version": "2026.1", "origin": "shipped"}
    code, _, err = run(capsys, "refdata", "rollback", "fees_pct")
    assert code == 2 and "shipped data is in use" in err


def test_import_untrusted_or_broken_pack_fails(capsys, tmp_path, pack_file, monkeypatch):
    monkeypatch.delenv("FILINGASSIST_REFDATA_TRUST")
    code, _, err = run(capsys, "refdata", "import", str(pack_file))
    assert code == 1 and "trust list" in err
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip")
    code, _, err = run(capsys, "refdata", "import", str(junk))
    assert code == 2 and "junk.zip" in err


def test_import_nice_and_list(capsys, tmp_path):
    csv_path = tmp_path / "t.csv"
    csv_path.write_text("basic_number,class_number,term,language\n250042,25,shirts,en\n")
    code, out, _ = run(
        capsys, "refdata", "import-nice", str(csv_path), "--edition", "NCL (12-2025)"
    )
    assert code == 0 and "imported 1 terms" in out
    code, out, _ = run(capsys, "refdata", "list", "--json")
    nice = json.loads(out)["nice_terms"]
    assert nice["installed"] is True and nice["count"] == "1" and nice["edition"] == "NCL (12-2025)"
    bad = tmp_path / "bad.csv"
    bad.write_text("basic_number,class_number,term,language\n250042,99,shirts,en\n")
    code, _, err = run(capsys, "refdata", "import-nice", str(bad))
    assert code == 2 and "line 2" in err


def test_rollback_unknown_dataset_is_usage_error(capsys):
    assert run(capsys, "refdata", "rollback", "everything")[0] == 2
