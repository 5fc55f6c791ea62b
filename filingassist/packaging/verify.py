"""Verify a signed package: container, every digest, the signature, certificate validity.

Verification does not stop at the first problem: the report names every file that was
altered, added or removed, so the user (or the office) sees the whole picture. Only a
package that cannot be found at all raises; everything wrong *inside* is a problem in the
report, and ``ok`` is true only when there is none.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes

from filingassist.errors import InputError, VerificationError
from filingassist.packaging.cms import (
    DigestMismatch,
    SignatureInfo,
    SignerNotValid,
    check_validity,
    describe_name,
    verify_detached,
)
from filingassist.packaging.container import Limits, SafeZipReader, check_member_name
from filingassist.packaging.package import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST_NAME,
    RESERVED_NAMES,
    SIGNATURE_NAME,
    canonical_json,
)

_MAX_MANIFEST = 8 * 1024 * 1024
_MAX_SIGNATURE = 1024 * 1024
_SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a package; ``file`` is the member it concerns."""

    code: str
    file: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.message} [{self.code}]"


@dataclass(frozen=True)
class SignerSummary:
    """Who signed and when, as shown to the user."""

    subject: str
    issuer: str
    fingerprint_sha256: str
    not_before: datetime
    not_after: datetime
    #: claimed by the signer, not proven: validity is judged at ``checked_at``
    signing_time: datetime | None
    trusted: bool
    checked_at: datetime | None = None


@dataclass
class VerifyReport:
    """The outcome of ``verify_package``."""

    problems: list[Problem] = field(default_factory=list)
    package_id: str | None = None
    manifest: dict[str, Any] | None = None
    signer: SignerSummary | None = None

    @property
    def ok(self) -> bool:
        """True when the package is sound: no problem at all."""
        return not self.problems

    def add(self, code: str, file: str, message: str) -> None:
        self.problems.append(Problem(code, file, message))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready view for ``verify --json``."""
        signer = None
        if self.signer is not None:
            s = self.signer
            signer = {
                "subject": s.subject,
                "issuer": s.issuer,
                "fingerprint_sha256": s.fingerprint_sha256,
                "not_before": s.not_before.isoformat(),
                "not_after": s.not_after.isoformat(),
                "signing_time": s.signing_time.isoformat() if s.signing_time else None,
                "signing_time_is_claim": True,
                "checked_at": s.checked_at.isoformat() if s.checked_at else None,
                "trusted": s.trusted,
            }
        return {
            "ok": self.ok,
            "package_id": self.package_id,
            "problems": [
                {"code": p.code, "file": p.file, "message": p.message} for p in self.problems
            ],
            "signer": signer,
            "manifest": self.manifest,
        }


def verify_package(
    source: bytes | Path | str,
    trusted: Sequence[x509.Certificate] | None = None,
    limits: Limits | None = None,
    at: datetime | None = None,
) -> VerifyReport:
    """Check everything about a package and report each problem.

    The signer's certificate (and, with ``trusted``, its whole path) must be valid at the
    time of verification: the signature's ``signing-time`` is written by whoever holds the
    key, so a backdated time cannot revive an expired certificate. It is reported as a
    claim, and a claim outside the certificate's validity is a problem of its own.

    Args:
        source: the package bytes or its path.
        trusted: trust anchors for the signer's certificate; ``None`` checks integrity
            and validity only (the report's signer then says ``trusted`` False).
        limits: container limits (defaults suit real filings).
        at: the time of verification; default now.

    Raises:
        InputError: the path does not exist or cannot be read.
    """
    if not isinstance(source, bytes):
        source = Path(source)
        if not source.is_file():
            raise InputError("no such package file", where=str(source))
    report = VerifyReport()
    when = at or datetime.now(UTC)
    try:
        with SafeZipReader(source, limits) as reader:
            _verify_open(reader, report, trusted, when)
    except InputError as exc:
        # note: the container itself is hostile or broken; nothing inside can be trusted.
        report.add("container", exc.where, str(exc))
    return report


def _verify_open(
    reader: SafeZipReader,
    report: VerifyReport,
    trusted: Sequence[x509.Certificate] | None,
    when: datetime,
) -> None:
    manifest_raw = _read_reserved(reader, report, MANIFEST_NAME, _MAX_MANIFEST)
    signature = _read_reserved(reader, report, SIGNATURE_NAME, _MAX_SIGNATURE)
    if manifest_raw is None:
        return
    report.package_id = hashlib.sha256(manifest_raw).hexdigest()
    manifest = _parse_manifest(manifest_raw, report)
    if manifest is not None:
        report.manifest = manifest
        _check_files(reader, manifest["files"], report)
    if signature is not None:
        _check_signature(signature, manifest_raw, trusted, report, when)


def _read_reserved(
    reader: SafeZipReader, report: VerifyReport, name: str, cap: int
) -> bytes | None:
    if name not in reader.names:
        report.add("removed", name, f"{name} is missing")
        return None
    try:
        return reader.read(name, max_size=cap)
    except InputError as exc:
        report.add("altered", name, str(exc))
        return None


# --- manifest ---------------------------------------------------------------------------


def _parse_manifest(raw: bytes, report: VerifyReport) -> dict[str, Any] | None:
    try:
        manifest = json.loads(
            raw.decode("utf-8"), object_pairs_hook=_no_duplicate_keys, parse_constant=_no_nan
        )
    except (UnicodeDecodeError, ValueError) as exc:
        report.add("manifest", MANIFEST_NAME, f"not valid UTF-8 JSON: {exc}")
        return None
    except RecursionError:  # a hostile manifest of "[[[[…" must be a finding, not a crash
        report.add("manifest", MANIFEST_NAME, "not valid UTF-8 JSON: nested too deeply")
        return None
    reason = _manifest_shape_problem(manifest)
    if reason:
        report.add("manifest", MANIFEST_NAME, reason)
        return None
    if canonical_json(manifest) != raw:
        report.add("manifest", MANIFEST_NAME, "not in canonical JSON form")
    return manifest


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise ValueError("duplicate key in a JSON object")
    return dict(pairs)


def _no_nan(token: str) -> None:
    raise ValueError(f"{token} is not allowed")


def _manifest_shape_problem(manifest: object) -> str | None:
    if not isinstance(manifest, dict):
        return "manifest is not a JSON object"
    if manifest.get("format") != FORMAT:
        return f"format is {manifest.get('format')!r}, expected {FORMAT!r}"
    if manifest.get("format_version") != FORMAT_VERSION:
        return f"unsupported format_version {manifest.get('format_version')!r}"
    files = manifest.get("files")
    if not isinstance(files, list):
        return "files is not a list"
    names: set[str] = set()
    for index, entry in enumerate(files):
        reason = _entry_problem(entry)
        if reason:
            return f"files[{index}]: {reason}"
        if entry["name"] in names:
            return f"files[{index}]: {entry['name']!r} is listed twice"
        names.add(entry["name"])
    return None


def _entry_problem(entry: object) -> str | None:
    if not isinstance(entry, dict):
        return "not an object"
    name, size = entry.get("name"), entry.get("size")
    if not isinstance(name, str):
        return "name is not a string"
    try:
        check_member_name(name)
    except InputError as exc:
        return str(exc)
    if name in RESERVED_NAMES:
        return f"{name} may not be listed"
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        return "size is not a non-negative integer"
    if not isinstance(entry.get("media_type"), str):
        return "media_type is not a string"
    if not isinstance(entry.get("sha256"), str) or not _SHA256_HEX.match(entry["sha256"]):
        return "sha256 is not 64 lowercase hex digits"
    return None


def _check_files(reader: SafeZipReader, files: list[dict[str, Any]], report: VerifyReport) -> None:
    listed = {entry["name"]: entry for entry in files}
    present = [n for n in reader.names if n not in RESERVED_NAMES]
    for name in present:
        if name not in listed:
            report.add("added", name, "file is in the package but not in the manifest")
    for name, entry in listed.items():
        if name not in reader.names:
            report.add("removed", name, "file is listed in the manifest but missing")
            continue
        _check_digest(reader, entry, report)


def _check_digest(reader: SafeZipReader, entry: dict[str, Any], report: VerifyReport) -> None:
    name = entry["name"]
    try:
        digest, size = reader.digest(name)
    except InputError as exc:
        report.add("altered", name, str(exc))
        return
    if size != entry["size"]:
        report.add("altered", name, f"size is {size}, manifest says {entry['size']}")
    elif digest != entry["sha256"]:
        report.add("altered", name, "SHA-256 differs from the manifest")


# --- signature --------------------------------------------------------------------------


def _check_signature(
    signature: bytes,
    manifest_raw: bytes,
    trusted: Sequence[x509.Certificate] | None,
    report: VerifyReport,
    when: datetime,
) -> None:
    try:
        info = verify_detached(signature, manifest_raw, trusted, at=when)
    except DigestMismatch as exc:
        report.add("altered", MANIFEST_NAME, f"manifest does not match its signature: {exc}")
        return
    except SignerNotValid as exc:
        report.signer = _summary(exc.info, when)
        report.add("certificate", SIGNATURE_NAME, f"at verification time: {exc}")
        _check_claimed_time(exc.info, report)
        return
    except VerificationError as exc:
        report.add("signature", SIGNATURE_NAME, str(exc))
        return
    report.signer = _summary(info, when)
    if trusted is None:
        try:
            check_validity(info.signer, when)
        except VerificationError as exc:
            report.add("certificate", SIGNATURE_NAME, f"at verification time: {exc}")
    _check_claimed_time(info, report)


def _check_claimed_time(info: SignatureInfo, report: VerifyReport) -> None:
    """The claimed signing time must exist and fall inside the certificate's validity."""
    if info.signing_time is None:
        report.add("signature", SIGNATURE_NAME, "signature has no signing-time attribute")
        return
    try:
        check_validity(info.signer, info.signing_time)
    except VerificationError as exc:
        report.add("certificate", SIGNATURE_NAME, f"at the claimed signing time: {exc}")


def _summary(info: SignatureInfo, when: datetime) -> SignerSummary:
    cert = info.signer
    return SignerSummary(
        subject=describe_name(cert.subject),
        issuer=describe_name(cert.issuer),
        fingerprint_sha256=cert.fingerprint(hashes.SHA256()).hex(),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        signing_time=info.signing_time,
        trusted=info.trusted,
        checked_at=when,
    )
