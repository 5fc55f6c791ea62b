"""Sync benchmark: a package over a slow link that drops, and many small packages.

    python bench/sync.py [--size 2000000] [--rate-kbit 256] [--rtt-ms 300] [--cut 200000]
                         [--plain-attempts 4] [--small 1000] [--bulk 1000] [--bulk-size 1800]
                         [--bulk-single 50] [--skip-link] [--skip-small] [--skip-bulk]

Part 1 sends one package through the fault proxy (bandwidth cap, latency, a cut every
``--cut`` bytes) to the reference office with the real outbox runner (tus upload, submit,
verified receipt), then sends the same bytes as one plain POST through the same link, which
starts from zero after every cut (bounded by ``--plain-attempts``). Goals (issue [sync]):
wire bytes ÷ package ≤ 1.05, bytes sent twice ≤ 1 % of the package, goodput ÷ cap ≥ 0.85.

Part 2 queues ``--small`` small packages and files them all on loopback: wall time and
HTTP requests per package.

Part 3 (issue [bulk]) files ``--bulk`` small packages of about ``--bulk-size`` bytes over
the same slow link (no cuts) with the batch protocol (bundles), then ``--bulk-single`` of
them one by one to an office that does not offer batches. Goals: wall time ≤ 1.25 × the
time the link needs for the bytes actually carried (the larger direction: the proxy's
link is full duplex; the sum of both is printed beside it), requests per package ≤ 0.1,
bytes on the wire ≤ 1.1 × payload each way (up: the packages; down: the receipts and
their signatures without the office certificate the client pinned).
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402
from fastapi import Request  # noqa: E402
from fastapi.responses import JSONResponse  # noqa: E402
from starlette.requests import ClientDisconnect  # noqa: E402

from filingassist.office import store as office_store  # noqa: E402
from filingassist.office.app import create_app  # noqa: E402
from filingassist.packaging import bundle  # noqa: E402
from filingassist.store import migrations  # noqa: E402
from filingassist.store.db import connect  # noqa: E402
from filingassist.sync import offices, outbox  # noqa: E402
from filingassist.sync.client import discover  # noqa: E402
from filingassist.sync.receipts import fingerprint  # noqa: E402
from filingassist.sync.runner import run_once  # noqa: E402
from filingassist.sync.transport import Body, RequestsTransport, Response  # noqa: E402
from tests.support.faultproxy import FaultProxy  # noqa: E402
from tests.support.pkgtools import build_package, make_signer  # noqa: E402


class CountingTransport(RequestsTransport):
    """Counts requests and the bytes of request heads and small bodies (not PATCH bodies).

    A request that was cut never gets a response, so its head is not counted here and ends
    up in "bytes sent twice": the figure errs on the pessimistic side.
    """

    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        self.overhead_up = 0
        self._sent_headers: dict[str, str] = {}

        def keep(r: requests.Response, *args: Any, **kwargs: Any) -> requests.Response:
            self._sent_headers = dict(r.request.headers)
            return r

        self._session.hooks["response"].append(keep)

    def request(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        body: Body = None,
        timeout: float = 30.0,
    ) -> Response:
        self.count += 1
        self._sent_headers = {}
        r = super().request(method, url, headers=headers, body=body, timeout=timeout)
        parts = urlsplit(url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        head = len(f"{method} {path} HTTP/1.1\r\nHost: {parts.netloc}\r\n\r\n")
        head += sum(len(k) + len(v) + 4 for k, v in self._sent_headers.items())
        self.overhead_up += head + (len(body) if isinstance(body, bytes) else 0)
        return r


def start_office(data: Path, offer_batch: bool = True) -> Any:
    """The reference office plus a bench-only ``POST /plain`` (single-request upload)."""
    import uvicorn

    app = create_app(data, offer_batch=offer_batch)

    @app.post("/plain")
    async def plain(request: Request) -> JSONResponse:
        got = 0
        try:
            async for chunk in request.stream():
                got += len(chunk)
        except ClientDisconnect:
            return JSONResponse({"received": got}, status_code=400)
        return JSONResponse({"received": got})

    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    db = office_store.open_db(data)
    token = office_store.add_account(db, "bench")
    db.close()
    return server, port, token


def client_db(path: Path) -> Any:
    db = connect(path)
    migrations.apply(db)
    return db


def link_bench(args: argparse.Namespace, work: Path) -> list[tuple[str, str, str]]:
    server, port, token = start_office(work / "office")
    rate = args.rate_kbit * 1000 / 8
    signer = make_signer()
    data, _ = build_package(
        {"application.xml": b"<a/>", "drawing.bin": os.urandom(args.size)}, signer
    )
    pkg = work / "big.zip"
    pkg.write_bytes(data)
    size = len(data)
    rows: list[tuple[str, str, str]] = []
    with FaultProxy("127.0.0.1", port) as proxy:
        db = client_db(work / "client.sqlite")
        doc = discover(RequestsTransport(), proxy.url)
        code = offices.add(db, proxy.url, doc, fingerprint(doc["receipt_certificate"]), token).code
        item = outbox.add(db, pkg, code)
        proxy.rate_up = proxy.rate_down = rate
        proxy.latency_up = proxy.latency_down = args.rtt_ms / 2000
        proxy.cut_every = args.cut
        proxy.reset_counters()
        transport = CountingTransport()
        t0 = time.monotonic()
        result = run_once(db, transport, time.time)
        elapsed = time.monotonic() - t0
        ok = result.receipted == [item.package_id]
        wire = proxy.bytes_up + proxy.bytes_down
        twice = max(0, proxy.bytes_up - transport.overhead_up - size)
        rows += [
            ("tus: receipted", "yes" if ok else f"NO {result.errors}", ""),
            ("tus: package bytes", f"{size:,}", ""),
            ("tus: cuts / requests", f"{proxy.cuts} / {transport.count}", ""),
            ("tus: wall time", f"{elapsed:.1f} s", f"ideal {size / rate:.1f} s"),
            ("tus: wire bytes ÷ package", f"{wire / size:.3f}", "≤ 1.05"),
            ("tus: bytes sent twice", f"{twice:,} ({100 * twice / size:.2f} %)", "≤ 1 %"),
            ("tus: goodput ÷ link cap", f"{size / elapsed / rate:.3f}", "≥ 0.85"),
        ]
        rows += plain_post(proxy, pkg, size, rate, args.plain_attempts)
        db.conn.close()
    server.should_exit = True
    return rows


def plain_post(
    proxy: FaultProxy, pkg: Path, size: int, rate: float, attempts: int
) -> list[tuple[str, str, str]]:
    """The same package as one POST, from zero after every cut (what a web form does)."""
    proxy.reset_counters()
    data = pkg.read_bytes()
    t0 = time.monotonic()
    done = False
    tries = 0
    for tries in range(1, attempts + 1):  # noqa: B007 - reported below
        try:
            r = requests.post(f"{proxy.url}/plain", data=data, timeout=size / rate * 2 + 30)
            done = r.ok and r.json().get("received") == size
            if done:
                break
        except requests.RequestException:
            continue
    elapsed = time.monotonic() - t0
    wire = proxy.bytes_up + proxy.bytes_down
    return [
        ("plain POST: completed", f"{'yes' if done else 'no'} after {tries} attempt(s)", ""),
        ("plain POST: wall time", f"{elapsed:.1f} s", ""),
        ("plain POST: wire bytes ÷ package", f"{wire / size:.3f}", ""),
        (
            "plain POST: bytes sent in vain",
            f"{max(0, proxy.bytes_up - (size if done else 0)):,}",
            "",
        ),
    ]


def small_bench(args: argparse.Namespace, work: Path) -> list[tuple[str, str, str]]:
    server, port, token = start_office(work / "office-small")
    db = client_db(work / "client-small.sqlite")
    url = f"http://127.0.0.1:{port}"
    doc = discover(RequestsTransport(), url)
    code = offices.add(db, url, doc, fingerprint(doc["receipt_certificate"]), token).code
    signer = make_signer()
    folder = work / "small"
    folder.mkdir()
    t_build = time.monotonic()
    for i in range(args.small):
        data, _ = build_package({"application.xml": f"<a n='{i}'/>".encode() * 50}, signer)
        path = folder / f"p{i:05d}.zip"
        path.write_bytes(data)
        outbox.add(db, path, code)
    built = time.monotonic() - t_build
    transport = CountingTransport()
    t0 = time.monotonic()
    result = run_once(db, transport, time.time)
    elapsed = time.monotonic() - t0
    receipted = len(outbox.items(db, "receipted"))
    db.conn.close()
    server.should_exit = True
    return [
        (f"{args.small} small: receipted", f"{receipted} / {args.small}", "all"),
        (f"{args.small} small: queue (build+add)", f"{built:.1f} s", ""),
        (
            f"{args.small} small: sync wall time",
            f"{elapsed:.1f} s",
            f"{args.small / elapsed:.0f} pkg/s",
        ),
        (f"{args.small} small: requests per package", f"{transport.count / args.small:.2f}", ""),
        (f"{args.small} small: deferred in pass", f"{len(result.deferred)}", "0"),
    ]


class LockedCountingTransport(RequestsTransport):
    """Counts requests (the batch sender submits from a second thread)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.count = 0
        self._lock = threading.Lock()

    def request(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        body: Body = None,
        timeout: float = 30.0,
    ) -> Response:
        with self._lock:
            self.count += 1
        return super().request(method, url, headers=headers, body=body, timeout=timeout)


def small_packages(folder: Path, n: int, target: int) -> list[Path]:
    """``n`` signed packages of about ``target`` bytes each (like a short MM2 filing)."""
    signer = make_signer()
    folder.mkdir(exist_ok=True)
    paths = []
    files = {"application.xml": b"<a n='0'/>", "drawing.bin": b""}
    base = len(build_package(files, signer)[0])
    for i in range(n):
        files = {"application.xml": b"<a n='%d'/>" % i, "drawing.bin": os.urandom(target - base)}
        data, _ = build_package(files, signer)
        path = folder / f"p{i:05d}.zip"
        path.write_bytes(data)
        paths.append(path)
    return paths


_OFFICE_PROCESS = """
import sys
from pathlib import Path

import uvicorn

from filingassist.office.app import create_app

app = create_app(Path(sys.argv[1]), offer_batch=sys.argv[2] == "1")
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[3]), log_level="error")
"""


def office_process(data: Path, offer_batch: bool) -> tuple[subprocess.Popen[bytes], int, str]:
    """The reference office in its own process, as it would be on its own machine (in
    this process its filing work would hold the GIL the fault proxy's link needs)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    args = [sys.executable, "-c", _OFFICE_PROCESS, str(data), "1" if offer_batch else "0"]
    proc = subprocess.Popen([*args, str(port)], env=env)
    deadline = time.monotonic() + 60
    while True:
        try:
            if requests.get(f"http://127.0.0.1:{port}/.well-known/filing-office", timeout=2).ok:
                break
        except requests.RequestException:
            pass
        if time.monotonic() > deadline or proc.poll() is not None:
            proc.kill()
            raise RuntimeError("the office process did not start")
        time.sleep(0.2)
    db = office_store.open_db(data)
    token = office_store.add_account(db, "bench")
    db.close()
    return proc, port, token


def bulk_run(
    args: argparse.Namespace, work: Path, paths: list[Path], name: str, offer_batch: bool
) -> dict[str, float]:
    """File ``paths`` over the slow link (no cuts); the link's and the run's figures."""
    proc, port, token = office_process(work / f"office-{name}", offer_batch)
    rate = args.rate_kbit * 1000 / 8
    db = client_db(work / f"client-{name}.sqlite")
    with FaultProxy("127.0.0.1", port) as proxy:
        doc = discover(RequestsTransport(), proxy.url)
        code = offices.add(db, proxy.url, doc, fingerprint(doc["receipt_certificate"]), token).code
        for path in paths:
            outbox.add(db, path, code)
        proxy.rate_up = proxy.rate_down = rate
        proxy.latency_up = proxy.latency_down = args.rtt_ms / 2000
        proxy.reset_counters()
        transport = LockedCountingTransport()
        t0 = time.monotonic()
        result = run_once(db, transport, time.time)
        elapsed = time.monotonic() - t0
        up, down = proxy.bytes_up, proxy.bytes_down
    rows = list(db.query("SELECT receipt, signature FROM receipts"))
    db.conn.close()
    proc.terminate()
    proc.wait(30)
    return {
        "n": len(paths),
        "receipted": len(result.receipted),
        "elapsed": elapsed,
        "requests": transport.count,
        "up": up,
        "down": down,
        "payload_up": sum(p.stat().st_size for p in paths),
        # what the client must receive: each receipt and its signature, less the
        # office certificate it pinned
        "payload_down": sum(
            len(r["receipt"]) + len(bundle.without_certificates(r["signature"])) for r in rows
        ),
        "stored_down": sum(len(r["receipt"]) + len(r["signature"]) for r in rows),
        "rate": rate,
    }


def bulk_bench(args: argparse.Namespace, work: Path) -> list[tuple[str, str, str]]:
    n = args.bulk
    paths = small_packages(work / "bulk", max(n, args.bulk_single), args.bulk_size)
    rows: list[tuple[str, str, str]] = []
    runs = [("batch", paths[:n], True)]
    if args.bulk_single:
        runs.append(("one by one", paths[: args.bulk_single], False))
    for label, chosen, batch in runs:
        m = bulk_run(args, work, chosen, label.replace(" ", "-"), batch)
        link = max(m["up"], m["down"]) / m["rate"]
        sum_link = (m["up"] + m["down"]) / m["rate"]
        k = f"bulk {label} ({m['n']:.0f} pkgs)"
        if not batch:  # today's protocol, for comparison: the goals are the batch's
            rows += [
                (f"{k}: receipted", f"{m['receipted']:.0f} / {m['n']:.0f}", "all"),
                (f"{k}: wall time", f"{m['elapsed']:.1f} s", f"{m['elapsed'] / m['n']:.3f} s/pkg"),
                (f"{k}: wall ÷ link time", f"{m['elapsed'] / link:.2f}", "(for comparison)"),
                (f"{k}: requests per package", f"{m['requests'] / m['n']:.3f}", ""),
                (f"{k}: wire ÷ payload up / down", f"{m['up'] / m['payload_up']:.3f} / "
                 f"{m['down'] / m['payload_down']:.3f}", ""),
            ]  # fmt: skip
            continue
        rows += [
            (f"{k}: receipted", f"{m['receipted']:.0f} / {m['n']:.0f}", "all"),
            (f"{k}: payload up / down", f"{m['payload_up']:,.0f} / {m['payload_down']:,.0f} B", ""),
            (f"{k}: wire up / down", f"{m['up']:,} / {m['down']:,} B", ""),
            (f"{k}: wall time", f"{m['elapsed']:.1f} s", f"{m['elapsed'] / m['n']:.3f} s/pkg"),
            (
                f"{k}: link time for those bytes",
                f"{link:.1f} s (up+down in turn {sum_link:.1f} s)",
                "",
            ),
            (f"{k}: wall ÷ link time", f"{m['elapsed'] / link:.2f}", "≤ 1.25"),
            (f"{k}: requests per package", f"{m['requests'] / m['n']:.3f}", "≤ 0.1"),
            (f"{k}: wire ÷ payload up", f"{m['up'] / m['payload_up']:.3f}", "≤ 1.1"),
            (f"{k}: wire ÷ payload down", f"{m['down'] / m['payload_down']:.3f}", "≤ 1.1"),
            (
                f"{k}: receipts as stored",
                f"{m['stored_down']:,.0f} B",
                "certificate put back",
            ),
        ]
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--size", type=int, default=2_000_000)
    ap.add_argument("--rate-kbit", type=float, default=256)
    ap.add_argument("--rtt-ms", type=float, default=300)
    ap.add_argument("--cut", type=int, default=200_000)
    ap.add_argument("--plain-attempts", type=int, default=4)
    ap.add_argument("--small", type=int, default=1000)
    ap.add_argument("--bulk", type=int, default=1000)
    ap.add_argument("--bulk-size", type=int, default=1800)
    ap.add_argument("--bulk-single", type=int, default=50)
    ap.add_argument("--skip-link", action="store_true")
    ap.add_argument("--skip-small", action="store_true")
    ap.add_argument("--skip-bulk", action="store_true")
    args = ap.parse_args()
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        os.environ["FILINGASSIST_HOME"] = str(work / "home")
        (work / "home").mkdir()
        if not args.skip_link:
            rows += link_bench(args, work)
        if not args.skip_small:
            rows += small_bench(args, work)
        if not args.skip_bulk:
            rows += bulk_bench(args, work)
    print(
        f"\nsync benchmark: {args.rate_kbit:g} kbit/s, {args.rtt_ms:g} ms RTT, "
        f"cut every {args.cut:,} B"
    )
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'value':<28}  goal")
    print("-" * (width + 40))
    for name, value, goal in rows:
        print(f"{name:<{width}}  {value:<28}  {goal}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
