"""Bulk import: a sheet of applications → checked rows, a per-row report, stored drafts.

Two walks over the same bytes (a CSV is streamed twice and the digests compared; a
workbook is read once): the first parses and validates every row with the full rules
engine and builds the report without writing anything; the second stores the chosen rows
in ONE transaction, so an interrupted import (even kill -9) leaves the store as before or
fully imported. The write lock is held only for the second walk, not while 10,000 rows
are validated.

Memory stays flat in the number of rows: a row's document and attachments are dropped
once it is checked; what is kept per row is its number, key and verdict, plus the
report entries of rows that have findings.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from filingassist import parallel
from filingassist.errors import InputError, UsageError
from filingassist.formdefs import FormDef, form_for_kind
from filingassist.formdefs.loader import KIND_FORMS
from filingassist.i18n import N_
from filingassist.model.findings import Finding, Severity
from filingassist.tabular.bulk import BulkSheet, ParsedRow, column_for_path
from filingassist.tabular.columns import columns_for

#: step name, rows done, rows in all (None while unknown)
Progress = Callable[[str, int, int | None], None]
Validate = Callable[[ParsedRow], list[Finding]]

CODE_CELL = "BULK-CELL"
CODE_ALREADY = "BULK-ALREADY-IMPORTED"
CODE_SAME_ROW = "BULK-DUPLICATE-ROW"
REPORT_HEADER = ("row", "column", "field", "code", "severity", "message", "client_ref", "row_id")


@dataclass(frozen=True)
class ReportEntry:
    """One line of the per-row report (the message is an English id + its parameters)."""

    row: int
    column: str
    field: str
    code: str
    severity: str
    message: str
    params: dict[str, Any]
    client_ref: str
    row_id: str

    def text(self, tr: Callable[[str], str]) -> str:
        try:
            return tr(self.message).format(**self.params)
        except (KeyError, IndexError, ValueError):
            return tr(self.message)

    def cells(self, tr: Callable[[str], str]) -> list[object]:
        return [
            self.row,
            self.column,
            self.field,
            self.code,
            self.severity,
            self.text(tr),
            self.client_ref,
            self.row_id,
        ]


@dataclass
class BulkResult:
    """What a bulk import found and did."""

    source: str
    kind: str
    rows: int = 0
    valid: int = 0
    invalid: int = 0
    already: int = 0
    repeated: int = 0
    imported: list[str] = field(default_factory=list)
    entries: list[ReportEntry] = field(default_factory=list)
    to_import: dict[int, str] = field(default_factory=dict)  # row number → row key

    def to_json(self, tr: Callable[[str], str] = str) -> dict[str, Any]:
        return {
            "source": self.source,
            "kind": self.kind,
            "rows": self.rows,
            "valid": self.valid,
            "invalid": self.invalid,
            "already_imported": self.already,
            "repeated_rows": self.repeated,
            "imported": list(self.imported),
            "report": [{**e.__dict__, "message": e.text(tr)} for e in self.entries],
        }


def detect_form(sheet_path: Path, kind: str | None) -> FormDef:
    """The form of the sheet: ``kind`` when given, else the one form whose columns hold
    the most headers of the sheet."""
    if kind:
        return form_for_kind(kind)
    forms = [form_for_kind(k) for k in KIND_FORMS]
    header = set(BulkSheet(sheet_path, forms[0]).peek_header())
    known = {f.kind: len(header & {c.key for c in columns_for(f)}) for f in forms}
    best = max(known.values())
    matching = [f for f in forms if known[f.kind] == best]
    if len(matching) != 1:  # note: a stray column is then named by the header check
        raise UsageError(
            f"{sheet_path}: cannot tell the kind of application from the header; "
            "give --kind trademark, madrid or patent"
        )
    return matching[0]


def check_sheet(
    sheet: BulkSheet,
    validate: Validate,
    imported: Callable[[str], str | None],
    progress: Progress | None = None,
    workers: int = 0,
) -> BulkResult:
    """First walk: parse and validate every row; nothing is written.

    Rows are read, parsed and sorted out (same row again, imported before) here, in
    order; the full rules engine runs in ``workers`` processes when there are any
    (``filingassist.parallel``; ``validate`` must then be picklable: a module-level
    function or a partial of one), and the report is built here in row order.
    """
    result = BulkResult(str(sheet.path), sheet.form.kind)
    first_row_of: dict[str, int] = {}

    def sorted_out() -> Iterator[tuple[ParsedRow, tuple[str, Any]]]:
        for row in sheet.rows():
            parsed = sheet.parse(row)
            verdict: tuple[str, Any] = ("check", None)
            if parsed.key in first_row_of:
                verdict = ("same", first_row_of[parsed.key])
            elif (draft := imported(parsed.key)) is not None:
                verdict = ("already", draft)
            first_row_of.setdefault(parsed.key, row.number)
            yield parsed, verdict

    checking = functools.partial(_findings_of, validate)
    rows = parallel.ordered_map(checking, sorted_out(), workers, chunk=32)
    for (parsed, (what, value)), findings in rows:
        result.rows += 1
        if what == "same":
            result.repeated += 1
            _add(
                result,
                sheet,
                parsed,
                "",
                CODE_SAME_ROW,
                Severity.INFO,
                N_("Same row as row {row}; it is imported once."),
                {"row": value},
            )
        elif what == "already":
            result.already += 1
            _add(
                result,
                sheet,
                parsed,
                "",
                CODE_ALREADY,
                Severity.INFO,
                N_("Already imported as draft {draft}."),
                {"draft": value},
            )
        else:
            _check_row(result, sheet, parsed, findings)
        if progress is not None:
            progress("check", result.rows, None)
    return result


def _findings_of(validate: Validate, item: tuple[ParsedRow, tuple[str, Any]]) -> list[Finding]:
    """The rules engine's findings of a row to check (none for the others, or for a row
    whose cells cannot be read: those are its findings)."""
    parsed, (what, _value) = item
    if what != "check" or parsed.problems:
        return []
    return validate(parsed)


def _check_row(
    result: BulkResult, sheet: BulkSheet, parsed: ParsedRow, findings: list[Finding]
) -> None:
    errors = 0
    for problem in parsed.problems:
        errors += 1
        _add(
            result,
            sheet,
            parsed,
            problem.column,
            CODE_CELL,
            Severity.ERROR,
            problem.message,
            problem.params,
        )
    for finding in findings:
        errors += finding.severity == Severity.ERROR
        key = column_for_path(sheet.form, sheet.columns, finding.path)
        _add(
            result,
            sheet,
            parsed,
            key,
            finding.code,
            finding.severity,
            finding.message,
            finding.params,
        )
    if errors:
        result.invalid += 1
    else:
        result.valid += 1
        result.to_import[parsed.row.number] = parsed.key


def _add(
    result: BulkResult,
    sheet: BulkSheet,
    parsed: ParsedRow,
    key: str,
    code: str,
    severity: Severity,
    message: str,
    params: dict[str, Any],
) -> None:
    result.entries.append(
        ReportEntry(
            parsed.row.number,
            sheet.column_of(key) if key else "",
            key,
            code,
            severity.value,
            message,
            dict(params),
            parsed.row.client_ref,
            parsed.row.row_id,
        )
    )


Store = Callable[[ParsedRow], str]


def store_rows(
    sheet: BulkSheet,
    result: BulkResult,
    store_one: Store,
    progress: Progress | None = None,
) -> None:
    """Second walk (inside the caller's transaction): store the rows checked as valid.

    The sheet's bytes are the ones checked; each row's key is compared again so a
    parser change between the walks could never store a row that was not checked.
    """
    total = len(result.to_import)
    done = 0
    for row in sheet.rows():
        key = result.to_import.get(row.number)
        if key is None:
            continue
        parsed = sheet.parse(row)
        if parsed.key != key:
            raise InputError("the row changed between check and import", sheet.where(row.number))
        result.imported.append(store_one(parsed))
        done += 1
        if progress is not None:
            progress("import", done, total)


def report_rows(result: BulkResult, tr: Callable[[str], str]) -> list[list[object]]:
    return [list(REPORT_HEADER), *(e.cells(tr) for e in result.entries)]


@dataclass(frozen=True)
class FeeTotal:
    """The fees of a batch's packages for one client reference (None: every client) in one
    currency; ``incomplete`` counts the packages whose quote lacks an amount (the total
    is then a lower bound)."""

    client_ref: str | None
    currency: str
    total: Decimal
    packages: int
    incomplete: int

    def as_json(self) -> dict[str, Any]:
        return {
            "client_ref": self.client_ref if self.client_ref is not None else "",
            "currency": self.currency,
            "total": str(self.total),
            "packages": self.packages,
            "incomplete": self.incomplete,
        }


def fee_totals(quotes: Iterable[tuple[str, Mapping[str, Any] | None]]) -> list[FeeTotal]:
    """Totals per (client reference, currency) of ``(client reference, the package
    manifest's fee_quote)`` pairs, sorted; packages without a quote are not counted.
    The one computation the CLI (``pack --all-valid``) and the bulk wizard show."""
    sums: dict[tuple[str, str], list[Any]] = {}
    for client_ref, quote in quotes:
        if not quote or quote.get("total") is None:
            continue
        entry = sums.setdefault((client_ref, str(quote.get("currency") or "")), [Decimal(0), 0, 0])
        entry[0] += Decimal(str(quote["total"]))
        entry[1] += 1
        entry[2] += int(bool(quote.get("incomplete")))
    return [FeeTotal(ref, cur, *v) for (ref, cur), v in sorted(sums.items())]


def currency_totals(totals: Iterable[FeeTotal]) -> list[FeeTotal]:
    """The same totals summed over the client references, one per currency."""
    sums: dict[str, list[Any]] = {}
    for t in totals:
        entry = sums.setdefault(t.currency, [Decimal(0), 0, 0])
        entry[0] += t.total
        entry[1] += t.packages
        entry[2] += t.incomplete
    return [FeeTotal(None, cur, *v) for cur, v in sorted(sums.items())]
