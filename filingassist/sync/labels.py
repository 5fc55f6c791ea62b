"""Readable labels of packages (kind, mark or title, applicants) for the outbox and receipts.

A package id is a hash no one can read. The label comes from the package's own
``application.json`` (what was signed, also for a package queued from a file made
elsewhere), is read once per package and kept in ``package_labels``; the lists join it,
so a refresh of 10,000 rows is one query, not 10,000 archive reads.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from filingassist.errors import FilingError
from filingassist.formdefs import get_form
from filingassist.model.walk import group_items, title_of
from filingassist.packaging.container import SafeZipReader
from filingassist.sync.outbox import OutboxItem, transaction
from filingassist.sync.receiptinfo import (
    APPLICANT_NAME,
    APPLICANTS_GROUP,
    APPLICATION_JSON,
    MANIFEST_JSON,
)

#: Applicants are stored joined by this (a name never holds a line break: it is one line).
SEPARATOR = "\n"


@dataclass(frozen=True)
class PackageLabel:
    """What identifies a package for a person; empty strings when the file is gone."""

    kind: str = ""
    title: str = ""
    applicants: tuple[str, ...] = ()
    #: the applicant's (or agent's) own reference, when the form has one
    reference: str = ""


def read_label(path: Path) -> PackageLabel:
    """The label of a package file; an empty label if it is gone or unreadable (the row
    still shows its state; the package itself was checked when it was queued)."""
    try:
        with SafeZipReader(path) as reader:
            manifest = json.loads(reader.read(MANIFEST_JSON))
            document = json.loads(reader.read(APPLICATION_JSON))
        form = get_form(str(document["form"]), int(document["form_version"]))
        data = document.get("data") or {}
    except (FilingError, ValueError, KeyError, TypeError, OSError):
        return PackageLabel()
    names = tuple(
        " ".join(str(item.get(APPLICANT_NAME)).split())
        for _, item in group_items(form, data, APPLICANTS_GROUP)
        if isinstance(item, dict) and str(item.get(APPLICANT_NAME) or "").strip()
    )
    reference = manifest.get("applicant_reference") if isinstance(manifest, dict) else ""
    return PackageLabel(
        str(document.get("kind") or ""), title_of(form, data), names, str(reference or "")
    )


def _from_row(row: dict[str, Any]) -> PackageLabel | None:
    if row.get("label_id") is None:
        return None
    applicants = str(row.get("label_applicants") or "")
    return PackageLabel(
        str(row.get("label_kind") or ""),
        str(row.get("label_title") or ""),
        tuple(a for a in applicants.split(SEPARATOR) if a),
        str(row.get("label_reference") or ""),
    )


_LABEL_COLUMNS = (
    "l.package_id AS label_id, l.kind AS label_kind, l.title AS label_title, "
    "l.applicants AS label_applicants, l.reference AS label_reference, "
    "f.name AS office_name"
)


#: Ids per query when rows are asked by id (below SQLite's limit on parameters).
CHUNK = 500


def outbox_rows(
    db: Database, package_ids: list[str] | None = None
) -> list[tuple[OutboxItem, PackageLabel, str]]:
    """Every outbox row (or those of ``package_ids``) with its label and office name,
    oldest first; labels not read yet are read from the package files now, and kept."""
    sql = (
        f"SELECT o.*, {_LABEL_COLUMNS} FROM outbox o "  # noqa: S608 - constant columns
        "LEFT JOIN package_labels l ON l.package_id = o.package_id "
        "LEFT JOIN offices f ON f.code = o.office"
    )
    order = " ORDER BY o.created_at, o.package_id"
    if package_ids is None:
        rows = list(db.query(sql + order))
    else:
        rows = []
        for start in range(0, len(package_ids), CHUNK):
            chunk = package_ids[start : start + CHUNK]
            marks = ",".join("?" * len(chunk))
            rows += db.query(f"{sql} WHERE o.package_id IN ({marks}){order}", chunk)
    labels = _labels(db, rows)
    out = []
    for row in rows:
        name = str(row.get("office_name") or "")
        fields = {k: v for k, v in row.items() if not k.startswith("label_") and k != "office_name"}
        out.append((OutboxItem.from_row(fields), labels[row["package_id"]], name))
    return out


def receipt_labels(db: Database) -> dict[str, tuple[PackageLabel, str]]:
    """Package id → (label, office name) of every stored receipt."""
    rows = list(
        db.query(
            f"SELECT r.package_id, o.path, {_LABEL_COLUMNS} FROM receipts r "  # noqa: S608
            "LEFT JOIN outbox o ON o.package_id = r.package_id "
            "LEFT JOIN package_labels l ON l.package_id = r.package_id "
            "LEFT JOIN offices f ON f.code = r.office"
        )
    )
    labels = _labels(db, rows)
    return {
        r["package_id"]: (labels[r["package_id"]], str(r.get("office_name") or "")) for r in rows
    }


def _labels(db: Database, rows: list[dict[str, Any]]) -> dict[str, PackageLabel]:
    """The stored label of each row, reading (and storing) the missing ones once."""
    known: dict[str, PackageLabel] = {}
    missing: dict[str, PackageLabel] = {}
    for row in rows:
        label = _from_row(row)
        if label is not None:
            known[row["package_id"]] = label
        elif row.get("path"):
            missing[row["package_id"]] = read_label(Path(row["path"]))
        else:
            known[row["package_id"]] = PackageLabel()
    if missing:
        _store(db, missing)
    return {**known, **missing}


def _store(db: Database, labels: dict[str, PackageLabel]) -> None:
    with transaction(db):
        db.conn.executemany(
            "INSERT OR REPLACE INTO package_labels(package_id, kind, title, applicants, "
            "reference) VALUES (?,?,?,?,?)",
            [
                (pid, lab.kind, lab.title, SEPARATOR.join(lab.applicants), lab.reference)
                for pid, lab in labels.items()
            ],
        )
