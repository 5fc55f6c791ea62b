"""Opening a large application keeps the window responsive (the form is built in steps,
the first check runs in the background), and background work fails or ends safely: a
translated message, never a half-open window, and a closed window ignores late results."""

from __future__ import annotations

import json
import shutil
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from filingassist import refdata
from filingassist.errors import FilingError
from filingassist.model.findings import Finding, Severity
from tests.ui.helpers import ROOT, open_new, type_text
from ui.errors import UNEXPECTED, user_message
from ui.i18n import tr

pytestmark = pytest.mark.gui
CLASSES, DESIGNATIONS = 30, 40


def _import_large(session, tmp_path: Path) -> str:
    """An MM2 with 30 classes (the last with an empty term) and 40 designations."""
    data = json.loads((ROOT / "examples" / "madrid.json").read_text(encoding="utf-8"))
    doc = data["data"]
    doc["classes"] = [
        {"class_number": n, "terms": [f"term {n}-{i}" for i in range(8)]}
        for n in range(1, CLASSES + 1)
    ]
    doc["classes"][-1]["terms"].append(" ")
    codes = [m.code for m in refdata.madrid_members() if m.code != doc["office_of_origin"]]
    doc["designations"] = [{"country": c} for c in codes[:DESIGNATIONS]]
    path = tmp_path / "large.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    shutil.copytree(ROOT / "examples" / "assets", tmp_path / "assets")  # its MM18 file
    return session.ws.import_file(path).id


def _slow_in_background(monkeypatch, ws, name: str, seconds: float = 0.4) -> None:
    """Make ``ws.NAME`` slow when it runs off the GUI thread (a long first check, a slow disk)."""
    original = getattr(ws, name)

    def slow(*args, **kwargs):
        if threading.current_thread() is not threading.main_thread():
            time.sleep(seconds)
        return original(*args, **kwargs)

    monkeypatch.setattr(ws, name, slow)


def test_large_application_is_built_in_steps_and_checked_in_background(
    qtbot, session, tmp_path
) -> None:
    window = session.window
    draft_id = _import_large(session, tmp_path)
    window.open_draft(draft_id)
    qtbot.waitUntil(lambda: window.compose is not None, timeout=10000)
    compose = window.compose
    view = compose.view
    assert view.building, "a large form is built in steps, not in one block"
    assert f"classes[{CLASSES - 1}].terms" not in view.bindings
    assert not compose.settled
    assert compose.findings_panel.summary.text() == tr("Checking the application…")
    qtbot.waitUntil(lambda: compose.settled, timeout=30000)
    assert all(f"classes[{i}].terms" in view.bindings for i in range(CLASSES))
    assert len(view.groups["designations"].item_frames) == DESIGNATIONS
    # the finding of an item built last is marked on that item's own field
    last = f"classes[{CLASSES - 1}].terms"
    assert any(f.path.startswith(last) for f in compose.findings)
    assert view.bindings[last].widget.property("problem") in ("error", "warning")
    # and it is in the tab order after the first item's field
    first = view.bindings["classes[0].terms"].focus_widget
    chain, widget = [], first
    for _ in range(2000):
        widget = widget.nextInFocusChain()
        chain.append(widget)
        if widget is first:
            break
    assert view.bindings[last].focus_widget in chain


def test_jumping_to_a_field_not_built_yet_builds_it(qtbot, session, tmp_path) -> None:
    window = session.window
    window.open_draft(_import_large(session, tmp_path))
    qtbot.waitUntil(lambda: window.compose is not None, timeout=10000)
    view = window.compose.view
    assert view.building
    assert view.focus_path(f"designations[{DESIGNATIONS - 1}].country")
    assert not view.building
    assert f"designations[{DESIGNATIONS - 1}].country" in view.bindings


def test_a_result_older_than_the_typing_is_never_shown(qtbot, session, monkeypatch) -> None:
    _slow_in_background(monkeypatch, session.ws, "check")
    window = session.window
    draft_id = session.ws.new_draft("madrid").id
    window.open_draft(draft_id)
    qtbot.waitUntil(lambda: window.compose is not None, timeout=10000)
    compose = window.compose
    shown: list[list] = []
    compose.validated.connect(shown.append)
    assert compose.checks.busy  # the first check is still running
    type_text(compose.view.bindings["applicants[0].name"].widget, "Ada")
    qtbot.waitUntil(lambda: compose.settled, timeout=10000)
    assert shown, "the findings were shown"
    for findings in shown:  # the first check saw an empty name: its result was dropped
        assert not any(f.path == "applicants[0].name" for f in findings)


def test_a_closed_draft_ignores_its_late_check(qtbot, session, monkeypatch) -> None:
    _slow_in_background(monkeypatch, session.ws, "check")
    window = session.window
    window.open_draft(session.ws.new_draft("madrid").id)
    qtbot.waitUntil(lambda: window.compose is not None, timeout=10000)
    compose = window.compose
    shown: list[list] = []
    compose.validated.connect(shown.append)
    window.show_home()
    window.close_compose()
    assert session.tasks.wait_idle(10000)
    qtbot.wait(50)  # the late result arrives on the GUI thread
    assert shown == [] and compose.closed


def test_background_error_is_shown_translated(qtbot, make_session) -> None:
    session = make_session("fr")
    window = session.window
    QSettings().setValue("session/draft", "no-such-draft")
    window.open_draft("no-such-draft")
    qtbot.waitUntil(lambda: window.error_box is not None, timeout=10000)
    box = window.error_box
    assert "no-such-draft" not in box.text() and "draft" not in box.text()
    assert box.text() == tr(
        "It is no longer in this data folder: it may have been deleted, or it belongs to "
        "another data folder."
    )
    assert box.text() != "It is no longer in this data folder"  # French, not English
    assert "no-such-draft" in box.detailedText()  # the technical text stays available
    assert QSettings().value("session/draft") is None  # not reopened at the next start
    assert window.compose is None and window.pages.currentWidget() is window.home


def test_a_form_that_cannot_be_shown_leaves_home_usable(qtbot, session, monkeypatch) -> None:
    window = session.window
    draft_id = session.ws.new_draft("madrid").id

    def broken(doc):
        raise FilingError("form definition madrid 9.9 missing")

    monkeypatch.setattr(session.ws, "form", broken)
    window.open_draft(draft_id)
    qtbot.waitUntil(lambda: window.error_box is not None, timeout=10000)
    assert window.error_box.text() == user_message(FilingError("x"))
    assert "madrid 9.9" in window.error_box.detailedText()
    assert window.compose is None and window.pages.currentWidget() is window.home
    assert not window.act_save.isEnabled() and not window.act_sign.isEnabled()
    assert QSettings().value("session/draft") is None


def test_a_closed_window_ignores_late_results(qtbot, session, monkeypatch) -> None:
    _slow_in_background(monkeypatch, session.ws, "load")
    window = session.window
    window.open_draft(session.ws.new_draft("madrid").id)
    window.close()  # while the draft is still loading
    qtbot.wait(50)
    assert session.tasks.wait_idle(10000)
    qtbot.wait(50)  # the late result arrives on the GUI thread
    assert window.compose is None
    assert window.error_box is None


def test_removing_a_marked_item_keeps_findings_working(qtbot, session) -> None:
    """A finding on a whole item marks its frame; once the item is removed, the next check
    must not touch the deleted frame (it raised "already deleted" and left marks stale)."""
    compose = open_new(qtbot, session, "madrid")
    view = compose.view
    view.replace_items(
        "classes", [{"class_number": 9, "terms": ["a"]}, {"class_number": 14, "terms": ["b"]}]
    )
    view.mark_findings([Finding("x", Severity.ERROR, "classes[1]", "Problem")])
    assert view.groups["classes"].item_frames[1].property("problem") == "error"
    view.remove_item("classes", 1)
    qtbot.wait(20)  # the removed frame is deleted
    view.mark_findings([Finding("y", Severity.ERROR, "classes[0]", "Problem")])
    assert view.groups["classes"].item_frames[0].property("problem") == "error"


def test_undo_on_a_large_application_rebuilds_in_steps(qtbot, session, tmp_path) -> None:
    window = session.window
    window.open_draft(_import_large(session, tmp_path))
    qtbot.waitUntil(lambda: window.compose is not None and window.compose.settled, timeout=30000)
    compose = window.compose
    view = compose.view
    view.remove_item("designations", 0)
    assert len(view.groups["designations"].item_frames) == DESIGNATIONS - 1
    compose.undo_stack.undo()
    assert view.building
    qtbot.waitUntil(lambda: compose.settled, timeout=30000)
    assert len(view.groups["designations"].item_frames) == DESIGNATIONS
    assert len(compose.document.data["designations"]) == DESIGNATIONS
    last = f"designations[{DESIGNATIONS - 1}].country"
    assert view.bindings[last].get() == compose.document.get(last)


def test_a_fee_table_failure_is_shown_in_words(qtbot, make_session, monkeypatch) -> None:
    session = make_session("es")

    def broken(doc):
        raise KeyError("fees_madrid.individual['XX'].structure")

    monkeypatch.setattr(session.ws, "fees", broken)
    compose = open_new(qtbot, session, "madrid")
    shown = compose.fee_panel.valid.text()
    assert "fees_madrid" not in shown
    assert shown == user_message(KeyError()) and shown != UNEXPECTED  # in Spanish


def test_typing_while_the_form_is_built_never_checks_on_the_gui_thread(
    qtbot, session, tmp_path
) -> None:
    window = session.window
    window.open_draft(_import_large(session, tmp_path))
    qtbot.waitUntil(lambda: window.compose is not None, timeout=10000)
    compose = window.compose
    shown: list[list] = []
    compose.validated.connect(shown.append)
    compose.view.build_through("applicant")  # the user goes there (its section, not the form)
    assert compose.view.building
    name = compose.view.bindings["applicants[0].name"].widget
    name.clear()
    name.textEdited.emit("")  # the name is now missing
    assert shown == [] and compose.checks.last_ms == 0  # no check ran here
    qtbot.waitUntil(lambda: compose.settled, timeout=30000)
    assert len(shown) == 1  # one check, after the build, that saw the edit
    assert any(f.path == "applicants[0].name" for f in shown[0])


def test_sections_of_a_large_application_come_in_order(
    qtbot, session, tmp_path, monkeypatch
) -> None:
    """Sections built after the first paint go in their place, before the final stretch."""
    import ui.formview.renderer as renderer

    monkeypatch.setattr(renderer, "FIRST_SLICE_MS", 0.0)  # only the first section at once
    window = session.window
    at_open: list[list[str]] = []
    window.draft_opened.connect(lambda _: at_open.append(list(window.compose.view.sections)))
    window.open_draft(_import_large(session, tmp_path))
    qtbot.waitUntil(lambda: window.compose is not None, timeout=10000)
    view = window.compose.view
    assert at_open == [[view.form.sections[0].id]]
    qtbot.waitUntil(lambda: window.compose.settled, timeout=30000)
    column = view.widget().layout()
    shown = [column.itemAt(i).widget() for i in range(column.count() - 1)]
    assert shown == [view.sections[s.id] for s in view.form.sections]
    assert column.itemAt(column.count() - 1).spacerItem() is not None
    assert "signature.text" in view.bindings
