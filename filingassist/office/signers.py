"""Signers bound to accounts: whose package an account may file.

Why: a package's bytes are not secret (an agent, a shared computer, a forwarded e-mail),
and the office files a package id once. Without a binding, any account that got hold of
the bytes could submit them first; the filing, its number and every notice would then
belong to that account, and the real filer's own submit would be refused.

A signer certificate (by SHA-256 fingerprint) belongs to at most one account. A package is
filed only for the account its signer belongs to; another account's submit of it is
refused for that account alone (the refusal is stored per account), so the real filer's
submit still files it. How a certificate gets bound is the office's policy:

- ``registered``: only certificates the office registered for the account
  (``office account NAME --signer-cert CERT.pem``, after checking who the filer is) —
  the setting for a real office;
- ``first-use`` (default, zero set-up): also a certificate no account has used yet, bound
  to the first account that files with it. An account that has filed once is protected;
  a brand-new signer's very first package is only as safe as its bytes are private.
"""

from __future__ import annotations

import datetime as dt

from cryptography import x509
from cryptography.hazmat.primitives import hashes

from filingassist.office.database import OfficeDB

POLICIES = ("first-use", "registered")


def fingerprint(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex()


def owner(db: OfficeDB, fp: str) -> str | None:
    row = db.execute("SELECT account FROM account_signers WHERE fingerprint = ?", [fp]).fetchone()
    return None if row is None else str(row[0])


def problem(db: OfficeDB, account: str, fp: str, policy: str) -> str | None:
    """Why ``account`` may not file a package signed by ``fp`` (None: it may)."""
    bound = owner(db, fp)
    if bound is not None and bound != account:
        return "package: signed by a certificate registered to another account"
    if bound is None and policy == "registered":
        return (
            "package: the signer's certificate is not registered for this account "
            "(the office registers it: office account NAME --signer-cert CERT.pem)"
        )
    return None


def bind(db: OfficeDB, account: str, fp: str, subject: str, how: str) -> None:
    """Bind ``fp`` to ``account`` inside the caller's write transaction (no-op if bound)."""
    db.execute(
        "INSERT INTO account_signers(fingerprint, account, subject, bound_at, how) "
        "VALUES (?,?,?,?,?) ON CONFLICT(fingerprint) DO NOTHING",
        [fp, account, subject, dt.datetime.now(dt.UTC).isoformat(), how],
    )


def register(db: OfficeDB, account: str, cert: x509.Certificate) -> str:
    """Register ``cert`` for ``account`` (office side); refuse one bound elsewhere."""
    fp = fingerprint(cert)
    with db.write():
        bound = owner(db, fp)
        if bound is not None and bound != account:
            raise ValueError(f"certificate {fp[:16]}… is registered to another account")
        bind(db, account, fp, cert.subject.rfc4514_string(), "registered")
    return fp
