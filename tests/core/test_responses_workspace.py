"""Responses to office notices, end to end over real HTTP on loopback.

File an MM2, the office issues an irregularity notice, the filer corrects the draft and
responds; the office records the response under the same application number.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from filingassist.app import Workspace
from filingassist.errors import NotFound, UsageError
from filingassist.office import filing as office_filing
from filingassist.office import notices as office_notices
from filingassist.office import store as office_store
from filingassist.office.filing import Office as OfficeCtx
from filingassist.office.identity import load_or_create
from filingassist.office.serve import RunningOffice, start_in_thread
from filingassist.packaging.keys import Signer
from filingassist.sync.client import OfficeClient
from filingassist.sync.receipts import verify_receipt
from filingassist.sync.transport import RequestsTransport
from tests.support.fixtures import SERVICES, TEST_RECEIVES

PASS = b"a long enough passphrase"

pytestmark = [pytest.mark.network, pytest.mark.timeout(90)]


@dataclass
class Filed:
    """A workspace that filed the example MM2 with a running office."""

    ws: Workspace
    signer: Signer
    draft_id: str
    app_no: str
    office: RunningOffice
    data: Path

    def ctx(self) -> OfficeCtx:
        return OfficeCtx(load_or_create(self.data), self.data, SERVICES, 10**8)

    def issue(self, text: str = "Goods in class 25 too vague", days: int | None = 60) -> int:
        office_notices.issue(self.ctx(), self.app_no, "irregularity", text, days)
        result = self.ws.sync_once()
        assert result.notices == 1, result.errors
        return int(self.ws.notices()[-1].seq)


def _account(data: Path, name: str) -> str:
    db = office_store.open_db(data)
    try:
        return office_store.add_account(db, name)
    finally:
        db.close()


@pytest.fixture
def filed(isolated_home: Path, examples_dir: Path, tmp_path: Path) -> Iterator[Filed]:
    ws = Workspace.open()
    signer = ws.unlock_key(ws.create_key("Jane Doe", PASS).name, PASS)
    draft = ws.import_file(examples_dir / "madrid.json")
    data = tmp_path / "office"
    office = start_in_thread(data, SERVICES, receives=TEST_RECEIVES)
    try:
        _, fp = ws.discover_office(office.url)
        ws.add_office(office.url, fp, _account(data, "jane"))
        ws.queue(ws.pack(draft.id, signer).package_id)
        assert ws.sync_once().receipted
        yield Filed(ws, signer, draft.id, ws.receipts()[0].application_number, office, data)
    finally:
        office.stop()
        ws.close()


def _correct(f: Filed) -> None:
    doc = f.ws.load(f.draft_id)
    doc.data["reference"] = "HI-MM2-0042-R1"
    f.ws.save(f.draft_id, doc, "corrected as the irregularity notice asks")


def _response_rows(data: Path) -> list[tuple[object, ...]]:
    db = office_store.open_db(data)
    try:
        return [tuple(r) for r in db.execute("SELECT * FROM responses").fetchall()]
    finally:
        db.close()


def _filings(data: Path) -> int:
    db = office_store.open_db(data)
    try:
        return int(db.execute("SELECT count(*) FROM filings").fetchone()[0])
    finally:
        db.close()


def test_a_response_is_receipted_under_the_same_application_number(filed: Filed) -> None:
    f = filed
    seq = f.issue()
    notice = f.ws.notices()[0]
    issued = dt.datetime.fromisoformat(notice.issued_at)
    assert notice.deadline == (issued.date() + dt.timedelta(days=60)).isoformat()
    assert notice.response_package_id is None and notice.response_state is None

    _correct(f)
    info = f.ws.respond_to_notice("XX", seq, f.draft_id, f.signer)
    expected = {"office": "XX", "application_number": f.app_no, "notice": seq}
    with zipfile.ZipFile(info.path) as zf:
        assert json.loads(zf.read("manifest.json"))["responds_to"] == expected
    assert info.record.revision == f.ws.draft(f.draft_id).head  # the corrected revision
    row = f.ws.notices()[0]
    assert (row.response_package_id, row.response_state) == (info.package_id, "queued")

    result = f.ws.sync_once()
    assert result.receipted == [info.package_id] and not result.invalid
    receipt = next(r for r in f.ws.receipts() if r.package_id == info.package_id)
    assert receipt.application_number == f.app_no
    assert (receipt.kind, receipt.responds_to_notice, receipt.late) == (
        "response",
        seq,
        False,
    )
    row = f.ws.notices()[0]
    assert row.response_state == "receipted" and row.response_late is False
    assert row.response_filed_at == receipt.filed_at
    assert _filings(f.data) == 1  # no new application number was given
    stored = _response_rows(f.data)
    assert len(stored) == 1 and stored[0][:4] == (info.package_id, "jane", f.app_no, seq)

    # replay: submitting the same package id again gets exactly the same receipt
    record = f.ws.offices()[0]
    item = next(i for i in f.ws.outbox() if i.package_id == info.package_id)
    transport = RequestsTransport()
    try:
        client = OfficeClient(record, transport, record.unsealed_token())
        answer = client.submit(item.upload_url or "", info.package_id)
    finally:
        transport.close()
    assert answer["replayed"] is True and answer["kind"] == "response"
    assert base64.b64decode(answer["receipt"]) == stored[0][6]
    again = verify_receipt(answer, record.cert_pem, info.package_id, item.sha256)
    assert (again.application_number, again.filed_at) == (f.app_no, receipt.filed_at)
    assert again.document["responds_to"] == expected and again.document["late"] is False


def test_a_response_after_the_deadline_is_received_and_marked_late(
    filed: Filed, monkeypatch: pytest.MonkeyPatch
) -> None:
    f = filed
    seq = f.issue(days=30)
    deadline = dt.date.fromisoformat(f.ws.notices()[0].deadline)
    _correct(f)
    info = f.ws.respond_to_notice("XX", seq, f.draft_id, f.signer)
    # the office's clock: the day after the deadline (the deadline day itself is in time)
    late_clock = dt.datetime.combine(deadline + dt.timedelta(days=1), dt.time(9, 0))
    monkeypatch.setattr(office_filing, "_now", lambda: late_clock.astimezone())
    assert f.ws.sync_once().receipted == [info.package_id]
    receipt = next(r for r in f.ws.receipts() if r.package_id == info.package_id)
    assert receipt.kind == "response" and receipt.late is True
    assert receipt.application_number == f.app_no
    assert f.ws.notices()[0].response_late is True


def test_a_response_on_the_deadline_day_is_in_time(
    filed: Filed, monkeypatch: pytest.MonkeyPatch
) -> None:
    f = filed
    seq = f.issue(days=30)
    deadline = dt.date.fromisoformat(f.ws.notices()[0].deadline)
    info = f.ws.respond_to_notice("XX", seq, f.draft_id, f.signer)
    last_minute = dt.datetime.combine(deadline, dt.time(23, 59))
    monkeypatch.setattr(office_filing, "_now", lambda: last_minute.astimezone())
    assert f.ws.sync_once().receipted == [info.package_id]
    assert f.ws.notices()[0].response_late is False


def test_a_response_to_an_unknown_notice_is_refused_by_the_office(filed: Filed) -> None:
    f = filed
    seq = f.issue()
    target = {"office": "XX", "application_number": f.app_no, "notice": seq + 41}
    info = f.ws.pack(f.draft_id, f.signer, responds_to=target)
    f.ws.queue(info.package_id)
    result = f.ws.sync_once()
    assert result.refused == [info.package_id]
    item = next(i for i in f.ws.outbox() if i.package_id == info.package_id)
    assert item.refusal_reasons == [
        f"responds_to: notice {seq + 41} does not exist for application {f.app_no}"
    ]
    assert _response_rows(f.data) == [] and _filings(f.data) == 1


def test_a_response_naming_another_accounts_application_is_refused(
    filed: Filed, tmp_path: Path
) -> None:
    f = filed
    seq = f.issue()
    info = f.ws.pack(
        f.draft_id,
        f.signer,
        responds_to={"office": "XX", "application_number": f.app_no, "notice": seq},
    )
    other = Workspace(tmp_path / "bob-home")  # another filer, with another account
    try:
        _, fp = other.discover_office(f.office.url)
        other.add_office(f.office.url, fp, _account(f.data, "bob"))
        other.queue(info.path)
        result = other.sync_once()
        assert result.refused == [info.package_id]
        assert other.outbox()[0].refusal_reasons == [
            f"responds_to: no application {f.app_no} was filed by this account"
        ]
        # a made-up application number gets the same answer (nothing leaks)
        made_up = f.ws.pack(
            f.draft_id,
            f.signer,
            responds_to={"office": "XX", "application_number": "XX-1999-000001", "notice": seq},
        )
        other.queue(made_up.path)
        assert other.sync_once().refused == [made_up.package_id]
    finally:
        other.close()
    assert _response_rows(f.data) == []


def test_respond_refuses_an_unknown_notice_and_another_draft(
    filed: Filed, examples_dir: Path
) -> None:
    f = filed
    with pytest.raises(NotFound, match="no notice 1 from office XX"):
        f.ws.respond_to_notice("XX", 1, f.draft_id, f.signer)
    seq = f.issue()
    stranger = f.ws.import_file(examples_dir / "madrid.json")
    with pytest.raises(UsageError, match=f"filed from draft {f.draft_id}"):
        f.ws.respond_to_notice("XX", seq, stranger.id, f.signer)
    assert [i.state for i in f.ws.outbox()] == ["receipted"]  # nothing was queued
