"""Everything a printed filing receipt states, gathered from what the office signed.

The office's signed receipt gives the application number, filing date-time (with its
offset), the office's name and its digest of the package; the package we sent gives the
kind, the mark or title, the applicants and the fees quoted when it was signed. The
signature is checked again against the pinned certificate when the details are read, so a
printout only says "verified" about a signature that verifies now.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from filingassist.errors import FilingError, NotFound
from filingassist.formdefs import get_form
from filingassist.model.walk import group_items, title_of
from filingassist.packaging.container import SafeZipReader
from filingassist.sync.receipts import check_signature, fingerprint

#: The applicants group and its name field, in every form definition (tied by a test).
APPLICANTS_GROUP = "applicants"
APPLICANT_NAME = "name"
APPLICATION_JSON = "application.json"
MANIFEST_JSON = "manifest.json"


@dataclass(frozen=True)
class ReceiptDetails:
    """One stored receipt, as a person reads it."""

    package_id: str
    application_number: str
    #: ISO 8601 with the office's UTC offset, as the office signed it.
    filed_at: str
    received_at: str
    office_code: str
    office_name: str
    #: ``filing`` or ``response`` (to notice ``responds_to_notice``).
    receipt_kind: str
    late: bool
    responds_to_notice: int | None
    #: sha256 of the package file, as the office computed it.
    package_digest: str
    #: The receipt's CMS signature verifies against the pinned office certificate.
    signature_verified: bool
    certificate_fingerprint: str
    #: From the package: trademark, madrid or patent ('' if the package is not here).
    application_kind: str = ""
    title: str = ""
    applicants: tuple[str, ...] = ()
    reference: str = ""
    #: The fee quote the package was signed with (``Quote.as_dict``), None if none.
    fees: dict[str, Any] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def receipt_details(db: Database, package_id: str) -> ReceiptDetails:
    """The details of the receipt for ``package_id``.

    Raises:
        NotFound: no receipt for that package here.
    """
    rows = list(db.query("SELECT * FROM receipts WHERE package_id = ?", [package_id]))
    if not rows:
        raise NotFound(f"no receipt for package {package_id}")
    row = rows[0]
    body = json.loads(bytes(row["receipt"]))
    office = _office(db, str(row["office"]))
    verified, cert_fp = _verify(row, office)
    named = body.get("office") if isinstance(body.get("office"), dict) else {}
    digests = {f.get("name"): f.get("sha256") for f in body.get("files") or []}
    details = ReceiptDetails(
        package_id=package_id,
        application_number=str(row["application_number"]),
        filed_at=str(row["filed_at"]),
        received_at=str(row["received_at"] or ""),
        office_code=str(row["office"]),
        office_name=str(named.get("name") or office.get("name") or row["office"]),
        receipt_kind=str(row.get("kind") or "filing"),
        late=bool(row.get("late")),
        responds_to_notice=row.get("responds_to_notice"),
        package_digest=str(digests.get("package") or ""),
        signature_verified=verified,
        certificate_fingerprint=cert_fp,
    )
    return _with_package(db, details)


def _office(db: Database, code: str) -> dict[str, Any]:
    rows = list(db.query("SELECT name, cert_pem FROM offices WHERE code = ?", [code]))
    return rows[0] if rows else {}


def _verify(row: dict[str, Any], office: dict[str, Any]) -> tuple[bool, str]:
    cert = str(office.get("cert_pem") or "")
    if not cert:
        return False, ""
    try:
        check_signature(bytes(row["receipt"]), bytes(row["signature"]), cert)
        return True, fingerprint(cert)
    except FilingError:
        return False, fingerprint(cert)


def _with_package(db: Database, details: ReceiptDetails) -> ReceiptDetails:
    """Add kind, title, applicants and fees from the package file, when it is still here."""
    rows = list(db.query("SELECT path FROM outbox WHERE package_id = ?", [details.package_id]))
    path = Path(rows[0]["path"]) if rows else None
    if path is None or not path.is_file():
        return details
    try:
        with SafeZipReader(path) as reader:
            manifest = json.loads(reader.read(MANIFEST_JSON))
            document = json.loads(reader.read(APPLICATION_JSON))
        form = get_form(str(document["form"]), int(document["form_version"]))
        data = document.get("data") or {}
    except (FilingError, ValueError, KeyError, TypeError, OSError):
        return details
    names = tuple(
        str(item.get(APPLICANT_NAME)).strip()
        for _, item in group_items(form, data, APPLICANTS_GROUP)
        if isinstance(item, dict) and str(item.get(APPLICANT_NAME) or "").strip()
    )
    fees = manifest.get("fee_quote")
    return ReceiptDetails(
        **{
            **details.__dict__,
            "application_kind": str(document.get("kind") or ""),
            "title": title_of(form, data),
            "applicants": names,
            "reference": str(manifest.get("applicant_reference") or ""),
            "fees": fees if isinstance(fees, dict) else None,
        }
    )
