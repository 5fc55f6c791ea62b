"""Through the window alone: MM2 from a basic mark, fix findings, sign, send, print receipt."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

import ui.compose as compose_module
from filingassist.model.findings import Severity
from filingassist.money import format_amount
from filingassist.office import notices as office_notices
from filingassist.office.filing import Office as OfficeCtx
from filingassist.office.identity import load_or_create
from tests.support.fixtures import SERVICES, start_office
from tests.ui.helpers import check_now, open_sign_dialog, type_value
from tests.ui.screens import shoot
from ui.dialogs.pickers import designations_dialog
from ui.models.progress import PROGRESS_ROLE
from ui.outbox import state_label

pytestmark = [pytest.mark.gui, pytest.mark.network, pytest.mark.timeout(120)]


@pytest.fixture
def office(tmp_path: Path):
    running = start_office(tmp_path / "office")
    yield running
    running.server.stop()


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


#: What a filer types for each field the app says is missing (abstract field paths).
ANSWERS = {
    "filing_date": dt.date.today().isoformat(),
    "certification.receipt_date": dt.date.today().isoformat(),  # MM2 v2: item 13 date
    "entitlements.applicant": 1,
    "applicants.email": "ip@oracle.example",
    "entitlements.basis": "establishment",
    "entitlements.state": "US",
    "payment.method": "bank_transfer",
    "payment.payer": "Oracle America, Inc.",
    "payment.reference": "JAVA-MM2",
    "signature.capacity": "applicant",
    "signature.signatory": "Jane Doe",
    "signature.text": "/Jane Doe/",
}


def _pick_in_dialog(qtbot, codes):
    """Stand-in for the modal run: drive the real designations dialog, then accept it."""

    def pick(parent, current):
        dialog = designations_dialog(parent, current)
        for code in codes:
            dialog.search.setText(code)
            dialog.set_checked(code)
        dialog.search.clear()
        dialog.accept()
        return [str(k) for k in dialog.chosen()]

    return pick


def fix_findings(qtbot, compose) -> None:
    """Click the first error, answer the field it focuses; until no error is left."""
    for _ in range(40):
        errors = [f for f in check_now(qtbot, compose) if f.severity == Severity.ERROR]
        if not errors:
            return
        tree = compose.findings_panel.tree
        item = tree.topLevelItem(0)
        _click_item(qtbot, tree, item)
        path = errors[0].path
        abstract = re.sub(r"\[\d+\]", "", path)
        if abstract == "designations" or abstract == "designations.country":
            _click(qtbot, compose.view.groups["designations"].picker)
            continue
        if abstract == "payment.declared_total":  # the filer copies the fee panel's total
            # typed as the panel shows it ("4,394.00"): with separators and decimals
            answer = format_amount(compose.fee_panel.quote.total)
            assert answer in compose.fee_panel.total.text()
        else:
            assert abstract in ANSWERS, f"the test has no answer for {path}: {errors[0].text()}"
            answer = ANSWERS[abstract]
        binding = compose.view.bindings[path]
        qtbot.waitUntil(lambda b=binding: b.focus_widget.hasFocus(), timeout=3000)
        type_value(qtbot, compose, path, answer, Path("."), {})
    raise AssertionError("findings did not clear")


def _click_item(qtbot, tree, item) -> None:
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_basic_mark_to_printed_receipt(
    qtbot, make_session, office, tmp_path: Path, lang, shared_dir: Path, monkeypatch
) -> None:
    session = make_session(lang)
    window = session.window
    # Settings: the office, its fingerprint asked from the office itself, the account token.
    settings = window.open_settings()
    settings.office_url.setText(office.url)
    settings.office_token.setText(office.token)
    _click(qtbot, settings.fetch)
    qtbot.waitUntil(lambda: len(settings.office_fp.text()) >= 64, timeout=20000)
    _click(qtbot, settings.add_button)
    qtbot.waitUntil(lambda: settings.offices.topLevelItemCount() == 1, timeout=20000)
    settings.reject()
    window.activateWindow()

    # New MM2 from the basic mark record, then fix what the findings panel points at.
    record = shared_dir / "samples" / "uspto-st96" / "rn2178784-ST96.xml"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(record), ""))
    _click(qtbot, window.home.drafts.from_basic)
    qtbot.waitUntil(lambda: window.compose is not None, timeout=10000)
    compose = window.compose
    assert compose.document.data["applicants"][0]["name"] == "Oracle America, Inc."
    monkeypatch.setattr(compose_module, "pick_designations", _pick_in_dialog(qtbot, ["CN", "CH"]))
    fix_findings(qtbot, compose)
    shoot(window, f"mm2_fixed_{lang}")
    draft = session.ws.draft(compose.draft_id)
    draft_title = draft.title
    assert draft_title
    dialog = open_sign_dialog(qtbot, window)
    assert dialog.sign_button.isEnabled()
    dialog.passphrase.setText("correct horse battery staple")
    dialog.create_key("Marc Lemaire", "marc@lemaire-ip.example")
    qtbot.waitUntil(lambda: dialog.key.count() == 1, timeout=30000)
    shoot(dialog, f"sign_dialog_key_{lang}")
    with qtbot.waitSignal(dialog.signed, timeout=60000):
        _click(qtbot, dialog.sign_button)
    assert dialog.result_info.package_id
    assert session.ws.draft(draft.id).status == "signed"

    window.show_home()
    window.home.setCurrentWidget(window.home.outbox)
    outbox = window.home.outbox.model
    qtbot.waitUntil(lambda: outbox.rowCount() == 1, timeout=10000)
    # the row names the application, not a package hash (issue 16, problem 8)
    assert outbox.index(0, outbox.TITLE).data() == draft_title
    assert outbox.index(0, outbox.APPLICANT).data()
    shoot(window, f"outbox_queued_{lang}")
    _click(qtbot, window.home.outbox.send_button)
    receipts = window.home.receipts.model
    qtbot.waitUntil(lambda: receipts.rowCount() == 1, timeout=60000)
    assert window.last_notification == dialog.result_info.package_id
    assert window.connectivity == "reachable"
    qtbot.waitUntil(lambda: session.ws.draft(draft.id).status == "filed", timeout=10000)
    qtbot.waitUntil(lambda: outbox.index(0, outbox.STATE).data() == state_label("receipted"))
    done, total = outbox.index(0, outbox.PROGRESS).data(PROGRESS_ROLE)
    assert done == total > 0
    assert receipts.index(0, 0).data() == draft_title
    shoot(window, f"outbox_receipted_{lang}")

    window.home.setCurrentWidget(window.home.receipts)
    _click(qtbot, window.home.receipts.open_button)
    receipt = window.receipt_dialog
    qtbot.waitExposed(receipt)
    number = session.ws.receipts()[0].application_number
    assert number in receipt.view.toPlainText()
    shoot(receipt, f"receipt_{lang}")
    pdf = receipt.save_pdf(str(tmp_path / "receipt.pdf"))
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 2000
    receipt.reject()

    # The office later sends a notice with a deadline; "Respond" reopens the application.
    office_ctx = OfficeCtx(load_or_create(office.data), office.data, SERVICES, 10**8)
    office_notices.issue(office_ctx, number, "irregularity", "Fee missing", deadline_days=60)
    window.home.setCurrentWidget(window.home.notices)
    _click(qtbot, window.home.outbox.send_button)
    notices = window.home.notices.model
    qtbot.waitUntil(lambda: notices.rowCount() == 1, timeout=60000)

    def text(column: int) -> str:
        return str(notices.index(0, column).data())

    assert text(1).strip("\u200e") == number and text(2) and text(3)
    assert "60" in text(3) or "59" in text(3)
    shoot(window, f"notices_{lang}")
    window.close_compose()
    # note: not selectRow(0), which in a right-to-left layout looks for the column at
    # the viewport's right edge and can find none (Qt), selecting nothing
    window.home.notices.table.setCurrentIndex(notices.index(0, 0))
    assert window.home.notices.respond_button.isEnabled()
    _click(qtbot, window.home.notices.respond_button)
    qtbot.waitUntil(lambda: window.compose is not None, timeout=10000)
    assert window.compose.draft_id == draft.id
    compose = window.compose
    assert compose.responding is not None and compose.banner.isVisible()
    payer = compose.view.bindings["payment.payer"].focus_widget
    payer.setFocus()
    type_value(qtbot, compose, "payment.payer", "Oracle America, Inc. (fees paid)", Path("."), {})
    response = open_sign_dialog(qtbot, window)
    assert response.responds_to is not None
    response.passphrase.setText("correct horse battery staple")
    qtbot.waitUntil(lambda: response.key.count() == 1, timeout=10000)
    with qtbot.waitSignal(response.signed, timeout=60000):
        _click(qtbot, response.sign_button)
    window.show_home()
    window.home.setCurrentWidget(window.home.notices)
    _click(qtbot, window.home.outbox.send_button)
    qtbot.waitUntil(
        lambda: notices.rowCount() == 1 and text(4) != "",
        timeout=60000,
    )
    qtbot.waitUntil(lambda: session.ws.notices()[0].response_state == "receipted", timeout=60000)
    qtbot.waitUntil(lambda: window.syncer.running.finished, timeout=60000)  # pass ended
    window.refresh_home()
    qtbot.waitUntil(lambda: text(4) == state_label("receipted"), timeout=10000)
    shoot(window, f"notice_answered_{lang}")
