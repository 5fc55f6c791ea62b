"""Content-addressed attachment files beside the database (``attachments/ab/abcd…``).

Files are written temp → fsync → rename, so a crash never leaves a half file under a
digest name; identical content is stored once.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from filingassist.errors import InputError, NotFound
from filingassist.fsutil import write_atomic
from filingassist.store.db import Store
from filingassist.store.timeutil import now_iso

MAX_ATTACHMENT_BYTES = 64 * 1024 * 1024


def blob_or_none(folder: Path, sha256: str) -> bytes | None:
    """The bytes of a stored attachment read from the store's attachments ``folder``, or
    None when it is missing or does not match its digest (what the rules need; a worker
    process of a bulk import reads the folder without opening the store)."""
    path = folder / sha256[:2] / sha256
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return data if hashlib.sha256(data).hexdigest() == sha256 else None


class AttachmentStore:
    """Put and get attachment bytes by SHA-256."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def _path(self, sha256: str) -> Path:
        return self._store.attachments_dir / sha256[:2] / sha256

    def put(self, data: bytes, media_type: str, where: str = "") -> str:
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise InputError(
                f"attachment of {len(data)} bytes exceeds the {MAX_ATTACHMENT_BYTES} byte limit",
                where,
            )
        digest = hashlib.sha256(data).hexdigest()
        path = self._path(digest)
        if not path.exists():
            write_atomic(path, data)
        self._store.db.table("attachments").insert(
            {
                "sha256": digest,
                "size": len(data),
                "media_type": media_type,
                "created_at": now_iso(),
            },
            ignore=True,
        )
        return digest

    def get(self, sha256: str) -> bytes:
        path = self._path(sha256)
        if not path.exists():
            raise NotFound(f"attachment {sha256} is not in the store")
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != sha256:
            raise InputError("attachment file does not match its digest", str(path))
        return data

    def has(self, sha256: str) -> bool:
        return self._path(sha256).exists()

    def path(self, sha256: str) -> Path:
        return self._path(sha256)
