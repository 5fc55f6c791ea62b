"""A fault-injecting TCP proxy on loopback: a bad link we can script from a test.

The proxy listens on ``127.0.0.1:0`` and forwards every connection to one target. It runs
an asyncio loop in a daemon thread, so tests drive it with plain attribute assignments
while traffic flows. Knobs (all changeable at run time):

- ``latency_up`` / ``latency_down``: seconds added to every chunk in that direction
  ("up" is client → target). A 300 ms round trip is 0.15 each way.
- ``rate_up`` / ``rate_down``: bandwidth cap in bytes/s shared by all connections
  (a link, not a per-socket limit); ``None`` = unlimited.
- ``cut_after``: cut each connection after it has carried this many bytes up.
- ``cut_every``: cut whichever connection is carrying the link's ``cut_every``-th byte up
  (counted over all connections), like a flaky modem dropping every N bytes.
- ``cut_silently``: a cut resets only the client's side; the target sees nothing (its
  connection stays open and idle), like a link that drops behind a NAT.
- ``refuse_for(seconds)`` / ``refusing``: accept-and-reset new connections for a while.
- ``stall`` / ``unstall()``: stop forwarding (connections stay open), then resume.

A cut delivers exactly the bytes before the cut point, then resets both ends. Counters:
``bytes_up``, ``bytes_down`` (delivered), ``connections``, ``cuts``, ``refused``.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
import threading
import time
from collections.abc import Callable
from typing import Any

#: Largest read from a socket; a rate-capped direction reads smaller slices.
MAX_CHUNK = 16384
#: Chunks queued per direction at most (bounds the proxy's own buffering).
MAX_QUEUED = 64


class _Bucket:
    """Serialises chunks at ``rate`` bytes/s: the link's transmission delay."""

    def __init__(self) -> None:
        self._free_at = 0.0

    async def take(self, n: int, rate: float | None) -> None:
        if not rate:
            return
        now = time.monotonic()
        start = max(now, self._free_at)
        self._free_at = start + n / rate
        delay = self._free_at - now
        if delay > 0:
            await asyncio.sleep(delay)


class FaultProxy:
    """A scriptable bad link between a client and one TCP target (see module docstring)."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.latency_up = 0.0
        self.latency_down = 0.0
        self.rate_up: float | None = None
        self.rate_down: float | None = None
        self.cut_after: int | None = None
        self.cut_every: int | None = None
        self.cut_silently = False
        self.refusing = False
        self._refuse_until = 0.0
        self.bytes_up = 0
        self.bytes_down = 0
        self.connections = 0
        self.cuts = 0
        self.refused = 0
        self._link_up_total = 0
        self._buckets = {"up": _Bucket(), "down": _Bucket()}
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.AbstractServer | None = None
        self._unstalled: asyncio.Event | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self.port = 0

    # -- lifecycle -------------------------------------------------------------------

    def start(self) -> FaultProxy:
        self._thread.start()
        self._call(self._start())
        return self

    def close(self) -> None:
        if not self._thread.is_alive():
            return
        self._call(self._stop())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # -- knobs -------------------------------------------------------------------------

    def refuse_for(self, seconds: float) -> None:
        """Reset every new connection for ``seconds`` from now."""
        self._refuse_until = time.monotonic() + seconds

    @property
    def stall(self) -> bool:
        return self._unstalled is not None and not self._unstalled.is_set()

    @stall.setter
    def stall(self, value: bool) -> None:
        assert self._unstalled is not None
        event = self._unstalled
        self._loop.call_soon_threadsafe(event.clear if value else event.set)

    def unstall(self) -> None:
        self.stall = False

    def cut_all(self) -> None:
        """Reset every open connection now."""
        self._call(self._cut_all())

    def reset_counters(self) -> None:
        self.bytes_up = self.bytes_down = self.connections = self.cuts = self.refused = 0
        self._link_up_total = 0

    # -- internals ---------------------------------------------------------------------

    def _call(self, coro: Any, timeout: float = 10) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout)

    async def _start(self) -> None:
        self._unstalled = asyncio.Event()
        self._unstalled.set()
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _stop(self) -> None:
        if self._server is not None:
            self._server.close()
        await self._cut_all()
        current = asyncio.current_task()
        tasks = [t for t in asyncio.all_tasks() if t is not current]
        if tasks:
            _, pending = await asyncio.wait(tasks, timeout=1)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)

    async def _cut_all(self) -> None:
        for writer in list(self._writers):
            _reset(writer)

    def _is_refusing(self) -> bool:
        return self.refusing or time.monotonic() < self._refuse_until

    async def _handle(self, c_reader: asyncio.StreamReader, c_writer: asyncio.StreamWriter) -> None:
        if self._is_refusing():
            self.refused += 1
            _reset(c_writer)
            return
        try:
            u_reader, u_writer = await asyncio.wait_for(asyncio.open_connection(*self.target), 5)
        except (OSError, TimeoutError):
            _reset(c_writer)
            return
        self.connections += 1
        self._writers.update((c_writer, u_writer))
        conn = _Connection(self, c_writer, u_writer)
        try:
            await asyncio.gather(
                conn.pump(c_reader, u_writer, "up"),
                conn.pump(u_reader, c_writer, "down"),
            )
        except asyncio.CancelledError:  # the proxy is closing
            conn._kill()
        self._writers.difference_update((c_writer, u_writer))
        for writer in (c_writer, u_writer):
            writer.close()


class _Connection:
    """One proxied connection: two pumps sharing a cut flag."""

    def __init__(self, proxy: FaultProxy, c_writer: Any, u_writer: Any) -> None:
        self.proxy = proxy
        self.writers = (c_writer, u_writer)
        self.up_bytes = 0
        self.dead = False

    def _allowance(self, n: int) -> int:
        """How many of the next ``n`` upstream bytes may pass before a cut."""
        p = self.proxy
        allowed = n
        if p.cut_after is not None:
            allowed = min(allowed, max(0, p.cut_after - self.up_bytes))
        if p.cut_every:
            allowed = min(allowed, p.cut_every - p._link_up_total % p.cut_every)
        return allowed

    async def pump(self, reader: asyncio.StreamReader, writer: Any, direction: str) -> None:
        p = self.proxy
        queue: asyncio.Queue[tuple[float, bytes] | None] = asyncio.Queue(MAX_QUEUED)
        sender = asyncio.ensure_future(self._deliver(queue, writer, direction))
        try:
            while not self.dead:
                rate = p.rate_up if direction == "up" else p.rate_down
                size = MAX_CHUNK if not rate else max(256, min(MAX_CHUNK, int(rate / 20)))
                data = await reader.read(size)
                if not data:
                    break
                cut = False
                if direction == "up":
                    allowed = self._allowance(len(data))
                    if allowed < len(data) or (allowed == len(data) and self._at_cut(allowed)):
                        data, cut = data[:allowed], True
                    self.up_bytes += len(data)
                    p._link_up_total += len(data)
                assert p._unstalled is not None
                await p._unstalled.wait()
                await p._buckets[direction].take(len(data), rate)
                latency = p.latency_up if direction == "up" else p.latency_down
                if data:
                    await queue.put((time.monotonic() + latency, data))
                if cut:
                    p.cuts += 1
                    await queue.put(None)
                    await sender
                    self._kill()
                    return
        except (ConnectionError, OSError):
            pass
        await queue.put(None)
        await sender
        if not self.dead:
            _half_close(writer)

    def _at_cut(self, allowed: int) -> bool:
        p = self.proxy
        if p.cut_after is not None and self.up_bytes + allowed >= p.cut_after:
            return True
        return bool(p.cut_every) and (p._link_up_total + allowed) % p.cut_every == 0

    async def _deliver(self, queue: asyncio.Queue[Any], writer: Any, direction: str) -> None:
        p = self.proxy
        while True:
            item = await queue.get()
            if item is None:
                return
            due, data = item
            delay = due - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            if self.dead:
                continue
            try:
                writer.write(data)
                await writer.drain()
            except (ConnectionError, OSError):
                self._kill()
                continue
            if direction == "up":
                p.bytes_up += len(data)
            else:
                p.bytes_down += len(data)

    def _kill(self) -> None:
        if self.dead:
            return
        self.dead = True
        c_writer, u_writer = self.writers
        _reset(c_writer)
        if self.proxy.cut_silently:
            return  # the target's connection stays open until the proxy closes
        # note: the target gets a FIN, not a RST, so it keeps the bytes already delivered
        # (what a server sees when a client's link drops and the kernel times it out).
        u_writer.close()


def _reset(writer: asyncio.StreamWriter) -> None:
    """Close with SO_LINGER 0 so the peer sees a connection reset, like a dropped link."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


def _half_close(writer: asyncio.StreamWriter) -> None:
    try:
        if writer.can_write_eof():
            writer.write_eof()
        else:
            writer.close()
    except (ConnectionError, OSError, RuntimeError):
        writer.close()


def wait_until(predicate: Callable[[], bool], timeout: float, step: float = 0.02) -> bool:
    """Poll ``predicate`` until it holds or ``timeout`` passes (tests stay bounded)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return predicate()
