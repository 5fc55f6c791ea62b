"""Small packages for the sync tests, signed with the real ``filingassist.packaging.cms``.

Until ``filingassist.packaging.package``/``verify`` land, the sync tests build and check
packages with these helpers, which follow the same contract: a zip holding manifest.json
(file digests), its detached CMS signature and the files; the package id is the SHA-256
hex of manifest.json.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass, field
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from filingassist.errors import VerificationError
from filingassist.packaging.cms import sign_detached, verify_detached


@dataclass
class Signer:
    key: Any
    cert: x509.Certificate


@dataclass
class VerifyReport:
    ok: bool
    problems: list[str] = field(default_factory=list)
    package_id: str = ""
    manifest: dict[str, Any] = field(default_factory=dict)
    signer: str = ""


def make_signer(common_name: str = "Test Filer") -> Signer:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .sign(key, hashes.SHA256())
    )
    return Signer(key, cert)


def build_package(files: dict[str, bytes], signer: Signer | None = None) -> tuple[bytes, str]:
    """A zip with manifest.json (file digests), its signature and the files."""
    signer = signer or make_signer()
    manifest = {
        "format_version": 1,
        "files": {
            n: {"sha256": hashlib.sha256(b).hexdigest(), "size": len(b)} for n, b in files.items()
        },
    }
    manifest_bytes = json.dumps(manifest, sort_keys=True).encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("manifest.json", manifest_bytes)
        zf.writestr(
            "manifest.json.p7s",
            sign_detached(manifest_bytes, signer.key, signer.cert, dt.datetime.now(dt.UTC)),
        )
        for name, data in files.items():
            zf.writestr(name, data)
    return buf.getvalue(), hashlib.sha256(manifest_bytes).hexdigest()


def verify_package(data: Any, trusted: Any = None) -> VerifyReport:
    raw = data if isinstance(data, bytes) else open(data, "rb").read()  # noqa: SIM115
    try:
        zf = zipfile.ZipFile(io.BytesIO(raw))
        manifest_bytes = zf.read("manifest.json")
        sig = zf.read("manifest.json.p7s")
    except (zipfile.BadZipFile, KeyError) as exc:
        return VerifyReport(False, [f"container: {exc}"])
    package_id = hashlib.sha256(manifest_bytes).hexdigest()
    manifest = json.loads(manifest_bytes)
    problems = []
    subject = ""
    try:
        subject = verify_detached(sig, manifest_bytes).signer.subject.rfc4514_string()
    except VerificationError as exc:
        problems.append(str(exc))
    for name, entry in manifest["files"].items():
        try:
            body = zf.read(name)
        except KeyError:
            problems.append(f"{name}: missing")
            continue
        if hashlib.sha256(body).hexdigest() != entry["sha256"]:
            problems.append(f"{name}: digest does not match the manifest")
    return VerifyReport(not problems, problems, package_id, manifest, subject)
