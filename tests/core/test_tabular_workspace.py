"""Workspace.add_terms_from_file and the CLI: one revision per good file, none for a bad one."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from filingassist.app import Workspace
from filingassist.cli.main import main
from filingassist.errors import InputError, UsageError


@pytest.fixture
def ws(isolated_home: Path) -> Iterator[Workspace]:
    w = Workspace.open()
    yield w
    w.close()


def terms_csv(path: Path, *lines: str) -> Path:
    path.write_text("class,term\n" + "".join(f"{line}\n" for line in lines), encoding="utf-8")
    return path


def test_merge_keeps_order_creates_classes_skips_duplicates(ws: Workspace, tmp_path: Path) -> None:
    draft = ws.new_draft("trademark")
    doc = ws.load(draft.id)
    doc.data["classes"] = [
        {"class_number": 25, "terms": ["clothing"]},
        {"class_number": 9, "terms": ["software"]},
    ]
    ws.save(draft.id, doc, "by hand")
    path = terms_csv(
        tmp_path / "t.csv", "9,software", "9,法律 software", "3,soap", "25,hats", "3,soap"
    )
    rev = ws.add_terms_from_file(draft.id, path)
    assert rev.number == 3 and rev.note == "added 3 term(s) from t.csv"
    assert ws.load(draft.id).data["classes"] == [
        {"class_number": 25, "terms": ["clothing", "hats"]},
        {"class_number": 9, "terms": ["software", "法律 software"]},
        {"class_number": 3, "terms": ["soap"]},
    ]
    assert ws.add_terms_from_file(draft.id, path).number == 3  # nothing new: no revision


def test_new_draft_blank_class_is_filled(ws: Workspace, tmp_path: Path) -> None:
    draft = ws.new_draft("madrid")
    wb = openpyxl.Workbook()
    sheet = wb.active
    assert sheet is not None
    for row in (["class_number", "term"], [45, "خدمات قانونية"], [9, "software"]):
        sheet.append(row)
    wb.save(tmp_path / "t.xlsx")
    ws.add_terms_from_file(draft.id, tmp_path / "t.xlsx")
    classes = ws.load(draft.id).data["classes"]
    assert classes == [
        {"class_number": 45, "terms": ["خدمات قانونية"]},
        {"class_number": 9, "terms": ["software"]},
    ]


def test_bad_file_saves_nothing(ws: Workspace, tmp_path: Path) -> None:
    draft = ws.new_draft("trademark")
    before = ws.load(draft.id).digest()
    path = terms_csv(tmp_path / "bad.csv", "9,software", "46,soap")
    with pytest.raises(InputError, match=r"bad\.csv:row 3: class 46"):
        ws.add_terms_from_file(draft.id, path)
    bomb = tmp_path / "bomb.xlsx"
    bomb.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(InputError):
        ws.add_terms_from_file(draft.id, bomb)
    assert [r.number for r in ws.history(draft.id)] == [1]
    assert ws.load(draft.id).digest() == before


def test_patent_has_no_classes(ws: Workspace, tmp_path: Path) -> None:
    draft = ws.new_draft("patent")
    with pytest.raises(UsageError, match="no goods and services"):
        ws.add_terms_from_file(draft.id, terms_csv(tmp_path / "t.csv", "9,a"))
    assert [r.number for r in ws.history(draft.id)] == [1]


# --- CLI ---------------------------------------------------------------------------------


def new_draft(capsys: pytest.CaptureFixture[str], kind: str = "trademark") -> str:
    assert main(["new", kind]) == 0
    return capsys.readouterr().out.strip()


def test_cli_terms_import(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    draft_id = new_draft(capsys)
    good = terms_csv(tmp_path / "good.csv", "9,software")
    assert main(["terms", "import", draft_id, str(good)]) == 0
    assert "revision 2: added 1 term(s) from good.csv" in capsys.readouterr().out
    assert main(["terms", "import", draft_id, str(good), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["changed"] is False

    bad = terms_csv(tmp_path / "bad.csv", "9,software", "٣,soap")
    assert main(["terms", "import", draft_id, str(bad)]) == 2
    assert f"{bad}:row 3: class '٣'" in capsys.readouterr().err
    assert main(["terms", "import", draft_id, str(tmp_path / "missing.xlsx")]) == 2
    assert "missing.xlsx" in capsys.readouterr().err
    assert main(["history", draft_id, "--json"]) == 0
    assert [h["number"] for h in json.loads(capsys.readouterr().out)] == [1, 2]


def test_cli_export_list(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    draft_id = new_draft(capsys)
    out = tmp_path / "drafts.csv"
    assert main(["export-list", "drafts", "--out", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["id", "kind", "status", "head", "updated_at", "title"]
    assert rows[1][:4] == [draft_id, "trademark", "draft", "1"]
    for what, first in (("outbox", "package_id"), ("receipts", "application_number")):
        target = tmp_path / f"{what}.csv"
        assert main(["export-list", what, "--out", str(target)]) == 0
        with target.open(encoding="utf-8-sig", newline="") as handle:
            assert next(csv.reader(handle))[0] == first
    assert main(["export-list", "nothing", "--out", str(out)]) == 2
