"""The shipped reference data: complete, consistent with the official schema, dated."""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest

import filingassist.refdata as refdata
from filingassist.errors import InputError
from filingassist.refdata.loader import shipped_path
from filingassist.refdata.model import DATASET_NAMES
from filingassist.refdata.parse import parse_dataset

ROOT = Path(__file__).resolve().parents[2]


def _st3_tool():
    spec = importlib.util.spec_from_file_location(
        "st3check", ROOT / "tools" / "refdata_st3_check.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_countries_cover_exactly_the_st3_codes_of_the_schema(shared_dir):
    tool = _st3_tool()
    xsd = shared_dir / "standards/st96/V6_0" / tool.COMMON_XSD
    missing, extra = tool.compare(shipped_path("countries"), xsd)
    assert missing == set()
    assert extra == set()
    schema = tool.schema_st3_codes(xsd)
    excluded = refdata.countries_data().excluded
    # The deliberate exclusions are in the schema (current or former), and nothing else is left out.
    former = tool.schema_st3_codes(xsd, "WIPOFormerST3CodeType")
    assert excluded <= schema | former
    assert {c.code for c in refdata.countries()} == schema - excluded


@pytest.mark.parametrize("name", DATASET_NAMES)
def test_every_dataset_has_a_dated_sourced_header(name):
    info = refdata.dataset_info(name)
    assert info.name == name
    assert info.valid_as_of >= date(2022, 1, 1)
    assert info.source and all(len(s) > 20 for s in info.source)
    assert info.origin == "shipped"


def test_country_lookups():
    assert refdata.country_name("CH") == "Switzerland"
    assert refdata.country_name("EM").startswith("European Union Intellectual Property Office")
    for office in ("EM", "EP", "WO", "IB", "OA", "AP", "EA", "GC", "BX", "QZ"):
        assert refdata.is_st3(office), office
        assert refdata.countries_data().by_code[office].kind == "organization"
    assert not refdata.is_st3("ZZ")
    assert not refdata.is_st3("XX")  # excluded on purpose
    assert not refdata.is_st3("SU")  # former code
    assert refdata.country_name("ZZ") is None


def test_organisation_names_in_other_languages_carry_their_source():
    """An organization's own name per language, each from a WIPO page in the data set's
    ``sources``; a language not read there is "to be confirmed" and shows English."""
    data = refdata.countries_data()
    oapi = data.by_code["OA"]
    assert oapi.name_in("zh_CN") == "非洲知识产权组织 (OAPI)"
    assert oapi.name_in("ar") == oapi.name  # not found in WIPO's pages: English
    assert oapi.names_status == "to_be_confirmed" and "ar" in oapi.names_reason
    assert data.by_code["IB"].name_in("ar") == "المكتب الدولي للويبو"
    assert data.by_code["CH"].name_in("fr") == "Switzerland"  # countries: CLDR, in the UI
    for entry in data.entries:
        for local in entry.names.values():
            source = data.info.source_by_id(local.source)
            assert source is not None and source.url.startswith("https://"), entry.code


def test_nice_has_45_classes_goods_then_services():
    classes = refdata.nice_classes()
    assert [c.number for c in classes] == list(range(1, 46))
    assert {c.kind for c in classes[:34]} == {"goods"}
    assert {c.kind for c in classes[34:]} == {"services"}
    assert refdata.nice_class(25).heading == "Clothing, footwear, headwear"
    assert refdata.nice_class(46) is None
    assert not refdata.is_nice_class(True)
    assert refdata.dataset_info("nice").edition == "NCL (12-2026)"


def test_madrid_members_and_flags():
    members = refdata.madrid_members()
    assert 105 <= len(members) <= 125
    for code in ("EM", "OA", "BX", "US", "CN", "AU", "CH", "GB", "JP"):
        assert refdata.is_madrid_member(code), code
    for code in ("TW", "EP", "AR", "ZZ"):
        assert not refdata.is_madrid_member(code), code
    assert refdata.charges_individual_fee("AU")
    assert not refdata.charges_individual_fee("DE")
    assert not refdata.charges_individual_fee("ZZ")
    assert refdata.is_ldc("KH") and refdata.is_ldc("AF")
    assert not refdata.is_ldc("CH")
    assert refdata.madrid_languages("US") == ("en",)
    assert refdata.madrid_languages("DE") == ("en", "fr", "es")
    # every member is an ST.3 code and every LDC flag agrees with the UN list
    data = refdata.madrid_data()
    for m in members:
        assert refdata.is_st3(m.code), m.code
        assert m.ldc == (m.code in data.ldc_states), m.code


def test_individual_fee_tables_agree_with_member_flags():
    fees = refdata.madrid_fees()
    assert len(fees.individual) >= 10
    for party in fees.individual:
        assert refdata.charges_individual_fee(party), party
    sure = [f for f in fees.individual.values() if not f.uncertain]
    assert {f.party for f in sure} >= {"AU", "CN", "CA", "BR", "OA", "BX", "BG", "KH", "CL"}


def test_domain_fee_figures():
    fees = refdata.madrid_fees()
    assert (fees.basic_black_and_white, fees.basic_colour) == (653, 903)
    ind = fees.individual
    assert ind["AU"].structure.amount_for(3) == 3 * 232
    assert ind["CN"].structure.amount_for(3) == 249 + 2 * 125
    assert ind["CA"].structure.amount_for(2) == 299 + 91
    assert ind["OA"].structure.amount_for(1) == 572
    assert ind["BX"].structure.amount_for(1) == 224
    # CH since 1 July 2023: 400 for up to three classes, 50 per class beyond (to be confirmed)
    assert ind["CH"].structure.amount_for(3) == 400
    assert ind["CH"].structure.amount_for(5) == 500
    assert ind["CH"].structure.amount_for(0) == 0
    assert ind["CH"].uncertain and ind["CH"].effective_from.isoformat() == "2023-07-01"


def test_mark_image_table():
    rule = refdata.mark_image_rule("US", "figurative")
    assert rule.formats == ("jpeg",) and (rule.min_px, rule.max_px) == (250, 944)
    assert refdata.mark_image_rule("EM", "sound").max_bytes == 2 * 1024 * 1024
    assert refdata.mark_image_rule("EM", "word").formats == ()
    assert refdata.mark_image_rule("XX", "word") is None


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (lambda d: d.pop("valid_as_of"), "valid_as_of"),
        (lambda d: d.update(version="v2"), "version"),
        (lambda d: d.update(dataset="nice"), "dataset"),
        (lambda d: d["entries"].append(d["entries"][0]), "duplicate"),
        (lambda d: d["entries"][3].update(code="abc"), "entries[3].code"),
        (lambda d: d["entries"][3].update(names={"de": {}}), "entries[3].names"),
        (lambda d: d["entries"][3].update(names={"ar": {"name": "x"}}), "entries[3].names.ar"),
        (
            lambda d: d["entries"][3].update(names={"ar": {"name": "x", "source": "nowhere"}}),
            "entries[3].names.ar.source",
        ),
    ],
)
def test_malformed_countries_rejected_with_place(mutate, where):
    doc = json.loads(shipped_path("countries").read_text())
    mutate(doc)
    with pytest.raises(InputError) as err:
        parse_dataset("countries", json.dumps(doc).encode(), "pack:countries.json")
    assert where in str(err.value)
    assert "pack:countries.json" in str(err.value)


@pytest.mark.parametrize("name", ["fees_madrid", "fees_pct", "fees_national_tm"])
def test_amounts_must_be_decimal_strings(name):
    doc = json.loads(shipped_path(name).read_text())
    text = json.dumps(doc).replace('"1330"', "1330.5").replace('"653"', "653.0")
    text = text.replace('"850"', '"-850"')
    with pytest.raises(InputError):
        parse_dataset(name, text.encode(), name)


def test_deeply_nested_json_rejected():
    with pytest.raises(InputError):
        parse_dataset("nice", b"[" * 100_000, "nice.json")


@pytest.mark.parametrize("name", DATASET_NAMES)
def test_dataset_objects_expose_version_date_source(name):
    from filingassist.refdata import loader

    data = loader.load(name)
    assert data.version == data.info.version
    assert data.valid_as_of == data.info.valid_as_of
    assert data.source == data.info.source


def test_flat_and_three_class_structures_from_the_wipo_page():
    ind = refdata.madrid_fees().individual
    assert ind["AG"].structure.amount_for(7) == 192  # independent of the number of classes
    assert ind["BY"].structure.amount_for(3) == 600
    assert ind["BY"].structure.amount_for(4) == 650
    assert ind["BX"].structure.amount_for(4) == 224 + 25 + 75 + 75
    assert ind["BH"].uncertain  # one-class figure only
    assert "whatever the number" in ind["AG"].structure.describe("CHF")
