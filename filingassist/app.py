"""The Workspace: the one object the UI and the CLI hold (after Anki's Collection).

It owns the store and the event bus and offers every operation a filer performs; the UI
never reaches past it into the store, packaging or sync modules.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import importlib
import itertools
import mimetypes
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from filingassist import lockfile, paths
from filingassist.errors import (
    AlreadyQueued,
    InputError,
    NotFound,
    NotReceivedByOffice,
    PassphraseNeeded,
    UsageError,
    ValidationFailed,
    WrongPassphrase,
)
from filingassist.events import (
    ChangeSet,
    DraftSaved,
    DraftsDeleted,
    DraftStatusChanged,
    EventBus,
    OfficesChanged,
    OutboxChanged,
    PackageSigned,
)
from filingassist.formdefs import FormDef, form_for_kind, get_form
from filingassist.fsutil import sweep_temporaries, write_atomic
from filingassist.model.defaults import new_document
from filingassist.model.document import ApplicationDocument
from filingassist.model.findings import Finding
from filingassist.model.jsonio import ImportedDocument, dumps, read_file, to_json_obj
from filingassist.store import attachments, bulkrows
from filingassist.store.attachments import AttachmentStore
from filingassist.store.attachments import blob_or_none as attachments_blob
from filingassist.store.db import Store
from filingassist.store.drafts import DraftInfo, DraftRepository, RevisionInfo
from filingassist.store.packages import PackageRecord, PackageRepository

# note: packaging (cryptography), sync (requests, sqlite-utils), refdata, rules, filing,
# erase and tabular are imported in the methods that use them, so that 'filingassist
# list' and '--help' start in a fraction of the ~0.4 s the whole app takes to import
# (issue 15, bench/cli_startup.py); the records re-exported from them resolve on first
# access through __getattr__ below.
if TYPE_CHECKING:
    from concurrent.futures import Executor, Future

    from filingassist import batch, filing
    from filingassist.batch import FeeTotal
    from filingassist.model.upgrade import ChangeKind, UpgradeChange
    from filingassist.packaging.keys import KeyInfo, Signer
    from filingassist.packaging.package import BuiltPackage
    from filingassist.packaging.verify import VerifyReport
    from filingassist.passphrases import SessionPassphrases
    from filingassist.refdata.fees import Quote
    from filingassist.rules.incremental import Checked, top_key
    from filingassist.sync.labels import PackageLabel
    from filingassist.sync.offices import OfficeRecord
    from filingassist.sync.outbox import OutboxItem
    from filingassist.sync.receiptinfo import ReceiptDetails
    from filingassist.sync.runner import RunResult
    from filingassist.sync.transport import Transport
    from filingassist.tabular.bulk import ParsedRow

#: Threads of a batch queue: enough to overlap the fsync waits of 2 cores.
PACK_THREADS = 4
#: Packages written, fsynced and recorded together by ``pack_many`` (the batch durability
#: mode): large enough that the folder fsync and the commit vanish per package, small
#: enough that the packages held in memory stay a few MB and a stop comes soon.
PACK_BATCH = 64
PACK_BATCH_BYTES = 32 * 1024 * 1024

T = TypeVar("T")
R = TypeVar("R")

#: Records the UI and the CLI receive from the Workspace (so they never import the store,
#: sync or packaging modules that define them).
__all__ = [
    "AttachmentRef",
    "ChangeKind",
    "Checked",
    "DraftInfo",
    "DraftUpgrade",
    "FeeTotal",
    "KeyInfo",
    "ListChanges",
    "Notice",
    "OfficeRecord",
    "OutboxItem",
    "OutboxRow",
    "PackageInfo",
    "PackageLabel",
    "PackageRecord",
    "Quote",
    "Receipt",
    "ReceiptDetails",
    "ReceiptRow",
    "RevisionInfo",
    "RunResult",
    "Signer",
    "SigningState",
    "SheetColumns",
    "TemplateColumn",
    "UpgradeChange",
    "UpgradeOutcome",
    "Workspace",
    "top_key",
]

#: The records of ``__all__`` defined elsewhere, by the module that defines them; they
#: are imported on first access (PEP 562), so importing this module stays cheap.
_LAZY_RECORDS = {
    "ChangeKind": "filingassist.model.upgrade",
    "UpgradeChange": "filingassist.model.upgrade",
    "Checked": "filingassist.rules.incremental",
    "FeeTotal": "filingassist.batch",
    "KeyInfo": "filingassist.packaging.keys",
    "OfficeRecord": "filingassist.sync.offices",
    "OutboxItem": "filingassist.sync.outbox",
    "PackageLabel": "filingassist.sync.labels",
    "Quote": "filingassist.refdata.fees",
    "ReceiptDetails": "filingassist.sync.receiptinfo",
    "RunResult": "filingassist.sync.runner",
    "Signer": "filingassist.packaging.keys",
    "top_key": "filingassist.rules.incremental",
}


if not TYPE_CHECKING:  # mypy sees the imports above; a misspelt name stays an error

    def __getattr__(name: str) -> Any:
        """Resolve a re-exported record from its module on first access (then cached)."""
        module = _LAZY_RECORDS.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        globals()[name] = value
        return value


@dataclass(frozen=True)
class AttachmentRef:
    """A stored attachment, as a document field refers to it (``as_json``)."""

    sha256: str
    name: str
    media_type: str
    size: int

    def as_json(self) -> dict[str, Any]:
        return {
            "sha256": self.sha256,
            "name": self.name,
            "media_type": self.media_type,
            "size": self.size,
        }


@dataclass(frozen=True)
class Receipt:
    """The office's signed acknowledgement of a filing (or of a response to a notice)."""

    package_id: str
    office: str
    application_number: str
    filed_at: str
    received_at: str
    kind: str = "filing"  # or "response"
    responds_to_notice: int | None = None
    late: bool = False

    def as_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Notice:
    """A notice from an office, and what became of the response to it (if any)."""

    office: str
    seq: int
    application_number: str
    package_id: str | None
    kind: str
    text: str
    issued_at: str
    deadline: str | None
    response_package_id: str | None = None
    response_state: str | None = None  # the response's outbox state
    response_filed_at: str | None = None
    response_late: bool | None = None  # the office's verdict on the deadline

    def as_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class TemplateColumn:
    """A column of the bulk template: its header ``key`` and its title (message ids)."""

    key: str
    title: tuple[str, ...]
    required: bool


@dataclass(frozen=True)
class SheetColumns:
    """A sheet's header cells beside the template's columns (``Workspace.sheet_columns``)."""

    header: tuple[str, ...]
    template: tuple[TemplateColumn, ...]

    @property
    def unknown(self) -> tuple[str, ...]:
        """Headers the template does not have: to map before importing."""
        keys = {c.key for c in self.template}
        return tuple(h for h in self.header if h not in keys)


@dataclass(frozen=True)
class OutboxRow:
    """An outbox item as the Outbox list shows it: with what it is and where it goes."""

    item: OutboxItem
    label: PackageLabel
    office_name: str

    @property
    def package_id(self) -> str:
        return self.item.package_id


@dataclass(frozen=True)
class ReceiptRow:
    """A receipt as the Receipts list shows it: with the mark or title and the applicants."""

    receipt: Receipt
    label: PackageLabel
    office_name: str

    @property
    def package_id(self) -> str:
        return self.receipt.package_id


@dataclass(frozen=True)
class ListChanges(Generic[R]):
    """What changed in a list since a version (``Workspace.outbox_changes``): the package
    ids changed or gone (``keys``) and the rows of those still listed (``rows``); show it,
    then ask again with ``version``. Its size is the change, not the list."""

    version: int
    keys: tuple[str, ...]
    rows: list[R]


def _record(cls: type[R], row: dict[str, Any]) -> R:
    """A record from a store row (columns the record does not name are left out)."""
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in row.items() if k in names})


#: the lock file (in the data folder) that lets one sync pass run at a time
SYNC_LOCK = "sync.lock"
#: how long a second pass waits for the running one before giving up (seconds)
SYNC_WAIT = 120.0


def _validate_bulk_row(attachments: Path, parsed: ParsedRow) -> list[Finding]:
    """The rules engine on a bulk row, with its attachments from the sheet's folder or
    the store (module level: a bulk import's worker processes run it)."""
    from filingassist.rules import validate_document

    def blob(sha256: str) -> bytes | None:
        return parsed.blobs.get(sha256) or attachments_blob(attachments, sha256)

    return validate_document(parsed.document, blobs=blob)


def _prepare_draft_task(
    item: tuple[_PackSource, filing.DraftTask],
) -> filing.Prepared | filing.Refused:
    """What a worker process runs for ``pack_many`` (module level, so it can be pickled)."""
    from filingassist import filing

    return filing.prepare_task(item[1])


@dataclass(frozen=True)
class _PackSource:
    """What a package is made from and answers: the manifest's ``source``, the notice it
    responds to, the draft revision it records, a counter signature's attestation."""

    source: dict[str, Any]
    responds_to: dict[str, Any] | None
    draft_id: str
    revision: int
    attestation: dict[str, Any] | None = None


@dataclass(frozen=True)
class PackageInfo:
    """A signed package: where it is, what it says, what was accepted with it."""

    record: PackageRecord
    manifest: dict[str, Any]
    warnings: tuple[Finding, ...]

    @property
    def package_id(self) -> str:
        return self.record.package_id

    @property
    def path(self) -> Path:
        return self.record.path


#: Outbox states in which the office has not got the package (or refused it): deleting the
#: draft deletes such packages. From ``uploaded`` on the office holds it, and the package
#: (and later its receipt) is the filer's proof of filing, so it is kept.
UNSENT_STATES = ("queued", "uploading", "refused")


def _is_digest(name: str) -> bool:
    """An attachment's file name: a SHA-256 in hex (not a temporary file beside it)."""
    return len(name) == 64 and all(c in "0123456789abcdef" for c in name)


def _in_order(pool: Executor, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
    """``pool.map`` with at most two tasks per thread in flight: results come back in
    order and memory stays flat however many items a batch has (map submits them all)."""
    pending: deque[Future[R]] = deque()
    source = iter(items)
    for item in itertools.islice(source, 2 * PACK_THREADS):
        pending.append(pool.submit(fn, item))
    while pending:
        result = pending.popleft().result()
        for item in itertools.islice(source, 1):
            pending.append(pool.submit(fn, item))
        yield result


@dataclass(frozen=True)
class SignedPackage:
    """The package signed from a draft's current revision (what a printout's header names)."""

    package_id: str
    #: sha256 of the package file (what the office's receipt states).
    digest: str
    signed_at: str
    signer: str


@dataclass(frozen=True)
class SigningState:
    """The newest package of a draft and where it stands (``Workspace.signing_state``)."""

    package_id: str
    revision: int
    signed_at: str
    #: The draft's current revision: newer than ``revision`` once it was edited since.
    head: int
    #: Outbox state ('' when not queued; "receipted" once filed) and its office.
    outbox_state: str
    office: str

    @property
    def edited_since(self) -> bool:
        return self.head != self.revision

    @property
    def filed(self) -> bool:
        return self.outbox_state == "receipted"


@dataclass(frozen=True)
class DeleteResult:
    """What :meth:`Workspace.delete_drafts` removed, and the packages it had to keep."""

    drafts: tuple[str, ...]
    packages_deleted: tuple[str, ...]
    packages_kept: tuple[str, ...]
    attachments_deleted: int

    def to_json(self) -> dict[str, Any]:
        return {
            "drafts": list(self.drafts),
            "packages_deleted": list(self.packages_deleted),
            "packages_kept": list(self.packages_kept),
            "attachments_deleted": self.attachments_deleted,
        }


class UpgradeOutcome(enum.StrEnum):
    """What :meth:`Workspace.upgrade_drafts` did with one draft."""

    UPGRADED = "upgraded"  # a new revision on the newest form version was saved
    WOULD_UPGRADE = "would_upgrade"  # a dry run: what would change, nothing saved
    CURRENT = "current"  # already on the newest version (or no upgrade leads on)
    LOCKED = "locked"  # its current revision is signed: not changed in place


@dataclass(frozen=True)
class DraftUpgrade:
    """The report of upgrading one draft to the newest version of its form."""

    draft_id: str
    title: str
    form: str
    from_version: int
    to_version: int
    outcome: UpgradeOutcome
    changes: tuple[UpgradeChange, ...] = ()
    #: the revision the upgrade saved (UPGRADED), or the current one
    revision: int = 0
    #: LOCKED: the signed package and where it is
    package_id: str = ""
    package_state: str = ""
    #: the errors the upgraded draft has under the newer form (what the filer does next)
    errors: tuple[Finding, ...] = ()

    @property
    def not_carried(self) -> tuple[UpgradeChange, ...]:
        """The values the upgrade could not carry over (the filer must give them again)."""
        return tuple(c for c in self.changes if c.kind.not_carried)

    def to_json(self) -> dict[str, Any]:
        return {
            "draft_id": self.draft_id,
            "title": self.title,
            "form": self.form,
            "from_version": self.from_version,
            "to_version": self.to_version,
            "outcome": self.outcome.value,
            "revision": self.revision,
            "package_id": self.package_id,
            "package_state": self.package_state,
            "changes": [c.to_json() for c in self.changes],
            "errors": [f.to_json() for f in self.errors],
        }


class Workspace:
    """A filer's local workspace: drafts, attachments, and (later) packages and outbox."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.events = EventBus()
        sweep_temporaries(home)  # left by writers killed mid-write (never a live one)
        self._store = Store(home)
        self._drafts = DraftRepository(self._store)
        self._attachments = AttachmentStore(self._store)
        self._packages = PackageRepository(self._store)
        self._packages.repair_filed_drafts()
        #: passphrases remembered for this session; the desktop app turns it on
        self.passphrases: SessionPassphrases | None = None

    @classmethod
    def open(cls, home: Path | None = None) -> Workspace:
        return cls(home or paths.data_home())

    def close(self) -> None:
        if self.passphrases is not None:  # quitting forgets them (and their keyring entries)
            self.passphrases.close()
        self._store.close()

    def remember_passphrases(self, idle: float) -> SessionPassphrases:
        """Let ``unlock_key(..., remember=True)`` keep passphrases for this session (the
        desktop app; the CLI never does), forgotten after ``idle`` seconds without use.
        Removes what crashed sessions left in the OS keyring."""
        from filingassist.passphrases import SessionPassphrases

        if self.passphrases is None:
            self.passphrases = SessionPassphrases.start(self.home, idle)
        self.passphrases.idle = idle
        return self.passphrases

    def tracked(self, operation: Callable[[], T]) -> tuple[T, ChangeSet]:
        """Run one operation and say what it changed (drafts, outbox, receipts, notices,
        offices), from the events it emitted on this thread; views refresh from that."""
        with self.events.collect() as emitted:
            result = operation()
        return result, ChangeSet.of(emitted)

    # -- forms ---------------------------------------------------------------
    def form(self, of: str | ApplicationDocument) -> FormDef:
        """The form definition of a document (its own version), or the current one of a kind."""
        if isinstance(of, ApplicationDocument):
            return get_form(of.form, of.form_version)
        return form_for_kind(of)

    # -- drafts --------------------------------------------------------------
    def _create_draft(self, doc: ApplicationDocument, note: str = "created") -> DraftInfo:
        info = self._drafts.create(doc, note)
        self.events.emit(DraftSaved(info.id, info.head))
        return info

    def new_draft(self, kind: str, from_file: Path | None = None) -> DraftInfo:
        """A new draft of ``kind``, empty or filled from an application document file."""
        if from_file is None:
            return self._create_draft(new_document(form_for_kind(kind)))
        imported = read_file(from_file)
        if imported.document.kind != kind:
            raise InputError(
                f"$.kind: the file holds a {imported.document.kind} application, not {kind}",
                str(from_file),
            )
        return self._store_imported(imported, f"created from {from_file.name}")

    def save(self, draft_id: str, doc: ApplicationDocument, note: str = "") -> RevisionInfo:
        rev = self._drafts.save(draft_id, doc, note)
        self.events.emit(DraftSaved(draft_id, rev.number))
        return rev

    def load(self, draft_id: str, revision: int | None = None) -> ApplicationDocument:
        return self._drafts.load(draft_id, revision)

    def draft(self, draft_id: str) -> DraftInfo:
        return self._drafts.info(draft_id)

    def drafts(
        self,
        kind: str | None = None,
        search: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[DraftInfo]:
        return self._drafts.list(kind=kind, search=search, limit=limit, offset=offset)

    def history(self, draft_id: str) -> list[RevisionInfo]:
        return self._drafts.history(draft_id)

    def restore(self, draft_id: str, revision: int) -> RevisionInfo:
        rev = self._drafts.restore(draft_id, revision)
        self.events.emit(DraftSaved(draft_id, rev.number))
        return rev

    # -- form upgrades -------------------------------------------------------
    def newer_form_version(self, doc: ApplicationDocument) -> int | None:
        """The version of its form an upgrade would take ``doc`` to (None: current)."""
        from filingassist.model.upgrade import newer_version

        return newer_version(doc)

    def upgrade_drafts(
        self, draft_ids: Iterable[str] | None = None, dry_run: bool = False
    ) -> list[DraftUpgrade]:
        """Upgrade drafts to the newest version of their form (``None``: every draft).

        Each upgrade is a new revision of the same draft (the older one stays in its
        history, ``restore`` brings it back) made by the form's upgrade maps
        (forms/upgrades/); the report lists, as typed records, what moved, what got a
        default and what could not be carried over. A draft whose current revision is
        signed is not changed in place (LOCKED): the package would no longer be what the
        draft says; it is upgraded once edited. A draft already current is left alone.
        ``dry_run`` reports the same and saves nothing.

        Raises:
            NotFound: an id is not a draft here (checked first: nothing is upgraded).
        """
        if draft_ids is None:
            from filingassist.formdefs.upgrades import latest_version, upgradable_forms

            infos = [
                info
                for form in upgradable_forms()
                for info in self._drafts.on_form_before(form, latest_version(form))
            ]
        else:
            infos = [self._drafts.info(d) for d in dict.fromkeys(draft_ids)]
        return [self._upgrade_one(info, dry_run) for info in infos]

    def _upgrade_one(self, info: DraftInfo, dry_run: bool) -> DraftUpgrade:
        from filingassist.model.upgrade import upgrade_document

        result = upgrade_document(self.load(info.id))
        target = result.document.form_version
        report = DraftUpgrade(
            info.id,
            info.title,
            info.form,
            info.form_version,
            target,
            UpgradeOutcome.CURRENT,
            result.changes,
            info.head,
        )
        if not result.upgraded:
            return report
        errors = tuple(f for f in self.validate(result.document) if f.severity.value == "error")
        report = dataclasses.replace(report, errors=errors)
        state = self.signing_state(info.id)
        if state is not None and not state.edited_since:
            where = state.outbox_state or "signed"
            return dataclasses.replace(
                report,
                outcome=UpgradeOutcome.LOCKED,
                package_id=state.package_id,
                package_state=where,
            )
        if dry_run:
            return dataclasses.replace(report, outcome=UpgradeOutcome.WOULD_UPGRADE)
        note = f"upgraded to form {info.form} v{target}"
        rev = self.save(info.id, result.document, note)
        return dataclasses.replace(report, outcome=UpgradeOutcome.UPGRADED, revision=rev.number)

    def set_status(self, draft_id: str, status: str) -> None:
        self._drafts.set_status(draft_id, status)
        self.events.emit(DraftStatusChanged(draft_id, status))

    # -- deleting ------------------------------------------------------------
    def delete_drafts(self, draft_ids: list[str], keep_queued: bool = False) -> DeleteResult:
        """Delete drafts for good: revisions, attachments no other draft uses, packages
        the office has not received (see ``UNSENT_STATES``), leaving no trace on disk.

        With ``keep_queued`` (a counter's handover) a package waiting in the outbox stays
        there, as the outbox's own copy only: its package record and the copy under
        ``packages/`` are erased, so nothing but what must reach the office is left.

        All ids are checked first: an unknown id deletes nothing. Packages the office
        already holds are kept (with their outbox row and receipt) and detached from the
        draft. Slow on a large store (the database file is rewritten): run it off the GUI
        thread.

        Raises:
            NotFound: an id is not a draft here.
        """
        from filingassist.store import erase

        ids = list(dict.fromkeys(draft_ids))
        for draft_id in ids:
            self._drafts.info(draft_id)
        digests = self._drafts.attachment_digests(ids)
        with self._store.transaction() as db:
            # inside the transaction: a sync pass cannot move a package on meanwhile
            removed, kept = self._split_packages(ids)
            handed = [p for p in removed if keep_queued and p[1] and p[1].state != "refused"]
            removed = [pair for pair in removed if pair not in handed]
            self._drafts.delete_rows(db, ids)
            for record, _item in handed:
                db.execute("delete from packages where package_id = ?", [record.package_id])
            for record, _item in removed:
                db.execute("delete from outbox where package_id = ?", [record.package_id])
                db.execute("delete from responses where package_id = ?", [record.package_id])
                db.execute("delete from packages where package_id = ?", [record.package_id])
                db.execute("delete from package_labels where package_id = ?", [record.package_id])
            for record in kept:
                db.execute(
                    "update packages set draft_id = '' where package_id = ?", [record.package_id]
                )
            unused = [d for d in sorted(digests) if not self._drafts.digest_in_use(d)]
            for digest in unused:
                db.execute("delete from attachments where sha256 = ?", [digest])
        for record, item in removed:
            self._shred_own(record.path)
            if item is not None:
                self._shred_own(Path(item.path))
        for record, item in handed:
            if item is not None and record.path.resolve() != Path(item.path).resolve():
                self._shred_own(record.path)
        for digest in unused:
            erase.shred_file(self._attachments.path(digest))
        erase.scrub_database(self._store.db)
        result = DeleteResult(
            tuple(ids),
            tuple(r.package_id for r, _ in removed),
            tuple(r.package_id for r in [*kept, *(r for r, _ in handed)]),
            len(unused),
        )
        self.events.emit(DraftsDeleted(tuple(ids)))
        if removed:
            self.events.emit(OutboxChanged(result.packages_deleted))
        return result

    def erase_unused_attachments(self) -> int:
        """Shred every stored attachment no revision names; returns how many.

        A file stored for a draft whose edit was never saved (the counter's session wiped
        while the file was stored, or before its autosave) is named by no revision, so
        deleting the drafts does not find it. The counter's handover calls this once no
        draft is open; never while a draft is edited (its newest file may not be saved yet).
        """
        from filingassist.store import erase

        folder = self._store.attachments_dir
        stored = {p.name for p in folder.glob("??/*") if p.is_file() and _is_digest(p.name)}
        rows = {str(r["sha256"]) for r in self._store.db.query("select sha256 from attachments")}
        unused = sorted(d for d in stored | rows if not self._drafts.digest_in_use(d))
        if not unused:
            return 0
        with self._store.transaction() as db:
            for digest in unused:
                db.execute("delete from attachments where sha256 = ?", [digest])
        for digest in unused:
            path = self._attachments.path(digest)
            if path.is_file():
                erase.shred_file(path)
        erase.scrub_database(self._store.db)
        return len(unused)

    def _shred_own(self, path: Path) -> None:
        """Shred a file of the data folder; a copy the user saved elsewhere is theirs."""
        from filingassist.store import erase

        if path.resolve().is_relative_to(self.home.resolve()):
            erase.shred_file(path)

    def _split_packages(
        self, ids: list[str]
    ) -> tuple[list[tuple[PackageRecord, OutboxItem | None]], list[PackageRecord]]:
        queued = {item.package_id: item for item in self.outbox()}
        removed: list[tuple[PackageRecord, OutboxItem | None]] = []
        kept: list[PackageRecord] = []
        for draft_id in ids:
            for record in self._packages.for_draft(draft_id):
                item = queued.get(record.package_id)
                if item is None or item.state in UNSENT_STATES:
                    removed.append((record, item))
                else:
                    kept.append(record)
        return removed, kept

    def discard_if_untouched(self, draft_id: str) -> bool:
        """Delete the draft if it was created empty and never edited (closing it, the
        editor calls this so "New…" leaves nothing behind); True when it was deleted."""
        try:
            untouched = self._drafts.is_untouched(draft_id)
        except NotFound:
            return False
        if untouched:
            self.delete_drafts([draft_id])
        return untouched

    def purge_untouched(self, created_before: dt.datetime | None = None) -> list[str]:
        """Delete every draft created empty and never edited (the desktop app calls this
        on start, for drafts a crash or a kill left behind); returns their ids.

        ``created_before`` (the app's start time, aware) spares drafts made since: a
        ``filingassist new`` run while the desktop app starts, or a draft made with
        New… before this clean-up got its turn on the store lane.
        """
        before = None
        if created_before is not None:
            before = created_before.astimezone(dt.UTC).isoformat(timespec="microseconds")
        ids = self._drafts.untouched_ids(before)
        if ids:
            self.delete_drafts(ids)
        return ids

    # -- import / export -----------------------------------------------------
    def import_file(self, path: Path) -> DraftInfo:
        """Import one application document; the store is unchanged if it is unreadable."""
        return self._store_imported(read_file(path), f"imported from {path.name}")

    def import_files(self, files: list[Path]) -> list[DraftInfo]:
        """Import several documents: every file is read and checked before any is stored,
        so one unreadable file among many leaves the store unchanged."""
        imported = [(read_file(path), path) for path in files]
        return [self._store_imported(doc, f"imported from {path.name}") for doc, path in imported]

    def add_terms_from_file(self, draft_id: str, path: Path) -> RevisionInfo:
        """Merge a ``class,term`` CSV/XLSX list into the draft's classes as one revision.

        The whole file is checked first, so a bad file saves nothing (see filingassist.tabular).
        """
        from filingassist.tabular import merge_terms, read_terms

        doc = self.load(draft_id).copy()
        shape = self.form(doc).goods_services()
        if shape is None:
            raise UsageError(f"a {doc.kind} application has no goods and services classes")
        rows = read_terms(path)
        added = merge_terms(doc.data, rows, shape)
        return self.save(draft_id, doc, f"added {added} term(s) from {path.name}")

    # -- bulk sheets -----------------------------------------------------------
    def write_template(
        self, kind: str, out: Path, tr: Callable[[str], str] = str, example: bool = True
    ) -> int:
        """A bulk sheet template (CSV or XLSX) for ``kind``; returns its column count.

        The example row is the shipped example application of that kind, if any.
        """
        from filingassist.tabular.template import write_template

        sample = paths.examples_dir() / f"{kind}.json"
        doc = read_file(sample).document if example and sample.is_file() else None
        return write_template(form_for_kind(kind), out, tr, doc)

    def bulk_import(
        self,
        sheet_path: Path,
        kind: str | None = None,
        *,
        only_valid: bool = False,
        dry_run: bool = False,
        progress: batch.Progress | None = None,
        columns: Mapping[str, str] | None = None,
        workers: int | None = 0,
    ) -> batch.BulkResult:
        """Check every row of a bulk sheet, then store the valid rows as drafts.

        Rows with errors mean nothing is stored unless ``only_valid``; ``dry_run``
        stores nothing. The rows are stored in one transaction (all or none); rows
        imported before (same row key) are reported and skipped. ``columns`` maps the
        sheet's headers to template column keys ('' = ignore) when they differ. The
        rules engine runs in ``workers`` processes as ``pack_many`` says (None: one per
        core for a large sheet).

        Raises:
            InputError: the sheet is unreadable or hostile (row and column named);
                nothing is stored.
        """
        import functools

        from filingassist import batch, parallel
        from filingassist.rules.feemap import batch_memo
        from filingassist.tabular.bulk import BulkSheet

        form = batch.detect_form(sheet_path, kind)
        sheet = BulkSheet(sheet_path, form, columns)
        db = self._store.db
        if workers is None:
            workers = parallel.workers_for(sheet.estimated_rows())
        with batch_memo():  # note: a row's rules ask for its fee quote more than once
            result = batch.check_sheet(
                sheet,
                functools.partial(_validate_bulk_row, self._store.attachments_dir),
                lambda key: bulkrows.imported_drafts(db, [key]).get(key),
                progress,
                workers,
            )
        if dry_run or not result.to_import or (result.invalid and not only_valid):
            return result
        note = f"imported from {sheet_path.name}"
        with self._store.transaction() as tx:

            def store_one(parsed: ParsedRow) -> str:
                for ref in parsed.document.attachments():
                    self._attachments.put(parsed.blobs[ref["sha256"]], ref["media_type"])
                draft_id = self._drafts.insert(tx, parsed.document, note)
                bulkrows.record(
                    tx,
                    parsed.key,
                    draft_id,
                    parsed.row.client_ref,
                    parsed.row.row_id,
                    sheet_path.name,
                    parsed.row.number,
                )
                return draft_id

            batch.store_rows(sheet, result, store_one, progress)
        return result  # note: no per-draft events; the UI wizard (not this branch) refreshes once

    def write_bulk_report(
        self, result: batch.BulkResult, out: Path, tr: Callable[[str], str] = str
    ) -> Path:
        """Write the per-row report of a bulk import as CSV (formula-safe) or XLSX."""
        from filingassist.batch import report_rows
        from filingassist.tabular import write_csv
        from filingassist.tabular.template import write_xlsx

        rows = report_rows(result, tr)
        if out.suffix.lower() == ".xlsx":
            write_xlsx({"Report": rows}, out)
        else:
            write_csv(rows, out)
        return out

    def sheet_columns(self, sheet_path: Path, kind: str) -> SheetColumns:
        """The headers of a bulk sheet and the template's columns of ``kind``, to map the
        ones that differ before importing (the headers are read, not checked).

        Raises:
            InputError: the file is unreadable, too large or not a sheet.
        """
        from filingassist.tabular.bulk import BulkSheet
        from filingassist.tabular.columns import columns_for

        form = form_for_kind(kind)
        header = BulkSheet(sheet_path, form).peek_header()
        template = tuple(TemplateColumn(c.key, c.title, c.required) for c in columns_for(form))
        return SheetColumns(tuple(header), template)

    def fee_totals(self, packages: Iterable[PackageInfo]) -> list[batch.FeeTotal]:
        """Fee totals of signed packages per client reference (of their bulk rows) and
        currency, from the quotes their manifests carry (``batch.fee_totals``), followed
        by one total per currency over all clients (``client_ref`` None)."""
        from filingassist import batch

        packages = list(packages)
        refs = self.client_refs([p.record.draft_id for p in packages if p.record.draft_id])
        per_client = batch.fee_totals(
            (refs.get(p.record.draft_id, ""), p.manifest.get("fee_quote")) for p in packages
        )
        return [*per_client, *batch.currency_totals(per_client)]

    def client_refs(self, draft_ids: list[str]) -> dict[str, str]:
        """Draft id → the client reference of the bulk row it came from (if any)."""
        return bulkrows.client_refs(self._store.db, draft_ids)

    def _store_imported(self, imported: ImportedDocument, note: str) -> DraftInfo:
        for ref in imported.document.attachments():
            self._attachments.put(imported.blobs[ref["sha256"]], ref["media_type"])
        return self._create_draft(imported.document, note)

    def export_json(self, draft_id: str, out: Path, revision: int | None = None) -> Path:
        doc = self.load(draft_id, revision)
        info = self.draft(draft_id)
        obj = to_json_obj(
            doc,
            self.attachment_blobs(doc),
            source={"draft_id": draft_id, "revision": revision or info.head},
        )
        write_atomic(out, dumps(obj).encode("utf-8"))
        return out

    # -- attachments ---------------------------------------------------------
    def add_attachment(
        self, data: bytes, name: str, media_type: str | None = None
    ) -> AttachmentRef:
        """Store bytes; the reference's ``as_json()`` goes into a document field."""
        media = media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
        digest = self._attachments.put(data, media, where=name)
        return AttachmentRef(digest, name, media, len(data))

    def add_attachment_file(self, path: Path) -> AttachmentRef:
        """Store a file as an attachment; checked before reading (a dropped FIFO would
        block the worker for ever, a huge file would be read whole only to be refused)."""
        try:
            if not path.is_file():
                raise InputError("not a regular file", str(path))
            size = path.stat().st_size
            if size > attachments.MAX_ATTACHMENT_BYTES:
                raise InputError(
                    f"file of {size} bytes exceeds the "
                    f"{attachments.MAX_ATTACHMENT_BYTES} byte limit for attachments",
                    str(path),
                )
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read file ({exc.strerror})", str(path)) from exc
        return self.add_attachment(data, path.name)

    def attachment_bytes(self, sha256: str) -> bytes:
        return self._attachments.get(sha256)

    def attachment_blobs(self, doc: ApplicationDocument) -> dict[str, bytes]:
        return {ref["sha256"]: self._attachments.get(ref["sha256"]) for ref in doc.attachments()}

    # -- keys and packages ---------------------------------------------------
    def keys(self) -> list[KeyInfo]:
        """Signing keys in the profile (subject, issuer, validity, fingerprint)."""
        from filingassist.packaging import keys

        return keys.list_keys()

    def create_key(
        self, name: str, passphrase: bytes, email: str | None = None, algorithm: str = "ec-p256"
    ) -> KeyInfo:
        from filingassist.packaging import keys

        return keys.create_key(name, passphrase, email=email, algorithm=algorithm)

    def import_key(self, path: Path, passphrase: bytes) -> KeyInfo:
        from filingassist.packaging import keys

        return keys.import_p12(path, passphrase)

    def unlock_key(
        self, name_or_path: str | Path, passphrase: bytes | None, remember: bool | None = None
    ) -> Signer:
        """The key in memory, for one signing or a whole batch.

        With session memory on (``remember_passphrases``): no ``passphrase`` uses the one
        remembered for the key; ``remember=True`` keeps the passphrase that opened it,
        ``False`` forgets it after this use, None leaves it as it is. A passphrase that
        does not open the key is forgotten.

        Raises:
            PassphraseNeeded: no passphrase given and none remembered.
            WrongPassphrase: it does not open the key.
        """
        from filingassist.packaging import keys

        memory, name = self.passphrases, str(name_or_path)
        secret = passphrase or (memory.recall(name) if memory is not None else None)
        if not secret:
            raise PassphraseNeeded(f"type the passphrase of key {name!r}")
        try:
            signer = keys.unlock(name_or_path, secret)
        except WrongPassphrase:
            if memory is not None:
                memory.forget(name)
            raise
        if memory is not None and remember is not None:
            if not remember:
                memory.forget(name)
            elif passphrase:  # (a recalled one is remembered already, its clock restarted)
                memory.remember(name, passphrase)
        return signer

    def delete_key(self, name: str) -> str:
        """Remove a signing key from the profile (and its remembered passphrase)."""
        from filingassist.packaging import keys

        deleted = keys.delete_key(name)
        if self.passphrases is not None:
            self.passphrases.forget(name)
            self.passphrases.forget(deleted)
        return deleted

    def verify_package(self, path: Path) -> VerifyReport:
        from filingassist.packaging.verify import verify_package

        return verify_package(path)

    def pack(
        self,
        source: str | ApplicationDocument,
        signer: Signer,
        out: Path | None = None,
        signing_time: dt.datetime | None = None,
        responds_to: dict[str, Any] | None = None,
        again: bool = False,
        blobs: dict[str, bytes] | None = None,
        attestation: dict[str, Any] | None = None,
    ) -> PackageInfo:
        """Validate, export and sign into a package.

        ``source`` is a draft id (its current revision is packed and recorded, the draft
        becomes "signed"; ``out`` is an extra copy) or a document that is not a draft
        (``pack FILE``: written to ``out``, nothing stored). ``responds_to`` makes it a
        response to an office notice (see respond_to_notice). ``blobs`` are a document's
        attachments when they come with it (attachments given by path) rather than from
        the store.

        Raises:
            AlreadyQueued: a package of this revision is already queued or filed (each
                package gets its own id, so the office would file it twice); pass
                ``again=True`` when the filer confirmed that is what they want.
            ValidationFailed: the application has errors (the findings are attached).
            SigningError: the certificate is not valid at the signing time.
            UsageError: a document without ``out``.

        ``attestation`` is what the manifest records of a signature witnessed at an office
        counter (``filingassist.counter.attestation``): the filer's text-string signature,
        its date and the member of staff, since the package is signed with the counter's key.
        """
        if isinstance(source, ApplicationDocument):
            if out is None:
                raise UsageError("packing a document that is not a draft needs an output file")
            return self._pack(
                source, signer, signing_time, {}, responds_to, "", 0, out, blobs, attestation
            )
        info = self.draft(source)
        if responds_to is None and not again:
            self._refuse_second_filing(source, info.head)
        doc = self.load(source)
        where = {"draft_id": source, "revision": info.head}
        packed = self._pack(
            doc,
            signer,
            signing_time,
            where,
            responds_to,
            source,
            info.head,
            None,
            None,
            attestation,
        )
        self._record_signed(packed, source)
        if out is not None:
            write_atomic(out, packed.path.read_bytes())
        self.events.emit(PackageSigned(source, packed.package_id))
        return packed

    def _record_signed(self, packed: PackageInfo, draft_id: str) -> None:
        """Record the package and mark its draft signed in one transaction.

        A package file that no row points to (full disk, kill) would never be shown, queued
        or cleaned up: it goes with a failed transaction unless an earlier, identical
        package (deterministic signing) is recorded under it.
        """
        try:
            with self._store.transaction():
                self._packages.record(packed.record)
                self._drafts.set_status(draft_id, "signed")
        except BaseException:
            try:
                self._packages.get(packed.package_id)
            except NotFound:
                packed.path.unlink(missing_ok=True)
            raise

    def _refuse_second_filing(
        self, draft_id: str, revision: int, package_id: str | None = None
    ) -> None:
        earlier = self._packages.queued_or_filed(draft_id, revision, exclude=package_id)
        if earlier:
            pid, state = earlier[0]
            raise AlreadyQueued(
                f"revision {revision} of draft {draft_id} is already "
                f"{'filed' if state == 'receipted' else 'in the outbox'} as package "
                f"{pid[:16]} ({state}); filing it again would give a second application. "
                "Confirm with --again to file it once more.",
                [p for p, _ in earlier],
            )

    def _pack(
        self,
        doc: ApplicationDocument,
        signer: Signer,
        signing_time: dt.datetime | None,
        source: dict[str, Any],
        responds_to: dict[str, Any] | None,
        draft_id: str,
        revision: int,
        out: Path | None = None,
        blobs: dict[str, bytes] | None = None,
        attestation: dict[str, Any] | None = None,
    ) -> PackageInfo:
        """Build, sign and write the package, and the one PackageRecord that describes it."""
        from filingassist.packaging.package import write_package

        info, package = self._build(
            doc,
            signer,
            signing_time,
            _PackSource(source, responds_to, draft_id, revision, attestation),
            out,
            blobs,
        )
        write_package(package, info.path)
        return info

    def _build(
        self,
        doc: ApplicationDocument,
        signer: Signer,
        signing_time: dt.datetime | None,
        where: _PackSource,
        out: Path | None = None,
        blobs: dict[str, bytes] | None = None,
    ) -> tuple[PackageInfo, BuiltPackage]:
        """Validate, export and sign in memory: the package and the record that will
        describe it once written (at ``out``, else in the packages folder)."""
        from filingassist import filing

        task = self._task(doc, signing_time, where, blobs)
        return self._sign(task, filing.prepare_task(task), signer, where, out)

    def _task(
        self,
        doc: ApplicationDocument,
        signing_time: dt.datetime | None,
        where: _PackSource,
        blobs: dict[str, bytes] | None = None,
    ) -> filing.DraftTask:
        from filingassist import filing

        return filing.DraftTask(
            doc,
            self.attachment_blobs(doc) if blobs is None else blobs,
            signing_time or dt.datetime.now(dt.UTC).replace(microsecond=0),
            where.source,
            where.responds_to,
            where.attestation,
        )

    def _sign(
        self,
        task: filing.DraftTask,
        prepared: filing.Prepared | filing.Refused,
        signer: Signer,
        where: _PackSource,
        out: Path | None = None,
    ) -> tuple[PackageInfo, BuiltPackage]:
        """Sign what ``filing.prepare_task`` made (here or in a worker process)."""
        from cryptography.hazmat.primitives import hashes

        from filingassist import filing

        if isinstance(prepared, filing.Refused):
            raise prepared.error()
        result = filing.sign_prepared(prepared, task.doc, task.blobs, signer, task.signing_time)
        package = result.package
        record = PackageRecord(
            package.package_id,
            where.draft_id,
            where.revision,
            task.doc.kind,
            out or self._packages.path_for(package.package_id),
            len(package.data),
            signer.name,
            signer.cert.fingerprint(hashes.SHA256()).hex(),
            package.manifest["created"],
            len(result.warnings),
        )
        return PackageInfo(record, package.manifest, result.warnings), package

    def pack_many(
        self,
        draft_ids: list[str],
        signer: Signer,
        out_dir: Path | None = None,
        again: bool = False,
        workers: int | None = 0,
    ) -> Iterator[PackageInfo | ValidationFailed]:
        """Pack many drafts with one unlocked key; yields each result in ``draft_ids``
        order (a ValidationFailed for a draft with errors, which is not packed).

        The CPU-heavy part (full validation, fee quote, ST.96 export, manifest) runs in
        ``workers`` processes (0, the default: in this process; None: one per core for
        a large batch, ``filingassist.parallel.workers_for``); signing stays in this
        process, which holds the key. Workers are spawned, so the program's main module
        must be safe to import (the ``if __name__ == "__main__"`` idiom): the CLI and
        the desktop app are. Packages are written in the batch durability mode,
        ``PACK_BATCH`` at a time: built in memory, written under temporary names,
        fsynced in one pass, renamed, their folder fsynced once (``fsutil.write_many``),
        then recorded with their drafts' "signed" status in ONE store transaction. A
        kill at any instant leaves every package the store lists complete on disk and no
        half file; the drafts of the batch under way stay unsigned, to be packed by
        running it again. A consumer that stops iterating (cancel) stops at once: what
        it was given is recorded, the packages being built are dropped. Other errors
        stop the batch.
        """
        from filingassist import parallel

        if out_dir is not None and not out_dir.is_dir():
            raise UsageError(f"{out_dir}: folder does not exist")
        if workers is None:
            workers = parallel.workers_for(len(draft_ids))
        results: list[PackageInfo | ValidationFailed] = []
        built: list[tuple[PackageInfo, bytes]] = []
        held = 0
        tasks = (self._draft_task(draft_id, again) for draft_id in draft_ids)
        # note: chunks of 8 drafts, as each task holds its draft's attachments
        for (where, task), prepared in parallel.ordered_map(
            _prepare_draft_task, tasks, workers, chunk=8
        ):
            try:
                packed, package = self._sign(task, prepared, signer, where)
            except ValidationFailed as exc:
                results.append(exc)
            else:
                built.append((packed, package.data))
                held += len(package.data)
                results.append(packed)
            if len(built) >= PACK_BATCH or held >= PACK_BATCH_BYTES:
                self._write_batch(built, out_dir)
                yield from results
                results, built, held = [], [], 0
        self._write_batch(built, out_dir)
        yield from results

    def _draft_task(self, draft_id: str, again: bool) -> tuple[_PackSource, filing.DraftTask]:
        """The current revision of a draft as a task to prepare (refused if that revision
        is already queued or filed, unless ``again``)."""
        info = self.draft(draft_id)
        if not again:
            self._refuse_second_filing(draft_id, info.head)
        source = {"draft_id": draft_id, "revision": info.head}
        where = _PackSource(source, None, draft_id, info.head)
        return where, self._task(self.load(draft_id), None, where)

    def _write_batch(self, built: list[tuple[PackageInfo, bytes]], out_dir: Path | None) -> None:
        """Write a batch's packages durably, then record them (and their drafts signed)
        in one transaction; on failure no file stays that no row points to."""
        from filingassist.fsutil import write_many

        if not built:
            return
        packed = [info for info, _data in built]
        try:
            write_many([(info.path, data) for info, data in built])
            with self._store.transaction():
                self._packages.record_many([info.record for info in packed])
                self._drafts.set_status_many([i.record.draft_id for i in packed], "signed")
        except BaseException:
            self._forget_unrecorded(packed)
            raise
        if out_dir is not None:
            write_many([(out_dir / f"{i.record.draft_id}.zip", data) for i, data in built])
        for info in packed:
            self.events.emit(PackageSigned(info.record.draft_id, info.package_id))

    def _forget_unrecorded(self, packed: list[PackageInfo]) -> None:
        """Remove the files of packages no store row points to (a failed batch): they
        would never be shown, queued or cleaned up. An identical package recorded earlier
        (deterministic signing) keeps its file."""
        for info in packed:
            try:
                self._packages.get(info.package_id)
            except NotFound:
                info.path.unlink(missing_ok=True)

    def packages(self, draft_id: str | None = None) -> list[PackageRecord]:
        return self._packages.for_draft(draft_id)

    def signed_package(self, draft_id: str) -> SignedPackage | None:
        """The newest package signed from the draft's current revision; None when the
        draft was edited since (or never signed)."""
        head = self.draft(draft_id).head
        for record in self._packages.for_draft(draft_id):
            if record.revision == head and record.path.is_file():
                digest = hashlib.sha256(record.path.read_bytes()).hexdigest()
                return SignedPackage(record.package_id, digest, record.signed_at, record.signer)
        return None

    # -- offices, outbox and sync --------------------------------------------
    def offices(self) -> list[OfficeRecord]:
        from filingassist.sync import offices as sync_offices

        return sync_offices.all_offices(self._store.db)

    def discover_office(self, url: str, ca_bundle: str | None = None) -> tuple[dict[str, Any], str]:
        """What an office says about itself, and its certificate's fingerprint to confirm."""
        from filingassist.sync.client import discover
        from filingassist.sync.receipts import fingerprint
        from filingassist.sync.transport import RequestsTransport

        doc = discover(RequestsTransport(ca_bundle), url)
        return doc, fingerprint(str(doc.get("receipt_certificate") or ""))

    def add_office(
        self,
        url: str,
        confirmed_fingerprint: str,
        token: str | None = None,
        ca_bundle: str | None = None,
    ) -> OfficeRecord:
        """Pin an office after the user confirmed its certificate fingerprint."""
        from filingassist.sync import offices as sync_offices

        doc, _ = self.discover_office(url, ca_bundle)
        record = sync_offices.add(self._store.db, url, doc, confirmed_fingerprint, token, ca_bundle)
        self.events.emit(OfficesChanged())
        return record

    def queue(
        self, package: str | Path, office: str | None = None, again: bool = False
    ) -> OutboxItem:
        """Put a signed package into the outbox (no network needed); idempotent.

        The package must pass ``verify``. A package made here from a draft revision that
        already has another package queued or filed is refused unless ``again``.

        Raises:
            VerificationError: the package does not verify.
            AlreadyQueued: another package of the same revision is queued or filed.
        """
        from filingassist.sync import offices as sync_offices
        from filingassist.sync import outbox

        path = Path(package)
        if not path.is_file():
            path = self._packages.get(str(package)).path
        record = sync_offices.get(self._store.db, office)
        code = record.code
        self._refuse_wrong_office(record, path)
        if not again:
            self._refuse_second_queue(path)
        # the outbox keeps its own copy: the original may be moved or deleted later
        item = outbox.add(self._store.db, path, code, time.time(), keep_in=self.home / "outbox")
        if item.office != code:  # queued before for another office: move it, if unsent
            item = outbox.retarget(self._store.db, item.package_id, code)
        self.events.emit(OutboxChanged((item.package_id,)))
        return item

    def signing_state(self, draft_id: str) -> SigningState | None:
        """The draft's newest package and where it is (None: never signed): not queued,
        in the outbox (its state and office) or filed; and whether the draft was edited
        since (a new revision, which must be signed again)."""
        from filingassist.sync import outbox

        records = self._packages.for_draft(draft_id)
        if not records:
            return None
        record = records[0]
        try:
            item: OutboxItem | None = outbox.get(self._store.db, record.package_id)
        except NotFound:
            item = None
        return SigningState(
            record.package_id,
            record.revision,
            record.signed_at,
            self.draft(draft_id).head,
            item.state if item is not None else "",
            item.office if item is not None else "",
        )

    def destination(self, package: str | Path) -> tuple[str, str]:
        """(kind, code of the office it is filed with) of a signed package."""
        from filingassist.sync import outbox

        path = Path(package)
        if not path.is_file():
            path = self._packages.get(str(package)).path
        kind, code, _response = outbox.destination(path)
        return kind, code

    def offices_for(self, package: str | Path) -> list[OfficeRecord]:
        """The offices set up here that declare they receive this package."""
        kind, wanted = self.destination(package)
        return [o for o in self.offices() if wanted and wanted in o.receives_for(kind)]

    def _refuse_wrong_office(self, record: OfficeRecord, path: Path) -> None:
        """A package goes only to an office that declared it receives its kind for the code
        the application names (a response goes back to the office that asked)."""
        from filingassist.sync import outbox

        kind, wanted, response = outbox.destination(path)
        if not response:
            self._refuse_not_received(record, kind, wanted)

    def _refuse_not_received(self, record: OfficeRecord, kind: str, wanted: str) -> None:
        received = record.receives_for(kind)
        if not wanted or wanted not in received:
            raise NotReceivedByOffice(record.code, kind, wanted, list(received))

    def _refuse_second_queue(self, path: Path) -> None:
        from filingassist.sync import outbox

        package_id, responds_to = outbox.describe(path)
        if responds_to is None:
            self._refuse_second_filing_of(package_id)

    def _refuse_second_filing_of(self, package_id: str) -> None:
        """Refuse a filing package whose draft revision is already queued or filed as
        another package (a package made elsewhere: its revision is not known here)."""
        try:
            record = self._packages.get(package_id)
        except NotFound:
            return
        if record.draft_id:
            self._refuse_second_filing(record.draft_id, record.revision, package_id)

    def queue_many(
        self,
        packages: list[Path],
        office: str | None = None,
        progress: batch.Progress | None = None,
        again: bool = False,
        workers: int | None = 0,
    ) -> list[OutboxItem]:
        """Queue many packages: all are checked first (each read once: it verifies, the
        office receives it, no second filing of a revision unless ``again``; in
        ``workers`` processes as ``pack_many`` says), then they are queued in batches
        (``outbox.add_many``: each copy must be the file checked; one fsync pass, one
        folder fsync and one transaction per batch; idempotent, so a run cut short is
        finished by running it again); one ``OutboxChanged`` for the whole."""
        import functools

        from filingassist import parallel
        from filingassist.sync import offices as sync_offices
        from filingassist.sync import outbox

        missing = [str(p) for p in packages if not Path(p).is_file()]
        if missing:
            raise InputError("not a package file", ", ".join(missing[:5]))
        record = sync_offices.get(self._store.db, office)
        code = record.code
        workers = parallel.workers_for(len(packages)) if workers is None else workers
        check = functools.partial(outbox.check_for_queue, office=code)
        checked = [c for _path, c in parallel.ordered_map(check, packages, workers, chunk=32)]
        for package in checked:
            if package.responds_to is None:
                self._refuse_not_received(record, package.kind, package.office_code)
                if not again:
                    self._refuse_second_filing_of(package.package_id)

        def queued(done: int) -> None:
            if progress is not None:
                progress("queue", done, len(packages))

        keep = self.home / "outbox"
        ids = outbox.add_many(self._store.db, checked, code, time.time(), keep, queued)
        items = outbox.items_of(self._store.db, ids)
        for n, item in enumerate(items):
            if item.office != code:  # queued before for another office: move it, if unsent
                items[n] = outbox.retarget(self._store.db, item.package_id, code)
        self.events.emit(OutboxChanged(tuple(i.package_id for i in items)))
        return items

    def outbox(self) -> list[OutboxItem]:
        from filingassist.sync import outbox

        return outbox.items(self._store.db)

    def outbox_rows(self, package_ids: Iterable[str] | None = None) -> list[OutboxRow]:
        """The outbox (or the rows of ``package_ids`` still in it) with each package's
        kind, mark or title, applicants and office name (read from each package file
        once, then kept): what the Outbox list shows."""
        from filingassist.sync import labels

        ids = None if package_ids is None else list(package_ids)
        return [OutboxRow(*row) for row in labels.outbox_rows(self._store.db, ids)]

    def list_version(self) -> int:
        """The version of the Outbox and Receipts lists now (migration m012: triggers stamp
        every change). Read it before a full list; ``*_changes(since=it)`` then names what
        changed after."""
        from filingassist.sync import labels

        return labels.list_version(self._store.conn)

    def outbox_changes(self, since: int) -> ListChanges[OutboxRow]:
        """The outbox rows changed (or gone: in ``keys``, not in ``rows``) since ``since``."""
        from filingassist.sync import labels

        version, keys = labels.changed_since(self._store.conn, since)
        return ListChanges(version, keys, self.outbox_rows(keys) if keys else [])

    def receipt_changes(self, since: int) -> ListChanges[ReceiptRow]:
        """The receipt rows changed (or gone) since ``since``, as ``outbox_changes``."""
        from filingassist.sync import labels

        version, keys = labels.changed_since(self._store.conn, since)
        return ListChanges(version, keys, self.receipt_rows(keys) if keys else [])

    def send_now(self, package_id: str | None = None) -> int:
        """Skip the retry wait for one package (or all)."""
        from filingassist.sync import outbox

        n = outbox.send_now(self._store.db, package_id)
        self.events.emit(OutboxChanged((package_id,) if package_id else ()))
        return n

    def sync_once(
        self,
        office: str | None = None,
        transport: Transport | None = None,
        wait: float = SYNC_WAIT,
    ) -> RunResult:
        """One pass: send what is due, fetch notices. Progress arrives as ``sync_progress``.

        One pass at a time per data folder: another process's (or thread's) pass is waited
        for up to ``wait`` seconds, then ``Busy`` is raised.
        """
        from filingassist.sync import offices as sync_offices
        from filingassist.sync.runner import run_once
        from filingassist.sync.transport import RequestsTransport

        record = sync_offices.get(self._store.db, office)
        with lockfile.held(self.home / SYNC_LOCK, "a sync pass", wait):
            result = run_once(
                self._store.db,
                transport or RequestsTransport(record.ca_bundle),
                time.time,
                record.code,
                self.events,
            )
        for package_id in result.receipted:
            self._announce_filed(package_id)
        return result

    def _announce_filed(self, package_id: str) -> None:
        """The status itself was written with the receipt (``outbox.store_receipt``)."""
        try:
            record = self._packages.get(package_id)
        except NotFound:
            return  # a package queued from a file, not made from a draft here
        if not record.draft_id:
            return  # its draft was deleted after the package was sent
        self.events.emit(DraftStatusChanged(record.draft_id, "filed"))

    def receipts(self) -> list[Receipt]:
        from filingassist.sync import outbox

        return [_record(Receipt, row) for row in outbox.receipts(self._store.db)]

    def receipt_rows(self, package_ids: Iterable[str] | None = None) -> list[ReceiptRow]:
        """Receipts (or those of ``package_ids``) with the mark or title, applicants, kind
        and office name of each."""
        from filingassist.sync import labels, outbox

        ids = None if package_ids is None else list(package_ids)
        described = labels.receipt_labels(self._store.db, ids)
        empty = labels.PackageLabel()
        return [
            ReceiptRow(r, *described.get(r.package_id, (empty, r.office)))
            for r in (_record(Receipt, row) for row in outbox.receipts(self._store.db, ids))
        ]

    def receipt_details(self, package_id: str) -> ReceiptDetails:
        """What the printed receipt states (office, number, date, kind, mark, applicants,
        fees, digest), its signature checked again against the pinned certificate."""
        from filingassist.sync.receiptinfo import receipt_details

        return receipt_details(self._store.db, package_id)

    def notices(self) -> list[Notice]:
        """Stored notices, each with its response's package id and state (or None)."""
        from filingassist.sync import responses

        return [_record(Notice, row) for row in responses.notices_with_responses(self._store.db)]

    # -- responses to notices ------------------------------------------------
    def respond_to_notice(
        self, office: str, seq: int, draft_id: str, signer: Signer
    ) -> PackageInfo:
        """Sign the draft's current revision as a response to notice ``seq`` and queue it.

        The notice must have been fetched here. When its application was filed from this
        workspace, the response must come from the same draft (answering with another
        application's draft is a mistake caught here); an application filed elsewhere by
        the same account can be answered with any draft the filer names, and the office
        checks that the application is the account's.

        Raises:
            NotFound: no such notice (sync first) or draft.
            UsageError: the application was filed here from another draft.
            ValidationFailed: the draft has errors.
        """
        from filingassist.sync import responses

        target, filed_from = responses.notice_target(self._store.db, office, seq)
        if filed_from is not None and filed_from != draft_id:
            raise UsageError(
                f"application {target['application_number']} was filed from draft "
                f"{filed_from}; respond with that draft"
            )
        info = self.pack(draft_id, signer, responds_to=target)
        self.queue(info.package_id, office)
        return info

    # -- validation ----------------------------------------------------------
    def validate(self, doc: ApplicationDocument) -> list[Finding]:
        """Every finding of ``doc``, errors first (the rules engine in one pass: without
        noting what each rule reads, which only ``check`` needs, it costs half as much,
        and a batch pack validates every draft)."""
        from filingassist.rules import validate_document

        return validate_document(doc, blobs=self._blob_or_none)

    def check(
        self, doc: ApplicationDocument, since: Checked | None = None, changed: Iterable[str] = ()
    ) -> Checked:
        """The findings of ``doc`` and what each rule read; with ``since`` (the result for
        the document before edits at the ``changed`` paths) only the rules that read those
        paths re-run, which keeps a keystroke's check within a frame (rules.incremental)."""
        from filingassist.rules.incremental import check_all, recheck

        if since is None:
            return check_all(doc, blobs=self._blob_or_none)
        return recheck(since, doc, changed, blobs=self._blob_or_none)

    def _blob_or_none(self, sha256: str) -> bytes | None:
        """Attachment bytes for the rules (image size, sequence listing), None if missing."""
        try:
            return self._attachments.get(sha256)
        except (NotFound, InputError, OSError):
            return None

    def fees(self, doc: ApplicationDocument) -> Quote | None:
        """The itemised fee quote of ``doc``; None while what the fees depend on is missing.

        A quote the tables cannot complete (an office whose transmittal fee is not tabled)
        is returned with ``incomplete`` naming the missing items, so the filer and the
        package manifest still see every amount that is known.
        """
        from filingassist.rules.feemap import quote

        try:
            return quote(doc)
        except UsageError:  # what the fees depend on is missing (the message says what)
            return None

    def new_from_basic_mark(self, path: Path) -> DraftInfo:
        """A new MM2 draft prefilled from the basic mark's ST.96 record (any dialect)."""
        from filingassist.xmlio.basicmark import apply_basic_mark, read_basic_mark

        blank = new_document(form_for_kind("madrid"))
        doc = apply_basic_mark(blank, read_basic_mark(path), path.name)
        return self._create_draft(doc, f"created from basic mark {path.name}")
