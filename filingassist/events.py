"""Qt-free publish/subscribe (after Electrum's CallbackManager).

The core emits plain-named events (``draft_saved``, ``outbox_changed``, ``sync_progress``);
``ui/bridge.py`` re-emits them as Qt signals on the GUI thread. Listeners are held weakly
when they are bound methods, so a closed window never keeps receiving events.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections import defaultdict
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

Listener = Callable[..., None]


class _StrongRef:
    """Same call shape as a weak reference, for plain functions and lambdas."""

    def __init__(self, listener: Listener) -> None:
        self._listener = listener

    def __call__(self) -> Listener:
        return self._listener


class EventBus:
    """Synchronous fan-out of named events; listeners run on the emitting thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: dict[str, list[Callable[[], Listener | None]]] = defaultdict(list)

    def subscribe(self, event: str, listener: Listener) -> None:
        ref: Callable[[], Listener | None]
        if hasattr(listener, "__self__") and hasattr(listener, "__func__"):
            ref = weakref.WeakMethod(listener)
        else:
            ref = _StrongRef(listener)
        with self._lock:
            self._listeners[event].append(ref)

    def unsubscribe(self, event: str, listener: Listener) -> None:
        with self._lock:
            self._listeners[event] = [
                r for r in self._listeners[event] if r() not in (None, listener)
            ]

    def emit(self, event: str, **payload: Any) -> None:
        with self._lock:
            refs = list(self._listeners.get(event, ()))
        for ref in refs:
            listener = ref()
            if listener is None:
                continue
            try:
                listener(**payload)
            except Exception:  # a listener's bug must not break the core operation
                log.exception("listener for %s failed", event)
