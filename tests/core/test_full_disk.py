"""A full disk gives a clear message naming the folder, exit 2, and nothing half-written.

Runs the real CLI on a real 4 MiB tmpfs, mounted in a private mount namespace
(``unshare``) so that nothing is left mounted whatever happens to the test. Before the
fix every command crashed with a traceback (``database or disk is full``) and exit 1, and
``pack`` with 60 KB free left a package file no row pointed to.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    unshare = shutil.which("unshare")
    assert unshare, "the full-disk tests need unshare (util-linux)"
    base = tmp_path_factory.mktemp("full-disk")
    mount, out = base / "mnt", base / "results.json"
    mount.mkdir()
    r = subprocess.run(
        [unshare, "--mount", "--map-root-user", sys.executable, "-m",
         "tests.support.fulldisk", str(mount), str(out)],
        capture_output=True, text=True, timeout=600, cwd=ROOT, check=False,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    return dict(json.loads(out.read_text()))


def _clear_or_ok(run: dict[str, Any], home: str) -> None:
    assert "Traceback" not in run["stderr"], run
    assert run["rc"] in (0, 2), run
    if run["rc"] == 2:
        assert "is full" in run["stderr"] and home.rsplit("/", 1)[0] in run["stderr"], run


def test_setup_worked(results: dict[str, Any]) -> None:
    assert [r["rc"] for r in results["setup"]] == [0, 0], results["setup"]


def test_pack_on_a_nearly_full_disk_leaves_no_orphan(results: dict[str, Any]) -> None:
    run = results["pack_60k"]
    assert run["rc"] == 2 and "Traceback" not in run["stderr"], run
    assert "is full" in run["stderr"] and results["home"] in run["stderr"]
    state = results["after_pack_60k"]
    assert state["packages"] == [] and state["statuses"] == ["draft"]
    assert not [f for f in state["files"] if f.startswith("packages/")], state["files"]
    assert not [f for f in state["files"] if f.endswith(".tmp")], state["files"]


def test_every_command_on_a_full_disk_says_so_without_a_traceback(
    results: dict[str, Any],
) -> None:
    for run in results["full"]:
        _clear_or_ok(run, results["home"])
    assert results["full"][0]["rc"] == 0  # reading still works
    state = results["after_full"]
    assert state["packages"] == [] and len(state["statuses"]) == 1
    assert not [f for f in state["files"] if f.endswith(".tmp")], state["files"]


def test_with_room_again_everything_works(results: dict[str, Any]) -> None:
    assert results["pack_with_room"]["rc"] == 0, results["pack_with_room"]
    assert len(results["after_room"]["packages"]) == 1
    assert results["after_room"]["statuses"] == ["signed"]
