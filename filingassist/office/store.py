"""The office's own SQLite: accounts, filings (with their receipts), refusals, notices,
responses to notices.

Every table is created with ``IF NOT EXISTS`` on open, so an office data folder made by an
older version gains the newer tables (e.g. ``responses``) without losing anything.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from pathlib import Path

import sqlite_utils

DB_FILE = "office.db"


def open_db(data_dir: Path) -> sqlite_utils.Database:
    """Open (and create if needed) the office database; WAL so readers never block."""
    db = sqlite_utils.Database(data_dir / DB_FILE)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA busy_timeout=10000")
    _ensure_schema(db)
    return db


def _ensure_schema(db: sqlite_utils.Database) -> None:
    db.execute(
        "CREATE TABLE IF NOT EXISTS accounts (name TEXT PRIMARY KEY, "
        "token_sha256 TEXT UNIQUE NOT NULL, created_at TEXT NOT NULL)"
    )
    db.execute(
        "CREATE TABLE IF NOT EXISTS filings (package_id TEXT PRIMARY KEY, "
        "account TEXT NOT NULL, application_number TEXT UNIQUE NOT NULL, filed_at TEXT NOT NULL, "
        "receipt BLOB NOT NULL, signature BLOB NOT NULL, package_sha256 TEXT NOT NULL)"
    )
    db.execute(
        "CREATE TABLE IF NOT EXISTS refusals (package_id TEXT PRIMARY KEY, account TEXT NOT NULL, "
        "reasons TEXT NOT NULL, refused_at TEXT NOT NULL)"
    )
    db.execute(
        "CREATE TABLE IF NOT EXISTS notices (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
        "account TEXT NOT NULL, application_number TEXT NOT NULL, body BLOB NOT NULL, "
        "signature BLOB NOT NULL, issued_at TEXT NOT NULL)"
    )
    db.execute(
        "CREATE TABLE IF NOT EXISTS responses (package_id TEXT PRIMARY KEY, "
        "account TEXT NOT NULL, application_number TEXT NOT NULL, notice_seq INTEGER NOT NULL, "
        "filed_at TEXT NOT NULL, late INTEGER NOT NULL, receipt BLOB NOT NULL, "
        "signature BLOB NOT NULL, package_sha256 TEXT NOT NULL)"
    )
    db.execute("CREATE INDEX IF NOT EXISTS responses_application ON responses(application_number)")
    db.execute(
        "CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)"
    )


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_account(db: sqlite_utils.Database, name: str) -> str:
    """Create (or re-key) an account and return its new bearer token (shown once)."""
    token = secrets.token_urlsafe(32)
    now = dt.datetime.now(dt.UTC).isoformat()
    db.execute(
        "INSERT INTO accounts(name, token_sha256, created_at) VALUES (?, ?, ?) "
        "ON CONFLICT(name) DO UPDATE SET token_sha256 = excluded.token_sha256",
        [name, token_digest(token), now],
    )
    db.conn.commit()
    return token


def account_for_token(db: sqlite_utils.Database, token: str) -> str | None:
    row = db.execute(
        "SELECT name FROM accounts WHERE token_sha256 = ?", [token_digest(token)]
    ).fetchone()
    return None if row is None else str(row[0])


def next_number(db: sqlite_utils.Database, name: str) -> int:
    """Increment a named counter inside the caller's transaction."""
    db.execute(
        "INSERT INTO counters(name, value) VALUES (?, 1) "
        "ON CONFLICT(name) DO UPDATE SET value = value + 1",
        [name],
    )
    return int(db.execute("SELECT value FROM counters WHERE name = ?", [name]).fetchone()[0])
