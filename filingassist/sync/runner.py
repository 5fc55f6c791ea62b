"""One idempotent pass over the outbox (``run_once``), keyed by package id.

Every network step is preceded or followed by a durable state write, and every step is
safe to repeat: creating another upload, HEAD before resuming, submitting the same package
id again (the office answers with the same receipt). So a process killed at any instant
and started again files each package exactly once and ends with its receipt stored.
"""

from __future__ import annotations

import hashlib
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from filingassist.errors import (
    FilingError,
    RejectedByOffice,
    SyncError,
    TransientSyncError,
    VerificationError,
)
from filingassist.events import EventBus, OutboxChanged, SyncFinished
from filingassist.sync import backoff, batching, offices, outbox, responses
from filingassist.sync.client import OfficeClient, UploadIncomplete
from filingassist.sync.outbox import OutboxItem
from filingassist.sync.progress import ProgressMeter, event_reporter
from filingassist.sync.receipts import verify_receipt
from filingassist.sync.transport import Transport
from filingassist.sync.tus import UploadGone

log = logging.getLogger(__name__)
audit = logging.getLogger("filingassist.sync.audit")

Clock = Callable[[], float]


@dataclass
class RunResult:
    """What one pass did, by package id (a change set for the UI).

    ``errors`` maps a deferred package id (or ``"notices"``) to the reason.
    """

    receipted: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    deferred: list[str] = field(default_factory=list)
    invalid: list[str] = field(default_factory=list)
    notices: int = 0
    errors: dict[str, str] = field(default_factory=dict)
    #: Why the office could not be used this pass (unreachable, certificate changed).
    office_error: str | None = None

    @property
    def reachable(self) -> bool:
        return self.office_error is None

    @property
    def changed(self) -> list[str]:
        return [*self.receipted, *self.refused, *self.deferred, *self.invalid]


def run_once(
    db: Database,
    transport: Transport,
    clock: Clock = time.time,
    office: str | None = None,
    events: EventBus | None = None,
    rng: random.Random | None = None,
) -> RunResult:
    """Send every due package of ``office`` (default: the only office) and fetch notices."""
    record = offices.get(db, office)
    result = RunResult()
    due = outbox.due(db, clock(), record.code)
    client = OfficeClient(record, transport, record.unsealed_token())
    try:
        offices.update_receives(db, record.code, client.check_office())
    except (SyncError, VerificationError) as exc:
        result.office_error = str(exc)
        for item in due:
            _defer(db, item, exc, clock, rng, result)
        if events is not None and result.changed:
            events.emit(OutboxChanged(tuple(result.changed)))
        _emit_changed(events, record.code, result)
        return result
    due = _send_bundles(db, client, due, clock, events, rng, result)
    for item in due:
        _process(db, client, item, clock, events, rng, result)
        if events is not None:  # the UI refreshes that row now, not at the end of the pass
            events.emit(OutboxChanged((item.package_id,)))
    _fetch_notices(db, client, result)
    _emit_changed(events, record.code, result)
    return result


def _send_bundles(
    db: Database,
    client: OfficeClient,
    due: list[OutboxItem],
    clock: Clock,
    events: EventBus | None,
    rng: random.Random | None,
    result: RunResult,
) -> list[OutboxItem]:
    """Small packages in bundles when the office takes them (``batching``); the items
    left for one-by-one. With an office that does not, started bundles are undone first."""
    if client.batch is None:
        batching.dissolve_all(db, client)
        return [outbox.get(db, item.package_id) for item in due]

    def defer(item: OutboxItem, exc: FilingError) -> None:
        _defer(db, item, exc, clock, rng, result)

    sender = batching.BatchSender(db, client, client.batch, events, defer, result)
    return sender.send(due)


def _process(
    db: Database,
    client: OfficeClient,
    item: OutboxItem,
    clock: Clock,
    events: EventBus | None,
    rng: random.Random | None,
    result: RunResult,
) -> None:
    try:
        for _ in range(3):  # an upload the office lost is re-created, a bounded number of times
            try:
                _send(db, client, item, events)
                break
            except UploadGone:
                outbox.update(db, item.package_id, state="queued", upload_url=None, offset=0)
            except UploadIncomplete:
                outbox.update(db, item.package_id, state="uploading")
            item = outbox.get(db, item.package_id)
        else:
            raise TransientSyncError("the office keeps losing the upload")
    except RejectedByOffice as exc:
        reasons = exc.reasons or [str(exc)]
        outbox.update(
            db, item.package_id, state="refused", refusal_reasons=reasons, last_error=str(exc)
        )
        audit.info("package %s refused by %s", item.package_id, client.office.code)
        result.refused.append(item.package_id)
        return
    except VerificationError as exc:
        outbox.update(db, item.package_id, state="receipt_invalid", last_error=str(exc))
        audit.warning("package %s: office answer did not verify: %s", item.package_id, exc)
        result.invalid.append(item.package_id)
        return
    except SyncError as exc:
        _defer(db, outbox.get(db, item.package_id), exc, clock, rng, result)
        return
    except OSError as exc:  # the package file went missing or unreadable after queuing
        problem = SyncError(f"{item.path}: cannot read the package ({exc.strerror or exc})")
        _defer(db, outbox.get(db, item.package_id), problem, clock, rng, result)
        return
    except FilingError as exc:  # anything else: this package waits, the others still go
        _defer(db, outbox.get(db, item.package_id), exc, clock, rng, result)
        return
    result.receipted.append(item.package_id)


def _send(db: Database, client: OfficeClient, item: OutboxItem, events: EventBus | None) -> None:
    """Move one package forward from whatever state it is in, to receipted."""
    pid = item.package_id
    if item.state in ("queued", "uploading"):
        _upload(db, client, item, events)
    outbox.update(db, pid, state="submitted")
    current = outbox.get(db, pid)
    answer = client.submit(current.upload_url or "", pid)
    receipt = verify_receipt(answer, client.office.cert_pem, pid, item.sha256)
    responses.check_receipt(db, receipt)
    outbox.store_receipt(db, client.office.code, receipt)
    audit.info("package %s filed as %s", pid, receipt.application_number)


def _upload(db: Database, client: OfficeClient, item: OutboxItem, events: EventBus | None) -> None:
    pid = item.package_id
    path = Path(item.path)
    offset: int | None = None  # resuming: ask the office how far it got
    url = item.upload_url
    if not url:
        _check_unchanged(item, path)
        url = client.create_upload(pid, item.sha256, item.size, path.name)
        outbox.update(db, pid, state="uploading", upload_url=url, offset=0)
        offset = 0
    meter = ProgressMeter(pid, item.size, event_reporter(events))

    def confirmed(new: int) -> None:
        outbox.update(db, pid, offset=new)

    client.upload(url, path, item.size, offset, confirmed, meter.update)
    outbox.update(db, pid, state="uploaded", offset=item.size)


def _check_unchanged(item: OutboxItem, path: Path) -> None:
    """The file must still be the package that was queued: otherwise the office finds the
    digest differs and asks for the upload again, and a slow link sends it in vain for ever.
    """
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    if digest.hexdigest() != item.sha256:
        raise SyncError(f"{path}: the package file changed since it was queued; queue it again")


def _defer(
    db: Database,
    item: OutboxItem,
    exc: FilingError,
    clock: Clock,
    rng: random.Random | None,
    result: RunResult,
) -> None:
    attempts = item.attempts + 1
    retry_after = exc.retry_after if isinstance(exc, TransientSyncError) else None
    wait = backoff.delay(attempts, retry_after, rng)
    outbox.update(
        db, item.package_id, attempts=attempts, next_attempt_at=clock() + wait, last_error=str(exc)
    )
    log.info("package %s deferred %.1fs: %s", item.package_id, wait, exc)
    result.deferred.append(item.package_id)
    result.errors[item.package_id] = str(exc)


def _fetch_notices(db: Database, client: OfficeClient, result: RunResult) -> None:
    """Fetch notices after the stored cursor; a failure here never affects filings."""
    cursor = offices.get(db, client.office.code).notices_cursor
    try:
        for _ in range(50):  # pages, bounded
            notices, new_cursor = client.notices(cursor)
            if not notices:
                break
            offices.store_notices(db, client.office.code, notices, new_cursor)
            result.notices += len(notices)
            cursor = new_cursor
    except (SyncError, VerificationError, ValueError) as exc:
        # note: a notice that does not verify is not stored and the cursor stays before it,
        # so it is fetched again (and shown) once the office serves it correctly
        log.warning("notices not fetched: %s", exc)
        result.errors["notices"] = str(exc)


def _emit_changed(events: EventBus | None, office: str, result: RunResult) -> None:
    if events is not None:
        events.emit(
            SyncFinished(
                office,
                tuple(result.receipted),
                result.notices,
                result.reachable,
                tuple(str(e) for e in result.errors.values()),
            )
        )
