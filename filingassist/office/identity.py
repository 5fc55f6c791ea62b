"""The office's receipt-signing key and certificate, created on first start.

The key never leaves the data folder (file mode 0600); the certificate is published in the
discovery document so filers can pin its fingerprint when they add the office.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

KEY_FILE = "office-key.pem"
CERT_FILE = "office-cert.pem"
CONFIG_FILE = "office.json"


@dataclass(frozen=True)
class OfficeIdentity:
    """Who the office is and the key it signs receipts and notices with."""

    name: str
    code: str
    key: Any
    cert: x509.Certificate

    @property
    def cert_pem(self) -> str:
        return self.cert.public_bytes(serialization.Encoding.PEM).decode("ascii")

    @property
    def fingerprint(self) -> str:
        return cert_fingerprint(self.cert)


def cert_fingerprint(cert: x509.Certificate) -> str:
    """SHA-256 of the DER certificate as colon-separated hex (what users compare)."""
    digest = hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def load_or_create(data_dir: Path, name: str = "Demo Office", code: str = "XX") -> OfficeIdentity:
    """Load the office identity from ``data_dir``; create key, cert and config the first time."""
    data_dir.mkdir(parents=True, exist_ok=True)
    config_path = data_dir / CONFIG_FILE
    if config_path.exists():
        config = json.loads(config_path.read_text("utf-8"))
    else:
        config = {"name": name, "code": code}
        config_path.write_text(json.dumps(config, indent=2), "utf-8")
    key_path, cert_path = data_dir / KEY_FILE, data_dir / CERT_FILE
    if not key_path.exists():
        key, cert = _new_key_and_cert(config["name"], config["code"])
        _write_private(
            key_path,
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            ),
        )
        cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
    cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
    return OfficeIdentity(config["name"], config["code"], key, cert)


def _new_key_and_cert(name: str, code: str) -> tuple[Any, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, f"{name} receipts"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, name),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, code),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), True
        )
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
