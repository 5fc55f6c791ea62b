"""write_csv: RFC 4180, UTF-8 with BOM, and no cell that a spreadsheet app would run."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from filingassist.tabular import escape_cell, write_csv


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+SUM(A1:A9)", "'+SUM(A1:A9)"),
        ("-2", "'-2"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        (-2, "'-2"),
        ("a=1", "a=1"),
        ("software", "software"),
        ("'quoted", "'quoted"),
        (None, ""),
        (True, "true"),
        (7, "7"),
    ],
)
def test_escape_cell(value: object, expected: str) -> None:
    assert escape_cell(value) == expected


def test_write_csv_round_trips_as_text(tmp_path: Path) -> None:
    rows = [
        ["class", "term", "note"],
        [9, "=1+1", "+SUM(A1)"],
        [45, "法律服务", "-2"],
        [3, 'صابون, "سائل"', "@cmd"],
        [1, "line\nbreak", "\tTab"],
        [2, "cr\r", "\rCR"],
    ]
    path = tmp_path / "out" / "list.csv"
    assert write_csv(rows, path) == len(rows)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    assert raw.decode("utf-8-sig").startswith("class,term,note\r\n9,'=1+1,'+SUM(A1)\r\n")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        back = list(csv.reader(handle))
    assert back == [
        ["class", "term", "note"],
        ["9", "'=1+1", "'+SUM(A1)"],
        ["45", "法律服务", "'-2"],
        ["3", 'صابون, "سائل"', "'@cmd"],
        ["1", "line\nbreak", "'\tTab"],
        ["2", "cr\r", "'\rCR"],
    ]
    for row in back:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)


def test_write_csv_is_atomic_on_failure(tmp_path: Path) -> None:
    path = tmp_path / "out" / "list.csv"
    write_csv([["a"], ["1"]], path)

    def rows() -> Iterator[list[str]]:
        yield ["b"]
        raise RuntimeError("source failed")

    with pytest.raises(RuntimeError):
        write_csv(rows(), path)
    assert path.read_bytes() == b"\xef\xbb\xbfa\r\n1\r\n"
    assert [p.name for p in path.parent.iterdir()] == ["list.csv"]
