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

from filingassist.office import app as office_app
from filingassist.office import uploads
from filingassist.office.database import OfficeDB
from filingassist.office.store import open_db
from tests.support.fixtures import start_office
from tests.support.pkgtools import build_package

TUS = {"Tus-Resumable": "1.0.0"}
HOUR = 3600.0


def _age(paths: list[Path], seconds: float) -> None:
    when = time.time() - seconds
    for path in paths:
        os.utime(path, (when, when))


def _upload(db: OfficeDB, root: Path, account: str, pid: str) -> uploads.Upload:
    meta = {"package_id": pid, "filename": "p.zip", "filetype": "application/zip"}
    return uploads.create(db, root, account, 10, meta)


def _age_rows(db: OfficeDB, uids: list[str], seconds: float) -> None:
    with db.write():
        for uid in uids:
            db.execute(
                "UPDATE uploads SET touched_at = ? WHERE uid = ?", [time.time() - seconds, uid]
            )


def test_expire_removes_only_untouched_uploads_and_old_stray_files(tmp_path: Path) -> None:
    db = open_db(tmp_path)
    root = tmp_path / "uploads"
    try:
        old, fresh, busy = (_upload(db, root, "jane", "a" * 64) for _ in range(3))
        _age_rows(db, [old.uid, busy.uid], 3 * HOUR)
        folder = uploads.account_folder(root, "jane")
        stray_old, stray_new = folder / ("c" * 32), folder / ("d" * 32 + ".info")
        stray_old.write_bytes(b"x")  # a crash between file and row, or an older version
        stray_new.write_bytes(b"x")
        _age([stray_old], 3 * HOUR)
        with uploads.locked(uploads.path_of(root, busy)) as fd:  # a request writes it now
            assert fd is not None
            assert uploads.expire(db, root, 2 * HOUR) == 2
        assert sorted(p.name for p in folder.iterdir()) == sorted(
            [fresh.uid, busy.uid, stray_new.name]
        )
        assert uploads.get(db, old.uid, "jane") is None
        assert uploads.get(db, fresh.uid, "jane") is not None
        assert uploads.expire(db, tmp_path / "missing", HOUR) == 1  # busy, now free
    finally:
        db.close()


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
def test_office_expires_abandoned_uploads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(office_app, "EXPIRY_INTERVAL", 0.0)  # every new upload sweeps
    data_dir = tmp_path / "office"
    office = start_office(data_dir, upload_ttl=HOUR)
    try:
        data, pid = build_package({"a.xml": b"<a/>"})
        abandoned = _create(office.url, office.token, data, pid)
        uid = abandoned.rstrip("/").rsplit("/", 1)[-1]
        files = [p for p in (data_dir / "uploads").rglob(f"{uid}*") if p.is_file()]
        assert files and _head(abandoned, office.token) == 200
        db = open_db(data_dir)
        _age_rows(db, [uid], 2 * HOUR)
        kept = _create(office.url, office.token, data, pid)  # the next upload sweeps
        assert _head(abandoned, office.token) == 404
        assert not any(p.exists() for p in files)
        assert _head(kept, office.token) == 200
        kept_files = [p for p in (data_dir / "uploads").rglob("*") if p.is_file()]
    finally:
        office.server.stop()
    _age_rows(db, [p.name for p in kept_files], 2 * HOUR)
    db.close()
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
