"""HTTP transports (after httpx's transports): requests in production, a handler in tests.

The client code only sees ``Transport.request`` returning a ``Response``; network errors
come out already mapped into the core's error tree (``errormap``), so the runner decides
what to do from the exception type alone.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import IO, Any, Protocol
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict
from urllib3.connection import HTTPConnection

from filingassist.errors import SyncError, TransientSyncError, UsageError

#: Socket send buffer for uploads: small enough that "bytes sent" is close to bytes on
#: the wire (honest progress, little lost in buffers at a cut), large enough for
#: ~10 Mbit/s at 100 ms round trip.
DEFAULT_SNDBUF = 128 * 1024
DEFAULT_TIMEOUT = 30.0
#: Largest response body read from an office: answers are small JSON documents, and a
#: hostile or broken server must not make the client buffer without end.
MAX_RESPONSE = 8 * 1024 * 1024


@dataclass
class Response:
    """What the client needs of an HTTP response."""

    status: int
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""

    def __post_init__(self) -> None:
        self.headers = CaseInsensitiveDict(dict(self.headers))

    def json(self) -> Any:
        """The body as JSON; ``ValueError`` for anything else (callers handle only that)."""
        import json

        try:
            return json.loads(self.body.decode("utf-8"))
        except RecursionError:  # note: "[[[[…" from a hostile office, within MAX_RESPONSE
            raise ValueError("JSON nested too deeply") from None


Body = bytes | IO[bytes] | None


class Transport(Protocol):
    def request(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        body: Body = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> Response: ...

    def close(self) -> None: ...


def check_url(url: str) -> None:
    """Refuse plain HTTP except to loopback: tokens and packages never cross a network in clear."""
    parts = urlsplit(url)
    if parts.scheme == "https":
        return
    if parts.scheme != "http":
        raise UsageError(f"{url}: only https:// office URLs are supported")
    host = parts.hostname or ""
    if host == "localhost":
        return
    try:
        if ipaddress.ip_address(host).is_loopback:
            return
    except ValueError:
        pass
    raise UsageError(f"{url}: plain http is only allowed to this computer (loopback); use https")


class _SmallBufferAdapter(HTTPAdapter):
    def __init__(self, sndbuf: int | None) -> None:
        self._sndbuf = sndbuf
        super().__init__(max_retries=0)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        options = list(HTTPConnection.default_socket_options)
        if self._sndbuf:
            options.append((socket.SOL_SOCKET, socket.SO_SNDBUF, self._sndbuf))
        kwargs["socket_options"] = options
        super().init_poolmanager(*args, **kwargs)


class RequestsTransport:
    """Production transport: TLS verified (optionally against an office's own CA bundle)."""

    def __init__(
        self,
        ca_bundle: str | None = None,
        sndbuf: int | None = DEFAULT_SNDBUF,
        max_timeout: float | None = None,
    ) -> None:
        """``max_timeout`` caps every request's timeout (a silent link is given up sooner)."""
        self._max_timeout = max_timeout
        self._session = requests.Session()
        self._session.verify = ca_bundle or True
        self._session.trust_env = False
        adapter = _SmallBufferAdapter(sndbuf)
        self._session.mount("https://", adapter)
        self._session.mount("http://", adapter)
        self.requests_made = 0

    def request(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        body: Body = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> Response:
        check_url(url)
        self.requests_made += 1
        if self._max_timeout is not None:
            timeout = min(timeout, self._max_timeout)
        try:
            r = self._session.request(
                method,
                url,
                headers=dict(headers or {}),
                data=body,
                timeout=(min(timeout, 15.0), timeout),
                allow_redirects=False,
                stream=True,
            )
            with r:
                content = _read_capped(r, url)
        except requests.exceptions.SSLError as exc:
            raise SyncError(f"{url}: TLS verification failed ({exc})") from exc
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise TransientSyncError(f"{url}: network error ({type(exc).__name__})") from exc
        except requests.RequestException as exc:
            raise TransientSyncError(f"{url}: {type(exc).__name__}: {exc}") from exc
        return Response(r.status_code, r.headers, content)

    def close(self) -> None:
        self._session.close()


def _read_capped(r: requests.Response, url: str) -> bytes:
    chunks: list[bytes] = []
    total = 0
    for chunk in r.iter_content(65536):
        total += len(chunk)
        if total > MAX_RESPONSE:
            raise SyncError(f"{url}: response larger than {MAX_RESPONSE} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


@dataclass
class Request:
    """A request as a ``FakeTransport`` handler sees it (body read into bytes)."""

    method: str
    url: str
    headers: Mapping[str, str]
    body: bytes


class FakeTransport:
    """Calls ``handler(Request) -> Response`` (after httpx's MockTransport)."""

    def __init__(self, handler: Callable[[Request], Response]) -> None:
        self.handler = handler
        self.requests: list[Request] = []

    def request(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        body: Body = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> Response:
        raw = body if isinstance(body, bytes) or body is None else body.read()
        req = Request(method, url, CaseInsensitiveDict(dict(headers or {})), raw or b"")
        self.requests.append(req)
        return self.handler(req)

    def close(self) -> None:
        pass
