"""The few custom editors the type hints need: dates, text lists and attached files."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from ui.i18n import tr, trn

_PDF_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")
_SEQUENCE = re.compile(rb"<SequenceData\b")


class DateField(QWidget):
    """ISO date text (may stay empty) with a calendar popup."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(tr("YYYY-MM-DD"))
        self.edit.setMaxLength(10)
        self.edit.setInputMask("")
        self.button = QToolButton(self)
        self.button.setText("…")
        self.button.setToolTip(tr("Choose a date"))
        self.button.setAccessibleName(tr("Choose a date"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        self.calendar = QCalendarWidget(menu)
        self.calendar.setGridVisible(True)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._sync_calendar)
        self.button.setMenu(menu)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.edit.textEdited.connect(lambda _t: self.changed.emit())
        self.setFocusProxy(self.edit)

    def _sync_calendar(self) -> None:
        date = QDate.fromString(self.edit.text(), "yyyy-MM-dd")
        self.calendar.setSelectedDate(date if date.isValid() else QDate.currentDate())

    def _picked(self, date: QDate) -> None:
        self.edit.setText(date.toString("yyyy-MM-dd"))
        self.button.menu().hide()
        self.changed.emit()

    def value(self) -> str:
        return self.edit.text().strip()

    def set_value(self, value: Any) -> None:
        self.edit.setText(value if isinstance(value, str) else "")


class TextListField(QWidget):
    """One entry per line; with a term search when a term list is installed."""

    changed = Signal()
    #: "Install a term list…" was clicked (no term list is installed)
    install_requested = Signal()

    def __init__(
        self, search: Callable[[str], list[str]] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QPlainTextEdit(self)
        self.edit.setPlaceholderText(tr("One entry per line"))
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 5 + 12)
        layout.addWidget(self.edit)
        self.search_edit: QLineEdit | None = None
        if search is not None:
            self._search = search
            self.search_edit = QLineEdit(self)
            self.search_edit.setPlaceholderText(tr("Search the term list and press Enter to add"))
            self.search_edit.setAccessibleName(tr("Search the term list"))
            self._model = QStringListModel(self)
            completer = QCompleter(self._model, self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.search_edit.setCompleter(completer)
            self.search_edit.textEdited.connect(self._suggest)
            self.search_edit.returnPressed.connect(self._add_term)
            completer.activated.connect(self._add_completed)
            layout.addWidget(self.search_edit)
            layout.addWidget(self._no_term_list())
            self.show_term_list_state()
        self.edit.textChanged.connect(self._text_changed)
        self._loading = False
        self.setFocusProxy(self.edit)

    def _no_term_list(self) -> QWidget:
        """What to do when no term list is installed: the search cannot check anything."""
        self.no_terms = QWidget(self)
        self.no_terms.setObjectName("noTermList")
        row = QHBoxLayout(self.no_terms)
        row.setContentsMargins(0, 0, 0, 0)
        note = QLabel(
            tr(
                "No term list is installed: terms are added as typed, "
                "without checking them against the Nice Classification."
            )
        )
        note.setObjectName("helpText")
        note.setWordWrap(True)
        self.install_button = QPushButton(tr("Install a term list…"))
        self.install_button.setObjectName("installTermList")
        self.install_button.setToolTip(
            tr("Or from a terminal: filingassist refdata import-nice FILE.csv")
        )
        self.install_button.clicked.connect(self.install_requested)
        row.addWidget(note, 1)
        row.addWidget(self.install_button)
        return self.no_terms

    def show_term_list_state(self) -> None:
        """Offer the install when no term list is there; the search box says what it does."""
        from ui.refsource import term_list_installed

        if self.search_edit is None:
            return
        installed = term_list_installed()
        self.no_terms.setVisible(not installed)
        self.search_edit.setPlaceholderText(
            tr("Search the term list and press Enter to add")
            if installed
            else tr("Type a term and press Enter to add it (not checked: no term list)")
        )

    def _text_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _suggest(self, text: str) -> None:
        self._model.setStringList(self._search(text) if len(text) >= 2 else [])

    def _add_completed(self, text: str) -> None:
        self.add_term(text)
        assert self.search_edit is not None
        self.search_edit.clear()

    def _add_term(self) -> None:
        assert self.search_edit is not None
        text = self.search_edit.text().strip()
        if text:
            self.add_term(text)
            self.search_edit.clear()

    def add_term(self, term: str) -> None:
        terms = self.value() + [term]
        self.set_value(terms)
        self.changed.emit()

    def value(self) -> list[str]:
        return [t.strip() for t in self.edit.toPlainText().splitlines() if t.strip()]

    def set_value(self, value: Any) -> None:
        self._loading = True
        lines = "\n".join(value) if isinstance(value, list) else ""
        if lines != "\n".join(self.value()):
            self.edit.setPlainText(lines)
        self._loading = False


@dataclass(frozen=True)
class FileFacts:
    """What a file holds, read off the GUI thread; ``text`` words it in the language
    installed where it is called (the counter's filer's, on the GUI thread)."""

    kind: str  # "image", "unreadable", "pages", "sequences" or "" (nothing to say)
    count: tuple[int, ...] = ()
    image: QImage | None = None

    def text(self) -> str:
        if self.kind == "image":
            return tr("{w} × {h} pixels").format(w=self.count[0], h=self.count[1])
        if self.kind == "unreadable":
            return tr("unreadable image")
        if self.kind == "pages":
            return trn("%n page(s)", self.count[0])
        if self.kind == "sequences":
            return trn("%n sequence(s)", self.count[0])
        return ""


def inspect_file(data: bytes, media_type: str) -> FileFacts:
    """Pixel size (and the image), pages or sequences of an attached file."""
    if media_type.startswith("image/"):
        image = QImage.fromData(data)
        if not image.isNull():
            return FileFacts("image", (image.width(), image.height()), image)
        return FileFacts("unreadable")
    if media_type == "application/pdf":
        return FileFacts("pages", (len(_PDF_PAGE.findall(data)),))
    if b"<ST26SequenceListing" in data[:4096] or media_type.endswith("xml"):
        return FileFacts("sequences", (len(_SEQUENCE.findall(data)),))
    return FileFacts("")


def describe_file(data: bytes, media_type: str) -> tuple[str, QImage | None]:
    """A one-line description (pixel size, pages, sequences) and an image, if it is one."""
    facts = inspect_file(data, media_type)
    return facts.text(), facts.image


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return str(size)


class AttachmentField(QWidget):
    """A file reference: choose or drop a file; shows name, size, pixel size or pages."""

    changed = Signal()
    #: Emitted with the chosen path; the form stores it off the GUI thread and calls set_value.
    file_chosen = Signal(str)

    def __init__(self, media_types: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self._value: dict[str, Any] | None = None
        self._media_types = media_types
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.preview = QLabel(self)
        self.preview.setFixedSize(QSize(64, 64))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setObjectName("attachmentPreview")
        self.info = QLabel(tr("No file. Drop a file here or choose one."), self)
        self.info.setWordWrap(True)
        self.choose = QPushButton(tr("Choose…"), self)
        self.remove = QPushButton(tr("Remove"), self)
        self.choose.clicked.connect(self._choose)
        self.remove.clicked.connect(self._remove)
        layout.addWidget(self.preview)
        layout.addWidget(self.info, 1)
        layout.addWidget(self.choose)
        layout.addWidget(self.remove)
        self.setFocusProxy(self.choose)
        self._refresh()

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Attach a file"))
        if path:
            self.file_chosen.emit(path)

    def _remove(self) -> None:
        self._value = None
        self._refresh()
        self.changed.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.file_chosen.emit(urls[0].toLocalFile())
            event.acceptProposedAction()

    def value(self) -> dict[str, Any] | None:
        return dict(self._value) if self._value else None

    def set_value(self, value: Any, details: str = "", image: QImage | None = None) -> None:
        self._value = dict(value) if isinstance(value, dict) else None
        self._refresh(details, image)

    def _refresh(self, details: str = "", image: QImage | None = None) -> None:
        self.remove.setEnabled(self._value is not None)
        self.preview.clear()
        if not self._value:
            self.info.setText(tr("No file. Drop a file here or choose one."))
            self.preview.setPixmap(self._icon(QStyle.StandardPixmap.SP_FileLinkIcon))
            return
        parts = [str(self._value.get("name", "")), human_size(int(self._value.get("size", 0)))]
        if details:
            parts.append(details)
        self.info.setText(" · ".join(parts))
        if image is not None:
            self.preview.setPixmap(
                QPixmap.fromImage(image).scaled(
                    64,
                    64,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.preview.setPixmap(self._icon(QStyle.StandardPixmap.SP_FileIcon))

    def _icon(self, which: QStyle.StandardPixmap) -> QPixmap:
        return self.style().standardIcon(which).pixmap(32, 32)

    @staticmethod
    def file_name(path: str) -> str:
        return Path(path).name
