"""Upload state: a row in the office database per upload, the bytes in a file beside it.

Why in the database (and not a ``.info`` file per upload, as tuspyserver keeps it): every
worker process and host that shares the database and the upload folder sees the same
uploads, and the offset is committed only after the bytes it counts were written and
``fsync``-ed. So after a crash (``kill -9``, power cut) the file holds *at least* the
recorded offset; ``reconcile`` trusts ``min(file size, recorded offset)`` and truncates
the file to it, and the client resumes from a truthful offset.

One request at a time writes an upload: it holds an exclusive ``flock`` on the data file
(works across processes on one host's disk). A newer request on the same upload sets the
row's ``claim``; the older one sees it and stops (see ``tusd.py``).

Uploads untouched for the TTL are removed (``expire``), and so are stray files without a
row (a crash between creating a row and its file, or uploads of an older version).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import secrets
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from filingassist.office.database import OfficeDB

log = logging.getLogger(__name__)

#: Default time an upload may sit untouched: long enough for a filer on a link that is
#: down overnight, short enough that abandoned uploads do not pile up.
DEFAULT_UPLOAD_TTL = 48 * 3600.0


@dataclass(frozen=True)
class Upload:
    uid: str
    account: str
    length: int
    offset: int
    metadata: dict[str, str]
    package_id: str
    touched_at: float

    @property
    def complete(self) -> bool:
        return self.offset == self.length

    @property
    def is_bundle(self) -> bool:
        """Many packages in one upload (``filingassist.packaging.bundle``)."""
        return "bundle" in self.metadata


def account_folder(root: Path, account: str) -> Path:
    """Per-account folder; named by digest so account names never reach a path."""
    return root / hashlib.sha256(account.encode()).hexdigest()[:24]


def path_of(root: Path, upload: Upload) -> Path:
    return account_folder(root, upload.account) / upload.uid


def create(db: OfficeDB, root: Path, account: str, length: int, metadata: dict[str, str]) -> Upload:
    """Record a new upload, then create its empty file (a crash in between leaves a row
    whose missing file ``reconcile`` reads as zero bytes)."""
    uid = secrets.token_hex(16)
    now = time.time()
    package_id = metadata.get("package_id", "")  # note: empty for a bundle of packages
    with db.write():
        db.execute(
            "INSERT INTO uploads(uid, account, length, upload_offset, metadata, package_id, "
            "created_at, touched_at) VALUES (?,?,?,0,?,?,?,?)",
            [uid, account, length, json.dumps(metadata), package_id, now, now],
        )
    upload = Upload(uid, account, length, 0, metadata, package_id, now)
    path = path_of(root, upload)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch()
    return upload


def get(db: OfficeDB, uid: str, account: str) -> Upload | None:
    """The upload ``uid`` if it belongs to ``account`` (another's looks like none)."""
    row = db.execute(
        "SELECT uid, account, length, upload_offset, metadata, package_id, touched_at "
        "FROM uploads WHERE uid = ?",
        [uid],
    ).fetchone()
    db.end_read()
    if row is None or row[1] != account:
        return None
    return Upload(
        str(row[0]),
        str(row[1]),
        int(row[2]),
        int(row[3]),
        json.loads(row[4]),
        str(row[5]),
        float(row[6]),
    )


def claim(db: OfficeDB, uid: str) -> str:
    """Mark ``uid`` as wanted by a new request; return the claim the holder compares."""
    token = secrets.token_hex(8)
    with db.write():
        db.execute("UPDATE uploads SET claim = ? WHERE uid = ?", [token, uid])
    return token


def current_claim(db: OfficeDB, uid: str) -> str | None:
    row = db.execute("SELECT claim FROM uploads WHERE uid = ?", [uid]).fetchone()
    db.end_read()
    return None if row is None else str(row[0])


def record_offset(db: OfficeDB, uid: str, offset: int) -> None:
    """Commit the new offset; the caller has written and fsync-ed the bytes before."""
    with db.write():
        db.execute(
            "UPDATE uploads SET upload_offset = ?, touched_at = ? WHERE uid = ?",
            [offset, time.time(), uid],
        )


@contextlib.contextmanager
def locked(path: Path) -> Iterator[int | None]:
    """Open the data file and try its exclusive lock; yield the fd, or None if another
    request (in any process) holds it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield None
            return
        try:
            yield fd
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def reconcile(db: OfficeDB, upload: Upload, fd: int) -> int:
    """With the lock held: the durable offset, ``min(file size, recorded offset)``; bytes
    past it (written but never committed before a crash) are cut off."""
    size = os.fstat(fd).st_size
    good = min(size, upload.offset)
    if size > good:
        os.ftruncate(fd, good)
        os.fsync(fd)
        log.info("upload %s: cut %d uncommitted bytes after a crash", upload.uid, size - good)
    if upload.offset > good:
        record_offset(db, upload.uid, good)
    return good


def write_durably(fd: int, data: bytes, at: int) -> int:
    """Write ``data`` at ``at`` and fsync; return the new end."""
    view = memoryview(data)
    pos = at
    while view:
        n = os.pwrite(fd, view, pos)
        view = view[n:]
        pos += n
    os.fsync(fd)
    return pos


def remove(db: OfficeDB, root: Path, upload: Upload) -> None:
    """Remove the bytes, then the row (a row without a file reads as empty)."""
    path_of(root, upload).unlink(missing_ok=True)
    with db.write():
        db.execute("DELETE FROM uploads WHERE uid = ?", [upload.uid])


def expire(db: OfficeDB, root: Path, max_age: float, now: float | None = None) -> int:
    """Remove uploads untouched for more than ``max_age`` seconds (skipping one a request
    is writing right now) and stray files as old; return how many were removed."""
    cutoff = (time.time() if now is None else now) - max_age
    rows = db.execute(
        "SELECT uid, account, length, upload_offset, package_id, touched_at FROM uploads "
        "WHERE touched_at < ?",
        [cutoff],
    ).fetchall()
    db.end_read()
    removed = 0
    for row in rows:
        upload = Upload(
            str(row[0]), str(row[1]), int(row[2]), int(row[3]), {}, str(row[4]), float(row[5])
        )
        with locked(path_of(root, upload)) as fd:
            if fd is not None:
                remove(db, root, upload)
                removed += 1
    removed += _remove_stray_files(db, root, cutoff)
    if removed:
        log.info("removed %d upload(s) untouched for %.0f s", removed, max_age)
    return removed


def _remove_stray_files(db: OfficeDB, root: Path, cutoff: float) -> int:
    if not root.is_dir():
        return 0
    known = {str(r[0]) for r in db.execute("SELECT uid FROM uploads").fetchall()}
    db.end_read()
    removed = 0
    for folder in [root, *(p for p in root.iterdir() if p.is_dir())]:
        for path in folder.iterdir():
            if not path.is_file() or path.name.removesuffix(".info") in known:
                continue
            with contextlib.suppress(OSError):
                if path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
    return removed
