"""Bulk filing from spreadsheets: ``template`` and ``bulk import`` (docs/bulk-format.md)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from filingassist.cli.context import CliContext
from filingassist.errors import UsageError

KINDS = ("trademark", "madrid", "patent")
_SHEET_SUFFIXES = (".csv", ".xlsx")


def register(sub: Any) -> None:
    p = sub.add_parser("template", help="write a bulk sheet template (one row per application)")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("--out", type=Path, metavar="FILE.xlsx|FILE.csv")
    p.add_argument("--no-example", action="store_true", help="leave out the example row")
    p.add_argument("--columns", action="store_true", help="print the column table (Markdown)")
    p.add_argument("--lang", help="language of the column titles (default: your locale)")
    p.set_defaults(func=cmd_template)

    bulk_p = sub.add_parser("bulk", help="import applications from a bulk sheet")
    bsub = bulk_p.add_subparsers(dest="bulk_command", metavar="ACTION", required=True)
    p = bsub.add_parser("import", help="check every row, report, store the valid rows as drafts")
    p.add_argument("sheet", type=Path, metavar="SHEET.xlsx|SHEET.csv")
    p.add_argument("--kind", choices=KINDS, help="kind of application (default: from the header)")
    p.add_argument("--dry-run", action="store_true", help="check and report; store nothing")
    p.add_argument(
        "--only-valid",
        action="store_true",
        help="store the valid rows even when others have errors (default: all or nothing)",
    )
    p.add_argument("--report", type=Path, metavar="REPORT.csv|REPORT.xlsx")
    p.add_argument("--lang", help="language of the report (default: your locale)")
    p.add_argument("--quiet", action="store_true", help="no progress output")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_bulk_import)


def translator(lang: str | None) -> Any:
    from filingassist.i18n import catalogue, language_from_env, normalise_language

    return catalogue(normalise_language(lang) if lang else language_from_env())


def _check_suffix(path: Path, what: str) -> None:
    if path.suffix.lower() not in _SHEET_SUFFIXES:
        raise UsageError(f"{path}: {what} must be a .csv or .xlsx file")


def cmd_template(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.columns:
        from filingassist.formdefs import form_for_kind
        from filingassist.tabular.template import markdown_columns

        ctx.out(markdown_columns(form_for_kind(args.kind)))
        if args.out is None:
            return 0
    if args.out is None:
        raise UsageError("give --out FILE.xlsx|FILE.csv (or --columns to print the columns)")
    _check_suffix(args.out, "--out")
    count = ctx.workspace.write_template(
        args.kind, args.out, translator(args.lang), example=not args.no_example
    )
    if not args.columns:
        ctx.out(f"wrote a {args.kind} template with {count} columns to {args.out}")
    return 0


def cmd_bulk_import(args: argparse.Namespace, ctx: CliContext) -> int:
    from filingassist.batch import report_rows
    from filingassist.cli.progress import Progress

    _check_suffix(args.sheet, "the sheet")
    if args.report is not None:
        _check_suffix(args.report, "--report")
    tr = translator(args.lang)
    progress = Progress(enabled=not (args.quiet or ctx.json_output))
    try:
        result = ctx.workspace.bulk_import(
            args.sheet,
            args.kind,
            only_valid=args.only_valid,
            dry_run=args.dry_run,
            progress=progress,
            workers=None,
        )
    finally:
        progress.close()
    if args.report is not None:
        _write_report(report_rows(result, tr), args.report)
    if ctx.json_output:
        ctx.emit_json({**result.to_json(tr), "dry_run": args.dry_run})
    else:
        _print_summary(ctx, result, args, tr)
    return 1 if result.invalid else 0


def _write_report(rows: list[list[object]], out: Path) -> None:
    if out.suffix.lower() == ".xlsx":
        from filingassist.tabular.template import write_xlsx

        write_xlsx({"Report": rows}, out)
    else:
        from filingassist.tabular import write_csv

        write_csv(rows, out)


def _print_summary(ctx: CliContext, result: Any, args: argparse.Namespace, tr: Any) -> None:
    for entry in result.entries:
        if entry.severity == "error":
            place = f"row {entry.row}" + (f", column {entry.column}" if entry.column else "")
            field = f" ({entry.field})" if entry.field else ""
            ctx.out(f"{place}{field}: {entry.code}: {entry.text(tr)}")
    ctx.out(
        f"{result.rows} row(s): {result.valid} valid, {result.invalid} with errors, "
        f"{result.already} already imported, {result.repeated} repeated"
    )
    if args.dry_run:
        ctx.out("dry run: nothing stored")
    elif result.imported:
        ctx.out(f"imported {len(result.imported)} draft(s)")
    elif result.invalid and not args.only_valid:
        ctx.out("nothing stored: fix the rows with errors, or import with --only-valid")
    if args.report is not None:
        ctx.out(f"report: {args.report}")
