"""Events are declared once (filingassist/events.py): emitted, declared and bridged alike;
Workspace operations say what they changed."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from filingassist import events
from filingassist.app import Workspace
from filingassist.errors import UsageError
from filingassist.events import EVENTS, ChangeSet, DraftSaved, Event, EventBus

CORE = Path(__file__).resolve().parents[2] / "filingassist"


def _emitted() -> dict[str, list[str]]:
    """Event class name → places in the core that emit it (``….emit(Name(…))``)."""
    found: dict[str, list[str]] = {}
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "emit"
                and node.args
            ):
                arg = node.args[0]
                name = (
                    arg.func.id
                    if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Name)
                    else ast.unparse(arg)
                )
                found.setdefault(name, []).append(f"{path.name}:{node.lineno}")
    return found


def test_every_emitted_event_is_declared() -> None:
    declared = {e.__name__ for e in EVENTS}
    undeclared = {n: where for n, where in _emitted().items() if n not in declared}
    assert undeclared == {}


def test_every_declared_event_is_emitted() -> None:
    emitted = set(_emitted())
    assert [e.__name__ for e in EVENTS if e.__name__ not in emitted] == []


def test_names_are_unique_and_payloads_typed() -> None:
    names = [e.name for e in EVENTS]
    assert len(names) == len(set(names))
    for event in EVENTS:
        hints = event.__annotations__
        assert all(k == "name" or v for k, v in hints.items())


def test_an_undeclared_event_is_refused() -> None:
    class Stray(Event):
        name = "stray"

    bus = EventBus()
    with pytest.raises(UsageError):
        bus.emit(Stray())
    with pytest.raises(UsageError):
        bus.subscribe(Stray, lambda e: None)


def test_listeners_get_the_typed_payload_and_a_broken_one_does_not_stop_others() -> None:
    bus = EventBus()
    seen: list[Event] = []
    bus.subscribe(DraftSaved, lambda e: 1 / 0)
    bus.subscribe(DraftSaved, seen.append)
    bus.emit(DraftSaved("d1", 3))
    assert seen == [DraftSaved("d1", 3)]


def test_workspace_operations_return_their_change_set(ws: Workspace) -> None:
    info, changes = ws.tracked(lambda: ws.new_draft("madrid"))
    assert changes == ChangeSet(drafts=True)
    _, changes = ws.tracked(lambda: ws.set_status(info.id, "ready"))
    assert changes == ChangeSet(drafts=True)
    _, changes = ws.tracked(ws.drafts)
    assert not changes
    _, changes = ws.tracked(lambda: ws.send_now())
    assert changes == ChangeSet(outbox=True, notices=True)


def test_change_sets_merge() -> None:
    merged = ChangeSet(drafts=True) | ChangeSet(receipts=True)
    assert merged == ChangeSet(drafts=True, receipts=True) and merged
    assert not ChangeSet()
    assert events.SyncFinished("XX", ("p",)).changes().receipts


@pytest.fixture
def ws(isolated_home: Path):
    workspace = Workspace.open(isolated_home)
    yield workspace
    workspace.close()
