"""Pickers for goods and services classes (Nice headings) and Madrid designations (fees shown)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.fit import fit_to_screen
from ui.fees import table_dates_text
from ui.i18n import tr
from ui.refsource import madrid_fee_table, madrid_rows, nice_classes

CODE_ROLE = Qt.ItemDataRole.UserRole + 4


class CheckListDialog(QDialog):
    """A searchable list of checkable rows; ``chosen()`` keeps the list order."""

    def __init__(
        self,
        title: str,
        headers: list[str],
        rows: Iterable[tuple[object, list[str]]],
        checked: Iterable[object],
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        checked = set(checked)
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setObjectName("pickerSearch")
        self.search.setPlaceholderText(tr("Search…"))
        self.search.setAccessibleName(tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.tree = QTreeWidget()
        self.tree.setObjectName("pickerList")
        self.tree.setHeaderLabels(headers)
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(title)
        for key, texts in rows:
            item = QTreeWidgetItem(texts)
            item.setData(0, CODE_ROLE, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                0, Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked
            )
            for col, text in enumerate(texts):
                item.setToolTip(col, text)
            self.tree.addTopLevelItem(item)
        for col in range(len(headers)):
            self.tree.resizeColumnToContents(col)
        # wide enough for every column's longest text (no "…" in the fee column), but
        # never wider than the screen
        needed = sum(self.tree.columnWidth(col) for col in range(len(headers)))
        fit_to_screen(self, max(720, needed + 64), 560)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        if note:
            label = QLabel(note)
            label.setObjectName("pickerNote")
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(buttons)

    def _rows(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for item in self._rows():
            hay = " ".join(item.text(c) for c in range(self.tree.columnCount())).casefold()
            item.setHidden(bool(needle) and needle not in hay)

    def set_checked(self, key: object, on: bool = True) -> None:
        for item in self._rows():
            if item.data(0, CODE_ROLE) == key:
                item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen(self) -> list[object]:
        return [
            item.data(0, CODE_ROLE)
            for item in self._rows()
            if item.checkState(0) == Qt.CheckState.Checked
        ]


def classes_dialog(parent: QWidget | None, current: Iterable[object]) -> CheckListDialog:
    rows = [
        (n, [str(n), tr("Goods") if kind == "goods" else tr("Services"), heading])
        for n, kind, heading in nice_classes()
    ]
    return CheckListDialog(
        tr("Choose classes"), [tr("Class"), tr("Kind"), tr("Heading")], rows, current, parent=parent
    )


def designations_dialog(parent: QWidget | None, current: Iterable[object]) -> CheckListDialog:
    rows = [
        (
            r.code,
            [
                r.code,
                r.name,
                tr("Individual fee") if r.individual_fee else tr("Complementary fee"),
                r.fee_text,
            ],
        )
        for r in madrid_rows()
    ]
    table = madrid_fee_table()
    note = table_dates_text(table) if table is not None else ""
    return CheckListDialog(
        tr("Choose Contracting Parties"),
        [tr("Code"), tr("Contracting Party"), tr("Fee type"), tr("Fee")],
        rows,
        current,
        note,
        parent,
    )


def pick_classes(parent: QWidget | None, current: list[object]) -> list[int] | None:
    dialog = classes_dialog(parent, current)
    return [int(str(k)) for k in dialog.chosen()] if dialog.exec() else None


def pick_designations(parent: QWidget | None, current: list[object]) -> list[str] | None:
    dialog = designations_dialog(parent, current)
    return [str(k) for k in dialog.chosen()] if dialog.exec() else None
