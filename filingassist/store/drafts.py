"""Drafts and their revisions. Every save is a new revision; nothing typed is lost.

A save writes the revision and moves the draft's head in one transaction, so a crash
leaves either the old head or the new one, never a half-saved document.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from typing import Any

from filingassist.errors import NotFound
from filingassist.formdefs import get_form
from filingassist.model.document import ApplicationDocument
from filingassist.model.walk import search_text, title_of
from filingassist.store.db import Store
from filingassist.store.timeutil import now_iso

_ID_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


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


def _info(row: dict[str, Any]) -> DraftInfo:
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
        db.table("drafts").update(
            draft_id,
            {
                "head": number,
                "updated_at": now,
                "title": title_of(form, doc.data),
                "search_text": search_text(form, doc.data),
                "form_version": doc.form_version,
            },
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
        self._row(draft_id)
        self._store.db.table("drafts").update(draft_id, {"status": status})

    def list(
        self,
        kind: str | None = None,
        search: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[DraftInfo]:
        """Drafts, newest first; ``search`` is a full-text query over all fields."""
        where, params = [], []
        if kind:
            where.append("drafts.kind = ?")
            params.append(kind)
        sql = "select drafts.* from drafts"
        if search and search.strip():
            sql += " join drafts_fts on drafts_fts.rowid = drafts.rowid"
            where.append("drafts_fts match ?")
            params.append(fts_query(search))
        if where:
            sql += " where " + " and ".join(where)
        sql += " order by drafts.updated_at desc"
        if limit is not None:
            sql += f" limit {int(limit)} offset {int(offset)}"
        return [_info(r) for r in self._store.db.query(sql, params)]

    def count(self) -> int:
        return int(self._store.db.execute("select count(*) from drafts").fetchone()[0])


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
