"""``filingassist`` with no arguments opens the window; closing it ends the process with 0."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from filingassist.cli.main import main
from ui.mainwindow import MainWindow

pytestmark = pytest.mark.gui


def _close_when_shown(seen: list[str]) -> None:
    def check() -> None:
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if windows:
            seen.append(windows[0].windowTitle())
            windows[0].close()
        else:
            QTimer.singleShot(50, check)

    QTimer.singleShot(50, check)


def test_cli_without_arguments_opens_the_desktop_app(qapp) -> None:
    seen: list[str] = []
    _close_when_shown(seen)
    assert main([]) == 0
    assert seen == ["Filing Assistant"]
