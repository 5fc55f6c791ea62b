"""Atomic file writes: temp file in the same folder → fsync → os.replace (Electrum storage).

The one implementation every part of the core uses (packages, keys, attachments,
reference data, exports).

A reader never sees half a package or half a key file, and a crash leaves either the old
file or the new one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO


def write_atomic(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Write ``data`` to ``path`` so that the file is either complete or untouched.

    Args:
        path: destination; missing parent folders are created.
        data: the complete new content.
        mode: permission bits of the new file (0o600 for key files).
    """
    tmp_name = _durable_temporary(path, data, mode)
    try:
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(path.parent)


def write_many(files: Sequence[tuple[Path, bytes]], mode: int = 0o644) -> None:
    """Write a batch of new files, each either complete or absent, with one folder sync.

    The batch durability mode (a bulk pack writes thousands of packages): every file is
    written under a temporary name first, then all are fsynced in one pass, renamed into
    place, and each folder is fsynced once for the whole batch, where ``write_atomic``
    pays a folder fsync per file. When this returns, every file is on disk under its
    name, so a caller that records the files afterwards (one store transaction) never
    lists a file the disk lacks; a kill at any instant leaves complete files or
    temporaries (``sweep_temporaries``), never half a file under its name. On an error
    the temporaries are removed; files already renamed stay (they are complete).
    """
    pending: list[tuple[str, Path]] = []
    try:
        handles = []
        try:
            for path, data in files:
                handle, tmp_name = _open_temporary(path, mode)
                handles.append(handle)
                pending.append((tmp_name, path))
                handle.write(data)
            for handle in handles:
                handle.flush()
            _fsync_all(handles)
        finally:
            for handle in handles:
                handle.close()
        while pending:
            tmp_name, path = pending[0]
            os.replace(tmp_name, path)
            pending.pop(0)
    except BaseException:
        for tmp_name, _path in pending:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
        raise
    for folder in dict.fromkeys(path.parent for path, _data in files):
        _fsync_dir(folder)


#: Threads of a batch's fsync pass: fsyncs issued together share the file system's
#: journal commits (one fsync after another waits for one commit each).
FSYNC_THREADS = 8


def _fsync_all(handles: Sequence[BinaryIO]) -> None:
    if len(handles) < 2:
        for handle in handles:
            os.fsync(handle.fileno())
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=FSYNC_THREADS, thread_name_prefix="fsync") as pool:
        # note: list() re-raises the first error once all have ended
        list(pool.map(lambda handle: os.fsync(handle.fileno()), handles))


def _open_temporary(path: Path, mode: int) -> tuple[BinaryIO, str]:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        return os.fdopen(fd, "wb"), tmp_name
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def _durable_temporary(path: Path, data: bytes, mode: int) -> str:
    """``data`` written in full and fsynced under a temporary name beside ``path`` (the
    name ``sweep_temporaries`` recognises); nothing is left behind when this fails."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    return tmp_name


def create_exclusive(path: Path, data: bytes, mode: int = 0o600) -> bool:
    """Create ``path`` holding ``data`` in full, unless it exists already (then no change).

    For secrets that must never be replaced once in use (a profile key): the complete
    file is prepared under a temporary name and hard-linked into place, which fails if
    another process got there first. A kill at any instant leaves either no file or the
    whole one, never an empty key.

    Returns:
        True when this call created the file, False when it already existed.
    """
    tmp_name = _durable_temporary(path, data, mode)
    try:
        try:
            os.link(tmp_name, path)
        except FileExistsError:
            return False
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
    _fsync_dir(path.parent)
    return True


#: how old a temporary must be before a sweep removes it: no live write takes this long
STALE_AFTER = 3600.0


def sweep_temporaries(folder: Path, older_than: float = STALE_AFTER) -> list[Path]:
    """Remove temporaries (``.<name>.<random>.tmp``) left by writers killed mid-write.

    Only files this module names that way are touched, and only when older than
    ``older_than`` seconds, so a write in progress in another process is never disturbed.
    """
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    cutoff = time.time() - older_than
    for path in folder.rglob(".*.tmp"):
        try:
            if path.is_file() and path.stat().st_mtime < cutoff:
                path.unlink()
                removed.append(path)
        except OSError:
            continue  # note: gone meanwhile, or not ours to remove: leave it
    return removed


def _fsync_dir(folder: Path) -> None:
    # note: makes the rename itself durable; not possible (nor needed) on Windows.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
