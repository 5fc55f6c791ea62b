"""The offices a filer files with: URL, pinned receipt certificate, sealed token, cursor."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
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
    #: What the office declares it receives: kind → office codes (discovery "receives").
    receives: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def unsealed_token(self) -> str | None:
        return tokens.unseal(self.token) if self.token else None

    def receives_for(self, kind: str) -> tuple[str, ...]:
        return self.receives.get(kind, ())


_CODE = re.compile(r"^[A-Z0-9]{2,8}$")
_KIND = re.compile(r"^[a-z][a-z0-9-]{0,30}$")
MAX_DECLARED = 500  # codes per kind: a discovery document is hostile input


def declared_receives(discovery: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """The office's ``receives`` declaration, read as hostile input: kinds and office codes
    of the expected shape only (anything else declares nothing)."""
    raw = discovery.get("receives")
    if not isinstance(raw, dict):
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for kind, codes in raw.items():
        if not isinstance(kind, str) or not _KIND.match(kind) or not isinstance(codes, list):
            continue
        good = [c for c in codes[:MAX_DECLARED] if isinstance(c, str) and _CODE.match(c)]
        out[kind] = tuple(dict.fromkeys(good))
    return out


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
            "ca_bundle, notices_cursor, added_at, receives) VALUES (?,?,?,?,?,?,?, "
            "COALESCE((SELECT notices_cursor FROM offices WHERE code = ?), 0), ?, ?)",
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
                json.dumps({k: list(v) for k, v in declared_receives(discovery).items()}),
            ],
        )
    return get(db, code)


def update_receives(db: Database, code: str, discovery: dict[str, Any]) -> None:
    """Keep the office's declaration as its discovery says now (read on every pass, so an
    office added before offices declared what they receive learns it at the next pass)."""
    declared = json.dumps({k: list(v) for k, v in declared_receives(discovery).items()})
    with transaction(db):
        db.execute(
            "UPDATE offices SET receives = ? WHERE code = ? AND receives != ?",
            [declared, code, declared],
        )


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
        declared_receives({"receives": json.loads(row.get("receives") or "{}")}),
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
