"""Dialog sizes that never exceed the screen the dialog opens on (1366×768 laptops)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room left for the window manager's title bar and frame around a dialog.
FRAME_MARGIN = 48


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """Resize ``dialog`` to the preferred ``width`` × ``height``, but no larger than the
    available area of its screen (its parent's, else the primary), so its buttons stay on
    screen; the content scrolls instead."""
    owner = dialog.parentWidget() or dialog
    screen = owner.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, area.width() - FRAME_MARGIN // 2)
        height = min(height, area.height() - FRAME_MARGIN)
        dialog.setMaximumHeight(max(height, area.height() - FRAME_MARGIN))
    dialog.resize(width, height)
