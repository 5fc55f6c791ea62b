"""Receipts and notices are accepted only inside the office certificate's validity."""

from __future__ import annotations

import base64
import datetime as dt
import json

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from filingassist.errors import VerificationError
from filingassist.packaging.cms import sign_detached
from filingassist.packaging.keys import self_signed_certificate
from filingassist.sync.receipts import verify_notice, verify_receipt

NOW = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)
PID = "a" * 64
SHA = "b" * 64


@pytest.fixture(scope="module")
def office() -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate, str]:
    key = ec.generate_private_key(ec.SECP256R1())
    cert = self_signed_certificate(
        key, "Office receipts", None, NOW - dt.timedelta(days=10), NOW + dt.timedelta(days=10)
    )
    return key, cert, cert.public_bytes(serialization.Encoding.PEM).decode("ascii")


def _answer(office: tuple, filed_at: dt.datetime, **extra: object) -> dict[str, str]:
    key, cert, _ = office
    doc = {
        "application_number": "XX-2026-000001",
        "filed_at": extra.pop("filed_at_text", filed_at.isoformat()),
        "package_id": PID,
        "files": [{"name": "package", "sha256": SHA}],
    }
    body = json.dumps(doc).encode()
    sig = sign_detached(body, key, cert, filed_at)
    return {"receipt": base64.b64encode(body).decode(), "signature": base64.b64encode(sig).decode()}


def _notice(office: tuple, issued_at: dt.datetime, deadline: object = None) -> dict[str, object]:
    key, cert, _ = office
    doc = {
        "application_number": "XX-1",
        "kind": "other",
        "issued_at": issued_at.isoformat(),
        "deadline": deadline,
    }
    body = json.dumps(doc).encode()
    sig = sign_detached(body, key, cert, issued_at)
    return {
        "seq": 1,
        "notice": base64.b64encode(body).decode(),
        "signature": base64.b64encode(sig).decode(),
    }


def test_receipt_inside_validity_is_accepted(office: tuple) -> None:
    receipt = verify_receipt(_answer(office, NOW), office[2], PID, SHA)
    assert receipt.application_number == "XX-2026-000001"


@pytest.mark.parametrize("shift", [dt.timedelta(days=11), -dt.timedelta(days=11)])
def test_receipt_filed_outside_certificate_validity_is_refused(
    office: tuple, shift: dt.timedelta
) -> None:
    answer = _answer(office, NOW + shift)
    with pytest.raises(VerificationError, match="receipt: office certificate"):
        verify_receipt(answer, office[2], PID, SHA)


def test_receipt_with_unreadable_filing_time_is_a_verification_error(office: tuple) -> None:
    answer = _answer(office, NOW, filed_at_text="yesterday")
    with pytest.raises(VerificationError, match="receipt: date-time 'yesterday'"):
        verify_receipt(answer, office[2], PID, SHA)


def test_notice_issued_outside_certificate_validity_is_refused(office: tuple) -> None:
    assert verify_notice(_notice(office, NOW), office[2]).issued_at == NOW.isoformat()
    with pytest.raises(VerificationError, match="notice: office certificate expired"):
        verify_notice(_notice(office, NOW + dt.timedelta(days=30)), office[2])


@pytest.mark.parametrize("deadline", ["soon", {"date": "2026-07-01"}, 20260701, "2026-02-30"])
def test_notice_with_a_deadline_that_is_not_a_date_is_refused(
    office: tuple, deadline: object
) -> None:
    assert verify_notice(_notice(office, NOW, "2026-07-01"), office[2]).deadline == "2026-07-01"
    with pytest.raises(VerificationError, match="notice: deadline .* is not a date"):
        verify_notice(_notice(office, NOW, deadline), office[2])
