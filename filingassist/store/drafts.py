"""Drafts and their revisions. Every save is a new revision; nothing typed is lost.

A save writes the revision and moves the draft's head in one transaction, so a crash
leaves either the old head or the new one, never a half-saved document.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from filingassist.errors import NotFound
from filingassist.formdefs import get_form
from filingassist.model.defaults import new_document
from filingassist.model.document import ApplicationDocument
from filingassist.model.walk import search_text, title_of
from filingassist.store.db import Store
from filingassist.store.timeutil import now_iso

_ID_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
#: What a list shows (not the search text, which can be kilobytes per draft).
_LIST_COLUMNS = ", ".join(
    f"drafts.{c}"
    for c in (
        "id",
        "kind",
        "form",
        "form_version",
        "title",
        "status",
        "created_at",
        "updated_at",
        "head",
    )
)


@dataclass(frozen=True)
class DraftInfo:
    id: str
    kind: str
    form: str
    form_version: int
    title: str
    status: str
    created_at: str
    updated_at: str
    head: int

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class RevisionInfo:
    draft_id: str
    number: int
    saved_at: str
    sha256: str
    note: str

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def new_draft_id() -> str:
    return "".join(secrets.choice(_ID_ALPHABET) for _ in range(10))


def _info(row: Any) -> DraftInfo:
    return DraftInfo(
        row["id"],
        row["kind"],
        row["form"],
        row["form_version"],
        row["title"],
        row["status"],
        row["created_at"],
        row["updated_at"],
        row["head"],
    )


class DraftRepository:
    """Create, save, list, search and restore drafts."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def create(self, doc: ApplicationDocument, note: str = "created") -> DraftInfo:
        with self._store.transaction() as db:
            draft_id = self.insert(db, doc, note)
        return self.info(draft_id)

    def insert(self, db: Any, doc: ApplicationDocument, note: str) -> str:
        """Create a draft inside the caller's transaction (a batch commits or rolls back
        as one); returns its id."""
        draft_id = new_draft_id()
        now = now_iso()
        db.table("drafts").insert(
            {
                "id": draft_id,
                "kind": doc.kind,
                "form": doc.form,
                "form_version": doc.form_version,
                "title": "",
                "created_at": now,
                "updated_at": now,
                "head": 0,
                "status": "draft",
                "search_text": "",
            }
        )
        self._write_revision(db, draft_id, 0, doc, note, now)
        return draft_id

    def save(self, draft_id: str, doc: ApplicationDocument, note: str = "") -> RevisionInfo:
        """Save a new revision; an unchanged document returns the current head."""
        with self._store.transaction() as db:
            row = self._row(draft_id)
            head = self._revision_row(draft_id, row["head"])
            if head["sha256"] == doc.digest():
                return _revision(head)
            now = now_iso()
            self._write_revision(db, draft_id, row["head"], doc, note, now)
            if row["status"] != "draft":
                db.table("drafts").update(draft_id, {"status": "draft"})
        return self.revision_info(draft_id, row["head"] + 1)

    def _write_revision(
        self, db: Any, draft_id: str, head: int, doc: ApplicationDocument, note: str, now: str
    ) -> None:
        number = head + 1
        db.table("revisions").insert(
            {
                "draft_id": draft_id,
                "number": number,
                "saved_at": now,
                "sha256": doc.digest(),
                "document": doc.canonical_json(),
                "note": note,
            }
        )
        form = get_form(doc.form, doc.form_version)
        # note: the row moves to the highest rowid, so rowid order is save order and a
        # search takes the newest matches straight from the FTS index (see list)
        db.execute(
            "UPDATE drafts SET rowid = (SELECT max(rowid) + 1 FROM drafts), head = ?, "
            "updated_at = ?, title = ?, search_text = ?, form_version = ? WHERE id = ?",
            [
                number,
                now,
                title_of(form, doc.data),
                search_text(form, doc.data),
                doc.form_version,
                draft_id,
            ],
        )

    def _row(self, draft_id: str) -> dict[str, Any]:
        rows = list(self._store.db.query("select * from drafts where id = ?", [draft_id]))
        if not rows:
            raise NotFound(f"no draft with id {draft_id!r}")
        return rows[0]

    def _revision_row(self, draft_id: str, number: int) -> dict[str, Any]:
        rows = list(
            self._store.db.query(
                "select * from revisions where draft_id = ? and number = ?", [draft_id, number]
            )
        )
        if not rows:
            raise NotFound(f"draft {draft_id} has no revision {number}")
        return rows[0]

    def info(self, draft_id: str) -> DraftInfo:
        return _info(self._row(draft_id))

    def revision_info(self, draft_id: str, number: int) -> RevisionInfo:
        return _revision(self._revision_row(draft_id, number))

    def load(self, draft_id: str, number: int | None = None) -> ApplicationDocument:
        """The document at ``number`` (the head when None)."""
        if number is None:
            number = self._row(draft_id)["head"]
        obj = json.loads(self._revision_row(draft_id, number)["document"])
        return ApplicationDocument(obj["kind"], obj["form"], obj["form_version"], obj["data"])

    def history(self, draft_id: str) -> list[RevisionInfo]:
        self._row(draft_id)
        rows = self._store.db.query(
            "select * from revisions where draft_id = ? order by number", [draft_id]
        )
        return [_revision(r) for r in rows]

    def restore(self, draft_id: str, number: int) -> RevisionInfo:
        """Make an old revision the head again, as a new revision (history is kept)."""
        doc = self.load(draft_id, number)
        with self._store.transaction() as db:
            row = self._row(draft_id)
            self._write_revision(
                db, draft_id, row["head"], doc, f"restored revision {number}", now_iso()
            )
        return self.revision_info(draft_id, row["head"] + 1)

    def set_status(self, draft_id: str, status: str) -> None:
        self.set_status_many([draft_id], status)

    def set_status_many(self, draft_ids: Sequence[str], status: str) -> None:
        """Set the status of many drafts in one statement (a batch pack: inside its
        transaction); an unknown id raises NotFound and changes nothing it alone."""
        conn = self._store.db.conn
        for draft_id in draft_ids:
            cursor = conn.execute("UPDATE drafts SET status = ? WHERE id = ?", [status, draft_id])
            if cursor.rowcount == 0:
                raise NotFound(f"no draft with id {draft_id!r}")

    def attachment_digests(self, draft_ids: list[str]) -> set[str]:
        """SHA-256 of every attachment any revision of these drafts refers to."""
        found: set[str] = set()
        for draft_id in draft_ids:
            rows = self._store.db.query(
                "select document from revisions where draft_id = ?", [draft_id]
            )
            for row in rows:
                obj = json.loads(row["document"])
                doc = ApplicationDocument(
                    obj["kind"], obj["form"], obj["form_version"], obj["data"]
                )
                found.update(str(ref["sha256"]) for ref in doc.attachments())
        return found

    def digest_in_use(self, sha256: str) -> bool:
        """Whether any stored revision (of any draft) mentions this attachment digest."""
        row = self._store.db.execute(
            "select 1 from revisions where instr(document, ?) > 0 limit 1", [sha256]
        ).fetchone()
        return row is not None

    def delete_rows(self, db: Any, draft_ids: list[str]) -> None:
        """Delete drafts and all their revisions (inside the caller's transaction).

        The FTS triggers remove the drafts from the search index in the same transaction.
        """
        for draft_id in draft_ids:
            db.execute("delete from revisions where draft_id = ?", [draft_id])
            db.execute("delete from drafts where id = ?", [draft_id])

    def is_untouched(self, draft_id: str) -> bool:
        """Created empty (by New…) and never saved with anything typed since.

        Such a draft holds exactly the new document of its form: one revision, noted
        "created", whose digest is that of ``new_document``.
        """
        row = self._row(draft_id)
        if row["head"] != 1:
            return False
        first = self._revision_row(draft_id, 1)
        if first["note"] != "created":
            return False
        fresh = new_document(get_form(row["form"], row["form_version"]))
        return bool(first["sha256"] == fresh.digest())

    def untouched_ids(self, created_before: str | None = None) -> list[str]:
        """Every draft that :meth:`is_untouched` (candidates: head 1 and no title),
        optionally only those created before ``created_before`` (ISO 8601 UTC, as
        :func:`now_iso` writes it)."""
        sql = "select id from drafts where head = 1 and title = ''"
        params: list[str] = []
        if created_before is not None:
            sql += " and created_at < ?"
            params.append(created_before)
        rows = self._store.db.query(sql, params)
        return [r["id"] for r in rows if self.is_untouched(r["id"])]

    def list(
        self,
        kind: str | None = None,
        search: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[DraftInfo]:
        """Drafts, newest first; ``search`` is a full-text query over all fields.

        A search walks the FTS index from the highest rowid down (rowid order is save
        order, see _write_revision and m008) and stops at ``limit``: the newest 100 of
        140,000 matches no longer means sorting 140,000 rows.
        """
        where, params = [], []
        if search and search.strip():
            sql = (
                f"select {_LIST_COLUMNS} from drafts_fts"  # noqa: S608 - constant columns
                " join drafts on drafts.rowid = drafts_fts.rowid"
            )
            where.append("drafts_fts match ?")
            params.append(fts_query(search))
            order = "drafts_fts.rowid desc"
        else:
            sql = f"select {_LIST_COLUMNS} from drafts"  # noqa: S608 - constant columns
            order = "drafts.updated_at desc"
        if kind:
            where.append("drafts.kind = ?")
            params.append(kind)
        if where:
            sql += " where " + " and ".join(where)
        sql += f" order by {order}"
        if limit is not None:
            sql += f" limit {int(limit)} offset {int(offset)}"
        return [_info(r) for r in self._rows(sql, params)]

    def on_form_before(self, form: str, version: int) -> tuple[DraftInfo, ...]:
        """Drafts of ``form`` made with a version older than ``version``, newest first
        (what ``upgrade --all`` looks at, without loading every draft)."""
        sql = (
            f"select {_LIST_COLUMNS} from drafts"  # noqa: S608 - constant columns
            " where drafts.form = ? and drafts.form_version < ? order by drafts.updated_at desc"
        )
        return tuple(_info(r) for r in self._rows(sql, [form, version]))

    def _rows(self, sql: str, params: Sequence[Any]) -> Sequence[sqlite3.Row]:
        """Rows by column name over the plain connection (no sqlite-utils: ``list`` is
        the command agents run most, and must start fast)."""
        cursor = self._store.conn.cursor()
        cursor.row_factory = sqlite3.Row
        return cursor.execute(sql, params).fetchall()

    def count(self, kind: str | None = None) -> int:
        sql, params = "select count(*) from drafts", []
        if kind:
            sql, params = sql + " where kind = ?", [kind]
        return int(self._store.conn.execute(sql, params).fetchone()[0])


def _revision(row: dict[str, Any]) -> RevisionInfo:
    return RevisionInfo(
        row["draft_id"], row["number"], row["saved_at"], row["sha256"], row["note"] or ""
    )


def fts_query(text: str) -> str:
    """User text → a safe FTS5 query: every word must match, as a prefix.

    Quoting each token keeps FTS5 syntax (AND, NEAR, *, quotes) in user input inert.
    """
    tokens = [t.replace('"', '""') for t in text.split() if t.strip()]
    return " ".join(f'"{t}"*' for t in tokens)
