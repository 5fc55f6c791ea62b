"""kill -9 in the middle of a burst of saves leaves every committed revision intact."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from filingassist.app import Workspace

WRITER = textwrap.dedent("""
    import sys
    from filingassist.app import Workspace
    ws = Workspace.open()
    info = ws.new_draft("madrid")
    print(info.id, flush=True)
    doc = ws.load(info.id)
    i = 0
    while True:
        i += 1
        doc.data["applicants"][0]["name"] = f"name {i}"
        doc.data["reference"] = f"ref-{i}"
        rev = ws.save(info.id, doc)
        print(rev.number, flush=True)
""")


@pytest.mark.slow
@pytest.mark.parametrize("after_saves", [5, 60, 200])
def test_kill_9_during_saves(isolated_home: Path, after_saves: int) -> None:
    env = dict(os.environ, FILINGASSIST_HOME=str(isolated_home))
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER], stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    draft_id = proc.stdout.readline().strip()
    acknowledged = 0
    deadline = time.monotonic() + 60
    while acknowledged < after_saves and time.monotonic() < deadline:
        acknowledged = int(proc.stdout.readline())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert acknowledged >= after_saves

    ws = Workspace.open()
    integrity = ws._store.db.execute("PRAGMA integrity_check").fetchone()[0]
    assert integrity == "ok"
    history = ws.history(draft_id)
    numbers = [r.number for r in history]
    assert numbers == list(range(1, len(numbers) + 1))  # no gaps, no half revisions
    assert len(numbers) >= acknowledged  # every acknowledged save survived
    head = ws.load(draft_id)
    assert head.data["reference"] == f"ref-{numbers[-1] - 1}"
    for rev in history[1:]:
        json.dumps(ws.load(draft_id, rev.number).data)  # every revision readable
    ws.close()
