"""From a draft to a signed filing package: validate, export, describe, sign.

This is the one place that ties rules, XML export, reference data and packaging
together, so the Workspace (and through it the UI and CLI) packs drafts the same way.
Validation runs first: a document with errors is refused with its findings; warnings
go into the manifest so the office and the filer see what was knowingly accepted.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from filingassist import __version__, paths, refdata
from filingassist.errors import ValidationFailed
from filingassist.formdefs import FormDef, get_form
from filingassist.model.document import ApplicationDocument
from filingassist.model.findings import Finding, Severity
from filingassist.packaging.package import BuiltPackage, PackageFile, SignerLike, build_package

APPLICATION_JSON = "application.json"
ATTACHMENT_DIR = "attachments/"

#: Produces the ST.96 files (and request.json for a PCT request) for a document.
XmlExporter = Callable[[ApplicationDocument], list[tuple[str, bytes, str]]]


@dataclass(frozen=True)
class PackResult:
    """A built package and the findings that were accepted with it."""

    package: BuiltPackage
    warnings: tuple[Finding, ...]


def application_json(doc: ApplicationDocument) -> bytes:
    """The application document as filed (attachments travel as package members)."""
    return (
        json.dumps(doc.to_json_obj(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    ).encode()


def attachment_files(doc: ApplicationDocument, blobs: dict[str, bytes]) -> list[PackageFile]:
    """Every attachment once, as attachments/<name> (the name the XML refers to).

    Two different files with the same name keep apart by a digest prefix on the second.
    """
    files: dict[str, PackageFile] = {}
    seen: set[str] = set()
    for ref in doc.attachments():
        if ref["sha256"] in seen:
            continue
        seen.add(ref["sha256"])
        name = ATTACHMENT_DIR + _safe_name(ref["name"])
        if name in files:
            name = f"{ATTACHMENT_DIR}{ref['sha256'][:12]}-{_safe_name(ref['name'])}"
        files[name] = PackageFile(name, blobs[ref["sha256"]], ref["media_type"])
    return list(files.values())


def _safe_name(name: str) -> str:
    keep = "".join(c if c.isalnum() or c in "._-" else "_" for c in name.rsplit("/", 1)[-1])
    return keep.strip("._") or "file"


def package_files(
    doc: ApplicationDocument, blobs: dict[str, bytes], export_xml: XmlExporter
) -> list[PackageFile]:
    return [*document_files(doc, export_xml), *attachment_files(doc, blobs)]


def document_files(doc: ApplicationDocument, export_xml: XmlExporter) -> list[PackageFile]:
    """The files made from the document itself: application.json and the ST.96 XML."""
    files = [PackageFile(APPLICATION_JSON, application_json(doc), "application/json")]
    files += [PackageFile(name, data, media) for name, data, media in export_xml(doc)]
    return files


def _by_role(doc: ApplicationDocument, form: FormDef, role: str) -> Any:
    """The value of the form's field with ``role`` ('' when the form or the field has none)."""
    field = form.role_field(role)
    return (doc.get(field.path) if field is not None else None) or ""


def manifest_meta(
    doc: ApplicationDocument,
    warnings: list[Finding],
    fee_quote: dict[str, Any] | None,
    reference_data: list[dict[str, Any]],
    rules_version: str,
    created: dt.datetime,
    source: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Everything the manifest says besides the file list (see docs/package-format.md)."""
    form = get_form(doc.form, doc.form_version)
    return {
        "kind": doc.kind,
        "form": {"id": form.id, "version": form.version},
        "applicant_reference": _by_role(doc, form, "reference"),
        "created": created.astimezone(dt.UTC).isoformat(),
        "software": {"name": "filingassist", "version": __version__},
        "reference_data": reference_data,
        "rules": {"version": rules_version, "codes": list(form.rules)},
        "fee_quote": fee_quote,
        "signature_text": _by_role(doc, form, "signature"),
        "signatory": _by_role(doc, form, "signatory"),
        "warnings": [
            {"code": f.code, "path": f.path, "message": f.text(), "basis": f.basis}
            for f in warnings
        ],
        "source": source or {},
    }


def pack(
    doc: ApplicationDocument,
    blobs: dict[str, bytes],
    findings: list[Finding],
    signer: SignerLike,
    signing_time: dt.datetime,
    *,
    fee_quote: dict[str, Any] | None,
    source: dict[str, Any] | None = None,
    responds_to: dict[str, Any] | None = None,
    exporter: XmlExporter | None = None,
    attestation: dict[str, Any] | None = None,
) -> PackResult:
    """Refuse on errors, else build the signed package (deterministic for fixed inputs).

    The manifest is assembled here and nowhere else: what it says besides the files
    (``manifest_meta``), the reference data in force, and the notice a response answers.
    """
    prepared = prepare(
        doc,
        findings,
        signing_time,
        fee_quote=fee_quote,
        source=source,
        responds_to=responds_to,
        exporter=exporter,
        attestation=attestation,
    )
    return sign_prepared(prepared, doc, blobs, signer, signing_time)


@dataclass(frozen=True)
class Prepared:
    """A package before signing: its files except the attachments (the application JSON,
    the ST.96 XML), the manifest's meta and the warnings accepted. Made by ``prepare``,
    which needs no key, so a batch can prepare in worker processes and sign here."""

    files: list[PackageFile]
    meta: dict[str, Any]
    warnings: tuple[Finding, ...]


def prepare(
    doc: ApplicationDocument,
    findings: list[Finding],
    signing_time: dt.datetime,
    *,
    fee_quote: dict[str, Any] | None,
    source: dict[str, Any] | None = None,
    responds_to: dict[str, Any] | None = None,
    exporter: XmlExporter | None = None,
    attestation: dict[str, Any] | None = None,
) -> Prepared:
    """Refuse on errors, else everything of the package but the attachments and the
    signature (see ``pack``)."""
    errors = [f for f in findings if f.severity is Severity.ERROR]
    if errors:
        raise ValidationFailed(
            f"the application has {len(errors)} error(s); fix them before signing",
            list[object](errors),
        )
    warnings = tuple(f for f in findings if f.severity is Severity.WARNING)
    meta = manifest_meta(
        doc,
        list(warnings),
        fee_quote,
        [_dataset_json(d) for d in refdata.datasets()],
        rules_version(),
        signing_time,
        source,
    )
    if responds_to is not None:
        meta["responds_to"] = responds_to
    if attestation is not None:
        # signed at an office counter: the filer's own signature is the text string, the
        # package signature is the counter's; this says who witnessed it and when
        meta["counter_signature"] = attestation
    return Prepared(document_files(doc, exporter or export_xml), meta, warnings)


def sign_prepared(
    prepared: Prepared,
    doc: ApplicationDocument,
    blobs: dict[str, bytes],
    signer: SignerLike,
    signing_time: dt.datetime,
) -> PackResult:
    """The prepared files with the document's attachments, signed into a package."""
    files = [*prepared.files, *attachment_files(doc, blobs)]
    return PackResult(build_package(files, prepared.meta, signer, signing_time), prepared.warnings)


@dataclass(frozen=True)
class DraftTask:
    """What preparing one package needs, all of it picklable (a worker process gets it)."""

    doc: ApplicationDocument
    blobs: dict[str, bytes]
    signing_time: dt.datetime
    source: dict[str, Any]
    responds_to: dict[str, Any] | None = None
    attestation: dict[str, Any] | None = None


@dataclass(frozen=True)
class Refused:
    """A task whose application has errors (an exception would lose its findings when it
    crosses from a worker process: only its message is pickled)."""

    message: str
    findings: list[object]

    def error(self) -> ValidationFailed:
        return ValidationFailed(self.message, self.findings)


def prepare_task(task: DraftTask) -> Prepared | Refused:
    """Validate with the full rules engine, quote the fees and prepare the package: the
    CPU-heavy part of packing, the same in this process or in a batch's worker."""
    from filingassist.errors import UsageError
    from filingassist.rules import validate_document
    from filingassist.rules.feemap import batch_memo, quote

    with batch_memo():  # note: the rules and the manifest ask for the same quote
        findings = validate_document(task.doc, blobs=task.blobs.get)
        try:
            fee_quote: dict[str, Any] | None = quote(task.doc).as_dict()
        except UsageError:  # what the fees depend on is missing (the message says what)
            fee_quote = None
    try:
        return prepare(
            task.doc,
            findings,
            task.signing_time,
            fee_quote=fee_quote,
            source=task.source,
            responds_to=task.responds_to,
            attestation=task.attestation,
        )
    except ValidationFailed as exc:
        return Refused(str(exc), exc.findings)


def _dataset_json(info: Any) -> dict[str, Any]:
    """A data set as the package manifest records it (the fee quote names the fee tables
    used for the filing date; this list is every table in force when the package was made)."""
    out = {
        "name": info.name,
        "version": info.version,
        "valid_as_of": info.valid_as_of.isoformat(),
        "origin": info.origin,
        "effective_from": info.effective_date.isoformat(),
        "review_date": info.review_date.isoformat(),
    }
    if info.edition:
        out["edition"] = info.edition  # e.g. the Nice version, NCL (12-2026)
    return out


def export_xml(doc: ApplicationDocument) -> list[tuple[str, bytes, str]]:
    """The ST.96 XML (and request.json for a PCT request) as package members."""
    from filingassist.xmlio.api import export_files

    return export_files(doc)


@functools.cache
def rules_version() -> str:
    """The program version plus a digest of every form and rule declaration in force.

    Recorded in each manifest so anyone can tell exactly which rule set checked a filing.
    Computed once per process, like the form definitions it describes (formdefs loads
    them once), so a batch of 10,000 packages does not hash the files 10,000 times.
    """
    digest = hashlib.sha256()
    for folder in (paths.forms_dir(), paths.resources_dir() / "rules"):
        for path in sorted(folder.rglob("*.toml")) if folder.is_dir() else ():
            digest.update(path.relative_to(folder).as_posix().encode())
            digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"
