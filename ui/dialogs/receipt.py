"""A receipt (or summary) as a printable document with "Save as PDF" on A4 or Letter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.fit import fit_to_screen
from ui.i18n import tr
from ui.printing import PAGE_SIZES, Printout, default_page_size, make_document, write_pdf


class DocumentDialog(QDialog):
    def __init__(self, printout: Printout, suggested: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentDialog")
        self.setWindowTitle(printout.title)
        self.printout = printout
        self.body_html = printout.body_html
        self.suggested = suggested
        layout = QVBoxLayout(self)
        self.view = QTextBrowser()
        self.view.setDocument(make_document(printout))
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.page_size = QComboBox()
        self.page_size.setObjectName("pageSize")
        self.page_size.setAccessibleName(tr("Paper size"))
        self.page_size.addItems(list(PAGE_SIZES))
        self.page_size.setCurrentText(default_page_size())
        self.pdf_button = buttons.addButton(
            tr("Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.pdf_button.clicked.connect(self.save_pdf)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        paper = QLabel(tr("Paper size"))
        paper.setBuddy(self.page_size)
        row.addWidget(paper)
        row.addWidget(self.page_size)
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        fit_to_screen(self, 720, 800)

    def save_pdf(self, path: str | None = None) -> Path | None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, tr("Save as PDF…"), self.suggested, tr("PDF files (*.pdf)")
            )
        if not path:
            return None
        return write_pdf(self.printout, Path(path), self.page_size.currentText())
