"""Store benchmark: saving revisions, listing and full-text searching many drafts.

    python bench/store.py [--revisions 10000] [--drafts 300000]

Prints a table with the goal beside each figure. Goals: a full-text search (newest 100
matches) under 50 ms at 300,000 drafts (issue 15; 100,000 in issue [core]). The drafts are
bulk-inserted through the same tables and FTS triggers the app uses (one transaction), in
save order as the app keeps them (rowid order = save order, migration m008), then listed
and searched through the Workspace façade.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from filingassist import paths  # noqa: E402
from filingassist.app import Workspace  # noqa: E402
from filingassist.model.jsonio import read_file  # noqa: E402
from filingassist.store.drafts import new_draft_id  # noqa: E402

BASE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
SEARCH_GOAL_MS = 50.0
WORDS = [
    "coffee",
    "tea",
    "watches",
    "software",
    "smartphones",
    "shoes",
    "hats",
    "advertising",
    "consulting",
    "design",
    "cooling",
    "solar",
    "pump",
    "fastener",
    "widget",
    "engine",
    "bicycle",
    "medical",
    "textile",
    "paper",
    "glass",
]


def timed(fn: Callable[[], object], repeat: int = 1) -> tuple[float, list[float]]:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs), runs


def bench_revisions(ws: Workspace, n: int) -> float:
    info = ws.import_file(paths.examples_dir() / "madrid.json")
    doc = ws.load(info.id)
    t0 = time.perf_counter()
    for i in range(n):
        doc.data["reference"] = f"REF-{i}"
        ws.save(info.id, doc)
    return time.perf_counter() - t0


def bulk_drafts(ws: Workspace, n: int) -> float:
    template = read_file(paths.examples_dir() / "madrid.json").document
    rng = random.Random(7)
    db = ws._store.db  # bench-only: bulk setup through the real tables and triggers
    t0 = time.perf_counter()
    rows = []
    for i in range(n):
        words = " ".join(rng.choice(WORDS) for _ in range(12))
        now = (BASE + dt.timedelta(microseconds=i)).isoformat()
        rows.append(
            {
                "id": new_draft_id(),
                "kind": rng.choice(["trademark", "madrid", "patent"]),
                "form": template.form,
                "form_version": 1,
                "title": f"MARK {i} {rng.choice(WORDS)}",
                "created_at": now,
                "updated_at": now,
                "head": 1,
                "status": "draft",
                "search_text": f"{words} applicant{i} Genève 北京 الرياض",
            }
        )
    with ws._store.transaction():
        db.table("drafts").insert_all(rows, batch_size=2000)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--revisions", type=int, default=10_000)
    parser.add_argument("--drafts", type=int, default=300_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.open(Path(tmp))
        rows: list[tuple[str, str]] = []
        secs = bench_revisions(ws, args.revisions)
        rows.append(
            (
                f"save {args.revisions:,} revisions",
                f"{secs:.2f} s  ({args.revisions / secs:,.0f} saves/s)",
            )
        )
        secs = bulk_drafts(ws, args.drafts)
        rows.append((f"bulk insert {args.drafts:,} drafts (setup)", f"{secs:.2f} s"))
        med, _ = timed(lambda: ws.drafts(), repeat=3)
        rows.append(
            (f"list all {ws._store.db.table('drafts').count:,} drafts", f"{med * 1000:.0f} ms")
        )
        med, _ = timed(lambda: ws.drafts(limit=100), repeat=5)
        rows.append(("list newest 100 drafts", f"{med * 1000:.1f} ms"))
        for query in ("coffee", "solar pump", "applicant4242", "北京", "zzznomatch"):
            med, _ = timed(lambda q=query: ws.drafts(search=q, limit=100), repeat=5)
            hits = len(ws.drafts(search=query, limit=100))
            met = "met" if med * 1000 < SEARCH_GOAL_MS else "NOT met"
            rows.append(
                (
                    f"search {query!r} (first 100 of matches)",
                    f"{med * 1000:.1f} ms  ({hits} shown)  goal < {SEARCH_GOAL_MS:.0f} ms: {met}",
                )
            )
        med, _ = timed(lambda: ws.drafts(search="coffee"), repeat=3)
        rows.append(
            (
                "search 'coffee' (all matches)",
                f"{med * 1000:.0f} ms  ({len(ws.drafts(search='coffee')):,} hits)",
            )
        )
        ws.close()
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  result")
    print(f"{'-' * width}  {'-' * 30}")
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
