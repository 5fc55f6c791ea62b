"""Responses to notices: a signed package answering a notice about an existing application.

A response is not a new application. It keeps the application number of the filing the
notice is about, and its receipt says which notice it answers and whether it arrived after
the notice's deadline. A late response is still received: what it is worth is for the
office to decide later, but the filer must be able to prove when it was filed.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from filingassist.office.database import OfficeDB


@dataclass(frozen=True)
class Target:
    """The notice a response answers, as the office recorded it."""

    application_number: str
    notice: int
    deadline: str | None

    def as_json(self, office_code: str) -> dict[str, Any]:
        return {
            "office": office_code,
            "application_number": self.application_number,
            "notice": self.notice,
        }


def find_target(
    db: OfficeDB, office_code: str, account: str, value: Any
) -> tuple[Target | None, list[str]]:
    """Check the manifest's ``responds_to`` against this office's records.

    The application must have been filed by the same account (an application of another
    account and one that does not exist get the same answer, so nothing leaks), and the
    notice must have been issued about that application.
    """
    reasons = _shape_problems(office_code, value)
    if reasons:
        return None, reasons
    app_no, seq = str(value["application_number"]), int(value["notice"])
    row = db.execute(
        "SELECT account FROM filings WHERE application_number = ?", [app_no]
    ).fetchone()
    if row is None or row[0] != account:
        return None, [f"responds_to: no application {app_no} was filed by this account"]
    notice = db.execute(
        "SELECT body FROM notices WHERE seq = ? AND application_number = ? AND account = ?",
        [seq, app_no, account],
    ).fetchone()
    if notice is None:
        return None, [f"responds_to: notice {seq} does not exist for application {app_no}"]
    deadline = json.loads(bytes(notice[0])).get("deadline")
    return Target(app_no, seq, str(deadline) if deadline else None), []


def _shape_problems(office_code: str, value: Any) -> list[str]:
    if not isinstance(value, dict):
        return ["manifest.json: responds_to must be an object {office, application_number, notice}"]
    reasons = []
    if value.get("office") != office_code:
        reasons.append(
            f"manifest.json: responds_to.office is {value.get('office')!r}, "
            f"this office is {office_code!r}"
        )
    app_no = value.get("application_number")
    if not isinstance(app_no, str) or not app_no or len(app_no) > 64:
        reasons.append("manifest.json: responds_to.application_number must be a non-empty string")
    seq = value.get("notice")
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
        reasons.append("manifest.json: responds_to.notice must be a notice number (integer ≥ 1)")
    return reasons


def is_late(target: Target, filed_at: dt.datetime) -> bool:
    """Filed after the deadline day, by the office's calendar (the deadline day itself is
    in time)."""
    if target.deadline is None:
        return False
    return filed_at.date() > dt.date.fromisoformat(target.deadline)


def store(
    db: OfficeDB,
    account: str,
    package_id: str,
    target: Target,
    filed_at: dt.datetime,
    late: bool,
    receipt: bytes,
    signature: bytes,
    package_sha256: str,
) -> None:
    """Record the response inside the caller's transaction."""
    db.execute(
        "INSERT INTO responses(package_id, account, application_number, notice_seq, filed_at, "
        "late, receipt, signature, package_sha256) VALUES (?,?,?,?,?,?,?,?,?)",
        [
            package_id,
            account,
            target.application_number,
            target.notice,
            filed_at.isoformat(),
            int(late),
            receipt,
            signature,
            package_sha256,
        ],
    )
