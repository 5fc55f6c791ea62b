"""``filingassist upgrade ID... | --all [--dry-run]``: drafts to the newest form version.

Each draft gets a report: what moved, what got a default, what could not be carried
over, and the errors the draft has under the newer form. Exit 0 when every draft named is
on the newest version (or would be, with --dry-run); 1 when a signed draft was left on its
older version; 2 for an unknown id or a usage error (nothing upgraded).
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from filingassist.cli.context import CliContext
from filingassist.errors import UsageError

if TYPE_CHECKING:
    from filingassist.app import DraftUpgrade, UpgradeChange

#: How each outcome reads in the text report.
OUTCOME_TEXT = {
    "upgraded": "upgraded (revision {revision})",
    "would_upgrade": "would be upgraded (dry run: nothing saved)",
    "current": "already on the newest version",
    "locked": (
        "NOT upgraded: revision {revision} is signed as package {package} ({state}); "
        "upgrading would make the draft differ from what was signed. Edit the draft "
        "(or file the package as it is), then upgrade"
    ),
}


def register(sub: Any) -> None:
    p = sub.add_parser(
        "upgrade",
        help="upgrade drafts to the newest version of their form (a new revision; "
        "the old one stays in the history); exit 1 when a signed draft is left as it is",
    )
    p.add_argument("ids", nargs="*", metavar="ID")
    p.add_argument("--all", action="store_true", help="every draft made with an older form")
    p.add_argument("--dry-run", action="store_true", help="report what would change, save nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_upgrade)


def cmd_upgrade(args: argparse.Namespace, ctx: CliContext) -> int:
    if bool(args.ids) == bool(args.all):
        raise UsageError("give the drafts to upgrade, or --all")
    reports = ctx.workspace.upgrade_drafts(None if args.all else args.ids, args.dry_run)
    if ctx.json_output:
        ctx.emit_json([r.to_json() for r in reports])
    elif not reports:
        ctx.out("no draft uses an older form version")
    else:
        for report in reports:
            _print_report(ctx, report)
    return 1 if any(r.outcome.value == "locked" for r in reports) else 0


def _print_report(ctx: CliContext, report: DraftUpgrade) -> None:
    outcome = OUTCOME_TEXT[report.outcome.value].format(
        revision=report.revision, package=report.package_id[:16], state=report.package_state
    )
    versions = f"v{report.from_version}"
    if report.to_version != report.from_version:
        versions += f" -> v{report.to_version}"
    title = f" {report.title}" if report.title else ""
    ctx.out(f"{report.draft_id}{title}: {report.form} {versions}, {outcome}")
    if report.outcome.value == "current":
        return
    last_note = ""
    for change in report.changes:
        ctx.out(f"  {_change_line(change)}")
        if change.note != last_note:
            ctx.out(f"      {change.note}")
            last_note = change.note
    for finding in report.errors:
        ctx.out(f"  error under v{report.to_version}: {finding.code} at {finding.path}")
    lost = len(report.not_carried)
    ctx.out(
        f"  {len(report.changes)} change(s), {lost} value(s) not carried over, "
        f"{len(report.errors)} error(s) under v{report.to_version}"
    )


def _change_line(change: UpgradeChange) -> str:
    kind = change.kind.value
    before, after = _show(change.before), _show(change.after)
    if kind == "moved":
        return f"moved       {change.source} -> {change.target}: {before}"
    if kind == "converted":
        return f"converted   {change.source} {before} -> {change.target} {after}"
    if kind == "defaulted":
        return f"defaulted   {change.target} = {after}"
    if kind == "added":
        return f"new field   {change.target} (empty)"
    if kind == "changed":
        return f"changed     {change.target} (kept: {before})"
    return f"NOT CARRIED {change.source} {before}"


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."
