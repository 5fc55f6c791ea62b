"""Every shipped data set and figure is traceable: source, effective date, review date.

Issue 11: "Every Madrid party that charges an individual fee has amounts (or is explicitly
'to be confirmed' with the reason)"; membership facts (QA, SA, LDC graduations) as found in
the sources recorded in resources/refdata/CHANGELOG.md.
"""

from __future__ import annotations

import datetime as dt

import pytest

from filingassist import refdata
from filingassist.refdata import loader
from filingassist.refdata.model import CONFIRMED, DATASET_NAMES, TO_BE_CONFIRMED


@pytest.mark.parametrize("name", DATASET_NAMES)
def test_every_dataset_has_dated_sources_and_a_review_date(name):
    info = loader.load_shipped(name).info
    assert info.source and all(s.strip() for s in info.source)
    assert info.effective_date <= info.review_date
    assert info.review_date >= info.valid_as_of
    if name != "countries":  # the ST.3 list mirrors the ST.96 V6_0 schema (2022-10-03)
        assert info.sources, name
        assert all(s.title and s.id for s in info.sources)
        if name != "nice":  # NCL 12-2026 could not be re-checked (to be confirmed)
            assert any(s.read is not None for s in info.sources), name


def test_every_individual_fee_party_has_an_entry_with_amount_or_reason():
    fees = refdata.madrid_fees()
    charging = {m.code for m in refdata.madrid_members() if m.individual_fee}
    assert charging == set(fees.history)
    for party, entries in fees.history.items():
        for entry in entries:
            assert entry.source and fees.info.source_by_id(entry.source), party
            assert entry.status in (CONFIRMED, TO_BE_CONFIRMED)
            if entry.structure is None or entry.status == TO_BE_CONFIRMED:
                assert entry.uncertain and len(entry.reason) > 20, party


def test_confirmed_figures_come_from_the_wipo_page():
    fees = refdata.madrid_fees()
    sure = {p for p, e in fees.individual.items() if not e.uncertain}
    assert sure == {
        "OA", "AG", "AM", "AU", "GG", "BY", "BZ", "BX", "BQ", "BR", "BN", "BG", "CV", "KH",
        "CA", "CL", "CN",
    }  # fmt: skip
    assert all(fees.individual[p].source == "wipo-ind" for p in sure)


def test_qatar_charges_an_individual_fee_and_saudi_arabia_is_not_a_member():
    qa = refdata.madrid_member("QA")
    assert qa is not None and qa.individual_fee and qa.accession == dt.date(2024, 8, 3)
    assert refdata.madrid_fees().individual["QA"].structure.amount_for(2) == 2 * 1127
    assert not refdata.is_madrid_member("SA")


def test_trinidad_and_tobago_fee_switches_on_2_november_2025():
    fees = refdata.madrid_fees()
    before = fees.individual_on("TT", dt.date(2025, 11, 1))
    after = fees.individual_on("TT", dt.date(2025, 11, 2))
    assert before.structure.amount_for(2) == 191 + 20
    assert after.structure.amount_for(2) == 166 + 18


def test_ldc_graduations_of_24_november_2026_are_dated_and_to_be_confirmed():
    data = refdata.madrid_data()
    for code in ("BD", "LA", "NP"):
        entry = data.ldc_entries[code]
        assert entry.until == dt.date(2026, 11, 24) and entry.status == TO_BE_CONFIRMED
        assert refdata.is_ldc(code, dt.date(2026, 11, 23))
        assert not refdata.is_ldc(code, dt.date(2026, 11, 24))
    assert refdata.is_ldc("UG", dt.date(2026, 11, 29))


def test_norway_accepts_english_only():
    assert refdata.madrid_languages("NO") == ("en",)


def test_regional_offices_moved_to_reference_data():
    assert len(refdata.regional_members("EM")) == 27
    assert len(refdata.regional_members("EP")) == 39
    assert len(refdata.regional_members("OA")) == 17
    assert refdata.regional_members("BX") == frozenset({"BE", "NL", "LU"})
    assert "GB" in refdata.regional_members("EP") and "GB" not in refdata.regional_members("EM")
    assert refdata.regional_members("CH") == frozenset()


def test_pct_ro_ep_figures_of_the_2025_epo_table():
    ep = refdata.pct_fees().offices["EP"]
    assert (ep.international_filing_fee, ep.per_sheet, ep.search_fees["EP"]) == (1417, 16, 1845)
    assert set(ep.uncertain) == {"transmittal_fee", "efiling_reductions"}
    assert all(ep.reasons[f] for f in ep.uncertain)
