"""Deleting drafts from Home (Delete key, context menu), undo, and untouched drafts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QPushButton

from tests.ui.helpers import open_new, type_text
from ui import deleting


def _rows(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.id for r in window.home.drafts.model.rows]


def _files_containing(folder: Path, needle: bytes) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def _named_draft(ws, name: str) -> str:  # type: ignore[no-untyped-def]
    info = ws.new_draft("trademark")
    doc = ws.load(info.id)
    doc.data["applicants"] = [{"name": name}]
    for n in range(3):
        doc.data["reference"] = f"REF-{n}"
        ws.save(info.id, doc, "edit")
    return info.id


def _confirm(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    controller = window.deleter
    qtbot.waitUntil(lambda: controller.confirm_box is not None, timeout=5000)
    button = controller.confirm_box.findChild(QPushButton, "confirmDeleteButton")
    button.click()


def test_delete_key_confirm_then_gone_for_good(qtbot, session, monkeypatch) -> None:
    monkeypatch.setattr(deleting, "GRACE_MS", 300)
    ws, window = session.ws, session.window
    name = "Zq" + "xkwvbnrt" * 2
    draft = _named_draft(ws, name)
    window.refresh_home()
    qtbot.waitUntil(lambda: draft in _rows(window), timeout=5000)
    view = window.home.drafts
    view.table.selectRow(0)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    _confirm(qtbot, window)
    qtbot.waitUntil(lambda: draft not in _rows(window), timeout=5000)
    assert window.deleter.banner.isVisibleTo(view)
    with qtbot.waitSignal(window.deleter.deleted, timeout=10000):
        pass
    assert not [d for d in ws.drafts() if d.id == draft]
    assert not _files_containing(ws.home, name.encode())


def test_context_menu_delete_then_undo_keeps_the_draft(qtbot, session) -> None:
    ws, window = session.ws, session.window
    draft = _named_draft(ws, "Kept Applicant")
    window.refresh_home()
    qtbot.waitUntil(lambda: draft in _rows(window), timeout=5000)
    view = window.home.drafts
    rect = view.table.visualRect(view.proxy.index(0, 0))
    view.table.customContextMenuRequested.emit(rect.center())
    menu = view.table.findChild(QMenu, "draftMenu")
    assert menu is not None
    delete = [a for a in menu.actions() if a.text() == "Delete…"][0]
    delete.trigger()
    _confirm(qtbot, window)
    qtbot.waitUntil(lambda: draft not in _rows(window), timeout=5000)
    qtbot.mouseClick(window.deleter.banner.undo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: draft in _rows(window), timeout=5000)
    qtbot.wait(300)
    assert window.deleter.pending == []
    assert ws.draft(draft).id == draft  # still there


def test_new_then_home_without_typing_leaves_no_draft(qtbot, session) -> None:
    ws, window = session.ws, session.window
    compose = open_new(qtbot, session, "trademark")
    empty = compose.draft_id
    window.show_home()
    qtbot.waitUntil(lambda: not [d for d in ws.drafts() if d.id == empty], timeout=10000)
    compose = open_new(qtbot, session, "trademark")
    typed = compose.draft_id
    field = compose.view.bindings["reference"].focus_widget
    type_text(field, "R1")
    window.show_home()
    session.tasks.wait_idle()
    assert [d.id for d in ws.drafts()] == [typed]


def test_untouched_drafts_left_by_a_crash_are_purged_at_start(qtbot, make_session) -> None:
    from filingassist.app import Workspace

    first = make_session()
    first.tasks.wait_idle()  # its own start-up purge is done
    left = first.ws.new_draft("patent").id
    first.tasks.wait_idle()
    again = Workspace.open(first.ws.home)
    assert again.draft(left).id == left
    again.close()
    second = make_session()
    qtbot.waitUntil(lambda: not [d for d in second.ws.drafts() if d.id == left], timeout=10000)
