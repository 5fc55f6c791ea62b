"""The batch durability mode of a bulk pack and a bulk queue, under kill -9.

``pack_many`` and ``queue_many`` write a batch's files, fsync them in one pass, rename
them, fsync their folder once and then commit the batch in one store transaction. A kill
at any of those instants must leave no package (or outbox row) the store lists that the
disk lacks, no half file under a package's name, and a run that completes the rest.
Each child process is killed by SIGKILL at a chosen call: an fsync of the second batch's
files, the folder fsync of the second batch (all renamed, nothing committed), or inside
the second batch's store transaction.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from filingassist.app import Workspace
from filingassist.cli.main import main
from filingassist.fsutil import write_many
from filingassist.office.identity import load_or_create
from filingassist.sync.receipts import fingerprint
from tests.core.test_bulk_import import cli, madrid_sheet
from tests.support import fixtures
from tests.support.fixtures import Office

office = fixtures.office
ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "bulk passphrase"
ROWS = 12
BATCH = 5

_CHILD = """
import os, signal, sys
from pathlib import Path
from filingassist import app, fsutil
from filingassist.sync import outbox
from filingassist.store.drafts import DraftRepository

app.PACK_BATCH = outbox.ADD_BATCH = {batch}
owner, name, nth = {target!r}
owner = {{"os": os, "fsutil": fsutil, "outbox": outbox, "drafts": DraftRepository}}[owner]
real, calls = getattr(owner, name), []

def dying(*args, **kwargs):
    calls.append(1)
    if len(calls) == nth:
        os.kill(os.getpid(), signal.SIGKILL)
    return real(*args, **kwargs)

setattr(owner, name, dying)
ws = app.Workspace.open(Path(os.environ["FILINGASSIST_HOME"]))
signer = ws.unlock_key("Agent", {passphrase!r}.encode())
if {step!r} == "pack":
    for _ in ws.pack_many([d.id for d in ws.drafts(limit=None)], signer):
        pass
else:
    ws.queue_many(sorted((ws.home / "packages").glob("*.zip")))
"""

#: (what is replaced, its name, the call that kills): file fsyncs of the second batch,
#: the second batch's folder fsync (its files renamed, nothing committed), and inside the
#: second batch's transaction (its packages recorded, their drafts' status not yet set)
PACK_KILLS = {
    "fsync-pass": ("os", "fsync", BATCH + 1 + 2),
    "after-renames": ("fsutil", "_fsync_dir", 2),
    "in-transaction": ("drafts", "set_status_many", 2),
}
QUEUE_KILLS = {
    "fsync-pass": ("os", "fsync", BATCH + 1 + 2),
    "after-renames": ("fsutil", "_fsync_dir", 2),
}


@pytest.fixture
def drafts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FA_PASS", PASSPHRASE)
    assert main(["keys", "new", "--name", "Agent", "--passphrase-env", "FA_PASS"]) == 0
    sheet = madrid_sheet(tmp_path, capsys, rows=ROWS)
    code, out, _ = cli(capsys, "bulk", "import", str(sheet), "--quiet")
    assert code == 0, out


def _run_killed(step: str, target: tuple[str, str, int]) -> None:
    code = _CHILD.format(batch=BATCH, target=target, passphrase=PASSPHRASE, step=step)
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == -9, done.stderr


def _complete(ws: Workspace, path: Path) -> bool:
    return ws.verify_package(path).ok


@pytest.mark.timeout(180)
@pytest.mark.parametrize("where", sorted(PACK_KILLS))
def test_kill_9_mid_batch_pack_leaves_every_listed_package_whole(
    where: str, drafts: None, isolated_home: Path
) -> None:
    _run_killed("pack", PACK_KILLS[where])
    ws = Workspace.open(isolated_home)
    try:
        records = ws.packages()
        assert len(records) == BATCH  # the first batch committed, the second not at all
        for record in records:
            assert record.path.is_file() and record.path.stat().st_size == record.size
            assert _complete(ws, record.path)
        signed = {d.id for d in ws.drafts(limit=None) if d.status == "signed"}
        assert signed == {r.draft_id for r in records}
        # every file under a package's name is whole (a kill after the renames leaves the
        # second batch's complete files, not listed; never half of one)
        for path in (isolated_home / "packages").glob("*.zip"):
            assert _complete(ws, path), path.name
        signer = ws.unlock_key("Agent", PASSPHRASE.encode())
        rest = [d.id for d in ws.drafts(limit=None) if d.status != "signed"]
        assert len(rest) == ROWS - BATCH
        assert all(not isinstance(r, Exception) for r in ws.pack_many(rest, signer))
        assert len(ws.packages()) == ROWS
        assert all(d.status == "signed" for d in ws.drafts(limit=None))
    finally:
        ws.close()


@pytest.mark.network
@pytest.mark.timeout(180)
@pytest.mark.parametrize("where", sorted(QUEUE_KILLS))
def test_kill_9_mid_batch_queue_leaves_every_row_with_its_whole_copy(
    where: str, drafts: None, isolated_home: Path, office: Office
) -> None:
    ws = Workspace.open(isolated_home)
    try:
        signer = ws.unlock_key("Agent", PASSPHRASE.encode())
        assert len(list(ws.pack_many([d.id for d in ws.drafts(limit=None)], signer))) == ROWS
        ws.add_office(office.url, fingerprint(load_or_create(office.data).cert_pem), office.token)
    finally:
        ws.close()
    _run_killed("queue", QUEUE_KILLS[where])
    ws = Workspace.open(isolated_home)
    try:
        items = ws.outbox()
        assert len(items) == BATCH
        for item in items:
            data = Path(item.path).read_bytes()
            assert hashlib.sha256(data).hexdigest() == item.sha256 and len(data) == item.size
        packages = sorted((isolated_home / "packages").glob("*.zip"))
        assert len(ws.queue_many(packages)) == ROWS  # again: the rest is queued, once
        assert len(ws.outbox()) == ROWS
    finally:
        ws.close()


def test_write_many_leaves_complete_files_or_none(tmp_path: Path) -> None:
    files = [(tmp_path / f"f{n}.bin", os.urandom(1000 + n)) for n in range(10)]
    write_many(files)
    assert all(path.read_bytes() == data for path, data in files)
    assert not list(tmp_path.glob(".*.tmp"))

    with pytest.raises(TypeError):
        write_many([(tmp_path / "g.bin", b"x"), (tmp_path / "h.bin", 42)])  # type: ignore[list-item]
    assert not (tmp_path / "g.bin").exists() and not (tmp_path / "h.bin").exists()
    assert not list(tmp_path.glob(".*.tmp"))  # the temporaries went with the failure


_WORKERS_THEN_WAIT = """
import time
from filingassist import parallel

for _ in parallel.ordered_map(time.sleep, [0.2] * 1000, 2):
    pass
"""


def _children(pid: int) -> list[int]:
    found = subprocess.run(
        ["ps", "-ww", "-o", "pid=,args=", "--ppid", str(pid)], capture_output=True, text=True
    )
    return [int(line.split()[0]) for line in found.stdout.splitlines() if "spawn_main" in line]


@pytest.mark.timeout(60)
def test_workers_exit_when_the_batch_process_is_killed() -> None:
    proc = subprocess.Popen([sys.executable, "-c", _WORKERS_THEN_WAIT], cwd=ROOT)
    try:
        deadline = time.monotonic() + 30
        while len(workers := _children(proc.pid)) < 2:
            assert time.monotonic() < deadline, "the workers never started"
            time.sleep(0.1)
    finally:
        proc.kill()
        proc.wait(timeout=10)
    deadline = time.monotonic() + 10
    while (alive := [pid for pid in workers if Path(f"/proc/{pid}").exists()]) and (
        time.monotonic() < deadline
    ):
        time.sleep(0.1)
    for pid in alive:  # note: never leave them running, even when the test fails
        os.kill(pid, 9)
    assert alive == [], "workers outlived the process that started them"
