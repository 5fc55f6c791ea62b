"""Run every benchmark in bench/ and print one table: each figure, its goal, and whether it is met.

    python bench/run_all.py [--timeout 1200] [--only NAME ...] [--skip NAME ...]
                            [--build dist/filingassist] [--no-frozen] [--out build/bench]

Every ``bench/*.py`` (except this file) is discovered and run in its own process with a time
bound (``--timeout`` seconds each; a run that exceeds it is stopped and reported as not
met). Its figures are read from its own printed table: benchmarks this file knows have a
reader that knows where their goals are; any other benchmark is read generically — each
line that carries a goal (``< 16 ms``, ``≥ 0.85``, ``>= 2000/s``, ``≤ 1 %``) is compared
with the last figure before it, and a ``met`` / ``NOT met`` / ``ok`` / ``MISS`` the
benchmark prints itself takes precedence. A benchmark that prints no goal at all is listed
as such, never silently dropped. Then the frozen build (``build.spec``) is timed starting
to an idle main window, and its download archive is measured.

The raw output of each benchmark is saved in ``--out`` (default ``build/bench/``). Exit code
1 when any goal is not met or a benchmark failed, so the table is never quietly green.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import signal
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "bench"
DEFAULT_BUILD = ROOT / "dist" / "filingassist"
ARCHIVE_GOAL_MB = 80.0
STARTUP_GOAL_MS = 1000.0


@dataclass
class Row:
    bench: str
    measure: str
    figure: str
    goal: str
    met: bool | None  # None: shown for information, no goal


@dataclass
class Run:
    name: str
    code: int | None  # None: stopped at the time bound
    seconds: float
    out: str


# --- reading a benchmark's printed table ------------------------------------------------

NUMBER = r"\d[\d,]*(?:\.\d+)?"
UNIT = r"(?:ms|s|%|/s|MB|MiB)"
GOAL_RE = re.compile(rf"(<=|>=|≤|≥|<|>)\s*({NUMBER})\s*({UNIT})?(?![\w])")
FIGURE_RE = re.compile(rf"({NUMBER})\s*({UNIT})?(?![\w.])")
NOT_MET_RE = re.compile(r"\b(NOT met|not met|MISS|FAIL(?:ED)?)\b")
MET_RE = re.compile(r"\b(met|ok|OK|PASS(?:ED)?)\b")
OPS: dict[str, Callable[[float, float], bool]] = {
    "<": lambda a, b: a < b,
    ">": lambda a, b: a > b,
    "<=": lambda a, b: a <= b,
    ">=": lambda a, b: a >= b,
    "≤": lambda a, b: a <= b,
    "≥": lambda a, b: a >= b,
}


def _num(text: str) -> float:
    return float(text.replace(",", ""))


def generic_rows(bench: str, out: str) -> list[Row]:
    """Rows from every output line that states a goal next to a figure."""
    rows = []
    for line in out.splitlines():
        goal = GOAL_RE.search(line)
        if not goal:
            continue
        op, limit, unit = goal.group(1), _num(goal.group(2)), goal.group(3) or ""
        head = line[: goal.start()]
        measure = re.split(r"\s{2,}|\t", head.strip(), maxsplit=1)[0].strip(" :|-—")
        middle = head.strip()[len(measure) :] if head.strip().startswith(measure) else head
        figures = list(FIGURE_RE.finditer(middle))
        same_unit = [f for f in figures if (f.group(2) or "") == unit]
        met: bool | None = None
        if same_unit or (figures and not unit):
            figure = (same_unit or figures)[-1]
            shown = f"{figure.group(1)} {figure.group(2) or ''}".strip()
            met = OPS[op](_num(figure.group(1)), limit)
        elif figures:  # columns without units: show them all, compare the first
            shown = re.sub(r"\s+", " ", middle).strip(" |")
            met = OPS[op](_num(figures[0].group(1)), limit)
        else:
            shown = "?"
        tail = line[goal.end() :]
        if NOT_MET_RE.search(tail):
            met = False
        elif MET_RE.search(tail):
            met = True
        rows.append(Row(bench, measure or "(line)", shown, goal.group(0).strip(), met))
    return rows


def _find(out: str, pattern: str) -> list[re.Match[str]]:
    return list(re.finditer(pattern, out, re.MULTILINE))


def store_rows(bench: str, out: str) -> list[Row]:
    """Goal (issue [core]): full-text search over 100,000 drafts in under 50 ms."""
    rows = []
    for m in _find(out, rf"^(search '.+?' \(.+?\))\s+({NUMBER}) ms"):
        rows.append(Row(bench, m.group(1), f"{m.group(2)} ms", "< 50 ms", _num(m.group(2)) < 50))
    for m in _find(out, r"^((?:save|list) .+?)\s{2,}(.+)$"):
        rows.append(Row(bench, m.group(1), m.group(2).strip(), "", None))
    return rows


def pack_rows(bench: str, out: str) -> list[Row]:
    """Goal: ≥ 50 packages/s signed (1 MB attachment each), peak memory flat."""
    rows = []
    for m in _find(out, rf"^(pack \+ sign \(in memory\)|verify)\s+({NUMBER})\s+({NUMBER})"):
        rate = _num(m.group(3))
        rows.append(Row(bench, m.group(1), f"{rate:.1f} pkg/s", "≥ 50 pkg/s", rate >= 50))
    tenth = _find(out, rf"^peak RSS after 10 %\s+({NUMBER}) MiB")
    end = _find(out, rf"^peak RSS at the end\s+({NUMBER}) MiB")
    if tenth and end:
        a, b = _num(tenth[0].group(1)), _num(end[0].group(1))
        rows.append(
            Row(
                bench,
                "peak RSS: after 10 % → at the end",
                f"{a:.0f} → {b:.0f} MiB",
                "flat (≤ +10 %)",
                b <= a * 1.10,
            )
        )
    return rows


def suggest_rows(bench: str, out: str) -> list[Row]:
    """Nice term suggestions "in a few ms" (≤ 5 ms median, per keystroke); fee quotes and
    data-set lookups within one keystroke's 16 ms frame."""
    rows = []
    table = rf"^\| (\S.*?)\s*\|\s*\d+\s*\|\s*({NUMBER})\s*\|\s*({NUMBER})\s*\|"
    for m in _find(out, table):
        name, median = m.group(1), _num(m.group(2))
        limit = 5.0 if name.startswith("suggest") else 16.0
        rows.append(
            Row(bench, f"{name} (median)", f"{median:.3f} ms", f"< {limit:g} ms", median < limit)
        )
    return rows


def validate_rows(bench: str, out: str) -> list[Row]:
    """Goal (issue [rules]): at least 2,000 applications/s on one core."""
    rows = []
    for m in _find(out, rf"^(all|\w+)\s+(\d+)\s+({NUMBER})\s+({NUMBER})"):
        rate = _num(m.group(4))
        label = f"rules, {m.group(1)} ({m.group(2)} apps)"
        if m.group(1) == "all":
            rows.append(Row(bench, label, f"{rate:,.0f} apps/s", "≥ 2,000/s", rate >= 2000))
        else:
            rows.append(Row(bench, label, f"{rate:,.0f} apps/s", "", None))
    return rows


def sync_rows(bench: str, out: str) -> list[Row]:
    """Goals from the table, the naive upload beside them, and every small package filed."""
    rows = generic_rows(bench, out)
    for m in _find(out, r"^(plain POST: .+?)\s{2,}(.+?)\s*$"):
        rows.append(Row(bench, m.group(1), m.group(2), "(naive upload, for comparison)", None))
    for m in _find(out, r"^(tus: receipted)\s+(\S+)"):
        rows.append(Row(bench, m.group(1), m.group(2), "yes", m.group(2) == "yes"))
    for m in _find(out, r"^(\d+ small: receipted)\s+(\d+) / (\d+)"):
        done, total = int(m.group(2)), int(m.group(3))
        rows.append(Row(bench, m.group(1), f"{done} / {total}", "all", done == total))
    for m in _find(out, r"^(bulk .+?: receipted)\s+(\d+) / (\d+)"):
        done, total = int(m.group(2)), int(m.group(3))
        rows.append(Row(bench, m.group(1), f"{done} / {total}", "all", done == total))
    for m in _find(out, r"^(\d+ small: sync wall time)\s+(\S+ s)\s+(\S+ pkg/s)"):
        rows.append(Row(bench, m.group(1), f"{m.group(2)} ({m.group(3)})", "", None))
    return rows


#: bench file stem → (extra arguments, reader). Others: no arguments, generic reader.
KNOWN: dict[str, tuple[list[str], Callable[[str, str], list[Row]]]] = {
    "store": ([], store_rows),
    "pack": ([], pack_rows),
    "refdata_suggest": ([], suggest_rows),
    "sync": ([], sync_rows),
    "validate": ([], validate_rows),
}


# --- running --------------------------------------------------------------------------


def discover(folder: Path) -> list[Path]:
    """Every benchmark script in ``folder`` (not this runner, not private helpers)."""
    return [
        p
        for p in sorted(folder.glob("*.py"))
        if p.name != Path(__file__).name and not p.name.startswith("_")
    ]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def run_script(path: Path, args: list[str], timeout: float) -> Run:
    """Run one benchmark in its own process group, so a time-out also ends what it started."""
    start = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, str(path), *args],
        cwd=ROOT,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, _err = proc.communicate()
        return Run(path.stem, None, time.monotonic() - start, out)
    out += f"\n[stderr]\n{err[-4000:]}" if proc.returncode else ""
    return Run(path.stem, proc.returncode, time.monotonic() - start, out)


def rows_for(run: Run) -> list[Row]:
    reader = KNOWN.get(run.name, ([], generic_rows))[1]
    rows = reader(run.name, run.out)
    if run.code is None:
        rows.insert(
            0, Row(run.name, "run", f"stopped after {run.seconds:.0f} s", "finishes", False)
        )
    elif run.code != 0:
        rows.insert(0, Row(run.name, "run", f"exit {run.code}", "exit 0", False))
    elif not rows:
        rows.append(
            Row(run.name, "run", f"{run.seconds:.0f} s", "no goal found in its output", None)
        )
    return rows


# --- the frozen build -----------------------------------------------------------------


def _start_once(program: Path, home: Path) -> float:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FILINGASSIST_HOME": str(home),
        "FILINGASSIST_EXIT_WHEN_IDLE": "1",
    }
    start = time.perf_counter()
    subprocess.run([str(program)], env=env, capture_output=True, timeout=120, check=True)
    return (time.perf_counter() - start) * 1000


def frozen_rows(build: Path, runs: int = 5) -> list[Row]:
    """Start-up of the frozen app to an idle main window, and its download archive."""
    program = build / "filingassist"
    if not program.exists():
        return [
            Row(
                "frozen build",
                "start-up",
                f"no build at {build}",
                "pyinstaller build.spec first",
                False,
            )
        ]
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        cold = _start_once(program, home)
        warm = [_start_once(program, home) for _ in range(runs)]
        archive = Path(tmp) / "filingassist-linux-x86_64.tar.gz"
        with tarfile.open(archive, "w:gz", compresslevel=9) as tar:
            tar.add(build, arcname=build.name)
        size_mb = archive.stat().st_size / 1_000_000
    median = statistics.median(warm)
    goal = f"< {STARTUP_GOAL_MS:.0f} ms"
    return [
        Row(
            "frozen build", "start → idle main window, cold (first run)", f"{cold:.0f} ms", "", None
        ),
        Row(
            "frozen build",
            f"start → idle main window, warm (median of {runs})",
            f"{median:.0f} ms",
            goal,
            median < STARTUP_GOAL_MS,
        ),
        Row(
            "frozen build",
            "download archive (tar.gz, gzip -9)",
            f"{size_mb:.1f} MB",
            f"≤ {ARCHIVE_GOAL_MB:.0f} MB",
            size_mb <= ARCHIVE_GOAL_MB,
        ),
    ]


# --- output ---------------------------------------------------------------------------


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        memory = "?"
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"{cpu}, {os.cpu_count()} cores, {memory} RAM; {platform.system()} "
        f"{platform.release()}; Python {platform.python_version()}; load average {load}"
    )


def table(rows: list[Row]) -> str:
    mark = {True: "yes", False: "**NO**", None: "—"}
    lines = ["| benchmark | measure | figure | goal | met |", "|---|---|---|---|---|"]
    for r in rows:
        cells = [r.bench, r.measure, r.figure, r.goal or "—", mark[r.met]]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=1200, help="seconds per benchmark")
    parser.add_argument("--only", nargs="*", default=None, help="run only these (file stems)")
    parser.add_argument("--skip", nargs="*", default=[], help="skip these (file stems)")
    parser.add_argument("--bench-dir", type=Path, default=BENCH_DIR)
    parser.add_argument("--build", type=Path, default=DEFAULT_BUILD, help="the frozen build")
    parser.add_argument("--no-frozen", action="store_true", help="do not time the frozen build")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench")
    args = parser.parse_args(argv)

    print(f"machine: {machine()}", flush=True)
    print(f"started: {dt.datetime.now().isoformat(timespec='seconds')}", flush=True)
    args.out.mkdir(parents=True, exist_ok=True)
    rows: list[Row] = []
    for path in discover(args.bench_dir):
        if (args.only is not None and path.stem not in args.only) or path.stem in args.skip:
            continue
        print(f"running {path.name} (at most {args.timeout:.0f} s)…", file=sys.stderr, flush=True)
        run = run_script(path, KNOWN.get(path.stem, ([], generic_rows))[0], args.timeout)
        (args.out / f"{path.stem}.txt").write_text(run.out, encoding="utf-8")
        rows += rows_for(run)
        print(f"  {path.name}: {run.seconds:.0f} s", file=sys.stderr, flush=True)
    if not args.no_frozen:
        rows += frozen_rows(args.build)
    print(table(rows))
    missed = [r for r in rows if r.met is False]
    print(
        f"\n{len(rows)} rows, {sum(r.met is True for r in rows)} goals met, {len(missed)} not met"
    )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
