"""The Workspace: the one object the UI and the CLI hold (after Anki's Collection).

It owns the store and the event bus and offers every operation a filer performs; the UI
never reaches past it into the store, packaging or sync modules.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Any

from filingassist import paths
from filingassist.errors import InputError, NotFound
from filingassist.events import EventBus
from filingassist.formdefs import FormDef, form_for_kind, get_form
from filingassist.model.defaults import new_document
from filingassist.model.document import ApplicationDocument
from filingassist.model.findings import Finding
from filingassist.model.jsonio import ImportedDocument, dumps, read_file, to_json_obj
from filingassist.packaging import keys
from filingassist.packaging.keys import KeyInfo, Signer
from filingassist.packaging.verify import VerifyReport, verify_package
from filingassist.refdata.fees import Quote
from filingassist.store.attachments import AttachmentStore, atomic_write
from filingassist.store.db import Store
from filingassist.store.drafts import DraftInfo, DraftRepository, RevisionInfo


class Workspace:
    """A filer's local workspace: drafts, attachments, and (later) packages and outbox."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.events = EventBus()
        self._store = Store(home)
        self._drafts = DraftRepository(self._store)
        self._attachments = AttachmentStore(self._store)

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
        atomic_write(out, dumps(obj).encode("utf-8"))
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
        try:
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
        """The itemised fee quote of ``doc``; None while what the fees depend on is missing."""
        from filingassist.rules.feemap import quote_or_none

        return quote_or_none(doc)

    def new_from_basic_mark(self, path: Path) -> DraftInfo:
        """A new MM2 draft prefilled from the basic mark's ST.96 record (any dialect)."""
        from filingassist.xmlio.basicmark import apply_basic_mark, read_basic_mark

        doc = apply_basic_mark(self.new_document("madrid"), read_basic_mark(path), path.name)
        return self.create_draft(doc, f"created from basic mark {path.name}")
