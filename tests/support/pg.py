"""A throwaway PostgreSQL server for the office tests (and bench/office.py).

Started from the installed binaries (Debian's ``postgresql`` package; ``.ci/run`` installs
it) with ``initdb``/``pg_ctl`` in a fresh folder, listening on 127.0.0.1 on a free port
only, with trust authentication for that loopback socket. PostgreSQL refuses to run as
root, and CI runs as root: then the server runs as the ``postgres`` system user (through
``runuser``) in a folder it owns. One server per test session (per xdist worker); each
test gets its own database.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_BIN_ENV = "FILINGASSIST_PG_BIN"


def pg_bin() -> Path | None:
    """The folder of ``initdb``/``pg_ctl``: ``$FILINGASSIST_PG_BIN``, else the newest
    ``/usr/lib/postgresql/<v>/bin``."""
    env = os.environ.get(PG_BIN_ENV)
    if env:
        return Path(env)
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parts[-3]))
    return found[-1].parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    """``initdb`` + ``pg_ctl start`` in a temporary folder; ``stop()`` removes it all."""

    def __init__(self, durable: bool = False) -> None:
        binary = pg_bin()
        if binary is None:
            raise RuntimeError("PostgreSQL binaries not found (apt-get install postgresql)")
        self.bin = binary
        self.as_postgres = os.geteuid() == 0
        self.root = Path(tempfile.mkdtemp(prefix="filingassist-pg-"))
        if self.as_postgres:
            user = pwd.getpwnam("postgres")
            os.chown(self.root, user.pw_uid, user.pw_gid)
        self.data = self.root / "data"
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-sync",
        )
        options = [
            "-c listen_addresses=127.0.0.1",
            f"-c unix_socket_directories={self.root}",
            "-c max_connections=200",
        ]
        if not durable:  # test data: speed over durability (the office's own crash safety
            # does not depend on PostgreSQL surviving a power cut here)
            options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        for _attempt in range(3):
            self.port = _free_port()
            started = self._run(
                "pg_ctl",
                "-D",
                str(self.data),
                "-l",
                str(self.root / "log"),
                "-w",
                "-t",
                "60",
                "-o",
                " ".join([f"-p {self.port}", *options]),
                "start",
                check=False,
            )
            if started.returncode == 0:
                return
        log = (self.root / "log").read_text(errors="replace")
        self.stop()
        raise RuntimeError(f"PostgreSQL did not start:\n{log[-2000:]}")

    def _run(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bin / tool), *args]
        if self.as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=check)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """A new empty database; returns its URL."""
        import psycopg

        name = f"office_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", check=False)
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PgServer]:
    server = PgServer()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def postgres_url(postgres_server: PgServer) -> Iterator[str]:
    """A fresh database on the session's server; engines on it are closed afterwards."""
    url = postgres_server.create_database()
    yield url
    from filingassist.office import database

    with contextlib.suppress(Exception):
        database.dispose_all()
