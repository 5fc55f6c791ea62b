"""What issue 16 still left after the desktop fixes: the designation picker and its fees in
the user's language, REFDATA-TBC findings that are short and translated, and what driving
the app as a new user showed."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from filingassist import refdata
from filingassist.refdata import partynames
from filingassist.refdata.model import CONFIRMED
from tests.ui.screens import shoot
from ui.dialogs.pickers import designations_dialog
from ui.i18n import LANGUAGES, install_language
from ui.refsource import (
    CLDR_LOCALES,
    ORGANISATION_TERRITORIES,
    _territories,
    country_label,
    madrid_rows,
)

pytestmark = pytest.mark.gui
OTHERS = [lang for lang in LANGUAGES if lang != "en"]
#: Words of the core's English fee descriptions ("187 CHF for one class, 19 per further class")
ENGLISH_FEE_WORDS = re.compile(r"for one class|per further class|per class|whatever|complementary")


@pytest.fixture
def language(qapp, request):  # type: ignore[no-untyped-def]
    install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "en")


# -- 2: the designation picker in the user's language --------------------------------------
@pytest.mark.parametrize("language", OTHERS, indirect=True)
def test_designation_fees_and_party_names_are_in_the_users_language(qtbot, language) -> None:
    rows = {r.code: r for r in madrid_rows()}
    english = [r.fee_text for r in rows.values() if ENGLISH_FEE_WORDS.search(r.fee_text)]
    assert not english, english[:3]
    members = {m.code: m for m in refdata.madrid_members()}
    for code in ("BX", "OA"):
        assert rows[code].name != members[code].name, (code, rows[code].name)
        assert partynames.party_name(code, language) is not None
    dialog = designations_dialog(None, ["BX"])
    qtbot.addWidget(dialog)
    dialog.show()
    shown = {
        dialog.tree.topLevelItem(i).text(0): dialog.tree.topLevelItem(i)
        for i in range(dialog.tree.topLevelItemCount())
    }
    assert shown["BX"].text(1) == rows["BX"].name
    assert not ENGLISH_FEE_WORDS.search(shown["CN"].text(3)), shown["CN"].text(3)
    if language in ("ar", "zh_CN"):
        shoot(dialog, f"designations_translated_{language}")


def test_designation_fees_read_as_before_in_english(qapp) -> None:
    """Same facts as the core's description, amounts formatted like every other amount."""
    install_language(qapp, "en")
    rows = {r.code: r for r in madrid_rows()}
    assert rows["CN"].fee_text == "249.00\xa0CHF for one class, 125.00\xa0CHF per further class"
    assert rows["AU"].fee_text == "232.00\xa0CHF per class"
    assert rows["AT"].fee_text == "100.00\xa0CHF (complementary fee)"
    assert rows["BX"].name == "Benelux"
    assert rows["BX"].fee_text.startswith("224.00\xa0CHF + 25.00\xa0CHF for the first 2 classes")
    bands = [r.fee_text for r in rows.values() if "for up to" in r.fee_text]
    assert bands and all("classes," in t for t in bands), bands


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_madrid_member_has_a_name_in_every_language(language) -> None:
    """CLDR names States and the EU; the file names the organisations; nothing falls back
    to the member list's English."""
    territories = _territories(language)
    for member in refdata.madrid_members():
        code = member.code
        in_cldr = code in territories or ORGANISATION_TERRITORIES.get(code) in territories
        assert in_cldr or partynames.party_name(code, language) is not None, (language, code)
        assert country_label(code, "?") != "?"
    assert CLDR_LOCALES.get(language, "en")


def test_party_names_are_sourced_or_to_be_confirmed(qapp) -> None:
    names = partynames.party_names()
    assert {(n.code, n.lang) for n in names} == {
        (code, lang) for code in ("BX", "OA") for lang in LANGUAGES
    }
    for name in names:
        if name.status == CONFIRMED:
            assert name.source is not None and name.source.url.startswith("http")
            assert name.source.read is not None
        else:
            assert name.reason, name
    try:
        install_language(qapp, "zh_CN")
        unconfirmed = partynames.party_name("BX", "zh_CN")
        assert unconfirmed is not None and not unconfirmed.confirmed
        assert country_label("BX", "x") == f"{unconfirmed.name} (Benelux)"  # English beside
        install_language(qapp, "fr")
        assert country_label("OA", "x").startswith("Organisation africaine")  # confirmed
    finally:
        install_language(qapp, "en")


# -- 5: REFDATA-TBC findings are short and translated, their notes on demand ---------------
def _tbc_finding():  # type: ignore[no-untyped-def]
    from filingassist.model.jsonio import read_file
    from filingassist.rules import validate
    from tests.ui.helpers import ROOT

    doc = read_file(ROOT / "examples" / "madrid.json").document
    doc.data["designations"] = [{"country": c} for c in ("US", "CH", "IL")]
    found = [f for f in validate(doc) if f.code == "REFDATA-TBC"]
    assert len(found) == 1
    return doc, found[0]


@pytest.mark.parametrize("language", ["en", "ar", "zh_CN", "ru"], indirect=True)
def test_figures_to_be_confirmed_are_one_short_translated_finding(qtbot, language) -> None:
    from filingassist.formdefs import get_form
    from ui.findings import DETAILS_ROLE, FindingsPanel
    from ui.i18n import trn

    doc, finding = _tbc_finding()
    notes = finding.params["notes"]
    assert len(notes) == finding.params["count"] == 3
    panel = FindingsPanel(get_form(doc.form, doc.form_version))
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    panel.show()
    panel.show_findings([finding])
    row = panel.tree.topLevelItem(0)
    first_line = row.text(0).split("\n")[0]
    assert first_line == trn(
        "%n fee figure(s) to be confirmed: check them at the source before paying", 3
    )
    assert "http" not in row.text(0) and "individual fee of" not in row.text(0)
    if language == "en":
        assert first_line.startswith("3 fee figures to be confirmed")
    else:
        assert not re.search(r"[A-Za-z]{4,}", first_line), first_line  # no English words
    assert len(row.text(0)) < 160
    # the long source notes: in the tooltip, and under "Details" when it is clicked
    assert all(note in row.toolTip(0) for note in notes)
    head = row.child(row.childCount() - 1)
    assert head.data(0, DETAILS_ROLE) and head.childCount() == 3
    assert row.isExpanded() and not head.isExpanded()
    rect = panel.tree.visualItemRect(head)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert head.isExpanded()
    assert [head.child(i).text(0) for i in range(3)] == notes
    if language in ("en", "ar", "zh_CN"):
        shoot(panel, f"findings_to_be_confirmed_{language}")
    with qtbot.waitSignal(panel.activated, timeout=1000) as jumped:  # the row still jumps
        qtbot.mouseClick(
            panel.tree.viewport(),
            Qt.MouseButton.LeftButton,
            pos=panel.tree.visualItemRect(row).center(),
        )
    assert jumped.args == [finding.path]


def test_the_window_shows_the_short_finding(qtbot, session) -> None:
    """Through a real check of an opened draft (the sign dialog and the counter use the
    same text)."""
    from tests.ui.helpers import ROOT, check_now
    from ui.formview.renderer import finding_text

    draft = session.ws.import_file(ROOT / "examples" / "madrid.json").id
    doc = session.ws.load(draft)
    doc.data["designations"] = [{"country": c} for c in ("US", "CH")]
    session.ws.save(draft, doc)
    session.window.open_draft(draft)
    qtbot.waitUntil(lambda: session.window.compose is not None, timeout=10000)
    compose = session.window.compose
    qtbot.waitUntil(lambda: compose.settled, timeout=30000)
    findings = [f for f in check_now(qtbot, compose) if f.code == "REFDATA-TBC"]
    assert findings and finding_text(findings[0]).startswith("2 fee figures to be confirmed")
    tree = compose.findings_panel.tree
    texts = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert any(t.startswith("2 fee figures to be confirmed") for t in texts), texts
    assert not any("http" in t for t in texts), texts


# -- 6: what driving the app at 1366×768 still showed ---------------------------------------
@pytest.mark.parametrize("lang", ["en", "ar", "zh_CN"])
def test_outbox_columns_fit_a_laptop_screen_with_the_reason_beside_the_state(
    qtbot, make_session, lang
) -> None:
    """Issue 16, 7/8/13: the reason a package waits or was refused was past the right edge
    at 1366 px (the columns were 1,480 px wide); headers are whole in every language."""
    from tests.ui.helpers import outbox_row
    from ui.outbox import OutboxModel

    session = make_session(lang)
    window = session.window
    window.setGeometry(window.screen().availableGeometry())
    window.show_home()
    window.home.setCurrentWidget(window.home.outbox)
    outbox = window.home.outbox
    qtbot.waitUntil(lambda: session.tasks.pending == 0, timeout=10000)  # start-up reads
    outbox.show_items(
        [
            outbox_row("a" * 64, "queued", last_error="ConnectionError: refused", attempts=2),
            outbox_row("b" * 64, "refused", refusal_reasons=["application.json: not received"]),
            outbox_row("c" * 64, "receipted", title="CHRONOLYTE", kind="madrid"),
        ]
    )
    qtbot.waitUntil(lambda: outbox.table.isVisible(), timeout=5000)
    qtbot.wait(50)
    table, header = outbox.table, outbox.table.horizontalHeader()
    m = OutboxModel
    assert header.visualIndex(m.DETAILS) == header.visualIndex(m.STATE) + 1
    assert table.isColumnHidden(m.RATE) and table.isColumnHidden(m.LEFT)  # nothing sending
    assert table.horizontalScrollBar().maximum() == 0, "the columns scroll sideways"
    details = header.sectionViewportPosition(m.DETAILS) + header.sectionSize(m.DETAILS)
    assert details <= table.viewport().width()
    metrics = header.fontMetrics()
    for column in range(m.DETAILS + 1):
        if table.isColumnHidden(column):
            continue
        label = str(m().headerData(column, Qt.Orientation.Horizontal))
        assert header.sectionSize(column) >= metrics.horizontalAdvance(label) + 8, label
    shoot(window, f"outbox_fits_{lang}")


def test_transfer_rate_and_time_left_show_while_sending(qtbot) -> None:
    from filingassist.events import Progress
    from tests.ui.helpers import outbox_row
    from ui.outbox import OutboxModel, OutboxView

    view = OutboxView()
    qtbot.addWidget(view)
    view.show_items([outbox_row("a" * 64, "queued")])
    table = view.table
    assert table.isColumnHidden(OutboxModel.RATE) and table.isColumnHidden(OutboxModel.LEFT)
    view.on_sync_progress(Progress("a" * 64, 10, 100, 5.0, 18.0))
    qtbot.waitUntil(lambda: not table.isColumnHidden(OutboxModel.RATE), timeout=2000)
    assert not table.isColumnHidden(OutboxModel.LEFT)
    view.show_items([outbox_row("a" * 64, "receipted")])  # the upload is over
    assert table.isColumnHidden(OutboxModel.RATE) and table.isColumnHidden(OutboxModel.LEFT)


def test_a_receipt_is_announced_by_mark_office_and_number(qtbot, session, monkeypatch) -> None:
    """Issue 16, 8: "The office has receipted package 8ec50b4237e3c4ca." named a hash."""
    from filingassist.app import ReceiptDetails
    from filingassist.events import SyncFinished

    package = "8ec50b4237e3c4ca" + "0" * 48

    def details(package_id: str) -> ReceiptDetails:
        assert package_id == package
        return ReceiptDetails(
            package, "XX-2026-000042", "2026-11-29T13:52:16+00:00", "2026-11-29T13:52:17+00:00",
            "XX", "Demo Office", "filing", False, None, "d" * 64, True, "AB:CD",
            application_kind="trademark", title="ORBIS", applicants=("Orbis Coffee Roasters",),
        )  # fmt: skip

    monkeypatch.setattr(session.ws, "receipt_details", details)
    bar = session.window.statusBar()
    session.ws.events.emit(SyncFinished("XX", (package,)))
    qtbot.waitUntil(lambda: "ORBIS" in bar.currentMessage(), timeout=5000)
    message = bar.currentMessage()
    assert "Trademark" in message and "XX — Demo Office" in message, message
    assert "XX-2026-000042" in message and package[:16] not in message, message
    assert session.window.last_notification == package
    many = tuple(f"{i:064x}" for i in range(3))
    session.ws.events.emit(SyncFinished("XX", many))
    qtbot.wait(300)
    assert "3 applications filed" in bar.currentMessage(), bar.currentMessage()


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_fee_table_ages_use_plural_forms(language) -> None:
    """ "read 2026-11-28 (1 days old)" in the fee panel, sign dialog, picker and status bar
    tooltip (issue 16, 5)."""
    import datetime as dt
    from types import SimpleNamespace

    from ui.fees import table_dates_text
    from ui.i18n import trn

    today = dt.date.today()
    texts = {}
    for days in (1, 2, 5, 11):
        table = SimpleNamespace(
            version="2026.1",
            effective_date=None,
            effective_from=dt.date(2025, 11, 23),
            valid_as_of=today - dt.timedelta(days=days),
            review_date=dt.date(2027, 3, 31),
        )
        text = table_dates_text(table)
        assert trn("%n day(s) old", days) in text and "{" not in text, text
        texts[days] = text
    if language == "en":
        assert "(1 day old)" in texts[1] and "(2 days old)" in texts[2]
    if language == "ru":
        assert len({trn("%n day(s) old", n) for n in (1, 2, 5)}) == 3


def test_the_sign_dialog_keeps_the_notes_of_a_short_finding_on_hover(qtbot, session) -> None:
    from tests.ui.helpers import ROOT, open_sign_dialog

    draft = session.ws.import_file(ROOT / "examples" / "madrid.json").id
    doc = session.ws.load(draft)
    doc.data["designations"] = [{"country": c} for c in ("US", "CH")]
    session.ws.save(draft, doc)
    session.window.open_draft(draft)
    qtbot.waitUntil(lambda: session.window.compose is not None, timeout=10000)
    qtbot.waitUntil(lambda: session.window.compose.settled, timeout=30000)
    dialog = open_sign_dialog(qtbot, session.window)
    rows = [dialog.problems.item(i) for i in range(dialog.problems.count())]
    short = [r for r in rows if "2 fee figures to be confirmed" in r.text()]
    assert short and "http" not in short[0].text()
    assert "individual fee of US" in short[0].toolTip(), short[0].toolTip()
    dialog.reject()


def test_a_signed_draft_is_not_called_ready_to_sign(qtbot, session) -> None:
    """Issue 16, 9 (left over): the findings panel said "ready to sign" under the bar that
    says the draft is signed; after an edit it is ready to sign again."""
    from tests.ui.helpers import ROOT

    ws = session.ws
    draft = ws.import_file(ROOT / "examples" / "trademark.json").id
    ws.create_key("Tester", b"correct horse battery staple")
    ws.pack(draft, ws.unlock_key("Tester", b"correct horse battery staple"))
    session.window.open_draft(draft)
    qtbot.waitUntil(lambda: session.window.compose is not None, timeout=10000)
    compose = session.window.compose
    qtbot.waitUntil(lambda: compose.settled and compose.signed_bar.state is not None, timeout=30000)
    summary = compose.findings_panel.summary
    qtbot.waitUntil(lambda: "signed" in summary.text(), timeout=5000)
    assert summary.text() == "No problems found. This revision is signed."
    reference = compose.view.bindings["reference"].widget
    reference.setFocus()
    qtbot.keyClicks(reference, "-2")
    compose.save_now()
    qtbot.waitUntil(lambda: "ready to sign" in summary.text(), timeout=15000)


@pytest.mark.parametrize("language", ["en", "ar", "zh_CN"], indirect=True)
def test_printed_fee_sheet_names_the_table_as_the_screens_do(language) -> None:
    """Issue 16, 11: the fee panel says "Fee table 2026.1, in effect from …, read …; review
    by …" but the summary and receipt printed "Fee table valid as of …"."""
    from filingassist.model.jsonio import read_file
    from filingassist.rules import feemap
    from tests.ui.helpers import ROOT
    from ui.fees import table_text
    from ui.i18n import tr
    from ui.printouts.summary import fee_sheet_html

    doc = read_file(ROOT / "examples" / "madrid.json").document
    quote = feemap.quote(doc)
    sheet = fee_sheet_html(quote.as_dict())
    screen = table_text(quote)  # what the fee panel and the sign dialog show
    before_age = re.split(r"\s*[(（]", screen)[0]  # the screen adds the age in brackets
    words = re.sub(r"[\u200e\u200f\u2066-\u2069]", "", before_age)
    printed = re.sub(r"[\u200e\u200f\u2066-\u2069]|<[^>]+>", "", sheet)
    assert words in printed, (words, printed)
    assert quote.tables[0].review_date.isoformat() in printed
    assert tr("Fee table valid as of {date}").split("{")[0] not in printed
