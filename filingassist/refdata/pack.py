"""Signed reference-data packs: update fees and lists without reinstalling the app.

A pack is a zip holding ``manifest.json`` (which data sets, their versions, sizes and
SHA-256), ``manifest.sig`` (base64 Ed25519 signature of the manifest's exact bytes by a
trusted publisher) and ``datasets/<name>.json``. Everything is checked before anything is
installed: zip shape and sizes (zip-slip, zip-bomb), the signature against the trust list,
every digest, every data set's structure, and that versions only move forward. Format:
docs/refdata-format.md.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import os
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from filingassist.errors import InputError, UsageError, VerificationError
from filingassist.paths import resources_dir
from filingassist.refdata import loader, store
from filingassist.refdata.model import DATASET_NAMES
from filingassist.refdata.parse import parse_dataset, version_key

FORMAT = "filingassist-refdata-pack"
FORMAT_VERSION = 1
TRUST_ENV = "FILINGASSIST_REFDATA_TRUST"
MAX_PACK_BYTES = 20 * 1024 * 1024
MAX_MEMBER_BYTES = 8 * 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024
MAX_MEMBERS = 2 + len(DATASET_NAMES)
MAX_RATIO = 100
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"


@dataclass(frozen=True)
class PackEntry:
    """One data set in a verified pack."""

    name: str
    version: str
    raw: bytes
    previous: str  # the version in effect before the import


@dataclass(frozen=True)
class VerifiedPack:
    publisher: str
    created: str
    entries: tuple[PackEntry, ...]


def key_id(public_key: Ed25519PublicKey) -> str:
    """Publisher id: the first 16 hex digits of the SHA-256 of the raw public key."""
    raw = public_key.public_bytes(Encoding.Raw, PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def trust_path() -> Path:
    """The trust list in use: ``$FILINGASSIST_REFDATA_TRUST`` or the shipped one."""
    env = os.environ.get(TRUST_ENV)
    return Path(env) if env else resources_dir() / "refdata" / "trusted_publishers.json"


def load_trusted(path: Path | None = None) -> dict[str, Ed25519PublicKey]:
    """Read a trust list (publisher id → Ed25519 public key)."""
    path = path or trust_path()
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        keys = {}
        for i, item in enumerate(doc["publishers"]):
            raw = base64.b64decode(item["public_key"], validate=True)
            key = Ed25519PublicKey.from_public_bytes(raw)
            if item.get("key_id", key_id(key)) != key_id(key):
                raise InputError("key_id does not match the key", f"{path}: publishers[{i}]")
            keys[key_id(key)] = key
    except (OSError, ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise InputError(f"unreadable trust list ({exc})", str(path)) from None
    return keys


# --- building (publisher side) ---------------------------------------------------------


def build_pack(datasets: Mapping[str, bytes], private_key: Ed25519PrivateKey) -> bytes:
    """Make a signed pack from data set JSON files (name → bytes). Used by the publisher tool.

    Raises:
        InputError: a data set does not parse or is not a known data set.
    """
    entries = []
    for name, raw in sorted(datasets.items()):
        parsed = parse_dataset(name, raw, f"{name}.json")
        entries.append(
            {
                "name": name,
                "version": parsed.info.version,
                "path": f"datasets/{name}.json",
                "size": len(raw),
                "sha256": hashlib.sha256(raw).hexdigest(),
            }
        )
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "publisher": key_id(private_key.public_key()),
        "created": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "datasets": entries,
    }
    manifest_raw = json.dumps(manifest, indent=2).encode()
    signature = base64.b64encode(private_key.sign(manifest_raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(MANIFEST, manifest_raw)
        zf.writestr(SIGNATURE, signature)
        for entry in entries:
            zf.writestr(str(entry["path"]), datasets[str(entry["name"])])
    return out.getvalue()


# --- reading (user side) ---------------------------------------------------------------


def _read_members(path: Path) -> dict[str, bytes]:
    """Read the zip with every structural check; member name → bytes."""
    where = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", where) from None
    if size > MAX_PACK_BYTES:
        raise InputError(f"pack larger than {MAX_PACK_BYTES} bytes", where)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_MEMBERS:
                raise InputError(f"too many members ({len(infos)})", where)
            if len({i.filename for i in infos}) != len(infos):
                raise InputError("duplicate member names", where)
            return {info.filename: _read_member(zf, info, where) for info in infos}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        raise InputError(f"not a valid zip ({exc})", where) from None
    except OSError as exc:  # e.g. a folder: stat() succeeds, opening does not
        raise InputError(f"cannot read ({exc.strerror})", where) from None


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, where: str) -> bytes:
    name = info.filename
    here = f"{where}!{name}"
    allowed = {MANIFEST, SIGNATURE} | {f"datasets/{n}.json" for n in DATASET_NAMES}
    if name not in allowed:
        raise InputError(
            "unexpected member (only manifest.json, manifest.sig, datasets/<name>.json)", here
        )
    if info.flag_bits & 0x41:
        raise InputError("encrypted member", here)
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise InputError(f"compression method {info.compress_type} is not allowed", here)
    if info.file_size > MAX_MEMBER_BYTES:
        raise InputError(f"member larger than {MAX_MEMBER_BYTES} bytes", here)
    if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
        raise InputError("suspicious compression ratio (zip bomb?)", here)
    try:
        with zf.open(info) as fh:
            data = fh.read(MAX_MEMBER_BYTES + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise InputError(f"damaged member data ({exc})", here) from None
    if len(data) > MAX_MEMBER_BYTES or len(data) != info.file_size:
        raise InputError("member size differs from its header", here)
    return data


def _verify_signature(
    members: dict[str, bytes], trusted: Mapping[str, Ed25519PublicKey], where: str
) -> dict[str, Any]:
    if MANIFEST not in members or SIGNATURE not in members:
        raise VerificationError(f"{where}: missing {MANIFEST} or {SIGNATURE}")
    manifest_raw = members[MANIFEST]
    if len(manifest_raw) > MAX_MANIFEST_BYTES:
        raise InputError("manifest too large", f"{where}!{MANIFEST}")
    try:
        manifest = json.loads(manifest_raw)
        publisher = manifest["publisher"]
        signature = base64.b64decode(members[SIGNATURE].strip(), validate=True)
    except (ValueError, KeyError, TypeError, RecursionError, binascii.Error) as exc:
        raise InputError(f"unreadable manifest or signature ({exc})", where) from None
    key = trusted.get(publisher) if isinstance(publisher, str) else None
    if key is None:
        raise VerificationError(f"{where}: publisher {publisher!r} is not in the trust list")
    try:
        key.verify(signature, manifest_raw)
    except InvalidSignature:
        raise VerificationError(f"{where}: the manifest signature does not verify") from None
    if manifest.get("format") != FORMAT or manifest.get("format_version") != FORMAT_VERSION:
        raise InputError(f"not a {FORMAT} version {FORMAT_VERSION}", f"{where}!{MANIFEST}")
    return dict(manifest)


def _check_entry(item: Any, members: dict[str, bytes], where: str, force: bool) -> PackEntry:
    if not isinstance(item, dict):
        raise InputError("dataset entry is not an object", where)
    name, version, path = item.get("name"), item.get("version"), item.get("path")
    if name not in DATASET_NAMES or path != f"datasets/{name}.json":
        raise InputError(f"unknown data set {name!r} or path {path!r}", where)
    raw = members.get(path)
    if raw is None:
        raise InputError(f"{path} missing from the pack", where)
    if item.get("size") != len(raw) or item.get("sha256") != hashlib.sha256(raw).hexdigest():
        raise VerificationError(f"{where}: {path} does not match its digest in the manifest")
    parsed = parse_dataset(name, raw, f"{where}!{path}", origin="installed")
    if parsed.info.version != version:
        raise InputError(
            f"manifest says version {version}, file says {parsed.info.version}", f"{where}!{path}"
        )
    # the newest version on this machine, even one that takes effect only later
    current = max((d.info.version for d in loader.candidates(name)), key=version_key)
    if version_key(version) <= version_key(current) and not force:
        raise UsageError(
            f"{name} {version} is not newer than the version in use ({current}); "
            "use --force to install it anyway"
        )
    return PackEntry(name, version, raw, current)


def verify_pack(
    path: Path, trusted: Mapping[str, Ed25519PublicKey] | None = None, force: bool = False
) -> VerifiedPack:
    """Check a pack completely without installing anything.

    Raises:
        InputError: malformed or hostile file (names the member).
        VerificationError: untrusted publisher, bad signature or digest.
        UsageError: a data set older than (or as old as) the one in use, without ``force``.
    """
    where = str(path)
    members = _read_members(path)
    manifest = _verify_signature(members, load_trusted() if trusted is None else trusted, where)
    items = manifest.get("datasets")
    if not isinstance(items, list) or not items:
        raise InputError("manifest lists no data sets", f"{where}!{MANIFEST}")
    entries = [
        _check_entry(item, members, f"{where}!{MANIFEST}.datasets[{i}]", force)
        for i, item in enumerate(items)
    ]
    names = [e.name for e in entries]
    if len(set(names)) != len(names):
        raise InputError("a data set is listed twice", f"{where}!{MANIFEST}")
    listed = {f"datasets/{n}.json" for n in names} | {MANIFEST, SIGNATURE}
    if set(members) != listed:
        raise InputError(f"members not in the manifest: {sorted(set(members) - listed)}", where)
    return VerifiedPack(
        str(manifest["publisher"]), str(manifest.get("created", "")), tuple(entries)
    )


def import_pack(
    path: Path, trusted: Mapping[str, Ed25519PublicKey] | None = None, force: bool = False
) -> VerifiedPack:
    """Verify a pack, then install its data sets as new active versions, all together
    (old ones kept; see ``store.install_all``)."""
    pack = verify_pack(path, trusted, force)
    store.install_all([(e.name, e.version, e.raw) for e in pack.entries])
    loader.clear_cache()
    return pack
