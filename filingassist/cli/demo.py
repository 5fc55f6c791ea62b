"""``filingassist demo``: the main job end to end, headless, printing each step.

It runs in a throw-away data folder (unless --home is given) so it never touches the
user's drafts: load the examples → validate → (pack and sign → queue → sync to a local
reference office on 127.0.0.1 → verify the receipts), as far as this installation can.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

from filingassist import paths
from filingassist.app import Workspace
from filingassist.cli.context import CliContext

EXAMPLES = ("trademark", "madrid", "patent")


def register(sub: Any) -> None:
    p = sub.add_parser("demo", help="run the whole job on the bundled examples")
    p.add_argument("--home", type=Path, help="data folder to use (default: a temporary one)")
    p.set_defaults(func=cmd_demo)


def cmd_demo(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.home:
        return _run(Workspace.open(args.home), ctx)
    with tempfile.TemporaryDirectory(prefix="filingassist-demo-") as tmp:
        ws = Workspace.open(Path(tmp))
        try:
            return _run(ws, ctx)
        finally:
            ws.close()


def _run(ws: Workspace, ctx: CliContext) -> int:
    step = _Steps(ctx)
    step("data folder", str(ws.home))
    draft_ids = []
    for kind in EXAMPLES:
        info = ws.import_file(paths.examples_dir() / f"{kind}.json")
        draft_ids.append(info.id)
        step(f"load {kind} example", f"draft {info.id}: {info.title}")
    failed = False
    for draft_id in draft_ids:
        findings = ws.validate(ws.load(draft_id))
        errors = [f for f in findings if f.severity.value == "error"]
        failed = failed or bool(errors)
        step(f"validate {draft_id}", f"{len(errors)} error(s), {len(findings) - len(errors)} other")
        for f in findings:
            ctx.out(f"      {f.severity.value} {f.code} {f.path}: {f.text()}")
    return 1 if failed else 0


class _Steps:
    def __init__(self, ctx: CliContext) -> None:
        self.ctx = ctx
        self.n = 0

    def __call__(self, what: str, detail: str) -> None:
        self.n += 1
        self.ctx.out(f"[{self.n}] {what}: {detail}")
