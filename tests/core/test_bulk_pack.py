"""From imported rows to queued packages: 'pack --all-valid' with one key unlock, fee
totals per client reference and currency, 'outbox add DIR', 'pack FILE.json' whose
attachments are given by path."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from filingassist.cli.main import main
from filingassist.sync.receipts import fingerprint
from tests.core.test_bulk_import import cli, csv_rows, madrid_sheet, write_rows
from tests.support import fixtures
from tests.support.fixtures import Office

office = fixtures.office
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def key(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("FA_PASS", "bulk passphrase")
    assert main(["keys", "new", "--name", "Agent", "--passphrase-env", "FA_PASS"]) == 0
    capsys.readouterr()


def _imported_sheet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = madrid_sheet(tmp_path, capsys, rows=4)
    rows = csv_rows(sheet)
    rows[3][0] = "BETA"
    rows[4][rows[0].index("applicants.email")] = "broken"  # row 5: an error
    write_rows(sheet, rows)
    code, out, _ = cli(capsys, "bulk", "import", str(sheet), "--only-valid", "--quiet")
    assert code == 1 and "imported 3 draft(s)" in out


@pytest.mark.network
@pytest.mark.timeout(120)
def test_pack_all_valid_signs_the_batch_prints_totals_and_queues_a_folder(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    office: Office,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from filingassist.office.identity import load_or_create

    _imported_sheet(tmp_path, capsys)
    assert cli(capsys, "new", "madrid")[0] == 0  # an empty draft: has errors, is skipped
    out_dir = tmp_path / "packages"
    totals = tmp_path / "totals.csv"
    code, out, _ = cli(
        capsys,
        "pack",
        "--all-valid",
        "--key",
        "Agent",
        "--passphrase-env",
        "FA_PASS",
        "--out",
        str(out_dir),
        "--totals",
        str(totals),
    )
    assert code == 0, out
    assert "signed 3 package(s); skipped 1" in out
    assert len(list(out_dir.glob("*.zip"))) == 3
    lines = list(csv.reader(io.StringIO(totals.read_text(encoding="utf-8-sig"))))
    assert lines[0] == ["client_ref", "currency", "total", "packages", "incomplete"]
    by_ref = {row[0]: row for row in lines[1:]}
    assert set(by_ref) == {"ACME", "BETA"} and by_ref["ACME"][3] == "2"
    assert by_ref["ACME"][1] == "CHF" and float(by_ref["ACME"][2]) > 0
    assert f"fees ACME\tCHF\t{by_ref['ACME'][2]}" in out
    # a second run has nothing left to sign
    code, out, _ = cli(capsys, "pack", "--all-valid", "--passphrase-env", "FA_PASS")
    assert code == 0 and "signed 0 package(s)" in out

    monkeypatch.setenv("FILINGASSIST_OFFICE_TOKEN", office.token)
    fp = fingerprint(load_or_create(office.data).cert_pem)
    assert main(["office", "add", office.url, "--fingerprint", fp]) == 0
    capsys.readouterr()
    code, out, _ = cli(capsys, "outbox", "add", str(out_dir), "--json")
    assert code == 0 and len(json.loads(out)) == 3
    code, out, _ = cli(capsys, "outbox", "add", str(out_dir))  # again: nothing new
    assert code == 0
    code, out, _ = cli(capsys, "outbox", "list", "--json")
    assert len(json.loads(out)) == 3
    code, _, err = cli(capsys, "outbox", "add", str(tmp_path / "missing.zip"), str(out_dir))
    assert code == 2 and "missing.zip" in err


def test_pack_file_whose_attachments_are_given_by_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "tm.zip"
    code, stdout, err = cli(
        capsys,
        "pack",
        str(ROOT / "examples" / "trademark.json"),
        "--out",
        str(out),
        "--passphrase-env",
        "FA_PASS",
    )
    assert code == 0, err
    assert out.is_file() and stdout.strip()
    assert cli(capsys, "verify", str(out))[0] == 0


def test_pack_needs_targets_or_all_valid(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(capsys, "pack", "--passphrase-env", "FA_PASS")
    assert code == 2 and "--all-valid" in err


def test_import_and_validate_take_folders_and_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("madrid.json", "patent.json"):
        (folder / name).write_bytes((ROOT / "examples" / name).read_bytes())
    shutil.copytree(ROOT / "examples" / "assets", folder / "assets")  # the files they name
    code, out, _ = cli(capsys, "import", str(folder), "--json")
    assert code == 0 and sorted(d["kind"] for d in json.loads(out)) == ["madrid", "patent"]
    code, out, _ = cli(capsys, "validate", "--all", "--json")
    assert len(json.loads(out)) == 2
    code, out, _ = cli(capsys, "validate", str(folder), "--json")
    assert [Path(r["target"]).name for r in json.loads(out)] == ["madrid.json", "patent.json"]
    code, _, err = cli(capsys, "validate")
    assert code == 2 and "--all" in err
    empty = tmp_path / "empty"
    empty.mkdir()
    code, _, err = cli(capsys, "import", str(empty))
    assert code == 2 and "no *.json files" in err


def test_pack_many_while_another_thread_saves_drafts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    """The batch's threads and a concurrent writer (the desktop app saving a draft) share
    the database: every package is recorded, none fails with 'database is locked'."""
    import threading

    from filingassist.app import Workspace

    sheet = madrid_sheet(tmp_path, capsys, rows=120)
    ws = Workspace.open(isolated_home)
    try:
        drafts = ws.bulk_import(sheet).imported
        signer = ws.unlock_key("Agent", b"bulk passphrase")
        other = ws.new_draft("madrid").id
        stop = threading.Event()
        saves: list[int] = []

        def writer() -> None:
            while not stop.is_set():
                doc = ws.load(other)
                doc.data["reference"] = f"W{len(saves)}"
                ws.save(other, doc)
                saves.append(1)

        thread = threading.Thread(target=writer)
        thread.start()
        try:
            results = list(ws.pack_many(drafts, signer))
        finally:
            stop.set()
            thread.join()
        assert [type(r).__name__ for r in results] == ["PackageInfo"] * 120
        assert saves and sum(d.status == "signed" for d in ws.drafts(limit=None)) == 120
        assert len(ws.packages()) == 120
    finally:
        ws.close()
