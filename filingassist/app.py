"""The Workspace: the one object the UI and the CLI hold (after Anki's Collection).

It owns the store and the event bus and offers every operation a filer performs; the UI
never reaches past it into the store, packaging or sync modules.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes

from filingassist import filing, paths, refdata
from filingassist.errors import InputError, NotFound, UsageError
from filingassist.events import EventBus
from filingassist.filing import PackResult
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


def _dataset_json(info: Any) -> dict[str, Any]:
    return {
        "name": info.name,
        "version": info.version,
        "valid_as_of": info.valid_as_of.isoformat(),
        "origin": info.origin,
    }


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

    # -- forms ---------------------------------------------------------------
    def form_for(self, kind: str) -> FormDef:
        return form_for_kind(kind)

    def form_of(self, doc: ApplicationDocument) -> FormDef:
        return get_form(doc.form, doc.form_version)

    # -- drafts --------------------------------------------------------------
    def new_document(self, kind: str) -> ApplicationDocument:
        return new_document(form_for_kind(kind))

    def create_draft(self, doc: ApplicationDocument, note: str = "created") -> DraftInfo:
        info = self._drafts.create(doc, note)
        self.events.emit("draft_saved", draft_id=info.id, revision=info.head)
        return info

    def new_draft(self, kind: str, from_file: Path | None = None) -> DraftInfo:
        """A new draft of ``kind``, empty or filled from an application document file."""
        if from_file is None:
            return self.create_draft(self.new_document(kind))
        imported = read_file(from_file)
        if imported.document.kind != kind:
            raise InputError(
                f"$.kind: the file holds a {imported.document.kind} application, not {kind}",
                str(from_file),
            )
        return self._store_imported(imported, f"created from {from_file.name}")

    def save(self, draft_id: str, doc: ApplicationDocument, note: str = "") -> RevisionInfo:
        rev = self._drafts.save(draft_id, doc, note)
        self.events.emit("draft_saved", draft_id=draft_id, revision=rev.number)
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
        self.events.emit("draft_saved", draft_id=draft_id, revision=rev.number)
        return rev

    def set_status(self, draft_id: str, status: str) -> None:
        self._drafts.set_status(draft_id, status)
        self.events.emit("draft_status_changed", draft_id=draft_id, status=status)

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
        shape = self.form_of(doc).goods_services()
        if shape is None:
            raise UsageError(f"a {doc.kind} application has no goods and services classes")
        rows = read_terms(path)
        added = merge_terms(doc.data, rows, shape)
        return self.save(draft_id, doc, f"added {added} term(s) from {path.name}")

    def _store_imported(self, imported: ImportedDocument, note: str) -> DraftInfo:
        for ref in imported.document.attachments():
            self._attachments.put(imported.blobs[ref["sha256"]], ref["media_type"])
        return self.create_draft(imported.document, note)

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
    ) -> dict[str, Any]:
        """Store bytes and return the reference to put into a document field."""
        media = media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
        digest = self._attachments.put(data, media, where=name)
        return {"sha256": digest, "name": name, "media_type": media, "size": len(data)}

    def add_attachment_file(self, path: Path) -> dict[str, Any]:
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
        draft_id: str,
        signer: Signer,
        out: Path | None = None,
        signing_time: dt.datetime | None = None,
        responds_to: dict[str, Any] | None = None,
    ) -> PackageInfo:
        """Validate, export and sign the draft's current revision into a package.

        ``responds_to`` makes it a response to an office notice (see respond_to_notice).

        Raises:
            ValidationFailed: the application has errors (the findings are attached).
            SigningError: the certificate is not valid at the signing time.
        """
        info = self.draft(draft_id)
        doc = self.load(draft_id)
        result = self._pack_document(
            doc, signer, signing_time, {"draft_id": draft_id, "revision": info.head}, responds_to
        )
        path = write_package(result.package, self._packages.path_for(result.package.package_id))
        record = PackageRecord(
            result.package.package_id,
            draft_id,
            info.head,
            doc.kind,
            path,
            len(result.package.data),
            signer.name,
            signer.cert.fingerprint(hashes.SHA256()).hex(),
            result.package.manifest["created"],
            len(result.warnings),
        )
        self._packages.record(record)
        self._drafts.set_status(draft_id, "signed")
        if out is not None:
            write_package(result.package, out)
        self.events.emit("package_signed", draft_id=draft_id, package_id=record.package_id)
        return PackageInfo(record, result.package.manifest, result.warnings)

    def pack_document(
        self,
        doc: ApplicationDocument,
        signer: Signer,
        out: Path,
        signing_time: dt.datetime | None = None,
        blobs: dict[str, bytes] | None = None,
    ) -> PackageInfo:
        """Pack a document that is not a draft (``pack FILE``); nothing is stored.

        ``blobs``: the bytes of its attachments by SHA-256 (a file carries its own).
        """
        result = self._pack_document(doc, signer, signing_time, {}, blobs=blobs)
        write_package(result.package, out)
        record = PackageRecord(
            result.package.package_id,
            "",
            0,
            doc.kind,
            out,
            len(result.package.data),
            signer.name,
            signer.cert.fingerprint(hashes.SHA256()).hex(),
            result.package.manifest["created"],
            len(result.warnings),
        )
        return PackageInfo(record, result.package.manifest, result.warnings)

    def _pack_document(
        self,
        doc: ApplicationDocument,
        signer: Signer,
        signing_time: dt.datetime | None,
        source: dict[str, Any],
        responds_to: dict[str, Any] | None = None,
        blobs: dict[str, bytes] | None = None,
    ) -> PackResult:
        when = signing_time or dt.datetime.now(dt.UTC).replace(microsecond=0)
        if blobs is None:
            findings = self.validate(doc)
        else:
            from filingassist.rules import validate_document

            findings = validate_document(doc, blobs=blobs.get)
        meta = filing.manifest_meta(
            doc,
            [f for f in findings if f.severity.value == "warning"],
            self._fee_quote(doc),
            [_dataset_json(d) for d in refdata.datasets()],
            filing.rules_version(),
            when,
            source,
        )
        if responds_to is not None:
            meta["responds_to"] = responds_to
        files = blobs if blobs is not None else self.attachment_blobs(doc)
        return filing.pack_document(doc, files, findings, signer, when, meta, filing.export_xml)

    def _fee_quote(self, doc: ApplicationDocument) -> dict[str, Any] | None:
        quote = self.fees(doc)
        return quote.as_dict() if quote is not None else None

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
        self.events.emit("offices_changed")
        return record

    def queue(self, package: str | Path, office: str | None = None) -> OutboxItem:
        """Put a signed package into the outbox (no network needed); idempotent."""
        path = Path(package)
        if not path.is_file():
            path = self._packages.get(str(package)).path
        code = sync_offices.get(self._store.db, office).code
        # the outbox keeps its own copy: the original may be moved or deleted later
        item = outbox.add(self._store.db, path, code, time.time(), keep_in=self.home / "outbox")
        self.events.emit("outbox_changed", package_ids=[item.package_id])
        return item

    def outbox(self) -> list[OutboxItem]:
        return outbox.items(self._store.db)

    def send_now(self, package_id: str | None = None) -> int:
        """Skip the retry wait for one package (or all)."""
        n = outbox.send_now(self._store.db, package_id)
        self.events.emit("outbox_changed", package_ids=[package_id] if package_id else [])
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
        self.events.emit("draft_status_changed", draft_id=record.draft_id, status="filed")

    def receipts(self) -> list[dict[str, Any]]:
        return outbox.receipts(self._store.db)

    def notices(self) -> list[dict[str, Any]]:
        """Stored notices, each with its response's package id and state (or None)."""
        return responses.notices_with_responses(self._store.db)

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
        from filingassist.rules import validate_document

        return validate_document(doc, blobs=self._blob_or_none)

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
        except (UsageError, TypeError, ValueError, KeyError):
            return None

    def new_from_basic_mark(self, path: Path) -> DraftInfo:
        """A new MM2 draft prefilled from the basic mark's ST.96 record (any dialect)."""
        from filingassist.xmlio.basicmark import apply_basic_mark, read_basic_mark

        doc = apply_basic_mark(self.new_document("madrid"), read_basic_mark(path), path.name)
        return self.create_draft(doc, f"created from basic mark {path.name}")
