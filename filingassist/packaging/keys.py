"""The signing key store: password-protected PKCS#12 files in ``data_home()/keys/``.

Each key is two files: ``NAME.p12`` (private key and certificate, PBES2 with AES-256-CBC
and an HMAC-SHA256 MAC) and ``NAME.pem`` (the public certificate only, so that listing the
keys never needs the passphrase). The private key is only ever written encrypted, never
logged, and lives in memory only inside a ``Signer``, which a batch unlocks once.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from filingassist import paths
from filingassist.errors import NotFound, SigningError, UsageError, WrongPassphrase
from filingassist.fsutil import write_atomic
from filingassist.packaging.cms import SigningKey, describe_name, sign_detached

log = logging.getLogger(__name__)

ALGORITHMS = ("ec-p256", "rsa-3072")
DEFAULT_VALID_DAYS = 3 * 365
#: PBKDF2 rounds for the PKCS#12 encryption: slows guessing, ~0.1 s per unlock.
_KDF_ROUNDS = 200_000


@dataclass(frozen=True)
class KeyInfo:
    """Public facts about a stored key; safe to show and to log."""

    name: str
    path: Path
    algorithm: str
    subject: str
    issuer: str
    not_before: datetime
    not_after: datetime
    fingerprint_sha256: str

    def to_dict(self) -> dict[str, str]:
        """JSON-ready view for ``keys list --json``."""
        return {
            "name": self.name,
            "path": str(self.path),
            "algorithm": self.algorithm,
            "subject": self.subject,
            "issuer": self.issuer,
            "not_before": self.not_before.isoformat(),
            "not_after": self.not_after.isoformat(),
            "fingerprint_sha256": self.fingerprint_sha256,
        }


@dataclass(frozen=True)
class Signer:
    """An unlocked key with its certificate and chain, held in memory for one batch."""

    name: str
    key: SigningKey = field(repr=False)
    cert: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()

    def sign(self, content: bytes, signing_time: datetime) -> bytes:
        """Detached CMS signature over ``content``; refuses times outside the validity.

        Raises:
            SigningError: the certificate is not valid at ``signing_time``.
        """
        check_usable(self.cert, signing_time, self.name)
        return sign_detached(content, self.key, self.cert, signing_time, self.chain)


def keys_dir() -> Path:
    """Folder of the key store (created on first use)."""
    folder = paths.data_home() / "keys"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def create_key(
    name: str,
    passphrase: bytes,
    email: str | None = None,
    algorithm: str = "ec-p256",
    valid_days: int = DEFAULT_VALID_DAYS,
    now: datetime | None = None,
) -> KeyInfo:
    """Create a key pair with a self-signed certificate and store it encrypted.

    Args:
        name: the signatory's name; becomes the certificate's common name and,
            slugified, the key's name in the store.
        passphrase: protects the PKCS#12 file; must not be empty.
        email: optional address, put in the subject and subjectAltName.
        algorithm: ``ec-p256`` (default) or ``rsa-3072``.
        valid_days: certificate lifetime.
        now: start of validity (default: the current time).

    Raises:
        UsageError: bad algorithm, empty passphrase or a key of that name exists.
    """
    slug = _slug(name)
    _check_passphrase(passphrase)
    if algorithm not in ALGORITHMS:
        raise UsageError(f"unknown algorithm {algorithm!r}; choose one of {', '.join(ALGORITHMS)}")
    if valid_days < 1:
        raise UsageError("valid_days must be at least 1")
    _refuse_existing(slug)
    key: SigningKey = (
        ec.generate_private_key(ec.SECP256R1())
        if algorithm == "ec-p256"
        else rsa.generate_private_key(public_exponent=65537, key_size=3072)
    )
    start = (now or datetime.now(UTC)).replace(microsecond=0)
    cert = self_signed_certificate(key, name, email, start, start + timedelta(days=valid_days))
    info = _store(slug, key, cert, (), passphrase)
    log.info("created %s key %r (%s)", algorithm, slug, info.fingerprint_sha256)
    return info


def self_signed_certificate(
    key: SigningKey,
    name: str,
    email: str | None,
    not_before: datetime,
    not_after: datetime,
) -> x509.Certificate:
    """A self-signed end-entity certificate fit for S/MIME-style document signing.

    ``openssl cms -verify -CAfile`` accepts it as its own trust anchor.
    """
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
    if email:
        attrs.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    subject = x509.Name(attrs)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_signing_key_usage(), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if email:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False
        )
    return builder.sign(key, hashes.SHA256())


def _signing_key_usage() -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True,
        content_commitment=True,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )


def import_p12(path: Path, passphrase: bytes, name: str | None = None) -> KeyInfo:
    """Take an office- or CA-issued PKCS#12 into the store, re-encrypted with AES-256.

    The same passphrase protects the stored copy. Expired certificates are still
    imported (so they can verify old packages) but ``unlock`` will refuse them.

    Raises:
        NotFound: the file cannot be read.
        SigningError: wrong passphrase, or no key and certificate inside.
        UsageError: a key of that name already exists.
    """
    _check_passphrase(passphrase)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise NotFound(f"{path}: cannot read the PKCS#12 file ({exc.strerror})") from exc
    key, cert, chain = _load_p12(data, passphrase, str(path))
    slug = _slug(name or _common_name(cert) or Path(path).stem)
    _refuse_existing(slug)
    info = _store(slug, key, cert, tuple(chain), passphrase)
    log.info("imported key %r (%s)", slug, info.fingerprint_sha256)
    return info


def list_keys() -> list[KeyInfo]:
    """Every key in the store, by name; reads only the public certificates."""
    infos = []
    for p12 in sorted(keys_dir().glob("*.p12")):
        pem = p12.with_suffix(".pem")
        if not pem.is_file():
            log.warning("key %s has no certificate file beside it; skipped", p12.name)
            continue
        cert = x509.load_pem_x509_certificates(pem.read_bytes())[0]
        infos.append(key_info(p12.stem, p12, cert))
    return infos


def unlock(name_or_path: str | Path, passphrase: bytes, now: datetime | None = None) -> Signer:
    """Decrypt a key into memory for signing.

    Args:
        name_or_path: a key name from ``list_keys`` or the path of a ``.p12`` file.
        passphrase: the PKCS#12 passphrase.
        now: the time the certificate must be valid at (default: now).

    Raises:
        NotFound: no such key.
        SigningError: wrong passphrase, damaged file, or a certificate that is expired
            or not yet valid.
    """
    path = _resolve(name_or_path)
    key, cert, chain = _load_p12(path.read_bytes(), passphrase, path.stem)
    check_usable(cert, now or datetime.now(UTC), path.stem)
    return Signer(name=path.stem, key=key, cert=cert, chain=tuple(chain))


def delete_key(name: str) -> str:
    """Remove a key from the store (its encrypted file and its certificate).

    Packages signed with it stay verifiable: each carries the signer's certificate.
    The encrypted file is removed, not overwritten: it is useless without the passphrase.

    Returns:
        the key's name in the store.

    Raises:
        NotFound: no key of that name in the store.
    """
    p12 = keys_dir() / f"{_slug(name)}.p12"
    if not p12.is_file():
        raise NotFound(f"no key named {name!r}; see 'filingassist keys list'")
    p12.unlink()
    p12.with_suffix(".pem").unlink(missing_ok=True)
    log.info("deleted key %r", p12.stem)
    return p12.stem


def check_usable(cert: x509.Certificate, when: datetime, name: str) -> None:
    """Refuse signing with a certificate outside its validity period."""
    when = when.replace(tzinfo=UTC) if when.tzinfo is None else when
    if when < cert.not_valid_before_utc:
        raise SigningError(
            f"key {name!r}: certificate is not valid before "
            f"{cert.not_valid_before_utc.isoformat()}; check the computer's clock"
        )
    if when > cert.not_valid_after_utc:
        raise SigningError(
            f"key {name!r}: certificate expired on {cert.not_valid_after_utc.isoformat()}; "
            "create or import a new key"
        )


def key_info(name: str, path: Path, cert: x509.Certificate) -> KeyInfo:
    """Public facts about ``cert`` for listings."""
    return KeyInfo(
        name=name,
        path=path,
        algorithm=_algorithm_label(cert),
        subject=describe_name(cert.subject),
        issuer=describe_name(cert.issuer),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        fingerprint_sha256=cert.fingerprint(hashes.SHA256()).hex(),
    )


# --- helpers ----------------------------------------------------------------------------


def _store(
    slug: str,
    key: SigningKey,
    cert: x509.Certificate,
    chain: Sequence[x509.Certificate],
    passphrase: bytes,
) -> KeyInfo:
    encryption = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(_KDF_ROUNDS)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(passphrase)
    )
    blob = pkcs12.serialize_key_and_certificates(
        slug.encode(), key, cert, list(chain) or None, encryption
    )
    folder = keys_dir()
    p12 = folder / f"{slug}.p12"
    pem = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in (cert, *chain))
    write_atomic(folder / f"{slug}.pem", pem)
    write_atomic(p12, blob, mode=0o600)
    return key_info(slug, p12, cert)


def _load_p12(
    data: bytes, passphrase: bytes, where: str
) -> tuple[SigningKey, x509.Certificate, list[x509.Certificate]]:
    try:
        key, cert, chain = pkcs12.load_key_and_certificates(data, passphrase)
    except ValueError as exc:
        # note: the exception text never contains the passphrase, but keep it out anyway.
        raise WrongPassphrase(f"{where}: wrong passphrase or damaged PKCS#12 file") from exc
    if key is None or cert is None:
        raise SigningError(f"{where}: the PKCS#12 file has no private key and certificate")
    if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        raise SigningError(f"{where}: unsupported key type {type(key).__name__}")
    return key, cert, list(chain)


def _resolve(name_or_path: str | Path) -> Path:
    candidate = Path(name_or_path)
    if candidate.suffix.lower() == ".p12" and candidate.is_file():
        return candidate
    stored = keys_dir() / f"{_slug(str(name_or_path))}.p12"
    if stored.is_file():
        return stored
    raise NotFound(f"no key named {str(name_or_path)!r}; see 'filingassist keys list'")


def _refuse_existing(slug: str) -> None:
    if (keys_dir() / f"{slug}.p12").exists():
        raise UsageError(f"a key named {slug!r} exists already; choose another name")


def _check_passphrase(passphrase: bytes) -> None:
    if not passphrase:
        raise UsageError("an empty passphrase is not allowed: keys are stored encrypted")


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.strip().lower()).strip("-")
    if not slug:
        raise UsageError(f"{name!r} cannot be used as a key name")
    return slug[:64]


def _common_name(cert: x509.Certificate) -> str | None:
    values = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(values[0].value) if values else None


def _algorithm_label(cert: x509.Certificate) -> str:
    public = cert.public_key()
    if isinstance(public, ec.EllipticCurvePublicKey):
        return {"secp256r1": "ec-p256"}.get(public.curve.name, f"ec-{public.curve.name}")
    if isinstance(public, rsa.RSAPublicKey):
        return f"rsa-{public.key_size}"
    return type(public).__name__
