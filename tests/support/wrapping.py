"""Transports that wrap a real one to inject office misbehaviour (5xx/429, bad receipts)."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Mapping

from filingassist.sync.transport import Body, RequestsTransport, Response

Rewrite = Callable[[str, str, Response], Response]


class RewritingTransport(RequestsTransport):
    """Real HTTP, then ``rewrite(method, url, response)`` may replace the answer."""

    def __init__(self, rewrite: Rewrite) -> None:
        super().__init__()
        self.rewrite = rewrite
        self.log: list[tuple[str, str, int]] = []

    def request(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        body: Body = None,
        timeout: float = 30.0,
    ) -> Response:
        r = super().request(method, url, headers=headers, body=body, timeout=timeout)
        r = self.rewrite(method, url, r)
        self.log.append((method, url, r.status))
        return r


def is_submit(method: str, url: str) -> bool:
    return method == "POST" and url.rstrip("/").endswith("/filings")


def replace_json(r: Response, **changes: object) -> Response:
    body = r.json()
    body.update(changes)
    return Response(r.status, r.headers, json.dumps(body).encode())


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()
