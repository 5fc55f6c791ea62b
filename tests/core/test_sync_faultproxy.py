"""The fault proxy itself: if the bad link lies, every fault test above it lies too."""

from __future__ import annotations

import contextlib
import socket
import socketserver
import threading
import time
from collections.abc import Iterator

import pytest

from tests.support.faultproxy import FaultProxy, wait_until

pytestmark = [pytest.mark.network, pytest.mark.timeout(30)]


class _Sink(socketserver.BaseRequestHandler):
    """Counts what arrives and echoes a one-line ack per 'ping'."""

    received: list[int] = []

    def handle(self) -> None:
        total = 0
        self.request.settimeout(10)
        while True:
            try:
                data = self.request.recv(65536)
            except OSError:
                break
            if not data:
                break
            total += len(data)
            if data.endswith(b"ping"):
                self.request.sendall(b"pong")
        _Sink.received.append(total)


@pytest.fixture
def sink() -> Iterator[tuple[str, int]]:
    _Sink.received = []
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Sink)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address  # type: ignore[misc]
    server.shutdown()
    server.server_close()


@pytest.fixture
def proxy(sink: tuple[str, int]) -> Iterator[FaultProxy]:
    with FaultProxy(*sink) as p:
        yield p


def _connect(proxy: FaultProxy) -> socket.socket:
    return socket.create_connection(("127.0.0.1", proxy.port), timeout=10)


def test_forwards_and_counts_both_ways(proxy: FaultProxy) -> None:
    with _connect(proxy) as s:
        s.sendall(b"x" * 1000 + b"ping")
        assert s.recv(4) == b"pong"
    assert wait_until(lambda: _Sink.received == [1004], 5)
    assert proxy.bytes_up == 1004 and proxy.bytes_down == 4 and proxy.connections == 1


def test_cut_after_delivers_exactly_n_bytes_then_resets(proxy: FaultProxy) -> None:
    proxy.cut_after = 3000
    with _connect(proxy) as s, pytest.raises(OSError):
        for _ in range(200):
            s.sendall(b"y" * 1000)
            time.sleep(0.005)
        s.recv(10)  # pragma: no cover - the reset must come first
        raise AssertionError("connection was not cut")
    assert wait_until(lambda: _Sink.received == [3000], 5)
    assert proxy.cuts == 1


def test_cut_every_counts_over_all_connections(proxy: FaultProxy) -> None:
    proxy.cut_every = 2500
    for _ in range(3):
        with _connect(proxy) as s:
            with contextlib.suppress(OSError):
                s.sendall(b"z" * 1000)
            time.sleep(0.1)
    assert wait_until(lambda: len(_Sink.received) == 3, 5)
    # the third connection carries bytes 2001..2500 of the link, then is cut
    assert sorted(_Sink.received) == [500, 1000, 1000] and proxy.cuts == 1
    assert proxy.bytes_up == 2500


def test_bandwidth_cap_and_latency(proxy: FaultProxy) -> None:
    proxy.rate_up = 50_000
    proxy.latency_down = 0.2
    with _connect(proxy) as s:
        t0 = time.monotonic()
        s.sendall(b"a" * 49_996 + b"ping")
        assert s.recv(4) == b"pong"
        elapsed = time.monotonic() - t0
    # 50 kB at 50 kB/s plus 0.2 s back: about 1.2 s (never faster than the cap allows)
    assert 1.1 <= elapsed < 5


def test_refuse_for_a_while_then_accept(proxy: FaultProxy) -> None:
    proxy.refuse_for(0.5)
    with pytest.raises(OSError), _connect(proxy) as s:
        s.settimeout(2)
        s.sendall(b"ping")
        if s.recv(4) == b"":
            raise ConnectionResetError("closed")
    assert proxy.refused == 1
    time.sleep(0.6)
    with _connect(proxy) as s:
        s.sendall(b"ping")
        assert s.recv(4) == b"pong"


def test_stall_holds_data_until_unstalled(proxy: FaultProxy) -> None:
    proxy.stall = True
    with _connect(proxy) as s:
        s.settimeout(0.5)
        s.sendall(b"ping")
        with pytest.raises(TimeoutError):
            s.recv(4)
        proxy.unstall()
        s.settimeout(5)
        assert s.recv(4) == b"pong"
