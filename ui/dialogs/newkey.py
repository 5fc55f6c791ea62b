"""The new key dialog: holder's name, e-mail, passphrase typed twice, with a strength hint.

Everything is asked in one place, and what was typed stays when something is missing or
the passphrases differ, so a filer never types their name twice.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.fit import fit_to_screen
from ui.i18n import tr

#: Shorter passphrases are refused: the key file is only as strong as its passphrase.
MIN_LENGTH = 8


def strength(passphrase: str) -> tuple[int, str]:
    """A rough 0–3 score and its words: length counts most, then variety of characters."""
    if not passphrase:
        return 0, ""
    kinds = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    if len(passphrase) < MIN_LENGTH:
        return 0, tr("Too short: use at least {n} characters.").format(n=MIN_LENGTH)
    if len(passphrase) >= 16 or (len(passphrase) >= 12 and kinds >= 3):
        return 3, tr("Strong passphrase.")
    if len(passphrase) >= 12 or kinds >= 3:
        return 2, tr("Fair: a longer passphrase is stronger.")
    return 1, tr("Weak: add words, digits or signs.")


class NewKeyDialog(QDialog):
    """Name, e-mail and passphrase (twice) of a new signing key; ``values()`` once accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newKeyDialog")
        self.setWindowTitle(tr("New key"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = self._line("keyName", tr("Name of the key holder"))
        self.email = self._line("keyEmail", tr("E-mail address"))
        self.passphrase = self._line("keyPassphrase", tr("Passphrase"), secret=True)
        self.repeat = self._line("keyRepeat", tr("Passphrase again"), secret=True)
        self.hint = QLabel()
        self.hint.setObjectName("keyStrength")
        self.hint.setWordWrap(True)
        form.addRow(tr("Name of the key holder:"), self.name)
        form.addRow(tr("E-mail address:"), self.email)
        form.addRow(tr("Passphrase:"), self.passphrase)
        form.addRow(tr("Passphrase again:"), self.repeat)
        form.addRow("", self.hint)
        layout.addLayout(form)
        self.status = QLabel()
        self.status.setObjectName("keyStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Create key"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.passphrase.textChanged.connect(self._show_strength)
        fit_to_screen(self, 480, 260)

    def _line(self, name: str, accessible: str, secret: bool = False) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        line.setAccessibleName(accessible)
        if secret:
            line.setEchoMode(QLineEdit.EchoMode.Password)
        return line

    def _show_strength(self, text: str) -> None:
        self.hint.setText(strength(text)[1])

    def problem(self) -> tuple[QLineEdit, str] | None:
        """The first thing missing or wrong, with the field to fix; None when all is well."""
        if not self.name.text().strip():
            return self.name, tr("Type the name of the key holder.")
        if not self.passphrase.text():
            return self.passphrase, tr("Type a passphrase for the new key.")
        if strength(self.passphrase.text())[0] == 0:
            return self.passphrase, strength(self.passphrase.text())[1]
        if self.repeat.text() != self.passphrase.text():
            return self.repeat, tr("The two passphrases differ: type the same one twice.")
        return None

    def accept(self) -> None:
        """Close only when everything is there; otherwise say what is missing, keep the
        typed values and put the cursor in the field to fix."""
        problem = self.problem()
        if problem is not None:
            field, message = problem
            self.status.setText(message)
            field.setFocus()
            return
        super().accept()

    def values(self) -> tuple[str, str, str]:
        """Name, e-mail (may be empty) and passphrase."""
        return self.name.text().strip(), self.email.text().strip(), self.passphrase.text()
