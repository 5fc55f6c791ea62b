"""Through the window: add the local office, sign the MM2, send it, see and print the receipt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.support.fixtures import start_office
from tests.ui.helpers import ROOT
from tests.ui.screens import shoot

pytestmark = [pytest.mark.gui, pytest.mark.network, pytest.mark.timeout(120)]


@pytest.fixture
def office(tmp_path: Path):
    running = start_office(tmp_path / "office")
    yield running
    running.server.stop()


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_sign_send_receipt_print(qtbot, make_session, office, tmp_path: Path, lang) -> None:
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

    draft = session.ws.import_file(ROOT / "examples" / "madrid.json")
    window.open_draft(draft.id)
    qtbot.waitUntil(lambda: window.compose is not None, timeout=10000)
    dialog = window.sign()
    qtbot.waitExposed(dialog)
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
    qtbot.waitUntil(lambda: window.home.outbox.tree.topLevelItemCount() == 1, timeout=10000)
    shoot(window, f"outbox_queued_{lang}")
    _click(qtbot, window.home.outbox.send_button)
    qtbot.waitUntil(lambda: window.home.receipts.tree.topLevelItemCount() == 1, timeout=60000)
    assert window.last_notification == dialog.result_info.package_id
    assert window.connectivity == "reachable"
    qtbot.waitUntil(lambda: session.ws.draft(draft.id).status == "filed", timeout=10000)
    bar = window.home.outbox.bars[dialog.result_info.package_id]
    assert bar.value() == bar.maximum()
    shoot(window, f"outbox_receipted_{lang}")

    window.home.setCurrentWidget(window.home.receipts)
    _click(qtbot, window.home.receipts.open_button)
    receipt = window.receipt_dialog
    qtbot.waitExposed(receipt)
    number = session.ws.receipts()[0]["application_number"]
    assert number in receipt.view.toPlainText()
    shoot(receipt, f"receipt_{lang}")
    pdf = receipt.save_pdf(str(tmp_path / "receipt.pdf"))
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 2000
