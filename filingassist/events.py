"""Core events, declared once here as typed payloads, and a Qt-free bus (after Electrum's
CallbackManager and Anki's OpChanges).

Every event the core emits is a frozen dataclass listed in ``EVENTS``; emitting anything
else is refused, and a test ties the list to the ``emit`` calls in the core, so names
cannot drift. ``ui/bridge.py`` derives one Qt signal per entry of ``EVENTS``. Each event
also says which areas of the workspace it changed (``changes``); the ``ChangeSet`` of one
operation (``Workspace.tracked``) is what views refresh from. Listeners are held weakly
when they are bound methods, so a closed window never keeps receiving events.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from typing import Any, ClassVar, TypeVar, cast

from filingassist.errors import UsageError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChangeSet:
    """What one operation changed, so each view refreshes only what it shows."""

    drafts: bool = False
    outbox: bool = False
    receipts: bool = False
    notices: bool = False
    offices: bool = False

    def __or__(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(
            **{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)}
        )

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    @classmethod
    def of(cls, events: Iterable[Event]) -> ChangeSet:
        result = cls()
        for event in events:
            result = result | event.changes()
        return result


class Event:
    """Base of every declared event; ``name`` is also the bridge signal's name."""

    name: ClassVar[str]

    def changes(self) -> ChangeSet:
        return ChangeSet()


@dataclass(frozen=True)
class DraftSaved(Event):
    """A new revision of a draft was stored (created, saved, restored, imported)."""

    name: ClassVar[str] = "draft_saved"
    draft_id: str
    revision: int

    def changes(self) -> ChangeSet:
        return ChangeSet(drafts=True)


@dataclass(frozen=True)
class DraftStatusChanged(Event):
    """A draft became signed, filed, …"""

    name: ClassVar[str] = "draft_status_changed"
    draft_id: str
    status: str

    def changes(self) -> ChangeSet:
        return ChangeSet(drafts=True)


@dataclass(frozen=True)
class DraftsDeleted(Event):
    """Drafts were deleted for good (with their revisions and unsent packages)."""

    name: ClassVar[str] = "drafts_deleted"
    draft_ids: tuple[str, ...]

    def changes(self) -> ChangeSet:
        return ChangeSet(drafts=True)


@dataclass(frozen=True)
class PackageSigned(Event):
    """A draft was signed into a package (the draft's status is now "signed")."""

    name: ClassVar[str] = "package_signed"
    draft_id: str
    package_id: str

    def changes(self) -> ChangeSet:
        return ChangeSet(drafts=True)


@dataclass(frozen=True)
class OutboxChanged(Event):
    """Outbox rows changed (queued, sent, receipted, deferred); empty ids = any row."""

    name: ClassVar[str] = "outbox_changed"
    package_ids: tuple[str, ...] = ()

    def changes(self) -> ChangeSet:
        # a response's state is shown beside its notice
        return ChangeSet(outbox=True, notices=True)


@dataclass(frozen=True)
class Progress:
    """Upload progress of one package."""

    package_id: str
    sent: int
    total: int
    rate: float  # bytes/s over the last few seconds
    eta: float | None  # seconds, None while the rate is unknown


@dataclass(frozen=True)
class SyncProgress(Event):
    name: ClassVar[str] = "sync_progress"
    progress: Progress


@dataclass(frozen=True)
class SyncFinished(Event):
    """One sync pass with an office ended; what it brought back."""

    name: ClassVar[str] = "sync_finished"
    office: str
    receipted: tuple[str, ...] = ()
    notices: int = 0
    reachable: bool = True
    errors: tuple[str, ...] = ()

    def changes(self) -> ChangeSet:
        return ChangeSet(
            outbox=True, receipts=bool(self.receipted), notices=bool(self.notices or self.receipted)
        )


@dataclass(frozen=True)
class OfficesChanged(Event):
    """An office was added (or its pinned details changed)."""

    name: ClassVar[str] = "offices_changed"

    def changes(self) -> ChangeSet:
        return ChangeSet(offices=True)


#: Every event the core emits, declared once.
EVENTS: tuple[type[Event], ...] = (
    DraftSaved,
    DraftStatusChanged,
    DraftsDeleted,
    PackageSigned,
    OutboxChanged,
    SyncProgress,
    SyncFinished,
    OfficesChanged,
)

E = TypeVar("E", bound=Event)
Listener = Callable[[Any], None]
Ref = Callable[[], Listener | None]


class _StrongRef:
    """Same call shape as a weak reference, for plain functions and lambdas."""

    def __init__(self, listener: Listener) -> None:
        self._listener = listener

    def __call__(self) -> Listener:
        return self._listener


class EventBus:
    """Synchronous fan-out of declared events; listeners run on the emitting thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: dict[type[Event], list[Ref]] = defaultdict(list)
        self._local = threading.local()

    def subscribe(self, event: type[E], listener: Callable[[E], None]) -> None:
        _declared(event)
        ref: Ref
        if hasattr(listener, "__self__") and hasattr(listener, "__func__"):
            ref = cast(Ref, weakref.WeakMethod(listener))
        else:
            ref = _StrongRef(listener)
        with self._lock:
            self._listeners[event].append(ref)

    def unsubscribe(self, event: type[E], listener: Callable[[E], None]) -> None:
        with self._lock:
            self._listeners[event] = [
                r for r in self._listeners[event] if r() not in (None, listener)
            ]

    def emit(self, event: Event) -> None:
        _declared(type(event))
        for bucket in getattr(self._local, "buckets", ()):
            bucket.append(event)
        with self._lock:
            refs = list(self._listeners.get(type(event), ()))
        for ref in refs:
            listener = ref()
            if listener is None:
                continue
            try:
                listener(event)
            except Exception:  # a listener's bug must not break the core operation
                log.exception("listener for %s failed", event.name)

    @contextmanager
    def collect(self) -> Iterator[list[Event]]:
        """Gather the events this thread emits inside the block (one operation's changes)."""
        buckets: list[list[Event]] = self._local.__dict__.setdefault("buckets", [])
        bucket: list[Event] = []
        buckets.append(bucket)
        try:
            yield bucket
        finally:
            buckets.pop()


def _declared(event: type[Event]) -> None:
    if event not in EVENTS:
        raise UsageError(f"{event.__name__} is not declared in filingassist.events.EVENTS")
