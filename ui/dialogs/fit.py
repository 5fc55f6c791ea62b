"""Dialog sizes that never exceed the screen the dialog opens on (1366×768 laptops)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QWidget

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


def fit_columns(tree: QTreeWidget) -> None:
    """Every column as wide as its longest text (fingerprints, URLs): the list scrolls
    sideways rather than cutting values to "…"."""
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tree.setTextElideMode(Qt.TextElideMode.ElideNone)
    tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
