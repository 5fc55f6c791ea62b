"""``filingassist refdata list|import|update|import-nice|rollback``: reference data on this machine.

Lets a filer see how fresh the fee tables and lists are, install a signed data pack from
a USB stick or download, load a Nice term list, and undo a pack, all offline.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from filingassist.cli.context import CliContext

# note: the refdata modules (sqlite-utils, cryptography) are imported by the commands
# that use them: '--help' and 'list' need none of them (issue 15)
if TYPE_CHECKING:
    from filingassist.refdata import pack

EXIT_OK = 0


class _DatasetNames:
    """argparse choices read from the refdata package only when the command is parsed."""

    def _names(self) -> tuple[str, ...]:
        from filingassist.refdata.model import DATASET_NAMES

        return DATASET_NAMES

    def __contains__(self, name: object) -> bool:
        return name in self._names()

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())


def register(subparsers: Any) -> None:
    """Add the ``refdata`` command family."""
    parser = subparsers.add_parser("refdata", help="reference data: list, import packs, roll back")
    sub = parser.add_subparsers(dest="refdata_command", metavar="ACTION")
    parser.set_defaults(func=lambda args, ctx: _usage(parser))

    lst = sub.add_parser(
        "list", help="data sets in use: versions, effective dates, age, review dates"
    )
    lst.add_argument("--json", action="store_true", help="print as JSON")
    lst.add_argument(
        "--unconfirmed", action="store_true", help="list every figure still to be confirmed"
    )
    lst.set_defaults(func=cmd_list)

    imp = sub.add_parser("import", help="verify and install a signed reference-data pack")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--force", action="store_true", help="install even if not newer")
    imp.add_argument("--json", action="store_true", help="print as JSON")
    imp.set_defaults(func=cmd_import)

    upd = sub.add_parser(
        "update", help="download a signed pack (resumable), verify it, then install it"
    )
    upd.add_argument("url", metavar="URL")
    upd.add_argument("--force", action="store_true", help="install even if not newer")
    upd.add_argument("--json", action="store_true", help="print as JSON")
    upd.set_defaults(func=cmd_update)

    nice = sub.add_parser("import-nice", help="load a Nice term list CSV")
    nice.add_argument("file", type=Path, metavar="FILE.csv")
    nice.add_argument("--edition", default="NCL (12)", help='edition label, e.g. "NCL (12-2025)"')
    nice.add_argument("--json", action="store_true", help="print as JSON")
    nice.set_defaults(func=cmd_import_nice)

    back = sub.add_parser("rollback", help="go back to the previous version of a data set")
    back.add_argument("dataset", choices=_DatasetNames(), metavar="DATASET")
    back.add_argument("--json", action="store_true", help="print as JSON")
    back.set_defaults(func=cmd_rollback)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def _valid_as_of(path: Path) -> str:
    try:
        return str(json.loads(path.read_bytes()).get("valid_as_of", "?"))
    except (OSError, ValueError, AttributeError):
        return "?"


def _dataset_report(name: str, today: dt.date) -> dict[str, Any]:
    from filingassist import refdata
    from filingassist.refdata import loader, status, store

    info = refdata.dataset_info(name, today)
    shipped = loader.load_shipped(name).info
    return {
        **status.table_status(name, today).as_dict(),
        "dataset": name,
        "version": info.version,
        "valid_as_of": info.valid_as_of.isoformat(),
        "origin": info.origin,
        "edition": info.edition,
        "source": list(info.source),
        "shipped_version": shipped.version,
        "installed": [
            {"version": i.version, "valid_as_of": _valid_as_of(i.path), "active": i.active}
            for i in store.installed_versions(name)
        ],
    }


def _nice_report() -> dict[str, Any]:
    from filingassist.refdata import nice_terms

    if not nice_terms.installed():
        return {"installed": False}
    terms = nice_terms.TermList.open()
    try:
        return {"installed": True, **terms.meta}
    finally:
        terms.close()


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    from filingassist.refdata.model import DATASET_NAMES

    today = dt.date.today()
    datasets = [_dataset_report(name, today) for name in DATASET_NAMES]
    nice = _nice_report()
    if ctx.json_output:
        ctx.emit_json({"today": today.isoformat(), "datasets": datasets, "nice_terms": nice})
        return EXIT_OK
    for d in datasets:
        _print_dataset(d, ctx, args.unconfirmed)
    stale = [d["dataset"] for d in datasets if d["stale"]]
    if stale:
        ctx.out(
            f"WARNING: past the review date: {', '.join(stale)}; refresh before relying on them"
        )
    if nice["installed"]:
        when = nice["imported_at"]
        ctx.out(f"nice term list    {nice['edition']}, {nice['count']} terms, imported {when}")
    else:
        ctx.out("nice term list    not installed (filingassist refdata import-nice FILE.csv)")
    return EXIT_OK


def _print_dataset(d: dict[str, Any], ctx: CliContext, unconfirmed: bool) -> None:
    from filingassist.refdata import status

    age = status.age_text(d["age_days"])
    state = "STALE, past review date" if d["stale"] else "review by"
    ctx.out(
        f"{d['dataset']:<17} {d['version']:<9} valid as of {d['valid_as_of']}  ({d['origin']})"
        f"  in effect from {d['effective_from']}, {age} old, {state} {d['review_date']}"
    )
    for i in d["installed"]:
        mark = "*" if i["active"] else " "
        ctx.out(f"  {mark} installed {i['version']:<9} valid as of {i['valid_as_of']}")
    for u in d["upcoming"]:
        ctx.out(f"  next: {u['version']} takes effect on {u['effective_from']}")
    open_items = d["to_be_confirmed"]
    if open_items and unconfirmed:
        for item in open_items:
            ctx.out(f"  to be confirmed: {item}")
    elif open_items:
        ctx.out(f"  {len(open_items)} figures to be confirmed (--unconfirmed lists them)")


def cmd_import(args: argparse.Namespace, ctx: CliContext) -> int:
    from filingassist.refdata import pack

    return _report_import(pack.import_pack(args.file, force=args.force), ctx)


def cmd_update(args: argparse.Namespace, ctx: CliContext) -> int:
    from filingassist import updates

    def progress(done: int, total: int) -> None:
        if not ctx.json_output:
            print(f"downloaded {done:,} of {total:,} bytes", file=sys.stderr)

    return _report_import(
        updates.update_refdata(args.url, force=args.force, on_progress=progress), ctx
    )


def _report_import(result: pack.VerifiedPack, ctx: CliContext) -> int:
    rows = [
        {"dataset": e.name, "version": e.version, "previous": e.previous} for e in result.entries
    ]
    if ctx.json_output:
        ctx.emit_json({"publisher": result.publisher, "created": result.created, "installed": rows})
        return EXIT_OK
    ctx.out(f"verified pack from publisher {result.publisher} ({result.created})")
    for r in rows:
        ctx.out(f"  {r['dataset']}: {r['previous']} -> {r['version']}")
    return EXIT_OK


def cmd_import_nice(args: argparse.Namespace, ctx: CliContext) -> int:
    from filingassist.refdata import nice_terms

    count = nice_terms.import_terms(args.file, edition=args.edition)
    if ctx.json_output:
        ctx.emit_json({"imported": count, "edition": args.edition})
    else:
        ctx.out(f"imported {count} terms ({args.edition})")
    return EXIT_OK


def cmd_rollback(args: argparse.Namespace, ctx: CliContext) -> int:
    from filingassist import refdata
    from filingassist.refdata import loader, store

    now = store.rollback(args.dataset)
    loader.clear_cache()
    info = refdata.dataset_info(args.dataset)
    if ctx.json_output:
        ctx.emit_json({"dataset": args.dataset, "version": info.version, "origin": info.origin})
    else:
        ctx.out(f"{args.dataset}: now {info.version} ({'installed' if now else 'shipped'})")
    return EXIT_OK
