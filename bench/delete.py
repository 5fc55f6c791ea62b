"""Deleting a draft for good in a store of N drafts (secure_delete, FTS optimize, VACUUM,
WAL truncate: see filingassist/store/erase.py). The file is rewritten, so the time grows
with the store; deleting runs off the GUI thread.

* goal: under 2 s with 10,000 drafts (a busy counter's year) for one delete.

Run: ``python bench/delete.py [N ...]`` (default 1000 10000; prints a table).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
GOAL_S = {1000: 2.0, 10000: 2.0}


def main(argv: list[str]) -> int:
    from filingassist.app import Workspace

    sizes = [int(a) for a in argv] or [1000, 10000]
    print(f"{'drafts':>7} {'db MB':>6} {'delete s (median of 3)':>23} {'goal s':>7}")
    worst_ok = True
    for n in sizes:
        ws = Workspace.open(Path(tempfile.mkdtemp(prefix="bench-delete-")))
        source = ws.load(ws.import_file(ROOT / "examples" / "madrid.json").id)
        ids = []
        for i in range(n - 1):  # attachments stored once, by the import
            source.data["reference"] = f"REF-{i}"
            info = ws.new_draft("madrid")
            ws.save(info.id, source, "filled")
            ids.append(info.id)
        times = []
        for draft_id in ids[:3]:
            start = time.perf_counter()
            ws.delete_drafts([draft_id])
            times.append(time.perf_counter() - start)
        size = (ws.home / "filingassist.sqlite").stat().st_size / 1e6
        median = statistics.median(times)
        goal = GOAL_S.get(n, 2.0)
        worst_ok &= median <= goal
        print(f"{n:>7} {size:>6.1f} {median:>23.3f} {goal:>7.1f}")
        ws.close()
    return 0 if worst_ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
