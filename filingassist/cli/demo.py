"""``filingassist demo``: the main job end to end, headless, printing each step.

It works in a throw-away data folder (unless --home is given) so it never touches the
user's drafts or keys: load the examples → validate → create a signing key → pack and
sign → start a reference office on 127.0.0.1 → add it (pinning its certificate) → queue
→ sync → verify and print the office receipts.
"""

from __future__ import annotations

import argparse
import importlib.util
import secrets
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from filingassist import paths
from filingassist.cli.context import CliContext

if TYPE_CHECKING:
    from filingassist.app import Workspace

EXAMPLES = ("trademark", "madrid", "patent")
DEMO_PASSPHRASE = b"demo passphrase, not for real filings"


def register(sub: Any) -> None:
    p = sub.add_parser("demo", help="run the whole job on the bundled examples")
    p.add_argument("--home", type=Path, help="data folder to use (default: a temporary one)")
    p.set_defaults(func=cmd_demo)


def cmd_demo(args: argparse.Namespace, ctx: CliContext) -> int:
    with paths.temporary_home(args.home, prefix="filingassist-demo-") as home:
        from filingassist.app import Workspace

        ws = Workspace.open(home)
        try:
            return _run(ws, ctx)
        finally:
            ws.close()


def _run(ws: Workspace, ctx: CliContext) -> int:
    step = _Steps(ctx)
    step("data folder", str(ws.home))
    drafts = [_load(ws, step, kind) for kind in EXAMPLES]
    if not all(_validate(ws, step, d) for d in drafts):
        return 1
    key = ws.create_key("Demo Filer", DEMO_PASSPHRASE, email="filer@example.org")
    step(
        "create signing key",
        f"{key.subject} (EC P-256), fingerprint {key.fingerprint_sha256[:16]}…",
    )
    signer = ws.unlock_key(key.name, DEMO_PASSPHRASE)
    packages = []
    for draft_id in drafts:
        info = ws.pack(draft_id, signer)
        packages.append(info)
        step(
            f"pack and sign {draft_id}",
            f"package {info.package_id[:16]}… ({info.record.size:,} bytes)",
        )
        report = ws.verify_package(info.path)
        step(
            f"verify package {info.package_id[:16]}…",
            "sound" if report.ok else str(report.problems),
        )
    if importlib.util.find_spec("fastapi") is None:
        step("local office", "skipped: install filingassist[office] to run the reference office")
        return 0
    return _file_with_local_office(ws, step, packages)


def _load(ws: Workspace, step: _Steps, kind: str) -> str:
    info = ws.import_file(paths.examples_dir() / f"{kind}.json")
    step(f"load {kind} example", f"draft {info.id}: {info.title}")
    return info.id


def _validate(ws: Workspace, step: _Steps, draft_id: str) -> bool:
    findings = ws.validate(ws.load(draft_id))
    errors = [f for f in findings if f.severity.value == "error"]
    step(f"validate {draft_id}", f"{len(errors)} error(s), {len(findings) - len(errors)} other")
    for f in findings:
        step.detail(f"{f.severity.value} {f.code} {f.path}: {f.text()}")
    return not errors


def _file_with_local_office(ws: Workspace, step: _Steps, packages: list[Any]) -> int:
    from filingassist.office import store as office_store
    from filingassist.office.serve import start_in_thread

    # note: a real office's data and key never live in a filer's data folder: the demo
    # office runs from a temporary folder, its key under a one-off passphrase. It declares
    # that it receives the examples' kinds for the offices they name (and its own code).
    receives: dict[str, list[str]] = {}
    for info in packages:
        kind, code = ws.destination(info.package_id)
        receives.setdefault(kind, ["XX"]).append(code)
    with (
        tempfile.TemporaryDirectory(prefix="filingassist-demo-office-") as office_tmp,
        start_in_thread(
            Path(office_tmp), passphrase=secrets.token_bytes(24).hex().encode(), receives=receives
        ) as office,
    ):
        token = office_store.add_account(office_store.open_db(Path(office_tmp)), "demo-filer")
        doc, fp = ws.discover_office(office.url)
        step("start reference office", f"{doc.get('name')} ({doc.get('code')}) at {office.url}")
        ws.add_office(office.url, fp, token)
        step("add office", f"certificate fingerprint {fp[:16]}… confirmed and pinned")
        for info in packages:
            item = ws.queue(info.package_id)
            step(f"queue {info.package_id[:16]}…", item.state)
        result = ws.sync_once()
        step(
            "sync",
            f"{len(result.receipted)} filed, {len(result.deferred)} to retry, "
            f"{len(result.refused)} refused",
        )
    for r in ws.receipts():
        step(
            f"receipt {r.application_number}",
            f"filed {r.filed_at} at {r.office}, package {r.package_id[:16]}… "
            "(office signature verified)",
        )
    return 0 if len(result.receipted) == len(packages) else 1


class _Steps:
    def __init__(self, ctx: CliContext) -> None:
        self.ctx = ctx
        self.n = 0

    def __call__(self, what: str, detail: str) -> None:
        self.n += 1
        self.ctx.out(f"[{self.n}] {what}: {detail}")

    def detail(self, text: str) -> None:
        self.ctx.out(f"      {text}")
