"""Filing a received upload: verify the package, number it, sign the receipt — once.

Idempotency is keyed by the package id (SHA-256 of the package's ``manifest.json``): the
first successful submit stores the receipt bytes and their signature, and every later
submit of the same id returns exactly those bytes. A refusal caused by the package's own
content is stored the same way; a damaged upload (digest differs from the one the client
declared) is not a refusal — the client is told to upload again.

A package whose manifest has ``responds_to`` answers a notice: it is recorded as a response
to the existing application (see ``responses.py``), not numbered as a new one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from filingassist.errors import UploadProblem
from filingassist.fsutil import write_atomic
from filingassist.office import responses, store, uploads
from filingassist.office.identity import OfficeIdentity

#: Package format versions this office accepts (``format_version`` in manifest.json).
ACCEPTED_FORMAT_VERSIONS = (1,)

_submit_lock = threading.Lock()


@dataclass(frozen=True)
class Services:
    """The package crypto the office relies on (``filingassist.packaging`` by default)."""

    sign_detached: Callable[..., bytes]
    verify_package: Callable[..., Any]


def default_services() -> Services:
    """The real CMS signer and package verifier from ``filingassist.packaging``."""
    from filingassist.packaging import cms, verify

    return Services(cms.sign_detached, verify.verify_package)


@dataclass(frozen=True)
class Outcome:
    """``status`` is ``filed`` (new), ``replayed`` (seen before) or ``refused``;
    ``kind`` is ``filing`` (a new application) or ``response`` (to a notice)."""

    status: str
    receipt: bytes = b""
    signature: bytes = b""
    application_number: str = ""
    reasons: tuple[str, ...] = ()
    kind: str = "filing"


@dataclass(frozen=True)
class Office:
    """Everything a submit needs: identity, data folder, crypto, limits."""

    identity: OfficeIdentity
    data_dir: Path
    services: Services
    max_package_size: int
    #: Seconds an upload may sit untouched before ``expire_uploads`` removes it.
    upload_ttl: float = uploads.DEFAULT_UPLOAD_TTL

    def db(self) -> sqlite_utils.Database:
        return store.open_db(self.data_dir)


def expire_uploads(office: Office) -> int:
    """Remove uploads untouched for ``office.upload_ttl``; under the submit lock, so an
    upload being filed is never removed under the submit reading it."""
    with _submit_lock:
        return uploads.remove_stale(office.data_dir / "uploads", office.upload_ttl)


def previous_outcome(db: sqlite_utils.Database, package_id: str, account: str) -> Outcome | None:
    """The stored answer for a package id, if the office has already decided on it."""
    for table, kind in (("filings", "filing"), ("responses", "response")):
        row = db.execute(
            "SELECT receipt, signature, application_number, account "  # noqa: S608 - fixed names
            f"FROM {table} WHERE package_id = ?",
            [package_id],
        ).fetchone()
        if row is not None:
            if row[3] != account:
                # note: final, so a refusal; a 409 made the client resume and resubmit for ever
                return Outcome("refused", reasons=("package: filed by another account",))
            return Outcome("replayed", bytes(row[0]), bytes(row[1]), row[2], kind=kind)
    row = db.execute(
        "SELECT reasons FROM refusals WHERE package_id = ? AND account = ?", [package_id, account]
    ).fetchone()
    return None if row is None else Outcome("refused", reasons=tuple(json.loads(row[0])))


def submit(office: Office, account: str, upload_path: Path, package_id: str) -> Outcome:
    """File the completed upload at ``upload_path`` as ``package_id`` for ``account``."""
    with _submit_lock:
        db = office.db()
        try:
            known = previous_outcome(db, package_id, account)
            if known is not None:
                return known
            data, info = _read_upload(upload_path, office.max_package_size)
            report = office.services.verify_package(data)
            reasons = _check(report, info, package_id)
            manifest = report.manifest or {}
            target = None
            if not reasons and "responds_to" in manifest:
                target, reasons = responses.find_target(
                    db, office.identity.code, account, manifest["responds_to"]
                )
            if reasons:
                _store_refusal(db, account, package_id, reasons)
                outcome = Outcome("refused", reasons=tuple(reasons))
            elif target is not None:
                outcome = _file_response(office, db, account, package_id, data, manifest, target)
            else:
                outcome = _file(office, db, account, package_id, data, manifest)
            # the decision is stored (and a filed package archived): the upload has served
            _remove_upload(upload_path)
            return outcome
        finally:
            db.close()


def _remove_upload(upload_path: Path) -> None:
    for path in (upload_path, upload_path.with_name(upload_path.name + ".info")):
        path.unlink(missing_ok=True)


def _read_upload(upload_path: Path, max_size: int) -> tuple[bytes, dict[str, Any]]:
    info_path = upload_path.with_name(upload_path.name + ".info")
    if not upload_path.is_file() or not info_path.is_file():
        raise UploadProblem("upload not found", 404)
    info = json.loads(info_path.read_text("utf-8"))
    size = info.get("size")
    if size is None or info.get("offset") != size:
        raise UploadProblem("upload not complete", 409)
    if size > max_size:
        raise UploadProblem("package larger than this office accepts", 413)
    data = upload_path.read_bytes()
    if len(data) != size:
        raise UploadProblem("upload size differs from its declared length", 409)
    declared = (info.get("metadata") or {}).get("sha256", "")
    if declared and hashlib.sha256(data).hexdigest() != declared:
        _remove_upload(upload_path)
        raise UploadProblem("upload damaged in transit (digest differs); upload again", 409)
    return data, info


def _check(report: Any, info: dict[str, Any], package_id: str) -> list[str]:
    """The office's own checks; each reason names what is wrong."""
    meta_id = (info.get("metadata") or {}).get("package_id")
    if meta_id != package_id:
        return [f"upload: metadata package_id {meta_id!r} differs from the submitted id"]
    reasons = [str(p) for p in report.problems] if not report.ok else []
    if report.ok and report.package_id != package_id:
        reasons.append(f"package: id is {report.package_id}, not {package_id}")
    version = (report.manifest or {}).get("format_version")
    # note: a manifest without a format_version is the packaging's first format (1).
    if report.ok and version is not None and version not in ACCEPTED_FORMAT_VERSIONS:
        reasons.append(f"manifest.json: format_version {version!r} is not accepted by this office")
    if not reasons and not report.ok:
        reasons.append("package: verification failed")
    return reasons


def _store_refusal(
    db: sqlite_utils.Database, account: str, package_id: str, reasons: list[str]
) -> None:
    db.execute(
        "INSERT OR IGNORE INTO refusals(package_id, account, reasons, refused_at) VALUES (?,?,?,?)",
        [package_id, account, json.dumps(reasons), _now().isoformat()],
    )
    db.conn.commit()


def _file(
    office: Office,
    db: sqlite_utils.Database,
    account: str,
    package_id: str,
    data: bytes,
    manifest: dict[str, Any],
) -> Outcome:
    filed_at = _now()
    _archive(office, package_id, data)
    with db.conn:
        number = store.next_number(db, f"application-{filed_at.year}")
        app_no = f"{office.identity.code}-{filed_at.year}-{number:06d}"
        receipt = _receipt_bytes(office, app_no, filed_at, package_id, data, manifest)
        sig = office.services.sign_detached(
            receipt, office.identity.key, office.identity.cert, filed_at
        )
        db.execute(
            "INSERT INTO filings(package_id, account, application_number, filed_at, receipt, "
            "signature, package_sha256) VALUES (?,?,?,?,?,?,?)",
            [
                package_id,
                account,
                app_no,
                filed_at.isoformat(),
                receipt,
                sig,
                hashlib.sha256(data).hexdigest(),
            ],
        )
    return Outcome("filed", receipt, sig, app_no)


def _archive(office: Office, package_id: str, data: bytes) -> None:
    """Keep the filed package, durably (fsync) before the filing is committed: after a
    power cut the office must not hold a receipt for a package it has lost."""
    write_atomic(office.data_dir / "filings" / f"{package_id}.zip", data)


def _file_response(
    office: Office,
    db: sqlite_utils.Database,
    account: str,
    package_id: str,
    data: bytes,
    manifest: dict[str, Any],
    target: responses.Target,
) -> Outcome:
    """Record a response under the existing application number; its filing date-time is
    what counts against the notice's deadline."""
    filed_at = _now()
    late = responses.is_late(target, filed_at)
    _archive(office, package_id, data)
    extra = {"kind": "response", "responds_to": target.as_json(office.identity.code), "late": late}
    receipt = _receipt_bytes(
        office, target.application_number, filed_at, package_id, data, manifest, extra
    )
    sig = office.services.sign_detached(
        receipt, office.identity.key, office.identity.cert, filed_at
    )
    with db.conn:
        responses.store(
            db,
            account,
            package_id,
            target,
            filed_at,
            late,
            receipt,
            sig,
            hashlib.sha256(data).hexdigest(),
        )
    return Outcome("filed", receipt, sig, target.application_number, kind="response")


def _receipt_bytes(
    office: Office,
    app_no: str,
    filed_at: dt.datetime,
    package_id: str,
    data: bytes,
    manifest: dict[str, Any],
    extra: dict[str, Any] | None = None,
) -> bytes:
    """The receipt document: canonical JSON (sorted keys) so its bytes are what is signed.

    ``extra`` adds keys (a response's ``kind``, ``responds_to`` and ``late``)."""
    files = [{"name": "package", "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}]
    listed = manifest.get("files") or {}
    items = listed.items() if isinstance(listed, dict) else ((f.get("name"), f) for f in listed)
    for name, entry in sorted(items, key=lambda kv: str(kv[0])):
        digest = entry.get("sha256") if isinstance(entry, dict) else entry
        files.append({"name": name, "sha256": digest})
    body = {
        "type": "filing-receipt",
        "version": 1,
        "office": {"code": office.identity.code, "name": office.identity.name},
        "application_number": app_no,
        "filed_at": filed_at.isoformat(),
        "package_id": package_id,
        "files": files,
        **(extra or {}),
    }
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _now() -> dt.datetime:
    """The office clock, with its time zone (the official filing date depends on it)."""
    return dt.datetime.now().astimezone().replace(microsecond=0)
