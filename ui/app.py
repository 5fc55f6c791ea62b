"""Bootstrap of the desktop app: ``filingassist`` with no arguments calls ``run()``."""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from filingassist import logfile, paths
from filingassist.app import Workspace
from ui.bridge import EventBridge
from ui.dialogs.passphrase import idle_minutes
from ui.i18n import install_language, system_language, tr
from ui.ops import Op
from ui.style import apply_style, follow_system_scheme
from ui.tasks import TaskRunner

ORG = "filingassist"
#: Set: quit as soon as the window is shown and the event loop is idle (start-up timing).
EXIT_WHEN_IDLE_ENV = "FILINGASSIST_EXIT_WHEN_IDLE"
APP = "Filing Assistant"


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication (created once), with names used by QSettings."""
    QCoreApplication.setOrganizationName(ORG)
    QCoreApplication.setApplicationName(APP)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else None
    if app is None:
        app = QApplication(list(argv or sys.argv[:1]))
        follow_system_scheme(app)
    apply_style(app)
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "filingassist.svg")))
    return app


def open_workspace() -> Workspace:
    """The workspace in the data folder chosen in Settings, else the default one."""
    folder = QSettings().value("data_folder")
    if folder and not os.environ.get(paths.HOME_ENV):
        return Workspace.open(Path(str(folder)))
    return Workspace.open()


class Session:
    """Everything one running window needs, so tests and ``run`` build it the same way."""

    def __init__(
        self,
        app: QApplication,
        ws: Workspace,
        language: str | None = None,
        restore_session: bool = True,
    ) -> None:
        from ui.mainwindow import MainWindow

        self.app = app
        self.ws = ws
        lang = language or str(QSettings().value("language") or system_language())
        self.language = install_language(app, lang)
        # lives as long as the session; says what each operation changed in this workspace
        self.tasks = TaskRunner(app, ws.tracked)
        self.bridge = EventBridge(ws.events)
        self.window = MainWindow(ws, self.tasks, self.bridge, restore_session)
        self.window.language_change_requested.connect(self.change_language)
        # "Remember for this session": asking for the OS keyring takes ~0.1 s, off the
        # start; it also removes what a crashed session left in the keyring
        idle = idle_minutes() * 60.0
        Op(self.window, lambda: ws.remember_passphrases(idle)).run(self.tasks)

    def change_language(self, lang: str) -> None:
        """Switch language: rebuild the window (the open draft is saved and reopened)."""
        from ui.mainwindow import MainWindow

        if lang == self.language:
            return
        old = self.window
        draft = old.compose.draft_id if old.compose is not None else None
        # the form reopens where the user was reading, not at its top
        section = old.compose.view.current_section() if old.compose is not None else None
        scroll = old.compose.view.verticalScrollBar().value() if old.compose is not None else None
        old.close_compose(discard=False)  # reopened below, in the new language
        old.retire()  # its late results must not reach a window about to be deleted
        geometry = old.saveGeometry()
        self.language = install_language(self.app, lang)
        self.window = MainWindow(
            self.ws, self.tasks, self.bridge, restore_session=False, purge=False
        )
        self.window.language_change_requested.connect(self.change_language)
        self.window.restoreGeometry(geometry)
        self.window.show()
        old.hide()
        old.deleteLater()
        if draft:
            self.window.open_draft(draft, section, scroll)

    def close(self) -> None:
        """Close the window, let pending results arrive, then release the workspace."""
        self.window.close()
        self.tasks.wait_idle()
        QCoreApplication.processEvents()
        self.bridge.detach()
        self.ws.close()
        self.window.deleteLater()


log = logging.getLogger(__name__)
_crash_messages: list[QMessageBox] = []
_saved_hooks: list[tuple[Any, Any]] = []


def install_crash_reporting() -> Path:
    """Log to the rotating log file, and turn an uncaught exception into a logged
    traceback plus a short message saying where the log is (the frozen build has no
    console, so the traceback would otherwise be lost)."""
    path = logfile.install()
    if _saved_hooks:  # already installed
        return path

    def on_uncaught(
        kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.critical("uncaught exception", exc_info=(kind, exc, tb))
        _show_crash_message(path)

    def on_thread(args: threading.ExceptHookArgs) -> None:
        # note: a worker thread cannot show a dialog; the log still gets the traceback
        log.critical(
            "uncaught exception in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback),
        )

    _saved_hooks.append((sys.excepthook, threading.excepthook))
    sys.excepthook = on_uncaught
    threading.excepthook = on_thread
    return path


def remove_crash_reporting(path: Path) -> None:
    """Undo ``install_crash_reporting`` (when ``run`` returns inside a longer process)."""
    if _saved_hooks:
        sys.excepthook, threading.excepthook = _saved_hooks.pop()
    logfile.uninstall(path)


def _show_crash_message(path: Path) -> None:
    if not isinstance(QApplication.instance(), QApplication):
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        tr("Filing Assistant"),
        tr("Something went wrong and the action was stopped. Your saved work is safe."),
    )
    box.setInformativeText(tr("The details are in the log file: {path}").format(path=str(path)))
    box.setObjectName("crash_message")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _crash_messages.append(box)  # note: a parentless box needs a Python reference to live
    box.finished.connect(lambda _result: _crash_messages.remove(box))
    box.show()  # note: not exec(): the event loop keeps running under the message


def run(argv: Sequence[str] | None = None, counter: bool = False) -> int:
    """Open the main window (or the office counter) and run the event loop."""
    log_path = install_crash_reporting()
    try:
        app = application(argv)
        from filingassist.counter import load_config
        from ui.counter.window import counter_mode_wanted, run_counter

        config = load_config()
        if counter_mode_wanted(counter, config):
            return run_counter(app, config)
        session = Session(app, open_workspace())
        session.window.show()
        if os.environ.get(EXIT_WHEN_IDLE_ENV):  # bench/run_all.py times a build's start-up
            QTimer.singleShot(0, app.quit)
        code = app.exec()
        session.tasks.wait_idle()
        session.bridge.detach()
        session.ws.close()
    finally:
        remove_crash_reporting(log_path)
    return int(code)


if __name__ == "__main__":
    sys.exit(run())
