"""``filingassist counter handover``: end an office counter session from the command line.

The same as the desktop's "Finish and hand over" (and what counter mode does at start):
every signed package of the counter's drafts is queued to the office, then the drafts,
their attachments and the session's temporary files are erased with no trace left.
"""

from __future__ import annotations

import argparse
from typing import Any

from filingassist.cli.context import CliContext


def register(sub: Any) -> None:
    p = sub.add_parser("counter", help="office counter mode (see also: filingassist --counter)")
    commands = p.add_subparsers(dest="counter_command", metavar="COMMAND", required=True)
    h = commands.add_parser(
        "handover",
        help="queue the session's signed package, then wipe the filer's draft, attachments "
        "and temporary files from the counter's data folder",
    )
    h.add_argument("--office", help="office code (default: the counter configuration's)")
    h.add_argument("--json", action="store_true")
    h.set_defaults(func=cmd_handover)


def cmd_handover(args: argparse.Namespace, ctx: CliContext) -> int:
    from filingassist import counter
    from filingassist.app import Workspace

    config = counter.load_config()
    ws = Workspace.open(counter.home())
    try:
        done = counter.handover(ws, args.office or config.office)
    finally:
        ws.close()
    if ctx.json_output:
        ctx.emit_json(
            {
                "queued": list(done.queued),
                "wiped": list(done.wiped),
                "temp_files": done.temp_files,
                "attachments": done.attachments,
            }
        )
        return 0
    for package_id in done.queued:
        ctx.out(f"queued {package_id}")
    ctx.out(f"wiped {len(done.wiped)} draft(s) and {done.temp_files} temporary file(s)")
    return 0
