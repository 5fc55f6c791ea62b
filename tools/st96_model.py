"""Derive resources/st96/schema-model-V6_0.json from the official WIPO ST.96 V6_0 schemas.

The exporter and importer need each element's child order, repeatable and required
children, attributes and text type (``filingassist.xmlio.schema``). The schema files are
not installed with the program, so this tool reads them once, keeps the elements our forms
name in their xpaths, and writes that compact model as our own derived data. Run it after
editing a form's xpaths or when a new ST.96 version arrives::

    python tools/st96_model.py [--st96 DIR] [--out FILE] [--check]

``DIR`` defaults to ``$FILINGASSIST_SHARED/standards/st96/V6_0`` (or ../shared beside the
checkout). ``--check`` writes nothing and exits 1 when FILE differs from what the schemas
and forms give (the test suite runs the same comparison).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from filingassist import paths
from filingassist.formdefs import FormDef, all_forms
from filingassist.xmlio import schema
from filingassist.xmlio.profile import in_xml, profile_of
from filingassist.xmlio.xsdread import read_xsd

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / schema.MODEL_FILE
GENERATOR = "tools/st96_model.py"
SOURCE = {
    "standard": "WIPO Standard ST.96 (XML resources for industrial property), Annex III",
    "version": "V6_0",
    "date": "2022-10-03",
    "package": "ST96XMLSchema_V6_0_Flattened.zip",
}
#: fields of the header that may differ between two runs on the same inputs
VOLATILE = ("generated",)


def form_xpaths(form: FormDef) -> Iterator[str]:
    """Every xpath the export or import of ``form`` walks (fields, groups, the profile)."""
    prof = profile_of(form)
    yield prof.document
    yield prof.record
    yield from (f.xpath for f in form.fields if in_xml(f.xpath))
    yield from (g.xpath for g in form.groups if in_xml(g.xpath))
    yield from (c.xpath for c in prof.constants)
    yield from (x for copies in prof.copies.values() for x in copies)
    yield from (e.xpath for table in prof.encode.values() for e in table.values())
    yield from (x for _, table in prof.variants.values() for x in table.values())
    yield from prof.media_type.values()


def element_names(model: schema.SchemaModel, xpaths: list[str]) -> set[str]:
    """Clark names of the elements the xpaths name (attribute and ``..`` steps excluded)."""
    names = set()
    for xpath in xpaths:
        for part in xpath.strip("/").split("/"):
            if part and part != ".." and not part.startswith("@"):
                names.add(model.clark(part.removeprefix("+")))
    missing = sorted(n for n in names if n not in model.elements)
    if missing:
        raise SystemExit(f"elements not declared in the schema: {', '.join(missing)}")
    return names


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def derive(st96: Path, today: dt.date | None = None) -> dict[str, Any]:
    """The model file's content for every schema a form uses, from the schemas in ``st96``."""
    by_xsd: dict[str, list[str]] = {}
    for form in all_forms():
        by_xsd.setdefault(form.xsd, []).extend(form_xpaths(form))
    schemas, files = {}, {}
    for xsd in sorted(by_xsd):
        model, read = read_xsd(st96 / xsd)
        schemas[xsd] = schema.encode(model, element_names(model, by_xsd[xsd]))
        for path in read:
            files[path.relative_to(st96.resolve()).as_posix()] = _sha256(path)
    return {
        "format": schema.MODEL_FORMAT,
        "format_version": 1,
        "source": {**SOURCE, "files": dict(sorted(files.items()))},
        "generator": GENERATOR,
        "generated": (today or dt.date.today()).isoformat(),
        "note": (
            "Derived data, not the schemas: child order, repeatable and required children, "
            "attributes and text type of the elements the forms' xpaths name. Regenerate "
            "with python tools/st96_model.py."
        ),
        "schemas": schemas,
    }


def stable(obj: dict[str, Any]) -> dict[str, Any]:
    """``obj`` without the fields that change from run to run (for comparisons)."""
    return {k: v for k, v in obj.items() if k not in VOLATILE}


def dumps(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n", 1)[0])
    parser.add_argument("--st96", type=Path, default=paths.st96_dir())
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="compare only, write nothing")
    args = parser.parse_args(argv)
    if not args.st96.is_dir():
        print(f"{args.st96}: no ST.96 V6_0 schema folder (pass --st96)", file=sys.stderr)
        return 2
    fresh = derive(args.st96)
    if args.check:
        current = json.loads(args.out.read_text(encoding="utf-8")) if args.out.exists() else {}
        if stable(current) != stable(fresh):
            print(f"{args.out} is out of date: run python {GENERATOR}", file=sys.stderr)
            return 1
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dumps(fresh), encoding="utf-8")
    count = sum(len(s["elements"]) for s in fresh["schemas"].values())
    print(f"{args.out}: {count} elements of {len(fresh['schemas'])} schemas")
    return 0


if __name__ == "__main__":
    sys.exit(main())
