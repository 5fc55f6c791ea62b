"""Client ⇄ reference office over real HTTP on loopback: upload, submit, receipt, notices."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from filingassist.events import EventBus, OutboxChanged, Progress, SyncFinished, SyncProgress
from filingassist.office import notices as office_notices
from filingassist.office.app import create_app  # noqa: F401 - the office must import cleanly
from filingassist.office.filing import Office as OfficeCtx
from filingassist.office.identity import load_or_create
from filingassist.sync import offices, outbox
from filingassist.sync.runner import run_once
from filingassist.sync.transport import RequestsTransport
from tests.support import fixtures
from tests.support.fixtures import SERVICES, FrozenClock, Office, make_package, pin_office

office, db, transport = fixtures.office, fixtures.db, fixtures.transport

pytestmark = [pytest.mark.network, pytest.mark.timeout(60)]


def test_package_is_filed_and_receipt_stored(
    tmp_path: Path, office: Office, db: Database, transport: RequestsTransport
) -> None:
    code = pin_office(db, office.url, office.token)
    pkg = make_package(tmp_path, 300_000)
    item = outbox.add(db, pkg, code)
    events = EventBus()
    progress: list[Progress] = []
    changed: list[tuple[str, ...]] = []
    finished: list[SyncFinished] = []
    events.subscribe(SyncProgress, lambda event: progress.append(event.progress))
    events.subscribe(OutboxChanged, lambda event: changed.append(event.package_ids))
    events.subscribe(SyncFinished, finished.append)
    result = run_once(db, transport, FrozenClock(), events=events)
    assert result.receipted == [item.package_id]
    assert changed == [(item.package_id,)]
    assert finished == [SyncFinished(code, (item.package_id,), 0, True, ())]
    row = outbox.get(db, item.package_id)
    assert row.state == "receipted"
    receipts = outbox.receipts(db)
    assert len(receipts) == 1 and receipts[0]["application_number"].startswith("XX-")
    assert progress and progress[-1].sent == item.size and progress[-1].total == item.size
    # a second pass has nothing to do
    assert run_once(db, transport, FrozenClock()).changed == []


def test_notices_are_fetched_verified_and_cursor_advances(
    tmp_path: Path, office: Office, db: Database, transport: RequestsTransport
) -> None:
    code = pin_office(db, office.url, office.token)
    outbox.add(db, make_package(tmp_path), code)
    run_once(db, transport, FrozenClock())
    app_no = outbox.receipts(db)[0]["application_number"]
    ctx = OfficeCtx(load_or_create(office.data), office.data, SERVICES, 10**8)
    office_notices.issue(ctx, app_no, "irregularity", "Fee missing", deadline_days=60)
    office_notices.issue(ctx, app_no, "acknowledgement", "Received")
    result = run_once(db, transport, FrozenClock())
    assert result.notices == 2
    stored = offices.stored_notices(db)
    assert [n["kind"] for n in stored] == ["irregularity", "acknowledgement"]
    assert stored[0]["deadline"] is not None
    assert offices.get(db, code).notices_cursor == 2
    assert run_once(db, transport, FrozenClock()).notices == 0


def test_a_notice_that_does_not_verify_is_not_stored(
    tmp_path: Path, office: Office, db: Database
) -> None:
    import base64
    import json as _json

    from filingassist.sync.transport import Response
    from tests.support.wrapping import RewritingTransport

    code = pin_office(db, office.url, office.token)
    outbox.add(db, make_package(tmp_path), code)
    run_once(db, RequestsTransport(), FrozenClock())
    app_no = outbox.receipts(db)[0]["application_number"]
    ctx = OfficeCtx(load_or_create(office.data), office.data, SERVICES, 10**8)
    office_notices.issue(ctx, app_no, "registration", "Registered")

    def forge(method: str, url: str, r: Response) -> Response:
        if "/notices" not in url:
            return r
        body = r.json()
        for item in body["notices"]:
            doc = _json.loads(base64.b64decode(item["notice"]))
            doc["kind"] = "refusal"
            item["notice"] = base64.b64encode(_json.dumps(doc).encode()).decode()
        return Response(r.status, r.headers, _json.dumps(body).encode())

    result = run_once(db, RewritingTransport(forge), FrozenClock())
    assert result.notices == 0 and "notices" in result.errors
    assert offices.stored_notices(db) == [] and offices.get(db, code).notices_cursor == 0
    assert run_once(db, RequestsTransport(), FrozenClock()).notices == 1
    assert offices.stored_notices(db)[0]["kind"] == "registration"
