"""Small signed packages for the sync tests, built with the real ``filingassist.packaging``."""

from __future__ import annotations

import datetime as dt
import json

from cryptography.hazmat.primitives.asymmetric import ec

from filingassist.packaging.keys import Signer, self_signed_certificate
from filingassist.packaging.package import PackageFile
from filingassist.packaging.package import build_package as _build


def make_signer(common_name: str = "Test Filer") -> Signer:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = self_signed_certificate(
        key, common_name, None, now - dt.timedelta(days=1), now + dt.timedelta(days=365)
    )
    return Signer(common_name, key, cert)


#: The application a test package carries unless it brings its own: a trademark for office
#: XX, which every test office receives (the office refuses what it does not receive).
APPLICATION_JSON = json.dumps(
    {"kind": "trademark", "form": "trademark", "form_version": 1, "data": {"office": "XX"}}
).encode()


def build_package(
    files: dict[str, bytes], signer: Signer | None = None, application: bool = True
) -> tuple[bytes, str]:
    """(zip bytes, package id) of a signed package holding ``files`` (and, unless
    ``application`` is False or ``files`` has one, the test ``application.json``)."""
    if application and "application.json" not in files:
        files = {"application.json": APPLICATION_JSON, **files}
    built = _build(
        [PackageFile(name, data, "application/octet-stream") for name, data in files.items()],
        {"kind": "test", "reference": "sync-test"},
        signer or make_signer(),
        dt.datetime.now(dt.UTC),
    )
    return built.data, built.package_id
