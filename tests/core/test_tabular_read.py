"""read_terms: CSV and XLSX term lists in, every hostile or bad file refused by name and row."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from filingassist.errors import InputError
from filingassist.tabular import MAX_FILE_SIZE, MAX_ROWS, read_terms


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def refused(path: Path) -> str:
    with pytest.raises(InputError) as info:
        read_terms(path)
    return str(info.value)


# --- happy paths ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("class,term\n9,computer software\n45,legal services\n", "utf-8"),
        ("Class;Term\r\n9;computer software\r\n45;legal services\r\n", "utf-8-sig"),
        ("CLASS_NUMBER\tterm\n9\tcomputer software\n45\tlegal services\n", "utf-8"),
    ],
)
def test_csv_delimiters_bom_and_header_case(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "terms.csv"
    path.write_bytes(text.encode(encoding))
    assert read_terms(path) == [
        (9, "computer software", f"{path}:row 2"),
        (45, "legal services", f"{path}:row 3"),
    ]


def test_csv_arabic_chinese_quoted_and_blank_rows(tmp_path: Path) -> None:
    path = tmp_path / "terms.csv"
    path.write_text(
        'class,term\n9,"برمجيات الحاسوب, المسجلة"\n\n45,法律服务\n,\n', encoding="utf-8-sig"
    )
    assert [(n, t) for n, t, _ in read_terms(path)] == [
        (9, "برمجيات الحاسوب, المسجلة"),
        (45, "法律服务"),
    ]


def test_csv_extra_columns_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "terms.csv"
    path.write_text("note,term,class\nx, software ,9\n", encoding="utf-8")
    assert read_terms(path) == [(9, "software", f"{path}:row 2")]


def test_xlsx_happy_path(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "terms.xlsx",
        [["Class", "Term"], [9, "computer software"], ["45", "法律服务"], [3.0, "صابون"]],
    )
    assert read_terms(path) == [
        (9, "computer software", f"{path}:row 2"),
        (45, "法律服务", f"{path}:row 3"),
        (3, "صابون", f"{path}:row 4"),
    ]


# --- bad rows, each named ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("0,soap", "class 0 is not a Nice class"),
        ("46,soap", "class 46 is not a Nice class"),
        ("²,soap", "not a number written in ASCII digits"),
        ("٣,soap", "not a number written in ASCII digits"),
        ("-3,soap", "not a number written in ASCII digits"),
        ("nine,soap", "not a number written in ASCII digits"),
        (",soap", "the class is empty"),
        ("3,", "the term is empty"),
        ("3,   ", "the term is empty"),
        ("3", "the term is empty"),
        ("3," + "x" * 1001, "longer than 1000"),
    ],
)
def test_csv_bad_row_named(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(f"class,term\n9,software\n{line}\n", encoding="utf-8")
    text = refused(path)
    assert text.startswith(f"{path}:row 3: ") and message in text


def test_every_bad_row_is_listed(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("class,term\n0,a\n9,ok\n46,b\n4,\n", encoding="utf-8")
    lines = refused(path).splitlines()
    assert [line.split(": ")[0] for line in lines] == [
        f"{path}:row 2",
        f"{path}:row 4",
        f"{path}:row 5",
    ]


@pytest.mark.parametrize(
    "text",
    ["", "term,class,term\n9,a,b\n", "klasse,begriff\n9,a\n", "9,software\n", "class\n9\n"],
)
def test_bad_header(tmp_path: Path, text: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    assert refused(path).startswith(f"{path}:row 1: the first row must be the header")


def test_not_utf8_and_nul(tmp_path: Path) -> None:
    latin = tmp_path / "latin.csv"
    latin.write_bytes("class,term\n9,café\n".encode("latin-1"))
    assert "not UTF-8 text" in refused(latin)
    nul = tmp_path / "nul.csv"
    nul.write_bytes(b"class,term\n9,a\x00b\n")
    assert "NUL" in refused(nul)


def test_missing_file(tmp_path: Path) -> None:
    assert "cannot read" in refused(tmp_path / "nope.csv")


@pytest.mark.parametrize("name", ["big.csv", "big.xlsx"])
def test_oversized_file_refused_before_reading(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_SIZE + 1)  # sparse: costs no disk
    assert f"exceeds the limit of {MAX_FILE_SIZE}" in refused(path)


def test_too_many_csv_rows(tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    path.write_text("class,term\n" + "9,a\n" * (MAX_ROWS + 1), encoding="utf-8")
    assert f"more than {MAX_ROWS} rows" in refused(path)
    path.write_text("class,term\n" + "9,a\n" * MAX_ROWS, encoding="utf-8")
    assert len(read_terms(path)) == MAX_ROWS


def test_too_many_xlsx_rows_even_as_one_far_cell(tmp_path: Path) -> None:
    # note: read-only openpyxl yields every empty row up to a far cell; the count stops it
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["class", "term"])
    ws.cell(row=MAX_ROWS + 10, column=1, value=9)
    path = tmp_path / "far.xlsx"
    wb.save(path)
    assert f"more than {MAX_ROWS} rows" in refused(path)


# --- hostile XLSX ----------------------------------------------------------------------


def test_non_zip_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_text("class,term\n9,a\n", encoding="utf-8")
    assert "not an XLSX workbook (not a ZIP archive)" in refused(path)


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "other.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert "not a readable XLSX workbook" in refused(path)


def test_zip_bomb_disguised_as_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (40 * 1024 * 1024))
    assert path.stat().st_size < 100_000
    text = refused(path)
    assert "refused as hostile" in text and "zip bomb" in text and "sheet1.xml" in text


def test_member_lying_about_its_size(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [["class", "term"], [9, "a"]])
    data = bytearray(good.read_bytes())
    # shrink the declared size of the first member in its central directory entry
    central = data.rfind(b"PK\x01\x02", 0, data.find(b"PK\x05\x06"))
    first = data.find(b"PK\x01\x02")
    assert central >= first >= 0
    data[first + 24 : first + 28] = (1).to_bytes(4, "little")
    path = tmp_path / "liar.xlsx"
    path.write_bytes(bytes(data))
    assert "refused as hostile" in refused(path)


def test_xml_with_doctype_refused(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [["class", "term"], [9, "a"]])
    out = io.BytesIO()
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                bomb = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><worksheet'
                data = data.replace(b"<worksheet", bomb, 1)
                assert bomb in data
            dst.writestr(info.filename, data)
    path = tmp_path / "dtd.xlsx"
    path.write_bytes(out.getvalue())
    text = refused(path)
    assert "DOCTYPE" in text and "sheet1.xml" in text


def test_formula_cell_refused(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "formula.xlsx",
        [["class", "term"], [9, "software"], [9, '=CONCAT("soft","ware")'], ["=4+5", "x"]],
    )
    lines = refused(path).splitlines()
    assert lines[0].startswith(f"{path}:row 3: formula") and "refused" in lines[0]
    assert lines[1].startswith(f"{path}:row 4: formula")


def test_xlsx_bad_cells_named(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "bad.xlsx",
        [["class", "term"], [9.5, "a"], [True, "b"], [9, 12], [46, "c"], ["٣", "d"]],
    )
    lines = refused(path).splitlines()
    assert [line.split(": ", 1)[0] for line in lines] == [f"{path}:row {n}" for n in range(2, 7)]
    assert "the term is not text" in lines[2]
