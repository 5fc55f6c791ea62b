"""Adding a file as an attachment checks it before reading it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from filingassist.app import Workspace
from filingassist.errors import InputError
from filingassist.store import attachments


@pytest.fixture
def ws(isolated_home: Path) -> Iterator[Workspace]:
    w = Workspace.open()
    yield w
    w.close()


def test_file_over_the_limit_is_refused_before_it_is_read(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF" + b"\0" * 100)
    monkeypatch.setattr(attachments, "MAX_ATTACHMENT_BYTES", 50)

    def no_read(self: Path) -> bytes:
        raise AssertionError(f"{self} was read")

    monkeypatch.setattr(Path, "read_bytes", no_read)
    with pytest.raises(InputError, match="exceeds") as caught:
        ws.add_attachment_file(big)
    assert caught.value.where == str(big)


@pytest.mark.timeout(20)
def test_fifo_and_folder_are_refused_without_blocking(ws: Workspace, tmp_path: Path) -> None:
    fifo = tmp_path / "drawing.pdf"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        ws.add_attachment_file(fifo)
    with pytest.raises(InputError) as caught:
        ws.add_attachment_file(tmp_path)
    assert caught.value.where == str(tmp_path)


def test_ordinary_file_is_stored(ws: Workspace, tmp_path: Path) -> None:
    small = tmp_path / "a.pdf"
    small.write_bytes(b"%PDF-1.7 tiny")
    ref = ws.add_attachment_file(small)
    assert ref.size == len(b"%PDF-1.7 tiny") and ws.attachment_bytes(ref.sha256)
