"""``filingassist pack ID|FILE --out PKG.zip [--key NAME|FILE.p12]``: sign a filing package.

The key is unlocked once; with several targets it signs them all as one batch, and the
key leaves memory when the command ends. Validation runs first: an application with
errors is refused (exit 1) with its findings listed.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from filingassist.cli.context import CliContext
from filingassist.cli.packages import read_passphrase
from filingassist.errors import UsageError, ValidationFailed
from filingassist.model.findings import Finding
from filingassist.model.jsonio import read_file


def register(sub: Any) -> None:
    p = sub.add_parser("pack", help="validate and sign filing packages; print each package id")
    p.add_argument("targets", nargs="+", metavar="ID|FILE")
    p.add_argument("--out", type=Path, help="package file (one target) or folder (several)")
    p.add_argument("--key", help="key name in the profile or a .p12 file (default: the only key)")
    p.add_argument(
        "--passphrase-env", metavar="VAR", help="read the key's passphrase from this variable"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_pack)


def _key_name(ctx: CliContext, key: str | None) -> str:
    if key:
        return key
    available = ctx.workspace.keys()
    names = [k.name for k in available]
    if len(names) != 1:
        raise UsageError(
            "name the key with --key (keys: " + (", ".join(names) or "none; see 'keys new'") + ")"
        )
    return names[0]


def _out_path(args: argparse.Namespace, target: str) -> Path | None:
    """Where to write a copy: --out itself, or TARGET.zip inside the --out folder."""
    if args.out is None:
        return None
    if len(args.targets) == 1 and not args.out.is_dir():
        return Path(args.out)
    return Path(args.out) / f"{Path(target).stem}.zip"


def cmd_pack(args: argparse.Namespace, ctx: CliContext) -> int:
    ws = ctx.workspace
    if len(args.targets) > 1 and args.out is not None and not args.out.is_dir():
        raise UsageError(f"{args.out}: with several targets, --out must be an existing folder")
    signer = ws.unlock_key(_key_name(ctx, args.key), read_passphrase(args.passphrase_env))
    results, failed = [], False
    for target in args.targets:
        try:
            results.append(_pack_one(ctx, args, target, signer))
        except ValidationFailed as exc:
            failed = True
            results.append(_refusal(target, exc))
    if ctx.json_output:
        ctx.emit_json(results)
    else:
        for r in results:
            _print(ctx, r)
    return 1 if failed else 0


def _pack_one(
    ctx: CliContext, args: argparse.Namespace, target: str, signer: Any
) -> dict[str, Any]:
    ws = ctx.workspace
    out = _out_path(args, target)
    path = Path(target)
    if path.suffix.lower() == ".json" or path.exists():
        if out is None:
            raise UsageError("packing a file needs --out")
        imported = read_file(path)  # the file's attachments travel with it, unstored
        info = ws.pack_document(imported.document, signer, out, blobs=imported.blobs)
    else:
        info = ws.pack(target, signer, out=out)
    return {
        "target": target,
        "package_id": info.package_id,
        "path": str(out or info.path),
        "warnings": [f.to_json() for f in info.warnings],
    }


def _refusal(target: str, exc: ValidationFailed) -> dict[str, Any]:
    findings = [f for f in exc.findings if isinstance(f, Finding)]
    return {"target": target, "refused": str(exc), "findings": [f.to_json() for f in findings]}


def _print(ctx: CliContext, r: dict[str, Any]) -> None:
    if "refused" in r:
        ctx.error(f"{r['target']}: {r['refused']}")
        for f in r["findings"]:
            ctx.out(f"  error {f['code']} {f['path']}: {f['message'].format(**f['params'])}")
        return
    ctx.out(r["package_id"])
    for f in r["warnings"]:
        ctx.out(f"  warning {f['code']} {f['path']}: {f['message'].format(**f['params'])}")
