"""Schema migrations (sqlite-utils migrations): append new steps, never edit applied ones.

An old database is upgraded on open; tests build a database at an early step with
``stop_before`` and check the upgrade keeps every row.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("filingassist")


@migrations()
def m001_drafts(db: Database) -> None:
    db["drafts"].create(
        {"id": str, "kind": str, "form": str, "form_version": int, "title": str,
         "created_at": str, "updated_at": str, "head": int},
        pk="id",
    )
    db["revisions"].create(
        {"id": int, "draft_id": str, "number": int, "saved_at": str, "sha256": str,
         "document": str, "note": str},
        pk="id", foreign_keys=[("draft_id", "drafts", "id")],
    )
    db["revisions"].create_index(["draft_id", "number"], unique=True)
    db["attachments"].create(
        {"sha256": str, "size": int, "media_type": str, "created_at": str}, pk="sha256"
    )


@migrations()
def m002_search_and_status(db: Database) -> None:
    """Full-text search over drafts and a status column (draft, signed, filed...)."""
    db["drafts"].add_column("status", str, not_null_default="draft")
    db["drafts"].add_column("search_text", str, not_null_default="")
    db["drafts"].create_index(["kind", "updated_at"])
    db["drafts"].enable_fts(["title", "search_text"], create_triggers=True, tokenize="unicode61")


def apply(db: Database) -> None:
    migrations.apply(db)
