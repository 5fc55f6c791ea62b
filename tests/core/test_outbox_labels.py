"""The outbox and receipts as a person reads them (issue 16, problem 8): each package's
kind, mark or title and applicants, read once from the package file and kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from filingassist.app import Workspace
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
def test_rows_name_the_application_and_the_office(
    ws: Workspace, examples_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    signer = ws.unlock_key(ws.create_key("Jane Doe", PASS).name, PASS)
    draft = ws.import_file(examples_dir / "trademark.json")
    info = ws.pack(draft.id, signer)
    with start_in_thread(tmp_path / "office", receives=TEST_RECEIVES) as office:
        token = office_store.add_account(office_store.open_db(tmp_path / "office"), "jane")
        _, fp = ws.discover_office(office.url)
        record = ws.add_office(office.url, fp, token)
        ws.queue(info.package_id)
        [row] = ws.outbox_rows()
        assert row.package_id == info.package_id
        assert row.label.kind == "trademark"
        assert row.label.title == draft.title == "ORBIS"
        assert row.label.applicants == ("Orbis Coffee Roasters GmbH",)
        assert row.office_name == record.name
        # read once: the next listing does not open the package again
        from filingassist.sync import labels

        monkeypatch.setattr(labels, "read_label", lambda path: pytest.fail(f"read {path}"))
        assert ws.outbox_rows() == [row]
        assert ws.outbox_rows([info.package_id]) == [row]
        assert ws.outbox_rows(["0" * 64]) == []
        ws.sync_once()
    [receipt] = ws.receipt_rows()
    assert receipt.receipt.package_id == info.package_id
    assert (receipt.label, receipt.office_name) == (row.label, record.name)
    [filed] = ws.outbox_rows()
    assert filed.item.state == "receipted" and filed.label == row.label


def test_deleting_a_draft_deletes_the_label_of_its_unsent_package(
    ws: Workspace, examples_dir: Path, tmp_path: Path
) -> None:
    signer = ws.unlock_key(ws.create_key("Jane Doe", PASS).name, PASS)
    draft = ws.import_file(examples_dir / "trademark.json")
    info = ws.pack(draft.id, signer)
    with start_in_thread(tmp_path / "office", receives=TEST_RECEIVES) as office:
        _, fp = ws.discover_office(office.url)
        ws.add_office(office.url, fp)
    ws.queue(info.package_id)
    assert ws.outbox_rows()[0].label.title == "ORBIS"
    ws.delete_drafts([draft.id])
    assert ws.outbox_rows() == []
    db = ws._store.db
    assert db.execute("select count(*) from package_labels").fetchone()[0] == 0
