"""ST.96 export: every example and generated applications validate against the official
schemas; our XML round-trips to the identical document; WIPO's example imports."""

from __future__ import annotations

import copy
import string
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from filingassist.formdefs import form_for_kind
from filingassist.model.document import ApplicationDocument
from filingassist.model.jsonio import read_file
from filingassist.xmlio import export_xml, import_xml
from filingassist.xmlio.validate import schema, validate

ROOT = Path(__file__).resolve().parents[2]
KINDS = ["trademark", "madrid", "patent"]


@pytest.fixture(scope="session")
def schemas(shared_dir: Path) -> dict[str, etree.XMLSchema]:
    """Each official schema compiled once per test session (about 2 s each)."""
    return {kind: schema(form_for_kind(kind).xsd) for kind in KINDS}


def example(kind: str) -> ApplicationDocument:
    doc = read_file(ROOT / "examples" / f"{kind}.json").document
    if kind == "trademark":  # the workspace fills this from the fee quote before exporting
        doc.data["payment"]["declared_total"] = "1000.00"
    return doc


def by_name(doc: ApplicationDocument) -> dict[str, dict[str, Any]]:
    return {ref["name"]: ref for ref in doc.attachments()}


def roundtrip(doc: ApplicationDocument, schemas: dict[str, etree.XMLSchema]) -> ApplicationDocument:
    out = export_xml(doc)
    root = etree.fromstring(out.xml)
    assert validate(root, form_for_kind(doc.kind).xsd) == []
    assert out.dropped == []
    req = out.request_json() if out.request is not None else None
    back = import_xml(out.xml, "test.xml", by_name(doc), req)
    assert back.notes == []
    return back.document


@pytest.mark.parametrize("kind", KINDS)
def test_example_exports_validate_and_roundtrip(
    schemas: dict[str, etree.XMLSchema], kind: str
) -> None:
    doc = example(kind)
    assert roundtrip(doc, schemas).data == doc.data


def test_roots(schemas: dict[str, etree.XMLSchema]) -> None:
    names = {k: etree.QName(etree.fromstring(export_xml(example(k)).xml)).localname for k in KINDS}
    assert names == {
        "trademark": "TrademarkApplication",
        "madrid": "MadridOfficeToIBTransaction",
        "patent": "ApplicationBody",
    }
    mm2 = etree.fromstring(export_xml(example("madrid")).xml)
    assert [etree.QName(e).localname for e in mm2.iter()][:6] == [
        "MadridOfficeToIBTransaction",
        "MadridOfficeTransactionHeader",
        "IPOfficeCode",
        "RequestDate",
        "TransactionTotalQuantity",
        "MadridOfficeToIBBag",
    ]


def test_patent_request_json_holds_the_request(schemas: dict[str, etree.XMLSchema]) -> None:
    out = export_xml(example("patent"))
    assert out.request is not None
    assert out.request["route"] == "pct"
    assert "receiving_office" not in out.request  # an attribute of pat:ApplicationBody
    assert out.request["applicants"][0]["nationality"] == "KE"
    assert out.request["priorities"][0]["date"] == "2026-02-16"
    assert b"Wanjiru" not in out.xml  # the request is not in the application body


def test_incomplete_parts_are_dropped_and_reported(schemas: dict[str, etree.XMLSchema]) -> None:
    doc = example("trademark")
    del doc.data["payment"]["declared_total"]
    out = export_xml(doc)
    assert "Payment (needs FeePayableTotalAmount)" in out.dropped
    assert validate(etree.fromstring(out.xml), form_for_kind("trademark").xsd) == []


def test_wipo_example_imports_into_a_trademark_draft(shared_dir: Path) -> None:
    path = shared_dir / "standards/st96/V6_0/examples/TrademarkApplication_Example.xml"
    imported = import_xml(path.read_bytes(), str(path))
    data = imported.document.data
    assert imported.document.kind == "trademark"
    assert data["mark"]["verbal_element"] == "LANYI"
    assert data["office"] == "US"
    assert data["classes"][0]["class_number"] == 9
    assert "Smartwatches" in data["classes"][0]["terms"]
    assert data["applicants"][0]["name"] == "Shenzhen Fengniao E-Commerce Co.,Ltd"
    assert imported.notes == ["mark.image: file 87035559.png is not in the package"]


# ---- generated applications ------------------------------------------------------------

SAFE = (
    st.text(
        alphabet=st.sampled_from(
            string.ascii_letters + string.digits + " .,-'&()/" + "éüßøçÅЖжقعلى中文字"
        ),
        min_size=1,
        max_size=40,
    )
    .map(lambda s: " ".join(s.split()))
    .filter(bool)
)
DATES = st.dates().map(lambda d: d.isoformat()).filter(lambda s: len(s) == 10)
COUNTRIES = st.sampled_from(
    ["DE", "FR", "CH", "KE", "CN", "US", "BR", "IN", "JP", "NO", "SG", "AU", "MX"]
)
TERMS = st.lists(SAFE.filter(lambda t: ";" not in t), min_size=1, max_size=4, unique=True)
CLASSES = st.lists(st.integers(1, 45), min_size=1, max_size=4, unique=True)


@st.composite
def trademark_docs(draw: st.DrawFn) -> ApplicationDocument:
    doc = example("trademark")
    d = doc.data
    d["applicants"][0]["name"] = draw(SAFE)
    d["applicants"][0]["country"] = draw(COUNTRIES)
    d["mark"]["verbal_element"] = draw(SAFE)
    d["mark"]["type"] = draw(
        st.sampled_from(["figurative", "combined", "shape", "colour", "position"])
    )
    d["classes"] = [{"class_number": n, "terms": draw(TERMS)} for n in draw(CLASSES)]
    d["filing_date"] = draw(DATES)
    d["priorities"][0]["date"] = draw(DATES)
    d["filing_basis"] = draw(st.sampled_from(["use", "intent_to_use", "none"]))
    return doc


@st.composite
def madrid_docs(draw: st.DrawFn) -> ApplicationDocument:
    doc = example("madrid")
    d = doc.data
    d["applicants"][0]["name"] = draw(SAFE)
    d["mark"]["verbal_element"] = draw(SAFE)
    d["mark"]["standard_characters"] = draw(st.booleans())
    d["classes"] = [{"class_number": n, "terms": draw(TERMS)} for n in draw(CLASSES)]
    codes = draw(
        st.lists(
            st.sampled_from(["CN", "US", "NO", "SG", "EM", "JP", "KR", "AU", "GB"]),
            min_size=1,
            max_size=5,
            unique=True,
        )
    )
    d["designations"] = [{"country": c} for c in codes]
    d["basic_marks"] = [
        {
            "kind": draw(st.sampled_from(["application", "registration"])),
            "number": draw(SAFE),
            "date": draw(DATES),
        }
    ]
    # guarantee marks export as certification marks (no V6_0 code): not a round trip
    d["misc"]["category"] = draw(st.sampled_from(["individual", "collective", "certification"]))
    for key in ("three_dimensional", "sound", "not_translatable"):
        d["misc"][key] = draw(st.booleans())
    d["mark"]["colour_per_se"] = draw(st.booleans())
    if draw(st.booleans()):
        d["misc"]["other_type"] = draw(
            st.sampled_from(["hologram", "motion", "position", "pattern", "multimedia"])
        )
    cents = draw(st.integers(0, 10_000_000))  # an amount: canonical "1234.05"
    d["payment"]["declared_total"] = f"{cents // 100}.{cents % 100:02d}"
    if draw(st.booleans()):
        d["colour"] = {"claimed": True, "colours": draw(SAFE)}
        d["mark"]["colour_reproduction"] = True
    if "EM" in codes:
        d["em"] = {"second_language": draw(st.sampled_from(["fr", "de", "it", "es"]))}
        d["seniorities"] = [
            {
                "state": draw(st.sampled_from(["FR", "DE"])),
                "number": draw(SAFE),
                "date": draw(DATES),
            }
        ]
    if draw(st.booleans()):
        d["priorities"][0]["partial_goods"] = draw(SAFE)
    if draw(st.booleans()):  # item 3(b): the address in the territory, per ground
        d["entitlements"][0]["address"] = draw(SAFE)
        d["entitlements"][1]["address"] = draw(SAFE)
    second = {**d["applicants"][0], "name": draw(SAFE), "email": "second@example.org"}
    if draw(st.booleans()):
        d["applicants"].append(second)
        d["entitlements"].append({"applicant": 2, "basis": "nationality", "state": "CH"})
    return doc


@st.composite
def patent_docs(draw: st.DrawFn) -> ApplicationDocument:
    doc = example("patent")
    d = doc.data
    d["title"] = draw(SAFE)
    d["receiving_office"] = draw(st.sampled_from(["IB", "KE", "EP", "US"]))
    paragraphs = draw(st.lists(SAFE, min_size=1, max_size=3))
    d["body"]["description"] = "\n\n".join(paragraphs)
    d["claims"] = [
        {"number": i + 1, "text": t}
        for i, t in enumerate(draw(st.lists(SAFE, min_size=1, max_size=5)))
    ]
    d["applicants"][0]["name"] = draw(SAFE)
    d["applicants"][0]["nationality"] = draw(COUNTRIES)
    return doc


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=st.one_of(trademark_docs(), madrid_docs(), patent_docs()))
def test_generated_applications_validate_and_roundtrip(
    schemas: dict[str, etree.XMLSchema], doc: ApplicationDocument
) -> None:
    original = copy.deepcopy(doc.data)
    assert roundtrip(doc, schemas).data == original


@pytest.mark.parametrize("category", ["guarantee", "collective"])
def test_form_v1_mm2_with_limitations_and_any_category_validates(
    schemas: dict[str, etree.XMLSchema], category: str
) -> None:
    """Drafts made with MM2 form version 1 still export valid XML (the V6_0 lists)."""
    doc = example("madrid")
    data = copy.deepcopy(doc.data)
    data["filing_date"] = data.pop("certification")["receipt_date"]
    data["entitlements"] = [
        {k: v for k, v in e.items() if k != "applicant"} for e in data["entitlements"]
    ]
    data["misc"] = {"mark_type": category}
    del data["mark"]["colour_per_se"]
    data["limitations"] = [{"designation": "CN", "class_number": 9, "terms": ["smartwatches"]}]
    old = ApplicationDocument("madrid", "madrid-mm2", 1, data)
    out = export_xml(old)
    assert out.dropped == []
    assert validate(etree.fromstring(out.xml), form_for_kind("madrid").xsd) == []
