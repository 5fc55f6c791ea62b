"""Progress drawn by a delegate: one painter call per visible cell, no widget per row.

A ``QProgressBar`` per row made the outbox build (and lay out) a thousand widgets on each
change; the delegate paints the bar from the cell's ``PROGRESS_ROLE`` (done, total) with
the style's own progress-bar look, and costs nothing for rows scrolled out of view.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

#: (done, total) of a progress cell; its DisplayRole is the text drawn on the bar.
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 30


def fraction(done: int, total: int) -> int:
    """Per mille done, for the bar (sizes can exceed a C int)."""
    if total <= 0:
        return 0
    return max(0, min(1000, done * 1000 // total))


class ProgressDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        value = index.data(PROGRESS_ROLE)
        if not value:
            super().paint(painter, option, index)
            return
        done, total = value
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(2, 3, -2, -3)
        bar.minimum, bar.maximum = 0, 1000
        bar.progress = fraction(done, total)
        bar.text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.state = option.state
        bar.direction = option.direction
        bar.palette = option.palette
        bar.fontMetrics = option.fontMetrics
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)
