"""Fee panel, status bar and sign dialog show the fee tables' age and warn when stale.

Issue 11: "the status bar, the fee panel, the sign dialog … say how old the fee data is;
when a table is past its review date … signing asks for confirmation naming the stale
table"; amounts still to be confirmed say so where they are shown.
"""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QMessageBox

from filingassist.model.jsonio import read_file
from filingassist.refdata.fees import madrid_quote
from tests.ui.helpers import ROOT
from ui.dialogs.sign import SignDialog
from ui.fees import FeePanel

pytestmark = pytest.mark.gui


def stale(quote):
    tables = tuple(dataclasses.replace(t, stale=True) for t in quote.tables[:1])
    return dataclasses.replace(quote, tables=tables + quote.tables[1:])


def test_fee_panel_marks_unconfirmed_amounts_and_names_the_table(qtbot) -> None:
    panel = FeePanel()
    qtbot.addWidget(panel)
    panel.show_quote(madrid_quote("CH", False, [9], ["CN", "US"]))
    amounts = [panel.tree.topLevelItem(i).text(1) for i in range(panel.tree.topLevelItemCount())]
    assert [a.endswith("(to be confirmed)") for a in amounts] == [False, False, True]
    assert "Fee table 2026.1, in effect from" in panel.valid.text()
    assert "review by 2027-03-31" in panel.valid.text()
    assert panel.stale.text() == ""
    assert "US" in panel.total.toolTip()


def test_fee_panel_warns_when_the_table_is_past_its_review_date(qtbot) -> None:
    panel = FeePanel()
    qtbot.addWidget(panel)
    panel.show_quote(stale(madrid_quote("CH", False, [9], ["CN"])))
    assert "fee table fees_madrid is past its review date" in panel.stale.text()


def test_status_bar_names_the_oldest_table_and_its_review_date(qtbot, session) -> None:
    label = session.window.refdata_label
    qtbot.waitUntil(lambda: " old" in label.text() and "Fee data" in label.text(), timeout=10000)
    assert "review by" in label.toolTip()
    from filingassist.refdata import status

    oldest = status.oldest()
    assert f"{oldest.info.name} read" in label.toolTip()  # the table is named
    session.window._show_refdata_status(
        dataclasses.replace(oldest, today=oldest.today.replace(year=oldest.today.year + 2))
    )
    assert "Fee data out of date" in label.text()
    assert "past its review date" in label.toolTip()


def test_signing_with_a_stale_fee_table_asks_first(qtbot, session, monkeypatch) -> None:
    doc = read_file(ROOT / "examples" / "madrid.json").document
    monkeypatch.setattr(session.ws, "fees", lambda d: stale(madrid_quote("CH", False, [9], ["CN"])))
    dialog = SignDialog(session.ws, session.window.tasks, "none", doc, [], session.window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.stale_tables == ["fees_madrid"])  # quoted off the GUI thread
    warning = dialog.findChild(type(dialog.status), "signStaleFees")
    assert warning is not None and "fees_madrid" in warning.text()
    asked = {}

    def question(parent, title, text, *args):
        asked["text"] = text
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.key.addItem("k", "k")
    dialog.sign()
    assert "fees_madrid" in asked["text"]
    assert dialog.status.text() == "Not signed: the fee data is out of date."
