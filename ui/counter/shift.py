"""Start of a shift: the member of staff names themselves and unlocks the counter's key.

The key stays unlocked in memory for the shift (it signs every filer's package); the
filer never needs one. The passphrase is not kept.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from filingassist.app import Workspace
from ui.errors import user_message
from ui.i18n import tr
from ui.ops import Op, retire
from ui.tasks import TaskRunner


class ShiftDialog(QDialog):
    """Staff name, the counter's key, its passphrase; ``unlocked(staff, signer)``."""

    unlocked = Signal(str, object)

    def __init__(
        self, ws: Workspace, tasks: TaskRunner, key: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws, self.tasks = ws, tasks
        self.setObjectName("shiftDialog")
        self.setWindowTitle(tr("Start shift"))
        form = QFormLayout()
        self.staff = QLineEdit()
        self.staff.setObjectName("staffNameEdit")
        self.key = QComboBox()
        self.key.setObjectName("counterKey")
        for info in ws.keys():  # noqa: SIM118 - the profile's signing keys, not a dict
            self.key.addItem(info.name, info.name)
        if key:
            self.key.setCurrentIndex(max(0, self.key.findData(key)))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("counterPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("Your name"), self.staff)
        form.addRow(tr("Counter key"), self.key)
        form.addRow(tr("Passphrase"), self.passphrase)
        self.error = QLabel()
        self.error.setObjectName("shiftError")
        self.error.setWordWrap(True)
        if self.key.count() == 0:
            self.error.setText(
                tr("This counter has no signing key. Ask the administrator to create one.")
            )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("Unlock"))
        self.ok.setObjectName("unlockKey")
        buttons.accepted.connect(self.unlock)
        buttons.rejected.connect(self.reject)
        # cancelled while the key is being unlocked: the unlocked key must not start a shift
        self.rejected.connect(lambda: retire(self))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def unlock(self) -> None:
        staff = " ".join(self.staff.text().split())
        name = self.key.currentData()
        if not staff or not name:
            self.error.setText(tr("Give your name and choose the counter's key."))
            return
        passphrase = self.passphrase.text().encode()
        self.passphrase.clear()
        ws = self.ws
        self.ok.setEnabled(False)

        def done(signer: object) -> None:
            self.unlocked.emit(staff, signer)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.ok.setEnabled(True)
            self.error.setText(user_message(exc))

        Op(self, lambda: ws.unlock_key(str(name), passphrase)).success(done).failure(failed).run(
            self.tasks
        )
