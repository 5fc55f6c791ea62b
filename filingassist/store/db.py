"""Opening the SQLite database: WAL, foreign keys, a busy timeout, migrations.

One ``Database`` per thread (sqlite3 connections are not shared across threads); the UI's
worker threads and the sync runner each get their own connection to the same file.
WAL with synchronous=NORMAL keeps every committed transaction through a process crash.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from filingassist.store import migrations

DB_NAME = "filingassist.sqlite"


def connect(path: Path) -> Database:
    """A connection with our pragmas; does not migrate."""
    conn = sqlite3.connect(str(path), timeout=30.0, check_same_thread=False, isolation_level=None)
    db = Database(conn)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA busy_timeout=30000")
    # Deleted content is overwritten with zeros, not left in free space (see store/erase.py).
    db.execute("PRAGMA secure_delete=ON")
    return db


class Store:
    """The database file and its per-thread connections."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.path = home / DB_NAME
        self.attachments_dir = home / "attachments"
        self.attachments_dir.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._all: list[Database] = []
        self._lock = threading.Lock()
        migrations.apply(self.db)

    @property
    def db(self) -> Database:
        db = getattr(self._local, "db", None)
        if db is None:
            db = connect(self.path)
            self._local.db = db
            with self._lock:
                self._all.append(db)
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
            for db in self._all:
                db.close()
            self._all.clear()
        self._local = threading.local()
