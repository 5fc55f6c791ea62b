"""Progress of long CLI steps: a tqdm bar on a terminal, plain lines otherwise.

tqdm rather than rich: it imports in ~15 ms against rich's ~100 ms (start-up matters for
a CLI that agents script), has no dependencies and is as well kept. Plain lines (at
most one per tenth of the work, flushed) keep logs and pipes readable.
"""

from __future__ import annotations

import sys
from typing import Any, TextIO


class Progress:
    """Call with (step, done, total); ``close`` ends the current bar."""

    def __init__(self, stream: TextIO | None = None, enabled: bool = True) -> None:
        self._stream = stream or sys.stderr
        self._enabled = enabled
        self._tty = self._stream.isatty()
        self._step = ""
        self._bar: Any = None
        self._next_line = 0

    def __call__(self, step: str, done: int, total: int | None) -> None:
        if not self._enabled:
            return
        if step != self._step:
            self.close()
            self._step = step
            self._start(step, total)
        if self._tty:
            self._bar.update(done - self._bar.n)
        elif done >= self._next_line or done == total:
            shown = f"{done}/{total}" if total else str(done)
            print(f"{step}: {shown}", file=self._stream, flush=True)
            self._next_line = done + (max(1, total // 10) if total else 1000)

    def _start(self, step: str, total: int | None) -> None:
        self._next_line = 1
        if self._tty:
            from tqdm import tqdm

            self._bar = tqdm(total=total, desc=step, unit="item", file=self._stream, leave=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
        self._step = ""
