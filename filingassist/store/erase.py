"""Erasing for good: what a deleted draft leaves on disk must not name the filer.

A plain ``DELETE`` only marks SQLite cells free (the text stays in the page until reused),
FTS5 keeps deleted terms in old index segments until they are merged, the WAL keeps every
page image written since the last checkpoint, and ``unlink`` leaves a file's blocks as
they were. A shared counter machine needs all of that gone, so deleting runs:

1. ``PRAGMA secure_delete`` (set on every connection in ``db.connect``): freed content is
   overwritten with zeros as it is deleted;
2. ``optimize`` of every FTS5 index: one merged segment without the deleted terms;
3. ``VACUUM``: the database file rewritten without free pages or free space in pages (this
   also scrubs space freed before secure_delete was switched on, in older data folders);
4. ``wal_checkpoint(TRUNCATE)``: the WAL copied into the database and cut to zero bytes;
5. files (attachments, packages) overwritten with zeros, flushed, then removed.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from pathlib import Path

from sqlite_utils import Database

from filingassist.errors import FilingError

log = logging.getLogger(__name__)

_CHUNK = 1024 * 1024


def shred_file(path: Path) -> bool:
    """Overwrite ``path`` with zeros (flushed to disk), then remove it; False if missing.

    On copy-on-write or journalling file systems and SSDs the old blocks may survive the
    overwrite; removing the data folder's contents from the file system's view is what
    this guarantees (see docs/architecture.md, "Deleting").
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return False
    with open(path, "r+b") as handle:
        left = size
        while left > 0:
            step = min(left, _CHUNK)
            handle.write(b"\0" * step)
            left -= step
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()
    with contextlib.suppress(OSError):
        _remove_empty_parent(path.parent)
    return True


def _remove_empty_parent(folder: Path) -> None:
    # attachments/ab/ folders: an empty one left behind would still say "ab…" was here.
    if folder.name and len(folder.name) == 2 and not any(folder.iterdir()):
        folder.rmdir()


def fts_tables(db: Database) -> list[str]:
    rows = db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%USING FTS5%'"
    ).fetchall()
    return [str(r[0]) for r in rows]


def scrub_database(db: Database, attempts: int = 50) -> None:
    """Merge FTS indexes, rewrite the file and empty the WAL (steps 2–4 above).

    Raises:
        FilingError: another connection kept the WAL busy (a long read) for ~5 s; the
            rows are deleted and zeroed in the WAL, but the WAL could not be emptied.
    """
    for table in fts_tables(db):
        # table names come from sqlite_master, not from input
        db.execute(f"INSERT INTO [{table}]([{table}]) VALUES ('optimize')")  # noqa: S608
    db.execute("VACUUM")
    for _ in range(attempts):
        busy, _frames, _done = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if not busy:
            return
        time.sleep(0.1)
    raise FilingError("the database is in use: its log could not be emptied after deleting")
