"""The office database: SQLite in the data folder (default) or a shared PostgreSQL.

Why SQLAlchemy Core (over psycopg alone): one connection API and pool over both engines,
so the office's SQL is written once (``?`` placeholders, translated for psycopg here) and
only the few statements that differ (DDL types, locks) name a dialect. Nothing in the
office uses the ORM.

Concurrency: every deciding transaction (a submit's filing, refusal or response) takes
the row lock of one ``counters`` row first (``lock_decisions``): on PostgreSQL a row lock
that serialises deciders across worker processes and hosts; on SQLite the write
transaction starts with ``BEGIN IMMEDIATE``, which does the same across processes. Reads
(authentication, ``HEAD``) never wait for it.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

DB_FILE = "office.db"
_engines: OrderedDict[str, Engine] = OrderedDict()
#: Engines kept open per process; the least recently used beyond it are closed (a process
#: that opens many office folders, e.g. a test session, must not pile up open files).
MAX_ENGINES = 16
_engines_lock = threading.Lock()
_QMARK = re.compile(r"\?")


def database_url(data_dir: Path, database: str | None = None) -> str:
    """The SQLAlchemy URL: ``database`` if given (``postgresql://…``), else the SQLite file
    in ``data_dir``. A plain ``postgresql://`` URL is served by psycopg 3."""
    if not database:
        return f"sqlite:///{(data_dir / DB_FILE).resolve()}"
    if database.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + database.split("://", 1)[1]
    if database.startswith(("postgresql+psycopg://", "sqlite:///")):
        return database
    raise ValueError("database must be a postgresql:// URL (empty: SQLite in the data folder)")


def engine_for(url: str) -> Engine:
    """One engine (connection pool) per URL and process; created on first use, so each
    uvicorn worker process has its own."""
    with _engines_lock:
        engine = _engines.get(url)
        if engine is None:
            engine = _create_engine(url)
            _engines[url] = engine
            while len(_engines) > MAX_ENGINES:
                _engines.popitem(last=False)[1].dispose()
        _engines.move_to_end(url)
        return engine


def dispose_all() -> None:
    """Close every pooled connection (tests, and before a process forks)."""
    with _engines_lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()


def _create_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        # note: the driver's own transaction handling is off; BEGIN is ours (see _begin)
        engine = sa.create_engine(
            url,
            connect_args={"isolation_level": None, "timeout": 30, "check_same_thread": False},
            pool_size=8,
            max_overflow=8,
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return sa.create_engine(url, pool_size=8, max_overflow=8, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    # a write transaction takes SQLite's write lock at once, so two processes deciding at
    # the same time queue instead of failing with "database is locked" on upgrade
    write = conn.get_execution_options().get("office_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


class OfficeDB:
    """One connection to the office database, with ``?`` placeholders on every engine.

    Use ``write()`` for a transaction that changes rows; reads outside it see the latest
    committed state.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.conn = engine.connect()
        self.dialect = engine.dialect.name

    @property
    def is_postgres(self) -> bool:
        return self.dialect == "postgresql"

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:  # a CursorResult
        """Run one statement; ``?`` placeholders work on SQLite and PostgreSQL alike."""
        if self.is_postgres:
            sql = _QMARK.sub("%s", sql.replace("%", "%%"))
        return self.conn.exec_driver_sql(sql, tuple(params))

    @contextlib.contextmanager
    def write(self) -> Iterator[OfficeDB]:
        """A write transaction: committed on success, rolled back on any error."""
        if self.conn.in_transaction():
            self.conn.rollback()  # a read left open: its snapshot must not be reused
        self.conn = self.conn.execution_options(office_write=True)
        try:
            with self.conn.begin():
                yield self
        finally:
            self.conn = self.conn.execution_options(office_write=False)

    def end_read(self) -> None:
        """End the read transaction the last statements opened (fresh snapshot next)."""
        if self.conn.in_transaction():
            self.conn.rollback()

    def lock_decisions(self) -> None:
        """Serialise deciding transactions across processes (see the module docstring)."""
        self.execute(
            "INSERT INTO counters(name, value) VALUES ('decisions', 0) ON CONFLICT(name) "
            "DO UPDATE SET value = counters.value + 1"
        )

    def table_names(self) -> list[str]:
        return sa.inspect(self.conn).get_table_names()

    def commit(self) -> None:
        self.conn.commit()

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> OfficeDB:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
