"""Filing a bundle: many packages uploaded as one tus upload, decided one by one.

Every package of a bundle is decided exactly as ``filing.submit`` decides a package sent
alone — keyed by its package id, a stored receipt or refusal answered again on a repeat,
the same checks, the same numbering — so a client that lost the answer to a batch, or
sends a package again singly, gets the same receipt bytes. What a batch changes is where
the time goes: the packages are read, verified and staged in the archive folder (written
and fsync-ed) before the decision lock is taken; the lock is then held only for the
numbering, signing and rows of at most ``DECISIONS_PER_TRANSACTION`` packages, so uploads
and other filers' submits arriving meanwhile are not held up.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filingassist.errors import InputError, UploadProblem
from filingassist.office import filing, uploads
from filingassist.office.database import OfficeDB
from filingassist.office.filing import Office, Outcome
from filingassist.packaging import bundle

#: Packages one bundle may hold (advertised in discovery).
MAX_BUNDLE_PACKAGES = 500
#: Bytes one bundle may hold (advertised in discovery; the answer grows with the count).
MAX_BUNDLE_BYTES = 16 * 1024 * 1024
#: Decisions per write transaction: bounds how long other writers wait for the lock.
DECISIONS_PER_TRANSACTION = 50


@dataclass
class _Pending:
    """A package of the bundle on its way to a decision."""

    entry: bundle.Entry
    outcome: Outcome | None = None
    report: Any = None
    reasons: list[str] | None = None
    staged: Path | None = None


def submit_bundle(office: Office, account: str, upload_uid: str) -> list[tuple[str, Outcome]]:
    """File every package of the completed bundle ``upload_uid``; the outcomes in order.

    Raises:
        UploadProblem: no such bundle (404), not complete or damaged (409), too large
            (413), or not a well-formed bundle (400; the upload is removed).
    """
    db = office.db()
    try:
        upload = uploads.get(db, upload_uid, account)
        if upload is None:
            raise UploadProblem("upload not found", 404)
        if not upload.is_bundle:
            raise UploadProblem("that upload is a single package; submit it to /filings", 400)
        if upload.length > max_bundle_bytes(office):
            raise UploadProblem("bundle larger than this office accepts", 413)
        entries = _entries(office, db, upload)
        pending = [_Pending(e) for e in entries]
        _prepare(office, db, account, pending)
        try:
            for start in range(0, len(pending), DECISIONS_PER_TRANSACTION):
                _decide(office, db, account, pending[start : start + DECISIONS_PER_TRANSACTION])
        finally:
            _unstage(pending)
        filing._remove_upload(office, db, upload)  # every package is decided
        return [(p.entry.package_id, _outcome(p)) for p in pending]
    finally:
        db.close()


def max_bundle_bytes(office: Office) -> int:
    return min(MAX_BUNDLE_BYTES, office.max_package_size)


def _entries(office: Office, db: OfficeDB, upload: uploads.Upload) -> list[bundle.Entry]:
    data = filing._read_upload(office, db, upload)  # complete, intact (sha256) or 409
    try:
        entries = bundle.parse(data, MAX_BUNDLE_PACKAGES)
    except InputError as exc:
        filing._remove_upload(office, db, upload)
        raise UploadProblem(f"{exc}; the upload was removed", 400) from exc
    too_big = [e.package_id for e in entries if len(e.data) > office.max_package_size]
    if too_big:
        filing._remove_upload(office, db, upload)
        raise UploadProblem(f"bundle: package {too_big[0]} is larger than allowed", 413)
    return entries


def _prepare(office: Office, db: OfficeDB, account: str, pending: list[_Pending]) -> None:
    """Unlocked: earlier decisions, verification, the office's checks, staging."""
    for p in pending:
        p.outcome = filing.previous_outcome(db, p.entry.package_id, account)
    db.end_read()
    for p in pending:
        if p.outcome is not None:
            continue
        p.report = filing._verify(office, p.entry.data, filing._now())
        pid = p.entry.package_id
        p.reasons = filing._check(p.report, {"package_id": pid}, pid) or filing.receives_reasons(
            office, p.report, p.entry.data
        )
        if not p.reasons:
            p.staged = _stage(office, p.entry)


def _stage(office: Office, entry: bundle.Entry) -> Path:
    """Write a package beside the archive and fsync it (renamed into place when filed)."""
    folder = filing.archive_dir(office)
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{entry.package_id}.", suffix=".staged", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(entry.data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise
    return Path(name)


def _decide(office: Office, db: OfficeDB, account: str, chunk: list[_Pending]) -> None:
    """One write transaction deciding ``chunk`` (each looked up again under the lock)."""
    with db.write():
        db.lock_decisions()
        moved = False
        for p in chunk:
            if p.outcome is not None:
                continue
            pid = p.entry.package_id
            known = filing.previous_outcome(db, pid, account)
            if known is not None:
                p.outcome = known
                continue
            assert p.reasons is not None
            p.outcome = filing._decide(
                office, db, account, pid, p.entry.data, p.report, p.reasons, p.staged
            )
            if p.outcome.status == "filed" and p.staged is not None:
                p.staged, moved = None, True
        if moved:
            filing.sync_archive(office)  # the renames are durable before the commit


def _unstage(pending: list[_Pending]) -> None:
    """Remove staged copies that were not filed (refused, decided before, or an error)."""
    for p in pending:
        if p.staged is not None:
            p.staged.unlink(missing_ok=True)
            p.staged = None


def _outcome(p: _Pending) -> Outcome:
    assert p.outcome is not None
    return p.outcome
