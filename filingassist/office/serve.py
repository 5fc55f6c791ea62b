"""Run the office with uvicorn: in the foreground (CLI) or in a thread (tests, demo)."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uvicorn

from filingassist.office.app import create_app
from filingassist.office.filing import Services
from filingassist.office.uploads import DEFAULT_UPLOAD_TTL


def serve(host: str, port: int, data_dir: Path, upload_ttl: float = DEFAULT_UPLOAD_TTL) -> None:
    """Serve until interrupted (``filingassist office serve``)."""
    app = create_app(data_dir, upload_ttl=upload_ttl)
    uvicorn.run(app, host=host, port=port, log_level="info")


@dataclass
class RunningOffice:
    """An office served from a background thread; ``stop()`` shuts it down."""

    server: uvicorn.Server
    thread: threading.Thread
    port: int
    scheme: str = "http"

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def stop(self, timeout: float = 10, force: bool = False) -> None:
        """Shut down; ``force`` drops requests in flight (a crash, for tests) instead of
        letting them finish."""
        self.server.should_exit = True
        self.server.force_exit = force
        self.thread.join(timeout)

    def __enter__(self) -> RunningOffice:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_in_thread(
    data_dir: Path,
    services: Services | None = None,
    port: int = 0,
    tls: tuple[Path, Path] | None = None,
    **app_options: Any,
) -> RunningOffice:
    """Start an office on 127.0.0.1 (``port=0``: any free port) and wait until it listens.

    ``tls`` is (certificate chain PEM, key PEM) to serve HTTPS.
    """
    app = create_app(data_dir, services, **app_options)
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        log_level="warning",
        lifespan="off",
        ssl_certfile=str(tls[0]) if tls else None,
        ssl_keyfile=str(tls[1]) if tls else None,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True, name="office-server")
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("office server did not start")
        time.sleep(0.02)
    bound = server.servers[0].sockets[0].getsockname()[1]
    return RunningOffice(server, thread, bound, "https" if tls else "http")
