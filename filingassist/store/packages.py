"""Which signed packages were made from which draft revision, and where they are.

Package files are immutable and kept under ``packages/<package_id>.zip`` in the data
folder; a row here ties each to the exact revision that was signed, so editing the
draft afterwards (a new revision) visibly needs a new package.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filingassist.errors import NotFound
from filingassist.store.db import Store


@dataclass(frozen=True)
class PackageRecord:
    package_id: str
    draft_id: str
    revision: int
    kind: str
    path: Path
    size: int
    signer: str
    signer_fingerprint: str
    signed_at: str
    warnings: int

    def to_json(self) -> dict[str, Any]:
        out = dict(self.__dict__)
        out["path"] = str(self.path)
        return out


def _record(row: dict[str, Any]) -> PackageRecord:
    return PackageRecord(**{**row, "path": Path(row["path"])})


class PackageRepository:
    def __init__(self, store: Store) -> None:
        self._store = store
        self.folder = store.home / "packages"
        self.folder.mkdir(parents=True, exist_ok=True)

    def path_for(self, package_id: str) -> Path:
        return self.folder / f"{package_id}.zip"

    def record(self, rec: PackageRecord) -> None:
        self.record_many([rec])

    def record_many(self, records: list[PackageRecord]) -> None:
        """Record packages (a batch pack: inside its transaction); recording one again
        replaces its row."""
        if records:
            rows = [r.to_json() for r in records]
            self._store.db.table("packages").upsert_all(rows, pk="package_id")

    def get(self, package_id: str) -> PackageRecord:
        rows = list(
            self._store.db.query("select * from packages where package_id = ?", [package_id])
        )
        if not rows:
            raise NotFound(f"no package {package_id}")
        return _record(rows[0])

    def for_draft(self, draft_id: str | None = None) -> list[PackageRecord]:
        sql, params = "select * from packages", []
        if draft_id:
            sql, params = sql + " where draft_id = ?", [draft_id]
        return [_record(r) for r in self._store.db.query(sql + " order by signed_at desc", params)]

    def queued_or_filed(
        self, draft_id: str, revision: int, exclude: str | None = None
    ) -> list[tuple[str, str]]:
        """(package id, outbox state) of this revision's filings already queued or filed.

        Every outbox state counts except ``refused`` (the office said no: filing again is
        the point). Responses to notices are not filings and are left out.
        """
        rows = self._store.db.query(
            "SELECT p.package_id, o.state FROM packages p "
            "JOIN outbox o ON o.package_id = p.package_id "
            "WHERE p.draft_id = ? AND p.revision = ? AND o.state != 'refused' "
            "AND p.package_id != ? "
            "AND p.package_id NOT IN (SELECT package_id FROM responses) "
            "ORDER BY o.created_at",
            [draft_id, revision, exclude or ""],
        )
        return [(r["package_id"], r["state"]) for r in rows]

    def repair_filed_drafts(self) -> int:
        """Mark "filed" every draft still "signed" although a package of it is receipted.

        Databases written before the status moved into the receipt transaction (see
        sync/outbox.py) can hold such rows (the pass was killed between the two writes);
        the Workspace runs this on open, so they heal. The check reads through the plain
        connection: opening a sound store imports neither sqlite-utils nor the sync code.
        """
        where = (
            "WHERE status = 'signed' AND id IN (SELECT p.draft_id FROM packages p "
            "JOIN outbox o ON o.package_id = p.package_id WHERE o.state = 'receipted')"
        )
        stale = self._store.conn.execute(f"SELECT id FROM drafts {where}").fetchall()  # noqa: S608
        if not stale:  # note: no write at all on a sound database (or a full disk)
            return 0
        with self._store.transaction() as db:
            cur = db.execute(f"UPDATE drafts SET status = 'filed' {where}")  # noqa: S608
        return int(cur.rowcount)
