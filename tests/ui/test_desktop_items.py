"""Issue 16 items of the desktop: amounts, where a signed package goes, a second filing,
the office's connection status and how a signed draft looks."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from filingassist.errors import NotReceivedByOffice
from tests.support.fixtures import start_office
from tests.ui.helpers import (
    ROOT,
    check_now,
    example_doc,
    fill_from_example,
    open_new,
    open_sign_dialog,
    outbox_row,
)
from tests.ui.screens import shoot
from ui.formview.renderer import finding_text

pytestmark = [pytest.mark.gui, pytest.mark.timeout(180)]


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


# -- signing: where the package goes, queueing later, a second filing, the signed state ----

PASS = b"correct horse battery staple"


@pytest.fixture
def office_xx(tmp_path: Path):
    """An office that receives trademarks for XX only (not the example's EM)."""
    running = start_office(tmp_path / "office-xx", receives={"trademark": ["XX"]})
    yield running
    running.server.stop()


@pytest.fixture
def office_em(tmp_path: Path):
    """An office that receives trademarks for EM (the example's office of filing)."""
    running = start_office(tmp_path / "office-em", receives={"trademark": ["EM"]})
    yield running
    running.server.stop()


def _add_office(ws, office) -> None:
    _doc, fingerprint = ws.discover_office(office.url)
    ws.add_office(office.url, fingerprint, office.token)


def _open_example(qtbot, session, kind: str = "trademark"):
    draft = session.ws.import_file(ROOT / "examples" / f"{kind}.json")
    session.window.open_draft(draft.id)
    qtbot.waitUntil(lambda: session.window.compose is not None, timeout=10000)
    compose = session.window.compose
    qtbot.waitUntil(lambda: compose.settled, timeout=30000)
    return compose


def _sign(qtbot, session, key: str = "tester"):
    dialog = open_sign_dialog(qtbot, session.window)
    qtbot.waitUntil(lambda: dialog.key.findData(key) >= 0, timeout=30000)
    dialog.key.setCurrentIndex(dialog.key.findData(key))
    dialog.passphrase.setText(PASS.decode())
    qtbot.waitUntil(lambda: dialog.destination.text() != "Working…", timeout=10000)
    return dialog


def _sign_now(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.signed, timeout=60000):
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)


def test_without_an_office_the_dialog_says_so_and_the_package_is_queued_later(
    qtbot, session, office_em
) -> None:
    """Problem 1: nothing queued silently; the signed package is put in the outbox later."""
    ws = session.ws
    ws.create_key("Tester", PASS)
    compose = _open_example(qtbot, session)
    dialog = _sign(qtbot, session)
    assert "No office is set up" in dialog.destination.text()
    assert not dialog.queue.isChecked() and not dialog.queue.isEnabled()
    shoot(dialog, "sign_dialog_no_office_en")
    _sign_now(qtbot, dialog)
    assert ws.outbox() == []
    bar = compose.signed_bar
    qtbot.waitUntil(lambda: bar.isVisible() and bar.state is not None, timeout=10000)
    assert "Not in the outbox" in bar.label.text() and bar.queue_button.isVisible()
    shoot(session.window, "signed_not_queued_en")
    _add_office(ws, office_em)
    qtbot.mouseClick(bar.queue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(ws.outbox()) == 1, timeout=10000)
    assert ws.outbox()[0].package_id == dialog.result_info.package_id
    qtbot.waitUntil(lambda: "In the outbox for" in bar.label.text(), timeout=10000)


def test_an_office_that_does_not_receive_the_application_is_not_used(
    qtbot, session, office_xx
) -> None:
    """Problem 2: the example trademark is for EM; an office receiving only XX is refused."""
    ws = session.ws
    ws.create_key("Tester", PASS)
    _add_office(ws, office_xx)
    compose = _open_example(qtbot, session)
    dialog = _sign(qtbot, session)
    text = dialog.destination.text()
    assert "No office set up here receives" in text and "EM" in text
    assert not dialog.queue.isChecked() and dialog.office.count() == 0
    _sign_now(qtbot, dialog)
    assert ws.outbox() == []
    with pytest.raises(NotReceivedByOffice, match="does not receive trademark applications for EM"):
        ws.queue(dialog.result_info.package_id)
    bar = compose.signed_bar
    qtbot.waitUntil(lambda: bar.state is not None, timeout=10000)
    qtbot.mouseClick(bar.queue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(bar, "notice", None) is not None, timeout=10000)
    assert "No office set up here receives" in bar.notice.text()
    assert ws.outbox() == []


def test_signing_a_queued_revision_again_asks_naming_the_earlier_package(
    qtbot, session, office_em, monkeypatch
) -> None:
    """Issue 9's leftover: AlreadyQueued is a question naming the package, not an error."""
    ws = session.ws
    ws.create_key("Tester", PASS)
    _add_office(ws, office_em)
    _open_example(qtbot, session)
    first = _sign(qtbot, session)
    assert "Sent to this office" in first.destination.text() and first.queue.isChecked()
    shoot(first, "sign_dialog_office_en")
    assert first.office.currentData() == "XX"
    _sign_now(qtbot, first)
    earlier = first.result_info.package_id
    assert [i.package_id for i in ws.outbox()] == [earlier]
    asked: list[str] = []

    def answer(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    time.sleep(1.05)  # signing is deterministic to the second: a later second, a new package
    second = _sign(qtbot, session)
    _sign_now(qtbot, second)
    assert len(asked) == 1 and earlier[:16] in asked[0]
    assert second.result_info.package_id != earlier
    assert {i.package_id for i in ws.outbox()} == {earlier, second.result_info.package_id}


def test_declining_a_second_filing_signs_nothing(qtbot, session, office_em, monkeypatch) -> None:
    ws = session.ws
    ws.create_key("Tester", PASS)
    _add_office(ws, office_em)
    _open_example(qtbot, session)
    _sign_now(qtbot, _sign(qtbot, session))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    again = _sign(qtbot, session)
    qtbot.mouseClick(again.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Not signed" in again.status.text(), timeout=30000)
    assert len(ws.packages()) == 1 and again.sign_button.isEnabled()


def test_a_signed_draft_says_it_is_signed_and_that_editing_needs_a_new_signature(
    qtbot, session, office_em
) -> None:
    """Problem 9: reopened, it says signed (and queued); an edit is a revision to sign again."""
    ws = session.ws
    ws.create_key("Tester", PASS)
    _add_office(ws, office_em)
    compose = _open_example(qtbot, session)
    _sign_now(qtbot, _sign(qtbot, session))
    draft_id = compose.draft_id
    session.window.show_home()
    session.window.close_compose()
    session.window.open_draft(draft_id)
    qtbot.waitUntil(lambda: session.window.compose is not None, timeout=10000)
    compose = session.window.compose
    bar = compose.signed_bar
    qtbot.waitUntil(lambda: bar.isVisible() and bar.state is not None, timeout=10000)
    assert "Signed on" in bar.label.text() and "In the outbox for XX" in bar.label.text()
    assert "Editing makes a new revision" in bar.label.text()
    name = compose.view.bindings["applicants[0].name"].widget
    name.setFocus()
    qtbot.keyClicks(name, " Ltd")
    compose.save_now()
    qtbot.waitUntil(lambda: "Edited since" in bar.label.text(), timeout=15000)
    shoot(session.window, "signed_edited_since_en")
    assert not bar.queue_button.isVisible()


# -- connection status -----------------------------------------------------------------


def test_send_now_without_an_office_says_so(qtbot, session) -> None:
    window = session.window
    window.home.setCurrentWidget(window.home.outbox)
    qtbot.mouseClick(window.home.outbox.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(window, "no_office_box", None) is not None, timeout=10000)
    assert "No office is set up" in window.no_office_box.text()
    assert window.connectivity == "no_office"


def test_status_follows_the_last_real_attempt(qtbot, session, office_em) -> None:
    """Reachable right after the office is added (no "Send now"); offline once it stopped."""
    window = session.window
    qtbot.waitUntil(lambda: window.connectivity == "no_office", timeout=10000)
    _add_office(session.ws, office_em)
    qtbot.waitUntil(lambda: window.connectivity == "reachable", timeout=15000)
    office_em.server.stop()
    window.sync()
    qtbot.waitUntil(lambda: window.connectivity == "offline", timeout=30000)
    assert "Last attempt at" in window.conn_label.toolTip()
    shoot(window, "status_offline_en")


def test_sending_errors_are_plain_sentences_in_the_cell_and_its_tooltip(qtbot) -> None:
    from PySide6.QtCore import Qt

    from ui.outbox import OutboxModel, OutboxView

    view = OutboxView()
    qtbot.addWidget(view)
    raw = (
        "HTTPConnectionPool(host='127.0.0.1', port=9): Max retries exceeded with url: /files/ "
        "(Caused by NewConnectionError('Failed to establish a new connection: [Errno 111] "
        "Connection refused'))"
    )
    view.show_items([outbox_row("a" * 64, last_error=raw, attempts=2)])
    cell = view.model.index(0, OutboxModel.DETAILS)
    shown = str(cell.data(Qt.ItemDataRole.DisplayRole))
    assert shown.startswith("The office could not be reached.")
    assert "HTTPConnectionPool" not in shown
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == shown  # the whole sentence, not the raw


def test_refusals_are_named_not_shown_as_cannot_be_done_now(qapp) -> None:
    from filingassist.errors import AlreadyQueued
    from ui.errors import user_message

    wrong = user_message(NotReceivedByOffice("XX", "trademark", "US", ["XX"]))
    assert wrong.startswith("That office does not receive this kind of application")
    assert user_message(AlreadyQueued("again", ["p" * 64])).startswith("This revision is already")


@pytest.mark.parametrize("lang", ["ar", "zh_CN"])
def test_sign_dialog_and_signed_bar_in_other_languages(qtbot, make_session, lang) -> None:
    """Screenshots (checked for clipping) of where the package goes and the signed bar."""
    session = make_session(lang)
    session.ws.create_key("Tester", PASS)
    compose = _open_example(qtbot, session)
    dialog = open_sign_dialog(qtbot, session.window)
    qtbot.waitUntil(lambda: dialog.key.findData("tester") >= 0, timeout=30000)
    dialog.passphrase.setText(PASS.decode())
    qtbot.waitUntil(
        lambda: not dialog.queue.isEnabled() and bool(dialog.destination.text()), timeout=10000
    )
    shoot(dialog, f"sign_dialog_no_office_{lang}")
    _sign_now(qtbot, dialog)
    bar = compose.signed_bar
    qtbot.waitUntil(lambda: bar.isVisible() and bar.state is not None, timeout=10000)
    assert bar.queue_button.isVisible() and bar.state.outbox_state == ""
    shoot(session.window, f"signed_not_queued_{lang}")
