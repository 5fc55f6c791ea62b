"""Save a widget's render to build/screenshots/ and fail on blank or clipped renders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "build" / "screenshots"


def clipped_texts(top: QWidget) -> list[str]:
    """Visible buttons and labels whose text needs more room than they have."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) or widget.width() <= 0:
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            need = widget.sizeHint().width()
        elif isinstance(widget, QLabel) and widget.text() and widget.wordWrap():
            tall = widget.heightForWidth(widget.width())
            if tall > widget.height() + 2:
                found.append(
                    f"QLabel {widget.text()!r}: needs {tall} px high, has {widget.height()}"
                )
            continue
        elif (
            isinstance(widget, QLabel)
            and widget.text()
            and not widget.wordWrap()
            and widget.pixmap().isNull()
        ):
            need = widget.minimumSizeHint().width()
        else:
            continue
        if need > widget.width() + 2:
            found.append(
                f"{type(widget).__name__} {widget.text()!r}: needs {need}, has {widget.width()}"
            )
    for area in top.findChildren(QScrollArea):
        if (
            area.isVisibleTo(top)
            and area.widgetResizable()
            and area.horizontalScrollBar().isVisible()
        ):
            found.append(f"{area.objectName() or 'scroll area'} scrolls sideways: content too wide")
    return found


def distinct_colours(image: QImage, step: int = 7) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
            if len(seen) > 64:
                return len(seen)
    return len(seen)


def shoot(widget: QWidget, name: str) -> Path:
    """Render ``widget`` to build/screenshots/NAME.png; fail when blank or clipped."""
    QApplication.processEvents()
    # A background result delivered during that pass (a sync finishing: the status bar says
    # "Office reachable") posts layout requests that pass does not handle; without this the
    # grab showed the new text in the old, narrower geometry about one run in five.
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    pixmap = widget.grab()
    path = SHOTS / f"{name}.png"
    assert pixmap.save(str(path)), path
    image = pixmap.toImage()
    assert image.width() > 100 and image.height() > 100, f"{name}: tiny render"
    assert distinct_colours(image) > 8, f"{name}: blank render"
    clipped = clipped_texts(widget)
    assert not clipped, f"{name}: clipped text:\n" + "\n".join(clipped)
    return path
