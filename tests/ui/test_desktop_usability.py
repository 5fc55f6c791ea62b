"""Problems found when the app was tried as a new user would (issue 16): dialogs that fit the
screen, plural forms, key creation, keyboard, right-to-left, consistency, layout."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QToolBar

from filingassist.model.findings import Finding, Severity
from tests.ui.helpers import check_now, open_new, open_sign_dialog, set_group_count
from tests.ui.screens import shoot
from ui.dialogs.about import AboutDialog
from ui.dialogs.newkey import NewKeyDialog, strength
from ui.dialogs.pickers import classes_dialog, designations_dialog
from ui.dialogs.receipt import DocumentDialog
from ui.dialogs.settings import SettingsDialog
from ui.formview.renderer import finding_text
from ui.i18n import LANGUAGES, install_language, trn
from ui.printing import Printout
from ui.refsource import country_label
from ui.style import apply_style

pytestmark = pytest.mark.gui
SHOT_LANGS = ["en", "ar", "zh_CN"]
#: A parameter with no value shown as "?" ("Class ? lists no goods or services").
QUESTION_PLACEHOLDER = re.compile(r"(^|\s)\?($|[\s.,:;)])")


# -- 4: every dialog fits the available screen -------------------------------------------
def _dialogs(session) -> dict[str, QDialog]:
    window = session.window
    long_body = "".join(f"<p>Line {i}</p>" for i in range(200))
    return {
        "receipt": DocumentDialog(Printout("Receipt", long_body), "receipt.pdf", window),
        "about": AboutDialog(session.tasks, window),
        "settings": SettingsDialog(session.ws, session.tasks, window),
        "classes": classes_dialog(window, []),
        "designations": designations_dialog(window, []),
        "new_key": NewKeyDialog(window),
    }


@pytest.mark.parametrize("lang", SHOT_LANGS)
def test_every_dialog_fits_the_available_screen(qtbot, make_session, lang) -> None:
    """A 768 px laptop (here the offscreen screen, 600 px) sees each dialog's buttons."""
    session = make_session(lang)
    area = session.window.screen().availableGeometry()
    dialogs = _dialogs(session)
    open_new(qtbot, session, "madrid")
    dialogs["sign"] = open_sign_dialog(qtbot, session.window)
    for name, dialog in dialogs.items():
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.height() <= area.height() - 40, f"{name}: {dialog.height()} px tall"
        assert dialog.width() <= area.width(), f"{name}: {dialog.width()} px wide"
        shoot(dialog, f"dialog_{name}_{lang}")
        dialog.close()


# -- 5: plural forms and no "?" placeholder ------------------------------------------------
def test_counts_use_plural_forms_in_every_catalogue(qapp) -> None:
    try:
        install_language(qapp, "en")
        assert trn("%n error(s)", 1) == "1 error"
        assert trn("%n error(s)", 2) == "2 errors"
        assert trn("%n package(s) waiting to be sent or receipted", 1).startswith("1 package ")
        for lang in LANGUAGES:
            install_language(qapp, lang)
            for n in (0, 1, 2, 3, 11, 100):
                text = trn("%n error(s)", n)
                assert "%n" not in text and "(s)" not in text, (lang, n, text)
        install_language(qapp, "ru")
        assert trn("%n error(s)", 1) != trn("%n error(s)", 5)
        install_language(qapp, "ar")
        assert len({trn("%n error(s)", n) for n in (1, 2, 3, 11)}) == 4
    finally:
        install_language(qapp, "en")


def test_findings_summary_says_1_error_not_1_errors(qtbot, session) -> None:
    compose = open_new(qtbot, session, "trademark")
    one = Finding("X", Severity.ERROR, "mark", "Give the mark.")
    compose.findings_panel.show_findings([one])
    assert compose.findings_panel.summary.text() == "1 error, 0 warnings"
    warning = Finding("Y", Severity.WARNING, "mark", "Check the mark.")
    compose.findings_panel.show_findings([warning])
    assert compose.findings_panel.summary.text() == "No errors; 1 warning"


@pytest.mark.parametrize("lang", SHOT_LANGS)
@pytest.mark.parametrize("kind", ["trademark", "madrid"])
def test_no_finding_shows_a_placeholder_as_a_question_mark(qtbot, make_session, lang, kind):
    """A class entry just added (no number, no terms) is named without "Class ?"."""
    session = make_session(lang)
    compose = open_new(qtbot, session, kind)
    set_group_count(qtbot, compose, compose.form.goods_services().group, 1)
    findings = check_now(qtbot, compose)
    texts = [finding_text(f) for f in findings]
    assert texts
    shown = [t for t in texts if QUESTION_PLACEHOLDER.search(t)]
    assert not shown, shown


# -- 10: key creation in one dialog ---------------------------------------------------------
def test_new_key_dialog_keeps_what_was_typed_and_asks_twice(qtbot, qapp) -> None:
    dialog = NewKeyDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Marc Lemaire")
    dialog.email.setText("marc@lemaire-ip.example")
    dialog.accept()  # no passphrase yet
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.name.text() == "Marc Lemaire"
    assert dialog.email.text() == "marc@lemaire-ip.example"
    assert "passphrase" in dialog.status.text().lower()
    dialog.passphrase.setText("short")
    assert strength("short")[0] == 0 and dialog.hint.text()
    dialog.passphrase.setText("correct horse battery")
    assert "Strong" in dialog.hint.text()
    dialog.repeat.setText("correct horse batterx")
    dialog.accept()
    assert dialog.isVisible() and "differ" in dialog.status.text()
    assert dialog.name.text() == "Marc Lemaire"
    dialog.repeat.setText("correct horse battery")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values() == ("Marc Lemaire", "marc@lemaire-ip.example", "correct horse battery")


def test_sign_dialog_creates_the_key_from_the_one_dialog(qtbot, session, monkeypatch) -> None:
    open_new(qtbot, session, "trademark")
    sign = open_sign_dialog(qtbot, session.window)

    def filled(dialog: NewKeyDialog) -> int:
        dialog.name.setText("Marc Lemaire")
        dialog.passphrase.setText("correct horse battery")
        dialog.repeat.setText("correct horse battery")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewKeyDialog, "exec", filled)
    sign.new_key.click()
    qtbot.waitUntil(lambda: sign.key.count() == 1, timeout=30000)
    assert sign.passphrase.text() == "correct horse battery"
    sign.reject()


# -- 12: keyboard ---------------------------------------------------------------------------
def test_settings_has_a_shortcut_and_toolbar_tooltips_show_shortcuts(qtbot, session) -> None:
    window = session.window
    assert not window.act_settings.shortcut().isEmpty()
    toolbar = window.findChild(QToolBar, "mainToolbar")
    for action in toolbar.actions():
        keys = action.shortcut().toString()
        assert keys, f"{action.text()} has no shortcut"
        assert action.shortcut().toString(action.shortcut().SequenceFormat.NativeText) in (
            action.toolTip()
        ), action.toolTip()


def test_a_red_bordered_field_shows_the_focus_ring(qtbot, qapp) -> None:
    apply_style(qapp)
    line = QLineEdit()
    qtbot.addWidget(line)
    line.setProperty("problem", "error")
    line.resize(200, 30)
    line.show()
    qtbot.waitExposed(line)
    line.style().unpolish(line)
    line.style().polish(line)
    before = line.grab().toImage().pixelColor(1, 15)
    line.activateWindow()
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    after = line.grab().toImage().pixelColor(1, 15)
    assert before != after, "focused and unfocused red-bordered fields look the same"


# -- 14: right-to-left ------------------------------------------------------------------------
def test_arrows_in_findings_point_the_reading_way(qtbot, make_session) -> None:
    session = make_session("ar")
    compose = open_new(qtbot, session, "madrid")
    check_now(qtbot, compose)
    tree = compose.findings_panel.tree
    where = tree.topLevelItem(0).text(0).split("\n")[1]
    assert where.startswith("←") and "→" not in where
    assert "›" not in where and "‹" in where, where
    shoot(compose.side, "findings_rtl_ar")


def test_the_european_union_is_named_as_the_contracting_party(qapp) -> None:
    try:
        for lang, expected in (("en", "European Union"), ("ar", "الاتحاد الأوروبي")):
            install_language(qapp, lang)
            assert country_label("EM", "European Union Intellectual Property Office") == expected
        install_language(qapp, "zh_CN")
        assert country_label("EM", "European Union Intellectual Property Office") == "欧盟"
    finally:
        install_language(qapp, "en")


def test_switching_language_keeps_the_scroll_position(qtbot, make_session) -> None:
    session = make_session("en")
    compose = open_new(qtbot, session, "madrid")
    bar = compose.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 800, timeout=10000)
    bar.setValue(700)
    session.change_language("ar")
    window = session.window
    qtbot.waitUntil(lambda: window.compose is not None and window.compose.settled, timeout=20000)
    new_bar = window.compose.view.verticalScrollBar()
    qtbot.waitUntil(lambda: new_bar.value() > 400, timeout=10000)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft


# -- 15: consistency --------------------------------------------------------------------------
def test_language_of_filing_is_a_list_on_both_trademark_forms(qtbot, session) -> None:
    from ui.refsource import CODE_ROLE

    for kind in ("trademark", "madrid"):
        compose = open_new(qtbot, session, kind)
        binding = compose.view.bindings["language"]
        assert binding.field.ftype.widget == "combo", kind
        assert binding.widget.findData("en", CODE_ROLE) > 0, kind
        assert "code" not in (binding.field.help or "").lower()


def test_office_of_filing_names_every_office_the_same_way(qtbot, make_session) -> None:
    session = make_session("zh_CN")
    compose = open_new(qtbot, session, "trademark")
    from ui.refsource import CODE_ROLE

    combo = compose.view.bindings["office"].widget
    names = {combo.itemData(i, CODE_ROLE): combo.itemText(i) for i in range(combo.count())}
    assert "欧盟" in names["EM"] and "美国" in names["US"], names
    assert "Office" not in names["EM"]


def test_a_finding_is_listed_once(qtbot, session) -> None:
    compose = open_new(qtbot, session, "madrid")
    texts = [finding_text(f) for f in check_now(qtbot, compose)]
    assert len(texts) == len(set(texts)), sorted(t for t in texts if texts.count(t) > 1)


def test_help_does_not_ask_to_tick_where_there_is_nothing_to_tick(qtbot, session) -> None:
    for kind in ("madrid",):
        form = open_new(qtbot, session, kind).form
        for section in form.sections:
            ticks = [
                f for f in form.fields if f.section == section.id and f.ftype.widget == "check"
            ]
            if "tick" in (section.help or "").lower():
                assert ticks, f"{section.id}: help says tick, the section has no tick box"


def test_the_red_border_is_on_the_missing_payment_reference(qtbot, session) -> None:
    from ui.refsource import CODE_ROLE

    compose = open_new(qtbot, session, "madrid")
    method = compose.view.bindings["payment.method"].widget
    method.setCurrentIndex(method.findData("bank_transfer", CODE_ROLE))
    check_now(qtbot, compose)
    assert compose.view.bindings["payment.reference"].widget.property("problem") == "error"
    assert not method.property("problem")


# -- 6: term search without a term list ---------------------------------------------------------
def test_term_search_says_no_list_is_installed_and_installs_one(
    qtbot, session, shared_dir, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from filingassist.rules import refapi

    csv = shared_dir / "refdata" / "nice" / "alphabetical_list.csv"
    refapi.forget_term_list()
    compose = open_new(qtbot, session, "madrid")
    terms = compose.view.bindings["classes[0].terms"].widget
    assert terms.no_terms.isVisibleTo(compose) and terms.install_button.isVisibleTo(compose)
    assert "not checked" in terms.search_edit.placeholderText()
    shoot(session.window, "no_term_list_en")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv), ""))
    terms.install_button.click()
    qtbot.waitUntil(lambda: not terms.no_terms.isVisibleTo(compose), timeout=60000)
    assert "Term list installed" in compose.status.text()
    number = compose.view.bindings["classes[0].class_number"].widget
    number.setText("9")
    number.textEdited.emit("9")
    terms.search_edit.setText("smartw")
    terms.search_edit.textEdited.emit("smartw")
    assert "smartwatches" in terms._model.stringList()
    refapi.forget_term_list()


# -- 11: one date per table, named the same way --------------------------------------------
def test_the_fee_table_and_its_date_are_named_the_same_way_everywhere(qtbot, session) -> None:
    from tests.ui.helpers import ROOT

    draft = session.ws.import_file(ROOT / "examples" / "madrid.json").id
    window = session.window
    window.open_draft(draft)
    qtbot.waitUntil(lambda: window.compose is not None and window.compose.settled, timeout=20000)
    fees = window.compose.fee_panel
    qtbot.waitUntil(lambda: fees.quote is not None, timeout=20000)
    picker = designations_dialog(window, [])
    sign = open_sign_dialog(qtbot, window)
    qtbot.waitUntil(lambda: "Fee table" in sign.fees.text(), timeout=20000)
    texts = {
        "fee panel": fees.valid.text(),
        "designation picker": picker.findChild(type(window.refdata_label), "pickerNote").text(),
        "sign dialog": sign.fees.text(),
    }
    for where, text in texts.items():
        assert "as of" not in text, f"{where}: {text}"
        assert re.search(r"Fee table \S+, in effect from \S+, read \S+", text), f"{where}: {text}"
    read = {re.search(r"read (\S+)", t).group(1) for t in texts.values()}
    assert len(read) == 1, texts
    sign.reject()


def test_ctrl_n_starts_in_the_first_field_and_tab_leaves_the_form_forwards(qtbot, session):
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window = session.window
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.compose is not None and window.compose.settled, timeout=10000)
    view = window.compose.view
    view.build_pending()
    first = QApplication.focusWidget()
    assert first is not None and first.objectName() == "field:office", first
    QTest.keyClick(first, Qt.Key.Key_Tab)
    second = QApplication.focusWidget()
    assert second is not view and second.isVisible() and second.objectName().startswith("field:")
    seen = []
    for _ in range(400):  # walk the whole form with Tab
        widget = QApplication.focusWidget()
        if not view.isAncestorOf(widget):
            break
        seen.append(widget)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    after = QApplication.focusWidget()
    assert len(seen) > 20
    assert first not in seen[1:], "Tab came back to the top of the form"
    assert after is window.compose.side or window.compose.side.isAncestorOf(after), after


# -- 13: layout ---------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", SHOT_LANGS)
def test_no_label_wraps_to_more_than_two_lines(qtbot, make_session, lang) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QLabel

    session = make_session(lang)
    for kind in ("trademark", "madrid", "patent"):
        compose = open_new(qtbot, session, kind)
        compose.view.build_pending()
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        qtbot.wait(50)
        for binding in compose.view.bindings.values():
            label: QLabel = binding.label
            if not label.isVisibleTo(compose.view):
                continue
            lines = label.heightForWidth(label.width()) / label.fontMetrics().lineSpacing()
            assert lines <= 2.5, f"{kind}: {label.text()!r} takes {lines:.1f} lines"
        for editor in compose.view.groups.values():
            title = editor.title
            lines = title.heightForWidth(title.width()) / title.fontMetrics().lineSpacing()
            assert lines <= 2.5, f"{kind}: group title {title.text()!r} takes {lines:.1f} lines"
        session.window.show_home()
        session.window.close_compose()


def test_designations_are_a_compact_list(qtbot, session) -> None:
    compose = open_new(qtbot, session, "madrid")
    set_group_count(qtbot, compose, "designations", 5)
    compose.view.build_pending()
    compose.view.scroll_to_section("designations")
    editor = compose.view.groups["designations"]
    qtbot.waitUntil(lambda: all(f.height() > 20 for f in editor.item_frames), timeout=5000)
    combo = compose.view.bindings["designations[0].country"].widget
    for frame in editor.item_frames:
        assert frame.height() <= combo.height() * 2, f"{frame.height()} px for one party"
    assert sum(f.height() for f in editor.item_frames) < 300
    shoot(session.window, "designations_compact_en")


def test_a_tick_box_in_error_is_framed_where_it_is(qtbot, session) -> None:
    from PySide6.QtWidgets import QCheckBox

    compose = open_new(qtbot, session, "madrid")
    compose.view.build_pending()
    boxes = [b for b in compose.view.findChildren(QCheckBox) if b.isVisibleTo(compose.view)]
    assert boxes
    for box in boxes:
        box.setProperty("problem", "error")
        box.style().unpolish(box)
        box.style().polish(box)
        box.updateGeometry()
    qtbot.wait(50)
    for box in boxes:
        assert box.width() <= box.sizeHint().width() + 8, f"{box.text()!r}: {box.width()} px"
    compose.view.ensureWidgetVisible(boxes[-1])
    shoot(session.window, "tick_box_in_error_en")


def _assert_columns_whole(tree, where: str) -> None:
    for column in range(tree.columnCount()):
        need = max(tree.sizeHintForColumn(column), tree.header().sectionSizeHint(column))
        assert tree.header().sectionSize(column) >= need, f"{where}: column {column} cut off"


@pytest.mark.parametrize("lang", SHOT_LANGS)
def test_no_column_is_cut_off_in_pickers_and_settings(qtbot, make_session, lang) -> None:
    from PySide6.QtWidgets import QTabWidget, QTreeWidgetItem

    session = make_session(lang)
    window = session.window
    for dialog in (designations_dialog(window, []), classes_dialog(window, [])):
        dialog.show()
        qtbot.waitExposed(dialog)
        _assert_columns_whole(dialog.tree, dialog.windowTitle())
        dialog.close()
    settings = SettingsDialog(session.ws, session.tasks, window)
    settings.show()
    qtbot.waitExposed(settings)
    fingerprint = "AB:" * 31 + "CD"
    settings.offices.addTopLevelItem(
        QTreeWidgetItem(["XX", "https://office.example.org/filing/api", fingerprint])
    )
    settings.keys.addTopLevelItem(
        QTreeWidgetItem(["Marc Lemaire", "CN=Marc Lemaire", "2028-11-29", "ab" * 16])
    )
    qtbot.wait(50)
    _assert_columns_whole(settings.offices, "offices")
    _assert_columns_whole(settings.keys, "keys")
    tabs = settings.findChild(QTabWidget)
    shoot(settings, f"settings_offices_{lang}")
    tabs.setCurrentIndex(1)
    shoot(settings, f"settings_keys_{lang}")
    settings.close()


def test_status_bar_says_1_day_old_not_1_days(qtbot, session) -> None:
    import dataclasses
    import datetime as dt

    from ui.refsource import refdata_freshness

    table = refdata_freshness()
    assert table is not None
    day_after = table.info.valid_as_of + dt.timedelta(days=1)
    session.window._show_refdata_status(dataclasses.replace(table, today=day_after))
    assert session.window.refdata_label.text() == "Fee data 1 day old"
