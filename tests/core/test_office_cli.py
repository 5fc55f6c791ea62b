"""The office from the command line, and over TLS with an office's own CA."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from filingassist.errors import SyncError, TransientSyncError
from filingassist.office.serve import start_in_thread
from filingassist.sync.client import discover
from filingassist.sync.transport import RequestsTransport
from tests.support.fixtures import SERVICES, TEST_RECEIVES

pytestmark = [pytest.mark.network, pytest.mark.timeout(60)]


def test_office_serve_command(tmp_path: Path) -> None:
    import requests

    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "filingassist",
            "office",
            "serve",
            "--port",
            "0",
            "--data",
            str(tmp_path / "o"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ},
    )
    try:
        assert proc.stderr is not None
        port = None
        for _ in range(50):
            line = proc.stderr.readline()
            found = re.search(r"http://127\.0\.0\.1:(\d+)", line)
            if found:
                port = int(found.group(1))
                break
        assert port, "the server did not say where it listens"
        doc = requests.get(f"http://127.0.0.1:{port}/.well-known/filing-office", timeout=10).json()
        assert doc["protocol"] == "filing-office/1"
        assert (tmp_path / "o" / "office-key.pem").exists()
    finally:
        proc.terminate()
        proc.wait(15)


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _office_ca(folder: Path) -> tuple[Path, Path, Path]:
    """An office's own CA and a server certificate for 127.0.0.1 issued by it."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("Office CA"))
        .issuer_name(_name("Office CA"))
        .public_key(ca_key.public_key())
        .serial_number(1)
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(2)
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    ca_path, cert_path, key_path = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    ca_path.write_bytes(ca.public_bytes(pem))
    cert_path.write_bytes(cert.public_bytes(pem))
    key_path.write_bytes(
        key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return ca_path, cert_path, key_path


def test_tls_is_verified_against_the_configured_ca_bundle(tmp_path: Path) -> None:
    ca, cert, key = _office_ca(tmp_path)
    with start_in_thread(
        tmp_path / "o", SERVICES, tls=(cert, key), receives=TEST_RECEIVES
    ) as office:
        assert office.url.startswith("https://")
        doc = discover(RequestsTransport(ca_bundle=str(ca)), office.url)
        assert doc["code"] == "XX"
        # without the office's CA the certificate is not trusted: an error, not a retry
        with pytest.raises(SyncError) as info:
            discover(RequestsTransport(), office.url)
        assert not isinstance(info.value, TransientSyncError)
        assert "TLS" in str(info.value)
