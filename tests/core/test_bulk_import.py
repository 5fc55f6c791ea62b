"""Bulk sheets: template, per-row report, all-or-nothing and only-valid imports, row keys,
hostile spreadsheets (nothing stored changes) and kill -9 in the middle of an import."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import signal
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from filingassist.app import Workspace
from filingassist.cli.main import main
from filingassist.formdefs import FieldDef, form_for_kind
from filingassist.model.jsonio import read_file
from filingassist.tabular.bulk import BulkSheet
from filingassist.tabular.columns import GoodsShape, columns_for, goods_shape

ROOT = Path(__file__).resolve().parents[2]
KINDS = ("madrid", "trademark", "patent")


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def draft_count(home: Path) -> int:
    ws = Workspace.open(home)
    try:
        return len(ws.drafts())
    finally:
        ws.close()


def csv_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def write_rows(path: Path, rows: list[list[Any]]) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def madrid_sheet(tmp_path: Path, capsys: pytest.CaptureFixture[str], rows: int = 1) -> Path:
    """The madrid template with its example row turned into ``rows`` real rows (the
    example's attachments, named in its cells, are put beside the sheet)."""
    example = read_file(ROOT / "examples" / "madrid.json")
    for ref in example.document.attachments():
        (tmp_path / ref["name"]).write_bytes(example.blobs[ref["sha256"]])
    template = tmp_path / "template.csv"
    assert cli(capsys, "template", "madrid", "--out", str(template))[0] == 0
    header, _titles, _syntax, example = csv_rows(template)
    body = []
    for n in range(rows):
        row = list(example)
        row[0], row[1] = "ACME", f"R{n + 1}"
        row[header.index("mark.verbal_element")] = f"MARK {n + 1}"
        body.append(row)
    return write_rows(tmp_path / "sheet.csv", [header, *body])


def _plain(data: Any) -> Any:
    """Data without empty groups (a sheet cannot tell [] from absent)."""
    if isinstance(data, dict):
        return {k: _plain(v) for k, v in data.items() if v != []}
    if isinstance(data, list):
        return [_plain(v) for v in data]
    return data


# -- template -----------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_template_example_row_reads_back_as_the_example(
    kind: str, suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"t{suffix}"
    assert cli(capsys, "template", kind, "--out", str(out))[0] == 0
    form = form_for_kind(kind)
    if suffix == ".xlsx":
        book = openpyxl.load_workbook(out)
        assert book.sheetnames == ["Applications", "Columns"]
        sheet = book["Applications"]
        assert [c.value for c in sheet[1]] == [c.key for c in columns_for(form)]
        assert sheet["A4"].value == "#EXAMPLE"
        sheet["A4"].value = "ACME"
        book.save(out)
    else:
        text = out.read_text(encoding="utf-8-sig")
        out.write_text(text.replace("#EXAMPLE", "ACME"), encoding="utf-8")
    example = read_file(ROOT / "examples" / f"{kind}.json")
    for ref in example.document.attachments():  # attachments are files beside the sheet
        (tmp_path / ref["name"]).write_bytes(example.blobs[ref["sha256"]])
    sheet_rows = BulkSheet(out, form)
    rows = list(sheet_rows.rows())
    assert [r.number for r in rows] == [4] and rows[0].client_ref == "ACME"
    parsed = sheet_rows.parse(rows[0])
    assert parsed.problems == []
    assert _plain(parsed.document.data) == _plain(example.document.data)


def test_every_field_of_the_definition_is_a_column_and_a_new_field_needs_no_code() -> None:
    for kind in KINDS:
        form = form_for_kind(kind)
        keys = {c.key for c in columns_for(form)}
        goods = goods_shape(form)
        for f in form.fields:
            assert f.path in keys or (goods is not None and f.group == goods.group), f.path
    form = form_for_kind("madrid")
    extra = FieldDef("agent_docket", "general", "text", "Docket", "local:agent_docket")
    grown = dataclasses.replace(form, fields=(*form.fields, extra))
    assert "agent_docket" in [c.key for c in columns_for(grown)]


def test_the_goods_shape_is_found_in_one_place() -> None:
    assert goods_shape(form_for_kind("madrid")) == GoodsShape("classes", "class_number", "terms")
    assert goods_shape(form_for_kind("trademark")) == GoodsShape("classes", "class_number", "terms")
    assert goods_shape(form_for_kind("patent")) is None


def test_template_titles_are_in_the_users_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "fr.csv"
    assert cli(capsys, "template", "madrid", "--out", str(out), "--lang", "fr")[0] == 0
    header, titles, syntax, _ = csv_rows(out)
    by_key = dict(zip(header, titles, strict=True))
    assert by_key["classes"].startswith("Classes") and by_key["applicants.email"] != (
        "Applicant — E-mail address *"
    )
    assert by_key["applicants.name"] == "Déposant — Nom *"
    assert all(t.startswith("#") for t in (titles[0], syntax[0]))


def test_docs_list_every_column_of_every_form() -> None:
    text = (ROOT / "docs" / "bulk-format.md").read_text(encoding="utf-8")
    for kind in KINDS:
        for column in columns_for(form_for_kind(kind)):
            assert f"`{column.key}`" in text, (kind, column.key)


# -- import and report --------------------------------------------------------------


def test_bad_rows_are_reported_and_nothing_is_stored_unless_only_valid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    sheet = madrid_sheet(tmp_path, capsys, rows=3)
    rows = csv_rows(sheet)
    header = rows[0]
    rows[2][header.index("applicants.email")] = "not-an-address"
    rows[3][header.index("payment.declared_total")] = "lots"
    write_rows(sheet, rows)
    report = tmp_path / "report.csv"
    code, out, _ = cli(capsys, "bulk", "import", str(sheet), "--report", str(report))
    assert code == 1 and "nothing stored" in out
    assert draft_count(isolated_home) == 0
    lines = csv_rows(report)
    assert lines[0] == [
        "row",
        "column",
        "field",
        "code",
        "severity",
        "message",
        "client_ref",
        "row_id",
    ]
    errors = {(r[0], r[1], r[2], r[3]) for r in lines[1:] if r[4] == "error"}
    email_col = chr(ord("A") + header.index("applicants.email"))
    assert ("3", email_col, "applicants.email", "FIELD-TYPE") in errors
    assert any(
        e[0] == "4" and e[2] == "payment.declared_total" and e[3] == "BULK-CELL" for e in errors
    )
    code, out, _ = cli(capsys, "bulk", "import", str(sheet), "--only-valid")
    assert code == 1 and "imported 1 draft(s)" in out
    assert draft_count(isolated_home) == 1


def test_reimporting_a_sheet_reports_already_imported_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    sheet = madrid_sheet(tmp_path, capsys, rows=2)
    assert cli(capsys, "bulk", "import", str(sheet), "--dry-run")[0] == 0
    assert draft_count(isolated_home) == 0
    code, out, _ = cli(capsys, "bulk", "import", str(sheet), "--quiet", "--json")
    assert code == 0 and len(json.loads(out)["imported"]) == 2
    rows = csv_rows(sheet)
    rows.append(list(rows[1]))  # the same row twice in one sheet
    write_rows(sheet, rows)
    code, out, _ = cli(capsys, "bulk", "import", str(sheet), "--json")
    result = json.loads(out)
    assert code == 0 and result["imported"] == [] and result["already_imported"] == 2
    assert result["repeated_rows"] == 1
    codes = {e["code"] for e in result["report"]}
    assert codes == {"BULK-ALREADY-IMPORTED", "BULK-DUPLICATE-ROW"}
    assert draft_count(isolated_home) == 2
    ws = Workspace.open(isolated_home)
    try:
        refs = ws.client_refs([d.id for d in ws.drafts()])
    finally:
        ws.close()
    assert sorted(refs.values()) == ["ACME", "ACME"]


def test_the_report_speaks_the_users_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = madrid_sheet(tmp_path, capsys)
    rows = csv_rows(sheet)
    rows[1][rows[0].index("applicants.email")] = "nope"
    write_rows(sheet, rows)
    report = tmp_path / "rapport.xlsx"
    code, _, _ = cli(capsys, "bulk", "import", str(sheet), "--report", str(report), "--lang", "fr")
    assert code == 1
    book = openpyxl.load_workbook(report)
    messages = [r[5] for r in book.active.iter_rows(min_row=2, values_only=True)]
    assert messages and "Not a valid e-mail address." not in messages
    assert any("adresse" in str(m).lower() for m in messages)


# -- hostile sheets -------------------------------------------------------------------


def _xlsx_with(tmp_path: Path, capsys: pytest.CaptureFixture[str], edit: Any) -> Path:
    out = tmp_path / "hostile.xlsx"
    assert cli(capsys, "template", "madrid", "--out", str(out))[0] == 0
    book = openpyxl.load_workbook(out)
    book["Applications"]["A4"].value = "ACME"
    edit(book["Applications"])
    book.save(out)
    return out


def _rewrite_member(path: Path, old: bytes, new: bytes) -> None:
    with zipfile.ZipFile(path) as archive:
        members = {i.filename: archive.read(i) for i in archive.infolist()}
    holders = [name for name, data in members.items() if old in data]
    assert len(holders) == 1
    members[holders[0]] = members[holders[0]].replace(old, new)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in members.items():
            archive.writestr(member, data)


def _add_member(path: Path, name: str, data: bytes) -> Path:
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr(name, data)
    return path


HOSTILE: dict[str, Any] = {
    "formula": lambda s: s.cell(row=4, column=3, value='=HYPERLINK("http://x")'),
    "huge cell": lambda s: s.cell(row=4, column=3, value="x" * 32_767),
    "duplicate header": lambda s: s.cell(row=1, column=5, value="client_ref"),
    "unknown header": lambda s: s.cell(row=1, column=5, value="shoe_size"),
    "cell without header": lambda s: s.cell(row=4, column=200, value="stray"),
}
EXPECTED = {
    "formula": "row 4, column C",
    "huge cell": "row 4, column C",
    "duplicate header": "row 1, column E",
    "unknown header": "row 1, column E",
    "cell without header": "row 4, column GR",
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_workbooks_are_refused_naming_row_and_column(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    sheet = _xlsx_with(tmp_path, capsys, HOSTILE[case])
    if case == "huge cell":  # note: openpyxl itself cuts cells to Excel's 32,767 limit
        _rewrite_member(sheet, b"x" * 32_767, b"x" * 40_000)
    code, _, err = cli(capsys, "bulk", "import", str(sheet))
    assert code == 2 and EXPECTED[case] in err, err
    assert draft_count(isolated_home) == 0


def test_external_links_and_zip_bombs_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    linked = _xlsx_with(tmp_path, capsys, lambda s: None)
    _add_member(linked, "xl/externalLinks/externalLink1.xml", b"<externalLink/>")
    code, _, err = cli(capsys, "bulk", "import", str(linked))
    assert code == 2 and "links to other workbooks" in err
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"<a>" + b" " * 50_000_000 + b"</a>")
    code, _, err = cli(capsys, "bulk", "import", str(bomb), "--kind", "madrid")
    assert code == 2 and "hostile" in err
    assert draft_count(isolated_home) == 0


def test_hostile_csv_encodings_and_formulas_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    sheet = madrid_sheet(tmp_path, capsys, rows=3)
    raw = sheet.read_bytes()
    lines = raw.split(b"\r\n")
    latin = tmp_path / "latin.csv"
    latin.write_bytes(b"\r\n".join(lines[:3]) + "\r\nACME,Rü".encode("latin-1"))
    text = raw.decode("utf-8")
    code, _, err = cli(capsys, "bulk", "import", str(latin))
    assert code == 2 and "row 4, column B" in err and "UTF-8" in err
    utf16 = tmp_path / "utf16.csv"
    utf16.write_bytes(text.encode("utf-16"))
    code, _, err = cli(capsys, "bulk", "import", str(utf16), "--kind", "madrid")
    assert code == 2 and "UTF-16" in err
    rows = csv_rows(sheet)
    rows[3][2] = "=1+2"
    write_rows(sheet, rows)
    code, _, err = cli(capsys, "bulk", "import", str(sheet))
    assert code == 2 and "row 4, column C" in err and "formula" in err
    assert draft_count(isolated_home) == 0


# -- atomic batch ------------------------------------------------------------------


@pytest.mark.slow
def test_kill_9_mid_import_leaves_the_store_as_before_or_fully_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    sheet = madrid_sheet(tmp_path, capsys, rows=1500)
    Workspace.open(isolated_home).close()  # migrations done before the clock starts
    proc = subprocess.Popen(
        [sys.executable, "-m", "filingassist", "bulk", "import", str(sheet)],
        stdout=subprocess.DEVNULL,  # note: a full, unread stdout pipe would block the child
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )
    assert proc.stderr is not None
    seen: list[str] = []
    killed = False
    for line in proc.stderr:  # plain progress lines: not a terminal
        seen.append(line)
        if line.startswith("import: ") and not line.startswith("import: 1/"):
            proc.send_signal(signal.SIGKILL)
            killed = True
            break
    code = proc.wait(timeout=120)
    assert killed, f"the import never reached its store step (exit {code}): {seen[-5:]}"
    count = draft_count(isolated_home)
    # note: killed mid-store (the usual case) or, on a starved test process, after the end
    assert (code, count) in ((-signal.SIGKILL, 0), (-signal.SIGKILL, 1500), (0, 1500)), seen
    ws = Workspace.open(isolated_home)
    try:
        result = ws.bulk_import(sheet)
        assert len(result.imported) + result.already == 1500
        assert len(ws.drafts()) == 1500
    finally:
        ws.close()


def test_a_row_with_too_many_cells_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    sheet = madrid_sheet(tmp_path, capsys)
    rows = csv_rows(sheet)
    rows[1] += ["x"] * 1_000
    write_rows(sheet, rows)
    code, _, err = cli(capsys, "bulk", "import", str(sheet))
    assert code == 2 and "row 2" in err and "more than 1000 columns" in err
    assert draft_count(isolated_home) == 0


def test_progress_is_plain_lines_off_a_terminal_and_a_bar_on_one() -> None:
    from filingassist.cli.progress import Progress

    plain = io.StringIO()
    progress = Progress(plain)
    for done in range(1, 101):
        progress("import", done, 100)
    progress.close()
    lines = plain.getvalue().splitlines()
    assert lines[0] == "import: 1/100" and lines[-1] == "import: 100/100"
    assert len(lines) <= 12

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    bar = Terminal()
    progress = Progress(bar)
    for done in range(1, 51):
        progress("sign", done, 50)
    progress.close()
    assert "sign" in bar.getvalue() and "50/50" in bar.getvalue()
    quiet = io.StringIO()
    off = Progress(quiet, enabled=False)
    off("import", 1, 1)
    assert quiet.getvalue() == ""


def test_nul_characters_in_a_csv_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    sheet = madrid_sheet(tmp_path, capsys, rows=2)
    rows = csv_rows(sheet)
    rows[2][1] = "R\x002"
    write_rows(sheet, rows)
    code, _, err = cli(capsys, "bulk", "import", str(sheet))
    assert code == 2 and "row 3" in err and "NUL" in err
    assert draft_count(isolated_home) == 0


def test_a_sheet_changed_during_the_import_stores_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    """The CSV is streamed twice (check, then store); a file that changes in between is
    refused at the end of the store walk and the transaction rolls back."""
    from filingassist.errors import InputError

    sheet = madrid_sheet(tmp_path, capsys, rows=3)
    original = sheet.read_bytes()

    def edit_after_the_check(step: str, done: int, total: int | None) -> None:
        if step == "check" and done == 3:  # note: the check has read the whole file
            sheet.write_bytes(original.replace(b"MARK 3", b"MARK X"))

    ws = Workspace.open(isolated_home)
    try:
        with pytest.raises(InputError, match="the sheet changed while it was imported"):
            ws.bulk_import(sheet, progress=edit_after_the_check)
        assert ws.drafts() == []
    finally:
        ws.close()


def test_the_applications_sheet_is_read_even_when_another_is_active(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    example = read_file(ROOT / "examples" / "madrid.json")
    for ref in example.document.attachments():  # the files the example row names
        (tmp_path / ref["name"]).write_bytes(example.blobs[ref["sha256"]])
    out = tmp_path / "t.xlsx"
    assert cli(capsys, "template", "madrid", "--out", str(out))[0] == 0
    book = openpyxl.load_workbook(out)
    book["Applications"]["A4"].value = "ACME"
    book.active = book.sheetnames.index("Columns")  # saved while looking at the docs
    book.save(out)
    code, out_text, err = cli(capsys, "bulk", "import", str(out), "--quiet")
    assert code == 0 and "imported 1 draft(s)" in out_text, err
