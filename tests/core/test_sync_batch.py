"""The batch protocol (bundles) between our client and the reference office on loopback.

Many small packages in one tus upload and one batch submit that answers per package —
with every guarantee of the one-by-one protocol: exactly-once filing by package id,
resume after a cut, per-package refusal and receipt; and the fallback to one by one with
an office that does not offer it.
"""

from __future__ import annotations

import base64
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from filingassist.events import EventBus, OutboxChanged, Progress, SyncProgress
from filingassist.office import store as office_store
from filingassist.packaging import bundle
from filingassist.sync import outbox
from filingassist.sync.client import discover
from filingassist.sync.runner import run_once
from filingassist.sync.transport import RequestsTransport
from tests.support import fixtures, tushttp
from tests.support.faultproxy import FaultProxy
from tests.support.fixtures import FrozenClock, Office, make_package, pin_office, start_office
from tests.support.wrapping import RewritingTransport

office, db = fixtures.office, fixtures.db

pytestmark = [pytest.mark.network, pytest.mark.timeout(120)]


class CountingTransport(RewritingTransport):
    def __init__(self) -> None:
        super().__init__(lambda m, u, r: r)


def _queue(db: Database, folder: Path, code: str, n: int, size: int = 1500) -> list[str]:
    return [
        outbox.add(db, make_package(folder, size, name=f"p{i}.zip", seed=i), code).package_id
        for i in range(n)
    ]


def _office_rows(o: Office, sql: str) -> list[tuple[object, ...]]:
    odb = office_store.open_db(o.data)
    try:
        return [tuple(r) for r in odb.execute(sql)]
    finally:
        odb.close()


def _filed(o: Office) -> list[str]:
    return sorted(str(r[0]) for r in _office_rows(o, "SELECT package_id FROM filings"))


def test_many_packages_go_in_bundles_with_few_requests(
    tmp_path: Path, office: Office, db: Database
) -> None:
    code = pin_office(db, office.url, office.token)
    ids = _queue(db, tmp_path, code, 30)
    t = CountingTransport()
    events = EventBus()
    changed: list[tuple[str, ...]] = []
    done: dict[str, Progress] = {}
    events.subscribe(OutboxChanged, lambda e: changed.append(e.package_ids))
    events.subscribe(SyncProgress, lambda e: done.__setitem__(e.progress.package_id, e.progress))
    result = run_once(db, t, FrozenClock(), events=events)
    assert sorted(result.receipted) == sorted(ids), result.errors
    # the UI hears once per bundle, not once per package; progress per package
    assert len(changed) == 2 and sorted(p for c in changed for p in c) == sorted(ids)
    assert sorted(done) == sorted(ids)
    assert all(p.sent == p.total == outbox.get(db, pid).size for pid, p in done.items())
    assert _filed(office) == sorted(ids)
    methods = [(m, u.rsplit("/", 2)[-2:]) for m, u, _ in t.log]
    # discovery, per bundle one create + one PATCH + one batch submit, notices; the last
    # bundle of a pass is halved down to batching.TAIL_PACKAGES (30 → 15 + 15)
    assert len(t.log) == 2 + 3 * 2, methods
    assert [m for m, _, _ in t.log].count("PATCH") == 2
    assert [u.endswith("/filings/batch") for _, u, _ in t.log].count(True) == 2
    receipts = outbox.receipts(db)
    assert len({r["application_number"] for r in receipts}) == 30
    assert _office_rows(office, "SELECT COUNT(*) FROM uploads") == [(0,)]
    # a second pass has nothing to do
    assert run_once(db, t, FrozenClock()).changed == []


def test_stored_receipt_is_the_offices_own_bytes_and_verifies_with_openssl(
    tmp_path: Path, office: Office, db: Database
) -> None:
    """The certificate left out on the wire is put back: the stored signature is the one
    the office keeps, and ``openssl cms -verify`` accepts it as documented."""
    code = pin_office(db, office.url, office.token)
    ids = _queue(db, tmp_path, code, 3)
    run_once(db, RequestsTransport(), FrozenClock())
    kept = {
        str(r[0]): (bytes(r[1]), bytes(r[2]))  # type: ignore[arg-type]
        for r in _office_rows(office, "SELECT package_id, receipt, signature FROM filings")
    }
    for pid in ids:
        row = next(db.query("SELECT receipt, signature FROM receipts WHERE package_id=?", [pid]))
        assert (row["receipt"], row["signature"]) == kept[pid]
    body, sig = kept[ids[0]]
    (tmp_path / "r.json").write_bytes(body)
    (tmp_path / "r.p7s").write_bytes(sig)
    (tmp_path / "office.pem").write_text(
        discover(RequestsTransport(), office.url)["receipt_certificate"]
    )
    done = subprocess.run(
        ["openssl", "cms", "-verify", "-inform", "DER", "-in", str(tmp_path / "r.p7s"),
         "-content", str(tmp_path / "r.json"), "-binary", "-CAfile", str(tmp_path / "office.pem"),
         "-purpose", "any", "-out", "/dev/null"],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_batch_answer_leaves_out_the_pinned_certificate_and_is_compressed(
    tmp_path: Path, office: Office
) -> None:
    packages = [make_package(tmp_path, 1500, name=f"q{i}.zip", seed=i) for i in range(20)]
    entries = [(outbox.package_identity(p)[0], p.read_bytes()) for p in packages]
    data = bundle.build(entries)
    url = _create_bundle(office, data)
    r = tushttp.patch(url, office.token, 0, data)
    assert r.status_code == 204
    r = _post_batch(office, url, stream=True)
    assert r.status_code == 200 and r.headers["Content-Encoding"] == "gzip"
    wire = len(r.raw.read(decode_content=False))
    url = _create_bundle(office, data)  # sent again: the same receipts, replayed
    assert tushttp.patch(url, office.token, 0, data).status_code == 204
    r = _post_batch(office, url)
    results = r.json()["results"]
    assert [x["package_id"] for x in results] == [pid for pid, _ in entries]
    assert {x["status"] for x in results} == {"replayed"}
    cert = discover(RequestsTransport(), office.url)["receipt_certificate"]
    der = base64.b64decode("".join(cert.strip().splitlines()[1:-1]))
    payload = 0
    for x in results:
        sig = base64.b64decode(x["signature"])
        assert der not in sig
        payload += len(x["document"]) + len(sig)
    assert wire < payload  # the receipts' keys repeat: gzip more than pays for JSON


def _create_bundle(o: Office, data: bytes, sha256: str | None = None) -> str:
    import hashlib

    items = {
        "bundle": bundle.FORMAT,
        "sha256": sha256 or hashlib.sha256(data).hexdigest(),
        "filename": "b.fbundle",
        "filetype": bundle.MEDIA_TYPE,
    }
    meta = ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in items.items())
    headers = {**tushttp.auth(o.token), "Upload-Length": str(len(data)), "Upload-Metadata": meta}
    import requests

    r = requests.post(f"{o.url}/files/", headers=headers, timeout=30)
    assert r.status_code == 201, r.text
    return str(r.headers["Location"])


def _post_batch(o: Office, url: str, stream: bool = False) -> object:
    import requests

    return requests.post(
        f"{o.url}/filings/batch",
        json={"upload_url": url},
        headers={"Authorization": f"Bearer {o.token}"},
        timeout=60,
        stream=stream,
    )


def test_a_refused_package_inside_a_bundle_is_refused_alone(
    tmp_path: Path, office: Office, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = pin_office(db, office.url, office.token)
    good = _queue(db, tmp_path, code, 4)
    source = make_package(tmp_path, 1500, name="src.zip", seed=99)
    bad = tmp_path / "tampered.zip"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            dst.writestr(info.filename, b"<x/>" if info.filename == "application.xml" else body)
    monkeypatch.setattr(outbox, "_check_verifies", lambda data, path: None)
    refused = outbox.add(db, bad, code).package_id
    t = CountingTransport()
    result = run_once(db, t, FrozenClock())
    assert sorted(result.receipted) == sorted(good)
    assert result.refused == [refused]
    row = outbox.get(db, refused)
    assert row.state == "refused" and any("application.xml" in r for r in row.refusal_reasons)
    assert _filed(office) == sorted(good)
    assert any(u.endswith("/filings/batch") for _, u, _ in t.log)
    assert not any(u.endswith("/filings") for _, u, _ in t.log)  # nothing one by one


@pytest.fixture
def plain_office(tmp_path: Path) -> Iterator[Office]:
    o = start_office(tmp_path / "plain-office", offer_batch=False)
    yield o
    o.server.stop()


def test_office_without_the_capability_gets_packages_one_by_one(
    tmp_path: Path, plain_office: Office, db: Database
) -> None:
    doc = discover(RequestsTransport(), plain_office.url)
    assert "batch" not in doc and "batch_filings" not in doc["endpoints"]
    code = pin_office(db, plain_office.url, plain_office.token)
    ids = _queue(db, tmp_path, code, 5)
    t = CountingTransport()
    result = run_once(db, t, FrozenClock())
    assert sorted(result.receipted) == sorted(ids)
    assert not any("batch" in u for _, u, _ in t.log)
    assert [m for m, u, _ in t.log if u.endswith("/filings")] == ["POST"] * 5
    assert _filed(plain_office) == sorted(ids)


def test_a_bundle_started_with_an_office_that_then_drops_batches_goes_one_by_one(
    tmp_path: Path, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bundle half-sent, then the office comes back without the capability: the
    packages are sent again one by one (never into the bundle's upload)."""
    from filingassist.errors import TransientSyncError
    from filingassist.sync import client as client_mod

    def half_then_cut(self: client_mod.OfficeClient, url: str, source: bytes, *a: object) -> None:
        on_offset = a[-2]
        on_offset(self.tus.patch(url, source, 0, 5000, lambda n: None))  # type: ignore[operator]
        raise TransientSyncError("the link went down")

    data = tmp_path / "o"
    first = start_office(data)
    port = first.server.port
    try:
        code = pin_office(db, first.url, first.token)
        ids = _queue(db, tmp_path, code, 6)
        with monkeypatch.context() as patched:
            patched.setattr(client_mod.OfficeClient, "upload", half_then_cut)
            result = run_once(db, RequestsTransport(), FrozenClock())
        assert sorted(result.deferred) == sorted(ids)
        assert {outbox.get(db, p).state for p in ids} == {"uploading"}
        assert {outbox.get(db, p).offset for p in ids} == {5000}
        assert len(list(db.query("SELECT * FROM outbox_bundles"))) == 1
    finally:
        first.server.stop()
    second = start_office(data, port=port, offer_batch=False)
    try:
        db.execute("UPDATE offices SET url = ? WHERE code = ?", [second.url, code])
        db.execute("UPDATE offices SET token = ? WHERE code = ?", [_sealed(second.token), code])
        clock = FrozenClock()
        clock.advance(10**6)
        result = run_once(db, RequestsTransport(), clock)
        assert sorted(result.receipted) == sorted(ids), result.errors
        assert _filed(second) == sorted(ids)
        assert list(db.query("SELECT * FROM outbox_bundles")) == []
    finally:
        second.server.stop()


def _sealed(token: str) -> str:
    from filingassist.sync import tokens

    return tokens.seal(token)


@pytest.mark.slow
def test_cut_mid_batch_resumes_and_files_each_package_once(
    tmp_path: Path, office: Office, db: Database
) -> None:
    """The link drops every 20 kB while bundles go up and receipts come down: the bundle
    uploads resume from the office's offset, and every package is filed once."""
    code = pin_office(db, office.url, office.token)
    with FaultProxy("127.0.0.1", office.server.port) as proxy:
        db.execute("UPDATE offices SET url = ? WHERE code = ?", [proxy.url, code])
        ids = _queue(db, tmp_path, code, 120, size=2500)
        proxy.cut_every = 20_000
        proxy.rate_up = 400_000
        proxy.latency_up = proxy.latency_down = 0.01
        clock = FrozenClock()
        received: list[str] = []
        for _ in range(8):  # passes, bounded; the link keeps dropping
            result = run_once(db, RequestsTransport(max_timeout=10), clock)
            received += result.receipted
            clock.advance(10**6)
            if len(received) == len(ids):
                break
        assert proxy.cuts >= 10
    assert sorted(received) == sorted(ids)
    assert _filed(office) == sorted(ids)
    filed = _office_rows(office, "SELECT package_id, COUNT(*) FROM filings GROUP BY package_id")
    assert all(n == 1 for _, n in filed)
    stored = {r["package_id"]: r["application_number"] for r in outbox.receipts(db)}
    numbers = dict(_office_rows(office, "SELECT package_id, application_number FROM filings"))
    assert stored == numbers
    assert _office_rows(office, "SELECT COUNT(*) FROM uploads") == [(0,)]


def test_a_pass_killed_after_the_bundle_was_created_resumes_it(
    tmp_path: Path, office: Office, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bundle's make-up is stored before its bytes go: a new pass rebuilds the same
    bytes, asks the office how far it got, and sends only the rest."""
    from filingassist.sync import client as client_mod

    code = pin_office(db, office.url, office.token)
    ids = _queue(db, tmp_path, code, 10)

    def killed(self: object, *args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt  # the process dies before the first PATCH

    with monkeypatch.context() as patched:
        patched.setattr(client_mod.OfficeClient, "upload", killed)
        with pytest.raises(KeyboardInterrupt):
            run_once(db, RequestsTransport(), FrozenClock())
    bundles = list(db.query("SELECT upload_url, package_ids FROM outbox_bundles"))
    assert len(bundles) == 1
    url = bundles[0]["upload_url"]
    assert {outbox.get(db, p).upload_url for p in ids} == {url}
    t = CountingTransport()
    result = run_once(db, t, FrozenClock())
    assert sorted(result.receipted) == sorted(ids)
    assert not any(m == "POST" and u.endswith("/files/") for m, u, _ in t.log)  # resumed
    assert ("HEAD", url, 200) in t.log
    assert _filed(office) == sorted(ids)


def test_packages_filed_before_come_back_with_the_same_receipt_in_a_bundle(
    tmp_path: Path, office: Office, db: Database, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """A client that lost its receipts (a restored backup) sends the same packages again:
    the office answers each with the receipt it stored, nothing is filed twice."""
    code = pin_office(db, office.url, office.token)
    ids = _queue(db, tmp_path, code, 5)
    run_once(db, RequestsTransport(), FrozenClock())
    first = {r["package_id"]: r["application_number"] for r in outbox.receipts(db)}
    other = fixtures.client_db(tmp_path_factory.mktemp("other") / "c.sqlite")
    code2 = pin_office(other, office.url, office.token)
    for i in range(5):
        outbox.add(other, tmp_path / f"p{i}.zip", code2)
    result = run_once(other, RequestsTransport(), FrozenClock())
    assert sorted(result.receipted) == sorted(ids)
    assert {r["package_id"]: r["application_number"] for r in outbox.receipts(other)} == first
    assert len(_filed(office)) == 5
    other.conn.close()


@pytest.mark.parametrize(
    "data, message",
    [
        (b"not a bundle", "does not start with"),
        (bundle.header([("a" * 64, 10)]) + b"short", "do not add up"),
        (bundle.header([("a" * 64, 1), ("a" * 64, 1)]) + b"xy", "listed twice"),
        (b"filing-bundle/1 2\n" + b"a" * 64 + b" 1\n", "entry 2"),
        (b"filing-bundle/1 501\n", "lists 501 packages; this office takes 500"),
    ],
    ids=["no-header", "sizes", "duplicate", "truncated-header", "too-many"],
)
def test_malformed_bundles_are_refused_whole_and_removed(
    office: Office, data: bytes, message: str
) -> None:
    url = _create_bundle(office, data)
    assert tushttp.patch(url, office.token, 0, data).status_code == 204
    r = _post_batch(office, url)
    assert r.status_code == 400 and message in r.json()["error"]  # type: ignore[attr-defined]
    assert tushttp.head(url, office.token).status_code == 404
    assert _office_rows(office, "SELECT COUNT(*) FROM refusals") == [(0,)]


def test_a_bundle_is_not_submitted_as_a_single_package(tmp_path: Path, office: Office) -> None:
    pkg = make_package(tmp_path, 1500)
    pid = outbox.package_identity(pkg)[0]
    data = bundle.build([(pid, pkg.read_bytes())])
    url = _create_bundle(office, data)
    assert tushttp.patch(url, office.token, 0, data).status_code == 204
    r = tushttp.submit(office.url, office.token, url, pid)
    assert r.status_code == 404 and "bundle" in r.json()["error"]
    assert _office_rows(office, "SELECT COUNT(*) FROM refusals") == [(0,)]
    assert _post_batch(office, url).status_code == 200  # type: ignore[attr-defined]
    assert _filed(office) == [pid]


def test_a_damaged_bundle_is_uploaded_again(tmp_path: Path, office: Office) -> None:
    pkg = make_package(tmp_path, 1500)
    pid = outbox.package_identity(pkg)[0]
    data = bundle.build([(pid, pkg.read_bytes())])
    url = _create_bundle(office, data, sha256="0" * 64)
    assert tushttp.patch(url, office.token, 0, data).status_code == 204
    r = _post_batch(office, url)
    assert r.status_code == 409  # type: ignore[attr-defined]
    assert _filed(office) == []


def test_bundles_respect_the_limits_keep_the_order_and_taper_at_the_end() -> None:
    from dataclasses import replace
    from types import SimpleNamespace

    from filingassist.sync.batching import (
        MAX_PACKAGES,
        TAIL_PACKAGES,
        TARGET_BUNDLE_BYTES,
        BatchSender,
    )
    from filingassist.sync.client import BatchLimits

    item = outbox.OutboxItem("0", "p", 1800, "s", "XX", "queued", 0, None, 0, 0.0, None, [], "", "")
    items = [replace(item, package_id=f"{i:064x}") for i in range(1000)]
    for limits in (BatchLimits(500, 16 << 20), BatchLimits(40, 50_000)):
        client = SimpleNamespace(office=SimpleNamespace(code="XX"))
        sender = BatchSender(None, client, limits, None, lambda i, e: None, None)  # type: ignore[arg-type]
        bundles = sender._group(items)
        assert [pid for b in bundles for pid in b.package_ids] == [i.package_id for i in items]
        for b in bundles:
            assert len(b.package_ids) <= min(MAX_PACKAGES, limits.max_packages)
            assert len(b.package_ids) * 1880 <= min(TARGET_BUNDLE_BYTES, limits.max_bytes)
        assert len(bundles[-1].package_ids) <= TAIL_PACKAGES
        if limits.max_packages >= MAX_PACKAGES:  # an office's tighter limits cost requests
            assert 3 * len(bundles) <= 0.1 * 1000  # requests per package well under 0.1


@pytest.mark.slow
@pytest.mark.parametrize(
    ("point", "states_after_crash", "filed_by_crash"),
    [
        ("batch_mid_upload", {"uploading"}, {0}),
        ("batch_before_submit", {"submitted"}, {0}),
        # the second bundle may be filed too before the first one's answer came back
        ("batch_after_submit", {"submitted"}, {20, 40}),
    ],
)
def test_kill_9_mid_batch_then_restart_files_each_package_once(
    tmp_path: Path,
    office: Office,
    db: Database,
    point: str,
    states_after_crash: set[str],
    filed_by_crash: set[int],
) -> None:
    """A real SIGKILL of the client process at each step of a bundle (its first bundle of
    20 packages), then a new pass: every package filed once, every receipt stored."""
    import os
    import sys

    code = pin_office(db, office.url, office.token)
    ids = _queue(db, tmp_path, code, 40, size=2000)  # two bundles of 20 (the taper)
    root = Path(__file__).resolve().parents[2]
    db_path = Path(db.execute("PRAGMA database_list").fetchone()[2])
    crashed = subprocess.run(
        [sys.executable, "-m", "tests.support.crash_client", str(db_path), point],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert crashed.returncode == -9, crashed.stderr
    started = json_ids(db, "SELECT package_ids FROM outbox_bundles")
    # the first bundle; the second may have been created while the first was submitted
    assert len(started) in (20, 40)
    states = {outbox.get(db, p).state for p in started}
    assert states_after_crash <= states <= {"uploading", "uploaded", "submitted"}
    assert len(_filed(office)) in filed_by_crash
    result = run_once(db, RequestsTransport(), FrozenClock())
    assert sorted(result.receipted) == sorted(ids), result.errors
    filed = _office_rows(office, "SELECT package_id, COUNT(*) FROM filings GROUP BY package_id")
    assert sorted(str(p) for p, _ in filed) == sorted(ids) and {n for _, n in filed} == {1}
    assert list(db.query("SELECT * FROM outbox_bundles")) == []


def json_ids(db: Database, sql: str) -> list[str]:
    import json

    return [pid for row in db.execute(sql).fetchall() for pid in json.loads(row[0])]


def test_a_bundle_the_office_refuses_whole_goes_one_by_one_in_the_same_pass(
    tmp_path: Path, office: Office, db: Database
) -> None:
    """400 on the batch submit (a bundle the office cannot read) is nobody's package's
    fault: no package is marked refused, they are sent one by one at once."""
    from filingassist.sync.transport import Response

    def rewrite(method: str, url: str, r: Response) -> Response:
        if url.endswith("/filings/batch"):
            return Response(400, {"Content-Type": "application/json"}, b'{"error": "bundle: x"}')
        return r

    code = pin_office(db, office.url, office.token)
    ids = _queue(db, tmp_path, code, 6)
    t = RewritingTransport(rewrite)
    result = run_once(db, t, FrozenClock())
    assert sorted(result.receipted) == sorted(ids) and result.refused == []
    assert [u.endswith("/filings") for _, u, _ in t.log].count(True) == 6
    assert any(m == "DELETE" for m, _, _ in t.log)  # the bundle's upload is dropped
    assert list(db.query("SELECT * FROM outbox_bundles")) == []


def test_an_account_the_office_refuses_keeps_the_bundle_for_later(
    tmp_path: Path, office: Office, db: Database
) -> None:
    """401 on the batch submit (never reaching the office): the packages wait, the bundle
    is kept whole and the next pass submits it without sending its bytes again."""
    from collections.abc import Mapping

    from filingassist.sync.transport import Body, Response

    class Refusing(CountingTransport):
        refuse = True

        def request(
            self,
            method: str,
            url: str,
            *,
            headers: Mapping[str, str] | None = None,
            body: Body = None,
            timeout: float = 30.0,
        ) -> Response:
            if self.refuse and url.endswith("/filings/batch"):
                return Response(401, {}, b'{"detail": "a valid bearer token is required"}')
            return super().request(method, url, headers=headers, body=body, timeout=timeout)

    code = pin_office(db, office.url, office.token)
    ids = _queue(db, tmp_path, code, 6)
    clock = FrozenClock()
    result = run_once(db, Refusing(), clock)
    assert sorted(result.deferred) == sorted(ids) and result.refused == []
    assert {outbox.get(db, p).state for p in ids} == {"submitted"}
    assert "account token" in (outbox.get(db, ids[0]).last_error or "")
    clock.advance(10**6)
    t = Refusing()
    t.refuse = False
    result = run_once(db, t, clock)
    assert sorted(result.receipted) == sorted(ids)
    assert not any(m == "PATCH" for m, _, _ in t.log)  # the bundle was all there already


def test_a_bundle_over_the_advertised_size_is_refused_at_creation(office: Office) -> None:
    import requests

    limit = discover(RequestsTransport(), office.url)["batch"]["max_bytes"]
    items = {"bundle": bundle.FORMAT, "sha256": "0" * 64, "filename": "b", "filetype": "x/y"}
    meta = ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in items.items())
    headers = {**tushttp.auth(office.token), "Upload-Metadata": meta}
    r = requests.post(
        f"{office.url}/files/", headers={**headers, "Upload-Length": str(limit + 1)}, timeout=30
    )
    assert r.status_code == 413
    r = requests.post(
        f"{office.url}/files/", headers={**headers, "Upload-Length": str(limit)}, timeout=30
    )
    assert r.status_code == 201


def test_a_lone_package_to_a_batch_office_also_gets_its_receipt_without_the_certificate(
    tmp_path: Path, office: Office, db: Database
) -> None:
    from filingassist.sync.transport import Response

    seen: list[bytes] = []

    def keep(method: str, url: str, r: Response) -> Response:
        if method == "POST" and url.endswith("/filings"):
            seen.append(base64.b64decode(r.json()["signature"]))
        return r

    code = pin_office(db, office.url, office.token)
    (pid,) = _queue(db, tmp_path, code, 1)
    assert run_once(db, RewritingTransport(keep), FrozenClock()).receipted == [pid]
    cert = discover(RequestsTransport(), office.url)["receipt_certificate"]
    der = base64.b64decode("".join(cert.strip().splitlines()[1:-1]))
    assert len(seen) == 1 and der not in seen[0]
    stored = next(db.query("SELECT signature FROM receipts WHERE package_id = ?", [pid]))
    kept = _office_rows(office, "SELECT signature FROM filings")[0][0]
    assert stored["signature"] == bytes(kept) and der in stored["signature"]  # type: ignore[arg-type]
    # an old client (no omit_certificate) still gets the certificate embedded
    pkg = make_package(tmp_path, 1500, name="old.zip", seed=77)
    old_pid = outbox.package_identity(pkg)[0]
    r = tushttp.send(office.url, office.token, pkg.read_bytes(), old_pid)
    assert r.status_code == 201 and der in base64.b64decode(r.json()["signature"])
