"""One package the office answers badly never stops the pass for the others."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from filingassist.sync import batching, outbox
from filingassist.sync.runner import run_once
from filingassist.sync.transport import Response
from tests.support import fixtures
from tests.support.fixtures import FrozenClock, Office, make_package, pin_office, start_office
from tests.support.wrapping import RewritingTransport

office, db = fixtures.office, fixtures.db

pytestmark = [pytest.mark.network, pytest.mark.timeout(60)]


@pytest.mark.parametrize("offer_batch", [False, True], ids=["one-by-one", "bundles-of-one"])
def test_upload_location_off_loopback_defers_that_package_only(
    tmp_path: Path, db: Database, offer_batch: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With bundles, an upload is a bundle: one package per bundle here, so the bad upload
    is still one package's alone."""
    monkeypatch.setattr(batching, "MAX_PACKAGES", 1)
    office = start_office(tmp_path / "office", offer_batch=offer_batch)
    try:
        _location_off_loopback(tmp_path, office, db)
    finally:
        office.server.stop()


def _location_off_loopback(tmp_path: Path, office: Office, db: Database) -> None:
    created: list[str] = []

    def rewrite(method: str, url: str, r: Response) -> Response:
        if method == "POST" and url.endswith("/files/") and r.status == 201:
            created.append(url)
            if len(created) == 1:  # the first upload is "moved" to plain http off loopback
                uid = str(r.headers["location"]).rstrip("/").rsplit("/", 1)[-1]
                return Response(201, {"Location": f"http://example.org/files/{uid}"})
        return r

    t = RewritingTransport(rewrite)
    code = pin_office(db, office.url, office.token)
    first = outbox.add(db, make_package(tmp_path, name="a.zip", seed=1), code)
    second = outbox.add(db, make_package(tmp_path, name="b.zip", seed=2), code)
    result = run_once(db, t, FrozenClock())
    assert len(result.deferred) == 1 and len(result.receipted) == 1
    assert {*result.deferred, *result.receipted} == {first.package_id, second.package_id}
    deferred = outbox.get(db, result.deferred[0])
    assert "plain http" in (deferred.last_error or "")
    assert deferred.upload_url is None  # the unusable URL is not kept for the next pass


def test_unexpected_core_error_on_one_package_defers_it_and_others_go(
    tmp_path: Path, office: Office, db: Database
) -> None:
    code = pin_office(db, office.url, office.token)
    bad = outbox.add(db, make_package(tmp_path, name="a.zip", seed=1), code)
    good = outbox.add(db, make_package(tmp_path, name="b.zip", seed=2), code)
    # e.g. a row written by an older version with an upload URL the transport refuses
    outbox.update(db, bad.package_id, state="uploading", upload_url="http://example.org/f/x")
    result = run_once(db, RewritingTransport(lambda m, u, r: r), FrozenClock())
    assert result.deferred == [bad.package_id] and result.receipted == [good.package_id]
    assert "plain http" in (outbox.get(db, bad.package_id).last_error or "")


def test_package_file_changed_after_queuing_is_not_uploaded(
    tmp_path: Path, office: Office, db: Database
) -> None:
    code = pin_office(db, office.url, office.token)
    item = outbox.add(db, make_package(tmp_path, name="a.zip", seed=1), code)
    raw = bytearray(Path(item.path).read_bytes())
    raw[-30] ^= 0xFF  # same size, other bytes (disk damage, or the file was rewritten)
    Path(item.path).write_bytes(bytes(raw))
    t = RewritingTransport(lambda m, u, r: r)
    result = run_once(db, t, FrozenClock())
    assert result.deferred == [item.package_id]
    assert "changed since it was queued" in (outbox.get(db, item.package_id).last_error or "")
    assert not [url for method, url, _ in t.log if method in ("POST", "PATCH") and "/files/" in url]
