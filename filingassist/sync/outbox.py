"""The outbox in SQLite: one row per package id, moved through its states by the runner.

States: ``queued`` → ``uploading`` (``offset`` bytes confirmed at ``upload_url``) →
``uploaded`` → ``submitted`` → ``receipted``; or ``refused`` (the office said no, with
reasons; never retried) or ``receipt_invalid`` (the office's answer did not verify; the
package is not filed; needs a person). A transient failure leaves the row in its state
with ``next_attempt_at`` in the future. Every write is its own transaction, so a process
killed at any instant leaves a state the next pass can continue from.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from filingassist.errors import InputError, NotFound, VerificationError
from filingassist.fsutil import write_atomic, write_many
from filingassist.packaging.container import Limits, SafeZipReader
from filingassist.packaging.verify import verify_package
from filingassist.sync import responses

STATES = ("queued", "uploading", "uploaded", "submitted", "receipted", "refused", "receipt_invalid")
ACTIVE = ("queued", "uploading", "uploaded", "submitted")
MAX_MANIFEST = 4 * 1024 * 1024
#: Ids per query when rows are asked by id (below SQLite's limit on parameters).
CHUNK = 500
#: Largest package queued (what ``verify`` accepts as an archive).
MAX_PACKAGE = Limits().max_archive_size
COLUMNS = {
    "path",
    "size",
    "sha256",
    "office",
    "state",
    "offset",
    "upload_url",
    "attempts",
    "next_attempt_at",
    "last_error",
    "refusal_reasons",
    "updated_at",
}


@dataclass(frozen=True)
class OutboxItem:
    package_id: str
    path: str
    size: int
    sha256: str
    office: str
    state: str
    offset: int
    upload_url: str | None
    attempts: int
    next_attempt_at: float
    last_error: str | None
    refusal_reasons: list[str]
    created_at: str
    updated_at: str

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> OutboxItem:
        fields = dict(row)
        fields["refusal_reasons"] = json.loads(row.get("refusal_reasons") or "[]")
        fields["offset"] = int(row.get("offset") or 0)
        fields["attempts"] = int(row.get("attempts") or 0)
        fields["next_attempt_at"] = float(row.get("next_attempt_at") or 0.0)
        return cls(**fields)

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@contextmanager
def transaction(db: Database) -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT (or ROLLBACK), nesting into an open transaction."""
    conn = db.conn
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def package_identity(path: Path) -> tuple[str, str, int]:
    """(package id, SHA-256 of the file, size): the id is the digest of manifest.json."""
    data, manifest = _read_package(path)
    return hashlib.sha256(manifest).hexdigest(), hashlib.sha256(data).hexdigest(), len(data)


def _read_package(path: Path) -> tuple[bytes, bytes]:
    """(the package file, its manifest.json bytes), read as hostile input.

    The archive goes through the same checks as ``verify`` (``SafeZipReader``): a duplicate
    ``manifest.json`` would otherwise give an id from one copy while the office verifies the
    other, and an encrypted or oddly compressed member would escape as a bare exception.
    """
    try:
        size = path.stat().st_size
        if size > MAX_PACKAGE:
            raise InputError(
                f"package of {size} bytes exceeds the limit of {MAX_PACKAGE}", str(path)
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the package ({exc.strerror})", str(path)) from exc
    try:
        with SafeZipReader(data, Limits(max_archive_size=MAX_PACKAGE)) as zf:
            if "manifest.json" not in zf.names:
                raise InputError("not a filing package (no manifest.json)", str(path))
            manifest = zf.read("manifest.json", MAX_MANIFEST)
    except InputError as exc:
        if exc.where.startswith(str(path)):
            raise
        where = str(path) if exc.where in ("", "package") else f"{path}!{exc.where}"
        raise InputError(str(exc.args[0]).removeprefix(f"{exc.where}: "), where) from exc
    return data, manifest


def destination(path: Path) -> tuple[str, str, bool]:
    """(kind, office code, is a response) of a package: the application's kind, the code of
    the office it is filed with (the field with role ``receiving_office`` of its form; ''
    when none is named) and whether it answers a notice; read once, as hostile input."""
    data, manifest = _read_package(path)
    if _responds_to(manifest, path) is not None:  # goes back to the office that asked
        return "", "", True
    kind, code = _application_destination(data, path)
    return kind, code, False


def _application_destination(data: bytes, path: Path) -> tuple[str, str]:
    from filingassist.model.destination import application_destination

    where = f"{path}!application.json"
    try:
        with SafeZipReader(data, Limits(max_archive_size=MAX_PACKAGE)) as zf:
            document = json.loads(zf.read("application.json", MAX_MANIFEST * 8))
        kind, code = application_destination(document)
    except (ValueError, KeyError, TypeError, RecursionError) as exc:
        raise InputError(f"the application in the package cannot be read ({exc})", where) from exc
    return kind, code


def _responds_to(manifest: bytes, path: Path) -> dict[str, Any] | None:
    try:
        parsed = json.loads(manifest)
    except ValueError as exc:
        raise InputError(f"manifest.json is not JSON ({exc})", f"{path}!manifest.json") from exc
    except RecursionError:
        raise InputError("manifest.json is nested too deeply", f"{path}!manifest.json") from None
    if not isinstance(parsed, dict):
        raise InputError("manifest.json is not an object", f"{path}!manifest.json")
    return responses.responds_to_of(parsed, str(path))


def add(
    db: Database, path: Path, office: str, clock_now: float = 0.0, keep_in: Path | None = None
) -> OutboxItem:
    """Queue a package (idempotent: queuing the same package again changes nothing).

    With ``keep_in``, the package is first copied there as ``<package id>.zip`` (atomic
    write) and the outbox refers to the copy, so moving or deleting the original cannot
    break a filing that is waiting for a connection.
    """
    entry = _checked_entry(path, office, keep_in)
    if entry.copy is not None:
        write_atomic(entry.path, entry.copy)
    with transaction(db):
        _insert(db, entry, office, clock_now, _now_iso())
    return get(db, entry.package_id)


#: Packages copied, fsynced and recorded together by ``add_many``, and the most bytes of
#: copies a batch holds in memory (a batch of large packages is cut short)
ADD_BATCH = 64
ADD_BATCH_BYTES = 32 * 1024 * 1024


def add_many(
    db: Database,
    checked: Iterable[CheckedPackage],
    office: str,
    clock_now: float = 0.0,
    keep_in: Path | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[str]:
    """Queue many packages checked by ``check_for_queue``, in the batch durability mode;
    returns their ids.

    Per batch of ``ADD_BATCH``: the copies are read (each must still be the file that was
    checked: same SHA-256), written, fsynced in one pass and their folder fsynced once
    (``fsutil.write_many``), then all rows are inserted in ONE transaction. A kill at any
    instant leaves no row whose copy the disk lacks; the batches committed stay queued
    and running it again queues the rest (idempotent). ``progress`` gets the count
    queued so far.
    """
    ids: list[str] = []
    batch: list[_Entry] = []
    held = 0
    for package in checked:
        entry = _entry_of(package, keep_in)
        batch.append(entry)
        held += len(entry.copy or b"")
        if len(batch) == ADD_BATCH or held >= ADD_BATCH_BYTES:
            ids += _add_batch(db, batch, office, clock_now)
            batch, held = [], 0
            if progress is not None:
                progress(len(ids))
    if batch:
        ids += _add_batch(db, batch, office, clock_now)
        if progress is not None:
            progress(len(ids))
    return ids


def _add_batch(db: Database, batch: list[_Entry], office: str, clock_now: float) -> list[str]:
    copies = {e.path: e.copy for e in batch if e.copy is not None}
    write_many(list(copies.items()))
    now = _now_iso()
    with transaction(db):
        for entry in batch:
            _insert(db, entry, office, clock_now, now)
    return [e.package_id for e in batch]


@dataclass(frozen=True)
class CheckedPackage:
    """A package file read once and checked for queuing to an office (``verify``, and
    for a response the office it answers), with what the queue checks of it besides."""

    path: Path
    package_id: str
    sha256: str
    size: int
    #: the notice it answers (it goes back to the office that asked), else None
    responds_to: dict[str, Any] | None
    #: the application's kind and the code of the office it is filed with ('' for a
    #: response, or when the form names none)
    kind: str
    office_code: str


def check_for_queue(path: Path, office: str) -> CheckedPackage:
    """Read ``path`` once as hostile input and check it can be queued to ``office``: the
    CPU-heavy part of queuing (a batch runs it in worker processes).

    Raises:
        InputError: not a readable package.
        VerificationError: the package does not verify.
        UsageError: a response to a notice of another office.
    """
    data, manifest = _read_package(path)
    package_id, sha256 = hashlib.sha256(manifest).hexdigest(), hashlib.sha256(data).hexdigest()
    answers = _responds_to(manifest, path)
    kind = code = ""
    if answers is not None:
        responses.check_office(answers, office, str(path))
    else:
        kind, code = _application_destination(data, path)
    _check_verifies(data, path)
    return CheckedPackage(Path(path), package_id, sha256, len(data), answers, kind, code)


@dataclass(frozen=True)
class _Entry:
    """A package checked for queuing: its row's values and the copy to write (if any)."""

    package_id: str
    path: Path
    size: int
    sha256: str
    answers: dict[str, Any] | None
    copy: bytes | None


def _entry_of(package: CheckedPackage, keep_in: Path | None) -> _Entry:
    """Where the outbox keeps a checked package, and the copy to write there (re-read,
    and refused unless it is byte for byte the file that was checked)."""
    path, copy = package.path, None
    if keep_in is not None:
        keep_in.mkdir(parents=True, exist_ok=True)
        path = keep_in / f"{package.package_id}.zip"
        if not path.exists():
            copy, _manifest = _read_package(package.path)
            if hashlib.sha256(copy).hexdigest() != package.sha256:
                raise VerificationError(
                    f"{package.path}: the package changed after it was checked, not queued"
                )
    return _Entry(package.package_id, path, package.size, package.sha256, package.responds_to, copy)


def _checked_entry(path: Path, office: str, keep_in: Path | None) -> _Entry:
    """Read the package once, check it (the office a response goes to, ``verify``) and
    say where the outbox keeps it; nothing is written."""
    data, manifest = _read_package(path)
    package_id, sha256 = hashlib.sha256(manifest).hexdigest(), hashlib.sha256(data).hexdigest()
    answers = _responds_to(manifest, path)
    if answers is not None:  # before the copy: refused input leaves nothing behind
        responses.check_office(answers, office, str(path))
    _check_verifies(data, path)
    copy = None
    if keep_in is not None:
        keep_in.mkdir(parents=True, exist_ok=True)
        kept = keep_in / f"{package_id}.zip"
        if not kept.exists():
            copy = data
        path = kept
    return _Entry(package_id, path, len(data), sha256, answers, copy)


def _insert(db: Database, entry: _Entry, office: str, clock_now: float, now: str) -> None:
    db.execute(
        "INSERT OR IGNORE INTO outbox(package_id, path, size, sha256, office, state, offset, "
        "attempts, next_attempt_at, created_at, updated_at) "
        "VALUES (?,?,?,?,?,'queued',0,0,?,?,?)",
        [entry.package_id, str(entry.path.resolve()), entry.size, entry.sha256, office]
        + [clock_now, now, now],
    )
    if entry.answers is not None:
        responses.record(db, entry.package_id, office, entry.answers)


def retarget(db: Database, package_id: str, office: str) -> OutboxItem:
    """Send a queued package to another office, while nothing of it has been sent."""
    from filingassist.errors import UsageError

    with transaction(db):
        cursor = db.execute(
            "UPDATE outbox SET office = ?, updated_at = ? WHERE package_id = ? "
            "AND state = 'queued' AND offset = 0 AND upload_url IS NULL",
            [office, _now_iso(), package_id],
        )
    item = get(db, package_id)
    if cursor.rowcount == 0 and item.office != office:
        raise UsageError(
            f"package {package_id[:16]} is already {item.state} to office {item.office}: "
            "it cannot go to another office now"
        )
    return item


def _check_verifies(data: bytes, path: Path) -> None:
    """Only a package that ``verify`` accepts is queued: the office would refuse the rest,
    after the upload, and the filer would learn it only then."""
    report = verify_package(data)
    if not report.ok:
        problems = "; ".join(str(p) for p in report.problems[:5])
        more = len(report.problems) - 5
        if more > 0:
            problems += f"; and {more} more"
        raise VerificationError(f"{path}: the package does not verify, not queued: {problems}")


def describe(path: Path) -> tuple[str, dict[str, Any] | None]:
    """(package id, what it responds to or None) of a package file, read as hostile input."""
    _, manifest = _read_package(path)
    return hashlib.sha256(manifest).hexdigest(), _responds_to(manifest, path)


def get(db: Database, package_id: str) -> OutboxItem:
    rows = list(db.query("SELECT * FROM outbox WHERE package_id = ?", [package_id]))
    if not rows:
        raise NotFound(f"package {package_id} is not in the outbox")
    return OutboxItem.from_row(rows[0])


def items_of(db: Database, package_ids: list[str]) -> list[OutboxItem]:
    """The rows of ``package_ids``, in that order (a few queries for a whole batch)."""
    found: dict[str, OutboxItem] = {}
    wanted = list(dict.fromkeys(package_ids))
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT * FROM outbox WHERE package_id IN ({marks})"  # noqa: S608
        for row in db.query(sql, chunk):
            found[row["package_id"]] = OutboxItem.from_row(row)
    missing = [p for p in wanted if p not in found]
    if missing:
        raise NotFound(f"package {missing[0]} is not in the outbox")
    return [found[p] for p in package_ids]


def items(db: Database, state: str | None = None) -> list[OutboxItem]:
    if state:
        rows = db.query(
            "SELECT * FROM outbox WHERE state = ? ORDER BY created_at, package_id", [state]
        )
    else:
        rows = db.query("SELECT * FROM outbox ORDER BY created_at, package_id")
    return [OutboxItem.from_row(r) for r in rows]


def due(db: Database, now: float, office: str | None = None) -> list[OutboxItem]:
    """Active items whose wait is over, oldest first."""
    sql = "SELECT * FROM outbox WHERE state IN (?,?,?,?) AND next_attempt_at <= ?"
    params: list[Any] = [*ACTIVE, now]
    if office:
        sql += " AND office = ?"
        params.append(office)
    return [
        OutboxItem.from_row(r) for r in db.query(sql + " ORDER BY created_at, package_id", params)
    ]


def update(db: Database, package_id: str, **fields: Any) -> None:
    """Set columns of one row (its own transaction: durable before the next network step)."""
    if "refusal_reasons" in fields:
        fields["refusal_reasons"] = json.dumps(list(fields["refusal_reasons"]))
    fields["updated_at"] = _now_iso()
    unknown = set(fields) - COLUMNS
    if unknown:
        raise ValueError(f"not outbox columns: {sorted(unknown)}")
    columns = ", ".join(f"{name} = ?" for name in fields)  # names checked above
    sql = f"UPDATE outbox SET {columns} WHERE package_id = ?"  # noqa: S608
    with transaction(db):
        db.execute(sql, [*fields.values(), package_id])


def send_now(db: Database, package_id: str | None = None) -> int:
    """Skip the backoff wait (one package or all); a receipt that failed checking is retried."""
    with transaction(db):
        if package_id is None:
            db.execute("UPDATE outbox SET state = 'uploaded' WHERE state = 'receipt_invalid'")
            cur = db.execute("UPDATE outbox SET next_attempt_at = 0")
        else:
            db.execute(
                "UPDATE outbox SET state = 'uploaded' "
                "WHERE state = 'receipt_invalid' AND package_id = ?",
                [package_id],
            )
            cur = db.execute(
                "UPDATE outbox SET next_attempt_at = 0 WHERE package_id = ?", [package_id]
            )
    return int(cur.rowcount)


def store_receipt(db: Database, office: str, receipt: Any, received_at: str | None = None) -> None:
    """Store the verified receipt and mark the package receipted, in one transaction."""
    with transaction(db):
        db.execute(
            "INSERT OR REPLACE INTO receipts(package_id, office, application_number, filed_at, "
            "receipt, signature, received_at, kind, responds_to_notice, late) "
            "VALUES (?,?,?,?,?,?,?,?,?,?)",
            [
                receipt.package_id,
                office,
                receipt.application_number,
                receipt.filed_at,
                receipt.body,
                receipt.signature,
                received_at or _now_iso(),
                receipt.kind,
                receipt.responds_to_notice,
                int(receipt.late),
            ],
        )
        update(db, receipt.package_id, state="receipted", last_error=None, next_attempt_at=0.0)
        _mark_draft_filed(db, receipt.package_id)


#: the draft a receipted package was made from (packages table, filled by the Workspace)
_FILED_DRAFT = "SELECT draft_id FROM packages WHERE package_id = ?"


def _mark_draft_filed(db: Database, package_id: str) -> None:
    """Part of the receipt's transaction: a kill right after it can no longer leave the
    draft saying "signed" while its receipt is stored."""
    db.execute(
        f"UPDATE drafts SET status = 'filed' WHERE id IN ({_FILED_DRAFT})",  # noqa: S608
        [package_id],
    )


def receipts(db: Database, package_ids: list[str] | None = None) -> list[dict[str, Any]]:
    """Stored receipts (or those of ``package_ids``); ``kind`` is ``filing`` or
    ``response`` (to ``responds_to_notice``)."""
    sql = (
        "SELECT package_id, office, application_number, filed_at, received_at, kind, "
        "responds_to_notice, late FROM receipts"
    )
    if package_ids is None:
        rows = list(db.query(sql + " ORDER BY filed_at"))
    else:
        rows = []
        for start in range(0, len(package_ids), CHUNK):
            chunk = package_ids[start : start + CHUNK]
            marks = ",".join("?" * len(chunk))
            rows += db.query(f"{sql} WHERE package_id IN ({marks}) ORDER BY filed_at", chunk)
    return [{**r, "late": bool(r["late"])} for r in rows]
