"""Commands on drafts: new, import, export, list, show, history, restore, validate, delete."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from filingassist.cli.context import CliContext
from filingassist.errors import UsageError
from filingassist.model.document import KINDS, ApplicationDocument

#: ``list`` shows this many drafts unless told otherwise (100,000 drafts took minutes).
LIST_PAGE = 50


def register(sub: Any) -> None:
    p = sub.add_parser("new", help="create a draft and print its id")
    p.add_argument("kind", choices=KINDS)
    p.add_argument(
        "--from", dest="from_file", type=Path, help="application document (JSON) to start from"
    )
    p.add_argument(
        "--basic-mark",
        type=Path,
        metavar="RECORD.xml",
        help="madrid: prefill from the basic mark's ST.96 record",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("import", help="import application documents (JSON files or folders)")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE|DIR")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser(
        "export", help="export a draft as an application document (JSON) or ST.96 XML"
    )
    p.add_argument("targets", nargs="*", metavar="ID|FILE|DIR")
    p.add_argument("--all", action="store_true", help="every draft (with --xml FOLDER)")
    p.add_argument("--out", type=Path, help="write the application document (JSON) here")
    p.add_argument(
        "--xml",
        type=Path,
        metavar="OUT.xml|FOLDER",
        help="write ST.96 XML here; for many documents a folder, one subfolder each "
        "(the schema is compiled once per call; see cli/rules.py)",
    )
    p.add_argument("--revision", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("list", help=f"list drafts, newest first ({LIST_PAGE} at a time)")
    p.add_argument("--kind", choices=KINDS)
    p.add_argument("--search", help="full-text search over every field")
    p.add_argument("--limit", type=int, default=LIST_PAGE, help=f"how many (default {LIST_PAGE})")
    p.add_argument("--offset", type=int, default=0, help="skip this many (the next page)")
    p.add_argument("--all", action="store_true", help="every draft, however many")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", help="print a draft's document")
    p.add_argument("id")
    p.add_argument("--revision", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("history", help="list a draft's revisions")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_history)

    p = sub.add_parser("restore", help="make an old revision current again (as a new revision)")
    p.add_argument("id")
    p.add_argument("revision", type=int)
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser(
        "delete",
        help="delete drafts for good (revisions, attachments, packages not yet sent); "
        "exit 2 and delete nothing when an id is unknown",
    )
    p.add_argument("ids", nargs="+", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_delete)

    p = sub.add_parser("validate", help="check drafts or files; exit 1 when any has errors")
    p.add_argument("targets", nargs="*", metavar="ID|FILE|DIR")
    p.add_argument("--all", action="store_true", help="every draft")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_validate)


def cmd_new(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.basic_mark is not None:
        if args.kind != "madrid" or args.from_file is not None:
            raise UsageError("--basic-mark prefills a new madrid application (without --from)")
        info = ctx.workspace.new_from_basic_mark(args.basic_mark)
    else:
        info = ctx.workspace.new_draft(args.kind, args.from_file)
    if ctx.json_output:
        ctx.emit_json(info.to_json())
    else:
        ctx.out(info.id)
    return 0


def cmd_delete(args: argparse.Namespace, ctx: CliContext) -> int:
    result = ctx.workspace.delete_drafts(list(args.ids))
    if ctx.json_output:
        ctx.emit_json(result.to_json())
        return 0
    for draft_id in result.drafts:
        ctx.out(f"deleted {draft_id}")
    for package_id in result.packages_kept:
        ctx.out(f"kept package {package_id} (the office has it; see 'outbox list')")
    return 0


def expand_folders(paths: list[Path], pattern: str = "*.json") -> list[Path]:
    """Files as given; a folder stands for its ``pattern`` files (sorted, not recursive)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.glob(pattern) if p.is_file())
            if not found:
                raise UsageError(f"{path}: no {pattern} files in this folder")
            files += found
        else:
            files.append(path)
    return files


def cmd_import(args: argparse.Namespace, ctx: CliContext) -> int:
    files = expand_folders(list(args.files))
    infos = ctx.workspace.import_files(files)
    if ctx.json_output:
        ctx.emit_json([i.to_json() for i in infos])
    else:
        for path, info in zip(files, infos, strict=True):
            ctx.out(f"{info.id}\t{info.kind}\t{path}")
    return 0


def cmd_export(args: argparse.Namespace, ctx: CliContext) -> int:
    """One document to ``--out`` (JSON) or ``--xml`` (a file); many (ids, files, folders
    of *.json, ``--all``) to ``--xml FOLDER``, in one process so that the ST.96 schema is
    compiled once for all of them."""
    if bool(args.targets) == bool(args.all):
        raise UsageError("give drafts, files or folders to export, or --all")
    many = args.all or len(args.targets) > 1 or Path(args.targets[0]).is_dir()
    if args.xml is not None:
        from filingassist.cli.rules import cmd_export_xml, cmd_export_xml_many

        if not many:
            args.id = args.targets[0]
            return cmd_export_xml(args, ctx)
        targets = (
            [d.id for d in ctx.workspace.drafts()]
            if args.all
            else [str(p) for p in _targets(args.targets)]
        )
        return cmd_export_xml_many(targets, args.xml, ctx)
    if many:
        raise UsageError("many documents are exported as ST.96 XML: give --xml FOLDER")
    if args.out is None:
        raise UsageError("give --out FILE.json or --xml OUT.xml")
    ctx.workspace.export_json(args.targets[0], args.out, args.revision)
    ctx.out(str(args.out))
    return 0


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.limit < 1 or args.offset < 0:
        raise UsageError("--limit must be at least 1 and --offset at least 0")
    limit = None if args.all else args.limit + 1  # note: one more tells whether more exist
    infos = ctx.workspace.drafts(
        kind=args.kind, search=args.search, limit=limit, offset=0 if args.all else args.offset
    )
    more = limit is not None and len(infos) == limit
    infos = infos[: args.limit] if more else infos
    if ctx.json_output:
        ctx.emit_json([i.to_json() for i in infos])
    else:
        for i in infos:
            ctx.out(f"{i.id}\t{i.kind}\t{i.status}\trev {i.head}\t{i.updated_at[:19]}\t{i.title}")
    if more:
        print(
            f"filingassist: showing drafts {args.offset + 1}-{args.offset + len(infos)}; more "
            f"with --offset {args.offset + len(infos)}, or --all",
            file=sys.stderr,
        )
    return 0


def cmd_show(args: argparse.Namespace, ctx: CliContext) -> int:
    doc = ctx.workspace.load(args.id, args.revision)
    ctx.out(json.dumps(doc.to_json_obj(), indent=2, ensure_ascii=False))
    return 0


def cmd_history(args: argparse.Namespace, ctx: CliContext) -> int:
    revs = ctx.workspace.history(args.id)
    if ctx.json_output:
        ctx.emit_json([r.to_json() for r in revs])
        return 0
    for r in revs:
        ctx.out(f"{r.number}\t{r.saved_at[:19]}\t{r.sha256[:12]}\t{r.note}")
    return 0


def cmd_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    rev = ctx.workspace.restore(args.id, args.revision)
    ctx.out(f"restored revision {args.revision} as revision {rev.number}")
    return 0


def _targets(targets: list[str]) -> list[Path]:
    """Folders become their *.json files; ids and files stay as given."""
    out: list[Path] = []
    for target in targets:
        path = Path(target)
        out += expand_folders([path]) if path.is_dir() else [path]
    return out


def load_target(ctx: CliContext, target: str) -> tuple[str, ApplicationDocument]:
    """An existing file is read as a document; anything else is a draft id."""
    path = Path(target)
    if path.suffix.lower() == ".json" or path.exists():
        from filingassist.model.jsonio import read_file

        return target, read_file(path).document
    return target, ctx.workspace.load(target)


def _upgrade_hint(target: str, form: str, newer: int) -> str:
    how = (
        f"'filingassist upgrade {target}'"
        if not target.lower().endswith(".json")
        else "import it, then 'filingassist upgrade ID'"
    )
    return f"  note: checked with form {form}, an older version; {how} moves it to v{newer}"


def cmd_validate(args: argparse.Namespace, ctx: CliContext) -> int:
    if bool(args.targets) == bool(args.all):
        raise UsageError("give drafts, files or folders to check, or --all")
    targets = (
        [d.id for d in ctx.workspace.drafts()]
        if args.all
        else [str(p) for p in _targets(args.targets)]
    )
    results: list[dict[str, Any]] = []
    for target in targets:
        name, doc = load_target(ctx, target)
        findings = ctx.workspace.validate(doc)
        results.append(
            {
                "target": name,
                "kind": doc.kind,
                "errors": sum(f.severity.value == "error" for f in findings),
                "findings": [f.to_json() for f in findings],
                # checked against the form version it was made with; a newer one exists
                "form": f"{doc.form} v{doc.form_version}",
                "newer_form_version": ctx.workspace.newer_form_version(doc),
            }
        )
    if ctx.json_output:
        ctx.emit_json(results)
    else:
        for r in results:
            ctx.out(
                f"{r['target']}: {r['errors']} error(s), {len(r['findings']) - r['errors']} other"
            )
            for f in r["findings"]:
                basis = f" [{f['basis']}]" if f["basis"] else ""
                text = f["message"].format(**f["params"]) if f["params"] else f["message"]
                ctx.out(f"  {f['severity']:7} {f['code']:22} {f['path']}: {text}{basis}")
            if r["newer_form_version"] is not None:
                ctx.out(_upgrade_hint(r["target"], r["form"], r["newer_form_version"]))
    return 1 if any(r["errors"] for r in results) else 0
