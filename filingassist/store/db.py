"""Opening the SQLite database: WAL, foreign keys, a busy timeout, migrations.

One ``Database`` per thread (sqlite3 connections are not shared across threads); the UI's
worker threads and the sync runner each get their own connection to the same file.
WAL with synchronous=NORMAL keeps every committed transaction through a process crash.

sqlite-utils (and, through it, click, dateutil and a scan of every installed package's
entry points) costs ~70 ms to import, half the start-up budget of a CLI command. So a
store opens on a plain sqlite3 connection; ``PRAGMA user_version`` records how many
migrations the file has (set after migrating), so an up-to-date file is opened without
importing sqlite-utils, and ``Store.db`` wraps the same connection on first use.
Read paths that must start fast (``list``) use ``Store.conn``.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

DB_NAME = "filingassist.sqlite"
#: How many migrations filingassist/store/migrations.py has (a test checks they agree;
#: add one here with every new migration).
SCHEMA_VERSION = 12


def connect_raw(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection with our pragmas; does not migrate."""
    conn = sqlite3.connect(str(path), timeout=30.0, check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=30000")
    # Deleted content is overwritten with zeros, not left in free space (see store/erase.py).
    conn.execute("PRAGMA secure_delete=ON")
    return conn


def connect(path: Path) -> Database:
    """A sqlite-utils Database with our pragmas; does not migrate."""
    from sqlite_utils import Database

    return Database(connect_raw(path))


class Store:
    """The database file and its per-thread connections."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.path = home / DB_NAME
        self.attachments_dir = home / "attachments"
        self.attachments_dir.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version < SCHEMA_VERSION:
            from filingassist.store import migrations

            migrations.apply(self.db)

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's plain connection (the one ``db`` wraps)."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect_raw(self.path)
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    @property
    def db(self) -> Database:
        """This thread's connection as a sqlite-utils Database (imported on first use)."""
        db = getattr(self._local, "db", None)
        if db is None:
            from sqlite_utils import Database

            db = Database(self.conn)
            self._local.db = db
        return db

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """BEGIN IMMEDIATE … COMMIT: writers queue instead of failing half-way."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()
