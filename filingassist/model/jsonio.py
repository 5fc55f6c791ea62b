"""The application document interchange format (JSON), read as hostile input.

See docs/application-format.md. Reading checks, in order: size, UTF-8, JSON syntax
(line and column), the envelope (format, version, kind, form), then every data path
against the form definition (unknown fields are errors, never silently dropped), then
embedded attachments (base64, digest, size). Errors name the file and the JSON path.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filingassist.errors import InputError, UsageError
from filingassist.formdefs import FormDef, get_form
from filingassist.model.document import FORMAT_NAME, FORMAT_VERSION, KINDS, ApplicationDocument
from filingassist.model.walk import unknown_paths

MAX_DOCUMENT_BYTES = 96 * 1024 * 1024
MAX_DEPTH = 32


@dataclass
class ImportedDocument:
    """A checked document and the attachment bytes that travelled inside it."""

    document: ApplicationDocument
    blobs: dict[str, bytes] = field(default_factory=dict)


def read_file(path: Path) -> ImportedDocument:
    where = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise InputError(
                f"file of {size} bytes exceeds the {MAX_DOCUMENT_BYTES} byte limit", where
            )
        raw = path.read_bytes()  # note: a folder passes stat() and fails here
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror})", where) from exc
    return parse_bytes(raw, where, base_dir=path.parent)


def parse_bytes(raw: bytes, where: str, base_dir: Path | None = None) -> ImportedDocument:
    if len(raw) > MAX_DOCUMENT_BYTES:
        raise InputError(f"document exceeds the {MAX_DOCUMENT_BYTES} byte limit", where)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text (byte {exc.start})", where) from exc
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}", where
        ) from exc
    except RecursionError as exc:
        raise InputError("JSON nested too deeply", where) from exc
    _check_depth(obj, where)
    return parse_object(obj, where, base_dir)


def _check_depth(obj: Any, where: str, depth: int = 0, path: str = "$") -> None:
    if depth > MAX_DEPTH:
        raise InputError(f"{path}: nested deeper than {MAX_DEPTH} levels", where)
    if isinstance(obj, dict):
        for k, v in obj.items():
            _check_depth(v, where, depth + 1, f"{path}.{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            _check_depth(v, where, depth + 1, f"{path}[{i}]")


def parse_object(obj: Any, where: str, base_dir: Path | None = None) -> ImportedDocument:
    if not isinstance(obj, dict):
        raise InputError("$: expected a JSON object", where)
    _expect(obj, "format", FORMAT_NAME, where)
    version = obj.get("format_version")
    if version != FORMAT_VERSION:
        raise InputError(
            f"$.format_version: unsupported version {version!r} "
            f"(this program reads {FORMAT_VERSION})",
            where,
        )
    kind = obj.get("kind")
    if kind not in KINDS:
        raise InputError(f"$.kind: expected one of {', '.join(KINDS)}, got {kind!r}", where)
    form = _form(obj, where)
    if form.kind != kind:
        raise InputError(f"$.form: form {form.id} is for {form.kind}, not {kind}", where)
    extra = sorted(
        set(obj)
        - {
            "format",
            "format_version",
            "kind",
            "form",
            "form_version",
            "data",
            "attachments",
            "source",
        }
    )
    if extra:
        raise InputError(f"unknown fields: {', '.join('$.' + e for e in extra)}", where)
    data = obj.get("data")
    if not isinstance(data, dict):
        raise InputError("$.data: expected an object", where)
    unknown = unknown_paths(form, data)
    if unknown:
        raise InputError(f"unknown fields: {', '.join('$.data.' + u for u in unknown)}", where)
    doc = ApplicationDocument(kind, form.id, form.version, data)
    blobs = _attachments(obj.get("attachments", {}), doc, where, base_dir)
    return ImportedDocument(doc, blobs)


def _expect(obj: dict[str, Any], key: str, value: str, where: str) -> None:
    if obj.get(key) != value:
        raise InputError(f"$.{key}: expected {value!r}, got {obj.get(key)!r}", where)


def _form(obj: dict[str, Any], where: str) -> FormDef:
    form_id, form_version = obj.get("form"), obj.get("form_version")
    if not isinstance(form_id, str) or not isinstance(form_version, int):
        raise InputError(
            "$.form/$.form_version: expected a form id and a whole version number", where
        )
    try:
        return get_form(form_id, form_version)
    except UsageError as exc:
        raise InputError(f"$.form: {exc}", where) from exc


def _attachments(
    raw: Any, doc: ApplicationDocument, where: str, base_dir: Path | None
) -> dict[str, bytes]:
    if not isinstance(raw, dict):
        raise InputError("$.attachments: expected an object keyed by SHA-256", where)
    blobs: dict[str, bytes] = {}
    for digest, entry in raw.items():
        at = f"$.attachments.{digest}"
        if not isinstance(entry, dict):
            raise InputError(f"{at}: expected an object", where)
        data = _attachment_bytes(entry, at, where, base_dir)
        if hashlib.sha256(data).hexdigest() != digest:
            raise InputError(f"{at}: content does not match its SHA-256", where)
        blobs[digest] = data
    for ref in doc.attachments():
        if ref["sha256"] not in blobs:
            blobs_note = "no content for it under $.attachments"
            raise InputError(
                f"attachment {ref.get('name')!r} ({ref['sha256'][:12]}…): {blobs_note}", where
            )
        if len(blobs[ref["sha256"]]) != ref.get("size"):
            raise InputError(
                f"attachment {ref.get('name')!r}: size does not match its content", where
            )
    return blobs


def _attachment_bytes(entry: dict[str, Any], at: str, where: str, base_dir: Path | None) -> bytes:
    if "content_base64" in entry:
        try:
            return base64.b64decode(entry["content_base64"], validate=True)
        except (binascii.Error, TypeError) as exc:
            raise InputError(f"{at}.content_base64: not valid base64", where) from exc
    rel = entry.get("path")
    if isinstance(rel, str) and base_dir is not None:
        target = (base_dir / rel).resolve()
        if base_dir.resolve() not in target.parents:
            raise InputError(f"{at}.path: must stay inside the document's folder", where)
        try:
            # note: only a regular file of bounded size (a FIFO would block, a huge file
            # would be read whole into memory)
            if not target.is_file():
                raise InputError(f"{at}.path: {rel} is not a regular file", where)
            size = target.stat().st_size
            if size > MAX_DOCUMENT_BYTES:
                raise InputError(
                    f"{at}.path: {rel} of {size} bytes exceeds the {MAX_DOCUMENT_BYTES} byte limit",
                    where,
                )
            return target.read_bytes()
        except OSError as exc:
            raise InputError(f"{at}.path: cannot read {rel} ({exc.strerror})", where) from exc
    raise InputError(f"{at}: needs content_base64 (or a relative path)", where)


def to_json_obj(
    doc: ApplicationDocument, blobs: dict[str, bytes], source: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The lossless export: the document plus every attachment embedded."""
    obj = doc.to_json_obj()
    if source:
        obj["source"] = source
    embedded = {}
    for ref in doc.attachments():
        data = blobs[ref["sha256"]]
        embedded[ref["sha256"]] = {
            "name": ref["name"],
            "media_type": ref["media_type"],
            "size": len(data),
            "content_base64": base64.b64encode(data).decode("ascii"),
        }
    obj["attachments"] = embedded
    return obj


def dumps(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"
