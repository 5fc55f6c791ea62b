"""Bulk templates: the sheet an agent fills in, generated from the form definition.

Row 1 holds the column keys the importer reads (stable, English); rows 2 and 3 the
column titles and the cell syntax in the user's language, and row 4 an example
application; the importer skips rows 2-4 because their first cell starts with ``#``.
An XLSX template has a second sheet, "Columns", describing every column.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from filingassist.formdefs import FormDef
from filingassist.fsutil import write_atomic
from filingassist.model.document import ApplicationDocument
from filingassist.tabular.bulk import COMMENT, SHEET_NAME, to_row
from filingassist.tabular.columns import Column, columns_for
from filingassist.tabular.csvout import write_csv

Translate = Callable[[str], str]
EXAMPLE_CLIENT = COMMENT + "EXAMPLE"


def title(column: Column, tr: Translate) -> str:
    return " — ".join(tr(t) for t in column.title) + (" *" if column.required else "")


def syntax(column: Column, tr: Translate) -> str:
    params = dict(column.syntax_params)
    return " ".join(tr(s).format(**params) for s in column.syntax)


def template_rows(
    form: FormDef, tr: Translate, example: ApplicationDocument | None
) -> list[list[Any]]:
    """Header, titles, syntax and example rows of ``form``'s sheet."""
    columns = columns_for(form)
    rows: list[list[Any]] = [
        [c.key for c in columns],
        [title(c, tr) for c in columns],
        [syntax(c, tr) for c in columns],
    ]
    rows[1][0] = f"{COMMENT} {rows[1][0]}"
    rows[2][0] = f"{COMMENT} {rows[2][0]}"
    if example is not None:
        rows.append(to_row(columns, example, EXAMPLE_CLIENT, "1"))
    return rows


def column_rows(form: FormDef, tr: Translate) -> list[list[Any]]:
    """One row per column: key, title, required, syntax, help (the "Columns" sheet)."""
    out: list[list[Any]] = [["column", "title", "required", "syntax", "help"]]
    for c in columns_for(form):
        help_text = c.field.help if c.field is not None else ""
        out.append([c.key, title(c, tr), "yes" if c.required else "", syntax(c, tr), tr(help_text)])
    return out


def write_template(
    form: FormDef, out: Path, tr: Translate, example: ApplicationDocument | None
) -> int:
    """Write the template as CSV or XLSX (by ``out``'s suffix); returns its column count."""
    rows = template_rows(form, tr, example)
    if out.suffix.lower() == ".xlsx":
        write_xlsx({SHEET_NAME: rows, "Columns": column_rows(form, tr)}, out)
    else:
        write_csv(rows, out)
    return len(rows[0])


def write_xlsx(sheets: dict[str, Sequence[Sequence[Any]]], out: Path) -> None:
    """A workbook whose every cell is a value (text never becomes a formula), atomically."""
    import openpyxl  # note: loaded only when a workbook is written
    from openpyxl.cell import WriteOnlyCell

    book = openpyxl.Workbook(write_only=True)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            cells = []
            for value in row:
                cell = WriteOnlyCell(sheet, value=None if value == "" else value)
                if isinstance(value, str) and value:
                    cell.data_type = "s"  # note: '=…' stays text, never a formula
                cells.append(cell)
            sheet.append(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomic(out, buffer.getvalue())


def markdown_columns(form: FormDef) -> str:
    """The column table of ``form`` for docs/bulk-format.md (English)."""
    lines = ["| column | title | required | syntax |", "| --- | --- | --- | --- |"]
    for c in columns_for(form):
        cells = [
            f"`{c.key}`",
            title(c, str).rstrip(" *"),
            "yes" if c.required else "",
            syntax(c, str),
        ]
        lines.append("| " + " | ".join(x.replace("|", "\\|") for x in cells) + " |")
    return "\n".join(lines)
