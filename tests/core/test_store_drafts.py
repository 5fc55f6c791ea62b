"""Drafts, revisions, restore and full-text search in the SQLite store."""

from __future__ import annotations

from pathlib import Path

import pytest

from filingassist.app import Workspace
from filingassist.errors import NotFound
from filingassist.events import DraftSaved


@pytest.fixture
def ws(isolated_home: Path):
    w = Workspace.open()
    yield w
    w.close()


def test_every_save_is_a_revision_and_history_lists_them(ws: Workspace) -> None:
    info = ws.new_draft("madrid")
    doc = ws.load(info.id)
    for i, name in enumerate(["A", "AB", "ABC"], start=2):
        doc.data["applicants"][0]["name"] = name
        assert ws.save(info.id, doc).number == i
    history = ws.history(info.id)
    assert [r.number for r in history] == [1, 2, 3, 4]
    assert ws.load(info.id, 2).data["applicants"][0]["name"] == "A"
    assert ws.load(info.id).data["applicants"][0]["name"] == "ABC"


def test_saving_an_unchanged_document_adds_no_revision(ws: Workspace) -> None:
    info = ws.new_draft("trademark")
    doc = ws.load(info.id)
    assert ws.save(info.id, doc).number == 1
    assert len(ws.history(info.id)) == 1


def test_restore_makes_a_new_revision_and_keeps_history(ws: Workspace) -> None:
    info = ws.new_draft("patent")
    doc = ws.load(info.id)
    doc.data["title"] = "First title"
    ws.save(info.id, doc)
    doc.data["title"] = "Second title"
    ws.save(info.id, doc)
    rev = ws.restore(info.id, 2)
    assert rev.number == 4
    assert ws.load(info.id).data["title"] == "First title"
    assert [r.number for r in ws.history(info.id)] == [1, 2, 3, 4]


def test_list_filters_by_kind_and_searches_every_field(ws: Workspace, examples_dir: Path) -> None:
    tm = ws.import_file(examples_dir / "trademark.json")
    mm = ws.import_file(examples_dir / "madrid.json")
    pat = ws.import_file(examples_dir / "patent.json")
    assert {d.id for d in ws.drafts()} == {tm.id, mm.id, pat.id}
    assert [d.id for d in ws.drafts(kind="madrid")] == [mm.id]
    assert [d.id for d in ws.drafts(search="CHRONOLYTE")] == [mm.id]
    assert [d.id for d in ws.drafts(search="evaporat")] == [pat.id]  # prefix match
    assert [d.id for d in ws.drafts(search="Hamburg")] == [tm.id]  # deep in an address
    assert ws.drafts(search="nothing-like-this") == []


def test_search_text_is_inert_fts_syntax(ws: Workspace, examples_dir: Path) -> None:
    ws.import_file(examples_dir / "madrid.json")
    for hostile in ['"', "NEAR(", "*", "a OR", "-x", "title:"]:
        ws.drafts(search=hostile)  # must not raise an FTS syntax error


def test_search_finds_unicode_scripts(ws: Workspace) -> None:
    info = ws.new_draft("trademark")
    doc = ws.load(info.id)
    doc.data["applicants"][0]["name"] = "شركة النور للتجارة"
    doc.data["mark"]["verbal_element"] = "北京咖啡"
    ws.save(info.id, doc)
    assert [d.id for d in ws.drafts(search="النور")] == [info.id]
    assert ws.draft(info.id).title == "北京咖啡"


def test_unknown_draft_is_not_found(ws: Workspace) -> None:
    with pytest.raises(NotFound):
        ws.load("nope")


def test_reopening_keeps_everything(isolated_home: Path, examples_dir: Path) -> None:
    ws = Workspace.open()
    info = ws.import_file(examples_dir / "trademark.json")
    ws.close()
    ws2 = Workspace.open()
    doc = ws2.load(info.id)
    ref = doc.data["mark"]["image"]
    assert (
        ws2.attachment_bytes(ref["sha256"]) == (examples_dir / "assets/orbis-logo.jpg").read_bytes()
    )
    ws2.close()


def test_attachments_are_content_addressed(ws: Workspace, isolated_home: Path) -> None:
    a = ws.add_attachment(b"same bytes", "a.pdf")
    b = ws.add_attachment(b"same bytes", "b.pdf")
    assert a.sha256 == b.sha256
    assert a.media_type == "application/pdf"
    files = list((isolated_home / "attachments").rglob("*"))
    assert len([f for f in files if f.is_file()]) == 1


def test_events_announce_saves(ws: Workspace) -> None:
    seen = []
    ws.events.subscribe(DraftSaved, seen.append)
    info = ws.new_draft("madrid")
    assert seen == [DraftSaved(info.id, 1)]
