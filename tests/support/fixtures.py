"""Server and client fixtures for the sync tests: a real office on loopback, a client db."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlite_utils import Database

from filingassist.office import store
from filingassist.office.filing import default_services
from filingassist.office.serve import RunningOffice, start_in_thread
from filingassist.store import migrations
from filingassist.store.db import connect
from filingassist.sync import offices
from filingassist.sync.client import discover
from filingassist.sync.receipts import fingerprint
from filingassist.sync.transport import RequestsTransport, Transport
from tests.support import pkgtools

SERVICES = default_services()


@dataclass
class Office:
    data: Path
    server: RunningOffice
    token: str

    @property
    def url(self) -> str:
        return self.server.url


#: What a test office declares it receives: its own code XX and the offices the bundled
#: examples (and tests that edit them) name, for every kind.
TEST_CODES = ["XX", "EM", "CH", "KE", "US", "DE", "FR", "IB"]
TEST_RECEIVES = {"trademark": TEST_CODES, "madrid": TEST_CODES, "patent": TEST_CODES}


def start_office(data: Path, account: str = "alice", port: int = 0, **options: object) -> Office:
    options.setdefault("receives", TEST_RECEIVES)
    server = start_in_thread(data, SERVICES, port=port, **options)  # type: ignore[arg-type]
    db = store.open_db(data)
    try:
        token = store.add_account(db, account)
    finally:
        db.close()
    return Office(data, server, token)


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    o = start_office(tmp_path / "office")
    yield o
    o.server.stop()


def client_db(path: Path) -> Database:
    db = connect(path)
    migrations.apply(db)
    return db


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    d = client_db(tmp_path / "client.sqlite")
    yield d
    d.conn.close()


@pytest.fixture
def transport() -> Iterator[RequestsTransport]:
    t = RequestsTransport()
    yield t
    t.close()


def pin_office(db: Database, url: str, token: str, transport: Transport | None = None) -> str:
    """Add the office at ``url`` as a user would, confirming its real fingerprint."""
    t = transport or RequestsTransport()
    doc = discover(t, url)
    return offices.add(db, url, doc, fingerprint(doc["receipt_certificate"]), token).code


#: The application a test package carries: a trademark for office XX (where it goes).
APPLICATION_JSON = pkgtools.APPLICATION_JSON


def make_package(folder: Path, size: int = 20_000, name: str = "pkg.zip", seed: int = 0) -> Path:
    """A signed package of roughly ``size`` bytes (incompressible content)."""
    import random

    rnd = random.Random(seed)
    body = bytes(rnd.getrandbits(8) for _ in range(size)) if size < 100_000 else rnd.randbytes(size)
    data, _ = pkgtools.build_package(
        {"application.json": APPLICATION_JSON, "application.xml": b"<a/>", "drawing.bin": body}
    )
    path = folder / name
    path.write_bytes(data)
    return path


class FrozenClock:
    """A clock the test moves by hand (backoff waits without sleeping)."""

    def __init__(self, start: float | None = None) -> None:
        self.now = time.time() if start is None else start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
