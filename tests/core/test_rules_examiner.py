"""Issue 12: the checks examiners apply, beyond the broken cases of rules_cases.py.

Attachments are what they claim (signatures, image headers against their data), the
examples are clean with their real files, the relaxed colour rule, the PCT competence
data carries its sources.
"""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

import pytest

from filingassist import paths
from filingassist.model.jsonio import read_file
from filingassist.rules import validate_document as _validate_all
from filingassist.rules.checks.attachments import content_problem
from filingassist.rules.pctref import competence
from tests.core.rules_cases import _png

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "examples" / "assets"


def validate_document(doc, **kw):  # type: ignore[no-untyped-def]
    """The form's own findings: the REFDATA-* warnings (fee figures still to be confirmed)
    apply to every example and are tested in test_refdata_effective.py."""
    return [f for f in _validate_all(doc, **kw) if not f.code.startswith("REFDATA-")]


@pytest.mark.parametrize("kind", ["trademark", "madrid", "patent"])
def test_examples_are_clean_with_their_real_files(kind: str) -> None:
    """ATTACHMENT-CONTENT and the image checks read the actual bytes of every file."""
    imported = read_file(ROOT / "examples" / f"{kind}.json")
    found = validate_document(imported.document, blobs=imported.blobs.get)
    assert [(f.code, f.path) for f in found] == []
    assert imported.document.attachments()  # every example carries files now


def test_every_example_asset_is_what_its_name_says() -> None:
    types = {".png": "image/png", ".jpg": "image/jpeg", ".pdf": "application/pdf"}
    for path in sorted(ASSETS.iterdir()):
        assert content_problem(types[path.suffix], path.read_bytes()) == "", path.name


def _gif(width: int, height: int, end: bool = True) -> bytes:
    return b"GIF89a" + struct.pack("<HH", width, height) + b"\x00\x00\x00" + (b";" if end else b"")


@pytest.mark.parametrize(
    ("media_type", "data", "problem"),
    [
        ("image/png", _png(4, 4, 4), ""),
        ("image/png", _png(4, 4, 3), "size"),  # rows missing
        ("image/png", _png(4, 4, 5), "size"),  # more data than the header says
        ("image/png", _png(4, 4, 4, end=False), "truncated"),
        ("image/png", _png(0, 4, 4), "header"),
        ("image/png", b"\xff\xd8\xff\xe0 a JPEG", "signature"),
        ("image/jpeg", b"\x89PNG\r\n\x1a\n", "signature"),
        ("image/jpeg", (ASSETS / "orbis-logo.jpg").read_bytes()[:-2], "truncated"),
        ("image/gif", _gif(3, 3), ""),
        ("image/gif", _gif(0, 3), "header"),
        ("image/gif", _gif(3, 3, end=False), "truncated"),
        ("application/pdf", b"<html></html>", "signature"),
        ("application/pdf", b"%PDF-1.4\n1 0 obj", "truncated"),
        ("video/mp4", b"\x00\x00\x00\x18ftypmp42", ""),
        ("video/mp4", b"RIFF....AVI ", "signature"),
        ("image/tiff", b"II*\x00\x08\x00\x00\x00", ""),
        ("image/tiff", b"%PDF-", "signature"),
        ("application/xml", b"<anything/>", ""),  # no signature table: other rules check it
    ],
)
def test_content_problem(media_type: str, data: bytes, problem: str) -> None:
    assert content_problem(media_type, data) == problem


def test_a_png_bomb_is_refused_without_inflating_it() -> None:
    """A header declaring 60,000 x 60,000 pixels with a tiny body: refused as 'size'."""
    header = struct.pack(">IIBBBBB", 60000, 60000, 8, 6, 0, 0, 0)

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    bomb = zlib.compress(b"\x00" * 10_000_000)
    data = (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", bomb) + chunk(b"IEND", b"")
    )
    assert content_problem("image/png", data) == "size"


def test_colour_reproduction_without_claim_is_allowed() -> None:
    """Rule 9(4)(a)(vii): the colour claim is optional; only a claim without colour is wrong."""
    doc = read_file(ROOT / "examples" / "madrid.json").document
    doc.data["mark"]["colour_reproduction"] = True
    doc.data["payment"]["declared_total"] = 2974  # basic fee in colour: 903 instead of 653
    assert validate_document(doc) == []


def test_guarantee_mark_exports_a_valid_category(shared_dir: Path) -> None:
    from lxml import etree

    from filingassist.xmlio import export_xml
    from filingassist.xmlio.validate import validate

    doc = read_file(ROOT / "examples" / "madrid.json").document
    doc.data["misc"]["category"] = "guarantee"
    doc.data["misc"]["three_dimensional"] = True
    doc.data["mark"]["colour_per_se"] = True
    root = etree.fromstring(export_xml(doc).xml)
    assert validate(root, "MadridOfficeToIBTransaction/MadridOfficeToIBTransaction_V6_0.xsd") == []
    texts = {etree.QName(e).localname: e.text for e in root.iter() if len(e) == 0}
    assert texts["MarkCategory"] == "Certification mark"
    features = [e.text for e in root.iter() if etree.QName(e).localname == "MarkFeatureCategory"]
    assert sorted(features) == ["Colour", "Three dimensional"]


def test_pct_competence_data_has_sources_and_a_date() -> None:
    raw = json.loads((paths.resources_dir() / "refdata" / "pct_competence.json").read_text())
    assert raw["source"] and raw["valid_as_of"]
    data = competence()
    for office in data.offices.values():
        for isa in office.isas:
            assert isa in data.isa_languages, f"RO/{office.code} names ISA/{isa} without languages"


def test_competence_findings_say_how_old_and_how_sure_the_data_is() -> None:
    doc = read_file(ROOT / "examples" / "patent.json").document
    doc.data["isa"] = "US"
    (finding,) = validate_document(doc)
    assert finding.code == "PCT-ISA-COMPETENT"
    assert "reference data of" in finding.text() and "to be confirmed" in finding.text()
    doc.data["receiving_office"] = "GB"
    doc.data["applicants"][0]["nationality"] = "GB"
    found = {f.code: f for f in validate_document(doc)}
    assert found["PCT-ISA-COMPETENT"].severity.value == "info"  # RO/GB is not in the data


def _as_form_v1(data: dict) -> dict:
    """The MM2 example as a draft made with form version 1 (before issue 12)."""
    import copy

    old = copy.deepcopy(data)
    old["filing_date"] = old.pop("certification")["receipt_date"]
    old["entitlements"] = [
        {k: v for k, v in e.items() if k != "applicant"} for e in old["entitlements"]
    ]
    old["misc"] = {"mark_type": "individual"}
    del old["mark"]["colour_per_se"]
    return old


def test_drafts_of_mm2_form_v1_still_validate() -> None:
    from filingassist.model.document import ApplicationDocument

    example = read_file(ROOT / "examples" / "madrid.json")
    doc = ApplicationDocument("madrid", "madrid-mm2", 1, _as_form_v1(example.document.data))
    assert [(f.code, f.path) for f in validate_document(doc, blobs=example.blobs.get)] == []
    doc.data["misc"]["mark_type"] = "sound"
    doc.data["mm18"].pop("document")
    assert {f.code for f in validate_document(doc)} == {"MM2-US-MM18"}
