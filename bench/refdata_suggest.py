"""Reference data speed: Nice term lookup/search/suggest, data-set lookups, fee quotes (ms).

    python bench/refdata_suggest.py [PATH/TO/alphabetical_list.csv]

Imports the list into a throw-away data home, then times 500 misspelt queries made from
real terms (fixed seed) and prints a table. Goal: suggest in a few ms (used per keystroke).
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CSV = ROOT.parent / "shared" / "refdata" / "nice" / "alphabetical_list.csv"


def _typo(rng: random.Random, text: str) -> str:
    i = rng.randrange(len(text))
    return text[:i] + text[i + 1 :] if rng.random() < 0.5 else text[:i] + "x" + text[i:]


def _timed(fn, items):  # noqa: ANN001, ANN202 - bench helper
    out = []
    for item in items:
        t = time.perf_counter()
        fn(item)
        out.append((time.perf_counter() - t) * 1000)
    return out


def _row(name: str, ms: list[float]) -> str:
    q = statistics.quantiles(ms, n=100)
    median = statistics.median(ms)
    return f"| {name:<28} | {len(ms):>5} | {median:>7.3f} | {q[94]:>7.3f} | {max(ms):>7.3f} |"


def _bench_lookups_and_quotes() -> None:
    """Per-call cost of the data-set lookups and quotes the rules engine makes per keystroke."""
    import filingassist.refdata as refdata
    from filingassist.refdata.fees import madrid_quote, pct_quote

    codes = [m.code for m in refdata.madrid_members()] * 50
    print(_row("is_madrid_member", _timed(refdata.is_madrid_member, codes)))
    print(_row("charges_individual_fee", _timed(refdata.charges_individual_fee, codes)))
    args = [("GB", True, [3, 9, 18, 25, 35], ["DE", "FR", "CN", "US", "AU"])] * 500
    print(_row("madrid_quote (5 cl., 5 des.)", _timed(lambda a: madrid_quote(*a), args)))
    pct = [("IB", "EP", 45, "full_xml", True)] * 500
    print(_row("pct_quote", _timed(lambda a: pct_quote(*a), pct)))


def main(argv: list[str]) -> int:
    csv_path = Path(argv[0]) if argv else DEFAULT_CSV
    os.environ["FILINGASSIST_HOME"] = tempfile.mkdtemp(prefix="fa-bench-")
    from filingassist.refdata.nice_terms import TermList, import_terms

    t = time.perf_counter()
    count = import_terms(csv_path)
    t_import = time.perf_counter() - t
    t = time.perf_counter()
    terms = TermList.open()
    t_open = time.perf_counter() - t
    t = time.perf_counter()
    terms.suggest("warm up")
    t_index = time.perf_counter() - t
    rng = random.Random(7)
    sample = rng.sample(terms._terms, 500)
    queries = [_typo(rng, s.term) for s in sample]
    prefixes = [s.term[: rng.randint(2, 8)] for s in sample]
    for s in sample:  # build the per-class indexes outside the timing
        terms.suggest("x", s.class_number)
    print(
        f"terms: {count}; import {t_import * 1000:.0f} ms; open {t_open * 1000:.0f} ms; "
        f"suggest index build {t_index * 1000:.0f} ms"
    )
    print("| operation                    |     n |  median |     p95 |     max |")
    print("|------------------------------|-------|---------|---------|---------|")
    print(
        _row(
            "lookup (exact, per class)",
            _timed(lambda s: terms.lookup(s.class_number, s.term), sample),
        )
    )
    print(_row("search (FTS5 prefix)", _timed(lambda q: terms.search(q), prefixes)))
    print(_row("suggest (typo, all classes)", _timed(lambda q: terms.suggest(q), queries)))
    pairs = list(zip(queries, sample, strict=True))
    print(
        _row(
            "suggest (typo, one class)",
            _timed(lambda p: terms.suggest(p[0], p[1].class_number), pairs),
        )
    )
    print(_row("suggest (2-8 char prefix)", _timed(lambda q: terms.suggest(q), prefixes)))
    _bench_lookups_and_quotes()
    for label, cls in (("one class", True), ("all classes", False)):
        top = [terms.suggest(q, s.class_number if cls else None, 1) for q, s in pairs]
        hits = sum(bool(t) and t[0].term == s.term for t, (_, s) in zip(top, pairs, strict=True))
        print(f"typo corrected to the original term (top 1, {label}): {hits}/{len(pairs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
