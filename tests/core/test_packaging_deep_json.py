"""JSON nested deeper than the parser's recursion limit is a finding or an InputError naming
the place, never a RecursionError (which the office answered with 500, so the client
retried a hostile package for ever, and the CLI printed a traceback)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from filingassist.errors import InputError
from filingassist.model import jsonio
from filingassist.packaging.verify import verify_package
from filingassist.sync import outbox
from filingassist.xmlio import export_files, import_xml
from tests.support.fixtures import client_db

DEEP = b"[" * 100_000 + b"]" * 100_000


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_verify_reports_a_deep_manifest() -> None:
    report = verify_package(_zip({"manifest.json": DEEP, "signature.p7s": b"x"}))
    assert not report.ok
    assert any(p.file == "manifest.json" and "nested" in str(p) for p in report.problems)


def test_outbox_refuses_a_deep_manifest(tmp_path: Path) -> None:
    pkg = tmp_path / "deep.zip"
    pkg.write_bytes(_zip({"manifest.json": DEEP}))
    db = client_db(tmp_path / "client.sqlite")
    try:
        with pytest.raises(InputError, match="nested too deeply") as caught:
            outbox.add(db, pkg, "XX")
        assert caught.value.where == f"{pkg}!manifest.json"
        assert outbox.items(db) == []
    finally:
        db.conn.close()


def test_import_refuses_a_deep_request_json(examples_dir: Path) -> None:
    doc = jsonio.read_file(examples_dir / "patent.json").document
    xml = dict((name, data) for name, data, _ in export_files(doc))["st96.xml"]
    with pytest.raises(InputError, match="nested too deeply") as caught:
        import_xml(xml, "pkg.zip", request_data=DEEP)
    assert "request.json" in caught.value.where
