"""The office on a real PostgreSQL: migrations, and the submit path under concurrency.

Two offices (two apps with their own connection pools) share one database and one data
folder, as two worker processes or hosts would; submits race on purpose.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import requests

from filingassist.office import store
from filingassist.office.serve import start_in_thread
from tests.support.fixtures import SERVICES, TEST_RECEIVES
from tests.support.pg import postgres_server, postgres_url
from tests.support.pkgtools import build_package
from tests.support.tushttp import create

__all__ = ["postgres_server", "postgres_url"]

pytestmark = [pytest.mark.network, pytest.mark.timeout(180)]


def test_migrations_create_the_schema_once(tmp_path: Path, postgres_url: str) -> None:
    db = store.open_db(tmp_path, postgres_url)
    try:
        assert {"uploads", "filings", "account_signers", "refusals", "schema_migrations"} <= set(
            db.table_names()
        )
        assert store.migrate(db) == len(store.MIGRATIONS)  # again: nothing to do
        versions = [r[0] for r in db.execute("SELECT version FROM schema_migrations ORDER BY 1")]
        assert versions == list(range(1, len(store.MIGRATIONS) + 1))
    finally:
        db.close()


@pytest.mark.slow
def test_racing_submits_on_two_offices_file_each_package_once_gaplessly(
    tmp_path: Path, postgres_url: str
) -> None:
    data_dir = tmp_path / "office"
    offices = [
        start_in_thread(data_dir, SERVICES, database=postgres_url, receives=TEST_RECEIVES),
        start_in_thread(data_dir, SERVICES, database=postgres_url, receives=TEST_RECEIVES),
    ]
    try:
        db = store.open_db(data_dir, postgres_url)
        tokens = [store.add_account(db, f"filer{i}") for i in range(4)]
        db.close()
        jobs = []
        for n in range(40):
            token = tokens[n % 4]
            data, pid = build_package({"a.xml": f"<a n='{n}'/>".encode()})
            # the same package uploaded twice and submitted at once through both offices
            for office in offices:
                jobs.append((office.url, token, create(office.url, token, data, pid, True), pid))
        answers: dict[str, list[dict[str, object]]] = {}
        lock = threading.Lock()
        start = threading.Barrier(len(jobs))

        def submit(url: str, token: str, upload: str, pid: str) -> None:
            start.wait(30)
            r = requests.post(
                f"{url}/filings",
                json={"upload_url": upload, "package_id": pid},
                headers={"Authorization": f"Bearer {token}"},
                timeout=60,
            )
            assert r.status_code in (200, 201), r.text
            with lock:
                answers.setdefault(pid, []).append(r.json())

        threads = [threading.Thread(target=submit, args=job) for job in jobs]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert len(answers) == 40
        for pid, pair in answers.items():
            assert len(pair) == 2
            assert pair[0]["receipt"] == pair[1]["receipt"]  # one decision, replayed
            assert sorted(bool(a["replayed"]) for a in pair) == [False, True]
        db = store.open_db(data_dir, postgres_url)
        try:
            numbers = [r[0] for r in db.execute("SELECT application_number FROM filings")]
            assert db.execute("SELECT COUNT(*) FROM uploads").fetchone()[0] == 0
        finally:
            db.close()
        serials = sorted(int(n.rsplit("-", 1)[1]) for n in numbers)
        assert serials == list(range(1, 41))  # gapless and unique
    finally:
        for office in offices:
            office.stop()


def test_racing_batches_on_two_offices_file_each_package_once(
    tmp_path: Path, postgres_url: str
) -> None:
    """The batch protocol on PostgreSQL: two filers' clients (same account, two computers)
    send the same 60 packages in bundles through two offices sharing one database at
    once; each package is decided once and both get the same receipt."""
    from filingassist.sync import outbox
    from filingassist.sync.runner import run_once
    from filingassist.sync.transport import RequestsTransport
    from tests.support.fixtures import FrozenClock, client_db, make_package, pin_office

    data_dir = tmp_path / "office"
    offices = [
        start_in_thread(data_dir, SERVICES, database=postgres_url),
        start_in_thread(data_dir, SERVICES, database=postgres_url),
    ]
    try:
        db = store.open_db(data_dir, postgres_url)
        token = store.add_account(db, "agent")
        db.close()
        folder = tmp_path / "pkgs"
        folder.mkdir()
        paths = [make_package(folder, 1500, name=f"p{i}.zip", seed=i) for i in range(60)]
        receipts: dict[int, dict[str, str]] = {}
        start = threading.Barrier(2)

        def sync(n: int) -> None:
            cdb = client_db(tmp_path / f"client{n}.sqlite")
            code = pin_office(cdb, offices[n].url, token)
            for path in paths:
                outbox.add(cdb, path, code)
            start.wait(30)
            result = run_once(cdb, RequestsTransport(), FrozenClock())
            assert len(result.receipted) == 60, result.errors
            receipts[n] = {r["package_id"]: r["application_number"] for r in outbox.receipts(cdb)}
            cdb.conn.close()

        threads = [threading.Thread(target=sync, args=(n,)) for n in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(150)
        assert receipts[0] == receipts[1] and len(receipts[0]) == 60
        db = store.open_db(data_dir, postgres_url)
        try:
            numbers = [r[0] for r in db.execute("SELECT application_number FROM filings")]
            assert db.execute("SELECT COUNT(*) FROM uploads").fetchone()[0] == 0
        finally:
            db.close()
        assert sorted(int(n.rsplit("-", 1)[1]) for n in numbers) == list(range(1, 61))
        assert sorted(numbers) == sorted(receipts[0].values())
    finally:
        for office in offices:
            office.stop()
