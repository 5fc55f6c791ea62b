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
    db.table("drafts").create(
        {
            "id": str,
            "kind": str,
            "form": str,
            "form_version": int,
            "title": str,
            "created_at": str,
            "updated_at": str,
            "head": int,
        },
        pk="id",
    )
    db.table("revisions").create(
        {
            "id": int,
            "draft_id": str,
            "number": int,
            "saved_at": str,
            "sha256": str,
            "document": str,
            "note": str,
        },
        pk="id",
        foreign_keys=[("draft_id", "drafts", "id")],
    )
    db.table("revisions").create_index(["draft_id", "number"], unique=True)
    db.table("attachments").create(
        {"sha256": str, "size": int, "media_type": str, "created_at": str}, pk="sha256"
    )


@migrations()
def m002_search_and_status(db: Database) -> None:
    """Full-text search over drafts and a status column (draft, signed, filed...)."""
    db.table("drafts").add_column("status", str, not_null_default="draft")
    db.table("drafts").add_column("search_text", str, not_null_default="")
    db.table("drafts").create_index(["kind", "updated_at"])
    db.table("drafts").enable_fts(
        ["title", "search_text"], create_triggers=True, tokenize="unicode61"
    )


@migrations()
def m003_sync_outbox(db: Database) -> None:
    """Outbox (one row per package id), receipts, notices and the offices a filer uses."""
    db.table("offices").create(
        {
            "code": str,
            "name": str,
            "url": str,
            "cert_pem": str,
            "fingerprint": str,
            "token": str,
            "ca_bundle": str,
            "notices_cursor": int,
            "added_at": str,
        },
        pk="code",
    )
    db.table("outbox").create(
        {
            "package_id": str,
            "path": str,
            "size": int,
            "sha256": str,
            "office": str,
            "state": str,
            "offset": int,
            "upload_url": str,
            "attempts": int,
            "next_attempt_at": float,
            "last_error": str,
            "refusal_reasons": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="package_id",
        not_null={"path", "size", "sha256", "state"},
        defaults={"offset": 0, "attempts": 0, "next_attempt_at": 0.0, "state": "queued"},
    )
    db.table("outbox").create_index(["state", "next_attempt_at"])
    db.table("receipts").create(
        {
            "package_id": str,
            "office": str,
            "application_number": str,
            "filed_at": str,
            "receipt": bytes,
            "signature": bytes,
            "received_at": str,
        },
        pk="package_id",
    )
    db.table("notices").create(
        {
            "office": str,
            "seq": int,
            "application_number": str,
            "package_id": str,
            "kind": str,
            "text": str,
            "issued_at": str,
            "deadline": str,
            "body": bytes,
            "signature": bytes,
            "received_at": str,
        },
        pk=("office", "seq"),
    )


@migrations()
def m004_packages(db: Database) -> None:
    """Signed packages made from drafts: which revision, where the file is, who signed."""
    db.table("packages").create(
        {
            "package_id": str,
            "draft_id": str,
            "revision": int,
            "kind": str,
            "path": str,
            "size": int,
            "signer": str,
            "signer_fingerprint": str,
            "signed_at": str,
            "warnings": int,
        },
        pk="package_id",
    )
    db.table("packages").create_index(["draft_id", "revision"])


@migrations()
def m005_notice_responses(db: Database) -> None:
    """Responses to notices: which package answers which notice; receipts say their kind."""
    db.table("receipts").add_column("kind", str, not_null_default="filing")
    db.table("receipts").add_column("responds_to_notice", int)
    db.table("receipts").add_column("late", int, not_null_default=0)
    db.table("responses").create(
        {
            "package_id": str,
            "office": str,
            "application_number": str,
            "notice_seq": int,
            "created_at": str,
        },
        pk="package_id",
    )
    db.table("responses").create_index(["office", "notice_seq"])


@migrations()
def m006_drafts_by_update(db: Database) -> None:
    """Home lists the newest drafts first, with or without a kind filter."""
    db.table("drafts").create_index(["updated_at"], if_not_exists=True)


@migrations()
def m007_bulk_rows(db: Database) -> None:
    """Rows imported from bulk sheets: the stable row key (so re-importing a sheet does
    not duplicate), the draft made from it and the agent's client reference."""
    db.table("bulk_rows").create(
        {
            "row_key": str,
            "draft_id": str,
            "client_ref": str,
            "row_id": str,
            "source": str,
            "row_number": int,
            "imported_at": str,
        },
        pk="row_key",
        not_null={"draft_id"},
        foreign_keys=[("draft_id", "drafts", "id")],
    )
    db.table("bulk_rows").create_index(["draft_id"])
    db.table("bulk_rows").create_index(["client_ref"])


@migrations()
def m008_drafts_rowid_in_save_order(db: Database) -> None:
    """Renumber drafts so rowid order is save (updated_at) order; from now on every save
    moves its draft to the highest rowid. A full-text search then reads the newest
    matches straight off the FTS index instead of sorting every match (60 ms at 300,000
    drafts). Ids, revisions and foreign keys are untouched (they use the text id); the
    FTS triggers follow the rowid change."""
    db.execute(
        "CREATE TEMP TABLE draft_order AS SELECT id, "
        "row_number() OVER (ORDER BY updated_at, rowid) AS n FROM drafts"
    )
    db.execute("UPDATE drafts SET rowid = -(SELECT n FROM draft_order o WHERE o.id = drafts.id)")
    db.execute("UPDATE drafts SET rowid = -rowid")
    db.execute("DROP TABLE draft_order")


@migrations()
def m009_outbox_bundles(db: Database) -> None:
    """Bundles of small packages sent as one upload (docs/office-protocol.md, "Batches"):
    which packages, in which order, so a bundle cut off or left by a killed process is
    rebuilt byte for byte and resumed. Its members' outbox rows carry its upload URL."""
    db.table("outbox_bundles").create(
        {
            "upload_url": str,
            "office": str,
            "package_ids": str,
            "size": int,
            "sha256": str,
            "created_at": str,
        },
        pk="upload_url",
        not_null={"office", "package_ids", "size", "sha256"},
    )


@migrations()
def m010_office_receives(db: Database) -> None:
    """What each office declares it receives: {kind: [office codes]} (JSON) from its
    discovery document; empty for an office added before, until it is added again."""
    db.table("offices").add_column("receives", str, not_null_default="")


@migrations()
def m011_package_labels(db: Database) -> None:
    """What a person reads to tell packages apart (kind, mark or title, applicants), taken
    once from each package file, so the outbox and receipts lists join it instead of
    opening thousands of packages on every refresh (issue 15, issue 16 problem 8)."""
    db.table("package_labels").create(
        {"package_id": str, "kind": str, "title": str, "applicants": str, "reference": str},
        pk="package_id",
        if_not_exists=True,
    )


#: Tables whose rows feed a row of the Outbox or Receipts list, keyed by package id.
#: (``package_labels`` is not one: a label is a cache of the signed, immutable package, so
#: storing it never changes what a row shows; the list that reads it first stores it.)
_LISTED_BY_PACKAGE = ("outbox", "receipts")
_BUMP = (
    "INSERT OR REPLACE INTO list_changes(package_id, version) "
    "VALUES ({row}.package_id, (SELECT COALESCE(MAX(version), 0) + 1 FROM list_changes));"
)
_BUMP_OFFICE = (
    "INSERT OR REPLACE INTO list_changes(package_id, version) "
    "SELECT package_id, (SELECT COALESCE(MAX(version), 0) + 1 FROM list_changes) FROM ("
    "SELECT package_id FROM outbox WHERE office = {row}.code "
    "UNION SELECT package_id FROM receipts WHERE office = {row}.code);"
)


@migrations()
def m012_list_changes(db: Database) -> None:
    """A change counter for the Outbox and Receipts lists (issue 15): every insert, update
    or delete of a row they show (outbox, receipts, an office's name)
    stamps its package id with the next version, so a refresh reads only the packages
    changed (or gone) since the version it last showed, not all 10,000 rows. Triggers,
    not code, keep it: no writer (send now, a sync pass, another process) can forget it."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS list_changes "
        "(package_id TEXT PRIMARY KEY, version INTEGER NOT NULL)"
    )
    db.execute("CREATE INDEX IF NOT EXISTS list_changes_version ON list_changes(version)")
    for table in _LISTED_BY_PACKAGE:
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            db.execute(
                f"CREATE TRIGGER IF NOT EXISTS {table}_{event.lower()}_listed "
                f"AFTER {event} ON {table} BEGIN {_BUMP.format(row=row)} END"
            )
    for event, row in (("INSERT", "NEW"), ("UPDATE OF name", "NEW"), ("DELETE", "OLD")):
        name = event.split()[0].lower()
        db.execute(
            f"CREATE TRIGGER IF NOT EXISTS offices_{name}_listed "
            f"AFTER {event} ON offices BEGIN {_BUMP_OFFICE.format(row=row)} END"
        )


def apply(db: Database) -> None:
    """Apply pending migrations, then record their number in ``PRAGMA user_version`` so
    the next open can tell an up-to-date file without importing sqlite-utils."""
    migrations.apply(db)
    applied = len(migrations.applied(db))
    db.execute(f"PRAGMA user_version = {int(applied)}")
