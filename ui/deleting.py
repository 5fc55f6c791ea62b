"""Deleting drafts from Home: confirm, hide at once, delete for good after a grace period.

Deleting is irreversible in the core (``Workspace.delete_drafts`` leaves no trace on
disk), so the undo lives here: the drafts leave the list at once and a banner offers
"Undo" for ``GRACE_MS``; only then does the deletion run, on the serial write lane (after
any save of the same draft still queued). Closing the window finalises what is pending.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from filingassist.app import Workspace
from ui.home import DraftsView
from ui.i18n import tr
from ui.ops import Op
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)
#: How long "Undo" is offered before the drafts are deleted for good.
GRACE_MS = 8000


class UndoBanner(QFrame):
    """ "2 drafts deleted. [Undo]" above the drafts list while the deletion can be undone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deleteBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.undo = QPushButton(tr("Undo"))
        self.undo.setObjectName("undoDelete")
        row.addWidget(self.label, 1)
        row.addWidget(self.undo)
        self.hide()


class DeleteController(QObject):
    """Confirmation, grace period and the deletion itself for one drafts view."""

    deleted = Signal(list)  # draft ids, once deleted for good

    def __init__(
        self,
        ws: Workspace,
        tasks: TaskRunner,
        view: DraftsView,
        before_delete: Callable[[list[str]], None],
        refresh: Callable[[], None],
    ) -> None:
        super().__init__(view)
        self.ws, self.tasks, self.view = ws, tasks, view
        self._before_delete = before_delete
        self._refresh = refresh
        self.pending: list[str] = []
        self.banner = UndoBanner(view)
        layout = view.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, self.banner)
        self.banner.undo.clicked.connect(self.undo)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(GRACE_MS)
        self.timer.timeout.connect(self.finalise)
        self.confirm_box: QMessageBox | None = None
        view.delete_requested.connect(self.request)

    def request(self, ids: list[str]) -> None:
        """Ask, then hide the drafts and start the grace period."""
        titles = [self._title(i) for i in ids]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Delete drafts"),
            tr("Delete {n} draft(s) for good?").format(n=len(ids)),
            QMessageBox.StandardButton.Cancel,
            self.view,
        )
        box.setObjectName("confirmDelete")
        box.setInformativeText(
            "\n".join(titles[:10])
            + "\n\n"
            + tr(
                "Their revisions, attachments and packages not yet sent are erased from "
                "this computer. You can undo for a few seconds."
            )
        )
        delete = box.addButton(tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("confirmDeleteButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self._answered(box.clickedButton() is delete, ids))
        self.confirm_box = box
        box.open()

    def _title(self, draft_id: str) -> str:
        model = self.view.model
        for row in model.rows:
            if row.id == draft_id:
                return row.title or tr("(untitled)")
        return draft_id

    def _answered(self, confirmed: bool, ids: list[str]) -> None:
        self.confirm_box = None
        if confirmed:
            self.soft_delete(ids)

    def soft_delete(self, ids: list[str]) -> None:
        """Hide now; delete for good when the grace period ends (earlier ones go first)."""
        if self.pending:
            self.finalise()
        self.pending = list(ids)
        self.view.hidden.update(ids)
        self.banner.label.setText(
            tr("{n} draft(s) deleted.").format(n=len(ids))
            if len(ids) != 1
            else tr("Draft “{title}” deleted.").format(title=self._title(ids[0]))
        )
        self.banner.show()
        self.timer.start()
        self._refresh()

    def undo(self) -> None:
        self.timer.stop()
        self.view.hidden.difference_update(self.pending)
        self.pending = []
        self.banner.hide()
        self._refresh()

    def finalise(self) -> None:
        """Delete what is pending for good (grace period over, or the window closing)."""
        self.timer.stop()
        ids, self.pending = self.pending, []
        self.banner.hide()
        if not ids:
            return
        self._before_delete(ids)
        ws = self.ws

        def done(_result: object) -> None:
            self.view.hidden.difference_update(ids)
            self.deleted.emit(ids)

        def failed(exc: BaseException) -> None:
            self.view.hidden.difference_update(ids)
            self._refresh()
            self.tasks.default_error(exc)

        Op(self, lambda: ws.delete_drafts(ids)).success(done).failure(failed).serial(self.tasks)
