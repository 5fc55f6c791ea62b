"""Build a signed filing package from files that were already produced.

Layout (documented for offices in ``docs/package-format.md``)::

    manifest.json    canonical JSON: format, format_version, files[], and the caller's meta
    signature.p7s    detached CMS SignedData over manifest.json (DER)
    <files...>       the ST.96 XML, the application JSON, every attachment, sorted by name

The package id is the SHA-256 of ``manifest.json``: the manifest pins every file by
digest, so the id names the whole content while staying independent of ZIP details.
Packing is a pure function of (files, meta, key, signing time): same inputs, same bytes.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from filingassist.errors import InputError, UsageError
from filingassist.fsutil import write_atomic
from filingassist.packaging.container import ZipMember, check_member_name, fold_name, write_zip

FORMAT = "filingassist-package"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "signature.p7s"
RESERVED_NAMES = frozenset({MANIFEST_NAME, SIGNATURE_NAME})
#: Manifest keys owned by the format; the caller's meta may not use them.
RESERVED_KEYS = frozenset({"format", "format_version", "files"})
_MEDIA_TYPE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*$")


@dataclass(frozen=True)
class PackageFile:
    """One file of the package, already produced by export or attachment handling."""

    name: str
    data: bytes
    media_type: str


class SignerLike(Protocol):
    """Anything that makes a detached CMS signature (``keys.Signer`` in practice)."""

    def sign(self, content: bytes, signing_time: datetime) -> bytes:
        """DER CMS SignedData over ``content`` with the given signing time."""
        ...


@dataclass(frozen=True)
class BuiltPackage:
    """A finished package: its bytes, its id and the manifest it carries."""

    data: bytes
    package_id: str
    manifest: dict[str, Any]
    manifest_bytes: bytes


def canonical_json(value: Any) -> bytes:
    """UTF-8 JSON with sorted keys, no whitespace, no NaN: one text for one value.

    ``datetime``/``date`` become ISO 8601 strings and ``Decimal`` a string, so that
    amounts keep their exact digits.

    Raises:
        InputError: a value JSON cannot represent.
    """
    try:
        text = json.dumps(
            value,
            sort_keys=True,
            separators=(",", ":"),
            ensure_ascii=False,
            allow_nan=False,
            default=_json_default,
        )
        return text.encode("utf-8")
    except (TypeError, ValueError) as exc:
        raise InputError(f"cannot be written as canonical JSON: {exc}", where="manifest") from exc


def _json_default(value: object) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def build_manifest(files: Sequence[PackageFile], meta: Mapping[str, Any]) -> dict[str, Any]:
    """The manifest dict: format fields, one entry per file (sorted by name), then meta.

    Raises:
        InputError: bad file names or media types, duplicates, reserved names.
        UsageError: meta uses a key the format reserves.
    """
    _check_files(files)
    clash = RESERVED_KEYS & set(meta)
    if clash:
        raise UsageError(f"meta may not set the reserved manifest keys {sorted(clash)}")
    entries = [
        {
            "name": f.name,
            "size": len(f.data),
            "media_type": f.media_type,
            "sha256": hashlib.sha256(f.data).hexdigest(),
        }
        for f in sorted(files, key=lambda f: f.name)
    ]
    return {**dict(meta), "format": FORMAT, "format_version": FORMAT_VERSION, "files": entries}


def _check_files(files: Sequence[PackageFile]) -> None:
    seen: dict[str, str] = {}
    for f in files:
        check_member_name(f.name)
        if f.name in RESERVED_NAMES:
            raise InputError("this name is reserved for the package itself", where=f.name)
        if not _MEDIA_TYPE.match(f.media_type):
            raise InputError(f"invalid media type {f.media_type!r}", where=f.name)
        folded = fold_name(f.name)
        if folded in seen:
            raise InputError(f"duplicate file name (clashes with {seen[folded]!r})", where=f.name)
        seen[folded] = f.name


def build_package(
    files: Sequence[PackageFile],
    meta: Mapping[str, Any],
    signer: SignerLike,
    signing_time: datetime,
) -> BuiltPackage:
    """Write the manifest, sign it and put everything into a deterministic ZIP.

    Args:
        files: the package content (XML, application JSON, attachments).
        meta: manifest fields from the caller: kind, reference, created, software,
            refdata/rules versions and valid-as-of dates, fees, text_signature, warnings.
        signer: an unlocked key (``keys.unlock``).
        signing_time: recorded in the signature; fixes the output bytes.

    Returns:
        The package bytes, its id (SHA-256 hex of ``manifest.json``) and the manifest.

    Raises:
        InputError, UsageError: bad files or meta.
        SigningError: the key cannot sign at ``signing_time``.
    """
    manifest = build_manifest(files, meta)
    manifest_bytes = canonical_json(manifest)
    signature = signer.sign(manifest_bytes, signing_time)
    members = [
        ZipMember(MANIFEST_NAME, manifest_bytes, compress=True),
        ZipMember(SIGNATURE_NAME, signature, compress=False),
        *(
            ZipMember(f.name, f.data, compress=is_compressible(f.media_type))
            for f in sorted(files, key=lambda f: f.name)
        ),
    ]
    return BuiltPackage(
        data=write_zip(members),
        package_id=hashlib.sha256(manifest_bytes).hexdigest(),
        # note: as readers will see it (dates and Decimals as strings), not the caller's objects
        manifest=json.loads(manifest_bytes),
        manifest_bytes=manifest_bytes,
    )


def is_compressible(media_type: str) -> bool:
    """Deflate text formats; store PDF, images and archives, which are compressed already.

    note: deflating a 1 MB PDF gains nothing and costs more than hashing it.
    """
    kind = media_type.lower().split(";")[0].strip()
    return (
        kind.startswith("text/")
        or kind in ("application/json", "application/xml")
        or kind.endswith(("+xml", "+json"))
    )


def write_package(package: BuiltPackage, path: Path) -> Path:
    """Write the package atomically (temp → fsync → rename); never half a file."""
    path = Path(path)
    if not path.parent.is_dir():
        raise UsageError(f"{path.parent}: folder does not exist")
    write_atomic(path, package.data)
    return path
