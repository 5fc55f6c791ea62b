"""Where the open draft is checked: a keystroke re-checks only what it touched, on the GUI
thread while that is fast; a slow part waits for a pause, and comes back once fast again."""

from __future__ import annotations

import pytest

from tests.ui.helpers import open_new

pytestmark = pytest.mark.gui


def _type(widget, char: str) -> None:
    widget.setText(widget.text() + char)
    widget.textEdited.emit(widget.text())


def test_a_keystroke_is_checked_within_the_same_turn(qtbot, session, monkeypatch) -> None:
    compose = open_new(qtbot, session, "madrid")
    seen: list[tuple[object, frozenset[str]]] = []
    real = session.ws.check

    def check(doc, since=None, changed=()):
        seen.append((since is not None, frozenset(changed)))
        return real(doc, since, changed)

    monkeypatch.setattr(session.ws, "check", check)
    name = compose.view.bindings["applicants[0].name"].widget
    _type(name, "A")
    qtbot.waitUntil(lambda: compose.settled, timeout=3000)
    assert seen == [(True, frozenset({"applicants[0].name"}))]  # incremental, that path only
    assert not compose.checks.busy
    assert not any(f.path == "applicants[0].name" for f in compose.findings)


def test_a_part_slow_once_comes_back_to_the_gui_thread(qtbot, session) -> None:
    compose = open_new(qtbot, session, "madrid")
    checks = compose.checks
    checks.cost["applicants"] = 50.0  # as if its last re-check had been slow
    name = compose.view.bindings["applicants[0].name"].widget
    _type(name, "A")
    qtbot.wait(20)
    assert checks.shown_generation != checks.edit_generation  # waits for the typing pause
    qtbot.waitUntil(lambda: compose.settled, timeout=5000)
    assert checks.cost["applicants"] < 50.0  # measured again in the background
    _type(name, "B")
    qtbot.waitUntil(lambda: compose.settled, timeout=3000)
    assert not checks.busy
