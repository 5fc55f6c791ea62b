"""The fee panel: the live quote for the open document and the date its table is valid as of."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import N_, isolate, tr
from ui.refsource import money

#: Fee line labels by line code; the core's English label may add a suffix (RO/CH, ISA/EP).
FEE_LABELS = {
    "basic": N_("Basic fee"),
    "supplementary": N_("Supplementary fee"),
    "complementary": N_("Complementary fee"),
    "individual": N_("Individual fee"),
    "search": N_("Search fee"),
    "transmittal": N_("Transmittal fee"),
    "international_filing": N_("International filing fee"),
    "per_sheet": N_("Fee per sheet over 30"),
    "efiling_reduction": N_("E-filing reduction"),
    "natural_person_reduction": N_("Reduction for natural persons"),
    "application": N_("Application fee"),
}


def fee_label(code: str, label: str) -> str:
    """The translated label of a quote line, keeping its office or party suffix."""
    base = FEE_LABELS.get(code.split(":", 1)[0])
    if base is None:
        return tr(label)
    suffix = label[len(base) :].strip() if label.startswith(base) else ""
    return f"{tr(base)} {suffix}".strip()


class FeePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeWidget()
        self.tree.setObjectName("fees")
        self.tree.setAccessibleName(tr("Fees"))
        self.tree.setHeaderLabels([tr("Fee"), tr("Amount")])
        self.tree.setRootIsDecorated(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.total = QLabel()
        self.total.setObjectName("feeTotal")
        self.valid = QLabel()
        self.valid.setObjectName("feeValidAsOf")
        self.valid.setWordWrap(True)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.valid)
        self._shown: Any = None
        self.quote: Any = None

    def show_quote(self, quote: Any) -> None:
        """Show a core Quote (lines, total, currency, valid_as_of, incomplete) or None."""
        key = quote.as_dict() if quote is not None and hasattr(quote, "as_dict") else quote
        if key == self._shown:
            return
        self._shown = key
        self.quote = quote
        self.tree.clear()
        if quote is None:
            self.total.setText(tr("Fees cannot be calculated yet."))
            self.valid.setText("")
            return
        for line in quote.lines:
            item = QTreeWidgetItem(
                [fee_label(line.code, line.label), money(line.amount, line.currency)]
            )
            item.setToolTip(0, line.basis)
            self.tree.addTopLevelItem(item)
        text = tr("Total: {amount}").format(amount=money(quote.total, quote.currency))
        if getattr(quote, "incomplete", ()):
            text += " " + tr("(incomplete: some amounts are not in the fee table)")
        self.total.setText(f"<b>{text}</b>")
        self.valid.setText(
            tr("Fee table valid as of {date}").format(date=isolate(quote.valid_as_of.isoformat()))
        )

    def show_unavailable(self, reason: str) -> None:
        self._shown = ("unavailable", reason)
        self.tree.clear()
        self.total.setText(tr("Fees cannot be calculated yet."))
        self.valid.setText(reason)
