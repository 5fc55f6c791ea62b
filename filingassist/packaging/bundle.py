"""A filing bundle (``filing-bundle/1``): many signed packages in one tus upload.

Why: over a slow link with a long round trip, three requests per package cost more time
than the package's bytes (1,000 packages of 1.8 KB: 3,002 requests, 1,156 s where the
bytes need ~60 s). A bundle carries many packages in one upload and is filed with one
request (docs/office-protocol.md, "Batches"); every package in it is still decided on its
own, by its package id, exactly as if it had been sent alone.

Format (bytes, no compression — packages are zip files already)::

    filing-bundle/1 <count>\\n
    <package id> <size>\\n          (count lines: 64 lowercase hex, decimal bytes)
    <package 1><package 2>…         (the packages' bytes, in the order listed)

Nothing may follow the last package. The package id is the SHA-256 of the package's
``manifest.json`` as everywhere else; the office computes it again and refuses a package
whose content does not match the id listed for it.

Also here: receipts travel in a batch answer without the office certificate the client
pinned (``without_certificates``); the client puts its pinned copy back
(``with_certificate``) and gets the very bytes the office stored, so the receipt it keeps
verifies with ``openssl cms -verify`` like any other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from asn1crypto import cms as a_cms
from asn1crypto import x509 as a_x509

from filingassist.errors import InputError, VerificationError

FORMAT = "filing-bundle/1"
MEDIA_TYPE = "application/vnd.filing-bundle"
_FIRST = re.compile(rb"^filing-bundle/1 ([1-9][0-9]{0,5})\n")
_ENTRY = re.compile(rb"^([0-9a-f]{64}) (0|[1-9][0-9]{0,11})\n")
_ENTRY_LEN_MAX = 64 + 1 + 12 + 1


@dataclass(frozen=True)
class Entry:
    """One package of a bundle: the id it is listed under and its bytes."""

    package_id: str
    data: bytes


def header(entries: Sequence[tuple[str, int]]) -> bytes:
    """The bundle's header for ``(package id, size)`` pairs, in order."""
    lines = [f"{FORMAT} {len(entries)}\n"]
    lines += [f"{pid} {size}\n" for pid, size in entries]
    return "".join(lines).encode("ascii")


def build(packages: Sequence[tuple[str, bytes]]) -> bytes:
    """A bundle of ``(package id, package bytes)``; ids must be distinct."""
    if not packages:
        raise ValueError("a bundle holds at least one package")
    if len({pid for pid, _ in packages}) != len(packages):
        raise ValueError("a bundle lists each package id once")
    head = header([(pid, len(data)) for pid, data in packages])
    return head + b"".join(data for _, data in packages)


def parse(data: bytes, max_packages: int) -> list[Entry]:
    """The packages of a bundle, read as hostile input.

    Raises:
        InputError: (``where`` = ``bundle``) the header is malformed, lists more than
            ``max_packages`` packages or one id twice, or the sizes do not add up to the
            bytes received.
    """
    first = _FIRST.match(data[:32])
    if first is None:
        raise InputError(f"does not start with '{FORMAT} <count>'", "bundle")
    count = int(first.group(1))
    if count > max_packages:
        raise InputError(f"lists {count} packages; this office takes {max_packages}", "bundle")
    pos = first.end()
    listed: list[tuple[str, int]] = []
    for n in range(1, count + 1):
        line = _ENTRY.match(data[pos : pos + _ENTRY_LEN_MAX])
        if line is None:
            raise InputError(f"entry {n} is not '<64 hex> <size>'", "bundle")
        listed.append((line.group(1).decode("ascii"), int(line.group(2))))
        pos += line.end()
    if len({pid for pid, _ in listed}) != count:
        raise InputError("a package id is listed twice", "bundle")
    if pos + sum(size for _, size in listed) != len(data):
        raise InputError("the listed sizes do not add up to the bytes received", "bundle")
    entries = []
    for pid, size in listed:
        entries.append(Entry(pid, data[pos : pos + size]))
        pos += size
    return entries


def without_certificates(signature: bytes) -> bytes:
    """A detached CMS SignedData without its embedded certificates (same signature)."""
    info = _load(signature)
    signed = info["content"]
    kept = {
        k: signed[k] for k in ("version", "digest_algorithms", "encap_content_info", "signer_infos")
    }
    return bytes(
        a_cms.ContentInfo({"content_type": "signed_data", "content": a_cms.SignedData(kept)}).dump()
    )


def with_certificate(signature: bytes, cert_der: bytes) -> bytes:
    """Put ``cert_der`` back as the SignedData's only certificate (undoes
    ``without_certificates`` for a signature the office made with that certificate)."""
    info = _load(signature)
    signed = info["content"]
    try:
        cert = a_x509.Certificate.load(cert_der)
    except ValueError as exc:
        raise VerificationError(f"office certificate: not DER ({exc})") from exc
    fields = {
        "version": signed["version"],
        "digest_algorithms": signed["digest_algorithms"],
        "encap_content_info": signed["encap_content_info"],
        "certificates": [cert],
        "signer_infos": signed["signer_infos"],
    }
    return bytes(
        a_cms.ContentInfo(
            {"content_type": "signed_data", "content": a_cms.SignedData(fields)}
        ).dump()
    )


def with_certificate_if_missing(signature: bytes, cert_der: bytes) -> bytes:
    """``signature`` as it is when it carries certificates, else ``with_certificate``."""
    certificates = _load(signature)["content"]["certificates"]
    if certificates.native:
        return signature
    return with_certificate(signature, cert_der)


def _load(signature: bytes) -> a_cms.ContentInfo:
    try:
        info = a_cms.ContentInfo.load(signature)
        if info["content_type"].native != "signed_data":
            raise ValueError("not a SignedData")
        info["content"]["signer_infos"].native  # noqa: B018 - parses it now, not later
    except (ValueError, TypeError, KeyError) as exc:
        raise VerificationError(f"receipt signature: not a CMS SignedData ({exc})") from exc
    return info
