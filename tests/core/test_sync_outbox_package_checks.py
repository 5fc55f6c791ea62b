"""The outbox reads a queued package as hostile input (same container checks as verify)."""

from __future__ import annotations

import io
import json
import warnings
import zipfile
from pathlib import Path

import pytest

from filingassist.errors import InputError
from filingassist.sync import outbox
from tests.support.fixtures import client_db


def _zip(path: Path, entries: list[tuple[str, bytes]]) -> Path:
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name
        with zipfile.ZipFile(buf, "w") as zf:
            for name, data in entries:
                zf.writestr(name, data)
    path.write_bytes(buf.getvalue())
    return path


def test_duplicate_manifest_is_refused_not_identified_by_one_copy(tmp_path: Path) -> None:
    pkg = _zip(tmp_path / "dup.zip", [("manifest.json", b"{}"), ("manifest.json", b'{"a":1}')])
    with pytest.raises(InputError) as caught:
        outbox.package_identity(pkg)
    assert str(pkg) in str(caught.value)
    assert "manifest.json" in str(caught.value)


def test_encrypted_manifest_is_an_input_error_naming_the_member(tmp_path: Path) -> None:
    pkg = _zip(tmp_path / "enc.zip", [("manifest.json", b"{}")])
    raw = bytearray(pkg.read_bytes())
    # set the "encrypted" flag bit in the local header and the central directory entry
    for signature, flag_offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = raw.index(signature)
        raw[at + flag_offset] |= 0x01
    pkg.write_bytes(bytes(raw))
    with pytest.raises(InputError, match="encrypted") as caught:
        outbox.package_identity(pkg)
    assert caught.value.where == f"{pkg}!manifest.json"


def test_not_a_zip_and_missing_manifest_name_the_file(tmp_path: Path) -> None:
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip at all")
    with pytest.raises(InputError) as caught:
        outbox.package_identity(junk)
    assert caught.value.where == str(junk)
    empty = _zip(tmp_path / "empty.zip", [("other.txt", b"x")])
    with pytest.raises(InputError, match="no manifest.json") as caught:
        outbox.package_identity(empty)
    assert caught.value.where == str(empty)


def test_oversized_package_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pkg = _zip(tmp_path / "big.zip", [("manifest.json", b"{}")])
    monkeypatch.setattr(outbox, "MAX_PACKAGE", 10)
    with pytest.raises(InputError, match="exceeds the limit") as caught:
        outbox.package_identity(pkg)
    assert caught.value.where == str(pkg)


def test_response_for_another_office_leaves_no_copy_and_no_row(tmp_path: Path) -> None:
    db = client_db(tmp_path / "client.sqlite")
    try:
        answers = {"office": "YY", "application_number": "YY-2026-000001", "notice": 1}
        manifest = json.dumps({"responds_to": answers}).encode()
        pkg = _zip(tmp_path / "resp.zip", [("manifest.json", manifest)])
        kept = tmp_path / "kept"
        with pytest.raises(InputError, match="queued for XX") as caught:
            outbox.add(db, pkg, "XX", keep_in=kept)
        assert caught.value.where == str(pkg)
        assert outbox.items(db) == []
        assert not kept.exists() or list(kept.iterdir()) == []
    finally:
        db.conn.close()
