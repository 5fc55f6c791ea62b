"""Uploads never submitted expire: removed at start and when a new upload is created."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from filingassist.office.uploads import remove_stale
from tests.support.fixtures import start_office
from tests.support.pkgtools import build_package

TUS = {"Tus-Resumable": "1.0.0"}
HOUR = 3600.0


def _age(paths: list[Path], seconds: float) -> None:
    when = time.time() - seconds
    for path in paths:
        os.utime(path, (when, when))


def test_remove_stale_removes_only_untouched_uploads(tmp_path: Path) -> None:
    account = tmp_path / "uploads" / "abc"
    account.mkdir(parents=True)
    old, fresh, half = "a" * 32, "b" * 32, "c" * 32
    for uid in (old, fresh):
        (account / uid).write_bytes(b"x")
        (account / f"{uid}.info").write_text("{}")
    (account / f"{half}.info").write_text("{}")  # created, no byte received yet
    (account / "notes.txt").write_text("not an upload")
    _age([account / old, account / f"{old}.info", account / f"{half}.info"], 3 * HOUR)
    _age([account / "notes.txt"], 3 * HOUR)
    _age([account / f"{fresh}.info"], 3 * HOUR)  # its data file was written just now
    assert remove_stale(tmp_path / "uploads", 2 * HOUR) == 2
    assert sorted(p.name for p in account.iterdir()) == sorted(
        [fresh, f"{fresh}.info", "notes.txt"]
    )
    assert remove_stale(tmp_path / "missing", HOUR) == 0


def _create(url: str, token: str, data: bytes, pid: str) -> str:
    meta = ",".join(
        f"{k} {base64.b64encode(v.encode()).decode()}"
        for k, v in {"package_id": pid, "filename": "p.zip", "filetype": "application/zip"}.items()
    )
    r = requests.post(
        f"{url}/files/",
        headers={
            "Authorization": f"Bearer {token}",
            **TUS,
            "Upload-Length": str(len(data)),
            "Upload-Metadata": meta,
        },
        timeout=10,
    )
    assert r.status_code == 201, r.text
    return str(r.headers["Location"])


def _head(url: str, token: str) -> int:
    r = requests.head(url, headers={"Authorization": f"Bearer {token}", **TUS}, timeout=10)
    return r.status_code


@pytest.mark.network
@pytest.mark.timeout(60)
def test_office_expires_abandoned_uploads(tmp_path: Path) -> None:
    data_dir = tmp_path / "office"
    office = start_office(data_dir, upload_ttl=HOUR)
    try:
        data, pid = build_package({"a.xml": b"<a/>"})
        abandoned = _create(office.url, office.token, data, pid)
        uid = abandoned.rstrip("/").rsplit("/", 1)[-1]
        files = [p for p in (data_dir / "uploads").rglob(f"{uid}*") if p.is_file()]
        assert files and _head(abandoned, office.token) == 200
        _age(files, 2 * HOUR)
        kept = _create(office.url, office.token, data, pid)  # the next upload sweeps
        assert _head(abandoned, office.token) == 404
        assert not any(p.exists() for p in files)
        assert _head(kept, office.token) == 200
        kept_files = [p for p in (data_dir / "uploads").rglob("*") if p.is_file()]
    finally:
        office.server.stop()
    _age(kept_files, 2 * HOUR)
    restarted = start_office(data_dir, upload_ttl=HOUR)  # and a start sweeps too
    try:
        assert not any(p.exists() for p in kept_files)
    finally:
        restarted.server.stop()


def test_serve_refuses_a_ttl_that_is_not_positive(tmp_path: Path) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "filingassist", "office", "serve", "--upload-ttl-hours", "0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 2 and "--upload-ttl-hours" in r.stderr
