"""Properties of the Madrid and PCT quotes over generated inputs (bounded examples)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

import filingassist.refdata as refdata
from filingassist.refdata.fees import madrid_quote, pct_quote

MEMBERS = sorted(m.code for m in refdata.madrid_members())
CLASSES = st.lists(st.integers(1, 45), min_size=1, max_size=12)


@settings(max_examples=150, deadline=None)
@given(
    origin=st.sampled_from(MEMBERS),
    colour=st.booleans(),
    classes=CLASSES,
    designations=st.lists(st.sampled_from(MEMBERS), max_size=8),
)
def test_madrid_quote_structure(origin, colour, classes, designations):
    q = madrid_quote(origin, colour, classes, designations)
    by_code = {line.code: line.amount for line in q.lines}
    assert q.total == sum(by_code.values())
    fees = refdata.madrid_fees()
    full = fees.basic_colour if colour else fees.basic_black_and_white
    tenth = (full / 10).quantize(Decimal(1), rounding=ROUND_HALF_UP)  # nearest full figure
    expected_basic = tenth if refdata.is_ldc(origin) else full
    assert by_code["basic"] == expected_basic
    plain = {d for d in designations if not refdata.charges_individual_fee(d)}
    assert by_code.get("complementary", 0) == 100 * len(plain)
    extra = max(0, len(set(classes)) - 3)
    assert by_code.get("supplementary", 0) == (100 * extra if plain else 0)
    individual = {d for d in designations if d not in plain}
    quoted = {code.split(":")[1] for code in by_code if code.startswith("individual:")}
    assert quoted | set(q.incomplete) == individual
    assert all(amount >= 0 for amount in by_code.values())
    # every line resting on an unconfirmed figure is flagged and listed with its reason
    assert len(q.to_be_confirmed) >= sum(1 for line in q.lines if line.to_be_confirmed)


@settings(max_examples=150, deadline=None)
@given(
    ro=st.sampled_from(["IB", "EP", "US", "SE"]),
    sheets=st.integers(1, 400),
    efiling=st.sampled_from(["none", "pdf", "request_xml", "full_xml"]),
    eligible=st.booleans(),
)
def test_pct_quote_reduction_order(ro, sheets, efiling, eligible):
    office = refdata.pct_fees().offices[ro]
    isa = sorted(office.search_fees)[0]
    q = pct_quote(ro, isa, sheets, efiling, eligible)
    by_code = {line.code: line.amount for line in q.lines}
    assert q.total == sum(by_code.values())
    iff = office.international_filing_fee + office.per_sheet * max(0, sheets - 30)
    net = iff - office.efiling_reductions[efiling]
    if eligible:
        assert by_code["natural_person_reduction"] == -(net * Decimal("0.9")).quantize(
            Decimal("0.01")
        )
    else:
        assert "natural_person_reduction" not in by_code
    assert q.currency == office.currency
    assert q.total > 0
