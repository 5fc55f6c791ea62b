"""The office's receipt-signing key and certificate, created on first start.

The key is encrypted at rest (PKCS#8, AES-256-CBC with a scrypt-derived key —
``BestAvailableEncryption``) under a passphrase, so a copy of the data folder (a backup, a
shared upload folder, a disk sent for repair) does not reveal it. The passphrase comes,
first match wins, from the ``passphrase`` argument (``office serve --key-passphrase-file``),
the ``FILINGASSIST_OFFICE_PASSPHRASE`` environment variable, or — for the zero-set-up
office — a random one kept in the office's secrets folder *outside* the data folder
(``FILINGASSIST_OFFICE_SECRETS``, default the platform's user config folder for
``filingassist-office``, file mode 0600). Several workers and hosts of one office give
each the same passphrase. A key written unencrypted by an older version is encrypted in
place on the next start.

The certificate is published in the discovery document so filers can pin its
fingerprint when they add the office.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from filingassist.errors import UsageError
from filingassist.fsutil import write_atomic

KEY_FILE = "office-key.pem"
CERT_FILE = "office-cert.pem"
CONFIG_FILE = "office.json"
PASSPHRASE_ENV = "FILINGASSIST_OFFICE_PASSPHRASE"  # noqa: S105 - a variable name
SECRETS_ENV = "FILINGASSIST_OFFICE_SECRETS"


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


def load_or_create(
    data_dir: Path,
    name: str = "Demo Office",
    code: str = "XX",
    passphrase: bytes | None = None,
) -> OfficeIdentity:
    """Load the office identity from ``data_dir``; create key, cert and config the first
    time. ``passphrase`` unlocks the key (see the module docstring for the default)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    config_path = data_dir / CONFIG_FILE
    if config_path.exists():
        config = json.loads(config_path.read_text("utf-8"))
    else:
        config = {"name": name, "code": code}
        config_path.write_text(json.dumps(config, indent=2), "utf-8")
    key_path, cert_path = data_dir / KEY_FILE, data_dir / CERT_FILE
    secret = passphrase or _passphrase_for(data_dir)
    if not key_path.exists():
        key, cert = _new_key_and_cert(config["name"], config["code"])
        try:
            _write_private(key_path, _encrypted(key, secret))
            write_atomic(cert_path, cert.public_bytes(serialization.Encoding.PEM))
        except FileExistsError:  # another worker of this office created it meanwhile
            _wait_for(cert_path)
    key = _load_key(key_path, secret)
    cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
    return OfficeIdentity(config["name"], config["code"], key, cert)


def declared_receives(data_dir: Path, code: str) -> dict[str, list[str]]:
    """What the office says it receives (discovery ``receives``): kind → office codes.

    From ``receives`` in office.json, e.g. ``{"trademark": ["XX", "EM"], "madrid": ["XX"]}``;
    without it, every kind of application for the office's own code only.
    """
    from filingassist.formdefs import KIND_FORMS

    config_path = data_dir / CONFIG_FILE
    config = json.loads(config_path.read_text("utf-8")) if config_path.exists() else {}
    declared = config.get("receives")
    if declared is None:
        return {kind: [code] for kind in KIND_FORMS}
    if not isinstance(declared, dict) or not all(
        isinstance(k, str) and isinstance(v, list) and all(isinstance(c, str) for c in v)
        for k, v in declared.items()
    ):
        raise UsageError(f"{config_path}: receives must map kinds to lists of office codes")
    return {k: [c.upper() for c in v] for k, v in declared.items()}


def key_is_encrypted(key_path: Path) -> bool:
    return b"ENCRYPTED PRIVATE KEY" in key_path.read_bytes()


def _load_key(key_path: Path, secret: bytes) -> Any:
    raw = key_path.read_bytes()
    if not key_is_encrypted(key_path):
        key = serialization.load_pem_private_key(raw, password=None)
        write_atomic(key_path, _encrypted(key, secret), mode=0o600)  # an older, plain key
        return key
    try:
        return serialization.load_pem_private_key(raw, password=secret)
    except (ValueError, TypeError) as exc:
        raise UsageError(
            f"cannot unlock the office key {key_path}: wrong passphrase "
            f"(--key-passphrase-file or {PASSPHRASE_ENV})"
        ) from exc


def _encrypted(key: Any, secret: bytes) -> bytes:
    return bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(secret),
        )
    )


def secrets_dir() -> Path:
    """Where the zero-set-up office keeps its passphrases (never in a data folder)."""
    env = os.environ.get(SECRETS_ENV)
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_config_dir("filingassist-office", appauthor=False))


def _passphrase_for(data_dir: Path) -> bytes:
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env.encode("utf-8")
    folder = secrets_dir()
    name = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:24]
    path = folder / f"{name}.passphrase"
    if data_dir.resolve() in path.resolve().parents:
        raise UsageError("the office's secrets folder must not be inside its data folder")
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        with contextlib.suppress(FileExistsError):  # another worker made it first
            _write_private(path, secrets.token_urlsafe(32).encode("ascii"))
    return path.read_bytes().strip()


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


def _wait_for(path: Path, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.05)


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
