"""Printout rendering time: summary and receipt to PDF, the way the desktop app does it.

* a small MM2 (the example), a large MM2 (40 classes × 30 terms, 60 designations), the
  trademark and PCT examples, in English, Arabic and Chinese;
* goal: under 1 s each, so "Save as PDF" can run on the GUI thread without a freeze
  (the guide's limit for work there).

Run: ``QT_QPA_PLATFORM=offscreen python bench/printouts.py`` (prints a table).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOAL_S = 1.0
RUNS = 5


def _large_madrid(ws, draft_id: str) -> None:  # type: ignore[no-untyped-def]
    doc = ws.load(draft_id)
    doc.data["classes"] = [
        {"class_number": n, "terms": [f"product {n}-{i} of a long goods list" for i in range(30)]}
        for n in range(1, 41)
    ]
    codes = [m.code for m in __import__("filingassist.refdata", fromlist=["x"]).madrid_members()]
    doc.data["designations"] = [{"country": c} for c in codes if c != "CH"][:60]
    ws.save(draft_id, doc)


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from filingassist.app import Workspace
    from ui.i18n import install_language
    from ui.printing import summary_for, write_pdf

    app = QApplication([])
    home = Path(tempfile.mkdtemp(prefix="bench-printouts-"))
    ws = Workspace.open(home)
    cases = {}
    for kind in ("madrid", "trademark", "patent"):
        cases[kind] = ws.import_file(ROOT / "examples" / f"{kind}.json").id
    big = ws.import_file(ROOT / "examples" / "madrid.json").id
    _large_madrid(ws, big)
    cases["madrid (40 classes × 30 terms, 60 parties)"] = big
    print(f"{'printout':52} {'lang':6} {'pages':>5} {'median s':>9} {'goal s':>7}")
    worst = 0.0
    for lang in ("en", "ar", "zh_CN"):
        install_language(app, lang)
        for name, draft_id in cases.items():
            times, pages = [], 0
            for run in range(RUNS):
                out = home / f"{run}.pdf"
                start = time.perf_counter()
                doc = ws.load(draft_id)
                printout = summary_for(ws, ws.form(doc), doc, draft_id)
                write_pdf(printout, out, "A4")
                times.append(time.perf_counter() - start)
                pages = out.read_bytes().count(b"/Type /Page\n")
            median = statistics.median(times)
            worst = max(worst, median)
            print(f"{'summary ' + name:52} {lang:6} {pages:>5} {median:>9.3f} {GOAL_S:>7.1f}")
    ws.close()
    del app
    return 0 if worst <= GOAL_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
