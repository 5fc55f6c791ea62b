"""Certificate paths are validated as RFC 5280 asks, at the time of verification.

Each case here was accepted before path validation (issue 9): a certificate issued by a
leaf under a trusted root, a path through an expired intermediate or through a CA whose
keyUsage forbids certificate signing, and an expired key hidden behind a backdated
signing-time attribute.
"""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from filingassist.errors import VerificationError
from filingassist.packaging import keys
from filingassist.packaging.cms import SignerNotValid, sign_detached, verify_detached
from filingassist.packaging.package import PackageFile, build_package
from filingassist.packaging.verify import verify_package

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
DAY = dt.timedelta(days=1)
CONTENT = b'{"files":[]}'
CA_USAGE = x509.KeyUsage(False, False, False, False, False, True, True, False, False)
SIGN_USAGE = x509.KeyUsage(True, True, False, False, False, False, False, False, False)


def _key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def _issue(
    key,
    subject: str,
    issuer_key,
    issuer: x509.Name | None,
    *,
    ca: bool,
    usage: x509.KeyUsage | None = None,
    path_length: int | None = None,
    not_before: dt.datetime = NOW - DAY,
    not_after: dt.datetime = NOW + 30 * DAY,
) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(issuer or _name(subject))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=path_length), critical=True)
    )
    if usage is not None:
        builder = builder.add_extension(usage, critical=True)
    return builder.sign(issuer_key, hashes.SHA256())


@pytest.fixture(scope="module")
def root() -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = _key()
    return key, _issue(key, "Trusted Root", key, None, ca=True, usage=CA_USAGE)


def _sign_under(issuer_key, issuer: x509.Certificate, chain: list[x509.Certificate]) -> bytes:
    leaf_key = _key()
    leaf = _issue(leaf_key, "Jane Doe", issuer_key, issuer.subject, ca=False, usage=SIGN_USAGE)
    return sign_detached(CONTENT, leaf_key, leaf, NOW, chain=chain)


def test_sound_path_through_an_intermediate_is_trusted(root) -> None:
    root_key, root_cert = root
    mid_key = _key()
    mid = _issue(mid_key, "Mid CA", root_key, root_cert.subject, ca=True, usage=CA_USAGE)
    info = verify_detached(_sign_under(mid_key, mid, [mid]), CONTENT, trusted=[root_cert])
    assert info.trusted and info.checked_at is not None


def test_certificate_issued_by_a_leaf_is_refused(root) -> None:
    root_key, root_cert = root
    leaf_key = _key()
    leaf = _issue(leaf_key, "Mallory", root_key, root_cert.subject, ca=False, usage=SIGN_USAGE)
    forged = _sign_under(leaf_key, leaf, [leaf])
    with pytest.raises(VerificationError, match="does not chain.*basicConstraints"):
        verify_detached(forged, CONTENT, trusted=[root_cert])


def test_path_through_an_expired_intermediate_is_refused(root) -> None:
    root_key, root_cert = root
    mid_key = _key()
    mid = _issue(
        mid_key, "Old CA", root_key, root_cert.subject, ca=True, usage=CA_USAGE,
        not_before=NOW - 400 * DAY, not_after=NOW - DAY,
    )  # fmt: skip
    with pytest.raises(VerificationError, match="does not chain.*not valid"):
        verify_detached(_sign_under(mid_key, mid, [mid]), CONTENT, trusted=[root_cert])


def test_path_through_a_ca_without_cert_signing_usage_is_refused(root) -> None:
    root_key, root_cert = root
    mid_key = _key()
    mid = _issue(mid_key, "Signing Only", root_key, root_cert.subject, ca=True, usage=SIGN_USAGE)
    with pytest.raises(VerificationError, match="does not chain.*keyUsage"):
        verify_detached(_sign_under(mid_key, mid, [mid]), CONTENT, trusted=[root_cert])


def test_path_length_limit_is_enforced(root) -> None:
    root_key, root_cert = root
    mid_key, sub_key = _key(), _key()
    mid = _issue(
        mid_key, "Mid CA", root_key, root_cert.subject, ca=True, usage=CA_USAGE, path_length=0
    )
    sub = _issue(sub_key, "Sub CA", mid_key, mid.subject, ca=True, usage=CA_USAGE)
    with pytest.raises(VerificationError, match="does not chain.*path length"):
        verify_detached(_sign_under(sub_key, sub, [mid, sub]), CONTENT, trusted=[root_cert])


def test_signer_without_signing_usage_is_refused(root) -> None:
    root_key, root_cert = root
    key = _key()
    cert = _issue(key, "Jane Doe", root_key, root_cert.subject, ca=False, usage=CA_USAGE)
    signature = sign_detached(CONTENT, key, cert, NOW)
    with pytest.raises(VerificationError, match="digitalSignature"):
        verify_detached(signature, CONTENT, trusted=[root_cert])


def _expired_signer() -> keys.Signer:
    key = _key()
    cert = keys.self_signed_certificate(key, "Old Key", None, NOW - 400 * DAY, NOW - 30 * DAY)
    return keys.Signer("Old Key", key, cert)


class _BackdatingSigner:
    """Signs with any claimed time, as anyone holding an old key can."""

    def __init__(self, signer: keys.Signer) -> None:
        self.signer = signer

    def sign(self, content: bytes, signing_time: dt.datetime) -> bytes:
        return sign_detached(content, self.signer.key, self.signer.cert, signing_time)


def test_backdated_signing_time_does_not_revive_an_expired_key() -> None:
    old = _expired_signer()
    claimed = NOW - 100 * DAY  # inside the expired certificate's validity
    package = build_package(
        [PackageFile("a.txt", b"a", "text/plain")], {"kind": "test"}, _BackdatingSigner(old),
        claimed,
    )  # fmt: skip
    for trusted in (None, [old.cert]):
        report = verify_package(package.data, trusted=trusted)
        assert [p.code for p in report.problems] == ["certificate"], report.problems
        assert "at verification time" in report.problems[0].message
        assert "expired" in report.problems[0].message
        assert report.signer is not None and report.signer.signing_time == claimed
        assert report.to_dict()["signer"]["signing_time_is_claim"] is True
    with pytest.raises(SignerNotValid):
        verify_detached(
            sign_detached(CONTENT, old.key, old.cert, claimed), CONTENT, trusted=[old.cert]
        )


def test_verification_time_can_be_given() -> None:
    old = _expired_signer()
    signature = sign_detached(CONTENT, old.key, old.cert, NOW - 100 * DAY)
    info = verify_detached(signature, CONTENT, trusted=[old.cert], at=NOW - 50 * DAY)
    assert info.checked_at == NOW - 50 * DAY
