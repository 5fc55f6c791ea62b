"""Qt tests run offscreen, with their own QSettings file and data folder."""

from __future__ import annotations

import logging
import os
import sys
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# note: a 1366×768 laptop screen, the size the app was tried at (issue 16): dialogs are sized
# to it and screenshots show what such a user sees (Qt's offscreen screen is 800×600 else)
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    LAPTOP = os.path.join(os.path.dirname(__file__), "screen-1366x768.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={LAPTOP}"

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from filingassist.app import Workspace  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def english_catalogue(qapp):  # type: ignore[no-untyped-def]
    """Tests start in English with its catalogue, which gives the plural forms of counts:
    a test run alone reads "1 package", as it does after another test installed English
    (test_models failed alone, passed in the suite)."""
    from ui.i18n import install_language

    install_language(qapp, "en")


@pytest.fixture(autouse=True)
def qt_settings(tmp_path: Path) -> Iterator[Path]:
    """QSettings in a temp folder so the session memory of one test never leaks."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def process_hooks_restored() -> Iterator[None]:
    """Opening the desktop app (``main([])``) installs the log file handler and the crash
    hooks process-wide; put them back, so a later test (test_crash_reporting) does not
    find a finished test's handler."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    hooks = sys.excepthook, threading.excepthook
    yield
    sys.excepthook, threading.excepthook = hooks
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


@pytest.fixture
def make_session(qapp, isolated_home: Path):  # type: ignore[no-untyped-def]
    """Build a full window session (workspace, tasks, bridge) in a given language."""
    from ui.app import Session, application

    sessions = []

    def make(language: str = "en", restore: bool = False) -> Session:
        app = application()
        session = Session(app, Workspace.open(isolated_home), language, restore)
        session.window.show()
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        session.close()
        session.window.deleteLater()
    from ui.i18n import install_language

    install_language(qapp, "en")


@pytest.fixture
def session(make_session):  # type: ignore[no-untyped-def]
    return make_session("en")
