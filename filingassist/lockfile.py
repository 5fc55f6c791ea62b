"""An advisory lock held by one process at a time on a file in the data folder.

Two ``sync`` processes on one data folder used to run their passes side by side and one
died with ``database is locked``. The lock is the operating system's (``flock`` on POSIX,
``msvcrt.locking`` on Windows), so it is released when the holder exits, even by kill -9:
no stale lock file ever has to be cleaned up by hand.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from filingassist.errors import Busy

_POLL = 0.1


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


@contextlib.contextmanager
def held(path: Path, what: str, wait: float = 0.0) -> Iterator[None]:
    """Hold the lock at ``path`` for the block, waiting up to ``wait`` seconds for it.

    Raises:
        Busy: another process still held it after ``wait`` seconds; the message names
            ``what`` and the folder.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + max(0.0, wait)
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise Busy(
                    f"{what} is already running for the data folder {path.parent}; "
                    "try again when it has finished"
                )
            time.sleep(_POLL)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


def try_hold(path: Path) -> int | None:
    """Take the lock at ``path`` without waiting and keep it until ``release``.

    Returns the open descriptor that holds it, or None when another process holds it.
    A process that dies (even by kill -9) lets go of it: that is how a later process
    tells a crashed holder from a live one.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    if _try_lock(fd):
        return fd
    os.close(fd)
    return None


def release(fd: int) -> None:
    """Let go of a lock taken with ``try_hold``."""
    try:
        _unlock(fd)
    finally:
        os.close(fd)
