"""Upload progress (bytes sent, rate, time left) published as ``sync_progress`` events."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from filingassist.events import EventBus, Progress, SyncProgress

#: Seconds of history the rate is averaged over (smooths a bursty link, follows a change).
WINDOW = 5.0
#: Minimum seconds between two events (the UI need not repaint on every 16 KiB).
MIN_INTERVAL = 0.25


class ProgressMeter:
    """Turns a stream of offsets into throttled ``Progress`` reports."""

    def __init__(
        self,
        package_id: str,
        total: int,
        report: Callable[[Progress], None],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.package_id = package_id
        self.total = total
        self._report = report
        self._clock = clock
        self._samples: deque[tuple[float, int]] = deque()
        self._last_emit = -1e9

    def update(self, sent: int, force: bool = False) -> None:
        now = self._clock()
        self._samples.append((now, sent))
        while len(self._samples) > 2 and now - self._samples[0][0] > WINDOW:
            self._samples.popleft()
        if not force and now - self._last_emit < MIN_INTERVAL and sent < self.total:
            return
        self._last_emit = now
        self._report(self._progress(now, sent))

    def _progress(self, now: float, sent: int) -> Progress:
        t0, s0 = self._samples[0]
        rate = (sent - s0) / (now - t0) if now > t0 and sent >= s0 else 0.0
        eta = (self.total - sent) / rate if rate > 0 else None
        return Progress(self.package_id, sent, self.total, rate, eta)


def event_reporter(events: EventBus | None) -> Callable[[Progress], None]:
    """A report function that emits ``sync_progress`` on ``events`` (or does nothing)."""

    def report(p: Progress) -> None:
        if events is not None:
            events.emit(SyncProgress(p))

    return report


__all__ = ["Progress", "ProgressMeter", "event_reporter"]
