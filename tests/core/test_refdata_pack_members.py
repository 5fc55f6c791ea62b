"""A data pack with damaged or oddly compressed members is an InputError naming the member."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from filingassist.errors import InputError
from filingassist.refdata.pack import verify_pack


def _pack(tmp_path: Path, mutate: str) -> Path:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", b'{"publisher": "x", "padding": "' + b"ab" * 200 + b'"}')
    raw = bytearray(out.getvalue())
    if mutate == "corrupt-deflate":
        raw[30 + len("manifest.json")] = 0xFF  # first byte of the deflate stream: bad block
    else:  # an unsupported compression method, in both headers
        raw[8:10] = (99).to_bytes(2, "little")
        central = raw.index(b"PK\x01\x02")
        raw[central + 10 : central + 12] = (99).to_bytes(2, "little")
    path = tmp_path / "pack.zip"
    path.write_bytes(bytes(raw))
    return path


@pytest.mark.parametrize("mutate", ["corrupt-deflate", "unknown-method"])
def test_damaged_member_names_the_member(tmp_path: Path, mutate: str) -> None:
    path = _pack(tmp_path, mutate)
    with pytest.raises(InputError) as caught:
        verify_pack(path, trusted={})
    assert caught.value.where == f"{path}!manifest.json"


def test_a_folder_given_as_the_pack_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read") as caught:
        verify_pack(tmp_path, trusted={})
    assert caught.value.where == str(tmp_path)
