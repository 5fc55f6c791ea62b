"""A new request on an upload ends the stale one still holding it (after tusd's lock release).

Why: when a filer's link drops silently, the office's PATCH handler keeps waiting for bytes
that will never come, holding the upload's lock. tuspyserver waits for that lock with a
blocking sleep inside the event loop, so the resumed PATCH would freeze the whole server
for its 30 s lock timeout and then fail. This ASGI middleware tracks the request in
progress per upload; a newer PATCH/DELETE on the same upload makes the older one see a
client disconnect at once (tuspyserver then stores the offset it reached and releases the
lock), and waits for it to finish before going ahead. A body that delivers nothing for
``idle_timeout`` seconds is treated as disconnected too.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

DISCONNECT: Message = {"type": "http.disconnect"}


@dataclass
class _Holder:
    stop: asyncio.Event = field(default_factory=asyncio.Event)
    done: asyncio.Event = field(default_factory=asyncio.Event)


class UploadTakeover:
    """ASGI middleware for the tus upload routes under ``prefix``."""

    def __init__(
        self,
        app: ASGIApp,
        prefix: str = "/files/",
        idle_timeout: float = 30.0,
        handover_timeout: float = 10.0,
    ) -> None:
        self.app = app
        self.prefix = prefix
        self.idle_timeout = idle_timeout
        self.handover_timeout = handover_timeout
        self._holders: dict[str, _Holder] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        uid = self._upload_id(scope)
        if uid is None:
            await self.app(scope, receive, send)
            return
        previous = self._holders.get(uid)
        if previous is not None:
            previous.stop.set()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(previous.done.wait(), self.handover_timeout)
        me = _Holder()
        self._holders[uid] = me
        try:
            await self.app(scope, self._guarded(receive, me), send)
        finally:
            me.done.set()
            if self._holders.get(uid) is me:
                del self._holders[uid]

    def _upload_id(self, scope: Scope) -> str | None:
        if scope["type"] != "http" or scope["method"] not in ("PATCH", "DELETE"):
            return None
        path: str = scope.get("path", "")
        if not path.startswith(self.prefix):
            return None
        uid = path[len(self.prefix) :].strip("/")
        return uid or None

    def _guarded(self, receive: Receive, me: _Holder) -> Receive:
        async def guarded() -> Message:
            if me.stop.is_set():
                return DISCONNECT
            message = asyncio.ensure_future(receive())
            stopped = asyncio.ensure_future(me.stop.wait())
            done, _ = await asyncio.wait(
                {message, stopped},
                timeout=self.idle_timeout,
                return_when=asyncio.FIRST_COMPLETED,
            )
            stopped.cancel()
            if message in done:
                result: Any = message.result()
                return dict(result)
            message.cancel()
            return DISCONNECT  # superseded by a newer request, or idle too long

        return guarded
