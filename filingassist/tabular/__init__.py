"""Spreadsheet input and output: goods-and-services term lists in, list exports out.

Agents keep bulk term lists and dockets in spreadsheets. ``read_terms`` reads a
``class,term`` list from CSV or XLSX, treating the file as hostile; ``write_csv`` writes
rows that a spreadsheet app opens as text, never as formulas. Qt-free core code.
"""

from __future__ import annotations

from filingassist.tabular.csvout import escape_cell, write_csv
from filingassist.tabular.merge import merge_terms
from filingassist.tabular.terms import MAX_FILE_SIZE, MAX_ROWS, TermRow, read_terms

__all__ = [
    "MAX_FILE_SIZE",
    "MAX_ROWS",
    "TermRow",
    "escape_cell",
    "merge_terms",
    "read_terms",
    "write_csv",
]
