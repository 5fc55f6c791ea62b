"""The client over a bad link and a misbehaving office (fault proxy on loopback)."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from filingassist.errors import UsageError
from filingassist.office import store as office_store
from filingassist.office.serve import start_in_thread
from filingassist.packaging.cms import sign_detached
from filingassist.sync import outbox
from filingassist.sync.runner import run_once
from filingassist.sync.transport import RequestsTransport, Response, check_url
from tests.support import fixtures, pkgtools
from tests.support.faultproxy import FaultProxy, wait_until
from tests.support.fixtures import (
    SERVICES,
    TEST_RECEIVES,
    FrozenClock,
    Office,
    make_package,
    pin_office,
    start_office,
)
from tests.support.wrapping import RewritingTransport, b64, is_submit, replace_json

office, db, transport = fixtures.office, fixtures.db, fixtures.transport

pytestmark = [pytest.mark.network, pytest.mark.timeout(90)]


@pytest.fixture
def proxy(office: Office) -> Iterator[FaultProxy]:
    with FaultProxy("127.0.0.1", office.server.port) as p:
        yield p


def _filings(o: Office) -> list[tuple[str, str]]:
    odb = office_store.open_db(o.data)
    try:
        return [(r[0], r[1]) for r in odb.execute("SELECT package_id, package_sha256 FROM filings")]
    finally:
        odb.close()


@pytest.mark.slow
def test_link_cut_every_150kb_still_files_in_one_pass(
    tmp_path: Path, office: Office, proxy: FaultProxy, db: Database, transport: RequestsTransport
) -> None:
    code = pin_office(db, proxy.url, office.token)
    item = outbox.add(db, make_package(tmp_path, 1_200_000), code)
    proxy.cut_every = 150_000
    # note: a capped link, as in life; at loopback speed uvicorn drops the up-to-64 KiB
    # it had buffered but not yet handed to the app when the connection ends
    proxy.rate_up = 3_000_000
    result = run_once(db, transport, FrozenClock())
    assert result.receipted == [item.package_id], result.errors
    assert proxy.cuts >= 7
    assert _filings(office) == [(item.package_id, item.sha256)]
    # the office kept what arrived before each cut: little is sent twice
    assert proxy.bytes_up < item.size * 1.05


@pytest.mark.slow
def test_office_down_mid_upload_then_back(
    tmp_path: Path, db: Database, transport: RequestsTransport
) -> None:
    data = tmp_path / "office"
    first = start_office(data)
    port = first.server.port
    with FaultProxy("127.0.0.1", port) as proxy:
        code = pin_office(db, proxy.url, first.token)
        item = outbox.add(db, make_package(tmp_path, 800_000), code)
        proxy.rate_up = 400_000  # two seconds of upload
        clock = FrozenClock()
        stopper = threading.Thread(
            target=lambda: (
                wait_until(lambda: proxy.bytes_up > 300_000, 10)
                and (proxy.cut_all(), first.server.stop(force=True))
            )
        )
        stopper.start()
        result = run_once(db, transport, clock)
        stopper.join(10)
        assert result.deferred == [item.package_id]
        down = outbox.get(db, item.package_id)
        assert down.state == "uploading" and down.next_attempt_at > clock.now
        # still down: the next pass (after the wait) is deferred again, not refused
        clock.advance(down.next_attempt_at - clock.now)
        assert run_once(db, transport, clock).deferred == [item.package_id]
        second = start_in_thread(
            data, SERVICES, port=port, receives=TEST_RECEIVES
        )  # same data, same accounts
        try:
            clock.advance(outbox.get(db, item.package_id).next_attempt_at - clock.now)
            sent_before = proxy.bytes_up
            result = run_once(db, transport, clock)
            assert result.receipted == [item.package_id], result.errors
            # resumed: the second office run received far less than the whole package
            assert proxy.bytes_up - sent_before < item.size * 0.8
            assert _filings(first) == [(item.package_id, item.sha256)]
        finally:
            second.stop()


def test_5xx_and_429_bursts_back_off_and_honour_retry_after(
    tmp_path: Path, office: Office, db: Database
) -> None:
    failures = {"n": 0}

    def flaky(method: str, url: str, r: Response) -> Response:
        if method in ("POST", "PATCH") and failures["n"] < 4:
            failures["n"] += 1
            if failures["n"] == 4:
                return Response(429, {"Retry-After": "120"}, b"{}")
            return Response(503, {}, b"busy")
        return r

    code = pin_office(db, office.url, office.token)
    item = outbox.add(db, make_package(tmp_path), code)
    t = RewritingTransport(flaky)
    clock = FrozenClock(1_000_000.0)
    waits = []
    for _ in range(4):
        result = run_once(db, t, clock)
        assert result.deferred == [item.package_id]
        row = outbox.get(db, item.package_id)
        waits.append(row.next_attempt_at - clock.now)
        # not due yet: a pass before the wait is over sends nothing
        n = len(t.log)
        assert run_once(db, t, clock).changed == []
        assert [m for m, _, _ in t.log[n:]] == ["GET", "GET"]  # discovery and notices only
        clock.advance(waits[-1])
    assert waits[-1] == 120  # Retry-After wins over the jittered backoff
    assert all(0 <= w <= 3600 for w in waits)
    assert outbox.get(db, item.package_id).attempts == 4
    assert run_once(db, t, clock).receipted == [item.package_id]


def test_send_now_skips_the_wait(tmp_path: Path, office: Office, db: Database) -> None:
    down = {"on": True}
    t = RewritingTransport(
        lambda m, u, r: Response(503, {}, b"") if down["on"] and m != "GET" else r
    )
    code = pin_office(db, office.url, office.token)
    item = outbox.add(db, make_package(tmp_path), code)
    clock = FrozenClock()
    run_once(db, t, clock)
    assert outbox.due(db, clock.now) == []
    down["on"] = False
    assert outbox.send_now(db, item.package_id) == 1
    assert run_once(db, t, clock).receipted == [item.package_id]


def test_refusal_is_stored_with_reasons_and_not_retried(
    tmp_path: Path,
    office: Office,
    db: Database,
    transport: RequestsTransport,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    good = make_package(tmp_path)
    bad = tmp_path / "tampered.zip"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            dst.writestr(
                info.filename, b"<tampered/>" if info.filename == "application.xml" else body
            )
    code = pin_office(db, office.url, office.token)
    # outbox.add now refuses what verify rejects; a package queued by an older version
    # (before that check) must still be refused by the office and never retried
    monkeypatch.setattr(outbox, "_check_verifies", lambda data, path: None)
    item = outbox.add(db, bad, code)
    clock = FrozenClock()
    assert run_once(db, transport, clock).refused == [item.package_id]
    row = outbox.get(db, item.package_id)
    assert row.state == "refused"
    assert any("application.xml" in r for r in row.refusal_reasons)
    clock.advance(10**6)
    assert run_once(db, transport, clock).changed == []
    assert _filings(office) == []


def _forged_receipt(r: Response, mutate: dict[str, object]) -> Response:
    """Re-sign a modified receipt with a key that is not the office's."""
    doc = json.loads(base64.b64decode(r.json()["receipt"]))
    doc.update(mutate)
    body = json.dumps(doc, sort_keys=True).encode()
    s = pkgtools.make_signer("Impostor")
    return replace_json(
        r,
        receipt=b64(body),
        signature=b64(sign_detached(body, s.key, s.cert, dt.datetime.now(dt.UTC))),
    )


@pytest.mark.parametrize(
    "tamper",
    [
        # signature bytes damaged
        lambda r: replace_json(
            r, signature=b64(base64.b64decode(r.json()["signature"])[:-8] + b"\0" * 8)
        ),
        # receipt altered after signing (signature no longer matches)
        lambda r: replace_json(
            r, receipt=b64(base64.b64decode(r.json()["receipt"]).replace(b"XX-", b"YY-"))
        ),
        # a well-formed receipt signed by someone else
        lambda r: _forged_receipt(r, {}),
    ],
    ids=["bad-signature", "altered-body", "wrong-signer"],
)
def test_receipt_that_does_not_verify_leaves_package_not_filed(
    tmp_path: Path, office: Office, db: Database, tamper: object
) -> None:
    t = RewritingTransport(lambda m, u, r: tamper(r) if is_submit(m, u) and r.status < 300 else r)  # type: ignore[operator]
    code = pin_office(db, office.url, office.token)
    item = outbox.add(db, make_package(tmp_path), code)
    result = run_once(db, t, FrozenClock())
    assert result.invalid == [item.package_id]
    assert outbox.get(db, item.package_id).state == "receipt_invalid"
    assert outbox.receipts(db) == []


def test_receipt_with_wrong_digest_is_refused_by_client(
    tmp_path: Path, office: Office, db: Database
) -> None:
    """The office signs a receipt whose digest is not what we sent: not filed."""
    from filingassist.office.identity import load_or_create

    ident = load_or_create(office.data)

    def wrong_digest(m: str, u: str, r: Response) -> Response:
        if not (is_submit(m, u) and r.status < 300):
            return r
        doc = json.loads(base64.b64decode(r.json()["receipt"]))
        doc["files"][0]["sha256"] = hashlib.sha256(b"something else").hexdigest()
        body = json.dumps(doc, sort_keys=True).encode()
        sig = sign_detached(body, ident.key, ident.cert, dt.datetime.now(dt.UTC))
        return replace_json(r, receipt=b64(body), signature=b64(sig))

    code = pin_office(db, office.url, office.token)
    item = outbox.add(db, make_package(tmp_path), code)
    result = run_once(db, RewritingTransport(wrong_digest), FrozenClock())
    assert result.invalid == [item.package_id]
    assert "digest" in (outbox.get(db, item.package_id).last_error or "")
    assert outbox.receipts(db) == []
    # send now re-submits; the honest office answer is then accepted
    outbox.send_now(db, item.package_id)
    assert run_once(db, RequestsTransport(), FrozenClock()).receipted == [item.package_id]


def test_office_certificate_change_stops_sending(
    tmp_path: Path, office: Office, db: Database, transport: RequestsTransport
) -> None:
    code = pin_office(db, office.url, office.token)
    item = outbox.add(db, make_package(tmp_path), code)
    db.execute("UPDATE offices SET fingerprint = 'AA:BB' WHERE code = ?", [code])
    result = run_once(db, transport, FrozenClock())
    assert result.deferred == [item.package_id]
    assert "certificate changed" in result.errors[item.package_id]
    assert _filings(office) == []


def test_plain_http_only_to_loopback() -> None:
    check_url("http://127.0.0.1:8000/")
    check_url("http://localhost/")
    check_url("https://office.example/")
    with pytest.raises(UsageError):
        check_url("http://office.example/")
    with pytest.raises(UsageError):
        check_url("ftp://127.0.0.1/")


def test_stalled_link_times_out_and_defers(
    tmp_path: Path, office: Office, proxy: FaultProxy, db: Database
) -> None:
    code = pin_office(db, proxy.url, office.token)
    item = outbox.add(db, make_package(tmp_path), code)
    proxy.stall = True
    t = RequestsTransport(max_timeout=1.0)
    result = run_once(db, t, FrozenClock())
    assert result.deferred == [item.package_id]
    proxy.unstall()


def test_oversized_office_answer_is_not_buffered(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    from filingassist.errors import SyncError
    from filingassist.sync import transport as transport_mod
    from filingassist.sync.client import discover

    monkeypatch.setattr(transport_mod, "MAX_RESPONSE", 200)
    with pytest.raises(SyncError, match="larger than 200 bytes"):
        discover(RequestsTransport(), office.url)


def test_missing_package_file_defers_and_other_packages_still_go(
    tmp_path: Path, office: Office, db: Database, transport: RequestsTransport
) -> None:
    code = pin_office(db, office.url, office.token)
    gone = outbox.add(db, make_package(tmp_path, name="gone.zip", seed=1), code)
    kept = outbox.add(db, make_package(tmp_path, name="kept.zip", seed=2), code)
    Path(gone.path).unlink()
    result = run_once(db, transport, FrozenClock())
    assert result.receipted == [kept.package_id] and result.deferred == [gone.package_id]
    assert "cannot read the package" in (outbox.get(db, gone.package_id).last_error or "")


@pytest.mark.slow
def test_silent_cuts_the_office_never_sees(
    tmp_path: Path, office: Office, proxy: FaultProxy, db: Database, transport: RequestsTransport
) -> None:
    """The link drops without the office noticing (its old request keeps waiting for bytes).

    The office must let the resumed upload take over the upload at once instead of
    waiting for the stale request to time out.
    """
    code = pin_office(db, proxy.url, office.token)
    item = outbox.add(db, make_package(tmp_path, 900_000), code)
    proxy.cut_every = 200_000
    proxy.cut_silently = True
    proxy.rate_up = 3_000_000
    t0 = time.monotonic()
    result = run_once(db, transport, FrozenClock())
    assert result.receipted == [item.package_id], result.errors
    assert proxy.cuts >= 4
    assert time.monotonic() - t0 < 15
    assert _filings(office) == [(item.package_id, item.sha256)]
