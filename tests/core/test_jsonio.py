"""The application document format: lossless round-trips and hostile input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from filingassist.app import Workspace
from filingassist.errors import InputError
from filingassist.model.jsonio import parse_bytes, read_file

KINDS = ["trademark", "madrid", "patent"]


@pytest.fixture
def ws(isolated_home: Path):
    w = Workspace.open()
    yield w
    w.close()


@pytest.mark.parametrize("kind", KINDS)
def test_examples_round_trip_without_loss(
    ws: Workspace, examples_dir: Path, tmp_path: Path, kind: str
) -> None:
    original = read_file(examples_dir / f"{kind}.json")
    info = ws.import_file(examples_dir / f"{kind}.json")
    out = ws.export_json(info.id, tmp_path / "out.json")
    again = read_file(out)
    assert again.document.data == original.document.data
    assert again.blobs == original.blobs
    info2 = ws.import_file(out)
    assert ws.load(info2.id).digest() == ws.load(info.id).digest()


UNICODE_NAMES = {
    "arabic": "مؤسسة الخليج للتقنية ذ.م.م",
    "chinese": "深圳市光明科技有限公司",
    "cyrillic": "ООО «Северная звезда»",
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("script", sorted(UNICODE_NAMES))
def test_unicode_names_round_trip(
    ws: Workspace, examples_dir: Path, tmp_path: Path, kind: str, script: str
) -> None:
    info = ws.import_file(examples_dir / f"{kind}.json")
    doc = ws.load(info.id)
    doc.data["applicants"][0]["name"] = UNICODE_NAMES[script]
    doc.data["applicants"][0]["address"] = (
        UNICODE_NAMES[script] + "\n" + "الرياض 12345 / 北京 / Москва"
    )
    ws.save(info.id, doc)
    out = ws.export_json(info.id, tmp_path / "u.json")
    assert UNICODE_NAMES[script] in out.read_text(encoding="utf-8")  # not \u-escaped
    back = read_file(out).document
    assert back.data == doc.data


def _env(data: dict, **over) -> bytes:
    obj = {
        "format": "filingassist/application",
        "format_version": 1,
        "kind": "trademark",
        "form": "trademark",
        "form_version": 1,
        "data": data,
    }
    obj.update(over)
    return json.dumps(obj).encode()


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b'{"format": "filingassist/application", "format_v', r"invalid JSON at line 1 column \d+"),
        (b"\xff\xfe not utf8", "not UTF-8"),
        (b"[1, 2]", r"\$: expected a JSON object"),
        (_env({}, format_version=7), r"\$.format_version: unsupported version 7"),
        (_env({}, kind="design"), r"\$.kind: expected one of"),
        (
            _env({}, form="trademark", form_version=99),
            r"\$.form: unknown form trademark version 99",
        ),
        (
            _env({"office": "EM", "favourite_colour": "blue"}),
            r"unknown fields: \$.data.favourite_colour",
        ),
        (
            _env({"applicants": [{"name": "A", "shoe_size": 44}]}),
            r"\$.data.applicants\[0\].shoe_size",
        ),
        (_env({}, extra_top=1), r"unknown fields: \$.extra_top"),
        (
            _env(
                {
                    "mark": {
                        "image": {
                            "sha256": "a" * 64,
                            "name": "x.png",
                            "media_type": "image/png",
                            "size": 3,
                        }
                    }
                }
            ),
            "no content for it",
        ),
        (_env({}, attachments={"b" * 64: {"content_base64": "!!!"}}), "not valid base64"),
        (
            _env({}, attachments={"c" * 64: {"content_base64": "aGk="}}),
            "does not match its SHA-256",
        ),
        (("[" * 5000 + "]" * 5000).encode(), "nested|JSON"),
    ],
)
def test_bad_documents_get_a_specific_error(raw: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_bytes(raw, "bad.json")


def test_error_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "truncated.json"
    bad.write_bytes(b'{"format": ')
    with pytest.raises(InputError, match=r"truncated\.json: invalid JSON"):
        read_file(bad)


def test_attachment_path_cannot_escape_the_folder(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("x")
    sub = tmp_path / "docs"
    sub.mkdir()
    raw = _env({}, attachments={"d" * 64: {"path": "../secret.txt"}})
    with pytest.raises(InputError, match="must stay inside"):
        parse_bytes(raw, "doc.json", base_dir=sub)


def test_oversized_file_is_refused_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import filingassist.model.jsonio as jsonio

    monkeypatch.setattr(jsonio, "MAX_DOCUMENT_BYTES", 100)
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 200)
    with pytest.raises(InputError, match="exceeds the 100 byte limit"):
        read_file(big)


def test_failed_import_leaves_the_store_unchanged(
    ws: Workspace, tmp_path: Path, examples_dir: Path
) -> None:
    ws.import_file(examples_dir / "madrid.json")
    before = [d.id for d in ws.drafts()]
    bad = tmp_path / "bad.json"
    bad.write_bytes(_env({"nonsense": 1}))
    with pytest.raises(InputError):
        ws.import_file(bad)
    assert [d.id for d in ws.drafts()] == before
