"""The desktop app logs to a rotating file in the log folder, and an uncaught exception
is logged with its traceback and shown as a short message naming the log (issue 9)."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from filingassist import logfile
from ui.app import install_crash_reporting, remove_crash_reporting
from ui.i18n import install_language

pytestmark = pytest.mark.gui


@pytest.fixture
def reporting(qapp, isolated_home: Path) -> Iterator[Path]:
    hooks = sys.excepthook, threading.excepthook
    path = install_crash_reporting()
    try:
        yield path
    finally:
        remove_crash_reporting(path)
        assert (sys.excepthook, threading.excepthook) == hooks
        assert not _file_handlers(path)
        for box in QApplication.topLevelWidgets():
            if box.objectName() == "crash_message":
                box.close()


def _raise_and_hook(message: str) -> None:
    try:
        raise RuntimeError(message)
    except RuntimeError:
        sys.excepthook(*sys.exc_info())


def _shown() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "crash_message" and w.isVisible()
    ]


def test_log_file_rotates_in_the_log_folder(reporting: Path, isolated_home: Path) -> None:
    assert reporting == isolated_home / "logs" / logfile.LOG_NAME
    [handler] = _file_handlers(reporting)
    assert handler.maxBytes == logfile.MAX_BYTES and handler.backupCount == logfile.BACKUPS
    logging.getLogger("filingassist.test").info("hello from the test")
    handler.flush()
    assert "hello from the test" in reporting.read_text(encoding="utf-8")
    assert install_crash_reporting() == reporting  # a second install adds no second handler
    assert len(_file_handlers(reporting)) == 1


def _file_handlers(path: Path) -> list[RotatingFileHandler]:
    return [
        h
        for h in logging.getLogger().handlers
        if isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == path
    ]


def test_run_leaves_no_hook_or_handler_behind(qapp, isolated_home: Path) -> None:
    from PySide6.QtCore import QTimer

    from ui import app as ui_app

    before = sys.excepthook
    QTimer.singleShot(200, QApplication.closeAllWindows)
    assert ui_app.run() == 0
    assert sys.excepthook is before
    assert not _file_handlers(logfile.log_folder() / logfile.LOG_NAME)


def test_uncaught_exception_is_logged_and_shown_with_the_log_path(reporting: Path) -> None:
    _raise_and_hook("boom in a slot")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = reporting.read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError: boom in a slot" in text
    [box] = _shown()
    assert str(reporting) in box.informativeText()
    assert "boom" not in box.text() + box.informativeText()  # no traceback for the user


def test_the_message_is_translated(qapp, reporting: Path) -> None:
    try:
        assert install_language(qapp, "fr") == "fr"
        _raise_and_hook("boom")
        [box] = _shown()
        assert "fichier journal" in box.informativeText()
    finally:
        install_language(qapp, "en")


def test_uncaught_exception_in_a_worker_thread_is_logged(reporting: Path) -> None:
    worker = threading.Thread(target=lambda: 1 / 0, name="worker-7")
    worker.start()
    worker.join(10)
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = reporting.read_text(encoding="utf-8")
    assert "worker-7" in text and "ZeroDivisionError" in text
