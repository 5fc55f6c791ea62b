"""When the open draft is checked: findings within a frame of a keystroke, never a stale one.

The first check of a draft (and any explicit "Check") is a full check in the background.
After that, an edit re-runs only the rules that read the edited part of the document
(``Workspace.check`` with ``since``), on the GUI thread, because that is fast (about 1 ms
on a large MM2) and the findings then follow the typing without a frame's delay. If such a
re-check turns out slow for a part of the document (a long goods list with the term
list installed), edits there wait for a pause in the typing and are re-checked in the
background, where the time is measured again (a part slow once, under a burst of load, is
back on the GUI thread as soon as its re-check is fast). A background result for an older
document is never shown: it becomes the base that the edits made since are re-checked
against.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer, Signal

from filingassist.app import Checked, Workspace, top_key
from filingassist.model.document import ApplicationDocument
from filingassist.model.findings import Finding
from ui.errors import user_message
from ui.ops import Op
from ui.tasks import TaskRunner

#: A re-check slower than this (ms) moves edits of that part to the background.
FRAME_BUDGET_MS = 8.0
#: Typing pause (ms) before a slow part is checked in the background.
SLOW_CHECK_PAUSE_MS = 150


class CheckScheduler(QObject):
    """Decides where and when the document of ``parent`` is checked; emits ``checked``."""

    checked = Signal(list)  # list[Finding], the findings of the current document
    failed = Signal(str)  # why the check could not run, in the user's language

    def __init__(
        self,
        ws: Workspace,
        tasks: TaskRunner,
        document: Callable[[], ApplicationDocument],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.ws, self.tasks, self._document = ws, tasks, document
        self.base: Checked | None = None  # the findings last shown and what each rule read
        self.edit_generation = 0
        self.shown_generation = -1
        self.last_ms = 0.0  # duration of the last check (GUI thread or background)
        self.cost: dict[str, float] = {}  # ms of the last GUI-thread re-check, per part
        self.running: Op[tuple[Checked, float]] | None = None
        self._since_snapshot: set[str] = set()  # paths edited since the running check's copy
        self._pending: set[str] = set()  # paths edited, waiting for the pause
        self._inflight: frozenset[str] = frozenset()  # what the running check covers
        self._then: list[Callable[[list[Finding]], None]] = []
        self.paused = True  # no check until ``start`` (the form is still being built)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SLOW_CHECK_PAUSE_MS)
        self._pause.timeout.connect(lambda: self.check_in_background(full=False))

    @property
    def busy(self) -> bool:
        return self.running is not None and not self.running.finished

    @property
    def settled(self) -> bool:
        """The findings shown are those of the document as it is now."""
        return not self.paused and not self.busy and self.shown_generation == self.edit_generation

    def start(self) -> None:
        """The form is built: run the first (full, background) check."""
        self.paused = False
        self.check_in_background()

    def stop(self) -> None:
        self._pause.stop()
        if self.running is not None:
            self.running.cancel()

    def edited(self, paths: set[str]) -> None:
        """The document changed at ``paths`` ("" = anywhere, e.g. undo)."""
        self.edit_generation += 1
        self._since_snapshot |= paths
        if self.paused or self.busy:
            return  # the check under way (or the first one) is followed by these edits
        self._pending |= paths
        if self.base is None or self._slow(self._pending):
            self._pause.start()
            return
        self._recheck_here()

    def _slow(self, paths: set[str]) -> bool:
        return any(self.cost.get(top_key(p), 0.0) > FRAME_BUDGET_MS for p in paths)

    def check_now(self, then: Callable[[list[Finding]], None] | None = None) -> None:
        """A full check in the background (the "Check" command, signing); ``then(findings)``
        once the findings of the current document are shown."""
        if then is not None:
            self._then.append(then)
        self.paused = False
        self.check_in_background()

    def check_in_background(self, full: bool = True) -> None:
        """Check a copy of the document off the GUI thread (a newer check cancels an older):
        all of it, or (``full=False``, with a base) only what the pending edits touched."""
        self._pause.stop()
        edits = self._pending | self._since_snapshot
        if self.busy:  # the check under way is dropped: what it was to cover is still to do
            assert self.running is not None
            self.running.cancel()
            edits |= self._inflight
        doc, ws = self._document().copy(), self.ws
        base = None if full else self.base
        changed = self._inflight = frozenset(edits)
        self._pending, self._since_snapshot = set(), set()

        def work() -> tuple[Checked, float]:
            started = time.perf_counter()
            result = ws.check(doc, since=base, changed=changed)
            return result, (time.perf_counter() - started) * 1000

        def done(result: tuple[Checked, float]) -> None:
            if base is not None:  # an incremental re-check: how long the part takes now
                self._measured(changed, result[1])
            self._checked(result)

        self.running = Op(self, work).success(done).failure(self._failed).run(self.tasks)

    def _checked(self, result: tuple[Checked, float]) -> None:
        self.base, self.last_ms = result
        edits, self._since_snapshot = self._since_snapshot, set()
        if edits:  # the document changed while it was checked: bring the result up to date
            self._pending |= edits
            if self._slow(edits):
                self.check_in_background(full=False)
                return
            self._recheck_here()
            return
        self._show(self.base.findings)

    def _failed(self, exc: BaseException) -> None:
        self._since_snapshot = set()
        self.failed.emit(user_message(exc))
        self._then.clear()

    def _recheck_here(self) -> None:
        assert self.base is not None
        self._pause.stop()
        changed, self._pending = self._pending, set()
        started = time.perf_counter()
        self.base = self.ws.check(self._document(), since=self.base, changed=changed)
        self.last_ms = (time.perf_counter() - started) * 1000
        self._measured(changed, self.last_ms)
        self._show(self.base.findings)

    def _measured(self, paths: Iterable[str], ms: float) -> None:
        """Note how long re-checking these parts took: a slower time counts at once, a
        faster one by half, so one quick re-check under a lull does not bring a slow part
        back to the GUI thread only to stall the next keystroke."""
        for key in {top_key(p) for p in paths}:
            before = self.cost.get(key, 0.0)
            self.cost[key] = ms if ms >= before else (before + ms) / 2

    def _show(self, findings: list[Finding]) -> None:
        self.shown_generation = self.edit_generation
        self.checked.emit(findings)
        then, self._then = self._then, []
        for callback in then:
            callback(findings)
