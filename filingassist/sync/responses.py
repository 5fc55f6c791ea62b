"""The filer's side of responses to notices: which package answers which notice.

A package whose manifest carries ``responds_to`` is linked to that notice when it is
queued (whether it was made here or queued from a file), so the notices list can say
whether a response went out and what the office made of it. When the receipt comes back
it must say it is a response to that very notice: an office answering with a new
application number, or about another notice, is not accepted as proof of the response.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlite_utils import Database

from filingassist.errors import InputError, NotFound, VerificationError
from filingassist.sync.receipts import Receipt


def responds_to_of(manifest: dict[str, Any], where: str) -> dict[str, Any] | None:
    """The manifest's ``responds_to``, checked for shape; None when it has none."""
    value = manifest.get("responds_to")
    if value is None:
        return None
    if (
        not isinstance(value, dict)
        or not isinstance(value.get("office"), str)
        or not isinstance(value.get("application_number"), str)
        or not isinstance(value.get("notice"), int)
        or isinstance(value.get("notice"), bool)
    ):
        raise InputError(
            "responds_to must be {office, application_number, notice}", f"{where}!manifest.json"
        )
    return value


def check_office(responds_to: dict[str, Any], office: str, where: str) -> None:
    """A response can only be queued for the office whose notice it answers."""
    if responds_to["office"] != office:
        raise InputError(
            f"the package responds to a notice of office {responds_to['office']}, "
            f"but is queued for {office}",
            where,
        )


def record(db: Database, package_id: str, office: str, responds_to: dict[str, Any]) -> None:
    """Link a queued package to the notice it answers (inside the caller's transaction)."""
    check_office(responds_to, office, package_id)
    db.execute(
        "INSERT OR IGNORE INTO responses(package_id, office, application_number, notice_seq, "
        "created_at) VALUES (?,?,?,?,?)",
        [
            package_id,
            office,
            responds_to["application_number"],
            responds_to["notice"],
            dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        ],
    )


def check_receipt(db: Database, receipt: Receipt) -> None:
    """A response's receipt must name the same application and notice; a filing's must not
    claim to be a response."""
    row = db.execute(
        "SELECT application_number, notice_seq FROM responses WHERE package_id = ?",
        [receipt.package_id],
    ).fetchone()
    if row is None:
        if receipt.kind != "filing":
            raise VerificationError(f"receipt: kind {receipt.kind!r} for a new application")
        return
    if receipt.kind != "response":
        raise VerificationError("receipt: the office filed a response as a new application")
    if receipt.application_number != row[0] or receipt.responds_to_notice != row[1]:
        raise VerificationError(
            f"receipt: answers notice {receipt.responds_to_notice} of "
            f"{receipt.application_number}, not notice {row[1]} of {row[0]}"
        )


#: The newest response to each notice, with its outbox state and receipt (if any).
_NOTICES_SQL = """
SELECT n.office, n.seq, n.application_number, n.package_id, n.kind, n.text, n.issued_at,
       n.deadline, r.package_id AS response_package_id, o.state AS response_state,
       rc.filed_at AS response_filed_at, rc.late AS response_late
FROM notices n
LEFT JOIN responses r ON r.package_id = (
    SELECT r2.package_id FROM responses r2 JOIN outbox o2 ON o2.package_id = r2.package_id
    WHERE r2.office = n.office AND r2.notice_seq = n.seq
    ORDER BY (o2.state = 'refused'), r2.created_at DESC, r2.rowid DESC LIMIT 1)
LEFT JOIN outbox o ON o.package_id = r.package_id
LEFT JOIN receipts rc ON rc.package_id = r.package_id
ORDER BY n.office, n.seq
"""


def notices_with_responses(db: Database) -> list[dict[str, Any]]:
    """Stored notices; each says whether a response was sent and what became of it.

    ``response_state`` is the outbox state of the response (``receipted`` once the office
    receipted it) or None; ``response_late`` is the office's verdict on the deadline. A
    refused response is shown only while no other response to the notice exists.
    """
    rows = []
    for row in db.query(_NOTICES_SQL):
        late = row["response_late"]
        rows.append({**row, "response_late": None if late is None else bool(late)})
    return rows


def notice_target(db: Database, office: str, seq: int) -> tuple[dict[str, Any], str | None]:
    """(``responds_to`` for a response to notice ``seq`` of ``office``, the draft the
    application was filed from here, or None when it was filed elsewhere)."""
    row = db.execute(
        "SELECT application_number FROM notices WHERE office = ? AND seq = ?", [office, seq]
    ).fetchone()
    if row is None:
        raise NotFound(f"no notice {seq} from office {office} here (sync to fetch notices)")
    app_no = str(row[0])
    filed = db.execute(
        "SELECT p.draft_id FROM receipts rc JOIN packages p ON p.package_id = rc.package_id "
        "WHERE rc.office = ? AND rc.application_number = ? AND rc.kind = 'filing' "
        "AND p.draft_id != ''",
        [office, app_no],
    ).fetchone()
    target = {"office": office, "application_number": app_no, "notice": seq}
    return target, None if filed is None else str(filed[0])
