"""The Workspace: the one object the UI and the CLI hold (after Anki's Collection).

It owns the store and the event bus and offers every operation a filer performs; the UI
never reaches past it into the store, packaging or sync modules.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import mimetypes
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from cryptography.hazmat.primitives import hashes

from filingassist import filing, paths
from filingassist.errors import InputError, NotFound, UsageError
from filingassist.events import (
    ChangeSet,
    DraftSaved,
    DraftStatusChanged,
    EventBus,
    OfficesChanged,
    OutboxChanged,
    PackageSigned,
)
from filingassist.formdefs import FormDef, form_for_kind, get_form
from filingassist.fsutil import write_atomic
from filingassist.model.defaults import new_document
from filingassist.model.document import ApplicationDocument
from filingassist.model.findings import Finding
from filingassist.model.jsonio import ImportedDocument, dumps, read_file, to_json_obj
from filingassist.packaging import keys
from filingassist.packaging.keys import KeyInfo, Signer
from filingassist.packaging.package import write_package
from filingassist.packaging.verify import VerifyReport, verify_package
from filingassist.refdata.fees import Quote
from filingassist.rules.incremental import Checked, check_all, recheck, top_key
from filingassist.store import attachments
from filingassist.store.attachments import AttachmentStore
from filingassist.store.db import Store
from filingassist.store.drafts import DraftInfo, DraftRepository, RevisionInfo
from filingassist.store.packages import PackageRecord, PackageRepository
from filingassist.sync import offices as sync_offices
from filingassist.sync import outbox, responses
from filingassist.sync.client import discover
from filingassist.sync.offices import OfficeRecord
from filingassist.sync.outbox import OutboxItem
from filingassist.sync.receipts import fingerprint
from filingassist.sync.runner import RunResult, run_once
from filingassist.sync.transport import RequestsTransport, Transport
from filingassist.tabular import merge_terms, read_terms

T = TypeVar("T")
R = TypeVar("R")

#: Records the UI and the CLI receive from the Workspace (so they never import the store,
#: sync or packaging modules that define them).
__all__ = [
    "AttachmentRef",
    "Checked",
    "DraftInfo",
    "KeyInfo",
    "Notice",
    "OfficeRecord",
    "OutboxItem",
    "PackageInfo",
    "PackageRecord",
    "Quote",
    "Receipt",
    "RevisionInfo",
    "RunResult",
    "Workspace",
    "top_key",
]


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


def _record(cls: type[R], row: dict[str, Any]) -> R:
    """A record from a store row (columns the record does not name are left out)."""
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in row.items() if k in names})


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


class Workspace:
    """A filer's local workspace: drafts, attachments, and (later) packages and outbox."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.events = EventBus()
        self._store = Store(home)
        self._drafts = DraftRepository(self._store)
        self._attachments = AttachmentStore(self._store)
        self._packages = PackageRepository(self._store)

    @classmethod
    def open(cls, home: Path | None = None) -> Workspace:
        return cls(home or paths.data_home())

    def close(self) -> None:
        self._store.close()

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

    def set_status(self, draft_id: str, status: str) -> None:
        self._drafts.set_status(draft_id, status)
        self.events.emit(DraftStatusChanged(draft_id, status))

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
        doc = self.load(draft_id).copy()
        if self.form(doc).group("classes") is None:
            raise UsageError(f"a {doc.kind} application has no goods and services classes")
        rows = read_terms(path)
        added = merge_terms(doc.data, rows)
        return self.save(draft_id, doc, f"added {added} term(s) from {path.name}")

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
        return keys.list_keys()

    def create_key(
        self, name: str, passphrase: bytes, email: str | None = None, algorithm: str = "ec-p256"
    ) -> KeyInfo:
        return keys.create_key(name, passphrase, email=email, algorithm=algorithm)

    def import_key(self, path: Path, passphrase: bytes) -> KeyInfo:
        return keys.import_p12(path, passphrase)

    def unlock_key(self, name_or_path: str | Path, passphrase: bytes) -> Signer:
        """The key in memory, for one signing or a whole batch."""
        return keys.unlock(name_or_path, passphrase)

    def verify_package(self, path: Path) -> VerifyReport:
        return verify_package(path)

    def pack(
        self,
        source: str | ApplicationDocument,
        signer: Signer,
        out: Path | None = None,
        signing_time: dt.datetime | None = None,
        responds_to: dict[str, Any] | None = None,
    ) -> PackageInfo:
        """Validate, export and sign into a package.

        ``source`` is a draft id (its current revision is packed and recorded, the draft
        becomes "signed"; ``out`` is an extra copy) or a document that is not a draft
        (``pack FILE``: written to ``out``, nothing stored). ``responds_to`` makes it a
        response to an office notice (see respond_to_notice).

        Raises:
            ValidationFailed: the application has errors (the findings are attached).
            SigningError: the certificate is not valid at the signing time.
            UsageError: a document without ``out``.
        """
        if isinstance(source, ApplicationDocument):
            if out is None:
                raise UsageError("packing a document that is not a draft needs an output file")
            return self._pack(source, signer, signing_time, {}, responds_to, "", 0, out)
        info = self.draft(source)
        doc = self.load(source)
        where = {"draft_id": source, "revision": info.head}
        packed = self._pack(doc, signer, signing_time, where, responds_to, source, info.head)
        self._packages.record(packed.record)
        self._drafts.set_status(source, "signed")
        if out is not None:
            write_atomic(out, packed.path.read_bytes())
        self.events.emit(PackageSigned(source, packed.package_id))
        return packed

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
    ) -> PackageInfo:
        """Build, sign and write the package, and the one PackageRecord that describes it."""
        when = signing_time or dt.datetime.now(dt.UTC).replace(microsecond=0)
        quote = self.fees(doc)
        result = filing.pack(
            doc,
            self.attachment_blobs(doc),
            self.validate(doc),
            signer,
            when,
            fee_quote=quote.as_dict() if quote is not None else None,
            source=source,
            responds_to=responds_to,
        )
        package = result.package
        path = write_package(package, out or self._packages.path_for(package.package_id))
        record = PackageRecord(
            package.package_id,
            draft_id,
            revision,
            doc.kind,
            path,
            len(package.data),
            signer.name,
            signer.cert.fingerprint(hashes.SHA256()).hex(),
            package.manifest["created"],
            len(result.warnings),
        )
        return PackageInfo(record, package.manifest, result.warnings)

    def packages(self, draft_id: str | None = None) -> list[PackageRecord]:
        return self._packages.for_draft(draft_id)

    # -- offices, outbox and sync --------------------------------------------
    def offices(self) -> list[OfficeRecord]:
        return sync_offices.all_offices(self._store.db)

    def discover_office(self, url: str, ca_bundle: str | None = None) -> tuple[dict[str, Any], str]:
        """What an office says about itself, and its certificate's fingerprint to confirm."""
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
        doc, _ = self.discover_office(url, ca_bundle)
        record = sync_offices.add(self._store.db, url, doc, confirmed_fingerprint, token, ca_bundle)
        self.events.emit(OfficesChanged())
        return record

    def queue(self, package: str | Path, office: str | None = None) -> OutboxItem:
        """Put a signed package into the outbox (no network needed); idempotent."""
        path = Path(package)
        if not path.is_file():
            path = self._packages.get(str(package)).path
        code = sync_offices.get(self._store.db, office).code
        # the outbox keeps its own copy: the original may be moved or deleted later
        item = outbox.add(self._store.db, path, code, time.time(), keep_in=self.home / "outbox")
        self.events.emit(OutboxChanged((item.package_id,)))
        return item

    def outbox(self) -> list[OutboxItem]:
        return outbox.items(self._store.db)

    def send_now(self, package_id: str | None = None) -> int:
        """Skip the retry wait for one package (or all)."""
        n = outbox.send_now(self._store.db, package_id)
        self.events.emit(OutboxChanged((package_id,) if package_id else ()))
        return n

    def sync_once(self, office: str | None = None, transport: Transport | None = None) -> RunResult:
        """One pass: send what is due, fetch notices. Progress arrives as ``sync_progress``."""
        record = sync_offices.get(self._store.db, office)
        result = run_once(
            self._store.db,
            transport or RequestsTransport(record.ca_bundle),
            time.time,
            record.code,
            self.events,
        )
        for package_id in result.receipted:
            self._mark_filed(package_id)
        return result

    def _mark_filed(self, package_id: str) -> None:
        try:
            record = self._packages.get(package_id)
        except NotFound:
            return  # a package queued from a file, not made from a draft here
        self._drafts.set_status(record.draft_id, "filed")
        self.events.emit(DraftStatusChanged(record.draft_id, "filed"))

    def receipts(self) -> list[Receipt]:
        return [_record(Receipt, row) for row in outbox.receipts(self._store.db)]

    def notices(self) -> list[Notice]:
        """Stored notices, each with its response's package id and state (or None)."""
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
        """Every finding of ``doc``, errors first."""
        return self.check(doc).findings

    def check(
        self, doc: ApplicationDocument, since: Checked | None = None, changed: Iterable[str] = ()
    ) -> Checked:
        """The findings of ``doc`` and what each rule read; with ``since`` (the result for
        the document before edits at the ``changed`` paths) only the rules that read those
        paths re-run, which keeps a keystroke's check within a frame (rules.incremental)."""
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
