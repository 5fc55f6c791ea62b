"""Pickers, attachments, printing, keyboard use and accessible names of the generated form."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

import ui.compose as compose_module
from filingassist.events import Progress, SyncProgress
from tests.ui.helpers import ROOT, check_now, open_new, outbox_row
from ui.dialogs.pickers import classes_dialog, designations_dialog
from ui.models.progress import PROGRESS_ROLE
from ui.printing import Printout, write_pdf

pytestmark = pytest.mark.gui


def test_class_picker_shows_headings_and_sets_classes(qtbot, session, monkeypatch) -> None:
    compose = open_new(qtbot, session, "madrid")
    compose.view.bindings["classes[0].class_number"].widget.setText("9")
    compose.view.bindings["classes[0].class_number"].widget.textEdited.emit("9")
    seen = {}

    def pick(parent, current):
        dialog = classes_dialog(parent, current)
        seen["rows"] = dialog.tree.topLevelItemCount()
        seen["heading"] = dialog.tree.topLevelItem(8).text(2)
        dialog.search.setText("Class heading that matches nothing")
        seen["hidden"] = all(dialog.tree.topLevelItem(i).isHidden() for i in range(45))
        dialog.set_checked(14)
        dialog.set_checked(42)
        return [int(k) for k in dialog.chosen()]

    monkeypatch.setattr(compose_module, "pick_classes", pick)
    qtbot.mouseClick(compose.view.groups["classes"].picker, Qt.MouseButton.LeftButton)
    assert seen["rows"] == 45 and seen["heading"] and seen["hidden"]
    assert [c["class_number"] for c in compose.document.data["classes"]] == [9, 14, 42]
    title = compose.view.groups["classes"].item_frames[1].title()
    assert "14" in title and len(title) > 20  # the Nice heading is shown
    compose.undo_stack.undo()
    assert [c.get("class_number") for c in compose.document.data["classes"]] == [9]


def test_designation_picker_shows_individual_fees(qtbot, session) -> None:
    dialog = designations_dialog(None, ["CN"])
    rows = {
        dialog.tree.topLevelItem(i).text(0): dialog.tree.topLevelItem(i)
        for i in range(dialog.tree.topLevelItemCount())
    }
    assert len(rows) > 100
    assert rows["CN"].checkState(0) == Qt.CheckState.Checked
    assert "CHF" in rows["US"].text(3) and rows["US"].text(2) == "Individual fee"
    dialog.search.setText("Norway")
    visible = [k for k, item in rows.items() if not item.isHidden()]
    assert visible == ["NO"]
    dialog.deleteLater()


def test_image_attachment_preview_and_pixel_size(qtbot, session, tmp_path: Path) -> None:
    compose = open_new(qtbot, session, "trademark")
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("darkred"))
    path = tmp_path / "mark.png"
    image.save(str(path))
    binding = compose.view.bindings["mark.image"]
    # dropped from a file manager
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    where = QPointF(binding.widget.rect().center())
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        where.toPoint(), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(binding.widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        where, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(binding.widget, drop)
    qtbot.waitUntil(lambda: compose.document.get("mark.image") is not None, timeout=10000)
    assert compose.document.get("mark.image")["name"] == "mark.png"
    assert "320 × 200" in binding.widget.info.text()
    assert not binding.widget.preview.pixmap().isNull()
    assert binding.widget.remove.isEnabled()
    qtbot.mouseClick(binding.widget.remove, Qt.MouseButton.LeftButton)
    assert compose.document.get("mark.image") is None


def test_pdf_attachment_shows_pages(qtbot, session, tmp_path: Path) -> None:
    compose = open_new(qtbot, session, "patent")
    claims = Printout("Claims", "<h1>Claims</h1>" + "<p>text</p>" * 200)
    pdf = write_pdf(claims, tmp_path / "drawing.pdf")
    compose.view.add_item("drawings")
    binding = compose.view.bindings["drawings[0].file"]
    binding.widget.file_chosen.emit(str(pdf))
    qtbot.waitUntil(lambda: "pages" in binding.widget.info.text(), timeout=10000)
    assert "drawing.pdf" in binding.widget.info.text()


def test_keyboard_shortcuts_and_tab_order(qtbot, session) -> None:
    window = session.window
    compose = open_new(qtbot, session, "madrid")
    shortcuts = {a.objectName(): a.shortcut() for a in window.actions()}
    assert shortcuts["save"] == QKeySequence(QKeySequence.StandardKey.Save)
    assert shortcuts["validate"] == QKeySequence("F7")
    assert shortcuts["sign"] == QKeySequence("Ctrl+Shift+S")
    assert shortcuts["send"] == QKeySequence("Ctrl+Shift+Return")
    # Tab walks the form in reading order: reference → language → office of origin (the
    # MM2's date is the Office of origin's date of receipt, item 13, at the end)
    first = compose.view.bindings["reference"].widget
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    order = []
    widget = first
    for _ in range(4):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
        order.append(widget.objectName())
    assert order[0] == "field:language"
    assert order[1] == "field:office_of_origin"


@pytest.mark.parametrize("kind", ["trademark", "madrid", "patent"])
def test_every_input_has_an_accessible_name(qtbot, session, kind) -> None:
    compose = open_new(qtbot, session, kind)
    for cls in (QLineEdit, QComboBox, QCheckBox, QPlainTextEdit):
        for widget in compose.view.findChildren(cls):
            if widget.objectName() == "qt_spinbox_lineedit" or not widget.isVisibleTo(compose):
                continue
            owner = widget.parentWidget()
            name = widget.accessibleName() or (owner.accessibleName() if owner else "")
            assert name, f"{cls.__name__} {widget.objectName()} has no accessible name"


def test_save_validate_undo_through_shortcuts(qtbot, session) -> None:
    compose = open_new(qtbot, session, "trademark")
    name = compose.view.bindings["applicants[0].name"].widget
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    qtbot.keyClicks(name, "Ada")
    qtbot.keyClick(name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: session.ws.load(compose.draft_id).get("applicants[0].name") == "Ada", timeout=10000
    )
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert compose.document.get("applicants[0].name") is None
    qtbot.keyClick(session.window, Qt.Key.Key_F7)
    assert compose.side.currentWidget() is compose.findings_panel


def test_language_switch_rebuilds_window_right_to_left(qtbot, make_session) -> None:
    session = make_session("en")
    compose = open_new(qtbot, session, "madrid")
    draft_id = compose.draft_id
    session.change_language("ar")
    qtbot.waitUntil(lambda: session.window.compose is not None, timeout=10000)
    assert session.window.compose.draft_id == draft_id
    assert session.app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    session.change_language("en")
    assert session.app.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.fixture
def term_list(shared_dir: Path) -> None:
    from filingassist.refdata import nice_terms
    from filingassist.rules import refapi

    nice_terms.import_terms(shared_dir / "refdata" / "nice" / "alphabetical_list.csv")
    refapi.forget_term_list()
    yield
    refapi.forget_term_list()


def test_term_search_and_suggestion_for_unknown_term(qtbot, session, term_list) -> None:
    compose = open_new(qtbot, session, "madrid")
    number = compose.view.bindings["classes[0].class_number"].widget
    number.setText("9")
    number.textEdited.emit("9")
    terms = compose.view.bindings["classes[0].terms"].widget
    assert terms.search_edit is not None
    # the completer offers class 9 terms from the installed list
    terms.search_edit.setText("smartw")
    terms.search_edit.textEdited.emit("smartw")
    offered = terms._model.stringList()
    assert "smartwatches" in offered
    terms._add_completed("smartwatches")
    assert compose.document.get("classes[0].terms") == ["smartwatches"]
    # a misspelt term is flagged, with suggestions the user can pick in the findings panel
    terms.add_term("smart watchs")
    findings = check_now(qtbot, compose)
    unknown = next(f for f in findings if f.path == "classes[0].terms[1]")
    assert "smartwatches" in unknown.suggestions
    tree = compose.findings_panel.tree
    parent = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 2) == unknown.path
    )
    child = next(
        parent.child(i)
        for i in range(parent.childCount())
        if parent.child(i).data(0, Qt.ItemDataRole.UserRole + 7) == "smartwatches"
    )
    tree.scrollToItem(child)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(child).center()
    )
    assert compose.document.get("classes[0].terms") == ["smartwatches", "smartwatches"]
    assert terms.value() == ["smartwatches", "smartwatches"]


def test_home_filters_by_kind_status_and_text(qtbot, session) -> None:
    for kind in ("trademark", "madrid", "patent"):
        session.ws.import_file(ROOT / "examples" / f"{kind}.json")
    drafts = session.window.home.drafts
    session.window.refresh_home()
    qtbot.waitUntil(lambda: drafts.model.rowCount() == 3, timeout=10000)
    drafts.kind.setCurrentIndex(drafts.kind.findData("patent"))
    qtbot.waitUntil(lambda: drafts.model.rowCount() == 1, timeout=10000)
    assert drafts.model.rows[0].kind == "patent"
    drafts.kind.setCurrentIndex(0)
    qtbot.keyClicks(drafts.search, "CHRONOLYTE")
    qtbot.waitUntil(
        lambda: drafts.model.rowCount() == 1 and drafts.model.rows[0].kind == "madrid",
        timeout=10000,
    )
    drafts.search.clear()
    drafts.status.setCurrentIndex(drafts.status.findData("filed"))
    qtbot.waitUntil(lambda: drafts.model.rowCount() == 0, timeout=10000)
    assert drafts.empty.isVisible()
    drafts.status.setCurrentIndex(drafts.status.findData("draft"))
    qtbot.waitUntil(lambda: drafts.model.rowCount() == 3, timeout=10000)
    # Enter on a row opens it
    drafts.table.setFocus()
    drafts.table.selectRow(0)
    qtbot.keyClick(drafts.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.window.compose is not None, timeout=10000)


def test_outbox_progress_from_core_events_on_a_worker_thread(qtbot, session) -> None:
    import threading

    window = session.window
    qtbot.waitUntil(lambda: session.tasks.pending == 0, timeout=10000)  # start-up refreshes
    row = outbox_row("p" * 64, size=4_000_000)
    outbox = window.home.outbox
    outbox.show_items([row])
    model = outbox.model
    assert model.index(0, model.PROGRESS).data(PROGRESS_ROLE) == (0, 4_000_000)
    changed: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda a, b, _roles=(): changed.append((a.row(), a.column(), b.row(), b.column()))
    )

    def send() -> None:  # the sync runner reports progress from its own thread
        session.ws.events.emit(
            SyncProgress(Progress("p" * 64, 1_000_000, 4_000_000, rate=250_000.0, eta=12.0))
        )

    thread = threading.Thread(target=send)
    thread.start()
    thread.join()
    qtbot.waitUntil(
        lambda: model.index(0, model.PROGRESS).data(PROGRESS_ROLE) == (1_000_000, 4_000_000),
        timeout=5000,
    )
    # one row's cells changed, from its state to its time left; nothing was rebuilt
    assert changed == [(0, model.STATE, 0, model.LEFT)]
    assert "/s" in model.index(0, model.RATE).data() and model.index(0, model.LEFT).data() == "12 s"
    assert model.index(0, model.STATE).data() == "Sending"
    assert window.connectivity == "sending"
    refused = dataclasses.replace(
        row, item=dataclasses.replace(row.item, state="refused", refusal_reasons=["fee missing"])
    )
    outbox.show_items([refused])
    assert "fee missing" in model.index(0, model.DETAILS).data()
    assert model.index(0, model.STATE).data() == "Refused by the office"
    assert model.index(0, model.RATE).data() == ""  # the upload is over


def test_slow_checks_wait_for_a_pause_in_typing(qtbot, session, monkeypatch) -> None:
    """A check slower than a frame runs after the typing pauses, not on every keystroke."""
    compose = open_new(qtbot, session, "madrid")
    calls = []
    real = session.ws.check

    def slow(doc, since=None, changed=()):
        calls.append(1)
        return real(doc, since, changed)

    monkeypatch.setattr(session.ws, "check", slow)
    compose.checks.cost["applicants"] = 50.0  # as if the last re-check there had been slow
    name = compose.view.bindings["applicants[0].name"].widget
    for char in "Helvetia":
        name.setText(name.text() + char)
        name.textEdited.emit(name.text())
    qtbot.wait(20)
    assert calls == []  # nothing yet: still typing
    qtbot.waitUntil(lambda: compose.shown_generation == compose.edit_generation, timeout=3000)
    assert len(calls) == 1
    assert not any(f.path == "applicants[0].name" for f in compose.findings)
