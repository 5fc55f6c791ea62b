"""A hostile or broken ``GET /notices`` answer is a clear error, never a crash of the pass."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from filingassist.errors import SyncError, VerificationError
from filingassist.packaging.keys import self_signed_certificate
from filingassist.sync.client import OfficeClient
from filingassist.sync.offices import OfficeRecord
from filingassist.sync.receipts import fingerprint
from filingassist.sync.transport import FakeTransport, Request, Response


def _client(body: bytes) -> OfficeClient:
    now = dt.datetime.now(dt.UTC)
    key = ec.generate_private_key(ec.SECP256R1())
    cert = self_signed_certificate(key, "Office", None, now, now + dt.timedelta(days=1))
    pem = cert.public_bytes(serialization.Encoding.PEM).decode("ascii")
    record = OfficeRecord("XX", "Office", "http://127.0.0.1:9", pem, fingerprint(pem), "", None, 5)

    def handler(req: Request) -> Response:
        return Response(200, {"Content-Type": "application/json"}, body)

    return OfficeClient(record, FakeTransport(handler), None)


@pytest.mark.parametrize(
    "answer",
    [
        [],
        {"notices": "abc"},
        {"notices": [], "cursor": None},
        {"notices": [], "cursor": "7"},
        {"notices": [], "cursor": 2},  # backwards: would fetch the same notices for ever
        {"notices": ["not an object"], "cursor": 6},
        {"notices": [17], "cursor": 6},
    ],
)
def test_malformed_notices_answer_is_refused(answer: object) -> None:
    client = _client(json.dumps(answer).encode())
    with pytest.raises(VerificationError, match="notice"):
        client.notices(5)


def test_non_json_notices_answer_is_a_sync_error() -> None:
    with pytest.raises(SyncError, match="notices"):
        _client(b"\xff<html>").notices(5)


def test_empty_page_keeps_the_cursor() -> None:
    assert _client(b'{"notices": [], "cursor": 5}').notices(5) == ([], 5)
