"""The offices a filer files with: URL, pinned receipt certificate, sealed token, cursor."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from filingassist.errors import NotFound, UsageError, VerificationError
from filingassist.sync import tokens
from filingassist.sync.outbox import transaction
from filingassist.sync.receipts import Notice, fingerprint, normalise_fingerprint


@dataclass(frozen=True)
class OfficeRecord:
    code: str
    name: str
    url: str
    cert_pem: str
    fingerprint: str
    token: str  # sealed (see tokens.py); never printed
    ca_bundle: str | None
    notices_cursor: int

    def unsealed_token(self) -> str | None:
        return tokens.unseal(self.token) if self.token else None


def add(
    db: Database,
    url: str,
    discovery: dict[str, Any],
    confirmed_fingerprint: str,
    token: str | None,
    ca_bundle: str | None = None,
) -> OfficeRecord:
    """Pin an office: its certificate must match the fingerprint the user confirmed."""
    cert_pem = str(discovery.get("receipt_certificate") or "")
    actual = fingerprint(cert_pem)
    if normalise_fingerprint(confirmed_fingerprint) != actual:
        raise VerificationError(
            f"office certificate fingerprint is {actual}, not the one confirmed"
        )
    code = str(discovery.get("code") or "").strip()
    if not code:
        raise UsageError(f"{url}: the office did not say its code")
    with transaction(db):
        db.execute(
            "INSERT OR REPLACE INTO offices(code, name, url, cert_pem, fingerprint, token, "
            "ca_bundle, notices_cursor, added_at) VALUES (?,?,?,?,?,?,?, "
            "COALESCE((SELECT notices_cursor FROM offices WHERE code = ?), 0), ?)",
            [
                code,
                str(discovery.get("name") or code),
                url.rstrip("/"),
                cert_pem,
                actual,
                tokens.seal(token) if token else "",
                ca_bundle,
                code,
                dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            ],
        )
    return get(db, code)


def get(db: Database, code: str | None = None) -> OfficeRecord:
    """One office by code, or the only one when ``code`` is None."""
    if code:
        rows = list(db.query("SELECT * FROM offices WHERE code = ?", [code]))
    else:
        rows = list(db.query("SELECT * FROM offices"))
    if not rows:
        raise NotFound(
            f"office {code} is not set up" if code else "no office is set up (office add URL)"
        )
    if len(rows) > 1:
        raise UsageError("several offices are set up; name one with --office")
    return _record(rows[0])


def all_offices(db: Database) -> list[OfficeRecord]:
    return [_record(r) for r in db.query("SELECT * FROM offices ORDER BY code")]


def _record(row: dict[str, Any]) -> OfficeRecord:
    return OfficeRecord(
        row["code"],
        row["name"],
        row["url"],
        row["cert_pem"],
        row["fingerprint"],
        row["token"] or "",
        row["ca_bundle"],
        int(row["notices_cursor"] or 0),
    )


def store_notices(db: Database, office: str, notices: list[Notice], cursor: int) -> None:
    """Store verified notices and advance the cursor in one transaction."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with transaction(db):
        for n in notices:
            db.execute(
                "INSERT OR IGNORE INTO notices(office, seq, application_number, package_id, kind, "
                "text, issued_at, deadline, body, signature, received_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [
                    office,
                    n.seq,
                    n.application_number,
                    n.package_id,
                    n.kind,
                    n.text,
                    n.issued_at,
                    n.deadline,
                    n.body,
                    n.signature,
                    now,
                ],
            )
        db.execute("UPDATE offices SET notices_cursor = ? WHERE code = ?", [cursor, office])


def stored_notices(db: Database) -> list[dict[str, Any]]:
    return list(
        db.query(
            "SELECT office, seq, application_number, package_id, kind, text, issued_at, deadline "
            "FROM notices ORDER BY office, seq"
        )
    )
