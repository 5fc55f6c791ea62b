"""A receipt (or summary) as a printable document with "Save as PDF"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr
from ui.printing import make_document, write_pdf


class DocumentDialog(QDialog):
    def __init__(
        self, title: str, body_html: str, suggested: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documentDialog")
        self.setWindowTitle(title)
        self.body_html = body_html
        self.suggested = suggested
        layout = QVBoxLayout(self)
        self.view = QTextBrowser()
        self.view.setDocument(make_document(body_html))
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.pdf_button = buttons.addButton(
            tr("Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.pdf_button.clicked.connect(self.save_pdf)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 800)

    def save_pdf(self, path: str | None = None) -> Path | None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, tr("Save as PDF…"), self.suggested, tr("PDF files (*.pdf)")
            )
        if not path:
            return None
        return write_pdf(self.body_html, Path(path), self.windowTitle())
