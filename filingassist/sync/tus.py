"""A thin tus 1.0 client (core + creation + termination) over our ``Transport``.

Why not tuspy's Uploader: the outbox must own the upload URL and offset (persisted after
every step so a killed process resumes where the office says it stopped), errors must come
out as the core's error types, and tests swap the transport. The protocol part is small.

One PATCH carries everything from the current offset to the end: on a link that drops,
the office keeps what arrived, a HEAD tells us where, and we continue from there — no
chunk-size round trips on a high-latency link, nothing sent twice that the office got.
"""

from __future__ import annotations

import base64
import io
import logging
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO, cast
from urllib.parse import urljoin

from filingassist.errors import TransientSyncError, UploadGone
from filingassist.sync.errormap import raise_for_status
from filingassist.sync.transport import Transport

log = logging.getLogger(__name__)

TUS_VERSION = "1.0.0"
#: What an upload sends: a file, or bytes already in memory (a bundle of small packages).
Source = Path | bytes
#: Consecutive failed PATCHes without progress before handing over to the backoff.
MAX_STALLED_ATTEMPTS = 3
#: Timeout for one PATCH: generous, a slow link moves few bytes per second.
PATCH_TIMEOUT = 120.0


def encode_metadata(metadata: Mapping[str, str]) -> str:
    """The ``Upload-Metadata`` header: ``key base64(value)`` pairs, comma-separated."""
    if not metadata:
        raise ValueError("tus uploads always carry metadata (servers reject an empty header)")
    for key in metadata:
        if not key or " " in key or "," in key:
            raise ValueError(f"invalid tus metadata key {key!r}")
    return ",".join(
        f"{k} {base64.b64encode(v.encode('utf-8')).decode('ascii')}" for k, v in metadata.items()
    )


class _FileSlice:
    """Reads ``path`` from ``start`` to its end, reporting each block handed to the socket.

    note: deliberately not an ``io`` class: requests sizes a body by ``len()`` minus
    ``tell()``, and an io class without seek support reports 0, which turns the PATCH into
    a chunked request that tus servers reject.
    """

    def __init__(self, fh: IO[bytes], start: int, end: int, on_read: Callable[[int], None]) -> None:
        self._fh = fh
        self._pos = start
        self._end = end
        self._on_read = on_read
        fh.seek(start)

    def __len__(self) -> int:
        return self._end - self._pos

    def read(self, n: int = -1) -> bytes:
        remaining = self._end - self._pos
        n = remaining if n is None or n < 0 else min(n, remaining)
        data = self._fh.read(n) if n > 0 else b""
        self._pos += len(data)
        if data:
            self._on_read(self._pos)
        return data


class TusClient:
    """tus requests for one office account."""

    def __init__(self, transport: Transport, headers: Mapping[str, str] | None = None) -> None:
        self.transport = transport
        self.headers = dict(headers or {})

    def _h(self, extra: Mapping[str, str] | None = None) -> dict[str, str]:
        return {**self.headers, "Tus-Resumable": TUS_VERSION, **(extra or {})}

    def create(self, endpoint: str, size: int, metadata: Mapping[str, str]) -> str:
        """POST a new upload of ``size`` bytes; return its absolute URL."""
        r = self.transport.request(
            "POST",
            endpoint,
            headers=self._h(
                {"Upload-Length": str(size), "Upload-Metadata": encode_metadata(metadata)}
            ),
        )
        raise_for_status(r, "tus create")
        location = r.headers.get("location")
        if not location:
            raise TransientSyncError("tus create: the office sent no Location")
        return urljoin(endpoint, location)

    def offset(self, url: str) -> int:
        """HEAD: how many bytes the office has."""
        r = self.transport.request("HEAD", url, headers=self._h())
        if r.status in (404, 410):
            raise UploadGone(f"{url}: upload no longer exists ({r.status})")
        raise_for_status(r, "tus head")
        try:
            return int(r.headers["upload-offset"])
        except (KeyError, ValueError) as exc:
            raise TransientSyncError("tus head: no valid Upload-Offset") from exc

    def terminate(self, url: str) -> None:
        r = self.transport.request("DELETE", url, headers=self._h())
        if r.status not in (404, 410):
            raise_for_status(r, "tus terminate")

    def patch(
        self, url: str, path: Source, offset: int, size: int, on_sent: Callable[[int], None]
    ) -> int:
        """Send ``path[offset:size]`` in one PATCH; return the office's new offset."""
        with _open(path) as fh:
            body = _FileSlice(fh, offset, size, on_sent)
            r = self.transport.request(
                "PATCH",
                url,
                headers=self._h(
                    {
                        "Upload-Offset": str(offset),
                        "Content-Type": "application/offset+octet-stream",
                        "Content-Length": str(size - offset),
                    }
                ),
                body=cast(IO[bytes], body),
                timeout=PATCH_TIMEOUT,
            )
        if r.status in (404, 410):
            raise UploadGone(f"{url}: upload no longer exists ({r.status})")
        if r.status == 409:  # our offset was stale: ask again
            return self.offset(url)
        raise_for_status(r, "tus patch")
        try:
            return int(r.headers["upload-offset"])
        except (KeyError, ValueError) as exc:
            raise TransientSyncError("tus patch: no valid Upload-Offset") from exc

    def upload(
        self,
        url: str,
        path: Source,
        size: int,
        offset: int | None,
        on_offset: Callable[[int], None],
        on_sent: Callable[[int], None],
    ) -> None:
        """Send until the office has all ``size`` bytes, resuming after cuts.

        ``on_offset`` is called with every offset the office confirms (the outbox persists
        it); ``on_sent`` with every block handed to the socket (progress). After a cut we
        resume at once while attempts make progress; ``MAX_STALLED_ATTEMPTS`` failures in a
        row without progress raise the last ``TransientSyncError`` for the backoff.
        """
        stalled = 0
        confirmed = _checked(url, self.offset(url), size) if offset is None else offset
        while confirmed < size:
            failure: TransientSyncError | None = None
            try:
                new = self.patch(url, path, confirmed, size, on_sent)
            except TransientSyncError as exc:
                failure = exc
                new = self.offset(url)  # if the office cannot be asked either, back off
                log.info("upload cut at %d of %d bytes; office has %d", confirmed, size, new)
            new = _checked(url, new, size)
            stalled = 0 if new > confirmed else stalled + 1
            if stalled >= MAX_STALLED_ATTEMPTS:
                raise failure or TransientSyncError(f"{url}: upload makes no progress")
            if new != confirmed:
                on_offset(new)
            confirmed = new
        on_sent(size)


def _open(source: Source) -> IO[bytes]:
    """The bytes to send: a package file, or a bundle built in memory."""
    return io.BytesIO(source) if isinstance(source, bytes) else open(source, "rb")  # noqa: SIM115


def _checked(url: str, offset: int, size: int) -> int:
    """An offset outside 0..size means the office's upload is not ours any more (a bigger
    one would end the loop as if sent, a negative one would fail as a file error)."""
    if not 0 <= offset <= size:
        raise UploadGone(f"{url}: the office reports offset {offset} of a {size}-byte upload")
    return offset


def file_size(path: Path) -> int:
    return os.stat(path).st_size
