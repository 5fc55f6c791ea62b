"""Amounts: typed with the locale's separators, stored canonically, shown by one helper."""

from __future__ import annotations

from decimal import Decimal

import pytest

from filingassist.formdefs.fieldtypes import field_type
from filingassist.model.findings import Finding, Severity
from filingassist.money import amount_param, canonical, format_money, parse_amount


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("4,394.00", "en", "4394.00"),  # the figure the fee panel shows: never 439400
        ("4394", "en", "4394"),
        ("4394.5", "en", "4394.5"),
        ("4 394,00", "fr", "4394.00"),  # a plain space typed where CLDR has a narrow one
        ("4\u202f394,00", "fr", "4394.00"),
        ("4.394,00", "es", "4394.00"),
        ("4394.00 CHF", "en", "4394.00"),
        ("4394.00", "fr", "4394.00"),  # the canonical form is read in any language
    ],
)
def test_amounts_are_read_with_the_locales_separators(text, language, expected) -> None:
    assert parse_amount(text, language) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "lots", "4,39,4.00", "1.2.3"])
def test_what_is_not_an_amount_is_refused(text) -> None:
    with pytest.raises(ValueError):
        parse_amount(text, "en")


def test_amounts_are_formatted_for_the_language() -> None:
    assert format_money(Decimal("4394"), "CHF", "en") == "4,394.00\u00a0CHF"
    assert format_money("4394.00", "CHF", "fr") == "4\u202f394,00\u00a0CHF"
    assert format_money(4394, "CHF", "es") == "4.394,00\u00a0CHF"


def test_the_money_type_stores_a_canonical_decimal() -> None:
    money = field_type("money")
    assert money.check("4394.00") is None and money.check(2724) is None
    assert money.check("4,394.00") is not None and money.check(True) is not None
    assert money.from_text("4,394.00") == "4394.00" == canonical(Decimal("4394"))
    assert money.to_text(2724) == "2724.00"


def test_a_finding_names_an_amount_formatted() -> None:
    finding = Finding(
        "MM2-FEES-TOTAL",
        Severity.ERROR,
        "payment.declared_total",
        "The total declared ({declared}) differs from the fees computed: {total} "
        "(fees valid as of {valid_as_of}).",
        params={
            "declared": amount_param("4000.00", "CHF"),
            "total": amount_param(Decimal("4394.00"), "CHF"),
            "valid_as_of": "2025-11-01",
        },
    )
    assert "(4,000.00\u00a0CHF)" in finding.text() and ": 4,394.00\u00a0CHF" in finding.text()
