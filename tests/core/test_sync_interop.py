"""Interop with independent tus implementations from npm (tests/interop/package.json).

- our tus client uploads to ``@tus/server`` + ``@tus/file-store``, resuming after cuts and
  after a client that stopped mid-upload;
- our office accepts an upload made by ``tus-js-client``, then files it.

Install once with ``npm install --prefix tests/interop`` (``.ci/run`` does it).
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from filingassist.errors import TransientSyncError
from filingassist.sync.receipts import verify_receipt
from filingassist.sync.transport import RequestsTransport
from filingassist.sync.tus import TusClient
from tests.support import fixtures
from tests.support.faultproxy import FaultProxy, wait_until
from tests.support.fixtures import Office, make_package

office = fixtures.office

pytestmark = [pytest.mark.network, pytest.mark.slow, pytest.mark.timeout(90)]
INTEROP = Path(__file__).resolve().parents[1] / "interop"


def _node() -> str:
    """node, with the interop packages installed on first use (the lock file pins them)."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        pytest.fail("interop tests need node and npm (Debian: apt-get install nodejs npm)")
    if not (INTEROP / "node_modules" / "@tus" / "server").is_dir():
        done = subprocess.run(
            [npm, "ci", "--prefix", str(INTEROP), "--no-audit", "--no-fund", "--loglevel=error"],
            capture_output=True,
            text=True,
            timeout=300,
        )
        if done.returncode != 0:
            pytest.fail(f"npm ci --prefix tests/interop failed: {done.stderr[-2000:]}")
    return node


@pytest.fixture
def tus_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    store = tmp_path / "tus-store"
    store.mkdir()
    proc = subprocess.Popen(
        [_node(), str(INTEROP / "tus-server.js"), "0", str(store)],
        cwd=INTEROP,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()  # "listening <port>"
        assert line.startswith("listening "), proc.stderr.read() if proc.stderr else line
        yield f"http://127.0.0.1:{line.split()[1]}", store
    finally:
        proc.terminate()
        proc.wait(10)


def _stored(store: Path, url: str) -> bytes:
    return (store / url.rstrip("/").rsplit("/", 1)[-1]).read_bytes()


def _stored_size(store: Path, url: str) -> int:
    path = store / url.rstrip("/").rsplit("/", 1)[-1]
    return path.stat().st_size if path.exists() else 0


def _metadata(path: Path) -> dict[str, str]:
    return {"package_id": "0" * 64, "filename": path.name, "filetype": "application/zip"}


def test_upload_to_tus_node_server_through_cuts(
    tmp_path: Path, tus_server: tuple[str, Path]
) -> None:
    url, store = tus_server
    port = int(url.rsplit(":", 1)[1])
    pkg = make_package(tmp_path, 900_000)
    size = pkg.stat().st_size
    with FaultProxy("127.0.0.1", port) as proxy:
        proxy.cut_every = 200_000
        proxy.rate_up = 3_000_000
        client = TusClient(RequestsTransport())
        upload_url = client.create(f"{proxy.url}/files", size, _metadata(pkg))
        offsets: list[int] = []
        client.upload(upload_url, pkg, size, 0, offsets.append, lambda n: None)
        assert proxy.cuts >= 4 and offsets[-1] == size
        assert client.offset(upload_url) == size
    assert _stored(store, upload_url) == pkg.read_bytes()


def test_resume_on_tus_node_server_after_the_client_stopped(
    tmp_path: Path, tus_server: tuple[str, Path]
) -> None:
    url, store = tus_server
    port = int(url.rsplit(":", 1)[1])
    pkg = make_package(tmp_path, 700_000)
    size = pkg.stat().st_size
    with FaultProxy("127.0.0.1", port) as proxy:
        client = TusClient(RequestsTransport())
        upload_url = client.create(f"{proxy.url}/files", size, _metadata(pkg))

        def link_dies(sent: int) -> None:
            if sent > 350_000 and not proxy.refusing:
                # note: "sent" counts bytes handed to the client's socket; on a loaded
                # machine the proxy thread may not have forwarded any of them yet, and the
                # server then rightly reports offset 0 (the flaky failure). The link dies
                # once the server holds part of the upload, which is what is tested here.
                assert wait_until(lambda: _stored_size(store, upload_url) >= 100_000, 20)
                proxy.refusing = True  # the link goes away for good: cut, then refused
                proxy.cut_all()

        with pytest.raises(TransientSyncError):
            client.upload(upload_url, pkg, size, 0, lambda n: None, link_dies)
        # later, a fresh client that only has the URL resumes from the server's offset
        proxy.refusing = False
        fresh = TusClient(RequestsTransport())
        have = fresh.offset(upload_url)
        assert 100_000 <= have < size
        before = proxy.bytes_up
        fresh.upload(upload_url, pkg, size, None, lambda n: None, lambda n: None)
        assert proxy.bytes_up - before < size - have + 5_000  # only the rest was sent
    assert _stored(store, upload_url) == pkg.read_bytes()


def test_link_dies_before_the_server_got_anything_then_a_fresh_client_starts_over(
    tmp_path: Path, tus_server: tuple[str, Path]
) -> None:
    """The case behind the old flaky failure: bytes left the client but none arrived."""
    url, store = tus_server
    port = int(url.rsplit(":", 1)[1])
    pkg = make_package(tmp_path, 700_000)
    size = pkg.stat().st_size
    with FaultProxy("127.0.0.1", port) as proxy:
        client = TusClient(RequestsTransport())
        upload_url = client.create(f"{proxy.url}/files", size, _metadata(pkg))

        def link_dies(sent: int) -> None:
            if not proxy.stall and not proxy.refusing:
                proxy.stall = True  # nothing more reaches the server from here on
            elif sent > 350_000 and not proxy.refusing:
                proxy.refusing = True
                proxy.cut_all()
                proxy.stall = False

        with pytest.raises(TransientSyncError):
            client.upload(upload_url, pkg, size, 0, lambda n: None, link_dies)
        proxy.refusing = False
        fresh = TusClient(RequestsTransport())
        have = fresh.offset(upload_url)
        assert have < 100_000  # whatever reached the server before the stall
        fresh.upload(upload_url, pkg, size, None, lambda n: None, lambda n: None)
    assert _stored(store, upload_url) == pkg.read_bytes()


def test_office_accepts_an_upload_from_tus_js_client(tmp_path: Path, office: Office) -> None:
    pkg = make_package(tmp_path, 400_000)
    data = pkg.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    from filingassist.sync.outbox import package_identity

    pid, _, _ = package_identity(pkg)
    done = subprocess.run(
        [
            _node(),
            str(INTEROP / "tus-upload.js"),
            f"{office.url}/files/",
            str(pkg),
            office.token,
            pid,
            sha,
        ],
        cwd=INTEROP,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    upload_url = done.stdout.strip().splitlines()[-1]
    r = requests.post(
        f"{office.url}/filings",
        json={"upload_url": upload_url, "package_id": pid},
        headers={"Authorization": f"Bearer {office.token}"},
        timeout=10,
    )
    assert r.status_code == 201, r.text
    doc = requests.get(f"{office.url}/.well-known/filing-office", timeout=10).json()
    receipt = verify_receipt(r.json(), doc["receipt_certificate"], pid, sha)
    assert receipt.application_number.startswith("XX-")


def test_bundle_upload_to_tus_node_server_through_cuts(
    tmp_path: Path, tus_server: tuple[str, Path]
) -> None:
    """A bundle of many packages is a plain tus upload: it resumes on an independent
    server too (its bytes are sent from memory)."""
    from filingassist.packaging import bundle
    from filingassist.sync.outbox import package_identity

    url, store = tus_server
    port = int(url.rsplit(":", 1)[1])
    paths = [make_package(tmp_path, 3000, name=f"b{i}.zip", seed=i) for i in range(120)]
    data = bundle.build([(package_identity(p)[0], p.read_bytes()) for p in paths])
    metadata = {
        "bundle": bundle.FORMAT,
        "sha256": hashlib.sha256(data).hexdigest(),
        "filename": "b.fbundle",
        "filetype": bundle.MEDIA_TYPE,
    }
    with FaultProxy("127.0.0.1", port) as proxy:
        proxy.cut_every = 80_000
        proxy.rate_up = 3_000_000
        client = TusClient(RequestsTransport())
        upload_url = client.create(f"{proxy.url}/files", len(data), metadata)
        offsets: list[int] = []
        client.upload(upload_url, data, len(data), 0, offsets.append, lambda n: None)
        assert proxy.cuts >= 3 and offsets[-1] == len(data)
    assert _stored(store, upload_url) == data


def test_office_files_a_bundle_uploaded_by_tus_js_client(tmp_path: Path, office: Office) -> None:
    from filingassist.packaging import bundle
    from filingassist.sync.outbox import package_identity
    from filingassist.sync.receipts import verify_batch_result

    paths = [make_package(tmp_path, 2000, name=f"j{i}.zip", seed=i) for i in range(40)]
    entries = [(package_identity(p)[0], p.read_bytes()) for p in paths]
    data = bundle.build(entries)
    (tmp_path / "b.fbundle").write_bytes(data)
    sha = hashlib.sha256(data).hexdigest()
    done = subprocess.run(
        [_node(), str(INTEROP / "tus-upload.js"), f"{office.url}/files/",
         str(tmp_path / "b.fbundle"), office.token, "bundle", sha],
        cwd=INTEROP, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    upload_url = done.stdout.strip().splitlines()[-1]
    r = requests.post(
        f"{office.url}/filings/batch",
        json={"upload_url": upload_url},
        headers={"Authorization": f"Bearer {office.token}"},
        timeout=60,
    )
    assert r.status_code == 200, r.text
    results = r.json()["results"]
    assert [x["package_id"] for x in results] == [pid for pid, _ in entries]
    cert = requests.get(f"{office.url}/.well-known/filing-office", timeout=10).json()[
        "receipt_certificate"
    ]
    numbers = set()
    for x, (pid, body) in zip(results, entries, strict=True):
        assert x["status"] == "filed"
        receipt = verify_batch_result(x, cert, pid, hashlib.sha256(body).hexdigest())
        numbers.add(receipt.application_number)
    assert len(numbers) == 40
