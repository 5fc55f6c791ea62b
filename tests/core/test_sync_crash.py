"""kill -9 of the client at several points of a sync: filed exactly once, receipt stored."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database

from filingassist.office import store as office_store
from filingassist.sync import outbox
from filingassist.sync.runner import run_once
from filingassist.sync.transport import RequestsTransport
from tests.support import fixtures
from tests.support.fixtures import FrozenClock, Office, make_package, pin_office

office, db, transport = fixtures.office, fixtures.db, fixtures.transport

pytestmark = [pytest.mark.network, pytest.mark.slow, pytest.mark.timeout(90)]
ROOT = Path(__file__).resolve().parents[2]


def _crash_run(db_path: Path, point: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "tests.support.crash_client", str(db_path), point],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _office_filings(o: Office, package_id: str) -> int:
    odb = office_store.open_db(o.data)
    try:
        return int(
            odb.execute(
                "SELECT COUNT(*) FROM filings WHERE package_id = ?", [package_id]
            ).fetchone()[0]
        )
    finally:
        odb.close()


@pytest.mark.parametrize(
    ("point", "state_after_crash", "filed_by_crash"),
    [
        ("mid_upload", "uploading", 0),
        ("before_submit", "submitted", 0),
        ("after_submit", "submitted", 1),
    ],
)
def test_kill_then_restart_files_exactly_once(
    tmp_path: Path,
    office: Office,
    db: Database,
    transport: RequestsTransport,
    point: str,
    state_after_crash: str,
    filed_by_crash: int,
) -> None:
    db_path = tmp_path / "client.sqlite"
    code = pin_office(db, office.url, office.token)
    item = outbox.add(db, make_package(tmp_path, 600_000), code)

    proc = _crash_run(db_path, point)
    assert proc.returncode == -signal.SIGKILL, proc.stderr[-2000:]
    crashed = outbox.get(db, item.package_id)
    assert crashed.state == state_after_crash
    assert _office_filings(office, item.package_id) == filed_by_crash
    if point == "mid_upload":
        assert crashed.upload_url and 0 <= crashed.offset < item.size

    result = run_once(db, transport, FrozenClock())
    assert result.receipted == [item.package_id]
    assert outbox.get(db, item.package_id).state == "receipted"
    assert _office_filings(office, item.package_id) == 1
    assert len(outbox.receipts(db)) == 1


def test_kill_twice_in_a_row_still_one_filing(
    tmp_path: Path, office: Office, db: Database, transport: RequestsTransport
) -> None:
    db_path = tmp_path / "client.sqlite"
    code = pin_office(db, office.url, office.token)
    item = outbox.add(db, make_package(tmp_path, 600_000), code)
    assert _crash_run(db_path, "mid_upload").returncode == -signal.SIGKILL
    assert _crash_run(db_path, "after_submit").returncode == -signal.SIGKILL
    assert _crash_run(db_path, "none").returncode == 0
    assert outbox.get(db, item.package_id).state == "receipted"
    assert _office_filings(office, item.package_id) == 1
