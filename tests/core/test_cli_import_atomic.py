"""'filingassist import GOOD BAD' leaves the store unchanged (nothing half-imported)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "filingassist", *args], capture_output=True, text=True, timeout=120
    )


def test_one_bad_file_among_several_imports_nothing(examples_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", "utf-8")
    r = run("import", str(examples_dir / "trademark.json"), str(bad))
    assert r.returncode == 2 and "bad.json" in r.stderr
    assert json.loads(run("list", "--json").stdout) == []
    r = run("import", str(examples_dir / "trademark.json"), str(examples_dir / "madrid.json"))
    assert r.returncode == 0 and len(r.stdout.splitlines()) == 2
    assert len(json.loads(run("list", "--json").stdout)) == 2
