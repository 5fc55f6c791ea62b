"""The outbox and receipts lists read only what changed (issue 15): triggers (migration
m012) stamp every change of a row they show with a version, and ``*_changes(since)``
names those packages. Each way a row changes is tried here against a real store."""

from __future__ import annotations

from pathlib import Path

import pytest

from filingassist.app import OutboxRow, Workspace
from filingassist.office import store as office_store
from filingassist.office.serve import start_in_thread
from filingassist.sync import outbox
from tests.support.fixtures import TEST_RECEIVES

PASS = b"a long enough passphrase"


@pytest.fixture
def ws(isolated_home: Path):
    w = Workspace.open()
    yield w
    w.close()


def _changed(ws: Workspace, since: int) -> tuple[int, tuple[str, ...], dict[str, OutboxRow]]:
    changes = ws.outbox_changes(since)
    return changes.version, changes.keys, {r.package_id: r for r in changes.rows}


@pytest.mark.network
def test_every_change_of_a_listed_row_is_named_once_since_a_version(
    ws: Workspace, examples_dir: Path, tmp_path: Path
) -> None:
    signer = ws.unlock_key(ws.create_key("Jane Doe", PASS).name, PASS)
    draft = ws.import_file(examples_dir / "trademark.json")
    other = ws.import_file(examples_dir / "trademark.json")
    first, second = ws.pack(draft.id, signer), ws.pack(other.id, signer)
    with start_in_thread(tmp_path / "office", receives=TEST_RECEIVES) as office:
        token = office_store.add_account(office_store.open_db(tmp_path / "office"), "jane")
        _, fp = ws.discover_office(office.url)
        record = ws.add_office(office.url, fp, token)
        v = ws.list_version()
        assert ws.outbox_changes(v).keys == ()  # nothing since: nothing read

        # queued: the new row (with its label, read and stored once)
        ws.queue(first.package_id)
        ws.queue(second.package_id)
        v2, keys, rows = _changed(ws, v)
        assert set(keys) == {first.package_id, second.package_id} and v2 > v
        assert rows[first.package_id].label.title == "ORBIS"
        assert ws.outbox_changes(v2).keys == ()

        # a state and progress change (what a sync pass writes)
        db = ws._store.db
        outbox.update(db, first.package_id, state="uploading", offset=5)
        v3, keys, rows = _changed(ws, v2)
        assert keys == (first.package_id,)
        assert rows[first.package_id].item.state == "uploading"

        # "Send now" (it moves no updated_at: the trigger still sees it)
        outbox.update(db, second.package_id, next_attempt_at=9e9)
        v4 = ws.outbox_changes(v3).version
        ws.send_now(second.package_id)
        v5, keys, rows = _changed(ws, v4)
        assert keys == (second.package_id,)
        assert rows[second.package_id].item.next_attempt_at == 0
        ws.send_now()
        v6, keys, _ = _changed(ws, v5)
        assert set(keys) == {first.package_id, second.package_id}

        # re-targeted to another office; an office's new name changes its rows
        db.execute("INSERT INTO offices(code, name, url) VALUES ('YY', 'Other Office', 'http://x')")
        v7 = ws.list_version()
        outbox.retarget(db, second.package_id, "YY")
        v8, keys, rows = _changed(ws, v7)
        assert keys == (second.package_id,)
        assert rows[second.package_id].office_name == "Other Office"
        db.execute("UPDATE offices SET name = 'Renamed Office' WHERE code = 'YY'")
        v9, keys, rows = _changed(ws, v8)
        assert keys == (second.package_id,)
        assert rows[second.package_id].office_name == "Renamed Office"
        outbox.retarget(db, second.package_id, record.code)
        outbox.update(db, first.package_id, state="queued", offset=0)

        # filed: the receipt is stored and the row receipted, both lists see it
        v10 = ws.list_version()
        ws.sync_once(record.code)
    v11, keys, rows = _changed(ws, v10)
    assert set(keys) == {first.package_id, second.package_id}
    assert {r.item.state for r in rows.values()} == {"receipted"}
    receipts = ws.receipt_changes(v10)
    assert {r.package_id for r in receipts.rows} == {first.package_id, second.package_id}
    assert receipts.rows[0].label.title == "ORBIS"
    assert ws.receipt_changes(v11).rows == []


def test_a_deleted_row_is_named_and_no_longer_listed(
    ws: Workspace, examples_dir: Path, tmp_path: Path
) -> None:
    signer = ws.unlock_key(ws.create_key("Jane Doe", PASS).name, PASS)
    draft = ws.import_file(examples_dir / "trademark.json")
    info = ws.pack(draft.id, signer)
    with start_in_thread(tmp_path / "office", receives=TEST_RECEIVES) as office:
        _, fp = ws.discover_office(office.url)
        ws.add_office(office.url, fp)
    ws.queue(info.package_id)
    v = ws.list_version()
    ws.delete_drafts([draft.id])
    changes = ws.outbox_changes(v)
    assert info.package_id in changes.keys and changes.rows == []  # gone: named, no row
    assert ws.outbox_rows() == []


def test_an_upgraded_store_stamps_changes(isolated_home: Path) -> None:
    """A store made before m012 gets the triggers; its rows are stamped from then on."""
    from filingassist.store import migrations
    from filingassist.store.db import DB_NAME, connect

    db = connect(isolated_home / DB_NAME)
    migrations.migrations.apply(db, stop_before="m012_list_changes")
    db["outbox"].insert(
        {"package_id": "p1", "path": "/nowhere", "size": 1, "sha256": "0", "state": "queued"}
    )
    db.close()
    ws = Workspace.open()
    try:
        v = ws.list_version()
        outbox.update(ws._store.db, "p1", state="uploading")
        changes = ws.outbox_changes(v)
        assert changes.keys == ("p1",) and changes.rows[0].item.state == "uploading"
    finally:
        ws.close()
