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
    no_office / offline / reachable / sending, always from the last real attempt to reach
    the office (receipts arrive as the core's SyncFinished event). ``no_office`` is also
    emitted when "Send now" finds no office to send to, so the window can say so."""

    state_changed = Signal(str, str)
    no_office = Signal()

    def __init__(self, ws: Workspace, tasks: TaskRunner, parent: QObject) -> None:
        super().__init__(parent)
        self.ws, self.tasks = ws, tasks
        self.running: Op[RunResult | None] | None = None
        self._send_now = False
        #: A pass asked for while one ran: run it next (True: as "send now").
        self._again: bool | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(SYNC_INTERVAL_MS)
        self.timer.timeout.connect(lambda: self.sync(send_now=False))

    def start(self) -> None:
        """Passes every 30 s, and one at once: the status is known from the start."""
        self.timer.start()
        QTimer.singleShot(0, self, lambda: self.sync(send_now=False))

    def office_changed(self) -> None:
        """An office was added or changed: try it now rather than at the next pass."""
        self.sync(send_now=False, force=True)

    def stop(self) -> None:
        self.timer.stop()

    def sync(self, send_now: bool = False, force: bool = False) -> None:
        """One pass in the background; "send now" first skips the retry waits. ``force``
        runs a pass after the one running (a new office must be tried, not skipped)."""
        if self.running is not None and not self.running.finished:
            if force or send_now:
                self._again = (self._again or send_now) if self._again is not None else send_now
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
        self._send_now = send_now
        self.running = Op(self, work).success(self._synced).failure(self._failed).run(self.tasks)

    def _synced(self, result: RunResult | None) -> None:
        if result is None:
            self.state_changed.emit("no_office", tr("No office is set up: add one in Settings."))
            if self._send_now:
                self.no_office.emit()
        elif result.reachable:
            problems = "; ".join(str(e) for e in result.errors.values())
            self.state_changed.emit("reachable", problems)
        else:
            self.state_changed.emit("offline", str(result.office_error or ""))
        self._run_again()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, FilingError):
            log.warning("sync failed: %s", exc)
        self.state_changed.emit("offline", user_message(exc))
        self._run_again()

    def _run_again(self) -> None:
        again, self._again = self._again, None
        if again is not None:
            self.sync(send_now=again)
