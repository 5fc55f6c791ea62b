"""Operations: the one way UI code runs work off the GUI thread (after Anki's CollectionOp).

An ``Op`` is bound to the widget that asked for it. Its work runs on the task runner's pool
(``run``) or on its ordered store lane (``serial``); ``success``/``failure`` run back on
the GUI thread, *unless* the widget has been closed (``retire``) or deleted meanwhile, or
the operation was cancelled: then the result is dropped here, in one place, and no call
site keeps its own "closed" flag or ticket. Work that wants to report progress or stop
early is given a ``Job`` (``Op.tracked``). What the work changed in the workspace comes
back as a ``ChangeSet`` (``TaskRunner.changed``), so views refresh themselves from it.

    Op(self, lambda: ws.drafts(limit=500)).success(view.show_rows).run(tasks)
    Op(self, lambda: ws.save(draft_id, doc)).success(saved).failure(retry).serial(tasks)
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject

from filingassist.errors import Cancelled
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)
T = TypeVar("T")
#: Dynamic property set on a widget by ``retire``: its operations' results are dropped.
RETIRED = "_opsRetired"
_running: set[Op[Any]] = set()  # GUI thread only


class Job:
    """What running work may ask: report progress, and whether it should stop."""

    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._report = report
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def raise_if_cancelled(self) -> None:
        """Call between steps: stops the work once the user (or a newer operation) cancelled."""
        if self._cancel.is_set():
            raise Cancelled("cancelled")

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Report progress (any thread); shown on the GUI thread if the widget still is."""
        self._report(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()


def _never() -> Any:
    raise AssertionError("replaced by the Job-taking work")


def alive(widget: QObject) -> bool:
    """The widget exists and has not been retired: results may still be shown in it."""
    return shiboken6.isValid(widget) and not widget.property(RETIRED)


def retire(widget: QObject) -> None:
    """The widget is closing: cancel its operations; results arriving later are dropped."""
    if shiboken6.isValid(widget):
        widget.setProperty(RETIRED, True)
    for op in [op for op in _running if op.parent is widget]:
        op.cancel()


class Op(Generic[T]):
    """One piece of background work on behalf of ``parent``; build, then ``run``/``write``."""

    def __init__(self, parent: QObject, work: Callable[[], T]) -> None:
        self.parent = parent
        self._work: Callable[[Job], T] = lambda _job: work()
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_progress: Callable[[int, int, str], None] | None = None
        self._on_cancelled: Callable[[], None] | None = None
        self._tasks: TaskRunner | None = None
        self.job = Job(self._progress)
        self.finished = False

    @classmethod
    def tracked(cls, parent: QObject, work: Callable[[Job], T]) -> Op[T]:
        """An operation whose work takes the ``Job`` (progress, cancellation)."""
        op: Op[T] = cls(parent, _never)
        op._work = work
        return op

    # -- building --------------------------------------------------------------
    def success(self, fn: Callable[[T], None]) -> Op[T]:
        self._on_success = fn
        return self

    def failure(self, fn: Callable[[BaseException], None]) -> Op[T]:
        """Without one, failures go to the task runner's default (the main window's box)."""
        self._on_failure = fn
        return self

    def progress(self, fn: Callable[[int, int, str], None]) -> Op[T]:
        self._on_progress = fn
        return self

    def cancelled(self, fn: Callable[[], None]) -> Op[T]:
        """Called (on the GUI thread) when a cancelled operation ends, if the widget lives."""
        self._on_cancelled = fn
        return self

    # -- running ---------------------------------------------------------------
    def run(self, tasks: TaskRunner) -> Op[T]:
        """Run on the pool (reads, checks, network)."""
        return self._start(tasks, serial=False)

    def serial(self, tasks: TaskRunner) -> Op[T]:
        """Run on the serial lane: store writes, in the order the user made them, and reads
        that must see them (loading a draft just saved)."""
        return self._start(tasks, serial=True)

    def cancel(self) -> None:
        """Ask the work to stop (``Job``) and drop whatever it returns."""
        self.job.cancel()

    def _start(self, tasks: TaskRunner, *, serial: bool) -> Op[T]:
        self._tasks = tasks
        _running.add(self)
        tasks.submit(lambda: self._work(self.job), self._done, self._failed, serial=serial)
        return self

    def _deliverable(self) -> bool:
        return not self.job.cancelled and alive(self.parent)

    def _done(self, value: T) -> None:
        self._end()
        if self._deliverable():
            if self._on_success is not None:
                self._on_success(value)
        else:
            self._dropped()

    def _failed(self, exc: BaseException) -> None:
        self._end()
        if isinstance(exc, Cancelled) or not self._deliverable():
            self._dropped()
            return
        log.debug("operation failed", exc_info=exc)
        handler = self._on_failure or (self._tasks.default_error if self._tasks else None)
        if handler is not None:
            handler(exc)

    def _dropped(self) -> None:
        log.debug("result of an operation dropped (cancelled or widget closed)")
        if self.job.cancelled and alive(self.parent) and self._on_cancelled is not None:
            self._on_cancelled()

    def _end(self) -> None:
        self.finished = True
        _running.discard(self)

    def _progress(self, done: int, total: int, text: str) -> None:
        if self._tasks is not None and self._on_progress is not None:
            self._tasks.on_gui_thread(lambda: self._show_progress(done, total, text))

    def _show_progress(self, done: int, total: int, text: str) -> None:
        if self._on_progress is not None and self._deliverable():
            self._on_progress(done, total, text)
