"""bench/run_all.py finds every benchmark, bounds its time, and reports each goal honestly."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def run_all():
    spec = importlib.util.spec_from_file_location("run_all", ROOT / "bench" / "run_all.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["run_all"] = module
    spec.loader.exec_module(module)
    return module


def _bench(folder: Path, name: str, body: str) -> None:
    (folder / f"{name}.py").write_text(body, encoding="utf-8")


def test_every_benchmark_is_run_and_its_goals_read(run_all, tmp_path: Path, capsys) -> None:
    benches = tmp_path / "bench"
    benches.mkdir()
    _bench(benches, "fast", 'print("render summary    0.20 s   < 1 s")\nprint("noise 5 ms")\n')
    _bench(benches, "slowlink", 'print("goodput ÷ cap   0.70    ≥ 0.85")\n')
    _bench(benches, "says", 'print("cli --help   0.21   0.14   <= 0.15 s met (min)")\n')
    _bench(benches, "silent", 'print("no goals here")\n')
    _bench(benches, "crash", "raise SystemExit(3)\n")
    _bench(benches, "hang", "import time\ntime.sleep(60)\n")
    _bench(benches, "_helper", "raise AssertionError('helpers are not benchmarks')\n")

    code = run_all.main(
        ["--bench-dir", str(benches), "--timeout", "5", "--no-frozen", "--out", str(tmp_path / "o")]
    )
    out = capsys.readouterr().out
    rows = {line.split(" | ")[0].strip("| "): line for line in out.splitlines() if " | " in line}
    assert code == 1  # something is not met
    assert "| fast | render summary | 0.20 s | < 1 s | yes |" in out
    assert "| slowlink | goodput ÷ cap | 0.70 | ≥ 0.85 | **NO** |" in out
    assert "| says | cli --help |" in rows["says"] and rows["says"].endswith("| yes |")
    assert "no goal found in its output" in rows["silent"]
    assert "exit 3" in rows["crash"] and rows["crash"].endswith("| **NO** |")
    assert "stopped after 5 s" in rows["hang"]
    assert "_helper" not in out
    assert (tmp_path / "o" / "fast.txt").read_text().startswith("render summary")
    assert out.splitlines()[0].startswith("machine: ")


def test_known_readers_find_the_goals_of_the_shipped_benchmarks(run_all) -> None:
    store = run_all.store_rows(
        "store", "search 'coffee' (first 100 of matches)  61.0 ms  (100 shown)\n"
    )
    assert [(r.figure, r.goal, r.met) for r in store] == [("61.0 ms", "< 50 ms", False)]
    pack = run_all.pack_rows(
        "pack",
        "pack + sign (in memory)          20.00        50.0      50.0\n"
        "peak RSS after 10 %             100.0 MiB\npeak RSS at the end             130.0 MiB\n",
    )
    assert [r.met for r in pack] == [True, False]  # rate met; memory grew by 30 %
    sync = run_all.sync_rows("sync", "1000 small: receipted   999 / 1000   all\n")
    assert [(r.figure, r.met) for r in sync] == [("999 / 1000", False)]
