"""``filingassist update check URL``: what is newer on an update server, only when asked.

Nothing checks for updates by itself; a filer (or the About dialog) asks when a link is
there. A newer data pack is installed with ``filingassist refdata update URL``.
"""

from __future__ import annotations

import argparse
from typing import Any

from filingassist.cli.context import CliContext


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "update", help="check an update server for newer data or program"
    )
    sub = parser.add_subparsers(dest="update_command", metavar="ACTION", required=True)
    chk = sub.add_parser("check", help="compare this installation with an update index")
    chk.add_argument("url", metavar="URL", help="the update index (docs/updates.md)")
    chk.add_argument("--json", action="store_true", help="print as JSON")
    chk.set_defaults(func=cmd_check)


def cmd_check(args: argparse.Namespace, ctx: CliContext) -> int:
    from filingassist import updates

    info = updates.check(args.url)
    if ctx.json_output:
        ctx.emit_json(
            {
                "program": {"version": info.program_version, "url": info.program_url},
                "refdata": {
                    "url": info.refdata_url,
                    "newer": {
                        n: {"in_use": a, "offered": b} for n, (a, b) in info.newer_datasets.items()
                    },
                },
            }
        )
        return 0
    if not info.anything:
        ctx.out("up to date: no newer program or reference data")
    if info.program_version:
        ctx.out(
            f"program {info.program_version} is available: {info.program_url or '(no address)'}"
        )
    for name, (now, new) in info.newer_datasets.items():
        ctx.out(f"{name}: {now} -> {new}")
    if info.newer_datasets and info.refdata_url:
        ctx.out(f"install with: filingassist refdata update {info.refdata_url}")
    return 0
