"""Issue 16 and 14 polish: the patent's language of filing as a list, fee line tooltips and
party names in the user's language, amounts at the trailing edge in right-to-left, and the
outbox's long "Details" sentence readable at 1366 px."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from filingassist.refdata.fees import madrid_quote
from tests.ui.screens import shoot
from ui.counter.pages import FinishPage
from ui.fees import FeePanel
from ui.i18n import install_language, speaking
from ui.printouts.summary import fee_sheet_html

pytestmark = pytest.mark.gui
SHOWN = ["en", "ar", "zh_CN"]


@pytest.fixture
def language(qapp, request):  # type: ignore[no-untyped-def]
    install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "en")


def _quote():  # type: ignore[no-untyped-def]
    """Lines of different widths: a short amount and longer "to be confirmed" ones."""
    return madrid_quote("CH", False, [9, 35], ["CN", "US", "NO"])


def _ink_columns(image: QImage, top: int, bottom: int, left: int, right: int) -> list[int]:
    """x of every column holding a dark (text) pixel inside the box."""
    found = []
    for x in range(max(0, left), min(image.width(), right)):
        for y in range(max(0, top), min(image.height(), bottom)):
            if QColor(image.pixel(x, y)).lightness() < 110:
                found.append(x)
                break
    return found


# -- 3: amounts at the trailing edge, mirrored in right-to-left -----------------------------
@pytest.mark.parametrize("language", SHOWN, indirect=True)
def test_fee_panel_amounts_sit_at_the_far_side_from_their_labels(qtbot, language) -> None:
    panel = FeePanel()
    qtbot.addWidget(panel)
    panel.resize(420, 500)
    panel.show()
    panel.show_quote(_quote())
    QApplication.processEvents()
    tree = panel.tree
    header = tree.header()
    image = tree.viewport().grab().toImage()
    ratio = image.width() / tree.viewport().width()
    item = tree.topLevelItem(0)  # the basic fee: the shortest amount
    rect = tree.visualItemRect(item)
    x0 = header.sectionViewportPosition(1)
    x1 = x0 + header.sectionSize(1)
    ink = _ink_columns(
        image, int(rect.top() * ratio), int(rect.bottom() * ratio), int(x0 * ratio), int(x1 * ratio)
    )
    assert ink, "no amount drawn"
    label_x = header.sectionViewportPosition(0)
    gap = 14 * ratio
    if language == "ar":
        assert label_x > x0, "the label column is at the right in Arabic"
        assert min(ink) - x0 * ratio <= gap, (min(ink), x0, x1)
    else:
        assert label_x < x0
        assert x1 * ratio - max(ink) <= gap, (max(ink), x0, x1)
    shoot(panel, f"polish_fee_panel_{language}")


def _text_x(browser, text: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Leftmost and rightmost x of ``text`` in a text browser's viewport."""
    cursor = browser.document().find(text)
    assert not cursor.isNull(), text
    end = browser.cursorRect(cursor).x()
    cursor.setPosition(cursor.selectionStart())
    start = browser.cursorRect(cursor).x()
    return min(start, end), max(start, end)


@pytest.mark.parametrize("lang", SHOWN)
def test_counter_fee_sheet_amounts_sit_at_the_far_side(qtbot, lang) -> None:
    quote = _quote().as_dict()
    with speaking(lang):
        html = fee_sheet_html(quote)
    page = FinishPage(lang, html, "ab" * 32)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    QApplication.processEvents()
    browser = page.fees
    width = browser.viewport().width()
    amount = _text_x(browser, "653.00")
    with speaking(lang):
        from ui.fees import fee_label

        label = _text_x(browser, fee_label("basic", "Basic fee"))
    if lang == "ar":
        assert label[0] > width / 2, (label, width)
        assert amount[1] < width * 0.2, (amount, label, width)
    else:
        assert label[1] < width / 2, (label, width)
        assert amount[0] > width * 0.8, (amount, label, width)
    shoot(page, f"polish_counter_fees_{lang}")


# -- 4: the outbox's long "Details" sentence is readable whole ------------------------------
RAW = (
    "HTTPConnectionPool(host='127.0.0.1', port=9): Max retries exceeded with url: /files/ "
    "(Caused by NewConnectionError('Failed to establish a new connection: [Errno 111] "
    "Connection refused'))"
)


@pytest.mark.parametrize("language", SHOWN, indirect=True)
def test_a_long_details_sentence_is_whole_in_its_tooltip_at_1366(qtbot, language) -> None:
    from PySide6.QtCore import Qt

    from tests.ui.helpers import outbox_row
    from ui.outbox import OutboxModel, OutboxView

    view = OutboxView()
    qtbot.addWidget(view)
    view.resize(1366, 400)
    view.show()
    view.show_items([outbox_row("a" * 64, last_error=RAW, attempts=2)])
    QApplication.processEvents()
    cell = view.model.index(0, OutboxModel.DETAILS)
    shown = str(cell.data(Qt.ItemDataRole.DisplayRole))
    width = view.table.columnWidth(OutboxModel.DETAILS)
    needed = view.table.fontMetrics().horizontalAdvance(shown)
    if language == "en":  # the case of the issue: "It is tried agai…"
        assert needed > width, "the sentence fits: nothing to show"
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert tip == shown, tip
    assert "HTTPConnectionPool" not in tip and "Errno" not in tip
    shoot(view, f"polish_outbox_details_{language}")
