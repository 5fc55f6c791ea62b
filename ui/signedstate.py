"""The bar above a draft that was signed: signed when, where the package is (not queued,
in the outbox for an office, filed), that editing makes a new revision to sign again, and
the way to put the package in the outbox (or move it to another office) later.

Reads and the queueing run as operations (``ui.ops``) bound to the bar.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from filingassist.app import OfficeRecord, OutboxItem, SigningState, Workspace
from ui.errors import details, show_error
from ui.i18n import isolate, tr
from ui.ops import Op
from ui.tasks import TaskRunner


def where_text(state: SigningState) -> str:
    """Where the package is, in plain words."""
    if state.filed:
        return tr("Filed with {office}.").format(office=isolate(state.office))
    if state.outbox_state == "refused":
        return tr("Refused by {office}.").format(office=isolate(state.office))
    if state.outbox_state:
        return tr("In the outbox for {office}.").format(office=isolate(state.office))
    return tr("Not in the outbox: it is not sent until you put it there.")


def state_text(state: SigningState) -> str:
    signed = tr("Signed on {date} (revision {n}).").format(
        date=isolate(state.signed_at[:10]), n=state.revision
    )
    if state.edited_since:
        return f"{signed} {where_text(state)} " + tr(
            "Edited since: the changes are revision {n}, which is not signed; sign it "
            "again to file them."
        ).format(n=state.head)
    return f"{signed} {where_text(state)} " + tr(
        "Editing makes a new revision, which must be signed again."
    )


class SignedBar(QFrame):
    """Shown while the draft has a signed package; hidden otherwise."""

    #: the signing state read (a ``SigningState``, or None: never signed)
    state_changed = Signal(object)

    def __init__(
        self, ws: Workspace, tasks: TaskRunner, draft_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signedState")
        self.ws, self.tasks, self.draft_id = ws, tasks, draft_id
        self.state: SigningState | None = None
        self.label = QLabel()
        self.label.setObjectName("signedStateText")
        self.label.setWordWrap(True)
        self.queue_button = QPushButton(tr("Put in the outbox…"))
        self.queue_button.setObjectName("queueSigned")
        self.queue_button.clicked.connect(self.choose_office)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.queue_button)
        self.hide()

    def reload(self) -> None:
        ws, draft_id = self.ws, self.draft_id
        Op(self, lambda: ws.signing_state(draft_id)).success(self.show_state).run(self.tasks)

    def show_state(self, state: SigningState | None) -> None:
        self.state = state
        self.state_changed.emit(state)
        if state is None:
            self.hide()
            return
        self.label.setText(state_text(state))
        # green: this revision is signed; amber: edited since, so not signed as shown
        colour = (
            "#fff8e1; border: 1px solid #ffcc80"
            if state.edited_since
            else ("#e8f5e9; border: 1px solid #a5d6a7")
        )
        self.setStyleSheet(
            f"#signedState {{ background: {colour}; border-radius: 4px; padding: 4px; }}"
        )
        movable = state.outbox_state in ("", "queued") and not state.edited_since
        self.queue_button.setVisible(movable)
        self.queue_button.setText(
            tr("Put in the outbox…") if not state.outbox_state else tr("Send to another office…")
        )
        self.show()

    def choose_office(self) -> None:
        """Ask which office (of those that receive the package), then queue it there."""
        state, ws = self.state, self.ws
        if state is None:
            return
        Op(self, lambda: ws.offices_for(state.package_id)).success(
            lambda offices: self._offer(state, offices)
        ).failure(self._failed).run(self.tasks)

    def _offer(self, state: SigningState, offices: list[OfficeRecord]) -> None:
        choices = [o for o in offices if o.code != state.office]
        if not choices:
            self.notice = QMessageBox(
                QMessageBox.Icon.Information,
                tr("No office receives it"),
                tr(
                    "No office set up here receives this application (its kind, for the "
                    "office it names). Add that office in Settings, then try again."
                ),
                parent=self,
            )
            self.notice.setObjectName("noReceivingOffice")
            self.notice.open()
            return
        if len(choices) == 1 and not state.outbox_state:
            self.queue_to(choices[0].code)
            return
        names = [f"{o.name} ({o.code})" for o in choices]
        name, ok = QInputDialog.getItem(
            self, tr("Put in the outbox"), tr("Office:"), names, 0, False
        )
        if ok:
            self.queue_to(choices[names.index(name)].code)

    def queue_to(self, office: str) -> None:
        state, ws = self.state, self.ws
        if state is None:
            return
        Op(self, lambda: ws.queue(state.package_id, office)).success(self._queued).failure(
            self._failed
        ).serial(self.tasks)

    def _queued(self, _item: OutboxItem) -> None:
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.label.setToolTip(details(exc))
        self.error_box = show_error(self, tr("Put in the outbox"), exc)
