"""Which bulk-sheet rows became which drafts (table ``bulk_rows``, migration m007).

The row key (see filingassist.tabular.bulk.row_key) makes re-importing a sheet find the
rows it already imported; the client reference groups fee totals per client.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

from filingassist.store.timeutil import now_iso


def imported_drafts(db: Database, keys: Iterable[str]) -> dict[str, str]:
    """Row key → draft id for the keys already imported."""
    return _pairs(db, "row_key", "draft_id", keys)


def _pairs(db: Database, by: str, value: str, wanted: Iterable[str]) -> dict[str, str]:
    """``by`` → ``value`` of the bulk rows whose ``by`` is in ``wanted`` (500 at a time:
    SQLite limits the parameters of one statement)."""
    keys = list(wanted)
    found: dict[str, str] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT {by}, {value} FROM bulk_rows WHERE {by} IN ({marks})"  # noqa: S608
        found.update({row[0]: row[1] or "" for row in db.execute(sql, chunk).fetchall()})
    return found


def record(
    db: Database,
    row_key: str,
    draft_id: str,
    client_ref: str,
    row_id: str,
    source: str,
    row_number: int,
) -> None:
    """Inside the caller's transaction: remember that ``row_key`` became ``draft_id``."""
    db.execute(
        "INSERT INTO bulk_rows(row_key, draft_id, client_ref, row_id, source, row_number, "
        "imported_at) VALUES (?,?,?,?,?,?,?)",
        [row_key, draft_id, client_ref, row_id, source, row_number, now_iso()],
    )


def client_refs(db: Database, draft_ids: Iterable[str]) -> dict[str, str]:
    """Draft id → client reference, for drafts made from bulk rows."""
    return _pairs(db, "draft_id", "client_ref", draft_ids)


def count(db: Database) -> int:
    row: Any = db.execute("SELECT count(*) FROM bulk_rows").fetchone()
    return int(row[0])
