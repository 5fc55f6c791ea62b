"""The office's copy of a filed package is on disk (fsynced) before the filing is committed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from filingassist.office import filing
from filingassist.office.filing import Office, default_services
from filingassist.office.identity import load_or_create


def test_archive_is_fsynced_and_complete(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    office = Office(load_or_create(tmp_path), tmp_path, default_services(), 1 << 20)
    synced: list[str] = []
    real_fsync = os.fsync

    def recording_fsync(fd: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", recording_fsync)
    filing._archive(office, "a" * 64, b"PK package bytes")
    archive = tmp_path / "filings" / f"{'a' * 64}.zip"
    assert archive.read_bytes() == b"PK package bytes"
    # the data (written to a temp file renamed into place) and the folder's entry
    assert any(Path(p).parent == archive.parent and p != str(archive.parent) for p in synced)
    assert str(archive.parent) in synced
    assert [p.name for p in archive.parent.iterdir()] == [archive.name]  # no temp left
