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
    wanted = list(keys)
    found: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT row_key, draft_id FROM bulk_rows WHERE row_key IN ({marks})"  # noqa: S608
        for row in db.execute(sql, chunk).fetchall():
            found[row[0]] = row[1]
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
    wanted = list(draft_ids)
    out: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT draft_id, client_ref FROM bulk_rows WHERE draft_id IN ({marks})"  # noqa: S608
        out.update({r[0]: r[1] or "" for r in db.execute(sql, chunk).fetchall()})
    return out


def count(db: Database) -> int:
    row: Any = db.execute("SELECT count(*) FROM bulk_rows").fetchone()
    return int(row[0])
