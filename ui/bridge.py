"""Core events re-emitted as Qt signals on the GUI thread.

The core's EventBus calls listeners on the emitting thread (a worker saving a draft, the
sync runner). Emitting a signal of this GUI-thread object from there queues the delivery,
so slots always run on the GUI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from filingassist.events import EventBus

EVENTS = (
    "draft_saved",
    "draft_status_changed",
    "outbox_changed",
    "sync_progress",
    "receipt_received",
    "notice_received",
    "connectivity_changed",
)


class EventBridge(QObject):
    """One signal per core event; each carries the event's keyword payload as a dict."""

    draft_saved = Signal(dict)
    draft_status_changed = Signal(dict)
    outbox_changed = Signal(dict)
    sync_progress = Signal(dict)
    receipt_received = Signal(dict)
    notice_received = Signal(dict)
    connectivity_changed = Signal(dict)

    def __init__(self, bus: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._listeners = {name: self._forwarder(name) for name in EVENTS}
        for name, listener in self._listeners.items():
            bus.subscribe(name, listener)

    def _forwarder(self, name: str) -> Any:
        signal = getattr(self, name)

        def forward(**payload: Any) -> None:
            signal.emit(dict(payload))

        return forward

    def detach(self) -> None:
        for name, listener in self._listeners.items():
            self._bus.unsubscribe(name, listener)
