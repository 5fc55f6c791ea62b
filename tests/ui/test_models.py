"""The keyed table models of Home: rows by key, sorting that survives refreshes, a
selection that follows its row, and columns a person can read (issue 16, problem 8)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from filingassist.app import PackageLabel, Receipt, ReceiptRow
from tests.ui.helpers import outbox_row
from ui.outbox import OutboxModel, OutboxView, ReceiptsModel

pytestmark = pytest.mark.gui


def _titles(model: OutboxModel) -> list[str]:
    return [model.index(r, model.TITLE).data() for r in range(model.rowCount())]


def test_sorted_rows_stay_sorted_and_a_selection_follows_its_row(qtbot) -> None:
    model = OutboxModel()
    rows = [outbox_row(c * 64, title=t) for c, t in zip("abc", ("BETA", "ALPHA", "GAMMA"))]
    model.set_rows(rows)
    model.sort(model.TITLE, Qt.SortOrder.AscendingOrder)
    assert _titles(model) == ["ALPHA", "BETA", "GAMMA"]
    held = QPersistentModelIndex(model.index(1, 0))  # BETA
    # a refresh: ALPHA gone, DELTA new, BETA renamed to ZETA
    renamed = dataclasses.replace(rows[0], label=PackageLabel("trademark", "ZETA"))
    inserted, removed = [], []
    model.rowsInserted.connect(lambda _p, a, b: inserted.append((a, b)))
    model.rowsRemoved.connect(lambda _p, a, b: removed.append((a, b)))
    model.set_rows([renamed, rows[2], outbox_row("d" * 64, title="DELTA")])
    assert _titles(model) == ["DELTA", "GAMMA", "ZETA"]
    assert removed == [(0, 0)] and inserted == [(2, 2)]  # no reset
    assert held.isValid() and model.index(held.row(), model.TITLE).data() == "ZETA"
    model.sort(model.TITLE, Qt.SortOrder.DescendingOrder)
    assert _titles(model) == ["ZETA", "GAMMA", "DELTA"]
    assert held.row() == 0


def test_outbox_columns_say_what_the_package_is_in_plain_words(qtbot) -> None:
    view = OutboxView()
    qtbot.addWidget(view)
    row = outbox_row(
        "e" * 64,
        state="receipted",
        title="ORBIS",
        applicants=("Orbis Coffee Roasters GmbH", "Weber & Partner"),
        kind="madrid",
        office_name="Example Office",
    )
    view.show_items([row])
    model = view.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:6] == [
        "Mark or title",
        "Applicant",
        "Kind of application",
        "Office",
        "State",
        "Progress",
    ]
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert texts[:5] == [
        "ORBIS",
        "Orbis Coffee Roasters GmbH; Weber & Partner",
        "Madrid (MM2)",
        "XX — Example Office",
        "Filed",
    ]
    assert "e" * 16 not in " ".join(t for t in texts if t)  # no hash in the row
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == f"Package {'e' * 64}"
    assert view.summary.text() == "Nothing waiting to be sent."
    waiting = dataclasses.replace(row, item=dataclasses.replace(row.item, state="queued"))
    view.show_items([waiting])
    assert model.index(0, model.STATE).data() == "Waiting to be sent"
    assert view.summary.text() == "1 package waiting to be sent or receipted"


def test_receipts_name_the_application(qtbot) -> None:
    model = ReceiptsModel()
    receipt = Receipt("f" * 64, "XX", "XX-2026-000007", "2026-11-29T10:00:00+01:00", "")
    label = PackageLabel("patent", "Beverage cooler", ("Frostline Oy",))
    model.set_rows([ReceiptRow(receipt, label, "Example Office")])
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert texts[:6] == [
        "Beverage cooler",
        "Frostline Oy",
        "Patent",
        "XX — Example Office",
        "XX-2026-000007",
        "2026-11-29 10:00:00",
    ]
