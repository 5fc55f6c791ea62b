"""Issue 16 and 14 polish: the patent's language of filing as a list, fee line tooltips and
party names in the user's language, amounts at the trailing edge in right-to-left, and the
outbox's long "Details" sentence readable at 1366 px."""

from __future__ import annotations

import re

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
    page.resize(1366, 768)
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
    view.resize(1366, 768)
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


# -- 1: the PCT request's language of filing is a list, named in the user's language ---------
def test_the_patent_form_lists_languages_from_its_definition() -> None:
    from filingassist.formdefs import get_form
    from filingassist.rules.refapi import choice_codes

    form = get_form("patent", 1)
    for path in ("language", "search_translation"):
        field = form.field(path)
        assert field is not None and field.choices_ref == "languages", path
    codes = choice_codes("languages")
    assert codes is not None and {"en", "fr", "de", "zh", "ar", "pt", "sw"} <= codes
    assert "xx" not in codes and all(len(c) == 2 for c in codes)


@pytest.mark.parametrize("lang", SHOWN)
def test_language_of_filing_is_picked_from_names_and_printed_by_name(
    qtbot, make_session, lang
) -> None:
    from tests.ui.helpers import ROOT, open_new
    from ui.printing import summary_for
    from ui.refsource import CODE_ROLE, language_entries

    session = make_session(lang)
    window = session.window
    window.setGeometry(window.screen().availableGeometry())  # a 1366×768 laptop screen
    compose = open_new(qtbot, session, "patent")
    binding = compose.view.bindings["language"]
    combo = binding.widget
    assert binding.field.ftype.widget == "combo"
    names = dict(language_entries())
    if lang != "en":
        assert names["en"] != "English", names["en"]  # CLDR's name, in the user's language
    at = combo.findData("fr", CODE_ROLE)
    assert at > 0 and names["fr"] in combo.itemText(at)
    combo.setCurrentIndex(at)
    assert binding.get() == "fr"
    shoot(window, f"polish_patent_language_{lang}")

    ws = session.ws
    info = ws.import_file(ROOT / "examples" / "patent.json")
    doc = ws.load(info.id)
    body = summary_for(ws, ws.form(doc), doc, info.id).body_html
    assert f"en — {names['en']}" in body, "the summary names the language"
    window.open_draft(info.id)
    qtbot.waitUntil(
        lambda: window.compose is not None and window.compose.draft_id == info.id, timeout=10000
    )
    qtbot.waitUntil(lambda: window.compose.settled, timeout=10000)
    fees = window.compose.fee_panel
    window.compose.side.setCurrentWidget(fees)
    qtbot.waitUntil(lambda: fees.tree.topLevelItemCount() >= 3, timeout=10000)
    shoot(window, f"polish_patent_fees_{lang}")


# -- 2: fee line tooltips in the user's language, parties by name -----------------------------
#: Words of the core's English ``basis`` sentences ("2 classes; 249 CHF for one class…").
ENGLISH_BASIS = re.compile(
    r"\b(beyond|designated|party|sheets?|first|waived|electronic|for|one|without|"
    r"reduction|from|per|colour|search|schedule|fee)\b",
    re.IGNORECASE,
)


def _quotes():  # type: ignore[no-untyped-def]
    from filingassist.refdata.fees import national_tm_quote, pct_quote

    return [
        madrid_quote("CH", True, [9, 35, 41, 42], ["CN", "AT", "DE", "US", "NO"]),
        madrid_quote("CH", False, [9], ["US"], mark_kind="collective"),
        pct_quote("EP", "EP", 42, "pdf", True),
        pct_quote("CH", "EP", 35, "full_xml", False),
        national_tm_quote("US", [9, 25], {"free_form_id": [9]}),
    ]


def _tooltips(panel: FeePanel) -> list[tuple[str, str]]:
    tree = panel.tree
    return [
        (tree.topLevelItem(i).text(0), tree.topLevelItem(i).toolTip(0))
        for i in range(tree.topLevelItemCount())
    ]


def test_every_fee_line_carries_its_basis_as_data() -> None:
    for quote in _quotes():
        for line in quote.lines:
            assert line.detail is not None, (line.code, line.basis)
            assert line.basis, line.code  # the English sentence stays, for the CLI and logs


@pytest.mark.parametrize("language", ["fr", "es", "ru", "ar", "zh_CN"], indirect=True)
def test_fee_tooltips_are_in_the_users_language_with_parties_by_name(qtbot, language) -> None:
    from ui.refsource import party_name

    panel = FeePanel()
    qtbot.addWidget(panel)
    for quote in _quotes():
        panel.show_quote(quote)
        shown = _tooltips(panel)
        assert len(shown) == len(quote.lines)
        for (label, tip), line in zip(shown, quote.lines, strict=True):
            assert tip and tip != line.basis, (line.code, tip)
            english = ENGLISH_BASIS.findall(tip)
            assert not english, (line.code, tip)
            if line.code.startswith("individual:"):
                party = line.code.partition(":")[2]
                assert party_name(party) in label, (label, party)
            if line.code == "complementary":
                for code in ("AT", "DE"):
                    assert party_name(code) in tip, tip
    panel.show_quote(_quotes()[0])
    if language in ("ar", "zh_CN"):
        panel.resize(420, 500)
        panel.show()
        shoot(panel, f"polish_fee_tooltips_{language}")


def test_fee_tooltips_read_in_english(qapp) -> None:
    from ui.fees import basis_text

    install_language(qapp, "en")
    quote = _quotes()[0]
    tips = {line.code: basis_text(line) for line in quote.lines}
    assert tips["basic"] == "Reproduction in colour"
    assert tips["supplementary"] == "Classes beyond 3: 1"
    assert tips["complementary"] == (
        "Designated parties without an individual fee: AT — Austria, DE — Germany"
    )
    assert tips["individual:CN"].startswith("Classes: 4; 249.00\xa0CHF for one class")
    pct = {line.code: basis_text(line) for line in _quotes()[2].lines}
    assert pct["per_sheet"].startswith("Sheets beyond 30: 12 × ")
    assert pct["efiling_reduction"].startswith("Electronic filing: PDF")
    assert pct["search"] == "Search by ISA/EP"
