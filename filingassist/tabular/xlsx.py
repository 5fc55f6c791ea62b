"""XLSX rows for ``read_terms``: the ZIP is checked as hostile before openpyxl opens it.

openpyxl trusts the archive: it inflates whatever the central directory points to and
parses XML with the standard library. So the bytes are first read once (at most
``MAX_FILE_SIZE``, no re-open race), checked by ``SafeZipReader`` (member count, sizes,
compression ratio, overlapping entries, symlinks) and every XML member is inflated
with a cap and refused if it declares a DOCTYPE (entity expansion).

Formula cells are refused, not read as their cached value: with ``data_only=True`` a
formula is indistinguishable from typed text, and files written by scripts carry no
cached value at all, so the term the agent sees in the app may not be what we import.
That is why the workbook is opened with ``data_only=False``.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from filingassist.errors import InputError
from filingassist.packaging.container import Limits, SafeZipReader
from filingassist.tabular.terms import MAX_FILE_SIZE, FormulaCell
from filingassist.xmlguard import find_dtd

XLSX_LIMITS = Limits(
    max_members=500,
    max_member_size=50 * 1024 * 1024,
    max_total_size=100 * 1024 * 1024,
    max_archive_size=MAX_FILE_SIZE,
    max_ratio=100.0,
)
_MAX_COLUMNS = 50


def xlsx_rows(path: Path) -> Iterator[Sequence[object]]:
    """Cell values of the workbook's active sheet, row by row (formulas as FormulaCell)."""
    data = path.read_bytes()
    if len(data) > MAX_FILE_SIZE:
        raise InputError(f"file exceeds the limit of {MAX_FILE_SIZE} bytes", where=str(path))
    return xlsx_rows_of(data, str(path))


def xlsx_rows_of(
    data: bytes,
    where: str,
    max_columns: int = _MAX_COLUMNS,
    limits: Limits = XLSX_LIMITS,
    sheet_name: str = "",
) -> Iterator[Sequence[object]]:
    """Rows of a workbook already read into memory (checked here before it is opened):
    the sheet called ``sheet_name`` when there is one, else the active sheet.

    The archive is checked at once, so a hostile file is refused by the call itself,
    before the caller starts iterating.
    """
    check_archive(data, where, limits)
    return _sheet_rows(data, where, max_columns, sheet_name)


def _sheet_rows(
    data: bytes, where: str, max_columns: int, sheet_name: str = ""
) -> Iterator[Sequence[object]]:
    workbook = _open(data, where)
    try:
        named = sheet_name and sheet_name in workbook.sheetnames
        sheet = workbook[sheet_name] if named else workbook.active
        if sheet is None or not hasattr(sheet, "iter_rows"):
            raise InputError("the workbook has no worksheet", where=where)
        rows = sheet.iter_rows(max_col=max_columns)
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except Exception as exc:  # noqa: BLE001  # hostile input: any parser error
                raise InputError(f"unreadable worksheet ({exc})", where=where) from exc
            yield [_value(cell) for cell in row]
    finally:
        workbook.close()


def check_archive(data: bytes, where: str, limits: Limits = XLSX_LIMITS) -> None:
    """Refuse a non-ZIP, a zip bomb, external links or XML with a DOCTYPE before openpyxl
    sees it. External links make the spreadsheet app fetch or read another workbook; the
    values we would import are then not the ones the agent typed."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputError("not an XLSX workbook (not a ZIP archive)", where=where)
    try:
        with SafeZipReader(data, limits) as archive:
            for name in archive.names:
                if name.lower().startswith("xl/externallinks/"):
                    raise InputError("links to other workbooks are refused", where=name)
                if name.lower().endswith((".xml", ".rels", ".vml")):
                    content = archive.read(name)
                    if find_dtd(content) is not None:
                        raise InputError("XML with a DOCTYPE is refused", where=name)
    except InputError as exc:
        raise InputError(f"refused as hostile: {exc}", where=where) from exc


def _open(data: bytes, where: str) -> Any:
    import openpyxl  # note: imported here so CSV users do not pay its start-up time

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # note: style warnings are noise for a term list
            return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as exc:  # noqa: BLE001  # hostile input: openpyxl raises many types
        raise InputError(f"not a readable XLSX workbook ({exc})", where=where) from exc


def _value(cell: object) -> object:
    value = getattr(cell, "value", None)
    if getattr(cell, "data_type", None) == "f":
        return FormulaCell(str(value))
    return value
