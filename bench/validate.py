"""Rules benchmark: validate 10,000 generated applications of mixed kinds, one core.

    python bench/validate.py [--count 10000] [--seed 1] [--xsd 200]
                             [--nice ../shared/refdata/nice/alphabetical_list.csv]

Prints a table of applications per second for the rules (goal, issue [rules]: at least
2,000/s on one core), per kind and overall; with --nice, term checks run against an
installed Nice term list; --xsd N also exports N applications to ST.96 and validates them
against the official schemas (reported separately: the schema check is not per keystroke).
Applications are mutations of the shipped examples (classes, terms, designations,
priority dates, claims, abstracts), a share of them deliberately broken.
"""

from __future__ import annotations

import argparse
import copy
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from filingassist import paths  # noqa: E402
from filingassist.model.document import ApplicationDocument  # noqa: E402
from filingassist.model.jsonio import read_file  # noqa: E402

TERMS = [
    "coffee",
    "tea",
    "smartwatches",
    "computer software, recorded",
    "advertising",
    "shirts",
    "bicycles",
    "watches",
    "cofee",
    "software thing",
    "jewellery",
    "beer",
]
PARTIES = ["CN", "US", "NO", "SG", "EM", "JP", "KR", "AU", "GB", "CH", "TW", "BR", "IN", "MX"]


def mutate(doc: ApplicationDocument, rnd: random.Random) -> ApplicationDocument:
    out = doc.copy()
    d = out.data
    if out.kind in ("trademark", "madrid"):
        numbers = rnd.sample(range(1, 46), rnd.randint(1, 6))
        d["classes"] = [
            {"class_number": n, "terms": rnd.sample(TERMS, rnd.randint(1, 4))} for n in numbers
        ]
        if d.get("priorities"):
            d["priorities"][0]["date"] = f"2026-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
    if out.kind == "madrid":
        d["designations"] = [{"country": c} for c in rnd.sample(PARTIES, rnd.randint(0, 6))]
        d["mark"]["colour_reproduction"] = rnd.random() < 0.3
    if out.kind == "patent":
        d["claims"] = [{"number": i + 1, "text": "A claim."} for i in range(rnd.randint(0, 25))]
        d["body"]["abstract"] = " ".join(["word"] * rnd.randint(20, 180))
        d["priorities"][0]["date"] = f"2025-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        d["body"]["ipc"] = rnd.sample(["F25D 7/00", "F24F 5/00", "bad", "A61K 31/00"], 2)
    return out


def generate(count: int, seed: int) -> list[ApplicationDocument]:
    rnd = random.Random(seed)
    bases = [
        read_file(paths.examples_dir() / f"{k}.json").document
        for k in ("trademark", "madrid", "patent")
    ]
    return [mutate(bases[i % 3], rnd) for i in range(count)]


def bench_rules(docs: list[ApplicationDocument]) -> list[tuple[str, int, float, int]]:
    from filingassist.rules import validate_document

    validate_document(docs[0])  # load forms, rules, reference data once
    rows = []
    for kind in ("trademark", "madrid", "patent"):
        subset = [d for d in docs if d.kind == kind]
        t0 = time.perf_counter()
        found = sum(len(validate_document(d)) for d in subset)
        rows.append((kind, len(subset), time.perf_counter() - t0, found))
    return rows


def bench_xsd(docs: list[ApplicationDocument], n: int) -> tuple[float, float, int, int]:
    from lxml import etree

    from filingassist.formdefs import form_for_kind
    from filingassist.rules import validate_document
    from filingassist.xmlio import export_xml
    from filingassist.xmlio.validate import schema, validate

    t0 = time.perf_counter()
    for kind in ("trademark", "madrid", "patent"):
        schema(form_for_kind(kind).xsd)
    compile_s = time.perf_counter() - t0
    sample = [copy.deepcopy(d) for d in docs[:n]]
    for d in sample:
        d.data.setdefault("payment", {}).setdefault("declared_total", 100)
    clean = [not any(f.severity.value == "error" for f in validate_document(d)) for d in sample]
    invalid = 0
    t0 = time.perf_counter()
    for d, ok in zip(sample, clean, strict=True):
        root = etree.fromstring(export_xml(d).xml)
        invalid += bool(validate(root, form_for_kind(d.kind).xsd)) and ok
    return compile_s, time.perf_counter() - t0, len(sample), invalid


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--count", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--nice", type=Path, help="Nice term list CSV to install for term checks")
    ap.add_argument("--xsd", type=int, default=0, help="also export and schema-check this many")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as home:
        os.environ["FILINGASSIST_HOME"] = home
        if args.nice:
            from filingassist.refdata.nice_terms import import_terms

            import_terms(args.nice)
        docs = generate(args.count, args.seed)
        rows = bench_rules(docs)
        terms = "with Nice term list" if args.nice else "no term list installed"
        print(f"rules: {args.count} applications, one core, {terms}")
        print(f"{'kind':<10} {'apps':>6} {'seconds':>8} {'apps/s':>8} {'findings/app':>13}")
        for kind, n, secs, found in rows:
            print(f"{kind:<10} {n:>6} {secs:>8.3f} {n / secs:>8.0f} {found / n:>13.2f}")
        total_n, total_s = sum(r[1] for r in rows), sum(r[2] for r in rows)
        print(
            f"{'all':<10} {total_n:>6} {total_s:>8.3f} {total_n / total_s:>8.0f}"
            f"   goal >= 2000/s: {'met' if total_n / total_s >= 2000 else 'NOT met'}"
        )
        if args.xsd:
            compile_s, secs, n, invalid = bench_xsd(docs, args.xsd)
            print(
                f"\nschema check (separate): compile 3 schemas {compile_s:.1f} s once; "
                f"export+validate {n} apps in {secs:.2f} s = {n / secs:.0f}/s; "
                f"schema-invalid among those without rule errors: {invalid}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
