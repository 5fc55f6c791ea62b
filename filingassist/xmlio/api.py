"""Public entry points of ST.96 export and import."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from filingassist.errors import InputError
from filingassist.formdefs import FormDef, form_for_kind, get_form
from filingassist.model.document import ApplicationDocument
from filingassist.xmlio import request, safe
from filingassist.xmlio.export import export_document
from filingassist.xmlio.reader import Imported, read_record
from filingassist.xmlio.validate import SchemaError, SchemaUnavailable, validate

#: local name of the document root → application kind
ROOT_KINDS = {
    "TrademarkApplication": "trademark",
    "MadridOfficeToIBTransaction": "madrid",
    "ApplicationBody": "patent",
}
MAX_REQUEST_BYTES = 4 * 1024 * 1024


@dataclass
class XmlExport:
    """The ST.96 XML, the PCT request (patents only) and what could not be placed."""

    xml: bytes
    request: dict[str, Any] | None = None
    dropped: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # attachment file names the XML references

    def request_json(self) -> bytes:
        return (json.dumps(self.request, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_xml(doc: ApplicationDocument) -> XmlExport:
    """ST.96 V6_0 XML of ``doc`` (and ``request.json`` content for a patent)."""
    form = get_form(doc.form, doc.form_version)
    exported = export_document(doc)
    req = request.to_request(form, doc.data) if doc.kind == "patent" else None
    files = [str(ref.get("name")) for ref in doc.attachments()]
    return XmlExport(exported.to_bytes(), req, exported.dropped, files)


#: package member names of the ST.96 export
XML_NAME = "st96.xml"
REQUEST_NAME = "request.json"


def export_files(doc: ApplicationDocument) -> list[tuple[str, bytes, str]]:
    """(name, bytes, media type) of the ST.96 files for a filing package.

    The XML references attachments by file name; the package carries the files.
    """
    out = export_xml(doc)
    files = [(XML_NAME, out.xml, "application/xml")]
    if out.request is not None:
        files.append((REQUEST_NAME, out.request_json(), "application/json"))
    return files


def validate_export(export: XmlExport, doc: ApplicationDocument) -> list[SchemaError]:
    """Schema violations of an export against the official schema of its form.

    Raises:
        SchemaUnavailable: the schema files are not on this machine (see ``check_export``).
    """
    form = get_form(doc.form, doc.form_version)
    return validate(etree.fromstring(export.xml, safe.parser()), form.xsd)


@dataclass(frozen=True)
class SchemaCheck:
    """The outcome of validating an export: errors, or why the check could not run."""

    errors: tuple[SchemaError, ...] = ()
    unavailable: str = ""  # the note to show when the schema files are absent

    @property
    def status(self) -> str:
        """``"valid"``, ``"invalid"`` or ``"unavailable"``."""
        if self.unavailable:
            return "unavailable"
        return "invalid" if self.errors else "valid"


def check_export(export: XmlExport, doc: ApplicationDocument) -> SchemaCheck:
    """Validate ``export`` where the schemas are installed; otherwise say so (never raise).

    A user's machine has no schema files: the export is still produced (from the shipped
    model), and callers show ``unavailable`` as a note rather than a failure.
    """
    try:
        return SchemaCheck(tuple(validate_export(export, doc)))
    except SchemaUnavailable as exc:
        return SchemaCheck(unavailable=str(exc))


def write_checked(export: XmlExport, doc: ApplicationDocument, out: Path) -> SchemaCheck:
    """Write the XML to ``out`` only if it is complete and valid; never leave a bad file.

    The bytes go to a temporary file beside ``out``; what is on disk is parsed back and
    validated against the official schema; only then is the file renamed to ``out``. An
    export that dropped an incomplete part, or that the schema rejects, leaves nothing at
    ``out`` (an older file there is removed: it no longer describes the application).
    Without the schema files the export is written with the ``unavailable`` note.
    """
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(export.xml)
            handle.flush()
            os.fsync(handle.fileno())
        written = SchemaCheck(tmp_errors(tmp, doc)) if not export.dropped else SchemaCheck()
    except SchemaUnavailable as exc:
        written = SchemaCheck(unavailable=str(exc))
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if written.errors or export.dropped:
        tmp.unlink(missing_ok=True)
        out.unlink(missing_ok=True)
        return written
    os.replace(tmp, out)
    return written


def tmp_errors(path: Path, doc: ApplicationDocument) -> tuple[SchemaError, ...]:
    """Schema errors of the XML file at ``path`` (read back from disk, hostile-safe)."""
    form = get_form(doc.form, doc.form_version)
    return tuple(validate(safe.parse_bytes(path.read_bytes(), str(path)), form.xsd))


def form_of_root(root: etree._Element, where: str) -> FormDef:
    kind = ROOT_KINDS.get(str(etree.QName(root).localname))
    if kind is None:
        raise InputError(
            f"not an ST.96 document this program reads (root {etree.QName(root).localname}; "
            f"expected one of {', '.join(ROOT_KINDS)})",
            where,
        )
    return form_for_kind(kind)


def import_xml(
    data: bytes,
    where: str,
    attachments: dict[str, dict[str, Any]] | None = None,
    request_data: bytes | None = None,
) -> Imported:
    """An application document from our ST.96 XML (plus ``request.json`` for a patent).

    Args:
        data: the XML bytes (hostile input: no DTD, entities or network; size limited).
        where: the file name for error messages.
        attachments: file name → attachment reference, for the files the package carries.
        request_data: the bytes of ``request.json`` beside a patent's application body.
    """
    root = safe.parse_bytes(data, where)
    form = form_of_root(root, where)
    imported = read_record(form, root, attachments)
    if request_data is not None and form.kind == "patent":
        req = _load_request(request_data, where)
        request.from_request(form, req, attachments or {}, imported.document.data, imported.notes)
    return imported


def _load_request(raw: bytes, where: str) -> dict[str, Any]:
    where = f"{where} (request.json)"
    if len(raw) > MAX_REQUEST_BYTES:
        raise InputError(f"request.json exceeds {MAX_REQUEST_BYTES} bytes", where)
    try:
        obj = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"not valid JSON ({exc})", where) from exc
    except RecursionError:
        raise InputError("not valid JSON (nested too deeply)", where) from None
    if not isinstance(obj, dict) or obj.get("format") != request.FORMAT:
        raise InputError(f"expected a {request.FORMAT} object", where)
    return obj
