"""The passphrase box's "Remember for this session" checkbox, shared by the sign dialog and
the bulk wizard's sign step, and the idle-time setting.

Where a remembered passphrase is kept and when it is forgotten is the core's
(``filingassist.passphrases``); here the box says whether the chosen key's passphrase is
remembered (the field's placeholder) and what the user wants for the next signing.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QLineEdit

from filingassist.app import Workspace
from ui.i18n import tr

#: QSettings key: forget a remembered passphrase after this many minutes without use
IDLE_MINUTES_KEY = "security/forget_passphrases_after_minutes"
DEFAULT_IDLE_MINUTES = 15
IDLE_MINUTES_RANGE = (1, 480)


def idle_minutes() -> int:
    """The setting, within its range (a hand-edited value never turns the limit off)."""
    try:
        minutes = int(str(QSettings().value(IDLE_MINUTES_KEY, DEFAULT_IDLE_MINUTES)))
    except ValueError:
        minutes = DEFAULT_IDLE_MINUTES
    low, high = IDLE_MINUTES_RANGE
    return min(max(minutes, low), high)


def set_idle_minutes(ws: Workspace, minutes: int) -> None:
    QSettings().setValue(IDLE_MINUTES_KEY, minutes)
    if ws.passphrases is not None:
        ws.passphrases.idle = idle_minutes() * 60.0


class RememberedPassphrase:
    """A passphrase field and its "Remember for this session" checkbox."""

    def __init__(self, ws: Workspace, field: QLineEdit, object_name: str) -> None:
        self.ws, self.field = ws, field
        self.box = QCheckBox(tr("Remember for this session"))
        self.box.setObjectName(object_name)
        self.box.setToolTip(
            tr(
                "Keep the passphrase (in the system keyring when there is one, else only in "
                "memory) until you quit, choose “Lock keys now”, or do not sign for the time "
                "set in Settings."
            )
        )

    def remembered(self, key: str | None) -> bool:
        memory = self.ws.passphrases
        return bool(key) and memory is not None and memory.remembers(str(key))

    def show_for(self, key: str | None) -> None:
        """Say in the empty field whether ``key``'s passphrase is remembered."""
        remembered = self.remembered(key)
        self.field.setPlaceholderText(tr("Remembered for this session") if remembered else "")
        if remembered:
            self.box.setChecked(True)

    def typed(self) -> bytes | None:
        """What was typed (None: use the remembered one)."""
        return self.field.text().encode("utf-8") or None

    def missing(self, key: str | None) -> bool:
        """Nothing typed and nothing remembered: the user must be asked."""
        return not self.field.text() and not self.remembered(key)

    def wanted(self) -> bool:
        """Keep (True) or forget (False) the passphrase after this signing."""
        return self.box.isChecked()
