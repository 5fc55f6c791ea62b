"""The Workspace's filing path: queue offline, send when the office is there, mark filed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from filingassist.app import Workspace
from filingassist.events import OutboxChanged
from filingassist.office import store as office_store
from filingassist.office.serve import start_in_thread
from tests.support.fixtures import TEST_RECEIVES

PASS = b"a long enough passphrase"


@pytest.fixture
def ws(isolated_home: Path):
    w = Workspace.open()
    yield w
    w.close()


@pytest.mark.network
def test_queue_offline_then_file_and_mark_the_draft(
    ws: Workspace, examples_dir: Path, tmp_path: Path
) -> None:
    signer = ws.unlock_key(ws.create_key("Jane Doe", PASS).name, PASS)
    draft = ws.import_file(examples_dir / "madrid.json")
    info = ws.pack(draft.id, signer)
    loose = tmp_path / "loose.zip"
    ws.pack(ws.load(draft.id), signer, loose, signing_time=dt.datetime(2026, 12, 1, tzinfo=dt.UTC))
    seen: list[str] = []
    ws.events.subscribe(OutboxChanged, lambda event: seen.extend(event.package_ids))
    with start_in_thread(tmp_path / "office", receives=TEST_RECEIVES) as office:
        token = office_store.add_account(office_store.open_db(tmp_path / "office"), "jane")
        _, fp = ws.discover_office(office.url)
        ws.add_office(office.url, fp, token)
        ws.queue(info.package_id)
        loose_item = ws.queue(loose)
        loose.unlink()  # the outbox kept its own copy
        assert {i.state for i in ws.outbox()} == {"queued"}
        result = ws.sync_once()
    assert sorted(result.receipted) == sorted([info.package_id, loose_item.package_id])
    assert {i.state for i in ws.outbox()} == {"receipted"}
    assert ws.draft(draft.id).status == "filed"
    assert {r.package_id for r in ws.receipts()} == set(result.receipted)
    assert info.package_id in seen


def test_queueing_needs_no_network(ws: Workspace, examples_dir: Path, tmp_path: Path) -> None:
    """An office added earlier is down: queueing still works and nothing is lost."""
    signer = ws.unlock_key(ws.create_key("Jane Doe", PASS).name, PASS)
    draft = ws.import_file(examples_dir / "trademark.json")
    info = ws.pack(draft.id, signer)
    with start_in_thread(tmp_path / "office", receives=TEST_RECEIVES) as office:
        _, fp = ws.discover_office(office.url)
        ws.add_office(office.url, fp)
    item = ws.queue(info.package_id)  # office stopped: no network involved
    assert item.state == "queued"
    result = ws.sync_once()
    assert result.receipted == [] and info.package_id in result.deferred
    assert ws.outbox()[0].state == "queued" and ws.outbox()[0].next_attempt_at > 0
