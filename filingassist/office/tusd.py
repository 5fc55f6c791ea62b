"""The office's own tus 1.0 server: core, creation, creation-with-upload, termination,
expiration — with the upload state in the office database (``uploads.py``).

Why our own and not tuspyserver (4.4.3, read and tried): it keeps each upload's offset in a
``.info`` file that other processes and hosts cannot share, appends to the data file at
its end whatever the recorded offset (after a ``kill -9`` the file held 349,636 bytes, the
``.info`` said 0, the resumed upload grew to 1,151,032 bytes and never filed), waits for
an upload's lock with ``time.sleep`` inside the event loop (one slow PATCH froze every
request for 30 s), honours ``X-HTTP-Method-Override`` on any route (so ``POST`` bypassed
what guarded ``PATCH``), and reads a creation-with-upload body whole into memory without
comparing it to ``Upload-Length``. The protocol part is small; these properties are not
fixable from outside the library.

Rules kept here:
- a body is streamed in bounded blocks and never read past ``Upload-Length`` or the
  office's size limit; a ``Content-Length`` that would pass them is refused before any
  byte is read;
- bytes are written and fsync-ed, *then* the offset is committed;
- nothing blocks the event loop: file and database work runs in the thread pool, waits
  are ``asyncio.sleep``;
- ``X-HTTP-Method-Override`` is not honoured (a request is what its method says);
- a newer PATCH/DELETE on an upload ends the request still holding it (as tusd does):
  when a filer's link drops silently the old request would wait for bytes that never
  come; a body idle for ``idle_timeout`` seconds ends the same way.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import email.utils
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from fastapi import FastAPI, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from filingassist.errors import TusError
from filingassist.office import uploads
from filingassist.office.database import OfficeDB
from filingassist.packaging.bundle import FORMAT as BUNDLE_FORMAT

TUS_VERSION = "1.0.0"
EXTENSIONS = ("creation", "creation-with-upload", "termination", "expiration")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_UID = re.compile(r"^[0-9a-f]{32}$")
_MAX_METADATA = 4096
_REQUIRED = ("package_id", "filename", "filetype")
#: Bytes kept in memory before they are written and fsync-ed (per request).
FLUSH_BYTES = 1024 * 1024
#: Seconds between flushes on a slow link (bounds what a crash makes the client resend).
FLUSH_SECONDS = 1.0
#: How often a request holding an upload looks whether a newer one wants it.
CLAIM_POLL = 0.25
#: Uploads an account may have open at once (a filer cannot fill the office's disk).
MAX_OPEN_UPLOADS = 200

T = TypeVar("T")


@dataclass
class TusServer:
    """Routes under ``/files/`` for one office; ``db`` opens a database connection."""

    db: Callable[[], OfficeDB]
    root: Path
    max_size: int
    upload_ttl: float
    authenticate: Callable[[Request], Awaitable[str]]
    on_create: Callable[[OfficeDB, str], None] | None = None
    idle_timeout: float = 30.0
    #: Largest bundle (many packages in one upload) accepted at creation.
    max_bundle_size: int | None = None
    handover_timeout: float = 10.0
    _local: dict[str, asyncio.Event] = field(default_factory=dict)

    def mount(self, app: FastAPI, prefix: str = "/files") -> None:
        app.add_api_route(prefix + "/", self.options, methods=["OPTIONS"])
        app.add_api_route(prefix + "/", self.create, methods=["POST"])
        app.add_api_route(prefix + "/{uid}", self.head, methods=["HEAD"])
        app.add_api_route(prefix + "/{uid}", self.patch, methods=["PATCH"])
        app.add_api_route(prefix + "/{uid}", self.delete, methods=["DELETE"])
        self.prefix = prefix

    # -- helpers ------------------------------------------------------------------------

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        return await run_in_threadpool(fn, *args)

    def _with_db(self, fn: Callable[..., T], *args: Any) -> T:
        db = self.db()
        try:
            return fn(db, *args)
        finally:
            db.close()

    async def _db(self, fn: Callable[..., T], *args: Any) -> T:
        return await self._run(self._with_db, fn, *args)

    def _expires(self, upload: uploads.Upload) -> str:
        return email.utils.formatdate(upload.touched_at + self.upload_ttl, usegmt=True)

    async def _guard(self, request: Request) -> str:
        if request.headers.get("tus-resumable") != TUS_VERSION:
            raise TusError(412, "Tus-Resumable: 1.0.0 is required", {"Tus-Version": TUS_VERSION})
        return await self.authenticate(request)

    async def _upload(self, uid: str, account: str) -> uploads.Upload:
        if not _UID.match(uid):
            raise TusError(404, "no such upload")
        upload = await self._db(uploads.get, uid, account)
        if upload is None:
            raise TusError(404, "no such upload")
        return upload

    # -- routes -------------------------------------------------------------------------

    async def options(self) -> Response:
        return _reply(
            204,
            {
                "Tus-Version": TUS_VERSION,
                "Tus-Extension": ",".join(EXTENSIONS),
                "Tus-Max-Size": str(self.max_size),
            },
        )

    async def create(self, request: Request) -> Response:
        try:
            account = await self._guard(request)
            length = self._upload_length(request)
            metadata = parse_metadata(request.headers.get("upload-metadata", ""))
            if "bundle" in metadata and length > (self.max_bundle_size or self.max_size):
                raise TusError(413, f"bundle larger than {self.max_bundle_size} bytes")
            body_length = _body_length(request)
            if body_length is not None and body_length > length:
                raise TusError(413, "the body is longer than Upload-Length")
            upload = await self._db(self._create_row, account, length, metadata)
            headers = {
                "Location": f"{str(request.base_url).rstrip('/')}{self.prefix}/{upload.uid}",
                "Upload-Expires": self._expires(upload),
            }
            if body_length or _is_chunked(request):
                _check_content_type(request)
                offset = await self._receive(request, upload, 0)
                headers["Upload-Offset"] = str(offset)
            return _reply(201, headers)
        except TusError as exc:
            return _error(exc)

    def _create_row(
        self, db: OfficeDB, account: str, length: int, metadata: dict[str, str]
    ) -> uploads.Upload:
        if self.on_create is not None:
            self.on_create(db, account)
        open_count = db.execute(
            "SELECT COUNT(*) FROM uploads WHERE account = ?", [account]
        ).fetchone()[0]
        db.end_read()
        if int(open_count) >= MAX_OPEN_UPLOADS:
            raise TusError(429, "too many open uploads for this account", {"Retry-After": "600"})
        return uploads.create(db, self.root, account, length, metadata)

    def _upload_length(self, request: Request) -> int:
        if request.headers.get("upload-defer-length") is not None:
            raise TusError(400, "Upload-Defer-Length is not supported: send Upload-Length")
        raw = request.headers.get("upload-length")
        if raw is None:
            raise TusError(400, "Upload-Length is required")
        if not (raw.isascii() and raw.isdigit()) or len(raw) > 19:
            raise TusError(400, "Upload-Length must be a non-negative integer")
        length = int(raw)
        if length > self.max_size:
            raise TusError(413, f"package larger than {self.max_size} bytes")
        return length

    async def head(self, request: Request, uid: str) -> Response:
        try:
            account = await self._guard(request)
            upload = await self._upload(uid, account)
            offset = await self._durable_offset(upload)
            headers = {
                "Upload-Offset": str(offset),
                "Upload-Length": str(upload.length),
                "Upload-Metadata": encode_metadata(upload.metadata),
                "Upload-Expires": self._expires(upload),
                "Cache-Control": "no-store",
            }
            return _reply(200, headers)
        except TusError as exc:
            return _error(exc)

    async def _durable_offset(self, upload: uploads.Upload) -> int:
        """Take the upload over (as a PATCH would) and reconcile, so a client resuming
        after a cut learns every byte the office kept, not an offset the old request had
        not committed yet. If the holder cannot be ended in time: the committed offset."""

        async def work(fd: int, claim: str) -> int:
            fresh = await self._db(uploads.get, upload.uid, upload.account)
            if fresh is None:
                raise TusError(404, "no such upload")
            return await self._run(self._with_db, uploads.reconcile, fresh, fd)

        try:
            return await self._take_over(upload, work)
        except TusError as exc:
            if exc.status != 503:
                raise
            fresh = await self._db(uploads.get, upload.uid, upload.account)
            return upload.offset if fresh is None else fresh.offset

    async def patch(self, request: Request, uid: str) -> Response:
        try:
            account = await self._guard(request)
            _check_content_type(request)
            offset = _client_offset(request)
            upload = await self._upload(uid, account)
            body_length = _body_length(request)
            if body_length is not None and offset + body_length > upload.length:
                raise TusError(413, "the body goes past Upload-Length")
            new = await self._receive(request, upload, offset)
            return _reply(204, {"Upload-Offset": str(new), "Upload-Expires": self._expires(upload)})
        except TusError as exc:
            return _error(exc)

    async def delete(self, request: Request, uid: str) -> Response:
        try:
            account = await self._guard(request)
            upload = await self._upload(uid, account)

            async def work(fd: int, claim: str) -> None:
                await self._db(self._remove, upload)

            await self._take_over(upload, work)
            return _reply(204, {})
        except TusError as exc:
            return _error(exc)

    def _remove(self, db: OfficeDB, upload: uploads.Upload) -> None:
        uploads.remove(db, self.root, upload)

    # -- receiving ----------------------------------------------------------------------

    async def _receive(self, request: Request, upload: uploads.Upload, offset: int) -> int:
        """Take the upload over, check the client's offset, stream the body into it."""

        async def work(fd: int, claim: str) -> int:
            fresh = await self._db(uploads.get, upload.uid, upload.account)
            if fresh is None:
                raise TusError(404, "no such upload")
            current = await self._run(self._with_db, uploads.reconcile, fresh, fd)
            if offset != current:
                raise TusError(
                    409,
                    f"Upload-Offset is {offset}, the office has {current}",
                    {"Upload-Offset": str(current)},
                )
            return await self._stream(request, fresh, fd, current, claim)

        return await self._take_over(upload, work)

    async def _take_over(
        self, upload: uploads.Upload, work: Callable[[int, str], Awaitable[T]]
    ) -> T:
        """Claim the upload (ending an older request on it), wait for its lock, run
        ``work(fd, claim)`` with the lock held."""
        claim = await self._db(uploads.claim, upload.uid)
        local = self._local.get(upload.uid)
        if local is not None:
            local.set()
        path = uploads.path_of(self.root, upload)
        deadline = time.monotonic() + self.handover_timeout
        while True:
            lock = uploads.locked(path)
            fd = await self._run(lock.__enter__)
            if fd is not None:
                break
            await self._run(lock.__exit__, None, None, None)
            if time.monotonic() > deadline:
                raise TusError(503, "the upload is busy; try again", {"Retry-After": "2"})
            await asyncio.sleep(0.05)
        stop = asyncio.Event()
        self._local[upload.uid] = stop
        try:
            return await work(fd, claim)
        finally:
            if self._local.get(upload.uid) is stop:
                del self._local[upload.uid]
            await self._run(lock.__exit__, None, None, None)

    async def _stream(
        self, request: Request, upload: uploads.Upload, fd: int, offset: int, claim: str
    ) -> int:
        """Stream the body to disk; stop at its end, at a disconnect, when idle, or when
        a newer request claims the upload. Returns the committed offset."""
        stop = self._local[upload.uid]
        limit = upload.length
        buffer = bytearray()
        last_flush = last_byte = last_claim_check = time.monotonic()
        too_long = False

        async def flush() -> None:
            nonlocal offset, last_flush
            if buffer:
                data = bytes(buffer)
                buffer.clear()
                offset = await self._run(self._commit, upload.uid, fd, data, offset)
            last_flush = time.monotonic()

        try:
            while True:
                if stop.is_set():
                    break
                try:
                    message = await asyncio.wait_for(request.receive(), CLAIM_POLL)
                except TimeoutError:
                    message = None
                now = time.monotonic()
                if message is not None:
                    if message["type"] == "http.disconnect":
                        break
                    chunk = message.get("body", b"")
                    if chunk:
                        last_byte = now
                        if offset + len(buffer) + len(chunk) > limit:
                            too_long = True
                            break
                        buffer += chunk
                    if not message.get("more_body", False):
                        break
                elif now - last_byte > self.idle_timeout:
                    break
                if now - last_claim_check > 1.0:
                    last_claim_check = now
                    if await self._db(uploads.current_claim, upload.uid) != claim:
                        break
                if len(buffer) >= FLUSH_BYTES or (buffer and now - last_flush > FLUSH_SECONDS):
                    await flush()
        finally:
            await asyncio.shield(flush())
        if too_long:
            raise TusError(413, "the body goes past Upload-Length", {"Upload-Offset": str(offset)})
        return offset

    def _commit(self, uid: str, fd: int, data: bytes, at: int) -> int:
        end = uploads.write_durably(fd, data, at)
        self._with_db(uploads.record_offset, uid, end)
        return end


# -- headers ------------------------------------------------------------------------------


def parse_metadata(header: str) -> dict[str, str]:
    """``Upload-Metadata`` → dict; the office needs package_id, filename and filetype
    (a bundle: ``bundle``, ``sha256``, filename and filetype)."""
    if not header.strip():
        raise TusError(400, "Upload-Metadata is required (package_id, filename, filetype)")
    if len(header) > _MAX_METADATA:
        raise TusError(400, "Upload-Metadata is too long")
    metadata: dict[str, str] = {}
    for pair in header.split(","):
        key, _, value = pair.strip().partition(" ")
        if not key or key in metadata:
            raise TusError(400, f"Upload-Metadata: key {key!r} is empty or repeated")
        try:
            metadata[key] = base64.b64decode(value.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError) as exc:
            raise TusError(400, f"Upload-Metadata: {key} is not base64 UTF-8") from exc
    if "bundle" in metadata:  # many packages in one upload (filingassist.packaging.bundle)
        if metadata["bundle"] != BUNDLE_FORMAT:
            raise TusError(400, f"Upload-Metadata: bundle must be {BUNDLE_FORMAT}")
        if "package_id" in metadata:
            raise TusError(400, "Upload-Metadata: a bundle has no single package_id")
        if not metadata.get("sha256"):
            raise TusError(400, "Upload-Metadata: a bundle needs its sha256")
    for key in ("filename", "filetype") if "bundle" in metadata else _REQUIRED:
        if not metadata.get(key):
            raise TusError(400, f"Upload-Metadata: {key} is required")
    if "package_id" in metadata and not _HEX64.match(metadata["package_id"]):
        raise TusError(400, "Upload-Metadata: package_id must be 64 lowercase hex digits")
    if "sha256" in metadata and not _HEX64.match(metadata["sha256"]):
        raise TusError(400, "Upload-Metadata: sha256 must be 64 lowercase hex digits")
    return metadata


def encode_metadata(metadata: dict[str, str]) -> str:
    return ",".join(
        f"{k} {base64.b64encode(v.encode('utf-8')).decode('ascii')}" for k, v in metadata.items()
    )


def _client_offset(request: Request) -> int:
    raw = request.headers.get("upload-offset")
    if raw is None or not (raw.isascii() and raw.isdigit()) or len(raw) > 19:
        raise TusError(400, "Upload-Offset must be a non-negative integer")
    return int(raw)


def _body_length(request: Request) -> int | None:
    raw = request.headers.get("content-length")
    if raw is None:
        return None
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 19:
        raise TusError(400, "Content-Length must be a non-negative integer")
    return int(raw)


def _is_chunked(request: Request) -> bool:
    return "chunked" in request.headers.get("transfer-encoding", "").lower()


def _check_content_type(request: Request) -> None:
    if request.headers.get("content-type") != "application/offset+octet-stream":
        raise TusError(415, "Content-Type must be application/offset+octet-stream")


def _reply(status: int, headers: dict[str, str]) -> Response:
    return Response(status_code=status, headers={"Tus-Resumable": TUS_VERSION, **headers})


def _error(exc: TusError) -> Response:
    import json

    return Response(
        json.dumps({"error": str(exc)}),
        status_code=exc.status,
        media_type="application/json",
        headers={"Tus-Resumable": TUS_VERSION, **exc.headers},
    )
