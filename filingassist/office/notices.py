"""Office communications about a filing, each signed like a receipt.

Notices are numbered by a sequence the client uses as its cursor (``GET /notices?since=N``),
so a client that was offline for weeks fetches exactly what it missed.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from filingassist.errors import NotFound, UsageError
from filingassist.office.filing import Office

KINDS = ("acknowledgement", "irregularity", "registration", "refusal", "other")
PAGE = 100
#: The largest cursor (a signed 64-bit sequence number, as both databases store it).
MAX_CURSOR = 2**63 - 1


def issue(
    office: Office, application_number: str, kind: str, text: str, deadline_days: int | None = None
) -> dict[str, Any]:
    """Sign and store a notice for the filer of ``application_number``; return its body."""
    if kind not in KINDS:
        raise UsageError(f"notice kind must be one of {', '.join(KINDS)}")
    db = office.db()
    try:
        row = db.execute(
            "SELECT account, package_id FROM filings WHERE application_number = ?",
            [application_number],
        ).fetchone()
        if row is None:
            raise NotFound(f"no filing with application number {application_number}")
        issued = dt.datetime.now().astimezone().replace(microsecond=0)
        body: dict[str, Any] = {
            "type": "office-notice",
            "version": 1,
            "office": {"code": office.identity.code, "name": office.identity.name},
            "application_number": application_number,
            "package_id": row[1],
            "kind": kind,
            "text": text,
            "issued_at": issued.isoformat(),
            "deadline": (issued.date() + dt.timedelta(days=deadline_days)).isoformat()
            if deadline_days is not None
            else None,
        }
        raw = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
        sig = office.services.sign_detached(raw, office.identity.key, office.identity.cert, issued)
        with db.write():
            db.execute(
                "INSERT INTO notices(account, application_number, body, signature, issued_at) "
                "VALUES (?,?,?,?,?)",
                [row[0], application_number, raw, sig, issued.isoformat()],
            )
        return body
    finally:
        db.close()


def since(
    office: Office, account: str, cursor: int, limit: int = PAGE
) -> list[tuple[int, bytes, bytes]]:
    """The account's notices after ``cursor`` as (seq, body bytes, signature), oldest first."""
    db = office.db()
    try:
        rows = db.execute(
            "SELECT seq, body, signature FROM notices WHERE account = ? AND seq > ? "
            "ORDER BY seq LIMIT ?",
            [account, cursor, min(max(limit, 1), PAGE)],
        ).fetchall()
        return [(int(r[0]), bytes(r[1]), bytes(r[2])) for r in rows]
    finally:
        db.close()
