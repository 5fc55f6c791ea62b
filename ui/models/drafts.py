"""Table model of drafts as listed by ``Workspace.drafts``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from filingassist.app import DraftInfo
from ui.i18n import N_, tr

KIND_LABELS = {"trademark": N_("Trademark"), "madrid": N_("Madrid (MM2)"), "patent": N_("Patent")}
STATUS_LABELS = {
    "draft": N_("Draft"),
    "signed": N_("Signed"),
    "queued": N_("Queued"),
    "sent": N_("Sent"),
    "receipted": N_("Receipted"),
    "filed": N_("Filed"),
    "refused": N_("Refused"),
}
ID_ROLE = Qt.ItemDataRole.UserRole + 5
Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: str) -> str:
    return tr(KIND_LABELS.get(kind, kind))


def status_label(status: str) -> str:
    return tr(STATUS_LABELS[status]) if status in STATUS_LABELS else status


class DraftsModel(QAbstractTableModel):
    HEADERS = (N_("Title"), N_("Kind"), N_("Status"), N_("Last saved"), N_("Revisions"))

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[DraftInfo] = []

    def set_rows(self, rows: list[DraftInfo]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return len(self.HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == 0:
            return row.title or tr("(untitled)")
        if col == 1:
            return kind_label(row.kind)
        if col == 2:
            return status_label(row.status)
        if col == 3:
            return str(row.updated_at).replace("T", " ")[:19]
        return str(row.head)
