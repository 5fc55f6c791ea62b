""" "Remember for this session" (issue 9): sign twice, asked once; "Lock keys now" → asked
again; a wrong passphrase forgets the remembered one; quitting removes the keyring entry;
what a crashed session left in the keyring is removed at the next start. The keyring is a
real ``keyring`` backend over a file outside the data folder (tests/support/filekeyring.py);
the data folder (with the log, at DEBUG) never holds the passphrase."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from filingassist import logfile
from filingassist.app import Workspace
from tests.support.filekeyring import (
    FileKeyring,
    assert_no_passphrase_in,
    installed,
    session_entries,
    session_killed_after_remembering,
)
from tests.ui.screens import shoot
from ui.app import Session, application
from ui.dialogs.sign import SignDialog

pytestmark = [pytest.mark.gui, pytest.mark.timeout(180)]

PASS = "correct horse battery staple"
KEY = "ada-lovelace"


@pytest.fixture
def ring(tmp_path: Path) -> Iterator[FileKeyring]:
    with installed(tmp_path / "os-keyring.json") as backend:
        yield backend


@pytest.fixture
def debug_log(isolated_home: Path) -> Iterator[Path]:
    """The app's real log file (in the data folder), at DEBUG."""
    path = logfile.install(logging.DEBUG)
    yield path
    logfile.uninstall(path)


def _start(qtbot: Any, home: Path) -> Session:
    session = Session(application(), Workspace.open(home), "en", False)
    session.window.show()
    qtbot.waitUntil(lambda: session.ws.passphrases is not None, timeout=20000)
    return session


def _dialog(qtbot: Any, session: Session, draft_id: str) -> SignDialog:
    ws = session.ws
    dialog = SignDialog(ws, session.tasks, draft_id, ws.load(draft_id), [], session.window)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.key.count() == 1, timeout=20000)
    return dialog


def _sign(qtbot: Any, dialog: SignDialog) -> None:
    with qtbot.waitSignal(dialog.signed, timeout=60000):
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)


def test_sign_twice_asked_once_lock_wrong_passphrase_and_quit(
    qtbot: Any, ring: FileKeyring, isolated_home: Path, examples_dir: Path, debug_log: Path
) -> None:
    session = _start(qtbot, isolated_home)
    ws = session.ws
    assert ws.passphrases is not None and ws.passphrases.where == "keyring"
    ws.create_key("Ada Lovelace", PASS.encode())
    drafts = [ws.import_file(examples_dir / "trademark.json").id for _ in range(4)]

    # 1. typed once, remembered
    first = _dialog(qtbot, session, drafts[0])
    assert first.remember.isVisible() and not first.remember.isChecked()
    first.passphrase.setText(PASS)
    first.remember.setChecked(True)
    _sign(qtbot, first)
    assert len(session_entries(ring)) == 1

    # 2. the next signing does not ask
    second = _dialog(qtbot, session, drafts[1])
    assert second.passphrase.text() == ""
    assert second.passphrase.placeholderText() == "Remembered for this session"
    assert second.remember.isChecked()
    shoot(second, "sign_dialog_remembered_en")
    _sign(qtbot, second)
    assert ws.draft(drafts[1]).status == "signed"

    # 3. "Lock keys now" (its shortcut): asked again
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    assert session.window.act_lock_keys.shortcut().toString() == "Ctrl+Shift+L"
    session.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is session.window, timeout=10000)
    qtbot.keyClick(session.window, Qt.Key.Key_L, mods)
    bar = session.window.statusBar()
    qtbot.waitUntil(lambda: "Keys locked" in bar.currentMessage(), timeout=10000)
    assert not ws.passphrases.remembers(KEY) and session_entries(ring) == {}
    third = _dialog(qtbot, session, drafts[2])
    assert third.passphrase.placeholderText() == ""
    qtbot.mouseClick(third.sign_button, Qt.MouseButton.LeftButton)
    assert third.status.text() == "Type the key's passphrase."
    assert ws.draft(drafts[2]).status != "signed"
    third.passphrase.setText(PASS)
    third.remember.setChecked(True)
    _sign(qtbot, third)
    assert len(session_entries(ring)) == 1

    # 4. a wrong passphrase forgets the remembered one
    fourth = _dialog(qtbot, session, drafts[3])
    assert fourth.remember.isChecked()
    fourth.passphrase.setText("not the passphrase")
    qtbot.mouseClick(fourth.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "does not open the key" in fourth.status.text(), timeout=30000)
    fourth.error_box.close()
    assert not ws.passphrases.remembers(KEY) and session_entries(ring) == {}
    assert fourth.passphrase.text() == "" and fourth.passphrase.placeholderText() == ""
    fourth.passphrase.setText(PASS)
    _sign(qtbot, fourth)
    assert len(session_entries(ring)) == 1

    # 5. quit: the keyring entry goes
    session.close()
    QApplication.processEvents()
    assert session_entries(ring) == {}
    assert list((isolated_home / "sessions").iterdir()) == []
    logfile.uninstall(debug_log)  # flushed and closed
    assert "remembered for this session (keyring)" in debug_log.read_text("utf-8")
    assert_no_passphrase_in(isolated_home, PASS.encode())


def test_without_a_keyring_remembered_in_memory_only(
    qtbot: Any, isolated_home: Path, examples_dir: Path
) -> None:
    session = _start(qtbot, isolated_home)  # conftest: FILINGASSIST_KEYRING=0
    ws = session.ws
    assert ws.passphrases is not None and ws.passphrases.where == "memory"
    ws.create_key("Ada Lovelace", PASS.encode())
    drafts = [ws.import_file(examples_dir / "trademark.json").id for _ in range(2)]
    first = _dialog(qtbot, session, drafts[0])
    first.passphrase.setText(PASS)
    first.remember.setChecked(True)
    _sign(qtbot, first)
    second = _dialog(qtbot, session, drafts[1])
    assert second.passphrase.placeholderText() == "Remembered for this session"
    _sign(qtbot, second)
    session.window.act_lock_keys.trigger()
    qtbot.waitUntil(lambda: not ws.passphrases.remembers(KEY), timeout=10000)
    assert not (isolated_home / "sessions").exists()
    session.close()


def test_a_crashed_sessions_keyring_entry_is_removed_at_the_next_start(
    qtbot: Any, ring: FileKeyring, isolated_home: Path
) -> None:
    Workspace.open(isolated_home).create_key("Ada Lovelace", PASS.encode())
    with session_killed_after_remembering(KEY, PASS.encode()):
        assert len(session_entries(ring)) == 1
    assert len(session_entries(ring)) == 1  # killed: nothing cleaned up
    session = _start(qtbot, isolated_home)
    assert session_entries(ring) == {}
    assert not ws_remembers(session)
    session.close()


def ws_remembers(session: Session) -> bool:
    memory = session.ws.passphrases
    return memory is not None and memory.remembers(KEY)


def test_settings_idle_time_and_key_deletion_forget_it(
    qtbot: Any, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.dialogs.passphrase import idle_minutes

    session = _start(qtbot, isolated_home)
    ws, memory = session.ws, session.ws.passphrases
    assert memory is not None and memory.idle == 15 * 60  # the default
    ws.create_key("Ada Lovelace", PASS.encode())
    ws.unlock_key(KEY, PASS.encode(), remember=True)
    dialog = session.window.open_settings()
    spin = dialog.idle_minutes
    assert spin.value() == 15
    spin.setValue(5)
    dialog.accept()
    assert idle_minutes() == 5 and memory.idle == 300
    # the window's timer removes a passphrase idle too long
    now = [memory.clock() + 301]
    monkeypatch.setattr(memory, "clock", lambda: now[0])
    session.window.forget_idle_passphrases()
    qtbot.waitUntil(lambda: not memory.remembers(KEY), timeout=10000)
    # deleting the key in Settings forgets its passphrase
    ws.unlock_key(KEY, PASS.encode(), remember=True)
    dialog = session.window.open_settings()
    qtbot.waitUntil(lambda: dialog.keys.topLevelItemCount() == 1, timeout=10000)
    dialog.keys.setCurrentItem(dialog.keys.topLevelItem(0))
    dialog.delete_key_button.click()
    assert KEY in dialog.confirm_box.text()
    dialog.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: dialog.key_status.text() == "Key deleted.", timeout=10000)
    qtbot.waitUntil(lambda: dialog.keys.topLevelItemCount() == 0, timeout=10000)
    assert ws.keys() == [] and not memory.remembers(KEY)
    dialog.reject()
    session.close()
