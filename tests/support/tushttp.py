"""Plain tus 1.0 and submit requests to an office over HTTP (``requests``), for the tests
that talk to the office as any client would, without our sync client."""

from __future__ import annotations

import base64
import hashlib

import requests

TUS = {"Tus-Resumable": "1.0.0"}


def meta(package_id: str, sha256: str = "") -> str:
    """``Upload-Metadata`` as the office requires it (``sha256`` optional)."""
    items = {"package_id": package_id, "filename": "p.zip", "filetype": "application/zip"}
    if sha256:
        items["sha256"] = sha256
    return ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in items.items())


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", **TUS}


def create(url: str, token: str, data: bytes, pid: str, with_body: bool = False) -> str:
    """Create an upload for ``data`` (all of it sent along with ``with_body``); its URL."""
    headers = {
        **auth(token),
        "Upload-Length": str(len(data)),
        "Upload-Metadata": meta(pid, hashlib.sha256(data).hexdigest()),
    }
    if with_body:
        headers["Content-Type"] = "application/offset+octet-stream"
    r = requests.post(
        f"{url}/files/", data=data if with_body else None, headers=headers, timeout=30
    )
    assert r.status_code == 201, r.text
    return str(r.headers["Location"])


def patch(upload: str, token: str, offset: int, data: bytes) -> requests.Response:
    return requests.patch(
        upload,
        data=data,
        headers={
            **auth(token),
            "Upload-Offset": str(offset),
            "Content-Type": "application/offset+octet-stream",
        },
        timeout=30,
    )


def head(upload: str, token: str) -> requests.Response:
    return requests.head(upload, headers=auth(token), timeout=10)


def submit(url: str, token: str, upload: str, pid: str) -> requests.Response:
    return requests.post(
        f"{url}/filings",
        json={"upload_url": upload, "package_id": pid},
        headers={"Authorization": f"Bearer {token}"},
        timeout=60,
    )


def send(url: str, token: str, data: bytes, pid: str) -> requests.Response:
    """Upload (create, then one PATCH) and submit: the office's answer to the submit."""
    upload = create(url, token, data, pid)
    r = patch(upload, token, 0, data)
    assert r.status_code == 204 and r.headers["Upload-Offset"] == str(len(data)), r.text
    return submit(url, token, upload, pid)
