"""Sending many small packages as bundles, with an office that advertises ``batch``.

One by one, each package costs three requests (create, PATCH, submit), i.e. three round
trips plus its receipt: over a 300 ms link the round trips, not the bytes, decide the time.
Here the due small packages are grouped into bundles (``filingassist.packaging.bundle``);
each bundle is one tus upload (resumed after a cut like any upload) and one batch submit
that answers per package. Bundles go in a pipeline: while bundle *n* is filed and its
receipts come down, bundle *n + 1* goes up, so both directions of the link stay busy.

Guarantees kept: every package is still decided by the office by its package id (a
repeat answers the stored receipt or refusal); each package's receipt is verified and
stored, or its refusal recorded, on its own; and every state change is committed before
the next network step. The bundle's make-up is stored (``outbox_bundles``) before its bytes
are sent, so a pass killed at any point rebuilds the same bytes and resumes the upload.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import itertools
import json
import logging
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from filingassist.errors import (
    FilingError,
    RejectedByOffice,
    SyncError,
    TransientSyncError,
    UploadGone,
    UploadIncomplete,
    VerificationError,
)
from filingassist.events import EventBus, OutboxChanged
from filingassist.packaging import bundle as bundle_format
from filingassist.sync import outbox, responses
from filingassist.sync.client import BatchLimits, OfficeClient
from filingassist.sync.outbox import OutboxItem
from filingassist.sync.progress import ProgressMeter, event_reporter
from filingassist.sync.receipts import Receipt, verify_batch_result

log = logging.getLogger(__name__)
audit = logging.getLogger("filingassist.sync.audit")

#: A package larger than this goes one by one: it fills the link on its own.
SMALL_PACKAGE = 512 * 1024
#: Bytes per bundle the client aims at: small enough that the last bundle's filing and
#: receipts (the part that cannot overlap the next upload) are short, large enough that
#: requests per package stay far under 0.1.
TARGET_BUNDLE_BYTES = 256 * 1024
#: Packages per bundle at most (the office may allow more).
MAX_PACKAGES = 150
#: The last bundle of a pass holds at most this many packages (``_taper``).
TAIL_PACKAGES = 25
#: Fewer due packages than this go one by one (a bundle of one saves nothing).
MIN_BATCH = 2
#: Header bytes per package in a bundle (its id and size line).
ENTRY_OVERHEAD = 80
#: Bundles sent and waiting for their answer at most (bounds memory and the office's work).
IN_FLIGHT = 3
#: Attempts per bundle and pass when the office lost it or has not got all of it.
MAX_ATTEMPTS = 3

Defer = Callable[[OutboxItem, FilingError], None]


@dataclass
class Bundle:
    """Packages sent as one upload; ``upload_url`` is None until the office created it."""

    package_ids: list[str]
    data: bytes = b""
    upload_url: str | None = None
    uploaded: bool = False
    attempts: int = 0
    members: dict[str, OutboxItem] = field(default_factory=dict)
    #: The office creating this bundle's upload ahead of its turn (``_create_ahead``).
    creating: Future[str] | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


#: What the submit thread hands back per package: a verified receipt, a refusal's
#: reasons, or the reason its answer was unusable.
Answer = tuple[str, Receipt | list[str] | VerificationError | None]


class BatchSender:
    """One pass's bundles for one office (see the module docstring)."""

    def __init__(
        self,
        db: Database,
        client: OfficeClient,
        limits: BatchLimits,
        events: EventBus | None,
        defer: Defer,
        result: Any,
    ) -> None:
        self.db = db
        self.client = client
        self.limits = limits
        self.events = events
        self.defer = defer
        self.result = result
        self.code = client.office.code
        #: Members whose bundle could not be sent as a bundle: they go one by one.
        self.single: list[OutboxItem] = []
        self._pool: ThreadPoolExecutor | None = None

    # -- choosing ------------------------------------------------------------------------

    def send(self, due: list[OutboxItem]) -> list[OutboxItem]:
        """Send what can go in bundles; return the due items left for one-by-one."""
        due_ids = {item.package_id for item in due}
        started = self._started(due_ids)
        due = [outbox.get(self.db, item.package_id) for item in due]  # some were undone
        in_bundles = {pid for b in started for pid in b.package_ids}
        fresh = [
            item
            for item in due
            if item.package_id not in in_bundles
            and item.state == "queued"
            and not item.upload_url
            and item.size <= min(SMALL_PACKAGE, self.limits.max_bytes // 2)
        ]
        if not started and len(fresh) < MIN_BATCH:
            return due
        bundles = started + self._group(fresh)
        handled = {pid for b in bundles for pid in b.package_ids}
        self._pipeline(bundles)
        rest = [item for item in due if item.package_id not in handled]
        return rest + [outbox.get(self.db, i.package_id) for i in self.single]

    def _group(self, items: list[OutboxItem]) -> list[Bundle]:
        """Consecutive due packages in bundles within the office's and our limits (their
        bytes are read only when the bundle is about to go: memory stays bounded)."""
        cap_count = min(MAX_PACKAGES, self.limits.max_packages)
        cap_bytes = min(TARGET_BUNDLE_BYTES, self.limits.max_bytes)
        bundles: list[Bundle] = []
        group: list[OutboxItem] = []
        size = 0
        for item in items:
            cost = item.size + ENTRY_OVERHEAD
            if group and (len(group) >= cap_count or size + cost > cap_bytes):
                bundles.append(Bundle([i.package_id for i in group], members=_by_id(group)))
                group, size = [], 0
            group.append(item)
            size += cost
        if bundles and len(group) < TAIL_PACKAGES * 2:  # a short remainder: taper both
            group = _members(bundles.pop()) + group
        for tail in _taper(group, min(TAIL_PACKAGES, cap_count)):
            bundles.append(Bundle([i.package_id for i in tail], members=_by_id(tail)))
        return bundles

    def _materialize(self, b: Bundle) -> bool:
        """Read a new bundle's packages; one that changed or went missing waits alone."""
        parts = []
        for pid in list(b.package_ids):
            data = self._read(b.members[pid])
            if data is None:
                del b.members[pid]
                b.package_ids.remove(pid)
            else:
                parts.append((pid, data))
        if not parts:
            return False
        b.data = bundle_format.build(parts)
        return True

    def _read(self, item: OutboxItem) -> bytes | None:
        """The queued package's bytes, if they are still the package that was queued."""
        try:
            data = Path(item.path).read_bytes()
        except OSError as exc:
            problem = SyncError(f"{item.path}: cannot read the package ({exc.strerror or exc})")
            self.defer(item, problem)
            return None
        if hashlib.sha256(data).hexdigest() != item.sha256:
            changed = SyncError(
                f"{item.path}: the package file changed since it was queued; queue it again"
            )
            self.defer(item, changed)
            return None
        return data

    def _started(self, due_ids: set[str]) -> list[Bundle]:
        """Bundles a former pass created, rebuilt byte for byte (or given up)."""
        rows = list(self.db.query("SELECT * FROM outbox_bundles WHERE office = ?", [self.code]))
        bundles = []
        for row in rows:
            ids = json.loads(row["package_ids"])
            members = _active_members(self.db, row["upload_url"], ids)
            if not members:
                _forget(self.db, row["upload_url"])
                continue
            if not due_ids & set(members):
                continue  # waiting for its backoff
            rebuilt = self._rebuild(ids)
            if rebuilt is None or hashlib.sha256(rebuilt).hexdigest() != row["sha256"]:
                log.info("bundle %s cannot be rebuilt; its packages go again", row["upload_url"])
                self._dissolve(row["upload_url"], members)
                continue
            uploaded = all(m.state in ("uploaded", "submitted") for m in members.values())
            bundles.append(Bundle(ids, rebuilt, row["upload_url"], uploaded, members=members))
        return bundles

    def _rebuild(self, ids: list[str]) -> bytes | None:
        parts = []
        for pid in ids:
            try:
                parts.append((pid, Path(outbox.get(self.db, pid).path).read_bytes()))
            except (OSError, FilingError):
                return None
        return bundle_format.build(parts)

    # -- sending -------------------------------------------------------------------------

    def _pipeline(self, bundles: list[Bundle]) -> None:
        """Keep the link busy both ways: bundle n + 1 goes up while bundles before it are
        filed and their receipts come down and are checked (in other threads); the next
        bundle's upload is created while this one's bytes go. Only this thread writes the
        database; at most ``IN_FLIGHT`` bundles wait for their answer at once."""
        queue = deque(bundles)
        in_flight: deque[tuple[Bundle, Future[list[Answer]]]] = deque()
        with ThreadPoolExecutor(IN_FLIGHT + 1, thread_name_prefix="batch") as pool:
            self._pool = pool
            while queue or in_flight:
                while in_flight and (
                    in_flight[0][1].done() or not queue or len(in_flight) >= IN_FLIGHT
                ):
                    done, job = in_flight.popleft()
                    queue.extend(self._finish(done, job))  # retries are bounded (attempts)
                if not queue:
                    continue
                current = queue.popleft()
                if self._upload(current, queue[0] if queue else None):
                    self._mark(current, "submitted")
                    in_flight.append((current, pool.submit(self._submit, current)))
            self._pool = None

    def _upload(self, b: Bundle, following: Bundle | None = None) -> bool:
        """Create (if needed) and send the bundle; False if it waits or went one by one.

        The upload of ``following`` is created meanwhile (its URL is stored when its turn
        comes; should the process die first, the office lets the empty upload expire)."""
        if b.uploaded:
            return True
        if not b.data and not self._materialize(b):
            return False
        b.attempts += 1
        try:
            offset: int | None = None  # resuming: ask the office how far it got
            if b.upload_url is None:
                self._create(b)
                offset = 0
            assert b.upload_url is not None
            self._create_ahead(following)
            url = b.upload_url
            meter = _BundleProgress(b, self.events)

            def confirmed(new: int) -> None:
                with outbox.transaction(self.db):
                    self.db.execute(
                        'UPDATE outbox SET "offset" = ?, updated_at = ? WHERE upload_url = ?',
                        [new, _now_iso(), url],
                    )

            self.client.upload(url, b.data, len(b.data), offset, confirmed, meter.update)
            self._mark(b, "uploaded")
            b.uploaded = True
            return True
        except UploadGone as exc:
            self._dissolve(b.upload_url, b.members, keep_bundle=True)
            b.upload_url = None
            if b.attempts < MAX_ATTEMPTS:
                return self._upload(b)
            self._defer_all(b, TransientSyncError(f"the office keeps losing the bundle ({exc})"))
        except RejectedByOffice as exc:  # e.g. 413: the office will not take this bundle
            self._one_by_one(b, exc)
        except (FilingError, OSError) as exc:
            problem = exc if isinstance(exc, FilingError) else SyncError(str(exc))
            self._defer_all(b, problem)
        return False

    def _create_ahead(self, b: Bundle | None) -> None:
        if b is None or b.upload_url is not None or b.creating is not None or self._pool is None:
            return
        if not b.data and not self._materialize(b):
            return
        sha256, size, count = b.sha256, len(b.data), len(b.package_ids)
        b.creating = self._pool.submit(self.client.create_bundle_upload, sha256, size, count)

    def _create(self, b: Bundle) -> None:
        creating, b.creating = b.creating, None
        if creating is not None:
            url = creating.result()
        else:
            url = self.client.create_bundle_upload(b.sha256, len(b.data), len(b.package_ids))
        with outbox.transaction(self.db):
            self.db.execute(
                "INSERT INTO outbox_bundles(upload_url, office, package_ids, size, sha256, "
                "created_at) VALUES (?,?,?,?,?,?)",
                [url, self.code, json.dumps(b.package_ids), len(b.data), b.sha256, _now_iso()],
            )
            for pid in b.members:
                outbox.update(self.db, pid, state="uploading", upload_url=url, offset=0)
        b.upload_url = url
        b.members = {pid: outbox.get(self.db, pid) for pid in b.members}

    def _submit(self, b: Bundle) -> list[Answer]:
        """In the submit thread: the batch request and the checking of each receipt."""
        assert b.upload_url is not None
        results = self.client.submit_batch(b.upload_url)
        by_id = {str(r.get("package_id")): r for r in results}
        cert = self.client.office.cert_pem
        answers: list[Answer] = []
        for pid, item in b.members.items():
            answers.append((pid, _answer(by_id.get(pid), cert, pid, item.sha256)))
        return answers

    def _finish(self, b: Bundle, job: Future[list[Answer]]) -> list[Bundle]:
        """Store what the office answered for a bundle; the bundles to send again."""
        try:
            answers = job.result()
        except UploadGone:
            self._dissolve(b.upload_url, b.members, keep_bundle=True)
            b.upload_url, b.uploaded = None, False
            return [b] if b.attempts < MAX_ATTEMPTS else self._gave_up(b)
        except UploadIncomplete:
            self._mark(b, "uploading")
            b.uploaded = False
            return [b] if b.attempts < MAX_ATTEMPTS else self._gave_up(b)
        except RejectedByOffice as exc:  # 400/413: not any package's fault
            self._one_by_one(b, exc)
            return []
        except FilingError as exc:  # network, 5xx, 401: the bundle waits as it is
            self._defer_all(b, exc)
            return []
        self._store(b, answers)
        return []

    def _store(self, b: Bundle, answers: list[Answer]) -> None:
        changed = []
        with outbox.transaction(self.db):
            for pid, answer in answers:
                changed.append(pid)
                self._store_one(outbox.get(self.db, pid), answer)
            _forget(self.db, b.upload_url)
        if self.events is not None:
            self.events.emit(OutboxChanged(tuple(changed)))

    def _store_one(self, item: OutboxItem, answer: Any) -> None:
        pid = item.package_id
        if isinstance(answer, Receipt):
            try:
                responses.check_receipt(self.db, answer)
            except VerificationError as exc:
                answer = exc
            else:
                outbox.store_receipt(self.db, self.code, answer)
                audit.info("package %s filed as %s (batch)", pid, answer.application_number)
                self.result.receipted.append(pid)
                return
        if isinstance(answer, VerificationError):
            outbox.update(self.db, pid, state="receipt_invalid", last_error=str(answer))
            audit.warning("package %s: office answer did not verify: %s", pid, answer)
            self.result.invalid.append(pid)
        elif isinstance(answer, list):
            reasons = answer or ["refused by the office (no reason given)"]
            message = f"batch: office refused: {'; '.join(reasons)[:300]}"
            outbox.update(
                self.db, pid, state="refused", refusal_reasons=reasons, last_error=message
            )
            audit.info("package %s refused by %s (batch)", pid, self.code)
            self.result.refused.append(pid)
        else:  # the office said nothing about it: ask again later, alone or in a bundle
            outbox.update(self.db, pid, state="queued", upload_url=None, offset=0)
            self.defer(outbox.get(self.db, pid), TransientSyncError("batch: no answer for it"))

    # -- state ---------------------------------------------------------------------------

    def _mark(self, b: Bundle, state: str) -> None:
        with outbox.transaction(self.db):
            for pid in b.members:
                outbox.update(self.db, pid, state=state)

    def _one_by_one(self, b: Bundle, exc: FilingError) -> None:
        """The office would not take this bundle as a whole: its packages go alone."""
        log.warning("bundle refused as a whole (%s); its packages go one by one", exc)
        members = dict(b.members)
        self._dissolve(b.upload_url, b.members)
        self.single += list(members.values())

    def _defer_all(self, b: Bundle, exc: FilingError) -> None:
        for pid in b.members:
            self.defer(outbox.get(self.db, pid), exc)
        if self.events is not None and b.members:
            self.events.emit(OutboxChanged(tuple(b.members)))

    def _gave_up(self, b: Bundle) -> list[Bundle]:
        self._defer_all(b, TransientSyncError("the office keeps losing the bundle"))
        return []

    def _dissolve(
        self, url: str | None, members: dict[str, OutboxItem], keep_bundle: bool = False
    ) -> None:
        """The bundle's packages go back to the queue (its upload is dropped)."""
        with outbox.transaction(self.db):
            for pid in members:
                outbox.update(self.db, pid, state="queued", upload_url=None, offset=0)
            if url is not None:
                _forget(self.db, url)
        if url is not None:
            _terminate(self.client, url)
        if not keep_bundle:
            members.clear()


class _BundleProgress:
    """Upload progress of a bundle, reported per package as its bytes go out."""

    def __init__(self, b: Bundle, events: EventBus | None) -> None:
        entries = bundle_format.parse(b.data, len(b.package_ids))
        self.ids = [e.package_id for e in entries]
        self.ends = list(itertools.accumulate((len(e.data) for e in entries), initial=0))
        head = len(b.data) - self.ends[-1]
        self.starts = [head + n for n in self.ends[:-1]]
        self.ends = [head + n for n in self.ends[1:]]
        report = event_reporter(events)
        self.meters = [
            ProgressMeter(pid, end - start, report)
            for pid, start, end in zip(self.ids, self.starts, self.ends, strict=True)
        ]
        self.index = 0

    def update(self, sent: int) -> None:
        i = min(bisect.bisect_right(self.ends, sent - 1), len(self.ids) - 1)
        while self.index < i:  # the packages passed since the last call are complete
            meter = self.meters[self.index]
            meter.update(meter.total, force=True)
            self.index += 1
        self.meters[i].update(max(0, min(sent, self.ends[i]) - self.starts[i]))


def dissolve_all(db: Database, client: OfficeClient) -> None:
    """With an office that no longer takes bundles: every started bundle's packages go
    back to the queue (their bytes must not be sent into a bundle's upload one by one)."""
    rows = list(
        db.query(
            "SELECT upload_url, package_ids FROM outbox_bundles WHERE office = ?",
            [client.office.code],
        )
    )
    for row in rows:
        members = _active_members(db, row["upload_url"], json.loads(row["package_ids"]))
        with outbox.transaction(db):
            for pid in members:
                outbox.update(db, pid, state="queued", upload_url=None, offset=0)
            _forget(db, row["upload_url"])


def _members(b: Bundle) -> list[OutboxItem]:
    return [b.members[pid] for pid in b.package_ids]


def _taper(group: list[OutboxItem], tail: int) -> list[list[OutboxItem]]:
    """The last bundles in halves down to ``tail`` packages: the last one's filing and
    receipts are the part of a pass that nothing overlaps, so it is kept short (at the
    cost of a few more requests)."""
    pieces = []
    while len(group) > tail:
        half = len(group) // 2
        pieces.append(group[:half])
        group = group[half:]
    return [*pieces, group] if group else pieces


def _answer(
    r: dict[str, Any] | None, cert: str, pid: str, sha256: str
) -> Receipt | list[str] | VerificationError | None:
    """One package's answer in a batch, its receipt checked (see ``Answer``)."""
    if r is None:
        return None
    status = r.get("status")
    if status == "refused":
        reasons = r.get("reasons")
        return [str(x) for x in reasons] if isinstance(reasons, list) else []
    if status not in ("filed", "replayed"):
        return VerificationError(f"batch: unknown status {status!r}")
    try:
        return verify_batch_result(r, cert, pid, sha256)
    except VerificationError as exc:
        return exc


def _by_id(items: list[OutboxItem]) -> dict[str, OutboxItem]:
    return {item.package_id: item for item in items}


def _active_members(db: Database, url: str, ids: list[str]) -> dict[str, OutboxItem]:
    members = {}
    for pid in ids:
        try:
            item = outbox.get(db, pid)
        except FilingError:
            continue
        if item.state in outbox.ACTIVE and item.upload_url == url:
            members[pid] = item
    return members


def _forget(db: Database, url: str | None) -> None:
    with outbox.transaction(db):
        db.execute("DELETE FROM outbox_bundles WHERE upload_url = ?", [url])


def _terminate(client: OfficeClient, url: str) -> None:
    """Best effort: an upload left at the office expires anyway."""
    try:
        client.tus.terminate(url)
    except FilingError as exc:
        log.info("could not remove bundle upload %s: %s", url, exc)


def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
