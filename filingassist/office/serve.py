"""Run the office with uvicorn: in the foreground (CLI, one or several worker processes)
or in a thread (tests, demo)."""

from __future__ import annotations

import json
import os
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI

from filingassist.office.app import DEFAULT_MAX_PACKAGE, create_app
from filingassist.office.filing import Services
from filingassist.office.identity import PASSPHRASE_ENV, load_or_create
from filingassist.office.store import open_db
from filingassist.office.uploads import DEFAULT_UPLOAD_TTL

#: The settings a worker process reads (uvicorn starts workers by import string).
CONFIG_ENV = "FILINGASSIST_OFFICE_CONFIG"


@dataclass(frozen=True)
class ServeConfig:
    """What every worker of one office must agree on."""

    data_dir: str
    database: str | None = None
    upload_ttl: float = DEFAULT_UPLOAD_TTL
    max_package_size: int = DEFAULT_MAX_PACKAGE
    signer_policy: str = "first-use"
    #: Offer the batch protocol (bundles) in discovery.
    offer_batch: bool = True
    #: Kind → office codes it receives for (None: office.json, or its own code).
    receives: dict[str, list[str]] | None = None


def serve(
    host: str,
    port: int,
    config: ServeConfig,
    workers: int = 1,
    passphrase: bytes | None = None,
    log_level: str = "info",
) -> None:
    """Serve until interrupted (``filingassist office serve``). With ``workers`` > 1,
    uvicorn runs that many processes on one socket; they share the database and the data
    folder (and so could processes on other hosts, given the same database URL, a shared
    data folder and the same key passphrase)."""
    if passphrase:
        os.environ[PASSPHRASE_ENV] = passphrase.decode("utf-8")
    # identity and schema once, before the workers race for them
    load_or_create(Path(config.data_dir))
    open_db(Path(config.data_dir), config.database).close()
    os.environ[CONFIG_ENV] = json.dumps(asdict(config))
    uvicorn.run(
        "filingassist.office.serve:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level=log_level,
        timeout_graceful_shutdown=10,
    )


def app_from_env() -> FastAPI:
    """The app of one worker process, built from ``$FILINGASSIST_OFFICE_CONFIG``."""
    config = ServeConfig(**json.loads(os.environ[CONFIG_ENV]))
    return create_app(
        Path(config.data_dir),
        max_package_size=config.max_package_size,
        upload_ttl=config.upload_ttl,
        database=config.database,
        signer_policy=config.signer_policy,
        offer_batch=config.offer_batch,
        receives=config.receives,
    )


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
