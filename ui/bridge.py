"""Core events re-emitted as Qt signals on the GUI thread.

The core's EventBus calls listeners on the emitting thread (a worker saving a draft, the
sync runner). Emitting a signal of this GUI-thread object from there queues the delivery,
so slots always run on the GUI thread. The signals are derived from
``filingassist.events.EVENTS``: one per declared event, named after it, carrying the typed
payload; there is no list to keep in step here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal, SignalInstance

from filingassist.events import EVENTS, Event, EventBus

if TYPE_CHECKING:
    _Signals = QObject
else:  # one class attribute per declared event (Qt needs signals declared on the class)
    _Signals = type("_Signals", (QObject,), {e.name: Signal(object) for e in EVENTS})


class EventBridge(_Signals):
    """``bridge.signal(DraftSaved).connect(slot)``: ``slot(event)`` runs on the GUI thread."""

    def __init__(self, bus: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._listeners = {event: self._forwarder(event) for event in EVENTS}
        for event, listener in self._listeners.items():
            bus.subscribe(event, listener)

    def signal(self, event: type[Event]) -> SignalInstance:
        return cast(SignalInstance, getattr(self, event.name))

    def _forwarder(self, event: type[Event]) -> Callable[[Event], None]:
        signal = self.signal(event)

        def forward(payload: Event) -> None:
            signal.emit(payload)

        return forward

    def detach(self) -> None:
        for event, listener in self._listeners.items():
            self._bus.unsubscribe(event, listener)
