"""The operation helper: results for closed widgets dropped in one place, cancel, progress,
change sets; and no UI code that runs work off the GUI thread any other way."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from filingassist.app import Workspace
from filingassist.errors import InputError
from filingassist.events import ChangeSet
from ui.ops import Job, Op, alive, retire
from ui.tasks import TaskRunner

pytestmark = pytest.mark.gui
UI = Path(__file__).resolve().parents[2] / "ui"


@pytest.fixture
def tasks(qapp, isolated_home: Path):
    ws = Workspace.open(isolated_home)
    runner = TaskRunner(None, ws.tracked)
    runner.ws = ws
    yield runner
    runner.wait_idle()
    ws.close()


def test_success_runs_on_the_gui_thread(qtbot, tasks) -> None:
    widget = QWidget()
    seen: list[tuple[int, bool]] = []
    Op(widget, lambda: 41 + 1).success(
        lambda v: seen.append((v, threading.current_thread() is threading.main_thread()))
    ).run(tasks)
    qtbot.waitUntil(lambda: seen == [(42, True)], timeout=5000)


def test_a_retired_widget_gets_neither_result_nor_error(qtbot, tasks) -> None:
    widget = QWidget()
    gate = threading.Event()
    seen: list[object] = []
    Op(widget, lambda: gate.wait(5)).success(seen.append).run(tasks)
    Op(widget, _fail_after(gate)).failure(seen.append).run(tasks)
    retire(widget)
    gate.set()
    assert tasks.wait_idle(5000)
    qtbot.wait(50)
    assert seen == [] and not alive(widget)


def test_a_deleted_widget_gets_no_result(qtbot, tasks) -> None:
    widget = QWidget()
    gate = threading.Event()
    seen: list[object] = []
    Op(widget, lambda: gate.wait(5)).success(lambda _: seen.append(widget.objectName())).run(tasks)
    widget.deleteLater()
    qtbot.wait(20)  # deleted now
    gate.set()
    assert tasks.wait_idle(5000)
    qtbot.wait(50)
    assert seen == []


def test_cancel_stops_cooperative_work_and_drops_its_result(qtbot, tasks) -> None:
    widget = QWidget()
    started, steps, seen, cancelled = threading.Event(), [], [], []

    def work(job: Job) -> str:
        started.set()
        for i in range(200):
            job.raise_if_cancelled()
            steps.append(i)
            threading.Event().wait(0.01)
        return "finished"

    op = Op.tracked(widget, work).success(seen.append).cancelled(lambda: cancelled.append(1))
    op.run(tasks)
    assert started.wait(5)
    op.cancel()
    assert tasks.wait_idle(5000)
    qtbot.waitUntil(lambda: cancelled == [1], timeout=2000)
    assert seen == [] and len(steps) < 200


def test_progress_reaches_the_gui_thread(qtbot, tasks) -> None:
    widget = QWidget()
    seen: list[tuple[int, int, str]] = []

    def work(job: Job) -> None:
        for i in range(3):
            job.progress(i + 1, 3, "step")

    Op.tracked(widget, work).progress(lambda d, t, s: seen.append((d, t, s))).run(tasks)
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=5000)
    assert seen[-1] == (3, 3, "step")


def test_failure_without_handler_goes_to_the_default(qtbot, tasks) -> None:
    widget = QWidget()
    seen: list[BaseException] = []
    tasks.default_error = seen.append
    Op(widget, _fail_after(threading.Event(), wait=False)).run(tasks)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=5000)
    assert isinstance(seen[0], InputError)


def test_what_an_operation_changed_comes_back_as_a_change_set(qtbot, tasks) -> None:
    widget = QWidget()
    changes: list[ChangeSet] = []
    tasks.changed.connect(changes.append)
    ws = tasks.ws
    Op(widget, lambda: ws.new_draft("madrid")).serial(tasks)
    qtbot.waitUntil(lambda: len(changes) == 1, timeout=5000)
    assert changes == [ChangeSet(drafts=True)]
    Op(widget, ws.outbox).run(tasks)  # a read changes nothing
    assert tasks.wait_idle(5000)
    qtbot.wait(50)
    assert len(changes) == 1


def test_ui_runs_background_work_only_through_operations() -> None:
    """The executors are reached through ui/ops.py only: no bare closures elsewhere."""
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        if path.name in ("ops.py", "tasks.py"):
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in (r"\.submit\(", r"tasks\.(run|write)\(", r"\.(pool|serial)\.start\("):
            offenders += [f"{path.name}: {m.group(0)}" for m in re.finditer(pattern, text)]
        offenders += [f"{path.name}: waitForDone" for _ in re.finditer("waitForDone", text)]
    assert offenders == []


def test_ui_never_probes_the_workspace() -> None:
    """The Workspace has the methods; ``hasattr``/``getattr`` on it hide a renamed one."""
    probes = []
    for path in sorted(UI.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        probes += re.findall(r"(?:has|get)attr\((?:self\.)?ws\b", text)
    assert probes == []


def _fail_after(gate: threading.Event, wait: bool = True):
    def work() -> None:
        if wait:
            gate.wait(5)
        raise InputError("bad", "here")

    return work


def test_bridge_has_one_signal_per_declared_event(qapp) -> None:
    from filingassist.events import EVENTS, EventBus
    from ui.bridge import EventBridge

    bridge = EventBridge(EventBus())
    for event in EVENTS:
        assert bridge.signal(event) is not None
    bridge.detach()
