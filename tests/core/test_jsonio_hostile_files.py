"""Reading an application document file: folders, FIFOs and huge attachments are refused
with an InputError naming the place, never a traceback, a hang or an unbounded read."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from filingassist.errors import InputError
from filingassist.model import jsonio


def test_a_folder_given_as_the_document_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read file") as caught:
        jsonio.read_file(tmp_path)
    assert caught.value.where == str(tmp_path)


def _with_attachment_at(tmp_path: Path, examples_dir: Path) -> tuple[Path, Path]:
    doc = json.loads((examples_dir / "trademark.json").read_text("utf-8"))
    (digest, entry), *_ = doc["attachments"].items()
    target = tmp_path / entry["path"]
    target.parent.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(doc), "utf-8")
    return path, target


def test_attachment_path_larger_than_the_limit_is_not_read(
    tmp_path: Path, examples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, target = _with_attachment_at(tmp_path, examples_dir)
    target.write_bytes(b"\0" * (path.stat().st_size + 1000))
    monkeypatch.setattr(jsonio, "MAX_DOCUMENT_BYTES", path.stat().st_size + 10)
    with pytest.raises(InputError, match=r"\$\.attachments\..*\.path: .* exceeds") as caught:
        jsonio.read_file(path)
    assert caught.value.where == str(path)


@pytest.mark.timeout(20)
def test_attachment_path_that_is_a_fifo_is_refused_without_blocking(
    tmp_path: Path, examples_dir: Path
) -> None:
    path, target = _with_attachment_at(tmp_path, examples_dir)
    os.mkfifo(target)
    with pytest.raises(InputError, match="not a regular file"):
        jsonio.read_file(path)
