"""Sync orchestration for the window: the periodic pass, "send now", and the office's state.

One pass at a time runs as an operation (``ui.ops``) on behalf of ``parent``. What it
changed reaches the views as the pass's change set; what the window must say about it
(connectivity, receipts just received) comes out as signals, so MainWindow only shows.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from filingassist.app import RunResult, Workspace
from filingassist.errors import FilingError
from ui.errors import user_message
from ui.i18n import tr
from ui.ops import Op
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)
SYNC_INTERVAL_MS = 30_000


class SyncController(QObject):
    """Runs sync passes for a window; ``state_changed(state, why)`` with state in
    offline / reachable / sending (receipts arrive as the core's SyncFinished event)."""

    state_changed = Signal(str, str)

    def __init__(self, ws: Workspace, tasks: TaskRunner, parent: QObject) -> None:
        super().__init__(parent)
        self.ws, self.tasks = ws, tasks
        self.running: Op[RunResult | None] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(SYNC_INTERVAL_MS)
        self.timer.timeout.connect(lambda: self.sync(send_now=False))

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def sync(self, send_now: bool = False) -> None:
        """One pass in the background; "send now" first skips the retry waits."""
        if self.running is not None and not self.running.finished:
            return
        ws = self.ws

        def work() -> RunResult | None:
            if not ws.offices():
                return None
            if send_now:
                ws.send_now()
            return ws.sync_once()

        if send_now:
            self.state_changed.emit("sending", "")
        self.running = Op(self, work).success(self._synced).failure(self._failed).run(self.tasks)

    def _synced(self, result: RunResult | None) -> None:
        if result is None:
            self.state_changed.emit("offline", tr("No office is set up: add one in Settings."))
            return
        errors = "; ".join(str(e) for e in result.errors.values())
        offline = bool(result.errors) and not result.changed
        self.state_changed.emit("offline" if offline else "reachable", errors)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, FilingError):
            log.warning("sync failed: %s", exc)
        self.state_changed.emit("offline", user_message(exc))
