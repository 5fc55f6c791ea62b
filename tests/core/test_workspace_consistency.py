"""The workspace stays consistent across double clicks, kills and a second process (issue 9).

Each test here failed before its fix: a revision could be packed and queued twice (two
application numbers), a kill right after the receipt left the draft "signed" for ever, two
sync passes ran side by side (one died with "database is locked"), and ``outbox add``
queued packages that ``verify`` rejects.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from filingassist.app import Workspace
from filingassist.errors import AlreadyQueued, Busy, VerificationError
from filingassist.office import store as office_store
from filingassist.office.serve import start_in_thread
from filingassist.store.db import DB_NAME
from filingassist.sync.transport import Body, RequestsTransport, Response
from tests.support.fixtures import TEST_RECEIVES

PASS = b"a long enough passphrase"
pytestmark = pytest.mark.network


@pytest.fixture
def office(tmp_path: Path) -> Iterator[tuple[str, str]]:
    with start_in_thread(tmp_path / "office", receives=TEST_RECEIVES) as server:
        token = office_store.add_account(office_store.open_db(tmp_path / "office"), "jane")
        yield server.url, token


@pytest.fixture
def ws(isolated_home: Path, office: tuple[str, str]) -> Iterator[Workspace]:
    w = Workspace.open()
    url, token = office
    _, fp = w.discover_office(url)
    w.add_office(url, fp, token)
    yield w
    w.close()


@pytest.fixture
def draft(ws: Workspace, examples_dir: Path) -> str:
    return ws.import_file(examples_dir / "trademark.json").id


def _signer(ws: Workspace) -> Any:
    return ws.unlock_key(ws.create_key("Jane Doe", PASS).name, PASS)


def test_a_queued_revision_is_not_packed_or_queued_again_unless_confirmed(
    ws: Workspace, draft: str
) -> None:
    signer = _signer(ws)
    first = ws.pack(draft, signer)
    # a second later: another package id (same second: the same, deterministic package)
    later = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(seconds=5)
    second = ws.pack(draft, signer, signing_time=later)  # not queued yet: harmless
    assert second.package_id != first.package_id
    ws.queue(first.package_id)
    with pytest.raises(AlreadyQueued, match="--again") as caught:
        ws.pack(draft, signer)
    assert caught.value.package_ids == [first.package_id]
    with pytest.raises(AlreadyQueued):
        ws.queue(second.package_id)
    assert [i.package_id for i in ws.outbox()] == [first.package_id]
    ws.queue(first.package_id)  # the same package again stays idempotent
    again = ws.pack(draft, signer, again=True, signing_time=later + dt.timedelta(seconds=5))
    ws.queue(again.package_id, again=True)
    assert len(ws.outbox()) == 2
    # a new revision is a new application to the user's eyes: no confirmation needed
    doc = ws.load(draft).copy()
    doc.data["reference"] = "REF-2"
    ws.save(draft, doc)
    ws.queue(ws.pack(draft, signer).package_id)


def test_a_filed_revision_is_refused_too(ws: Workspace, draft: str) -> None:
    signer = _signer(ws)
    ws.queue(ws.pack(draft, signer).package_id)
    assert ws.sync_once().receipted
    with pytest.raises(AlreadyQueued, match="already filed"):
        ws.pack(draft, signer)


def test_cli_pack_refuses_a_second_filing_with_exit_2(ws: Workspace, draft: str) -> None:
    signer = _signer(ws)
    ws.queue(ws.pack(draft, signer).package_id)
    ws.close()
    env = dict(os.environ, FA_TEST_PASS=PASS.decode())
    base = [sys.executable, "-m", "filingassist", "pack", draft, "--passphrase-env", "FA_TEST_PASS"]
    r = subprocess.run(base, capture_output=True, text=True, timeout=120, env=env)
    assert r.returncode == 2 and "--again" in r.stderr and "Traceback" not in r.stderr
    r = subprocess.run([*base, "--again"], capture_output=True, text=True, timeout=120, env=env)
    assert r.returncode == 0, r.stderr


_KILL_AFTER_RECEIPT = """
import os, signal, sys
from filingassist.app import Workspace
from filingassist.sync import outbox

store = outbox.store_receipt

def store_then_die(*args, **kwargs):
    store(*args, **kwargs)
    os.kill(os.getpid(), signal.SIGKILL)

outbox.store_receipt = store_then_die
Workspace.open().sync_once()
"""


def _status(home: Path, draft: str) -> str:
    conn = sqlite3.connect(home / DB_NAME)
    try:
        return str(conn.execute("SELECT status FROM drafts WHERE id = ?", [draft]).fetchone()[0])
    finally:
        conn.close()


def test_kill_right_after_the_receipt_leaves_the_draft_filed(
    ws: Workspace, draft: str, isolated_home: Path
) -> None:
    ws.queue(ws.pack(draft, _signer(ws)).package_id)
    ws.close()
    r = subprocess.run([sys.executable, "-c", _KILL_AFTER_RECEIPT], timeout=120, check=False)
    assert r.returncode == -9
    assert _status(isolated_home, draft) == "filed"  # without opening the workspace


def test_drafts_left_signed_by_older_versions_are_repaired_on_open(
    ws: Workspace, draft: str, isolated_home: Path
) -> None:
    ws.queue(ws.pack(draft, _signer(ws)).package_id)
    assert ws.sync_once().receipted
    ws.close()
    conn = sqlite3.connect(isolated_home / DB_NAME)
    conn.execute("UPDATE drafts SET status = 'signed' WHERE id = ?", [draft])
    conn.commit()
    conn.close()
    reopened = Workspace.open()
    try:
        assert reopened.draft(draft).status == "filed"
    finally:
        reopened.close()


class _HeldTransport(RequestsTransport):
    """Stops the pass at its first request until ``release`` is set."""

    def __init__(self) -> None:
        super().__init__()
        self.inside, self.release = threading.Event(), threading.Event()

    def request(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        body: Body = None,
        timeout: float = 30.0,
    ) -> Response:
        self.inside.set()
        assert self.release.wait(30)
        return super().request(method, url, headers=headers, body=body, timeout=timeout)


def test_one_sync_pass_at_a_time_per_data_folder(ws: Workspace, draft: str) -> None:
    ws.queue(ws.pack(draft, _signer(ws)).package_id)
    held = _HeldTransport()
    results: list[Any] = []
    first = threading.Thread(target=lambda: results.append(ws.sync_once(transport=held)))
    first.start()
    try:
        assert held.inside.wait(30)
        other = Workspace.open()  # another process would hold its own connection
        try:
            with pytest.raises(Busy, match="already running") as caught:
                other.sync_once(wait=0.3)
            assert str(ws.home) in str(caught.value)
            env = dict(os.environ)
            r = subprocess.run(
                [sys.executable, "-m", "filingassist", "sync", "--once", "--wait", "0.3"],
                capture_output=True, text=True, timeout=120, env=env,
            )  # fmt: skip
            assert r.returncode != 0 and "already running" in r.stderr
            assert "Traceback" not in r.stderr
        finally:
            held.release.set()
            first.join(30)
        assert results and results[0].receipted
        # the pass is over: the lock is free again, and there is nothing left to send
        assert other.sync_once(wait=0.3).receipted == []
        other.close()
    finally:
        held.release.set()


def _tampered(package: Path, out: Path) -> Path:
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            dst.writestr(info.filename, b"<x/>" if info.filename.endswith(".xml") else body)
    return out


def test_outbox_add_refuses_a_package_that_does_not_verify(
    ws: Workspace, draft: str, tmp_path: Path
) -> None:
    info = ws.pack(draft, _signer(ws))
    bad = _tampered(info.path, tmp_path / "bad.zip")
    with pytest.raises(VerificationError, match="does not verify.*altered"):
        ws.queue(bad)
    assert ws.outbox() == []
    assert not (ws.home / "outbox").exists() or list((ws.home / "outbox").iterdir()) == []
    ws.close()
    r = subprocess.run(
        [sys.executable, "-m", "filingassist", "outbox", "add", str(bad)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert r.returncode == 1 and "does not verify" in r.stderr
