"""``filingassist respond OFFICE SEQ ID``: answer an office notice with a signed package.

The draft's current revision (typically corrected as the irregularity notice asks) is
validated, signed with ``responds_to`` naming the notice, and queued; ``sync`` sends it
and stores the office's response receipt. ``notices`` shows what became of it.
"""

from __future__ import annotations

import argparse
from typing import Any

from filingassist.cli.context import CliContext
from filingassist.cli.pack import _key_name, _print, _refusal
from filingassist.cli.packages import add_passphrase_options, passphrase_from
from filingassist.errors import ValidationFailed


def register(sub: Any) -> None:
    p = sub.add_parser(
        "respond", help="sign a draft as the response to an office notice and queue it"
    )
    p.add_argument("office", help="office code, as in 'notices'")
    p.add_argument("seq", type=int, help="the notice's number, as in 'notices'")
    p.add_argument("draft_id", metavar="ID", help="the draft to sign (the corrected application)")
    p.add_argument("--key", help="key name in the profile or a .p12 file (default: the only key)")
    add_passphrase_options(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_respond)


def cmd_respond(args: argparse.Namespace, ctx: CliContext) -> int:
    ws = ctx.workspace
    signer = ws.unlock_key(_key_name(ctx, args.key), passphrase_from(args))
    try:
        info = ws.respond_to_notice(args.office, args.seq, args.draft_id, signer)
    except ValidationFailed as exc:  # the findings, as 'pack' shows them; nothing queued
        refused = _refusal(args.draft_id, exc)
        if ctx.json_output:
            ctx.emit_json(refused)
        else:
            _print(ctx, refused)
        return 1
    target = info.manifest["responds_to"]
    if ctx.json_output:
        ctx.emit_json(
            {
                "package_id": info.package_id,
                "path": str(info.path),
                "responds_to": target,
                "warnings": [f.to_json() for f in info.warnings],
            }
        )
    else:
        ctx.out(
            f"response {info.package_id} to notice {target['notice']} on "
            f"{target['application_number']} signed and queued for {target['office']} "
            "(send it with: filingassist sync)"
        )
    return 0
