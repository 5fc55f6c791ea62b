"""Detached CMS SignedData (RFC 5652) over a package manifest: sign and verify.

cryptography's ``PKCS7SignatureBuilder`` always stamps the *current* time and signs ECDSA
with a random nonce, so two runs never give the same bytes. The issue asks for byte-identical
packages for the same revision, key and signing time, so the SignedData is assembled here
with asn1crypto (a maintained ASN.1 library, not a hand-written DER encoder) and the math is
done by cryptography: RSA PKCS#1 v1.5 (deterministic by nature) or ECDSA with RFC 6979
deterministic nonces. The result is the same structure ``openssl cms -sign -binary`` makes
and verifies with ``openssl cms -verify -binary -inform DER``.

Verification parses with asn1crypto and checks with cryptography, because cryptography can
sign CMS but cannot verify it.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime

from asn1crypto import algos as a_algos
from asn1crypto import cms as a_cms
from asn1crypto import core as a_core
from asn1crypto import x509 as a_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509 import verification as x509v
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from filingassist.errors import DigestMismatch, SignerNotValid, SigningError, VerificationError

#: Digest algorithms accepted when verifying (SHA-1 and MD5 are refused as broken).
_HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
}
_MAX_CHAIN_DEPTH = 8

SigningKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey


@dataclasses.dataclass(frozen=True)
class SignatureInfo:
    """What a valid signature tells about who signed and when."""

    signer: x509.Certificate
    #: what the signer *claims* (the signing-time attribute): anyone holding the key can
    #: write any time there, so it never decides whether the certificate was valid
    signing_time: datetime | None
    digest_algorithm: str
    certificates: tuple[x509.Certificate, ...]
    trusted: bool
    #: the time at which the certificate path was validated (``None``: not validated)
    checked_at: datetime | None = None


def sign_detached(
    content: bytes,
    key: SigningKey,
    cert: x509.Certificate,
    signing_time: datetime,
    chain: Sequence[x509.Certificate] = (),
) -> bytes:
    """Sign ``content`` as a detached, DER-encoded CMS SignedData.

    The SignedData carries the signer's certificate (then ``chain``), and signed
    attributes content-type, signing-time and message-digest. The output is a pure
    function of the arguments.

    Args:
        content: the bytes to sign (the manifest); not embedded in the result.
        key: an EC or RSA private key matching ``cert``.
        cert: the signer's certificate.
        signing_time: the time to record; naive datetimes are taken as UTC.
        chain: intermediate certificates to include after the signer's.

    Returns:
        The DER bytes of a ``ContentInfo`` holding the SignedData.

    Raises:
        SigningError: unsupported key type, or the key does not match the certificate.
    """
    _check_key_matches(key, cert)
    certificates = _asn1_certificates((cert, *chain))
    signed_attrs = _signed_attributes(content, signing_time)
    # note: the signature covers the attributes DER-encoded as a SET (tag 0x31), not
    # as the [0] IMPLICIT field they are stored in (RFC 5652 §5.4).
    signature = _raw_sign(key, signed_attrs.dump())
    signer_info = a_cms.SignerInfo(
        {
            "version": "v1",
            "sid": a_cms.SignerIdentifier(
                {"issuer_and_serial_number": _issuer_and_serial(certificates[0])}
            ),
            "digest_algorithm": {"algorithm": "sha256"},
            "signed_attrs": signed_attrs,
            "signature_algorithm": {"algorithm": _signature_oid_name(key)},
            "signature": signature,
        }
    )
    signed_data = a_cms.SignedData(
        {
            "version": "v1",
            "digest_algorithms": [{"algorithm": "sha256"}],
            "encap_content_info": {"content_type": "data"},
            "certificates": list(certificates),
            "signer_infos": [signer_info],
        }
    )
    info = a_cms.ContentInfo({"content_type": "signed_data", "content": signed_data})
    return bytes(info.dump())


def _signed_attributes(content: bytes, signing_time: datetime) -> a_cms.CMSAttributes:
    when = _as_utc(signing_time).replace(microsecond=0)
    # RFC 5652 §11.3: UTCTime for 1950-2049, GeneralizedTime otherwise.
    time_choice = {"utc_time": when} if 1950 <= when.year < 2050 else {"generalized_time": when}
    return a_cms.CMSAttributes(
        [
            {"type": "content_type", "values": ["data"]},
            {"type": "signing_time", "values": [a_cms.Time(time_choice)]},
            {"type": "message_digest", "values": [hashlib.sha256(content).digest()]},
        ]
    )


def _raw_sign(key: SigningKey, data: bytes) -> bytes:
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return key.sign(data, ec.ECDSA(hashes.SHA256(), deterministic_signing=True))
    return key.sign(data, padding.PKCS1v15(), hashes.SHA256())


def _signature_oid_name(key: SigningKey) -> str:
    return "sha256_ecdsa" if isinstance(key, ec.EllipticCurvePrivateKey) else "rsassa_pkcs1v15"


def _check_key_matches(key: object, cert: x509.Certificate) -> None:
    if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        raise SigningError(f"unsupported key type {type(key).__name__}; use EC or RSA")
    fmt = serialization.PublicFormat.SubjectPublicKeyInfo
    enc = serialization.Encoding.DER
    if key.public_key().public_bytes(enc, fmt) != cert.public_key().public_bytes(enc, fmt):
        raise SigningError("the private key does not belong to the signing certificate")


@functools.lru_cache(maxsize=16)
def _asn1_certificates(certs: tuple[x509.Certificate, ...]) -> tuple[a_x509.Certificate, ...]:
    """The certificates as asn1crypto parses them, once per signer and chain: parsing
    them again for every package was a tenth of a batch's signing time."""
    return tuple(_to_asn1(c) for c in certs)


def _issuer_and_serial(parsed: a_x509.Certificate) -> a_cms.IssuerAndSerialNumber:
    return a_cms.IssuerAndSerialNumber(
        {"issuer": parsed.issuer, "serial_number": parsed.serial_number}
    )


def _to_asn1(cert: x509.Certificate) -> a_x509.Certificate:
    return a_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def _as_utc(when: datetime) -> datetime:
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


# --- verification -----------------------------------------------------------------------


def verify_detached(
    signature: bytes,
    content: bytes,
    trusted: Sequence[x509.Certificate] | None = None,
    at: datetime | None = None,
) -> SignatureInfo:
    """Check a detached CMS signature over ``content``.

    Checks the structure, the envelope fields against the signer, the content-type and
    message-digest attributes, the signature over the signed attributes, and the
    certificates. With ``trusted``, the certificate path from the signer to one of them is
    validated as RFC 5280 asks (``cryptography.x509.verification``): every issuer must be
    a CA (basicConstraints cA), may sign certificates (keyUsage keyCertSign when present),
    respect path length limits, and every certificate of the path, the signer's included,
    must be valid at ``at`` (default: now). The signer's own ``signing-time`` is only a
    claim and never chooses that time. Without ``trusted``, the embedded chain must verify
    up to a self-signed certificate (so an altered certificate is caught) and validity is
    left to the caller (see ``check_validity``).

    Args:
        signature: DER ``ContentInfo`` with a SignedData.
        content: the detached content that was signed.
        trusted: trust anchors; ``None`` checks integrity only (``trusted`` False).
        at: when the path must be valid (with ``trusted``); default: the current time.

    Returns:
        Who signed, when, with which digest.

    Raises:
        SignerNotValid: the signature is intact but the signer's certificate is not
            valid at ``at`` (with ``trusted``).
        VerificationError: with the reason, whatever else is wrong.
    """
    try:
        return _verify(signature, content, trusted, at)
    except (ValueError, TypeError, KeyError, UnsupportedAlgorithm, x509.InvalidVersion) as exc:
        # note: a damaged structure deep inside (a certificate's key, an OID) surfaces here
        raise VerificationError(f"signature cannot be checked: {exc}") from exc


def _verify(
    signature: bytes,
    content: bytes,
    trusted: Sequence[x509.Certificate] | None,
    at: datetime | None,
) -> SignatureInfo:
    signed_data = _parse_signed_data(signature)
    signer_info = _single_signer_info(signed_data)
    certs = _embedded_certificates(signed_data)
    signer = _find_signer_cert(signer_info, certs)
    digest_name = _digest_name(signer_info)
    _check_envelope(signed_data, signer_info)
    attrs = _attributes(signer_info)
    _check_content_type(attrs, signed_data)
    _check_message_digest(attrs, content, digest_name)
    attrs_der = b"\x31" + signer_info["signed_attrs"].dump()[1:]
    _check_signature(signer_info, signer, attrs_der, digest_name)
    info = SignatureInfo(
        signer=signer,
        signing_time=_signing_time(attrs),
        digest_algorithm=digest_name,
        certificates=tuple(certs),
        trusted=trusted is not None,
    )
    if trusted is None:
        _check_embedded_chain(signer, certs)
        return info
    when = _as_utc(at) if at is not None else datetime.now(UTC)
    try:
        check_validity(signer, when)
    except VerificationError as exc:
        raise SignerNotValid(str(exc), info) from exc
    _check_trust(signer, certs, list(trusted), when)
    return dataclasses.replace(info, checked_at=when)


def describe_name(name: x509.Name) -> str:
    """RFC 4514 text of a name, with ``emailAddress`` spelled out instead of its OID."""
    return name.rfc4514_string({NameOID.EMAIL_ADDRESS: "emailAddress"})


def check_validity(cert: x509.Certificate, when: datetime) -> None:
    """Raise ``VerificationError`` unless ``cert`` is valid at ``when``."""
    when = _as_utc(when)
    if when < cert.not_valid_before_utc:
        raise VerificationError(
            f"certificate not yet valid at {when.isoformat()} "
            f"(valid from {cert.not_valid_before_utc.isoformat()})"
        )
    if when > cert.not_valid_after_utc:
        raise VerificationError(
            f"certificate expired at {when.isoformat()} "
            f"(valid until {cert.not_valid_after_utc.isoformat()})"
        )


def _parse_signed_data(signature: bytes) -> a_cms.SignedData:
    try:
        info = a_cms.ContentInfo.load(signature, strict=True)
        if info["content_type"].native != "signed_data":
            raise VerificationError(f"not a SignedData but {info['content_type'].native}")
        signed_data = info["content"]
        signed_data.native  # noqa: B018  # note: forces a full parse so bad DER fails here
    except VerificationError:
        raise
    except (ValueError, TypeError, KeyError) as exc:
        raise VerificationError(f"signature is not valid DER CMS: {exc}") from exc
    if signed_data["encap_content_info"]["content_type"].native != "data":
        raise VerificationError("signed content type is not id-data")
    if signed_data["encap_content_info"]["content"].native is not None:
        raise VerificationError("signature is not detached (it embeds content)")
    return signed_data


def _single_signer_info(signed_data: a_cms.SignedData) -> a_cms.SignerInfo:
    infos = list(signed_data["signer_infos"])
    if len(infos) != 1:
        raise VerificationError(f"expected exactly one signer, found {len(infos)}")
    return infos[0]


def _embedded_certificates(signed_data: a_cms.SignedData) -> list[x509.Certificate]:
    certs = []
    for choice in signed_data["certificates"] or []:
        if choice.name != "certificate":
            continue
        if choice.chosen["signature_value"].contents[:1] != b"\x00":
            # note: unused bits in a signature BIT STRING change the certificate's bytes
            # (and fingerprint) without breaking its signature; no real issuer makes them.
            raise VerificationError("embedded certificate has a malformed signature value")
        try:
            certs.append(x509.load_der_x509_certificate(choice.chosen.dump()))
        except (ValueError, x509.InvalidVersion) as exc:
            raise VerificationError(f"embedded certificate cannot be read: {exc}") from exc
    return certs


def _find_signer_cert(
    signer_info: a_cms.SignerInfo, certs: list[x509.Certificate]
) -> x509.Certificate:
    sid = signer_info["sid"]
    for cert in certs:
        parsed = _to_asn1(cert)
        if sid.name == "issuer_and_serial_number":
            wanted = sid.chosen
            if (
                wanted["serial_number"].native == parsed.serial_number
                and wanted["issuer"] == parsed.issuer
            ):
                return cert
        elif sid.chosen.native == parsed.key_identifier:
            return cert
    raise VerificationError("the signer's certificate is not in the signature")


def _digest_name(signer_info: a_cms.SignerInfo) -> str:
    name = str(signer_info["digest_algorithm"]["algorithm"].native)
    if name not in _HASHES:
        raise VerificationError(f"digest algorithm {name} is not accepted")
    return name


def _check_envelope(signed_data: a_cms.SignedData, signer_info: a_cms.SignerInfo) -> None:
    """Fields outside the signed attributes must still agree with the signer (RFC 5652 §5.1)."""
    expected_version = "v3" if signer_info["sid"].name == "subject_key_identifier" else "v1"
    if signed_data["version"].native != expected_version:
        raise VerificationError(f"SignedData version {signed_data['version'].native} is wrong")
    if signer_info["version"].native != expected_version:
        raise VerificationError(f"SignerInfo version {signer_info['version'].native} is wrong")
    wanted = signer_info["digest_algorithm"].dump()
    listed = [algo.dump() for algo in signed_data["digest_algorithms"]]
    if listed != [wanted]:
        raise VerificationError("digestAlgorithms does not list exactly the signer's digest")


def _attributes(signer_info: a_cms.SignerInfo) -> dict[str, list[object]]:
    signed_attrs = signer_info["signed_attrs"]
    if not signed_attrs:
        raise VerificationError("signature has no signed attributes")
    attrs: dict[str, list[object]] = {}
    for attr in signed_attrs:
        name = str(attr["type"].native)
        if name in attrs:
            raise VerificationError(f"signed attribute {name} appears twice")
        attrs[name] = list(attr["values"])
    return attrs


def _single_value(attrs: dict[str, list[object]], name: str) -> a_core.Asn1Value | None:
    values = attrs.get(name)
    if values is None:
        return None
    if len(values) != 1:
        raise VerificationError(f"signed attribute {name} must have exactly one value")
    value = values[0]
    assert isinstance(value, a_core.Asn1Value)
    return value


def _check_content_type(attrs: dict[str, list[object]], signed_data: a_cms.SignedData) -> None:
    value = _single_value(attrs, "content_type")
    if value is None:
        raise VerificationError("signed attribute content-type is missing")
    if value.native != signed_data["encap_content_info"]["content_type"].native:
        raise VerificationError("content-type attribute does not match the signed content")


def _check_message_digest(attrs: dict[str, list[object]], content: bytes, digest: str) -> None:
    value = _single_value(attrs, "message_digest")
    if value is None:
        raise VerificationError("signed attribute message-digest is missing")
    if value.native != hashlib.new(digest, content).digest():
        raise DigestMismatch("message digest does not match the content (content altered)")


def _signing_time(attrs: dict[str, list[object]]) -> datetime | None:
    value = _single_value(attrs, "signing_time")
    if value is None:
        return None
    native = value.native
    if not isinstance(native, datetime):
        raise VerificationError("signing-time attribute is not a time")
    return _as_utc(native)


def _check_signature(
    signer_info: a_cms.SignerInfo, cert: x509.Certificate, data: bytes, digest: str
) -> None:
    algo: a_algos.SignedDigestAlgorithm = signer_info["signature_algorithm"]
    signature = bytes(signer_info["signature"].native)
    public_key = cert.public_key()
    hash_alg = _HASHES[digest]()
    try:
        kind = algo.signature_algo
    except ValueError as exc:
        raise VerificationError(f"unsupported signature algorithm: {exc}") from exc
    _check_hash_agrees(algo, kind, digest)
    try:
        if kind == "ecdsa" and isinstance(public_key, ec.EllipticCurvePublicKey):
            public_key.verify(signature, data, ec.ECDSA(hash_alg))
        elif kind == "rsassa_pkcs1v15" and isinstance(public_key, rsa.RSAPublicKey):
            public_key.verify(signature, data, padding.PKCS1v15(), hash_alg)
        elif kind == "rsassa_pss" and isinstance(public_key, rsa.RSAPublicKey):
            public_key.verify(signature, data, _pss_padding(algo, digest), hash_alg)
        else:
            raise VerificationError(
                f"signature algorithm {kind} does not fit the signer's "
                f"{type(public_key).__name__.lstrip('_')}"
            )
    except InvalidSignature as exc:
        raise VerificationError(
            "signature does not match the signer's certificate (signature or certificate altered)"
        ) from exc


def _check_hash_agrees(algo: a_algos.SignedDigestAlgorithm, kind: str, digest: str) -> None:
    """An OID like ecdsa-with-SHA384 names a hash too; it must be the signer's digest."""
    if kind == "rsassa_pss":
        return  # note: PSS names its hash in the parameters, checked by the math
    try:
        named = algo.hash_algo
    except ValueError:
        return  # plain rsaEncryption / ecdsa: the digest algorithm field decides
    if named != digest:
        raise VerificationError(
            f"signature algorithm uses {named} but the digest algorithm is {digest}"
        )


def _pss_padding(algo: a_algos.SignedDigestAlgorithm, digest: str) -> padding.PSS:
    params = algo["parameters"]
    if str(params["hash_algorithm"]["algorithm"].native) != digest:
        raise VerificationError("RSASSA-PSS hash differs from the digest algorithm")
    mgf_hash = _HASHES.get(str(params["mask_gen_algorithm"]["parameters"]["algorithm"].native))
    if mgf_hash is None:
        raise VerificationError("unsupported RSASSA-PSS mask generation hash")
    return padding.PSS(mgf=padding.MGF1(mgf_hash()), salt_length=int(params["salt_length"].native))


def _check_trust(
    signer: x509.Certificate,
    embedded: list[x509.Certificate],
    trusted: list[x509.Certificate],
    when: datetime,
) -> None:
    """Validate the path from the signer to a trust anchor at ``when`` (RFC 5280 §6).

    A link is only a link when its issuer is a CA allowed to sign certificates, within
    its path length, valid at ``when``: a certificate issued by a leaf under a trusted
    root is refused, and so is one under an expired intermediate.
    """
    if not trusted:
        raise VerificationError("no trust anchor given")
    verifier = (
        x509v.PolicyBuilder()
        .store(x509v.Store(trusted))
        .time(when)
        .max_chain_depth(_MAX_CHAIN_DEPTH)
        .extension_policies(ca_policy=_CA_POLICY, ee_policy=_SIGNER_POLICY)
        .build_client_verifier()
    )
    intermediates = [c for c in embedded if c != signer]
    try:
        verifier.verify(signer, intermediates)
    except x509v.VerificationError as exc:
        raise VerificationError(
            f"signer {describe_name(signer.subject)} does not chain to a trusted certificate "
            f"valid at {when.isoformat()}: {_path_reason(exc)}"
        ) from exc


def _path_reason(exc: Exception) -> str:
    """cryptography's reason without its internal wording (``validation failed: …``)."""
    text = str(exc)
    for noise in ("validation failed: ", "candidates exhausted: "):
        text = text.replace(noise, "")
    return text.replace("Python extension validator failed: ValueError: ", "")


def _require_ca(_policy: object, _cert: x509.Certificate, ext: x509.BasicConstraints) -> None:
    if not ext.ca:
        raise ValueError("an issuer is not a CA (basicConstraints cA is false)")


def _require_cert_sign(_policy: object, _cert: x509.Certificate, ext: x509.KeyUsage | None) -> None:
    if ext is not None and not ext.key_cert_sign:
        raise ValueError("an issuer's keyUsage does not allow signing certificates")


def _require_signing_usage(
    _policy: object, _cert: x509.Certificate, ext: x509.KeyUsage | None
) -> None:
    if ext is not None and not (ext.digital_signature or ext.content_commitment):
        raise ValueError("the signer's keyUsage allows neither digitalSignature nor nonRepudiation")


#: RFC 9336 id-kp-documentSigning
_DOCUMENT_SIGNING = x509.ObjectIdentifier("1.3.6.1.5.5.7.3.36")
_SIGNING_PURPOSES = {
    ExtendedKeyUsageOID.EMAIL_PROTECTION,
    ExtendedKeyUsageOID.ANY_EXTENDED_KEY_USAGE,
    _DOCUMENT_SIGNING,
}


def _require_signing_purpose(
    _policy: object, _cert: x509.Certificate, ext: x509.ExtendedKeyUsage | None
) -> None:
    if ext is not None and not _SIGNING_PURPOSES.intersection(ext):
        raise ValueError(
            "the signer's extendedKeyUsage allows neither emailProtection nor documentSigning"
        )


_AGNOSTIC = x509v.Criticality.AGNOSTIC
# note: only the checks that make a path sound are required; the Web PKI profile's other
# demands (authorityKeyIdentifier, SAN on the signer…) would refuse real agents' CAs.
_CA_POLICY = (
    x509v.ExtensionPolicy.permit_all()
    .require_present(x509.BasicConstraints, _AGNOSTIC, _require_ca)
    .may_be_present(x509.KeyUsage, _AGNOSTIC, _require_cert_sign)
)
_SIGNER_POLICY = (
    x509v.ExtensionPolicy.permit_all()
    .may_be_present(x509.KeyUsage, _AGNOSTIC, _require_signing_usage)
    .may_be_present(x509.ExtendedKeyUsage, _AGNOSTIC, _require_signing_purpose)
)


def _check_embedded_chain(signer: x509.Certificate, embedded: list[x509.Certificate]) -> None:
    """Without trust anchors, the signature must carry a complete, intact chain.

    Every link up to a self-signed certificate inside the signature must verify, so that
    a certificate altered after signing (another name, other dates) is refused rather than
    shown. A chain that ends at an issuer not included can only be checked against a
    trust anchor, so it is refused with a hint to pass one.
    """
    current = signer
    for _ in range(_MAX_CHAIN_DEPTH):
        issuer = _find_issuer(current, embedded)
        if issuer is None:
            raise VerificationError(
                f"certificate {describe_name(current.subject)} cannot be checked: its "
                f"issuer {describe_name(current.issuer)} is not in the signature (certificate "
                "altered, or verify with the issuer as trust anchor)"
            )
        if issuer == current:
            return
        current = issuer
    raise VerificationError("certificate chain in the signature is too long")


def _find_issuer(cert: x509.Certificate, pool: list[x509.Certificate]) -> x509.Certificate | None:
    for candidate in pool:
        if candidate.subject != cert.issuer:
            continue
        try:
            cert.verify_directly_issued_by(candidate)
        except (ValueError, TypeError, InvalidSignature):
            continue
        return candidate
    return None
