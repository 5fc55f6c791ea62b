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
from pathlib import Path


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
