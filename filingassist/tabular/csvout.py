"""CSV export that is safe to open in a spreadsheet app (no formula injection).

A cell that starts with ``=``, ``+``, ``-``, ``@``, tab or CR is run as a formula by
Excel, LibreOffice and Google Sheets (OWASP "CSV injection"); a leading ``'`` makes it
text. The file is UTF-8 with a BOM because Excel otherwise reads it in the local code
page and Arabic or Chinese terms come out as mojibake.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from filingassist.fsutil import write_atomic

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(value: object) -> str:
    """The text of one cell, with a leading ``'`` if an app would run it as a formula."""
    if value is None:
        text = ""
    elif isinstance(value, bool):
        text = "true" if value else "false"
    else:
        text = str(value)
    if text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text


def write_csv(rows: Iterable[Sequence[object]], path: Path) -> int:
    """Write ``rows`` (the header first, if any) to ``path`` atomically.

    RFC 4180: comma-separated, CRLF line ends, fields quoted only when they contain a
    comma, quote, CR or LF. Returns the number of rows written.
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    count = 0
    for row in rows:
        writer.writerow([escape_cell(cell) for cell in row])
        count += 1
    write_atomic(path, buffer.getvalue().encode("utf-8-sig"))
    return count
