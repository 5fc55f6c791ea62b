"""``filingassist --self-test`` checks an installation and says which step failed."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from filingassist import paths, selftest


@pytest.mark.network
@pytest.mark.slow
@pytest.mark.gui
def test_self_test_passes_every_step_from_source(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    profile.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FILINGASSIST_HOME": str(profile)}
    r = subprocess.run(
        [sys.executable, "-m", "filingassist", "--self-test"],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    lines = r.stdout.splitlines()
    steps = [line for line in lines if line.startswith(("ok ", "FAILED "))]
    names = [line.split()[1] for line in steps]
    assert all(line.startswith("ok ") for line in steps), r.stdout
    for expected in ("forms:", "reference", "bundled", "pack,", "office", "summary", "receipt"):
        assert expected in names, f"step {expected!r} missing:\n{r.stdout}"
    assert "filed at http://127.0.0.1:" in r.stdout
    assert lines[-1] == "self-test passed"
    # the throw-away profile is used, never the user's own data folder
    assert list(profile.iterdir()) == []


def test_a_failed_step_is_named_and_the_steps_needing_it_are_not_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "no-examples"
    empty.mkdir()
    monkeypatch.setattr(paths, "examples_dir", lambda: empty)
    out = io.StringIO()
    code = selftest.run(out=out)
    text = out.getvalue()
    assert code == selftest.EXIT_FAILED
    assert f"FAILED  bundled examples: RuntimeError: no examples in {empty}" in text
    assert "FAILED  pack, sign and verify: not run (needs the examples)" in text
    assert "FAILED  office on 127.0.0.1: not run (needs a signed package)" in text
    assert "ok      forms:" in text
    assert text.splitlines()[-1] == "self-test FAILED: 3 of 6 steps"


def test_an_unloadable_part_fails_loudly() -> None:
    out = io.StringIO()
    code = selftest.run([("desktop (Qt)", selftest.unavailable("Qt does not load (x)"))], out=out)
    assert code == selftest.EXIT_FAILED
    assert "FAILED  desktop (Qt): RuntimeError: Qt does not load (x)" in out.getvalue()
