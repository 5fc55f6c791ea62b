"""One clear line for a storage failure (full disk, unwritable folder, damaged database).

The core lets ``sqlite3`` and ``OSError`` failures through unchanged (every write is
atomic or transactional, so what was being written is simply not there); the CLI names
the folder and what to do instead of printing a traceback.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from filingassist import paths

#: errno values that mean "no room left" (disk full, quota reached)
_NO_SPACE = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
#: SQLite's primary result codes for a full disk and an I/O error
_SQLITE_FULL, _SQLITE_IOERR = 13, 10
#: below this much free space an SQLite I/O error is taken for a full disk
_NEARLY_FULL = 1024 * 1024


def describe(exc: sqlite3.Error | OSError) -> str:
    """What went wrong, where, and what the user can do."""
    folder = _folder(exc)
    if _is_full(exc, folder):
        return (
            f"the disk holding {folder} is full: free some space there and try again "
            "(what this command was writing was not saved)"
        )
    if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
        return f"the database in {folder} is busy (another filingassist is writing); try again"
    if isinstance(exc, OSError):
        return f"{exc.filename or folder}: {exc.strerror or exc}"
    return f"the database in {folder} cannot be used: {exc}"


def _folder(exc: sqlite3.Error | OSError) -> Path:
    if isinstance(exc, OSError) and exc.filename:
        path = Path(str(exc.filename))
        return path if path.is_dir() else path.parent
    return paths.data_home()


def _is_full(exc: sqlite3.Error | OSError, folder: Path) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in _NO_SPACE
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == _SQLITE_FULL or "disk is full" in str(exc):
        return True
    if primary == _SQLITE_IOERR or "disk I/O error" in str(exc):
        return _free_bytes(folder) < _NEARLY_FULL
    return False


def _free_bytes(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return 0
