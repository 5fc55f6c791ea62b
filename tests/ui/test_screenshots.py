"""Screenshots of the main screens in English, Arabic and Chinese (build/screenshots/)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import ROOT, check_now, open_new, open_sign_dialog
from tests.ui.screens import shoot
from ui.style import apply_style

pytestmark = pytest.mark.gui
LANGS = ["en", "ar", "zh_CN"]


def _laptop(session):  # type: ignore[no-untyped-def]
    """The window filling a 1366×768 laptop screen (tests/ui/screen-1366x768.json)."""
    area = session.window.screen().availableGeometry()
    session.window.setGeometry(area)
    return session


def _import_examples(session) -> list[str]:
    return [
        session.ws.import_file(ROOT / "examples" / f"{k}.json").id
        for k in ("trademark", "madrid", "patent")
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_home_and_forms(qtbot, make_session, lang) -> None:
    session = _laptop(make_session(lang))
    window = session.window
    ids = _import_examples(session)
    window.refresh_home()
    qtbot.waitUntil(lambda: window.home.drafts.model.rowCount() == 3, timeout=10000)
    if lang == "ar":
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    shoot(window, f"home_{lang}")
    for draft_id, kind in zip(ids, ("trademark", "madrid", "patent"), strict=True):
        window.open_draft(draft_id)
        qtbot.waitUntil(
            lambda d=draft_id: window.compose is not None and window.compose.draft_id == d,
            timeout=10000,
        )
        qtbot.waitUntil(lambda: window.compose.settled, timeout=10000)  # findings shown
        shoot(window, f"form_{kind}_{lang}")
        if kind == "madrid":
            fees = window.compose.fee_panel
            window.compose.side.setCurrentWidget(fees)
            assert fees.quote is not None and fees.tree.topLevelItemCount() >= 3
            assert fees.valid.text()
            shoot(window.compose.side, f"fees_{lang}")
    window.home.setCurrentWidget(window.home.outbox)
    window.show_home()
    window.home.setCurrentWidget(window.home.outbox)
    shoot(window, f"outbox_{lang}")
    window.home.setCurrentWidget(window.home.receipts)  # its filter box above the list
    shoot(window, f"receipts_{lang}")


@pytest.mark.parametrize("lang", LANGS)
def test_findings_and_sign_dialog(qtbot, make_session, lang) -> None:
    session = _laptop(make_session(lang))
    compose = open_new(qtbot, session, "madrid")
    check_now(qtbot, compose)
    assert compose.findings_panel.tree.topLevelItemCount() > 5
    shoot(compose.side, f"findings_{lang}")
    shoot(session.window, f"findings_window_{lang}")
    dialog = open_sign_dialog(qtbot, session.window)
    shoot(dialog, f"sign_dialog_{lang}")
    dialog.reject()


def test_dark_mode(qtbot, make_session) -> None:
    """With the system in dark mode the palette follows and text stays readable."""
    session = make_session("en")
    apply_style(session.app, dark=True)
    try:
        assert session.app.palette().window().color().lightness() < 100
        compose = open_new(qtbot, session, "madrid")
        check_now(qtbot, compose)
        palette = session.app.palette()
        assert palette.text().color().lightness() - palette.base().color().lightness() > 100
        shoot(session.window, "form_madrid_dark_en")
    finally:
        apply_style(session.app)
