"""Compose each kind from empty to valid through the widgets; findings appear and clear."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from filingassist.model.findings import Severity
from tests.ui.helpers import check_now, example_doc, fill_from_example, open_new

pytestmark = pytest.mark.gui


def _errors(qtbot, compose):
    return [f for f in check_now(qtbot, compose) if f.severity == Severity.ERROR]


def _normal(data):
    """Drop empty values and unticked boxes: the form never stores them."""
    if isinstance(data, dict):
        return {k: _normal(v) for k, v in data.items() if v not in (None, "", [], {}, False)}
    if isinstance(data, list):
        return [_normal(v) for v in data]
    return data


@pytest.mark.parametrize("kind", ["trademark", "madrid", "patent"])
def test_compose_from_empty_to_valid(qtbot, session, kind, tmp_path: Path) -> None:
    compose = open_new(qtbot, session, kind)
    assert _errors(qtbot, compose), "an empty application must have errors"
    assert compose.findings_panel.tree.topLevelItemCount() == len(compose.findings)
    imported = example_doc(kind)
    expected_ok = not [
        f for f in session.ws.validate(imported.document) if f.severity == Severity.ERROR
    ]
    fill_from_example(qtbot, compose, imported.document.data, tmp_path, imported.blobs)
    assert _normal(compose.document.data) == _normal(imported.document.data)
    if expected_ok:
        assert _errors(qtbot, compose) == []
        assert (
            "No problems" in compose.findings_panel.summary.text()
            or "No errors" in compose.findings_panel.summary.text()
        )
    # The edits reach the store as revisions (autosave through the serial lane).
    qtbot.waitUntil(lambda: not compose._dirty and not compose._saving, timeout=10000)
    stored = session.ws.load(compose.draft_id)
    assert _normal(stored.data) == _normal(imported.document.data)
    assert session.ws.draft(compose.draft_id).head > 1


def test_finding_appears_and_clears_while_typing(qtbot, session) -> None:
    compose = open_new(qtbot, session, "madrid")
    name = compose.view.bindings["applicants[0].name"].widget
    assert any(f.path == "applicants[0].name" for f in _errors(qtbot, compose))
    assert name.property("problem") == "error"
    qtbot.keyClicks(name, "Helvetia Instruments SA")
    qtbot.waitUntil(lambda: not any(f.path == "applicants[0].name" for f in compose.findings))
    assert name.property("problem") in ("", None)
    name.clear()
    name.textEdited.emit("")
    qtbot.waitUntil(lambda: any(f.path == "applicants[0].name" for f in compose.findings))
    assert name.property("problem") == "error"


def test_click_on_finding_focuses_field(qtbot, session) -> None:
    compose = open_new(qtbot, session, "madrid")
    check_now(qtbot, compose)
    tree = compose.findings_panel.tree
    target = next(
        i
        for i in range(tree.topLevelItemCount())
        if "email" in str(tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 2))
    )
    item = tree.topLevelItem(target)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    widget = compose.view.bindings["applicants[0].email"].widget
    qtbot.waitUntil(lambda: widget.hasFocus())
    assert widget.property("flash") is True


def test_groups_add_remove_reorder_and_undo(qtbot, session) -> None:
    compose = open_new(qtbot, session, "madrid")
    view = compose.view
    qtbot.keyClicks(view.bindings["applicants[0].name"].widget, "First")
    qtbot.mouseClick(view.groups["applicants"].add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.bindings["applicants[1].name"].widget, "Second")
    view.move_item("applicants", 1, -1)
    assert [a.get("name") for a in compose.document.data["applicants"]] == ["Second", "First"]
    assert view.bindings["applicants[0].name"].widget.text() == "Second"
    compose.undo_stack.undo()  # the move
    assert [a.get("name") for a in compose.document.data["applicants"]] == ["First", "Second"]
    compose.undo_stack.undo()  # typing "Second" merges into one step
    assert compose.document.data["applicants"][1].get("name") is None
    compose.undo_stack.redo()
    assert view.bindings["applicants[1].name"].widget.text() == "Second"
    view.remove_item("applicants", 0)
    assert [a.get("name") for a in compose.document.data["applicants"]] == ["Second"]
    # min = 1: the last applicant cannot be removed
    frame = view.groups["applicants"].item_frames[0]
    remove = [
        b for b in frame.findChildren(type(view.groups["applicants"].add_button)) if b.text() == "✕"
    ] or [b for b in frame.children() if getattr(b, "text", None) and b.text() == "✕"]
    assert remove and not remove[0].isEnabled()


def test_when_condition_shows_and_hides_fields(qtbot, session) -> None:
    compose = open_new(qtbot, session, "madrid")
    view = compose.view
    nationality = view.bindings["applicants[0].nationality"].widget
    legal_nature = view.bindings["applicants[0].legal_nature"].widget
    assert nationality.isHidden() and legal_nature.isHidden()
    kind = view.bindings["applicants[0].legal_kind"].widget
    kind.setCurrentIndex(kind.findData("natural_person", Qt.ItemDataRole.UserRole + 1))
    assert not nationality.isHidden() and legal_nature.isHidden()
    kind.setCurrentIndex(kind.findData("legal_entity", Qt.ItemDataRole.UserRole + 1))
    assert nationality.isHidden() and not legal_nature.isHidden()


def test_reopens_where_the_user_was(qtbot, make_session) -> None:
    first = make_session("en")
    compose = open_new(qtbot, first, "trademark")
    qtbot.keyClicks(compose.view.bindings["applicants[0].name"].widget, "Ada")
    draft_id = compose.draft_id
    compose.view.scroll_to_section("goods_services")
    compose.remember_place()
    # a crash: nothing is closed cleanly, only what was already saved survives
    qtbot.waitUntil(lambda: not compose._dirty and not compose._saving, timeout=10000)
    second = make_session("en", restore=True)
    qtbot.waitUntil(lambda: second.window.compose is not None, timeout=10000)
    assert second.window.compose.draft_id == draft_id
    assert second.window.compose.document.data["applicants"][0]["name"] == "Ada"
