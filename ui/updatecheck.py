"""Check for updates when online: after the app has reached an office, at most once a day.

Never at start-up and never on the GUI thread. It runs only when the user has given an
update address (Help › About Filing Assistant, which also checks on request), the app has
just talked to an office (the link is up) and the last check is a day old; the answer
goes to the status bar. A failed check is silent here: the next one is a day later, and the
About dialog shows the error when asked.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QStatusBar

from filingassist import updates
from ui.dialogs.about import UPDATE_URL_KEY
from ui.i18n import tr
from ui.ops import Op
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

CHECKED_AT_KEY = "update_checked_at"
#: Seconds between two automatic checks.
INTERVAL = 24 * 3600


class UpdateWatcher:
    def __init__(
        self, tasks: TaskRunner, bar: QStatusBar, clock: Callable[[], float] = time.time
    ) -> None:
        self.tasks = tasks
        self.bar = bar
        self.clock = clock
        self.running = False
        self.retired = False

    def connectivity_changed(self, state: str) -> None:
        """Called with the main window's link state; checks when it is "reachable"."""
        if state != "reachable" or self.running or self.retired:
            return
        settings = QSettings()
        url = str(settings.value(UPDATE_URL_KEY) or "").strip()
        last = float(settings.value(CHECKED_AT_KEY) or 0)
        if not url or self.clock() - last < INTERVAL:
            return
        settings.setValue(CHECKED_AT_KEY, self.clock())
        self.running = True
        Op(self.bar, lambda: updates.check(url)).success(self._checked).failure(self._failed).run(
            self.tasks
        )

    def _checked(self, info: updates.UpdateInfo) -> None:
        self.running = False
        if self.retired or not info.anything:
            return
        parts = []
        if info.program_version:
            parts.append(tr("Program {version} is available.").format(version=info.program_version))
        if info.newer_datasets:
            shown = ", ".join(f"{n} {new}" for n, (_now, new) in info.newer_datasets.items())
            parts.append(tr("Newer reference data: {tables}.").format(tables=shown))
        self.bar.showMessage(tr("Updates available: {details}").format(details=" ".join(parts)))

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        log.info("automatic update check failed: %s", exc)
