"""Drafts become signed packages: validated first, deterministic, immutable, verifiable."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from filingassist.app import Workspace
from filingassist.errors import ValidationFailed

PASS = b"correct horse battery staple"
WHEN = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def ws(isolated_home: Path):
    w = Workspace.open()
    yield w
    w.close()


@pytest.fixture
def signer(ws: Workspace):
    key = ws.create_key("Jane Doe", PASS, email="jane@example.org")
    return ws.unlock_key(key.name, PASS)


@pytest.mark.parametrize("kind", ["trademark", "madrid", "patent"])
def test_each_example_packs_and_verifies(
    ws: Workspace, signer, examples_dir: Path, kind: str
) -> None:
    draft = ws.import_file(examples_dir / f"{kind}.json")
    info = ws.pack(draft.id, signer, signing_time=WHEN)
    report = ws.verify_package(info.path)
    assert report.ok, report.problems
    assert report.package_id == info.package_id
    m = info.manifest
    assert m["kind"] == kind
    assert m["signature_text"].startswith("/") and m["signature_text"].endswith("/")
    assert m["created"] == "2026-12-01T09:30:00+00:00"
    assert m["source"] == {"draft_id": draft.id, "revision": 1}
    assert {d["name"] for d in m["reference_data"]} >= {"countries", "nice"}
    assert m["rules"]["version"]
    names = {f["name"] for f in m["files"]}
    assert "application.json" in names
    assert any(n.endswith(".xml") for n in names)
    with zipfile.ZipFile(info.path) as zf:
        doc = json.loads(zf.read("application.json"))
    assert doc["data"] == ws.load(draft.id).data


def test_trademark_package_carries_the_mark_image(
    ws: Workspace, signer, examples_dir: Path
) -> None:
    draft = ws.import_file(examples_dir / "trademark.json")
    info = ws.pack(draft.id, signer, signing_time=WHEN)
    image = (examples_dir / "assets/orbis-logo.jpg").read_bytes()
    with zipfile.ZipFile(info.path) as zf:
        members = [n for n in zf.namelist() if n.startswith("attachments/")]
        assert [zf.read(n) for n in members] == [image]


def test_packing_is_deterministic(
    ws: Workspace, signer, examples_dir: Path, tmp_path: Path
) -> None:
    draft = ws.import_file(examples_dir / "madrid.json")
    a = ws.pack(draft.id, signer, out=tmp_path / "a.zip", signing_time=WHEN)
    b = ws.pack(draft.id, signer, out=tmp_path / "b.zip", signing_time=WHEN)
    assert a.package_id == b.package_id
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()


def test_errors_refuse_signing_and_write_nothing(ws: Workspace, signer, examples_dir: Path) -> None:
    draft = ws.import_file(examples_dir / "patent.json")
    doc = ws.load(draft.id)
    doc.data["title"] = ""
    ws.save(draft.id, doc)
    with pytest.raises(ValidationFailed) as exc:
        ws.pack(draft.id, signer, signing_time=WHEN)
    assert any(getattr(f, "path", "") == "title" for f in exc.value.findings)
    assert ws.packages() == []
    assert ws.draft(draft.id).status == "draft"


def test_editing_after_signing_makes_a_new_revision(
    ws: Workspace, signer, examples_dir: Path
) -> None:
    draft = ws.import_file(examples_dir / "madrid.json")
    first = ws.pack(draft.id, signer, signing_time=WHEN)
    assert ws.draft(draft.id).status == "signed"
    signed_bytes = first.path.read_bytes()
    doc = ws.load(draft.id)
    doc.data["reference"] = "HI-MM2-0043"
    rev = ws.save(draft.id, doc)
    assert rev.number == 2 and ws.draft(draft.id).status == "draft"
    assert first.path.read_bytes() == signed_bytes  # the signed package is untouched
    second = ws.pack(draft.id, signer, signing_time=WHEN)
    assert second.package_id != first.package_id
    records = {p.package_id: p.revision for p in ws.packages(draft.id)}
    assert records == {first.package_id: 1, second.package_id: 2}


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, FA_TEST_PASS=PASS.decode())
    return subprocess.run(
        [sys.executable, "-m", "filingassist", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_cli_pack_and_verify(examples_dir: Path, tmp_path: Path) -> None:
    assert (
        _cli("keys", "new", "--name", "Jane Doe", "--passphrase-env", "FA_TEST_PASS").returncode
        == 0
    )
    draft_id = _cli("import", str(examples_dir / "madrid.json"), "--json")
    draft_id = json.loads(draft_id.stdout)[0]["id"]
    out = tmp_path / "mm2.zip"
    r = _cli("pack", draft_id, "--out", str(out), "--passphrase-env", "FA_TEST_PASS")
    assert r.returncode == 0, r.stderr
    package_id = r.stdout.split()[0]
    assert len(package_id) == 64
    r = _cli("verify", str(out), "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["package_id"] == package_id
    # a file target is packed too (nothing stored)
    r = _cli(
        "pack",
        str(examples_dir / "patent.json"),
        "--out",
        str(tmp_path / "p.zip"),
        "--passphrase-env",
        "FA_TEST_PASS",
        "--json",
    )
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)[0]["path"] == str(tmp_path / "p.zip")


def test_cli_pack_refuses_an_application_with_errors(examples_dir: Path, tmp_path: Path) -> None:
    _cli("keys", "new", "--name", "Jane Doe", "--passphrase-env", "FA_TEST_PASS")
    doc = json.loads((examples_dir / "madrid.json").read_text())
    doc["data"]["designations"] = []
    shutil.copytree(examples_dir / "assets", tmp_path / "assets")  # the MM18 it attaches
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc))
    r = _cli("pack", str(bad), "--out", str(tmp_path / "x.zip"), "--passphrase-env", "FA_TEST_PASS")
    assert r.returncode == 1
    assert "designations" in r.stdout
    assert not (tmp_path / "x.zip").exists()


def test_manifest_carries_the_fee_quote_even_when_partial(
    ws: Workspace, signer, examples_dir: Path
) -> None:
    mm2 = ws.pack(ws.import_file(examples_dir / "madrid.json").id, signer, signing_time=WHEN)
    quote = mm2.manifest["fee_quote"]
    assert quote["currency"] == "CHF" and quote["incomplete"] == []
    assert quote["total"] == ws.load(mm2.record.draft_id).data["payment"]["declared_total"]
    pct = ws.pack(ws.import_file(examples_dir / "patent.json").id, signer, signing_time=WHEN)
    assert pct.manifest["fee_quote"]["incomplete"] == ["transmittal"]  # RO/KE is not tabled
    assert pct.manifest["fee_quote"]["valid_as_of"]
