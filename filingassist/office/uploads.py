"""Expiry of uploads that are never submitted.

Why: tuspyserver keeps an upload (its data file and ``.info`` sidecar) until the client
deletes it or a submit files it; a filer who gives up, or a client that re-creates an upload
after losing its URL, leaves the bytes on the office's disk for ever. An upload untouched
(neither file modified) for ``max_age`` seconds is removed; a client resuming it later gets
404 and creates a new upload (``UploadGone``), so nothing is filed twice or lost.
"""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path

log = logging.getLogger(__name__)

#: Default time an upload may sit untouched: long enough for a filer on a link that is
#: down overnight, short enough that abandoned uploads do not pile up.
DEFAULT_UPLOAD_TTL = 48 * 3600.0
_UID = re.compile(r"^[0-9a-f]{32}$")


def remove_stale(uploads_dir: Path, max_age: float, now: float | None = None) -> int:
    """Remove every upload under ``uploads_dir`` (per-account folders too) untouched for
    more than ``max_age`` seconds; return how many were removed."""
    if not uploads_dir.is_dir():
        return 0
    cutoff = (time.time() if now is None else now) - max_age
    removed = 0
    for folder in [uploads_dir, *(p for p in uploads_dir.iterdir() if p.is_dir())]:
        for uid in _upload_ids(folder):
            if _remove_if_stale(folder, uid, cutoff):
                removed += 1
    if removed:
        log.info("removed %d upload(s) untouched for %.0f s", removed, max_age)
    return removed


def _upload_ids(folder: Path) -> set[str]:
    names = (p.name.removesuffix(".info") for p in folder.iterdir() if p.is_file())
    return {name for name in names if _UID.match(name)}


def _remove_if_stale(folder: Path, uid: str, cutoff: float) -> bool:
    files = [folder / uid, folder / f"{uid}.info"]
    try:
        touched = max(p.stat().st_mtime for p in files if p.exists())
    except (OSError, ValueError):  # removed meanwhile (a submit), or neither file left
        return False
    if touched >= cutoff:
        return False
    for path in files:
        path.unlink(missing_ok=True)
    return True
