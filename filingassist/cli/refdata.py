"""``filingassist refdata list|import|import-nice|rollback``: reference data on this machine.

Lets a filer see how fresh the fee tables and lists are, install a signed data pack from
a USB stick or download, load a Nice term list, and undo a pack, all offline.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from filingassist.cli.context import CliContext

# note: filingassist.refdata is imported inside each command: importing it for every
# CLI start (even --help) cost ~40 ms of the start-up budget

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

    lst = sub.add_parser("list", help="data sets in use, installed versions, valid-as-of dates")
    lst.add_argument("--json", action="store_true", help="print as JSON")
    lst.set_defaults(func=cmd_list)

    imp = sub.add_parser("import", help="verify and install a signed reference-data pack")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--force", action="store_true", help="install even if not newer")
    imp.add_argument("--json", action="store_true", help="print as JSON")
    imp.set_defaults(func=cmd_import)

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


def _dataset_report(name: str) -> dict[str, Any]:
    from filingassist import refdata
    from filingassist.refdata import loader, store

    info = refdata.dataset_info(name)
    shipped = loader.load_shipped(name).info
    return {
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
    datasets = [_dataset_report(name) for name in _DatasetNames()]
    nice = _nice_report()
    if ctx.json_output:
        ctx.emit_json({"datasets": datasets, "nice_terms": nice})
        return EXIT_OK
    for d in datasets:
        ctx.out(
            f"{d['dataset']:<17} {d['version']:<9} valid as of {d['valid_as_of']}  ({d['origin']})"
        )
        for i in d["installed"]:
            mark = "*" if i["active"] else " "
            ctx.out(f"  {mark} installed {i['version']:<9} valid as of {i['valid_as_of']}")
    if nice["installed"]:
        when = nice["imported_at"]
        ctx.out(f"nice term list    {nice['edition']}, {nice['count']} terms, imported {when}")
    else:
        ctx.out("nice term list    not installed (filingassist refdata import-nice FILE.csv)")
    return EXIT_OK


def cmd_import(args: argparse.Namespace, ctx: CliContext) -> int:
    from filingassist.refdata import pack

    result = pack.import_pack(args.file, force=args.force)
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
