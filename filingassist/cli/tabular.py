"""Spreadsheet commands: ``terms import`` (CSV/XLSX term lists) and ``export-list`` (CSV).

``export-list`` is a command of its own rather than ``--csv`` on ``list``, ``receipts``
and ``outbox list`` so those commands stay as they are; it writes the same rows.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from filingassist.cli.context import CliContext

_DRAFT_COLUMNS = ("id", "kind", "status", "head", "updated_at", "title")
_OUTBOX_COLUMNS = (
    "package_id",
    "state",
    "office",
    "offset",
    "size",
    "attempts",
    "last_error",
    "refusal_reasons",
    "created_at",
    "updated_at",
)
_RECEIPT_COLUMNS = (
    "application_number",
    "filed_at",
    "office",
    "package_id",
    "kind",
    "responds_to_notice",
    "late",
    "received_at",
)


def register(sub: Any) -> None:
    terms_p = sub.add_parser("terms", help="goods-and-services term lists from spreadsheets")
    tsub = terms_p.add_subparsers(dest="terms_command", metavar="ACTION", required=True)
    p = tsub.add_parser("import", help="add a class,term list (CSV or XLSX) to a draft's classes")
    p.add_argument("id")
    p.add_argument("file", type=Path, metavar="FILE.csv|FILE.xlsx")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_terms_import)

    p = sub.add_parser(
        "export-list", help="write the drafts, outbox or receipts list as CSV (spreadsheet-safe)"
    )
    p.add_argument("what", choices=sorted(_EXPORTS))
    p.add_argument("--out", type=Path, required=True, metavar="OUT.csv")
    p.set_defaults(func=cmd_export_list)


def cmd_terms_import(args: argparse.Namespace, ctx: CliContext) -> int:
    before = ctx.workspace.draft(args.id).head
    rev = ctx.workspace.add_terms_from_file(args.id, args.file)
    if ctx.json_output:
        ctx.emit_json({**rev.to_json(), "changed": rev.number != before})
    elif rev.number == before:
        ctx.out(f"no new terms in {args.file.name}; the draft is unchanged")
    else:
        ctx.out(f"revision {rev.number}: {rev.note}")
    return 0


def cmd_export_list(args: argparse.Namespace, ctx: CliContext) -> int:
    from filingassist.tabular import write_csv

    count = write_csv(_EXPORTS[args.what](ctx), args.out)
    ctx.out(f"wrote {count - 1} {args.what} row(s) to {args.out}")
    return 0


def _drafts(ctx: CliContext) -> Iterator[Sequence[object]]:
    yield _DRAFT_COLUMNS
    for info in ctx.workspace.drafts():
        row = info.to_json()
        yield [row.get(c) for c in _DRAFT_COLUMNS]


def _outbox(ctx: CliContext) -> Iterator[Sequence[object]]:
    yield _OUTBOX_COLUMNS
    for item in ctx.workspace.outbox():
        row = {**item.as_json(), "refusal_reasons": "; ".join(item.refusal_reasons)}
        yield [row.get(c) for c in _OUTBOX_COLUMNS]


def _receipts(ctx: CliContext) -> Iterator[Sequence[object]]:
    yield _RECEIPT_COLUMNS
    for receipt in ctx.workspace.receipts():
        row = receipt.as_json()
        yield [row.get(c) for c in _RECEIPT_COLUMNS]


_EXPORTS: dict[str, Callable[[CliContext], Iterator[Sequence[object]]]] = {
    "drafts": _drafts,
    "outbox": _outbox,
    "receipts": _receipts,
}
