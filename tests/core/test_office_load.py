"""Load on loopback: 50 filers × 20 packages against 4 office workers on PostgreSQL, with
workers killed -9 at random moments (uvicorn's supervisor starts new ones).

Every package must be filed exactly once, numbers gapless and unique, nothing lost: each
filer runs the real sync client (outbox, tus, submit, receipt verification) until its
outbox is empty. Bounded: 1,000 small packages, at most 8 kills, a pass limit per filer.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from filingassist.office import store
from filingassist.sync import outbox
from filingassist.sync.runner import run_once
from filingassist.sync.transport import RequestsTransport
from tests.support.faultproxy import wait_until
from tests.support.fixtures import FrozenClock, client_db, make_package, pin_office
from tests.support.pg import postgres_server, postgres_url

__all__ = ["postgres_server", "postgres_url"]

FILERS, PACKAGES, WORKERS, KILLS = 50, 20, 4, 8

pytestmark = [pytest.mark.network, pytest.mark.slow, pytest.mark.timeout(400)]


def children(pid: int) -> list[int]:
    """Processes whose parent is ``pid`` (the supervisor's workers), from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return found


class Workers:
    """``office serve --workers N --database URL`` as a subprocess."""

    def __init__(self, data: Path, database: str, workers: int) -> None:
        self.log = data.parent / "office.log"
        with open(self.log, "w") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "filingassist", "office", "serve", "--port", "0"]
                + ["--data", str(data), "--database", database, "--workers", str(workers)],
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        assert wait_until(lambda: self.port() is not None, 60, 0.1), self.log.read_text()
        assert wait_until(lambda: self._started() >= workers, 60, 0.1), self.log.read_text()

    def _started(self) -> int:
        return self.log.read_text().count("Application startup complete")

    def port(self) -> int | None:
        m = re.search(r"running on http://127\.0\.0\.1:(\d+)", self.log.read_text())
        return int(m.group(1)) if m else None

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)


def _file_everything(db: object, stop_at: float) -> None:
    """Run sync passes (the clock moved to each retry) until the outbox is done."""
    clock = FrozenClock()
    transport = RequestsTransport()
    try:
        while time.monotonic() < stop_at:
            run_once(db, transport, clock)  # type: ignore[arg-type]
            waiting = [i for i in outbox.items(db) if i.state != "receipted"]  # type: ignore[arg-type]
            if not waiting:
                return
            clock.advance(max(0.0, min(i.next_attempt_at for i in waiting) - clock.now))
            time.sleep(0.05)
    finally:
        transport.close()


def test_fifty_filers_on_four_workers_killed_at_random(tmp_path: Path, postgres_url: str) -> None:
    data = tmp_path / "office"
    office = Workers(data, postgres_url, WORKERS)
    rnd = random.Random(10)
    kills: list[int] = []
    try:
        url = f"http://127.0.0.1:{office.port()}"
        odb = store.open_db(data, postgres_url)
        tokens = [store.add_account(odb, f"filer{i:02d}") for i in range(FILERS)]
        odb.close()
        dbs, expected = [], {}
        for i, token in enumerate(tokens):
            db = client_db(tmp_path / f"filer{i:02d}.sqlite")
            code = pin_office(db, url, token)
            folder = tmp_path / f"pkgs{i:02d}"
            folder.mkdir()
            for n in range(PACKAGES):
                item = outbox.add(db, make_package(folder, 1500, f"p{n}.zip", i * 100 + n), code)
                expected[item.package_id] = (f"filer{i:02d}", item.sha256)
            dbs.append(db)
        stop_at = time.monotonic() + 300
        filers = [threading.Thread(target=_file_everything, args=(db, stop_at)) for db in dbs]
        t0 = time.monotonic()
        for t in filers:
            t.start()
        while any(t.is_alive() for t in filers) and len(kills) < KILLS:
            time.sleep(rnd.uniform(0.5, 2.0))
            alive = children(office.proc.pid)
            if alive and any(t.is_alive() for t in filers):
                victim = rnd.choice(alive)
                os.kill(victim, signal.SIGKILL)
                kills.append(victim)
        for t in filers:
            t.join(max(1.0, stop_at - time.monotonic()))
        elapsed = time.monotonic() - t0
        for db in dbs:
            assert {i.state for i in outbox.items(db)} == {"receipted"}
            db.conn.close()
    finally:
        office.stop()
    assert len(kills) >= 3, "the office was not disturbed enough to prove anything"
    odb = store.open_db(data, postgres_url)
    try:
        rows = odb.execute(
            "SELECT package_id, account, package_sha256, application_number FROM filings"
        ).fetchall()
    finally:
        odb.close()
    filed = {r[0]: (r[1], r[2]) for r in rows}
    assert len(rows) == len(filed) == FILERS * PACKAGES  # each package exactly once
    assert filed == expected  # by its filer, with the bytes it sent
    serials = sorted(int(r[3].rsplit("-", 1)[1]) for r in rows)
    assert serials == list(range(1, FILERS * PACKAGES + 1))  # gapless and unique
    print(f"{FILERS * PACKAGES} packages filed in {elapsed:.1f} s with {len(kills)} kills")
