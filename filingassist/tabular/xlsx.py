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
    check_archive(data, str(path))
    workbook = _open(data, str(path))
    try:
        sheet = workbook.active
        if sheet is None or not hasattr(sheet, "iter_rows"):
            raise InputError("the workbook has no worksheet", where=str(path))
        rows = sheet.iter_rows(max_col=_MAX_COLUMNS)
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except Exception as exc:  # noqa: BLE001  # hostile input: any parser error
                raise InputError(f"unreadable worksheet ({exc})", where=str(path)) from exc
            yield [_value(cell) for cell in row]
    finally:
        workbook.close()


def check_archive(data: bytes, where: str) -> None:
    """Refuse a non-ZIP, a zip bomb or XML with a DOCTYPE before openpyxl sees it."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputError("not an XLSX workbook (not a ZIP archive)", where=where)
    try:
        with SafeZipReader(data, XLSX_LIMITS) as archive:
            for name in archive.names:
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
