"""A discovery document with unusable endpoints is refused before any package moves."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from filingassist.errors import VerificationError
from filingassist.packaging.keys import self_signed_certificate
from filingassist.sync.client import OfficeClient
from filingassist.sync.offices import OfficeRecord
from filingassist.sync.receipts import fingerprint
from filingassist.sync.transport import FakeTransport, Request, Response


def _client(endpoints: object) -> OfficeClient:
    now = dt.datetime.now(dt.UTC)
    key = ec.generate_private_key(ec.SECP256R1())
    cert = self_signed_certificate(key, "Office", None, now, now + dt.timedelta(days=1))
    pem = cert.public_bytes(serialization.Encoding.PEM).decode("ascii")
    record = OfficeRecord("XX", "Office", "http://127.0.0.1:9", pem, fingerprint(pem), "", None, 0)
    doc = {"code": "XX", "receipt_certificate": pem, "endpoints": endpoints}

    def handler(req: Request) -> Response:
        return Response(200, {"Content-Type": "application/json"}, json.dumps(doc).encode())

    return OfficeClient(record, FakeTransport(handler), None)


@pytest.mark.parametrize(
    ("endpoints", "reason"),
    [
        (["files"], "not an object"),
        ({"uploads": 7}, "'uploads' is not a URL path"),
        ({"uploads": "http://example.org/files/"}, "plain http"),
        ({"filings": "ftp://127.0.0.1/filings"}, "only https"),
    ],
)
def test_unusable_endpoints_are_the_offices_fault(endpoints: object, reason: str) -> None:
    with pytest.raises(VerificationError, match=reason):
        _client(endpoints).check_office()


def test_relative_and_https_endpoints_are_used() -> None:
    client = _client({"uploads": "/up/", "filings": "https://files.example.org/filings"})
    client.check_office()
    assert client._url("uploads") == "http://127.0.0.1:9/up/"
    assert client._url("filings") == "https://files.example.org/filings"
