"""Table model of drafts as listed by ``Workspace.drafts``."""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from filingassist.app import DraftInfo
from filingassist.errors import UsageError
from filingassist.formdefs import get_form
from ui.i18n import N_, tr
from ui.models.table import SORT_ROLE, KeyedTableModel

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


@functools.cache
def newest_version(form_id: str) -> int:
    """The newest version of a form (0 for a form this program does not know)."""
    try:
        return get_form(form_id).version
    except UsageError:
        return 0


def kind_text(row: DraftInfo) -> str:
    """The kind, and when the draft uses an older version of its form, which one."""
    if row.form_version < newest_version(row.form):
        return tr("{kind} (older form, v{old})").format(
            kind=kind_label(row.kind), old=row.form_version
        )
    return kind_label(row.kind)


def status_label(status: str) -> str:
    return tr(STATUS_LABELS[status]) if status in STATUS_LABELS else status


class DraftsModel(KeyedTableModel[DraftInfo]):
    """Drafts keyed by id: a refresh updates the rows that changed (``KeyedTableModel``)."""

    HEADERS = (N_("Title"), N_("Kind"), N_("Status"), N_("Last saved"), N_("Revisions"))

    def key(self, row: DraftInfo) -> str:
        return row.id

    def cell(self, row: DraftInfo, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return row.head if column == 4 else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return row.title or tr("(untitled)")
        if column == 1:
            return kind_text(row)
        if column == 2:
            return status_label(row.status)
        if column == 3:
            return str(row.updated_at).replace("T", " ")[:19]
        return str(row.head)
