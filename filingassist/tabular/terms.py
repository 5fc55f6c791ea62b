"""Read a ``class,term`` list from CSV or XLSX; every bad row is named as ``FILE:row N``.

Row numbers are the ones a spreadsheet app shows (the header is row 1). The whole file
is checked before anything is returned, so a caller never imports half a list.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from filingassist.errors import InputError

#: (class number 1-45, term, "FILE:row N")
TermRow = tuple[int, str, str]


class FormulaCell(str):
    """A spreadsheet cell holding a formula (its text); such cells are refused."""


MAX_FILE_SIZE = 10 * 1024 * 1024
MAX_ROWS = 20_000
MAX_TERM_LENGTH = 1000
_MAX_REPORTED = 50
_CLASS_HEADERS = ("class", "class_number")
_DELIMITERS = (",", ";", "\t")


def read_terms(path: Path) -> list[TermRow]:
    """The terms of a CSV or XLSX file, in file order.

    Raises:
        InputError: the file is unreadable, too big, has no ``class,term`` header, or
            has bad rows; the message lists every bad row (up to 50) as ``FILE:row N``.
    """
    path = Path(path)
    check_size(path)
    if path.suffix.lower() == ".xlsx":
        from filingassist.tabular.xlsx import xlsx_rows  # note: openpyxl loads slowly

        return parse_rows(xlsx_rows(path), str(path))
    return parse_rows(_csv_rows(path), str(path))


def check_size(path: Path) -> None:
    """Refuse a missing file or one over ``MAX_FILE_SIZE`` before reading a byte."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", where=str(path)) from exc
    if size > MAX_FILE_SIZE:
        raise InputError(
            f"file of {size} bytes exceeds the limit of {MAX_FILE_SIZE}", where=str(path)
        )


def _csv_rows(path: Path) -> Iterable[Sequence[object]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text (byte {exc.start})", where=str(path)) from exc
    if "\x00" in text:
        raise InputError("contains NUL characters; not a text file", where=str(path))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff(text))
    try:
        yield from reader
    except csv.Error as exc:
        raise InputError(str(exc), where=f"{path}:row {reader.line_num}") from exc


def _sniff(text: str) -> str:
    """The delimiter under which the first line is a ``class,term`` header."""
    first = text.split("\n", 1)[0]
    for delimiter in _DELIMITERS:
        cells = next(csv.reader([first], delimiter=delimiter), [])
        if _header_columns(cells) is not None:
            return delimiter
    return ","  # note: parse_rows then reports the bad header


def _header_columns(cells: Sequence[object]) -> tuple[int, int] | None:
    names = [str(c).strip().lower() if c is not None else "" for c in cells]
    class_cols = [i for i, n in enumerate(names) if n in _CLASS_HEADERS]
    term_cols = [i for i, n in enumerate(names) if n == "term"]
    if len(class_cols) != 1 or len(term_cols) != 1:
        return None
    return class_cols[0], term_cols[0]


def parse_rows(rows: Iterable[Sequence[object]], where: str) -> list[TermRow]:
    """Check the header and every row; all rows good or an InputError naming the bad."""
    iterator = iter(rows)
    header = next(iterator, None)
    columns = _header_columns(header or [])
    if columns is None:
        raise InputError(
            "the first row must be the header 'class,term' (or 'class_number,term')",
            where=f"{where}:row 1",
        )
    result: list[TermRow] = []
    errors: list[str] = []
    for number, row in enumerate(iterator, start=2):
        if number > MAX_ROWS + 1:
            raise InputError(f"more than {MAX_ROWS} rows", where=where)
        here = f"{where}:row {number}"
        if all(_blank(cell) for cell in row):
            continue  # note: trailing blank rows are normal in spreadsheets
        try:
            result.append((*_parse_row(row, columns), here))
        except ValueError as exc:
            errors.append(f"{here}: {exc}")
    if errors:
        raise _row_errors(errors, where)
    return result


def _blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _parse_row(row: Sequence[object], columns: tuple[int, int]) -> tuple[int, str]:
    class_col, term_col = columns
    cell = row[class_col] if class_col < len(row) else None
    term = row[term_col] if term_col < len(row) else None
    for value in (cell, term):
        if isinstance(value, FormulaCell):
            raise ValueError(f"formula {str(value)[:40]!r} refused; paste the values instead")
    number = _class_number(cell)
    if not isinstance(term, str) or not term.strip():
        raise ValueError("the term is empty" if _blank(term) else "the term is not text")
    term = term.strip()
    if len(term) > MAX_TERM_LENGTH:
        raise ValueError(f"the term is longer than {MAX_TERM_LENGTH} characters")
    return number, term


def _class_number(cell: object) -> int:
    """A Nice class 1-45: an integer cell or ASCII digits (not '²' or Arabic-Indic '٣')."""
    if isinstance(cell, bool):
        raise ValueError(f"class {cell!r} is not a number")
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    if isinstance(cell, int):
        value = cell
    elif isinstance(cell, str) and cell.strip().isascii() and cell.strip().isdigit():
        value = int(cell.strip())
    elif _blank(cell):
        raise ValueError("the class is empty")
    else:
        raise ValueError(f"class {cell!r} is not a number written in ASCII digits")
    if not 1 <= value <= 45:
        raise ValueError(f"class {value} is not a Nice class (1-45)")
    return value


def _row_errors(errors: list[str], where: str) -> InputError:
    shown = errors[:_MAX_REPORTED]
    if len(errors) > _MAX_REPORTED:
        shown.append(f"... and {len(errors) - _MAX_REPORTED} more bad rows")
    exc = InputError("\n".join(shown))
    exc.where = where
    return exc
