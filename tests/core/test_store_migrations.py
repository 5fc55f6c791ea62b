"""Migrations upgrade an old database without losing rows; WAL is on."""

from __future__ import annotations

from pathlib import Path

from filingassist.app import Workspace
from filingassist.store import migrations
from filingassist.store.db import DB_NAME, connect


def test_an_old_database_is_upgraded_keeping_its_drafts(isolated_home: Path) -> None:
    db = connect(isolated_home / DB_NAME)
    migrations.migrations.apply(db, stop_before="m002_search_and_status")
    assert "status" not in db["drafts"].columns_dict
    db["drafts"].insert(
        {
            "id": "olddraft01",
            "kind": "madrid",
            "form": "madrid-mm2",
            "form_version": 1,
            "title": "LEGACY MARK",
            "created_at": "2025-01-01T00:00:00+00:00",
            "updated_at": "2025-01-01T00:00:00+00:00",
            "head": 1,
        }
    )
    db["revisions"].insert(
        {
            "draft_id": "olddraft01",
            "number": 1,
            "saved_at": "2025-01-01T00:00:00+00:00",
            "sha256": "0" * 64,
            "note": "",
            "document": '{"kind":"madrid","form":"madrid-mm2","form_version":1,"data":{}}',
        }
    )
    db.close()

    ws = Workspace.open()
    info = ws.draft("olddraft01")
    assert info.status == "draft" and info.title == "LEGACY MARK"
    assert ws.load("olddraft01").data == {}
    # the upgraded database is searchable (the FTS index was built from existing rows)
    assert [d.id for d in ws.drafts(search="LEGACY")] == ["olddraft01"]
    ws.close()


def test_every_migration_is_recorded(isolated_home: Path) -> None:
    Workspace.open().close()
    db = connect(isolated_home / DB_NAME)
    applied = [m.name for m in migrations.migrations.applied(db)]
    assert applied[:2] == ["m001_drafts", "m002_search_and_status"]
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_schema_version_counts_every_migration(isolated_home: Path) -> None:
    """SCHEMA_VERSION (checked on open without sqlite-utils) must follow migrations.py:
    a migration added without raising it would never run on an up-to-date file."""
    from filingassist.store.db import SCHEMA_VERSION

    Workspace.open().close()
    db = connect(isolated_home / DB_NAME)
    assert len(migrations.migrations.applied(db)) == SCHEMA_VERSION
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    names = [m.name for m in migrations.migrations.applied(db)]
    assert names[-2:] == ["m011_package_labels", "m012_list_changes"]


def test_a_file_at_an_older_user_version_is_migrated(isolated_home: Path) -> None:
    Workspace.open().close()
    db = connect(isolated_home / DB_NAME)
    db.execute("DROP TABLE bulk_rows")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm007_bulk_rows'")
    db.execute("PRAGMA user_version = 7")
    db.close()
    Workspace.open().close()
    db = connect(isolated_home / DB_NAME)
    assert "bulk_rows" in db.table_names()


def test_listing_an_up_to_date_store_does_not_import_sqlite_utils(isolated_home: Path) -> None:
    import subprocess
    import sys

    Workspace.open().close()
    code = (
        "import sys\n"
        "from filingassist.cli.main import main\n"
        "assert main(['list']) == 0\n"
        "assert 'sqlite_utils' not in sys.modules, 'list imported sqlite_utils'\n"
        "assert 'requests' not in sys.modules and 'cryptography' not in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
