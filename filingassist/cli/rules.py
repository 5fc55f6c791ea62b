"""Commands of the rules area: ``fees ID|FILE`` and ST.96 export (``export ID --xml``).

``export`` itself is registered by cli/drafts.py; with ``--xml`` it calls
``cmd_export_xml`` here. The XML is written with the attachment files it references
(by file name) and, for a patent, ``request.json`` beside it (docs/request-format.md).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from filingassist.cli.context import CliContext
from filingassist.cli.drafts import load_target
from filingassist.errors import UsageError
from filingassist.fsutil import write_atomic
from filingassist.model.document import ApplicationDocument

# note: refdata and the rules are imported by the commands that use them (issue 15)
if TYPE_CHECKING:
    from filingassist.refdata.fees import Quote, TableUse


def register(sub: Any) -> None:
    p = sub.add_parser("fees", help="itemised fee quote of a draft or file")
    p.add_argument("target", metavar="ID|FILE")
    p.add_argument(
        "--on",
        type=dt.date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="quote for this filing date (default: the draft's filing date, else today)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_fees)


def _filed_on(doc: ApplicationDocument, day: dt.date) -> ApplicationDocument:
    """The document with its filing date (the form's field with that role) set to ``day``."""
    from filingassist.formdefs import get_form
    from filingassist.model.document import set_path

    field = get_form(doc.form, doc.form_version).role_field("filing_date")
    if field is None:
        raise UsageError(f"a {doc.kind} application has no filing date to set with --on")
    doc = doc.copy()
    set_path(doc.data, field.path, day.isoformat())
    return doc


def cmd_fees(args: argparse.Namespace, ctx: CliContext) -> int:
    from filingassist.rules import feemap

    name, doc = load_target(ctx, args.target)
    if args.on is not None:
        doc = _filed_on(doc, args.on)
    quote = feemap.quote(doc)  # UsageError (exit 2) names what is missing
    today = dt.date.today()
    if ctx.json_output:
        ages = {t.name: (today - t.valid_as_of).days for t in quote.tables}
        ctx.emit_json({"target": name, "kind": doc.kind, **quote.as_dict(), "age_days": ages})
        return 0
    on = quote.on.isoformat() if quote.on else today.isoformat()
    ctx.out(
        f"{name}: {doc.kind} fees ({quote.currency}) for filing on {on}, fees valid as of "
        f"{quote.valid_as_of.isoformat()} (schedule {quote.schedule_version})"
    )
    for table in quote.tables:
        ctx.out(f"  table: {_table_line(table, today)}")
    _print_lines(quote, ctx)
    for table in quote.stale_tables:
        ctx.out(
            f"  WARNING: {table.name} {table.version} is past its review date "
            f"{table.review_date.isoformat()}: check the official fees before paying"
        )
    for item in quote.to_be_confirmed:
        ctx.out(f"  to be confirmed: {item}")
    for note in quote.notes:
        ctx.out(f"  note: {note}")
    return 0


def _table_line(table: TableUse, today: dt.date) -> str:
    from filingassist.refdata.status import age_text

    age = age_text(max(0, (today - table.valid_as_of).days))
    state = "STALE" if table.stale else "ok"
    return (
        f"{table.name} {table.version}, in effect from {table.effective_from.isoformat()}, "
        f"read {table.valid_as_of.isoformat()} ({age} old), review by "
        f"{table.review_date.isoformat()}: {state}"
    )


def _print_lines(quote: Quote, ctx: CliContext) -> None:
    width = max((len(ln.label) for ln in quote.lines), default=10)
    for ln in quote.lines:
        mark = " (to be confirmed)" if ln.to_be_confirmed else ""
        ctx.out(f"  {ln.label:<{width}}  {ln.amount:>10} {ln.currency}{mark}  {ln.basis}")
    partial = " (partial: see to be confirmed / notes)" if quote.incomplete else ""
    ctx.out(f"  {'Total':<{width}}  {quote.total:>10} {quote.currency}{partial}")


def with_fee_total(doc: ApplicationDocument) -> ApplicationDocument:
    """A copy with ``payment.declared_total`` set from the quote when the filer left it empty."""
    payment = doc.data.get("payment")
    if not isinstance(payment, dict) or payment.get("declared_total") is not None:
        return doc
    from filingassist.rules import feemap

    quote = feemap.quote_or_none(doc)
    if quote is None:
        return doc
    from filingassist.money import canonical

    out = doc.copy()
    out.data["payment"]["declared_total"] = canonical(quote.total)
    return out


def cmd_export_xml(args: argparse.Namespace, ctx: CliContext) -> int:
    """Exit 1 and write nothing when the XML is incomplete or invalid (no half-right file
    reaches an office); without the schema files the export is written with a note."""
    result = _export_xml_one(ctx, args.id, args.xml)
    if ctx.json_output:
        ctx.emit_json(result)
    else:
        _print_export(ctx, result, args.xml)
    return 1 if result["schema_errors"] or result["dropped"] else 0


def cmd_export_xml_many(targets: list[str], folder: Path, ctx: CliContext) -> int:
    """Each document to ``FOLDER/<name>/<name>.xml`` with its attachments (and a PCT
    request's request.json), as ``cmd_export_xml`` writes one; the schema is compiled
    once for the whole call (``xmlio.validate`` keeps it). Exit 1 when any is not
    written."""
    if folder.suffix.lower() == ".xml" or (folder.exists() and not folder.is_dir()):
        raise UsageError(f"{folder}: many documents are exported into a folder")
    results = []
    names: set[str] = set()
    for target in targets:
        name = _unique(_stem(target), names)
        out = folder / name / f"{name}.xml"
        result = _export_xml_one(ctx, target, out)
        results.append(result)
        if not ctx.json_output:
            _print_export(ctx, result, out)
    if ctx.json_output:
        ctx.emit_json(results)
    return 1 if any(r["schema_errors"] or r["dropped"] for r in results) else 0


def _stem(target: str) -> str:
    path = Path(target)
    stem = path.stem if path.suffix.lower() == ".json" or path.exists() else target
    return "".join(c if c.isalnum() or c in "._-" else "_" for c in stem).strip("._") or "doc"


def _unique(name: str, taken: set[str]) -> str:
    """``name``, or ``name-2``, ``name-3``… when two targets share a name."""
    candidate, n = name, 1
    while candidate.lower() in taken:
        n += 1
        candidate = f"{name}-{n}"
    taken.add(candidate.lower())
    return candidate


def _export_xml_one(ctx: CliContext, target: str, out: Path) -> dict[str, Any]:
    from filingassist.xmlio import export_xml, write_checked

    name, doc, blobs = _load_with_files(ctx, target)
    doc = with_fee_total(doc)
    exported = export_xml(doc)
    check = write_checked(exported, doc, out)
    problems = [str(e) for e in check.errors]
    written: list[str] = []
    if not problems and not exported.dropped:
        written.append(str(out))
        if exported.request is not None:
            req = out.parent / "request.json"
            write_atomic(req, exported.request_json())
            written.append(str(req))
        written += _write_attachments(doc, blobs, out.parent)
    return {
        "target": name,
        "written": written,
        "dropped": exported.dropped,
        "schema_errors": problems,
        "schema_check": check.status,
        "schema_note": check.unavailable,
    }


def _print_export(ctx: CliContext, result: dict[str, Any], out: Path) -> None:
    for path in result["written"]:
        ctx.out(path)
    for note in result["dropped"]:
        ctx.out(f"  not exported (incomplete): {note}")
    for problem in result["schema_errors"]:
        ctx.out(f"  schema: {problem}")
    if result["schema_note"]:
        ctx.out(f"  note: {result['schema_note']}")
    if not result["written"]:
        ctx.out(f"  {out} not written: the XML would not say what the application says")


def _load_with_files(
    ctx: CliContext, target: str
) -> tuple[str, ApplicationDocument, dict[str, bytes]]:
    """The document and its attachment bytes, from a file (embedded) or a draft (the store)."""
    path = Path(target)
    if path.suffix.lower() == ".json" or path.exists():
        from filingassist.model.jsonio import read_file

        imported = read_file(path)
        return target, imported.document, imported.blobs
    doc = ctx.workspace.load(target)
    return target, doc, ctx.workspace.attachment_blobs(doc)


def _write_attachments(
    doc: ApplicationDocument, blobs: dict[str, bytes], folder: Path
) -> list[str]:
    """Each referenced file beside the XML, under the name the XML uses."""
    written = []
    for ref in doc.attachments():
        data = blobs.get(ref["sha256"])
        if data is not None:
            target = folder / Path(str(ref["name"])).name
            write_atomic(target, data)
            written.append(str(target))
    return written
