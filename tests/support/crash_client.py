"""Run one sync pass in a child process and SIGKILL it at a chosen point (crash tests).

Usage: python -m tests.support.crash_client DB_PATH POINT
POINT: mid_upload | before_submit | after_submit | none, each also as batch_<point> (the
same point in the batch protocol: a bundle's PATCH, POST /filings/batch)
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from filingassist.sync.runner import run_once
from filingassist.sync.transport import Body, RequestsTransport, Response
from tests.support.fixtures import client_db


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


class _KillingBody:
    def __init__(self, inner: Any, after: int) -> None:
        self._inner, self._after, self._read = inner, after, 0

    def __len__(self) -> int:
        return len(self._inner)

    def read(self, n: int = -1) -> bytes:
        if self._read >= self._after:
            _die()
        data: bytes = self._inner.read(n)
        self._read += len(data)
        return data


class KillingTransport(RequestsTransport):
    def __init__(self, point: str) -> None:
        super().__init__()
        self.point = point

    def request(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        body: Body = None,
        timeout: float = 30.0,
    ) -> Response:
        batch = self.point.startswith("batch_")
        point = self.point.removeprefix("batch_")
        path = url.rstrip("/")
        submit = method == "POST" and path.endswith("/filings/batch" if batch else "/filings")
        if point == "mid_upload" and method == "PATCH" and body is not None:
            body = _KillingBody(body, 20_000 if batch else 200_000)  # type: ignore[assignment]
        if point == "before_submit" and submit:
            _die()
        response = super().request(method, url, headers=headers, body=body, timeout=timeout)
        if point == "after_submit" and submit:
            _die()
        return response


def main(db_path: str, point: str) -> int:
    db = client_db(Path(db_path))
    result = run_once(db, KillingTransport(point))
    print(result)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
