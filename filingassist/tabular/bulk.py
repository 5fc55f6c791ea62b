"""Bulk sheets: one application per row, read as hostile input; templates to fill in.

``BulkSheet`` walks its rows any number of times: the import checks every row first and
stores in a second walk; a CSV is streamed from the file each time and the digests of
the bytes parsed must agree, a workbook (a ZIP, checked whole) is read once and held, so
what is stored is what was checked. Sheet-level problems (a formula, a huge cell, a bad
encoding, an unknown or repeated header) are an InputError naming row and column; a bad
*value* is a ``CellProblem`` that the per-row report shows.
"""

from __future__ import annotations

import csv
import hashlib
import io
import mimetypes
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from filingassist.errors import CellValueError, InputError
from filingassist.formdefs import FieldDef, FormDef
from filingassist.i18n import N_
from filingassist.model.defaults import new_document, new_group_item
from filingassist.model.document import ApplicationDocument, get_path, set_path
from filingassist.packaging.container import Limits
from filingassist.tabular.columns import (
    CLIENT_REF,
    ITEM_SEPARATOR,
    LIST_SEPARATOR,
    ROW_ID,
    Column,
    column_letter,
    columns_for,
    escape,
    split_escaped,
    unescape,
)
from filingassist.tabular.terms import FormulaCell

MAX_SHEET_BYTES = 50 * 1024 * 1024
MAX_SHEET_ROWS = 50_000
MAX_CELL_CHARS = 32_767  # note: Excel's own limit for one cell
MAX_COLUMNS = 1_000
MAX_ATTACHMENT_BYTES = 64 * 1024 * 1024
SHEET_LIMITS = Limits(
    max_members=500,
    max_member_size=400 * 1024 * 1024,
    max_total_size=600 * 1024 * 1024,
    max_archive_size=MAX_SHEET_BYTES,
    max_ratio=100.0,
)
COMMENT = "#"
#: The template's sheet of applications (read even when another sheet is the active one).
SHEET_NAME = "Applications"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_BAD_BYTE = re.compile("[\udc80-\udcff]")
_TRUE = {"yes", "y", "true", "1", "x"}
_FALSE = {"no", "n", "false", "0"}


@dataclass(frozen=True)
class CellProblem:
    """A value the sheet syntax cannot read (the rules engine never sees it)."""

    column: str
    message: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SheetRow:
    number: int
    cells: dict[str, object]

    @property
    def client_ref(self) -> str:
        return _text(self.cells.get(CLIENT_REF))

    @property
    def row_id(self) -> str:
        return _text(self.cells.get(ROW_ID))


@dataclass
class ParsedRow:
    row: SheetRow
    document: ApplicationDocument
    blobs: dict[str, bytes]
    problems: list[CellProblem]
    key: str = ""


class BulkSheet:
    """A CSV or XLSX bulk sheet of one form, read once and walked as often as needed."""

    def __init__(self, path: Path, form: FormDef, renames: Mapping[str, str] | None = None) -> None:
        self.path = Path(path)
        self.form = form
        #: sheet header → template column key ('' = ignore the column), for a sheet whose
        #: headers differ from the template (the import wizard's "map columns" step)
        self.renames = dict(renames or {})
        self.ignored: set[int] = set()
        self.columns = columns_for(form)
        self._by_key = {c.key: c for c in self.columns}
        self.is_xlsx = self.path.suffix.lower() == ".xlsx"
        # note: a workbook is a ZIP that must be checked whole, so it is held in memory;
        # a CSV is streamed from the file on every walk and its digest compared, so the
        # rows stored are the rows checked without holding the sheet (memory stays flat)
        self.data = _read_capped(self.path) if self.is_xlsx else _check_file(self.path)
        self.digest = hashlib.sha256(self.data).hexdigest() if self.is_xlsx else ""
        self.header: list[str] = []

    def where(self, row: int, index: int | None = None) -> str:
        """``FILE: row N, column C (key)`` as a spreadsheet app would show it."""
        text = f"{self.path}: row {row}"
        if index is not None:
            key = self.header[index] if index < len(self.header) else ""
            text += f", column {column_letter(index)}" + (f" ({key})" if key else "")
        return text

    def column_of(self, key: str) -> str:
        """The letter of the column holding ``key`` ('' when the sheet has no such column)."""
        return column_letter(self.header.index(key)) if key in self.header else ""

    def estimated_rows(self) -> int:
        """About how many rows the sheet has (lines of a CSV, a workbook's size over 100
        bytes), read cheaply: to decide whether starting worker processes pays."""
        if self.is_xlsx:
            return len(self.data) // 100
        lines = 0
        try:
            with self.path.open("rb") as handle:
                while chunk := handle.read(1 << 20):
                    lines += chunk.count(b"\n")
        except OSError:
            return 0
        return lines

    def peek_header(self) -> list[str]:
        """The header cells as text, unchecked (to tell which form a sheet is for)."""
        first = next(iter(self._raw_rows()), None) or []
        return [_text(c).strip() for c in first if not _blank(c)]

    def rows(self) -> Iterator[SheetRow]:
        """Every data row (blank and ``#`` comment rows skipped), checked as hostile input."""
        raw_rows = iter(self._raw_rows())
        self.header = self._read_header(next(raw_rows, None))
        for number, cells in enumerate(raw_rows, start=2):
            if number > MAX_SHEET_ROWS + 1:
                raise InputError(f"more than {MAX_SHEET_ROWS} rows", where=str(self.path))
            row = self._row(number, cells)
            if row is not None:
                yield row

    def _raw_rows(self) -> Iterator[Sequence[object]]:
        if self.is_xlsx:
            from filingassist.tabular.xlsx import xlsx_rows_of

            return iter(
                xlsx_rows_of(self.data, str(self.path), MAX_COLUMNS, SHEET_LIMITS, SHEET_NAME)
            )
        return _csv_rows(self.path, self._walked)

    def _walked(self, digest: str) -> None:
        """A whole CSV walk ended: remember its digest, or refuse a changed file."""
        if not self.digest:
            self.digest = digest
        elif digest != self.digest:
            raise InputError("the sheet changed while it was imported", str(self.path))

    def _read_header(self, cells: Sequence[object] | None) -> list[str]:
        if not cells:
            raise InputError("the sheet is empty; see 'filingassist template'", self.where(1))
        names = [_text(c).strip() for c in cells]
        while names and not names[-1]:
            names.pop()
        seen: dict[str, int] = {}
        self.header = names
        for index, name in enumerate(names):
            if isinstance(cells[index], FormulaCell):
                raise InputError("a formula is refused as a header", self.where(1, index))
            if not name:
                raise InputError("a column has no header", self.where(1, index))
            if name in self.renames:
                if not self.renames[name]:
                    self.ignored.add(index)
                    continue
                name = names[index] = self.renames[name]
            if name in seen:
                raise InputError(
                    f"the header {name!r} repeats column {column_letter(seen[name])}",
                    self.where(1, index),
                )
            if name not in self._by_key:
                raise InputError(
                    f"unknown column {name!r} for a {self.form.kind} sheet "
                    f"(see 'filingassist template {self.form.kind}')",
                    self.where(1, index),
                )
            seen[name] = index
        return names

    def _row(self, number: int, cells: Sequence[object]) -> SheetRow | None:
        if len(cells) > MAX_COLUMNS:
            raise InputError(f"more than {MAX_COLUMNS} columns", self.where(number))
        values: dict[str, object] = {}
        for index, cell in enumerate(cells):
            if _blank(cell):
                continue
            if index >= len(self.header):
                raise InputError("a value in a column without a header", self.where(number, index))
            if index in self.ignored:
                continue
            values[self.header[index]] = self._cell(number, index, cell)
        first = cells[0] if cells else None
        if not values or (isinstance(first, str) and first.lstrip().startswith(COMMENT)):
            return None
        return SheetRow(number, values)

    def _cell(self, number: int, index: int, cell: object) -> object:
        if isinstance(cell, FormulaCell):
            raise InputError(
                f"formula {str(cell)[:40]!r} refused; paste the values instead",
                self.where(number, index),
            )
        if isinstance(cell, str):
            if len(cell) > MAX_CELL_CHARS:
                raise InputError(
                    f"a cell of {len(cell)} characters exceeds the limit of {MAX_CELL_CHARS}",
                    self.where(number, index),
                )
            if not self.is_xlsx:
                return _csv_text(cell, lambda: self.where(number, index))
        return cell

    def parse(self, row: SheetRow) -> ParsedRow:
        """The application of ``row``; values the syntax cannot read are CellProblems."""
        parsed = to_document(self.form, self.columns, row, self.path.parent)
        parsed.key = row_key(self.form, row, parsed.document)
        return parsed


def _check_file(path: Path) -> bytes:
    """Refuse a missing file or one over the size limit before reading it (returns b"")."""
    try:
        if not path.is_file():
            raise InputError("not a regular file", str(path))
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", str(path)) from exc
    if size > MAX_SHEET_BYTES:
        raise InputError(f"file exceeds the limit of {MAX_SHEET_BYTES} bytes", str(path))
    return b""


class _HashingReader(io.RawIOBase):
    """Bytes of a file as read, hashed and counted (refused past ``MAX_SHEET_BYTES``)."""

    def __init__(self, raw: BinaryIO, where: str) -> None:
        self._raw, self._where = raw, where
        self._hash = hashlib.sha256()
        self._count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._raw.read(len(buffer))
        self._count += len(data)
        if self._count > MAX_SHEET_BYTES:
            raise InputError(f"file exceeds the limit of {MAX_SHEET_BYTES} bytes", self._where)
        self._hash.update(data)
        buffer[: len(data)] = data
        return len(data)

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


def _read_capped(path: Path) -> bytes:
    try:
        if not path.is_file():
            raise InputError("not a regular file", str(path))
        with path.open("rb") as handle:
            data = handle.read(MAX_SHEET_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", str(path)) from exc
    if len(data) > MAX_SHEET_BYTES:
        raise InputError(f"file exceeds the limit of {MAX_SHEET_BYTES} bytes", str(path))
    return data


def _csv_rows(path: Path, walked: Callable[[str], None]) -> Iterator[Sequence[object]]:
    """CSV rows of UTF-8 text, decoded as they are read from the file; a byte that is not
    UTF-8 is named by its row and column (decoded with surrogate escapes so the parser
    can still count them). ``walked`` gets the file's digest when every row was read."""
    where = str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", where) from exc
    with handle:
        first = handle.readline(65536)
        if first.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise InputError("the file is UTF-16; save it as 'CSV UTF-8'", f"{where}: row 1")
        handle.seek(0)
        line = first.decode("utf-8", errors="replace")
        delimiter = max(",;\t", key=line.count)
        hashing = _HashingReader(handle, where)
        text = io.TextIOWrapper(
            io.BufferedReader(hashing), encoding="utf-8-sig", errors="surrogateescape", newline=""
        )
        reader = csv.reader(text, delimiter=delimiter)
        number = 0
        try:
            for number, row in enumerate(reader, start=1):
                _check_csv_cells(row, number, where)
                yield row
        except csv.Error as exc:
            raise InputError(str(exc), f"{where}: row {number + 1}") from exc
        walked(hashing.hexdigest())


def _check_csv_cells(row: list[str], number: int, where: str) -> None:
    for index, cell in enumerate(row):
        if "\x00" in cell:
            raise InputError(
                "contains NUL characters; not a text file",
                f"{where}: row {number}, column {column_letter(index)}",
            )
        if _BAD_BYTE.search(cell):
            raise InputError(
                "not UTF-8 text; save the sheet as 'CSV UTF-8'",
                f"{where}: row {number}, column {column_letter(index)}",
            )


def _csv_text(cell: str, where: Callable[[], str]) -> str:
    """A CSV cell: ``'=…`` (as our exports write formula-like text) is text; ``=…`` is a
    formula saved as text by a tool and is refused."""
    if cell.startswith("'") and cell[1:].startswith(_FORMULA_STARTS):
        return cell[1:]
    if cell.startswith("="):
        raise InputError(f"formula {cell[:40]!r} refused; paste the values instead", where())
    return cell


def _blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _text(cell: object) -> str:
    """A cell as text: integral numbers without '.0', dates as YYYY-MM-DD."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "yes" if cell else "no"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    isoformat = getattr(cell, "isoformat", None)
    if isoformat is not None and hasattr(cell, "year"):
        return str(isoformat())[:10]
    return str(cell)


# -- row → document ------------------------------------------------------------------


def to_document(form: FormDef, columns: list[Column], row: SheetRow, base_dir: Path) -> ParsedRow:
    doc = new_document(form)
    parsed = ParsedRow(row, doc, {}, [])
    groups: dict[str, list[Column]] = {}
    for column in columns:
        value = row.cells.get(column.key)
        if value is None or column.kind == "meta":
            continue
        if column.kind == "field":
            assert column.field is not None
            _set(parsed, column, doc.data, column.field.path, value, base_dir, top_level=True)
        else:
            assert column.group is not None
            groups.setdefault(column.group.path, []).append(column)
    for group_path, cols in groups.items():
        _fill_group(form, parsed, group_path, cols, base_dir)
    return parsed


def _fill_group(
    form: FormDef, parsed: ParsedRow, group_path: str, cols: list[Column], base_dir: Path
) -> None:
    pieces = {c.key: split_escaped(_text(parsed.row.cells[c.key]), ITEM_SEPARATOR) for c in cols}
    count = max(len(p) for p in pieces.values())
    items = [new_group_item(form, group_path) for _ in range(count)]
    for column in cols:
        values = pieces[column.key]
        if len(values) != count:
            parsed.problems.append(
                CellProblem(
                    column.key,
                    N_("{count} value(s) separated by |, but the group has {items} item(s)."),
                    {"count": len(values), "items": count},
                )
            )
            continue
        for item, piece in zip(items, values, strict=True):
            if not piece.strip():
                continue
            if column.goods is not None:
                _set_goods(parsed, column, item, piece)
            else:
                assert column.field is not None
                _set(parsed, column, item, column.field.key, piece, base_dir, top_level=False)
    set_path(parsed.document.data, group_path, items)


def _set_goods(parsed: ParsedRow, column: Column, item: dict[str, Any], piece: str) -> None:
    assert column.goods is not None
    number, colon, terms = piece.partition(":")
    number = number.strip()
    if not colon or not (number.isascii() and number.isdigit()):
        parsed.problems.append(
            CellProblem(
                column.key,
                N_("Write each class as 'class: term; term', e.g. '9: software'; got {text}."),
                {"text": piece.strip()[:40]},
            )
        )
        return
    item[column.goods.class_key] = int(number)
    item[column.goods.terms_key] = [
        unescape(t).strip() for t in split_escaped(terms, LIST_SEPARATOR) if t.strip()
    ]


def _set(
    parsed: ParsedRow,
    column: Column,
    target: dict[str, Any],
    path: str,
    raw: object,
    base_dir: Path,
    top_level: bool,
) -> None:
    """Convert one cell (or piece) and set it at ``path`` inside ``target``."""
    assert column.field is not None
    try:
        value = convert(column.field, raw, base_dir, parsed.blobs, top_level)
    except CellValueError as exc:
        parsed.problems.append(CellProblem(column.key, exc.message, exc.params))
        return
    if "." in path:
        set_path(target, path, value)
    else:
        target[path] = value


def convert(
    f: FieldDef, raw: object, base_dir: Path, blobs: dict[str, bytes], top_level: bool
) -> Any:
    """The document value of one cell (a piece of a group cell when not top-level)."""
    if f.type == "boolean":
        return _boolean(raw)
    if f.type == "integer":
        return _integer(raw)
    if f.type == "money":
        return _money(raw)
    text = _text(raw)
    if not top_level and f.type != "text_list":
        text = unescape(text)
    if f.type == "text_list":
        return [unescape(t).strip() for t in split_escaped(text, LIST_SEPARATOR) if t.strip()]
    if f.type == "attachment":
        return _attachment(text.strip(), base_dir, blobs)
    if f.type == "multiline":
        return text.strip("\n ")
    if f.type == "country":
        return text.strip().upper()
    return text.strip()


def _boolean(raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    text = _text(raw).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellValueError(N_("Write yes or no (got {text})."), text=text[:20])


def _integer(raw: object) -> int:
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    text = _text(raw).strip()
    if text.isascii() and text.lstrip("-").isdigit():
        return int(text)
    raise CellValueError(N_("Not a whole number (got {text})."), text=text[:20])


def _money(raw: object) -> str:
    """An amount cell: a number, or text with a point as the decimal sign ("4394.00")."""
    from decimal import Decimal, InvalidOperation

    from filingassist.money import canonical, parse_amount

    try:
        if isinstance(raw, (int, float)) and not isinstance(raw, bool):
            return canonical(Decimal(str(raw)))
        return canonical(parse_amount(_text(raw)))
    except (ValueError, InvalidOperation):
        text = _text(raw).strip()
        raise CellValueError(N_("Not an amount (got {text})."), text=text[:20]) from None


def _attachment(text: str, base_dir: Path, blobs: dict[str, bytes]) -> dict[str, Any]:
    rel = Path(text)
    if rel.is_absolute() or ".." in rel.parts:
        raise CellValueError(N_("Give the file's path relative to the sheet's folder."))
    path = base_dir / rel
    try:
        inside = path.resolve().is_relative_to(base_dir.resolve())
        if not inside or not path.is_file():
            raise CellValueError(N_("No file {name} in the sheet's folder."), name=text)
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise CellValueError(
                N_("The file {name} is larger than {limit} bytes."),
                name=text,
                limit=MAX_ATTACHMENT_BYTES,
            )
        data = path.read_bytes()
    except OSError as exc:
        raise CellValueError(N_("Cannot read the file {name}."), name=text) from exc
    digest = hashlib.sha256(data).hexdigest()
    blobs[digest] = data
    media = mimetypes.guess_type(rel.name)[0] or "application/octet-stream"
    return {"sha256": digest, "name": rel.name, "media_type": media, "size": len(data)}


def row_key(form: FormDef, row: SheetRow, doc: ApplicationDocument) -> str:
    """The stable key of a row: the agent's row id when given, else the row's content."""
    if row.row_id:
        basis = "\0".join((form.id, "id", row.client_ref, row.row_id))
    else:
        basis = "\0".join((form.id, "doc", row.client_ref, doc.canonical_json()))
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()


def column_for_path(form: FormDef, columns: list[Column], path: str) -> str:
    """The column key a finding's path (``applicants[0].email``) points at ('' if none)."""
    plain = ".".join(p for p in path.replace("]", "").replace("[", ".").split(".") if p)
    parts = [p for p in plain.split(".") if not p.isdigit()]
    keys = {c.key for c in columns}
    while parts:
        candidate = ".".join(parts)
        if candidate in keys:
            return candidate
        parts.pop()
    return ""


# -- document → row (the template's example row) ----------------------------------------


def to_row(
    columns: list[Column], doc: ApplicationDocument, client_ref: str, row_id: str
) -> list[Any]:
    """Cells of ``doc`` under ``columns``: the inverse of ``to_document``."""
    cells: list[Any] = []
    for column in columns:
        if column.key == CLIENT_REF:
            cells.append(client_ref)
        elif column.key == ROW_ID:
            cells.append(row_id)
        elif column.goods is not None:
            cells.append(_goods_text(column, doc))
        elif column.group is not None:
            assert column.field is not None
            items = get_path(doc.data, column.group.path, []) or []
            texts = [_cell_text(column.field, get_path(i, column.field.key), True) for i in items]
            cells.append(f" {ITEM_SEPARATOR} ".join(texts) if any(texts) else "")
        else:
            assert column.field is not None
            cells.append(_cell_text(column.field, doc.get(column.field.path), False))
    return cells


def _goods_text(column: Column, doc: ApplicationDocument) -> str:
    assert column.goods is not None and column.group is not None
    parts = []
    for item in get_path(doc.data, column.group.path, []) or []:
        terms = "; ".join(escape(t) for t in item.get(column.goods.terms_key) or [])
        parts.append(f"{item.get(column.goods.class_key)}: {terms}")
    return f" {ITEM_SEPARATOR} ".join(parts)


def _cell_text(f: FieldDef, value: Any, in_group: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return "; ".join(escape(str(v)) for v in value)
    if isinstance(value, dict):
        return str(value.get("name", ""))
    return escape(str(value)) if in_group else str(value)
