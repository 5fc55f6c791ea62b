"""Executors for background work: a QThreadPool for reads and a one-thread lane for DB writes.

UI code never calls these directly: it builds an operation (``ui.ops.Op``), which binds the
work to a widget. ``submit`` hands a callable to the pool and calls ``on_done(result)`` or
``on_error(exc)`` back on the GUI thread. Writes (autosave, attachments, packing) go
through the serial lane so revisions are written in the order the user made them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from filingassist.errors import Cancelled
from filingassist.events import ChangeSet

log = logging.getLogger(__name__)
#: Runs work and says what it changed in the workspace (``Workspace.tracked``).
Tracker = Callable[[Callable[[], Any]], tuple[Any, ChangeSet]]


class _Relay(QObject):
    """Lives on the GUI thread; its queued signal carries calls back there."""

    call = Signal(object, object)  # callback, argument

    @Slot(object, object)
    def _call(self, callback: Callable[[Any], None], value: Any) -> None:
        callback(value)


class _Job(QRunnable):
    def __init__(
        self,
        runner: TaskRunner,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__()
        self._runner = runner
        self._fn = fn
        self._on_done = on_done
        self._on_error = on_error
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result, changes = self._runner.track(self._fn)
        except BaseException as exc:  # report every failure to the GUI, never swallow it
            if not isinstance(exc, Cancelled):
                log.exception("background task failed")
            self._runner._finish(self._on_error, exc, None)
            return
        self._runner._finish(self._on_done, result, changes)


def _untracked(fn: Callable[[], Any]) -> tuple[Any, ChangeSet]:
    return fn(), ChangeSet()


class TaskRunner(QObject):
    """Owner of the two pools; create one per session on the GUI thread.

    ``track`` runs a piece of work and says what it changed (``Workspace.tracked``); each
    non-empty change set is emitted as ``changed`` on the GUI thread before the result is
    delivered, so every view refreshes what changed, whoever started the work.
    """

    busy_changed = Signal(int)
    changed = Signal(object)  # ChangeSet

    def __init__(self, parent: QObject | None = None, track: Tracker = _untracked) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
        self.serial = QThreadPool(self)
        self.serial.setMaxThreadCount(1)
        self.serial.setExpiryTimeout(-1)  # keep the one writer thread (and its DB connection)
        self.track = track
        self._relay = _Relay(self)
        self._relay.call.connect(self._relay._call)
        self.pending = 0
        self.default_error: Callable[[BaseException], None] = lambda exc: None

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        *,
        serial: bool = False,
    ) -> None:
        """Run ``fn`` off the GUI thread; callbacks run on the GUI thread (see ui.ops.Op)."""
        self.pending += 1
        self.busy_changed.emit(self.pending)
        (self.serial if serial else self.pool).start(_Job(self, fn, on_done, on_error))

    def on_gui_thread(self, fn: Callable[[], None]) -> None:
        """Call ``fn`` on the GUI thread (from any thread)."""
        self._relay.call.emit(lambda _: fn(), None)

    def _finish(
        self, callback: Callable[[Any], None], value: Any, changes: ChangeSet | None
    ) -> None:
        if changes:
            self._relay.call.emit(self.changed.emit, changes)
        self._relay.call.emit(callback, value)
        self._relay.call.emit(self._decrement, None)

    def _decrement(self, _: Any) -> None:
        self.pending -= 1
        self.busy_changed.emit(self.pending)

    def wait_idle(self, msecs: int = 30000) -> bool:
        """Block until queued work is done (shutdown and tests only, never while editing)."""
        return self.serial.waitForDone(msecs) and self.pool.waitForDone(msecs)
