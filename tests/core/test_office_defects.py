"""The office as an attacker and a crash would try it (issue 10), each defect pinned.

Every test here failed on the tuspyserver-based office: a kill -9 mid-upload left more
bytes on disk than the recorded offset (the resume appended at the end: 409 for ever);
``X-HTTP-Method-Override`` bypassed the PATCH guard and a blocking sleep stalled every
request; creation-with-upload ignored Upload-Length; another account could file your
package first; an expired certificate passed when the signing time was backdated;
``/notices?since=<huge>`` was a 500; re-uploads of a filed package stayed on disk.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from filingassist.cli.main import main
from filingassist.office import store
from filingassist.packaging.keys import Signer, self_signed_certificate
from filingassist.packaging.package import PackageFile
from filingassist.packaging.package import build_package as build_signed
from filingassist.sync import outbox
from filingassist.sync.runner import run_once
from filingassist.sync.transport import RequestsTransport
from tests.support import fixtures
from tests.support.faultproxy import FaultProxy, wait_until
from tests.support.fixtures import FrozenClock, Office, make_package, pin_office, start_office
from tests.support.pkgtools import build_package, make_signer
from tests.support.tushttp import auth, create, head, meta, patch, send, submit

office, db, transport = fixtures.office, fixtures.db, fixtures.transport

pytestmark = [pytest.mark.network, pytest.mark.timeout(120)]


def _add_account(data: Path, name: str) -> str:
    odb = store.open_db(data)
    try:
        return store.add_account(odb, name)
    finally:
        odb.close()


def _rows(data: Path, sql: str, params: list[object] | None = None) -> list[tuple[object, ...]]:
    odb = store.open_db(data)
    try:
        return [tuple(r) for r in odb.execute(sql, params or [])]
    finally:
        odb.close()


def _upload_file(data: Path, upload_url: str) -> Path:
    uid = upload_url.rstrip("/").rsplit("/", 1)[-1]
    [path] = [p for p in (data / "uploads").rglob(uid) if p.is_file()]
    return path


# -- 1. kill -9 mid-upload ------------------------------------------------------------------


class SubprocessOffice:
    """``filingassist office serve`` in its own process, so it can be killed with SIGKILL."""

    def __init__(self, data: Path, port: int = 0) -> None:
        self.data = data
        self.log = data.parent / f"office-{time.monotonic_ns()}.log"
        with open(self.log, "w") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "filingassist", "office", "serve"]
                + ["--port", str(port), "--data", str(data)],
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        found = wait_until(lambda: self._port() is not None or self.proc.poll() is not None, 30)
        assert found and self._port(), self.log.read_text()
        self.port = int(self._port() or 0)

    def _port(self) -> str | None:
        m = re.search(r"Uvicorn running on http://127\.0\.0\.1:(\d+)", self.log.read_text())
        return m.group(1) if m else None

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(15)


@pytest.mark.slow
def test_office_killed_mid_upload_resumes_and_files(
    tmp_path: Path, db: object, transport: RequestsTransport
) -> None:
    data = tmp_path / "office"
    first = SubprocessOffice(data)
    token = _add_account(data, "alice")
    try:
        with FaultProxy("127.0.0.1", first.port) as proxy:
            code = pin_office(db, proxy.url, token)  # type: ignore[arg-type]
            item = outbox.add(db, make_package(tmp_path, 1_500_000), code)  # type: ignore[arg-type]
            proxy.rate_up = 500_000  # three seconds of upload
            killer = threading.Thread(
                target=lambda: (
                    wait_until(lambda: proxy.bytes_up > 700_000, 20)
                    and (first.kill(), proxy.cut_all())
                )
            )
            killer.start()
            clock = FrozenClock()
            assert run_once(db, transport, clock).deferred == [item.package_id]  # type: ignore[arg-type]
            killer.join(10)
            assert first.proc.returncode == -signal.SIGKILL
            [(recorded,)] = _rows(data, "SELECT upload_offset FROM uploads")
            second = SubprocessOffice(data, port=first.port)
            try:
                clock.advance(outbox.get(db, item.package_id).next_attempt_at - clock.now)  # type: ignore[arg-type]
                sent_before = proxy.bytes_up
                result = run_once(db, transport, clock)  # type: ignore[arg-type]
                assert result.receipted == [item.package_id], result.errors
                # resumed from what the killed office had made durable, not from zero
                assert int(str(recorded)) > 0
                assert proxy.bytes_up - sent_before < item.size * 0.8
            finally:
                second.stop()
    finally:
        first.stop()
    filed = _rows(data, "SELECT package_id, package_sha256 FROM filings")
    assert filed == [(item.package_id, item.sha256)]
    assert _rows(data, "SELECT uid FROM uploads") == []


def test_bytes_past_the_recorded_offset_are_cut_on_resume(office: Office) -> None:
    """The state a kill -9 left behind (issue 10: 349,636 bytes on disk, offset 0)."""
    data, pid = build_package({"big.bin": os.urandom(400_000)})
    upload = create(office.url, office.token, data, pid)
    _upload_file(office.data, upload).write_bytes(data[:349_636])  # written, never committed
    r = head(upload, office.token)
    assert r.headers["Upload-Offset"] == "0"
    assert _upload_file(office.data, upload).stat().st_size == 0
    assert patch(upload, office.token, 0, data).status_code == 204
    r = submit(office.url, office.token, upload, pid)
    assert r.status_code == 201, r.text


def test_a_shorter_file_than_the_recorded_offset_is_trusted_as_it_is(office: Office) -> None:
    data, pid = build_package({"big.bin": os.urandom(300_000)})
    upload = create(office.url, office.token, data, pid)
    assert patch(upload, office.token, 0, data[:200_000]).status_code == 204
    with open(_upload_file(office.data, upload), "r+b") as fh:  # a disk that lost a tail
        fh.truncate(150_000)
    assert head(upload, office.token).headers["Upload-Offset"] == "150000"
    assert patch(upload, office.token, 150_000, data[150_000:]).status_code == 204
    assert submit(office.url, office.token, upload, pid).status_code == 201


# -- 2. one filer cannot stall the office ---------------------------------------------------


@contextlib.contextmanager
def _held_patch(url: str, token: str, upload: str, data: bytes) -> Iterator[socket.socket]:
    """A PATCH that sends 10 KB of ``data`` and then nothing (a filer on a dead link)."""
    path = "/" + upload.split("/", 3)[3]
    port = int(url.rsplit(":", 1)[1])
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    head = (
        f"PATCH {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n"
        "Tus-Resumable: 1.0.0\r\nUpload-Offset: 0\r\n"
        "Content-Type: application/offset+octet-stream\r\n"
        f"Content-Length: {len(data)}\r\n\r\n"
    )
    sock.sendall(head.encode() + data[:10_000])
    try:
        yield sock
    finally:
        sock.close()


def _timed_discovery(url: str) -> float:
    t0 = time.monotonic()
    r = requests.get(f"{url}/.well-known/filing-office", timeout=30)
    assert r.status_code == 200
    return time.monotonic() - t0


def test_method_override_is_not_a_patch_and_nothing_stalls(office: Office) -> None:
    data, pid = build_package({"big.bin": os.urandom(500_000)})
    upload = create(office.url, office.token, data, pid)
    with _held_patch(office.url, office.token, upload, data):
        time.sleep(0.3)
        assert _timed_discovery(office.url) < 1.0
        r = requests.post(
            upload,
            data=data,
            headers={
                **auth(office.token),
                "X-HTTP-Method-Override": "PATCH",
                "Upload-Offset": "0",
                "Content-Type": "application/offset+octet-stream",
            },
            timeout=10,
        )
        assert r.status_code == 405  # a POST is a POST: no way around the PATCH rules
        assert _timed_discovery(office.url) < 1.0
        # the filer's resumed PATCH takes the upload over at once, while the old one hangs
        done: dict[str, float] = {}

        def discover_meanwhile() -> None:
            done["discovery"] = _timed_discovery(office.url)

        t0 = time.monotonic()
        probe = threading.Thread(target=discover_meanwhile)
        probe.start()
        offset = int(head(upload, office.token).headers["Upload-Offset"])
        r = patch(upload, office.token, offset, data[offset:])
        probe.join(10)
        assert r.status_code == 204 and time.monotonic() - t0 < 5
        assert done["discovery"] < 1.0
    assert submit(office.url, office.token, upload, pid).status_code == 201


def test_many_held_uploads_do_not_crowd_out_other_filers(tmp_path: Path, office: Office) -> None:
    bob = _add_account(office.data, "bob")
    held = []
    for _ in range(8):
        data, pid = build_package({"big.bin": os.urandom(200_000)})
        held.append((create(office.url, office.token, data, pid), data))
    with contextlib.ExitStack() as stack:
        for upload, body in held:
            stack.enter_context(_held_patch(office.url, office.token, upload, body))
        time.sleep(0.3)
        t0 = time.monotonic()
        data, pid = build_package({"a.xml": b"<a/>"})
        assert send(office.url, bob, data, pid).status_code == 201
        assert time.monotonic() - t0 < 3
        assert _timed_discovery(office.url) < 1.0


# -- 3. creation-with-upload is held to Upload-Length and the size limit --------------------


def _post_with_body(
    url: str, token: str, length: str, body: object, pid: str = "a" * 64
) -> requests.Response:
    return requests.post(
        f"{url}/files/",
        data=body,
        headers={
            **auth(token),
            "Upload-Length": length,
            "Upload-Metadata": meta(pid),
            "Content-Type": "application/offset+octet-stream",
        },
        timeout=30,
    )


def _stored_bytes(data: Path) -> int:
    return sum(p.stat().st_size for p in (data / "uploads").rglob("*") if p.is_file())


def test_creation_body_longer_than_upload_length_is_refused(office: Office) -> None:
    r = _post_with_body(office.url, office.token, "10", b"x" * 1_000_000)
    assert r.status_code == 413
    assert _rows(office.data, "SELECT uid FROM uploads") == []

    def endless() -> Iterator[bytes]:  # chunked: no Content-Length to refuse up front
        for _ in range(400):
            yield b"x" * 65536

    r = _post_with_body(office.url, office.token, "10", endless())
    assert r.status_code == 413
    assert _stored_bytes(office.data) <= 10


def test_creation_over_the_size_limit_or_negative_is_refused(tmp_path: Path) -> None:
    o = start_office(tmp_path / "office", max_package_size=100_000)
    try:
        assert _post_with_body(o.url, o.token, "200000", b"x" * 200_000).status_code == 413
        for bad in ("-1", "-250000000", "1e3", "", "99999999999999999999999"):
            r = _post_with_body(o.url, o.token, bad, b"")
            assert r.status_code == 400, (bad, r.status_code)
        assert _rows(o.data, "SELECT uid FROM uploads") == []
    finally:
        o.server.stop()


def test_creation_with_upload_files_in_two_requests(office: Office) -> None:
    data, pid = build_package({"a.xml": b"<a/>"})
    r = _post_with_body(office.url, office.token, str(len(data)), data, pid)
    assert r.status_code == 201 and r.headers["Upload-Offset"] == str(len(data))
    assert submit(office.url, office.token, r.headers["Location"], pid).status_code == 201


# -- 4. another account cannot file your package ---------------------------------------------


def test_another_account_cannot_take_a_known_signers_package(office: Office) -> None:
    bob = _add_account(office.data, "bob")
    alice_signer = make_signer("Alice")
    first, first_id = build_package({"a.xml": b"<first/>"}, alice_signer)
    assert send(office.url, office.token, first, first_id).status_code == 201
    # alice's next package reaches bob's hands; bob submits it before alice syncs
    second, second_id = build_package({"a.xml": b"<second/>"}, alice_signer)
    r = send(office.url, bob, second, second_id)
    assert r.status_code == 422
    assert r.json()["reasons"] == ["package: signed by a certificate registered to another account"]
    r = send(office.url, office.token, second, second_id)
    assert r.status_code == 201, r.text  # the real filer is not affected
    owners = _rows(office.data, "SELECT account FROM filings ORDER BY application_number")
    assert owners == [("alice",), ("alice",)]
    assert send(office.url, bob, second, second_id).json()["reasons"] == [
        "package: filed by another account"
    ]


def test_with_registered_signers_even_a_first_package_cannot_be_taken(tmp_path: Path) -> None:
    data_dir = tmp_path / "office"
    signer = make_signer("Alice")
    cert = tmp_path / "alice.pem"
    cert.write_bytes(signer.cert.public_bytes(serialization.Encoding.PEM))
    assert (
        main(["office", "account", "alice", "--data", str(data_dir), "--signer-cert", str(cert)])
        == 0
    )
    o = start_office(data_dir, account="bob", signer_policy="registered")
    alice = _add_account(data_dir, "alice")  # re-keyed: the test needs the token
    try:
        pkg, pid = build_package({"a.xml": b"<a/>"}, signer)
        r = send(o.url, o.token, pkg, pid)  # bob first
        assert r.status_code == 422
        assert "registered to another account" in r.json()["reasons"][0]
        assert send(o.url, alice, pkg, pid).status_code == 201
        stranger, stranger_id = build_package({"a.xml": b"<b/>"})  # nobody registered it
        r = send(o.url, o.token, stranger, stranger_id)
        assert r.status_code == 422 and "not registered" in r.json()["reasons"][0]
    finally:
        o.server.stop()


# -- 5. certificate validity at the office's time of receipt --------------------------------


def test_expired_certificate_with_a_backdated_signing_time_is_refused(office: Office) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = self_signed_certificate(
        key, "Expired Filer", None, now - dt.timedelta(days=400), now - dt.timedelta(days=30)
    )
    built = build_signed(
        [PackageFile("a.xml", b"<a/>", "application/xml")],
        {"kind": "test", "reference": "expired"},
        Signer("Expired Filer", key, cert),
        now - dt.timedelta(days=60),  # the signer's claim, while the certificate was valid
    )
    r = send(office.url, office.token, built.data, built.package_id)
    assert r.status_code == 422, r.text
    assert any("expired" in reason for reason in r.json()["reasons"])
    assert _rows(office.data, "SELECT package_id FROM filings") == []


# -- 6. hostile notice cursors, and uploads of decided packages ------------------------------


@pytest.mark.parametrize(
    "query", ["since=99999999999999999999999", "since=-1", "limit=99999999999999999999999"]
)
def test_notices_with_an_impossible_cursor_is_a_4xx(office: Office, query: str) -> None:
    r = requests.get(
        f"{office.url}/notices?{query}",
        headers={"Authorization": f"Bearer {office.token}"},
        timeout=10,
    )
    assert r.status_code == 422, r.text


def test_a_reupload_of_a_filed_package_is_removed_onsubmit(office: Office) -> None:
    data, pid = build_package({"a.xml": b"<a/>"})
    first = send(office.url, office.token, data, pid)
    assert first.status_code == 201
    again = create(office.url, office.token, data, pid)  # a client that lost its receipt
    assert patch(again, office.token, 0, data).status_code == 204
    r = submit(office.url, office.token, again, pid)
    assert r.status_code == 200 and r.json()["receipt"] == first.json()["receipt"]
    assert _rows(office.data, "SELECT uid FROM uploads") == []
    assert _stored_bytes(office.data) == 0
