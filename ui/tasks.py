"""Background work for the UI: a QThreadPool for reads and a one-thread lane for DB writes.

The GUI thread never waits on the disk in bulk, the network or signing. ``run`` hands a
callable to the pool and calls ``on_done(result)`` or ``on_error(exc)`` back on the GUI
thread. Writes (autosave, attachments, packing) go through the serial lane so revisions
are written in the order the user made them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; its queued signals carry results back there."""

    done = Signal(object, object)  # callback, result
    failed = Signal(object, object)  # callback, exception

    @Slot(object, object)
    def _call(self, callback: Callable[[Any], None] | None, value: Any) -> None:
        if callback is None:
            return
        try:
            callback(value)
        except RuntimeError as exc:
            # The widget that asked has been closed while the work ran: drop the result.
            if "already deleted" not in str(exc):
                raise
            log.debug("result for a closed widget dropped: %s", exc)


class _Job(QRunnable):
    def __init__(
        self,
        runner: TaskRunner,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        super().__init__()
        self._runner = runner
        self._fn = fn
        self._on_done = on_done
        self._on_error = on_error
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # report every failure to the GUI, never swallow it
            log.exception("background task failed")
            self._runner._finish(self._on_error or self._runner.default_error, exc, failed=True)
            return
        self._runner._finish(self._on_done, result, failed=False)


class TaskRunner(QObject):
    """Owner of the two pools; create one per application on the GUI thread."""

    busy_changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
        self.serial = QThreadPool(self)
        self.serial.setMaxThreadCount(1)
        self.serial.setExpiryTimeout(-1)  # keep the one writer thread (and its DB connection)
        self._relay = _Relay(self)
        self._relay.done.connect(self._relay._call)
        self._relay.failed.connect(self._relay._call)
        self.pending = 0
        self.default_error: Callable[[BaseException], None] = lambda exc: None

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        serial: bool = False,
    ) -> None:
        """Run ``fn`` off the GUI thread; callbacks run on the GUI thread."""
        self.pending += 1
        self.busy_changed.emit(self.pending)
        (self.serial if serial else self.pool).start(_Job(self, fn, on_done, on_error))

    def write(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run a database write on the serial lane."""
        self.run(fn, on_done, on_error, serial=True)

    def _finish(self, callback: Callable[[Any], None] | None, value: Any, *, failed: bool) -> None:
        (self._relay.failed if failed else self._relay.done).emit(callback, value)
        self._relay.done.emit(self._decrement, None)

    def _decrement(self, _: Any) -> None:
        self.pending -= 1
        self.busy_changed.emit(self.pending)

    def wait_idle(self, msecs: int = 30000) -> bool:
        """Block until queued work is done (shutdown and tests only, never while editing)."""
        return self.serial.waitForDone(msecs) and self.pool.waitForDone(msecs)
