"""``filingassist pack (ID|FILE)... | --all-valid [--out DIR] [--key NAME|FILE.p12]``.

The key is unlocked once; with several targets it signs them all as one batch, and the
key leaves memory when the command ends. Validation runs first: an application with
errors is refused (exit 1) with its findings listed; ``--all-valid`` signs every draft
not yet signed that has no errors and skips the others. Fee totals per client reference
(of bulk-imported drafts) and currency are printed and, with ``--totals``, exported.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from filingassist.cli.context import CliContext
from filingassist.cli.packages import add_passphrase_options, passphrase_from
from filingassist.errors import UsageError, ValidationFailed
from filingassist.model.findings import Finding


def register(sub: Any) -> None:
    p = sub.add_parser("pack", help="validate and sign filing packages; print each package id")
    p.add_argument("targets", nargs="*", metavar="ID|FILE")
    p.add_argument("--all-valid", action="store_true", help="every unsigned draft without errors")
    p.add_argument("--totals", type=Path, metavar="TOTALS.csv", help="export fee totals per client")
    p.add_argument("--quiet", action="store_true", help="no progress output")
    p.add_argument("--out", type=Path, help="package file (one target) or folder (several)")
    p.add_argument("--key", help="key name in the profile or a .p12 file (default: the only key)")
    add_passphrase_options(p)
    p.add_argument(
        "--again",
        action="store_true",
        help="sign even though this revision is already queued or filed (files it twice)",
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
    if _single(args) and not args.out.is_dir():
        return Path(args.out)
    return Path(args.out) / f"{Path(target).stem}.zip"


def _single(args: argparse.Namespace) -> bool:
    return len(args.targets) == 1 and not args.all_valid


def cmd_pack(args: argparse.Namespace, ctx: CliContext) -> int:
    from filingassist.cli.progress import Progress

    ws = ctx.workspace
    if bool(args.targets) == bool(args.all_valid):
        raise UsageError("give the drafts or files to pack, or --all-valid")
    if not _single(args) and args.out is not None:
        if args.out.exists() and not args.out.is_dir():
            raise UsageError(f"{args.out}: with several targets, --out must be a folder")
        args.out.mkdir(parents=True, exist_ok=True)
    targets = list(args.targets) or [d.id for d in ws.drafts() if d.status == "draft"]
    signer = ws.unlock_key(_key_name(ctx, args.key), passphrase_from(args))
    progress = Progress(enabled=not (args.quiet or ctx.json_output))
    results: list[dict[str, Any]] = []
    try:
        for done, result in enumerate(_pack_all(ctx, args, targets, signer), start=1):
            results.append(result)
            progress("sign", done, len(targets))
    finally:
        progress.close()
    failed = not args.all_valid and any("refused" in r for r in results)
    totals = fee_totals(ctx, results)
    if args.totals is not None:
        from filingassist.tabular import write_csv

        write_csv(_totals_rows(totals), args.totals)
    if ctx.json_output:
        ctx.emit_json({"packages": results, "totals": totals} if args.all_valid else results)
    else:
        _print_all(ctx, args, results, totals)
    return 1 if failed else 0


def _is_file(target: str) -> bool:
    path = Path(target)
    return path.suffix.lower() == ".json" or path.exists()


def _pack_all(
    ctx: CliContext, args: argparse.Namespace, targets: list[str], signer: Any
) -> Iterator[dict[str, Any]]:
    """Drafts go through Workspace.pack_many (a batch); files are packed one by one."""
    if any(_is_file(t) for t in targets) or (_single(args) and args.out is not None):
        for target in targets:
            try:
                yield _result(target, _pack_one(ctx, args, target, signer), _out_path(args, target))
            except ValidationFailed as exc:
                yield _refusal(target, exc)
        return
    out_dir = Path(args.out) if args.out is not None else None
    packed = ctx.workspace.pack_many(targets, signer, out_dir, again=args.again, workers=None)
    for target, info in zip(targets, packed, strict=True):
        if isinstance(info, ValidationFailed):
            yield _refusal(target, info)
        else:
            yield _result(target, info, _out_path(args, target))


def _pack_one(ctx: CliContext, args: argparse.Namespace, target: str, signer: Any) -> Any:
    ws = ctx.workspace
    out = _out_path(args, target)
    if _is_file(target):
        if out is None:
            raise UsageError("packing a file needs --out")
        from filingassist.model.jsonio import read_file

        imported = read_file(Path(target))  # note: attachments given by path come along
        return ws.pack(imported.document, signer, out, blobs=imported.blobs)
    return ws.pack(target, signer, out=out, again=args.again)


def _result(target: str, info: Any, out: Path | None) -> dict[str, Any]:
    quote = info.manifest.get("fee_quote") or {}
    return {
        "target": target,
        "package_id": info.package_id,
        "path": str(out or info.path),
        "warnings": [f.to_json() for f in info.warnings],
        "fee_total": quote.get("total"),
        "currency": quote.get("currency"),
        "fee_incomplete": bool(quote.get("incomplete")),
    }


def fee_totals(ctx: CliContext, results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Fee totals per client reference and currency over the packages just signed
    (``batch.fee_totals``, as the bulk wizard shows them)."""
    from filingassist.batch import fee_totals as totals_of

    signed = [r for r in results if "package_id" in r]
    refs = ctx.workspace.client_refs([r["target"] for r in signed]) if signed else {}
    quotes = (
        (
            refs.get(r["target"], ""),
            {"total": r["fee_total"], "currency": r["currency"], "incomplete": r["fee_incomplete"]},
        )
        for r in signed
    )
    return [t.as_json() for t in totals_of(quotes)]


def _totals_rows(totals: list[dict[str, Any]]) -> list[list[object]]:
    header = ["client_ref", "currency", "total", "packages", "incomplete"]
    return [header, *([t[h] for h in header] for t in totals)]


def _print_all(
    ctx: CliContext,
    args: argparse.Namespace,
    results: list[dict[str, Any]],
    totals: list[dict[str, Any]],
) -> None:
    if not args.all_valid:
        for r in results:
            _print(ctx, r)
    else:
        skipped = [r for r in results if "refused" in r]
        ctx.out(
            f"signed {len(results) - len(skipped)} package(s); skipped {len(skipped)} "
            "draft(s) with errors (see 'filingassist validate ID')"
        )
        for r in skipped[:20]:
            ctx.out(f"  skipped {r['target']}: {r['refused']}")
    if len(results) > 1 or args.all_valid:
        for t in totals:
            note = f" ({t['incomplete']} incomplete quote(s))" if t["incomplete"] else ""
            ctx.out(
                f"fees {t['client_ref'] or '-'}\t{t['currency']}\t{t['total']}"
                f"\t{t['packages']} package(s){note}"
            )


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
