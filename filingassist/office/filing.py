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
import inspect
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filingassist.errors import InputError, UploadProblem
from filingassist.fsutil import write_atomic
from filingassist.office import responses, signers, store, uploads
from filingassist.office.database import OfficeDB
from filingassist.office.identity import OfficeIdentity

#: Package format versions this office accepts (``format_version`` in manifest.json).
ACCEPTED_FORMAT_VERSIONS = (1,)
#: Largest application.json the office reads to learn where an application is filed.
MAX_APPLICATION_JSON = 32 * 1024 * 1024


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
    """Everything a submit needs: identity, data folder, crypto, limits, database."""

    identity: OfficeIdentity
    data_dir: Path
    services: Services
    max_package_size: int
    #: Seconds an upload may sit untouched before ``expire_uploads`` removes it.
    upload_ttl: float = uploads.DEFAULT_UPLOAD_TTL
    #: ``postgresql://…`` for a shared database; None: SQLite in ``data_dir``.
    database: str | None = None
    #: Which signer certificates an account may file with (``signers.POLICIES``).
    signer_policy: str = "first-use"
    #: Kind → office codes the office receives applications for (discovery ``receives``).
    receives: dict[str, list[str]] = field(default_factory=dict)

    def db(self) -> OfficeDB:
        return store.open_db(self.data_dir, self.database)

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"


def expire_uploads(office: Office) -> int:
    """Remove uploads untouched for ``office.upload_ttl`` (one being written is skipped)."""
    db = office.db()
    try:
        return uploads.expire(db, office.uploads_dir, office.upload_ttl)
    finally:
        db.close()


def previous_outcome(db: OfficeDB, package_id: str, account: str) -> Outcome | None:
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


def submit(office: Office, account: str, upload_uid: str, package_id: str) -> Outcome:
    """File the completed upload ``upload_uid`` of ``account`` as ``package_id``.

    Safe under concurrent workers: the slow part (reading, verifying) runs unlocked; the
    decision runs in one write transaction behind ``lock_decisions`` that looks again
    for an earlier decision, so a package id is decided once and numbers are gapless.
    """
    db = office.db()
    try:
        upload = uploads.get(db, upload_uid, account)
        known = previous_outcome(db, package_id, account)
        db.end_read()
        if known is not None:
            if upload is not None:  # a re-upload of what is decided: not kept
                _remove_upload(office, db, upload)
            return known
        if upload is None:
            raise UploadProblem("upload not found", 404)
        if upload.is_bundle:  # note: never a refusal, the package itself may be fine
            raise UploadProblem("that upload is a bundle; submit it to the batch endpoint", 404)
        data = _read_upload(office, db, upload)
        report = _verify(office, data, _now())
        reasons = _check(report, upload.metadata, package_id) or receives_reasons(
            office, report, data
        )
        with db.write():
            db.lock_decisions()
            outcome = previous_outcome(db, package_id, account) or _decide(
                office, db, account, package_id, data, report, reasons
            )
        # the decision is stored (and a filed package archived): the upload has served
        _remove_upload(office, db, upload)
        return outcome
    finally:
        db.close()


def _decide(
    office: Office,
    db: OfficeDB,
    account: str,
    package_id: str,
    data: bytes,
    report: Any,
    reasons: list[str],
    staged: Path | None = None,
) -> Outcome:
    """Inside the decision transaction: refuse, record a response, or file.

    ``staged``: the package already written and fsync-ed beside the archive (a batch
    stages its packages before taking the lock); filing moves it into place."""
    filed_at = _now()
    manifest = report.manifest or {}
    target = None
    if not reasons and "responds_to" in manifest:
        target, reasons = responses.find_target(
            db, office.identity.code, account, manifest["responds_to"]
        )
    if not reasons:
        reasons = _signer_reasons(office, db, account, report, filed_at)
    if reasons:
        _store_refusal(db, account, package_id, reasons, filed_at)
        return Outcome("refused", reasons=tuple(reasons))
    signer = report.signer
    signers.bind(db, account, signer.fingerprint_sha256, signer.subject, "first-use")
    if target is not None:
        return _file_response(
            office, db, account, package_id, data, manifest, target, filed_at, staged
        )
    return _file(office, db, account, package_id, data, manifest, filed_at, staged)


def _signer_reasons(
    office: Office, db: OfficeDB, account: str, report: Any, received_at: dt.datetime
) -> list[str]:
    """The signer's certificate must be valid when the office receives the package (the
    signing time inside it is the signer's own claim), and bound to this account."""
    signer = report.signer
    if signer is None:
        return ["package: no signer"]
    when = received_at.astimezone(dt.UTC)
    if when < signer.not_before:
        return [f"package: the signer's certificate is not valid yet at receipt ({when:%Y-%m-%d})"]
    if when > signer.not_after:
        return [
            f"package: the signer's certificate expired on {signer.not_after:%Y-%m-%d}, "
            f"before the office received the package ({when:%Y-%m-%d %H:%M} UTC)"
        ]
    reason = signers.problem(db, account, signer.fingerprint_sha256, office.signer_policy)
    return [reason] if reason else []


def _verify(office: Office, data: bytes, received_at: dt.datetime) -> Any:
    """Verify with the packaging's API, at the office's time of receipt where the API
    takes a time (the signer's own signing time never decides validity here)."""
    verify = office.services.verify_package
    try:
        takes_time = "at" in inspect.signature(verify).parameters
    except (TypeError, ValueError):
        takes_time = False
    return verify(data, at=received_at) if takes_time else verify(data)


def _remove_upload(office: Office, db: OfficeDB, upload: uploads.Upload) -> None:
    with uploads.locked(uploads.path_of(office.uploads_dir, upload)) as fd:
        if fd is not None:
            uploads.remove(db, office.uploads_dir, upload)


def _read_upload(office: Office, db: OfficeDB, upload: uploads.Upload) -> bytes:
    if upload.length > office.max_package_size:
        raise UploadProblem("package larger than this office accepts", 413)
    with uploads.locked(uploads.path_of(office.uploads_dir, upload)) as fd:
        if fd is None:
            raise UploadProblem("upload still being written; resume it, then submit", 409)
        fresh = uploads.get(db, upload.uid, upload.account) or upload
        if uploads.reconcile(db, fresh, fd) != fresh.length:
            raise UploadProblem("upload not complete", 409)
        data = uploads.path_of(office.uploads_dir, upload).read_bytes()
    if len(data) != upload.length:
        raise UploadProblem("upload size differs from its declared length", 409)
    declared = upload.metadata.get("sha256", "")
    if declared and hashlib.sha256(data).hexdigest() != declared:
        _remove_upload(office, db, upload)
        raise UploadProblem("upload damaged in transit (digest differs); upload again", 409)
    return data


def _check(report: Any, metadata: dict[str, str], package_id: str) -> list[str]:
    """The office's own checks; each reason names what is wrong."""
    meta_id = metadata.get("package_id")
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


def receives_reasons(office: Office, report: Any, data: bytes) -> list[str]:
    """A new application must be of a kind, for an office code, that this office declares
    it receives (discovery ``receives``): the client checks this before queueing, but a
    declaration can narrow after a package was queued, and other clients exist.

    A response to a notice is exempt: it goes to the office that sent the notice, which
    ``responses.find_target`` checks."""
    from filingassist.model.destination import application_destination
    from filingassist.packaging.container import Limits, SafeZipReader

    if "responds_to" in (report.manifest or {}):
        return []
    try:
        with SafeZipReader(data, Limits(max_archive_size=len(data))) as zf:
            if "application.json" not in zf.names:
                return [
                    "package: no application.json, so the office cannot tell which office "
                    "the application is filed with"
                ]
            document = json.loads(zf.read("application.json", MAX_APPLICATION_JSON))
        kind, code = application_destination(document)
    except (InputError, ValueError, KeyError, TypeError, RecursionError) as exc:
        return [f"application.json: cannot be read ({exc})"]
    received = office.receives.get(kind, [])
    if kind and code and code in received:
        return []
    declared = "; ".join(f"{k}: {', '.join(c)}" for k, c in sorted(office.receives.items()))
    return [
        f"application.json: this office does not receive {kind or 'unnamed'} applications "
        f"for office code {code or '(none named)'} (it receives {declared or 'nothing'})"
    ]


def _store_refusal(
    db: OfficeDB, account: str, package_id: str, reasons: list[str], when: dt.datetime
) -> None:
    """Inside the decision transaction; per account, so it answers only that account."""
    db.execute(
        "INSERT INTO refusals(package_id, account, reasons, refused_at) VALUES (?,?,?,?) "
        "ON CONFLICT(package_id, account) DO NOTHING",
        [package_id, account, json.dumps(reasons), when.isoformat()],
    )


def _file(
    office: Office,
    db: OfficeDB,
    account: str,
    package_id: str,
    data: bytes,
    manifest: dict[str, Any],
    filed_at: dt.datetime,
    staged: Path | None = None,
) -> Outcome:
    """Number and record a new application inside the decision transaction."""
    _archive(office, package_id, data, staged)
    number = store.next_number(db, f"application-{filed_at.year}")
    app_no = f"{office.identity.code}-{filed_at.year}-{number:06d}"
    receipt = _receipt_bytes(office, app_no, filed_at, package_id, data, manifest)
    identity = office.identity
    sig = office.services.sign_detached(receipt, identity.key, identity.cert, filed_at)
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


def _archive(office: Office, package_id: str, data: bytes, staged: Path | None = None) -> None:
    """Keep the filed package, durably (fsync) before the filing is committed: after a
    power cut the office must not hold a receipt for a package it has lost.

    A ``staged`` copy (written and fsync-ed before the decision lock was taken) is renamed
    into place; the caller fsyncs the folder before committing (``sync_archive``)."""
    final = archive_dir(office) / f"{package_id}.zip"
    if staged is None:
        write_atomic(final, data)
    else:
        os.replace(staged, final)


def archive_dir(office: Office) -> Path:
    return office.data_dir / "filings"


def sync_archive(office: Office) -> None:
    """Make renames into the archive folder durable (one fsync for a whole batch)."""
    fd = os.open(archive_dir(office), os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _file_response(
    office: Office,
    db: OfficeDB,
    account: str,
    package_id: str,
    data: bytes,
    manifest: dict[str, Any],
    target: responses.Target,
    filed_at: dt.datetime,
    staged: Path | None = None,
) -> Outcome:
    """Record a response under the existing application number; its filing date-time is
    what counts against the notice's deadline."""
    late = responses.is_late(target, filed_at)
    _archive(office, package_id, data, staged)
    extra = {"kind": "response", "responds_to": target.as_json(office.identity.code), "late": late}
    receipt = _receipt_bytes(
        office, target.application_number, filed_at, package_id, data, manifest, extra
    )
    sig = office.services.sign_detached(
        receipt, office.identity.key, office.identity.cert, filed_at
    )
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
