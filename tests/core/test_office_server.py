"""The reference office's HTTP contract (docs/office-protocol.md), checked with raw requests."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import pytest
import requests

from filingassist.office import store
from filingassist.sync.receipts import fingerprint
from tests.support import fixtures
from tests.support.fixtures import Office, start_office
from tests.support.pkgtools import build_package
from tests.support.tushttp import meta as _meta

office = fixtures.office

pytestmark = [pytest.mark.network, pytest.mark.timeout(60)]
TUS = {"Tus-Resumable": "1.0.0"}


def _b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def _auth(o: Office) -> dict[str, str]:
    return {"Authorization": f"Bearer {o.token}", **TUS}


def _upload(o: Office, data: bytes, package_id: str) -> str:
    r = requests.post(
        f"{o.url}/files/",
        headers={
            **_auth(o),
            "Upload-Length": str(len(data)),
            "Upload-Metadata": _meta(package_id, hashlib.sha256(data).hexdigest()),
        },
        timeout=10,
    )
    assert r.status_code == 201, r.text
    url = r.headers["Location"]
    r = requests.patch(
        url,
        data=data,
        timeout=10,
        headers={
            **_auth(o),
            "Upload-Offset": "0",
            "Content-Type": "application/offset+octet-stream",
        },
    )
    assert r.status_code == 204 and r.headers["Upload-Offset"] == str(len(data))
    return url


def test_discovery_document(office: Office) -> None:
    doc = requests.get(f"{office.url}/.well-known/filing-office", timeout=10).json()
    assert doc["code"] == "XX" and doc["package_format_versions"] == [1]
    assert doc["endpoints"]["uploads"] == "/files/" and doc["max_package_size"] > 0
    assert fingerprint(doc["receipt_certificate"]).count(":") == 31


def test_every_route_needs_a_valid_token(office: Office) -> None:
    for method, path in [("POST", "/files/"), ("POST", "/filings"), ("GET", "/notices")]:
        r = requests.request(
            method, office.url + path, headers={**TUS, "Upload-Length": "1"}, timeout=10
        )
        assert r.status_code == 401, (method, path)
        r = requests.request(
            method,
            office.url + path,
            timeout=10,
            headers={**TUS, "Authorization": "Bearer wrong", "Upload-Length": "1"},
        )
        assert r.status_code == 401


@pytest.mark.parametrize(
    ("metadata", "length", "status"),
    [
        ("", "10", 400),  # empty Upload-Metadata
        (f"filename {_b64('a.zip')},filetype {_b64('application/zip')}", "10", 400),  # no id
        (_meta("not-hex"), "10", 400),
        (_meta("a" * 64), str(10**9), 413),  # larger than the office accepts
    ],
)
def test_upload_creation_is_checked(
    office: Office, metadata: str, length: str, status: int
) -> None:
    r = requests.post(
        f"{office.url}/files/",
        timeout=10,
        headers={**_auth(office), "Upload-Length": length, "Upload-Metadata": metadata},
    )
    assert r.status_code == status, r.text


def test_submit_is_idempotent_by_package_id(office: Office) -> None:
    data, pid = build_package({"a.xml": b"<a/>"})
    url = _upload(office, data, pid)
    first = requests.post(
        f"{office.url}/filings",
        json={"upload_url": url, "package_id": pid},
        headers=_auth(office),
        timeout=10,
    )
    assert first.status_code == 201
    # filed and archived: the upload itself is gone
    assert requests.head(url, headers=_auth(office), timeout=10).status_code == 404
    assert (office.data / "filings" / f"{pid}.zip").read_bytes() == data
    # the same package uploaded and submitted again: the same receipt, not a second filing
    url2 = _upload(office, data, pid)
    again = requests.post(
        f"{office.url}/filings",
        json={"upload_url": url2, "package_id": pid},
        headers=_auth(office),
        timeout=10,
    )
    assert again.status_code == 200
    assert again.json()["receipt"] == first.json()["receipt"]
    assert again.json()["application_number"] == first.json()["application_number"]


def test_submit_of_an_incomplete_or_unknown_upload(office: Office) -> None:
    data, pid = build_package({"a.xml": b"<a/>"})
    r = requests.post(
        f"{office.url}/files/",
        timeout=10,
        headers={**_auth(office), "Upload-Length": str(len(data)), "Upload-Metadata": _meta(pid)},
    )
    url = r.headers["Location"]
    r = requests.post(
        f"{office.url}/filings",
        json={"upload_url": url, "package_id": pid},
        headers=_auth(office),
        timeout=10,
    )
    assert r.status_code == 409
    r = requests.post(
        f"{office.url}/filings",
        headers=_auth(office),
        timeout=10,
        json={"upload_url": f"{office.url}/files/{'0' * 32}", "package_id": pid},
    )
    assert r.status_code == 404
    r = requests.post(
        f"{office.url}/filings",
        headers=_auth(office),
        timeout=10,
        json={"upload_url": "../../etc/passwd", "package_id": pid},
    )
    assert r.status_code == 400


def test_uploads_are_private_to_their_account(office: Office) -> None:
    data, pid = build_package({"a.xml": b"<a/>"})
    url = _upload(office, data, pid)
    db = store.open_db(office.data)
    bob = store.add_account(db, "bob")
    db.close()
    h = {"Authorization": f"Bearer {bob}", **TUS}
    assert requests.head(url, headers=h, timeout=10).status_code == 404
    r = requests.post(
        f"{office.url}/filings", json={"upload_url": url, "package_id": pid}, headers=h, timeout=10
    )
    assert r.status_code == 404


def test_refusal_names_the_problem_and_is_stable(tmp_path: Path, office: Office) -> None:
    data, pid = build_package({"a.xml": b"<a/>"})
    broken = data.replace(b"<a/>", b"<b/>")  # content no longer matches the signed manifest
    url = _upload(office, broken, pid)
    body = {"upload_url": url, "package_id": pid}
    r1 = requests.post(f"{office.url}/filings", json=body, headers=_auth(office), timeout=10)
    r2 = requests.post(f"{office.url}/filings", json=body, headers=_auth(office), timeout=10)
    assert r1.status_code == r2.status_code == 422
    assert r1.json()["reasons"] == r2.json()["reasons"] and any(
        "a.xml" in x for x in r1.json()["reasons"]
    )


def test_damaged_upload_is_not_a_refusal(tmp_path: Path, office: Office) -> None:
    data, pid = build_package({"a.xml": b"<a/>"})
    r = requests.post(
        f"{office.url}/files/",
        timeout=10,
        headers={
            **_auth(office),
            "Upload-Length": str(len(data)),
            "Upload-Metadata": _meta(pid, hashlib.sha256(b"other").hexdigest()),
        },
    )
    url = r.headers["Location"]
    requests.patch(
        url,
        data=data,
        timeout=10,
        headers={
            **_auth(office),
            "Upload-Offset": "0",
            "Content-Type": "application/offset+octet-stream",
        },
    )
    r = requests.post(
        f"{office.url}/filings",
        json={"upload_url": url, "package_id": pid},
        headers=_auth(office),
        timeout=10,
    )
    assert r.status_code == 409 and "damaged" in r.text


def test_key_and_accounts_survive_a_restart(tmp_path: Path) -> None:
    first = start_office(tmp_path / "o")
    pem = requests.get(f"{first.url}/.well-known/filing-office", timeout=10).json()
    first.server.stop()
    key_file = tmp_path / "o" / "office-key.pem"
    assert key_file.stat().st_mode & 0o077 == 0
    second = start_office(tmp_path / "o", account="carol")
    try:
        again = requests.get(f"{second.url}/.well-known/filing-office", timeout=10).json()
        assert again["receipt_certificate"] == pem["receipt_certificate"]
    finally:
        second.server.stop()
