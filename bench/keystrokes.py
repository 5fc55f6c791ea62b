"""Typing and opening on a slow counter PC: keystroke → findings with the CPU halved.

A counter PC may be twice as slow as a developer's machine. To stand in for one, the
benchmark runs pinned to one core (``taskset -c 0``) beside a CPU-bound process pinned to
the same core, so it gets about half of that core. It measures, on a large MM2 (40
classes × 30 terms, 60 designations, the Nice list installed when shared/ has it):

* key in the applicant's name → findings shown (what the filer waits for);
* key in a goods list: GUI-thread work, and until findings are shown;
* opening the draft: whole form and findings shown, and the longest GUI-thread block.

Run: ``QT_QPA_PLATFORM=offscreen python bench/keystrokes.py`` (Linux, needs ``taskset``);
``--here`` measures in this process without pinning (a normal machine).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from startup import keystroke_latency, nice_csv, p  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SPIN = "while True: pass"


def measure(label: str) -> None:
    """Measure in this process and print the table."""
    totals, gui, checks, open_ms, block_ms = keystroke_latency(rounds=100)
    in_terms, gui_terms, checks_terms, *_ = keystroke_latency(rounds=60, field="classes[39].terms")
    med = statistics.median
    terms = "Nice list on" if nice_csv() else "no term list"
    rows = [
        (f"large MM2 (40 classes × 30 terms, {terms}, 60 parties), {label}:", "", ""),
        ("  key in applicant name → findings shown (median)", f"{med(totals):.1f} ms", "< 16 ms"),
        ("  key in applicant name → findings shown (p95)", f"{p(totals, 0.95):.1f} ms", "< 16 ms"),
        ("  … of which the check (median)", f"{med(checks):.1f} ms", ""),
        ("  key in a goods list, GUI-thread work (p95)", f"{p(gui_terms, 0.95):.1f} ms", "< 16 ms"),
        ("  key in a goods list → findings shown (median)", f"{med(in_terms):.1f} ms", ""),
        ("  key in a goods list → findings shown (p95)", f"{p(in_terms, 0.95):.1f} ms", ""),
        ("  … of which the check (median)", f"{med(checks_terms):.1f} ms", ""),
        ("  open it → whole form and findings shown", f"{open_ms:.0f} ms", ""),
        ("  open: longest GUI-thread block", f"{block_ms:.0f} ms", "< 100 ms"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'result':>10}  goal")
    print("-" * (width + 24))
    for name, result, goal in rows:
        print(f"{name:<{width}}  {result:>10}  {goal}")


def halved() -> int:
    """Re-run this script pinned to core 0 beside a busy loop pinned there too."""
    if shutil.which("taskset") is None:
        print("taskset not found: run with --here on a slow machine instead")
        return 1
    spinner = subprocess.Popen(["taskset", "-c", "0", sys.executable, "-c", SPIN])
    try:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        cmd = ["taskset", "-c", "0", sys.executable, __file__, "--here", "--label", "CPU halved"]
        return subprocess.run(cmd, env=env, cwd=ROOT, check=False, timeout=1800).returncode
    finally:
        spinner.kill()
        spinner.wait()


def main(argv: list[str]) -> int:
    if "--here" in argv:
        label = argv[argv.index("--label") + 1] if "--label" in argv else "this machine"
        measure(label)
        return 0
    return halved()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
