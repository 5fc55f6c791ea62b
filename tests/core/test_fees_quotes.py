"""Fee quotes against worked examples computed by hand from the shipped schedules.

Schedules used (resources/refdata, CHF unless stated): Madrid basic 653 / 903 colour,
supplementary 100 per class beyond 3, complementary 100 per party without individual fee
(Schedule of Fees items 2.1-2.4); individual fees from WIPO's page "Individual Fees Under the
Madrid Protocol", last update November 23, 2025 (wipo.int/madrid/en/fees/ind_taxes.html):
CN 249 + 125 per further class, AU 232 per class, BY 600 for three classes + 50, BX 224 +
25 + 75 (collective 349 + 39 + 117); LDC basic fee at 10 % rounded to the nearest full figure
(wipo.int/madrid/en/how_to/file/fees.html). PCT RO/IB: IFF 1330, 15 per sheet beyond 30,
e-filing reduction 300 for full XML, 90 % reduction (Schedule item 5), transmittal 100
(waived for eligible applicants), ISA/EP search fee 1740. RO/EP (EUR, EPO "Fees for
international applications", applicable as of 1 January 2025): 150 transmittal (to be
confirmed), 1417 IFF, 16 per sheet, 88 PDF reduction (to be confirmed), 1845 search. EUIPO
(EUR) 850 + 50 + 150 each from the third class; USPTO (USD) 350 per class, +200 per class
free-form ID.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from filingassist.errors import UsageError
from filingassist.refdata.fees import (
    madrid_quote,
    national_tm_quote,
    pct_quote,
    pct_reduction_eligible,
)


def amounts(quote):
    return {line.code: line.amount for line in quote.lines}


def test_mm2_colour_five_classes_three_parties_one_individual():
    # GB origin, colour, classes 3 9 18 25 35; DE and FR (no individual fee) + CN.
    q = madrid_quote("GB", True, [3, 9, 18, 25, 35], ["DE", "FR", "CN"])
    # 903 + 2 x 100 supplementary + 2 x 100 complementary + (249 + 4 x 125) CN = 2052
    assert amounts(q) == {
        "basic": Decimal("903.00"),
        "supplementary": Decimal("200.00"),
        "complementary": Decimal("200.00"),
        "individual:CN": Decimal("749.00"),
    }
    assert q.total == Decimal("2052.00")
    assert q.currency == "CHF"
    assert q.schedule_version == "2026.1"
    assert q.valid_as_of.isoformat() == "2026-11-29"
    assert q.incomplete == ()
    assert q.to_be_confirmed == ()
    assert [(t.name, t.version) for t in q.tables] == [
        ("fees_madrid", "2026.1"),
        ("madrid_members", "2026.1"),
    ]
    assert q.tables[0].effective_from.isoformat() == "2025-11-23"


def test_ldc_origin_pays_ten_percent_of_basic_fee_rounded_to_a_full_figure():
    # Cambodia is an LDC: 10% of 653 = 65.30, rounded to 65; 4 classes -> 100; DE -> 100.
    q = madrid_quote("KH", False, [1, 2, 3, 4], ["DE"])
    assert amounts(q) == {
        "basic": Decimal("65.00"),
        "supplementary": Decimal("100.00"),
        "complementary": Decimal("100.00"),
    }
    assert q.total == Decimal("265.00")
    assert "LDC" in q.lines[0].basis and "nearest full figure" in q.lines[0].basis
    colour = madrid_quote("KH", True, [1], ["DE"])
    assert amounts(colour)["basic"] == Decimal("90.00")  # 10% of 903 = 90.30 -> 90


def test_only_individual_fee_parties_no_supplementary_fee():
    # Art. 8(7)(a)(i): 653 + AU 5 x 232 + CN 249 + 4 x 125 = 653 + 1160 + 749 = 2562
    q = madrid_quote("DE", False, [1, 2, 3, 4, 5], ["AU", "CN"])
    assert amounts(q) == {
        "basic": Decimal("653.00"),
        "individual:AU": Decimal("1160.00"),
        "individual:CN": Decimal("749.00"),
    }
    assert q.total == Decimal("2562.00")


def test_limitation_per_designation_changes_individual_fee():
    # AU limited to 2 classes: 2 x 232 = 464; CN keeps all 5 classes.
    q = madrid_quote("DE", False, [1, 2, 3, 4, 5], ["AU", "CN"], {"AU": [1, 2]})
    assert amounts(q)["individual:AU"] == Decimal("464.00")
    assert q.total == Decimal("653") + 464 + 749


def test_three_classes_no_supplementary_and_duplicates_ignored():
    q = madrid_quote("FR", False, [9, 9, 25, 35], ["DE", "DE"])
    assert amounts(q) == {"basic": Decimal("653.00"), "complementary": Decimal("100.00")}


def test_individual_fee_missing_from_table_is_reported_not_guessed():
    # Israel charges an individual fee whose amount we could not confirm: no amount, loud.
    q = madrid_quote("FR", False, [9], ["IL", "DE"])
    assert q.incomplete == ("IL",)
    assert "individual:IL" not in amounts(q)
    assert q.total == Decimal("753.00")
    assert any("IL" in t and "ind_taxes.html" in t for t in q.to_be_confirmed)
    assert any("individual fee of IL: amount to be confirmed" in n for n in q.notes)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("ZZ", False, [9], ["DE"]), "ZZ"),
        (("FR", False, [9], ["TW"]), "TW"),
        (("FR", False, [46], ["DE"]), "46"),
        (("FR", False, [9], ["AU"], {"AU": [0]}), "AU"),
    ],
)
def test_madrid_bad_input(args, message):
    with pytest.raises(UsageError, match=message):
        madrid_quote(*args)


def test_pct_45_sheets_full_xml_eligible_natural_persons_ro_ib():
    q = pct_quote("IB", "EP", 45, "full_xml", True)
    # IFF 1330 + 15 x 15 = 1555; - 300 = 1255; 90% of 1255 = 1129.50; transmittal waived.
    assert amounts(q) == {
        "transmittal": Decimal("0.00"),
        "international_filing": Decimal("1330.00"),
        "per_sheet": Decimal("225.00"),
        "efiling_reduction": Decimal("-300.00"),
        "natural_person_reduction": Decimal("-1129.50"),
        "search": Decimal("1740.00"),
    }
    assert q.total == Decimal("1865.50")
    assert q.currency == "CHF"


def test_pct_ro_ep_pdf_not_eligible_in_euro():
    q = pct_quote("EP", "EP", 45, "pdf", False)
    # EPO table applicable as of 1 January 2025: 150 + 1417 + 15 x 16 - 88 + 1845 = 3564
    assert amounts(q) == {
        "transmittal": Decimal("150.00"),
        "international_filing": Decimal("1417.00"),
        "per_sheet": Decimal("240.00"),
        "efiling_reduction": Decimal("-88.00"),
        "search": Decimal("1845.00"),
    }
    assert q.total == Decimal("3564.00")
    assert q.currency == "EUR"
    flagged = {ln.code for ln in q.lines if ln.to_be_confirmed}
    assert flagged == {"transmittal", "efiling_reduction"}
    assert all("(to be confirmed)" in ln.basis for ln in q.lines if ln.to_be_confirmed)
    assert len(q.to_be_confirmed) == 2


def test_pct_thirty_sheets_on_paper_has_no_sheet_fee_or_reduction():
    q = pct_quote("IB", "SE", 30, "none", False)
    assert amounts(q) == {
        "transmittal": Decimal("100.00"),
        "international_filing": Decimal("1330.00"),
        "search": Decimal("1790.00"),
    }


@pytest.mark.parametrize(
    "args",
    [
        ("XX", "EP", 10, "pdf", False),
        ("EP", "US", 10, "pdf", False),
        ("IB", "EP", 0, "pdf", False),
        ("IB", "EP", True, "pdf", False),
        ("IB", "EP", 10, "docx", False),
    ],
)
def test_pct_bad_input(args):
    with pytest.raises(UsageError):
        pct_quote(*args)


def test_pct_ro_missing_from_the_table_quotes_the_schedule_and_lists_the_gap():
    # RO/KE: IFF 1330 + 5 x 15 = 1405, - 100 PDF = 1305; ISA/EP 1740 as at RO/IB.
    q = pct_quote("KE", "EP", 35, "pdf", False)
    assert amounts(q) == {
        "international_filing": Decimal("1330.00"),
        "per_sheet": Decimal("75.00"),
        "efiling_reduction": Decimal("-100.00"),
        "search": Decimal("1740.00"),
    }
    assert q.total == Decimal("3045.00")
    assert q.currency == "CHF"
    assert q.incomplete == ("transmittal",)
    assert any("transmittal fee of RO/KE" in n for n in q.notes)
    eligible = pct_quote("KE", "EP", 35, "pdf", True)
    assert amounts(eligible)["natural_person_reduction"] == Decimal("-1174.50")  # 90% of 1305


def test_pct_ro_and_isa_missing_from_the_table_list_both_gaps():
    q = pct_quote("KE", "AU", 10, "none", False)
    assert q.incomplete == ("transmittal", "search")
    assert amounts(q) == {"international_filing": Decimal("1330.00")}
    assert any("search fee of ISA/AU" in n for n in q.notes)


def test_plural_bases_are_english():
    q = madrid_quote("GB", True, [3, 9, 18, 25, 35], ["DE", "FR", "CN"])
    bases = {line.code: line.basis for line in q.lines}
    assert bases["supplementary"] == "2 classes beyond 3"
    assert bases["complementary"].startswith("2 designated parties without individual fee")
    assert bases["individual:CN"].startswith("5 classes;")
    one = madrid_quote("GB", False, [9], ["CN"])
    assert {ln.code: ln.basis for ln in one.lines}["individual:CN"].startswith("1 class;")
    us = national_tm_quote("US", [9, 25], {"free_form_id": [9, 25]})
    assert {ln.code: ln.basis for ln in us.lines}["surcharge:free_form_id"].startswith("2 classes")


def test_pct_reduction_eligibility():
    assert pct_reduction_eligible("KE", "KE")
    assert pct_reduction_eligible("AF", "AF")  # LDC
    assert not pct_reduction_eligible("KE", "CH")
    assert not pct_reduction_eligible("US", "US")


@pytest.mark.parametrize(
    "state",
    ["BG", "HR", "CZ", "EE", "GR", "HU", "LV", "LT", "MT", "PL", "PT", "RO", "SK", "SI", "TR"],
)
def test_item_5a_lists_the_epc_states_of_the_euro_pct_guide(state):
    # Euro-PCT Guide 2023, point 2.27.021: these EPC States met item 5(a) on 1 January 2023.
    assert pct_reduction_eligible(state, state)
    assert not pct_reduction_eligible(state, state, natural_person=False)


def test_item_5b_ldc_applicants_qualify_whether_natural_persons_or_not():
    # A company from Uganda (an LDC) gets the reduction; a Kenyan company does not (5(a)
    # is for natural persons only).
    assert pct_reduction_eligible("UG", "UG", natural_person=False)
    assert not pct_reduction_eligible("KE", "KE", natural_person=False)
    assert not pct_reduction_eligible("UG", "KE", natural_person=False)
    # RO/IB, 30 sheets on paper: 1330 - 90% = 133; transmittal waived; ISA/EP 1740.
    q = pct_quote("IB", "EP", 30, "none", pct_reduction_eligible("UG", "UG", False))
    assert amounts(q)["natural_person_reduction"] == Decimal("-1197.00")
    assert q.total == Decimal("1873.00")


def test_euipo_three_classes():
    q = national_tm_quote("EM", [9, 35, 42])
    assert q.total == Decimal("1050.00")  # 850 + 50 + 150
    assert q.currency == "EUR"
    assert national_tm_quote("EM", [9]).total == Decimal("850.00")
    assert national_tm_quote("EM", [1, 2, 3, 4, 5]).total == Decimal("1350.00")


def test_uspto_per_class_with_surcharge():
    q = national_tm_quote("US", [9, 25], {"free_form_id": [9]})
    assert amounts(q) == {
        "application": Decimal("700.00"),
        "surcharge:free_form_id": Decimal("200.00"),
    }
    assert q.total == Decimal("900.00")
    with pytest.raises(UsageError):
        national_tm_quote("US", [9], {"teas_plus": [9]})
    with pytest.raises(UsageError):
        national_tm_quote("JP", [9])


def test_quote_as_dict_is_json_friendly():
    d = madrid_quote("GB", True, [3, 9, 18, 25, 35], ["DE", "FR", "CN"]).as_dict()
    assert d["total"] == "2052.00"
    assert d["valid_as_of"] == "2026-11-29"
    assert d["lines"][0] == {
        "code": "basic",
        "label": "Basic fee",
        "basis": "reproduction in colour",
        "amount": "903.00",
        "currency": "CHF",
        "to_be_confirmed": False,
    }
    assert [t["name"] for t in d["tables"]] == ["fees_madrid", "madrid_members"]
    assert d["tables"][0]["effective_from"] == "2025-11-23"
    assert d["stale_tables"] == [] and d["to_be_confirmed"] == []


def test_ldc_graduation_switches_the_basic_fee_and_stays_to_be_confirmed():
    # Lao PDR was due to leave the LDC list on 24 November 2026 (not confirmed): the
    # reduced fee before, the full fee from that day, both flagged "to be confirmed".
    import datetime as dt

    before = madrid_quote("LA", False, [9], ["CN"], on=dt.date(2026, 11, 23))
    after = madrid_quote("LA", False, [9], ["CN"], on=dt.date(2026, 11, 24))
    assert (before.lines[0].amount, after.lines[0].amount) == (Decimal("65.00"), Decimal("653.00"))
    assert before.lines[0].to_be_confirmed and after.lines[0].to_be_confirmed
    assert any("LDC status of LA" in t for t in after.to_be_confirmed)
    assert madrid_quote("KH", False, [9], ["CN"]).to_be_confirmed == ()


def test_pct_quote_lists_doubts_on_the_applicants_ldc_status():
    from filingassist.model.jsonio import read_file
    from filingassist.rules import feemap
    from tests.conftest import ROOT

    doc = read_file(ROOT / "examples" / "patent.json").document
    for applicant in doc.data["applicants"]:
        applicant.update(nationality="NP", residence="NP", natural_person=False)
    quote = feemap.quote(doc)
    assert any("LDC status of NP" in t for t in quote.to_be_confirmed)
