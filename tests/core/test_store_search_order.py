"""Search returns the newest saves first without sorting every match: rowid order is save
order (m008 renumbers an existing file; every save moves its draft to the top)."""

from __future__ import annotations

from pathlib import Path

from filingassist.app import Workspace
from filingassist.store import migrations
from filingassist.store.db import DB_NAME, connect


def test_search_lists_the_most_recently_saved_first(examples_dir: Path) -> None:
    ws = Workspace.open()
    try:
        ids = [ws.import_file(examples_dir / "madrid.json").id for _ in range(3)]
        assert [d.id for d in ws.drafts(search="CHRONOLYTE")] == ids[::-1]
        doc = ws.load(ids[0])
        doc.data["reference"] = "EDITED"
        ws.save(ids[0], doc)
        found = [d.id for d in ws.drafts(search="CHRONOLYTE")]
        assert found == [ids[0], ids[2], ids[1]]
        assert found == [d.id for d in ws.drafts()]
        assert [d.id for d in ws.drafts(search="CHRONOLYTE", limit=1, offset=1)] == [ids[2]]
        assert ws.drafts(search="CHRONOLYTE", kind="patent") == []
        ws.set_status(ids[1], "signed")  # a status change is not a save: order unchanged
        assert [d.id for d in ws.drafts(search="CHRONOLYTE")] == found
    finally:
        ws.close()


def test_m008_puts_existing_drafts_in_save_order(isolated_home: Path) -> None:
    db = connect(isolated_home / DB_NAME)
    migrations.migrations.apply(db, stop_before="m008_drafts_rowid_in_save_order")
    for rowid, (draft_id, when) in enumerate(
        [("older00001", "2025-01-01"), ("newest0001", "2025-03-01"), ("middle0001", "2025-02-01")],
        start=1,
    ):
        db.execute(
            "INSERT INTO drafts(rowid, id, kind, form, form_version, title, created_at, "
            "updated_at, head, status, search_text) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [rowid, draft_id, "madrid", "madrid-mm2", 1, "SAME MARK", when, when, 1, "draft", ""],
        )
    db.close()
    ws = Workspace.open()
    try:
        found = [d.id for d in ws.drafts(search="SAME")]
        assert found == ["newest0001", "middle0001", "older00001"]
    finally:
        ws.close()
