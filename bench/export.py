"""ST.96 export benchmark: time to export an MM2 as the number of goods terms grows.

    python bench/export.py [--sizes 1000,5000,10000,20000,40000] [--classes 45] [--repeat 3]

Prints a table: terms, classes, best export time of ``--repeat`` runs, time per 1,000
terms, and the goal beside it (issue 12: 40,000 terms in under 2 s; the time per term must
stay flat, i.e. the export is linear in size). The application is the shipped MM2 example
with its goods and services replaced by ``N`` distinct terms spread over the classes.
A second table exports ``N`` repeated elements (designated parties, one element each):
the case where the builder used to scan all siblings for every new element.
The schema check is not timed (it is not part of the export and needs ../shared).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from filingassist import paths  # noqa: E402
from filingassist.model.document import ApplicationDocument  # noqa: E402
from filingassist.model.jsonio import read_file  # noqa: E402

GOAL_TERMS = 40_000
GOAL_SECONDS = 2.0


def application(terms: int, classes: int) -> ApplicationDocument:
    doc = read_file(paths.examples_dir() / "madrid.json").document
    per_class: dict[int, list[str]] = {}
    for i in range(terms):
        per_class.setdefault(i % classes + 1, []).append(f"goods of kind {i}")
    doc.data["classes"] = [{"class_number": n, "terms": t} for n, t in sorted(per_class.items())]
    return doc


def many_elements(count: int) -> ApplicationDocument:
    doc = read_file(paths.examples_dir() / "madrid.json").document
    doc.data["designations"] = [
        {"country": f"{chr(65 + i // 26 % 26)}{chr(65 + i % 26)}"} for i in range(count)
    ]
    return doc


def best_time(doc: ApplicationDocument, repeat: int) -> tuple[float, int]:
    from filingassist.xmlio import export_xml

    best, size = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        out = export_xml(doc)
        best = min(best, time.perf_counter() - start)
        size = len(out.xml)
    return best, size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,5000,10000,20000,40000")
    parser.add_argument("--classes", type=int, default=45)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    best_time(application(10, 1), 1)  # load the form, profile and schema model once
    print(f"{'terms':>7} {'classes':>7} {'export s':>9} {'ms/1000 terms':>14} {'XML MB':>7}  goal")
    verdict = 0
    for n in sizes:
        seconds, size = best_time(application(n, args.classes), args.repeat)
        goal = ""
        if n == GOAL_TERMS:
            ok = seconds < GOAL_SECONDS
            goal = f"< {GOAL_SECONDS:.0f} s for {GOAL_TERMS:,} terms: {'met' if ok else 'NOT MET'}"
            verdict = 0 if ok else 1
        print(
            f"{n:>7} {min(n, args.classes):>7} {seconds:>9.3f} "
            f"{seconds / n * 1_000_000:>14.2f} {size / 1e6:>7.2f}  {goal}"
        )
    print(f"\n{'elements':>8} {'export s':>9} {'ms/1000 elements':>17}")
    for n in sizes:
        seconds, _ = best_time(many_elements(n), args.repeat)
        print(f"{n:>8} {seconds:>9.3f} {seconds / n * 1_000_000:>17.2f}")
    return verdict


if __name__ == "__main__":
    sys.exit(main())
