"""Issue 16 items of the desktop: amounts, where a signed package goes, a second filing,
the office's connection status and how a signed draft looks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import check_now, example_doc, fill_from_example, open_new
from ui.formview.renderer import finding_text

pytestmark = pytest.mark.gui


def test_money_field_reads_the_fee_panels_figure(qtbot, session) -> None:
    """Typing "4,394.00" (as the fee panel shows it) stores 4394.00, not 439400."""
    compose = open_new(qtbot, session, "madrid")
    binding = compose.view.bindings["payment.declared_total"]
    edit = binding.widget
    edit.setFocus()
    qtbot.keyClicks(edit, "4,394.00")
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # editing ends
    qtbot.waitUntil(lambda: compose.document.get("payment.declared_total") == "4394.00")
    assert edit.text() == "4,394.00"
    qtbot.waitUntil(lambda: not compose._dirty and not compose._saving, timeout=10000)
    stored = session.ws.load(compose.draft_id)
    assert stored.data["payment"]["declared_total"] == "4394.00"


def test_money_field_in_french_reads_french_separators(qtbot, make_session) -> None:
    session = make_session("fr")
    compose = open_new(qtbot, session, "madrid")
    edit = compose.view.bindings["payment.declared_total"].widget
    edit.setFocus()
    qtbot.keyClicks(edit, "4 394,5")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: compose.document.get("payment.declared_total") == "4394.50")
    assert edit.text() == "4\u202f394,50"


def test_fee_panel_and_findings_show_amounts_the_same_way(qtbot, session, tmp_path) -> None:
    """One formatting helper: "4,394.00 CHF" in the finding and the fee panel alike."""
    compose = open_new(qtbot, session, "madrid")
    imported = example_doc("madrid")
    data = dict(imported.document.data)
    data["payment"] = {**data["payment"], "declared_total": "100.00"}
    fill_from_example(qtbot, compose, data, tmp_path, imported.blobs)
    fee = next(f for f in check_now(qtbot, compose) if f.code == "MM2-FEES-TOTAL")
    text = finding_text(fee)
    assert "(100.00\u00a0CHF)" in text
    shown = f"{compose.fee_panel.quote.total:,.2f}\u00a0CHF"
    assert shown in text and shown in compose.fee_panel.total.text()
