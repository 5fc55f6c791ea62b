"""Checking what the office signs: receipts and notices.

A receipt is only accepted when (1) its CMS signature verifies against the office
certificate the user pinned by fingerprint when adding the office, (2) it names the
package id we submitted, (3) its digest of the package equals the digest of the bytes
we sent, and (4) the office certificate was valid at the receipt's filing time (a notice:
at its issue time), so a key the office has retired cannot produce new receipts.
Anything else leaves the package not filed.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from filingassist.errors import VerificationError


@dataclass(frozen=True)
class Receipt:
    package_id: str
    application_number: str
    filed_at: str
    body: bytes
    signature: bytes
    document: dict[str, Any]
    #: ``filing`` (a new application) or ``response`` (to ``responds_to_notice``).
    kind: str = "filing"
    responds_to_notice: int | None = None
    #: A response filed after the notice's deadline (the office decides what it is worth).
    late: bool = False


@dataclass(frozen=True)
class Notice:
    seq: int
    application_number: str
    package_id: str
    kind: str
    text: str
    issued_at: str
    deadline: str | None
    body: bytes
    signature: bytes


def fingerprint(cert_pem: str) -> str:
    """SHA-256 fingerprint of a PEM certificate, colon-separated upper-case hex."""
    cert = load_cert(cert_pem)
    digest = hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def normalise_fingerprint(value: str) -> str:
    hexdigits = "".join(c for c in value.upper() if c in "0123456789ABCDEF")
    return ":".join(hexdigits[i : i + 2] for i in range(0, len(hexdigits), 2))


def load_cert(cert_pem: str) -> x509.Certificate:
    try:
        return x509.load_pem_x509_certificate(cert_pem.encode("ascii"))
    except (ValueError, UnicodeEncodeError) as exc:
        raise VerificationError(f"office certificate: not a PEM certificate ({exc})") from exc


def check_signature(body: bytes, signature: bytes, cert_pem: str) -> None:
    """The signature must verify and its signer must be the pinned office certificate.

    The pinned certificate is the whole path, so there is no chain to validate; its
    validity is judged at the date the office signed into the document
    (``check_valid_at``), which the pin makes trustworthy, rather than at the moment of
    checking.
    """
    from filingassist.packaging.cms import SignerNotValid, verify_detached

    pinned = load_cert(cert_pem)
    try:
        info = verify_detached(signature, body, trusted=[pinned])
    except SignerNotValid as exc:
        info = exc.info  # note: the signature itself verified; the date is checked after
    if info.signer != pinned:
        raise VerificationError("signed by a certificate other than the office's pinned one")


def check_valid_at(cert_pem: str, when_text: str, what: str) -> dt.datetime:
    """The signed date-time must carry a time zone and the office certificate cover it.

    Raises:
        VerificationError: naming ``what`` (receipt, notice) and the reason.
    """
    from filingassist.packaging.cms import check_validity

    try:
        when = dt.datetime.fromisoformat(when_text)
    except ValueError as exc:
        raise VerificationError(f"{what}: date-time {when_text!r} is not ISO 8601") from exc
    if when.tzinfo is None:
        raise VerificationError(f"{what}: date-time {when_text!r} has no time zone")
    try:
        check_validity(load_cert(cert_pem), when)
    except VerificationError as exc:
        raise VerificationError(f"{what}: office {exc}") from exc
    return when


def _b64(value: Any, what: str) -> bytes:
    try:
        return base64.b64decode(str(value), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise VerificationError(f"{what}: not base64") from exc


def verify_receipt(
    answer: dict[str, Any], cert_pem: str, package_id: str, package_sha256: str
) -> Receipt:
    """Check the office's answer to a submit; return the receipt or raise VerificationError."""
    body = _b64(answer.get("receipt"), "receipt")
    signature = _b64(answer.get("signature"), "receipt signature")
    return verify_receipt_bytes(body, signature, cert_pem, package_id, package_sha256)


def verify_batch_result(
    result: dict[str, Any], cert_pem: str, package_id: str, package_sha256: str
) -> Receipt:
    """Check one package's receipt from a batch answer: the document comes as its text and
    the signature without the office certificate, which the pinned one replaces (so the
    stored signature is the very one the office keeps, certificate included)."""
    document = result.get("document")
    if not isinstance(document, str):
        raise VerificationError("receipt: the batch answer has no receipt document")
    signature = _b64(result.get("signature"), "receipt signature")
    return verify_receipt_bytes(
        document.encode("utf-8"), signature, cert_pem, package_id, package_sha256
    )


def verify_receipt_bytes(
    body: bytes, signature: bytes, cert_pem: str, package_id: str, package_sha256: str
) -> Receipt:
    """The checks of the module docstring on a receipt's bytes and its CMS signature.

    A signature sent without certificates (the office leaves out the one the client
    pinned) gets the pinned certificate back first: what is stored is then the very
    signature the office keeps, which verifies on its own (``openssl cms -verify``)."""
    from filingassist.packaging.bundle import with_certificate_if_missing

    cert_der = load_cert(cert_pem).public_bytes(serialization.Encoding.DER)
    signature = with_certificate_if_missing(signature, cert_der)
    check_signature(body, signature, cert_pem)
    try:
        doc = json.loads(body)
        files = {f["name"]: f["sha256"] for f in doc["files"]}
        app_no, filed_at = str(doc["application_number"]), str(doc["filed_at"])
    except (ValueError, KeyError, TypeError) as exc:
        raise VerificationError(f"receipt: malformed ({exc})") from exc
    if doc.get("package_id") != package_id:
        raise VerificationError(f"receipt: names package {doc.get('package_id')}, not {package_id}")
    if files.get("package") != package_sha256:
        raise VerificationError(
            "receipt: the office's digest of the package differs from what was sent"
        )
    check_valid_at(cert_pem, filed_at, "receipt")
    kind, notice, late = _response_fields(doc)
    return Receipt(package_id, app_no, filed_at, body, signature, doc, kind, notice, late)


def _response_fields(doc: dict[str, Any]) -> tuple[str, int | None, bool]:
    """(kind, notice answered, late) of a receipt; a receipt without ``kind`` is a filing."""
    kind = doc.get("kind", "filing")
    if kind == "filing":
        return "filing", None, False
    if kind != "response":
        raise VerificationError(f"receipt: unknown kind {kind!r}")
    target = doc.get("responds_to")
    notice = target.get("notice") if isinstance(target, dict) else None
    if not isinstance(notice, int) or isinstance(notice, bool):
        raise VerificationError("receipt: a response receipt must name the notice it answers")
    if not isinstance(doc.get("late"), bool):
        raise VerificationError("receipt: a response receipt must say whether it is late")
    return "response", notice, bool(doc["late"])


def verify_notice(item: dict[str, Any], cert_pem: str) -> Notice:
    """Check one signed notice from ``GET /notices``."""
    if not isinstance(item, dict):
        raise VerificationError("notice: not an object")
    body = _b64(item.get("notice"), "notice")
    signature = _b64(item.get("signature"), "notice signature")
    check_signature(body, signature, cert_pem)
    try:
        doc = json.loads(body)
        notice = Notice(
            int(item["seq"]),
            str(doc["application_number"]),
            str(doc.get("package_id") or ""),
            str(doc["kind"]),
            str(doc.get("text") or ""),
            str(doc["issued_at"]),
            doc.get("deadline"),
            body,
            signature,
        )
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise VerificationError(f"notice: malformed ({exc})") from exc
    check_valid_at(cert_pem, notice.issued_at, "notice")
    _check_deadline(notice.deadline)
    return notice


def _check_deadline(deadline: object) -> None:
    """None or an ISO date: it is stored and every listing computes the days left from it."""
    if deadline is None:
        return
    try:
        if isinstance(deadline, str):
            dt.date.fromisoformat(deadline)
            return
    except ValueError:
        pass
    raise VerificationError(f"notice: deadline {deadline!r} is not a date (YYYY-MM-DD)")
