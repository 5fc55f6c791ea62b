"""Amounts of money: the one place they are formatted for people and read back from them.

Formatting and parsing follow the locale's separators (babel's CLDR data): an English
filer types and reads ``4,394.00``, a French one ``4 394,00``. Stored values never depend on
the locale: an amount is kept as a canonical decimal string (``"4394.00"``). A finding
names an amount as ``{"amount": "4394.00", "currency": "CHF"}`` (plain JSON), which
``amount_param`` builds and every message formatter shows with ``format_money``.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

#: Spaces people type (or CLDR uses) between groups of digits.
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]")
_CANONICAL = re.compile(r"^-?\d+(\.\d+)?$")
_CURRENCY = re.compile(r"^[A-Z]{3}\s*|\s*[A-Z]{3}$")


def _locale(language: str) -> str:
    return language.replace("-", "_") or "en"


def format_amount(amount: Decimal | int | str, language: str = "en") -> str:
    """The number with the locale's grouping and decimal signs and two decimals."""
    from babel.numbers import format_decimal

    value = Decimal(str(amount))
    return str(format_decimal(value, format="#,##0.00", locale=_locale(language)))


def format_money(amount: Decimal | int | str, currency: str, language: str = "en") -> str:
    """ "4,394.00 CHF" (en), "4 394,00 CHF" (fr): the amount, a no-break space, the code."""
    return f"{format_amount(amount, language)}\u00a0{currency}"


def parse_amount(text: str, language: str = "en") -> Decimal:
    """An amount typed by a person: the locale's separators, or the canonical form.

    "4,394.00" in English is 4394.00 (never 439400); a trailing or leading currency code
    is ignored. Raises ValueError for anything else.
    """
    from babel.numbers import NumberFormatError, get_group_symbol, parse_decimal

    cleaned = _CURRENCY.sub("", text.strip())
    locale = _locale(language)
    if _SPACES.match(get_group_symbol(locale)):
        cleaned = _SPACES.sub("", cleaned)
    if not cleaned:
        raise ValueError("empty amount")
    try:
        return Decimal(parse_decimal(cleaned, locale=locale, strict=True))
    except (NumberFormatError, InvalidOperation, ValueError):
        pass
    if _CANONICAL.match(cleaned):
        return Decimal(cleaned)
    raise ValueError(f"not an amount: {text!r}")


def canonical(amount: Decimal) -> str:
    """How an amount is stored: digits, a point and two decimals ("4394.00")."""
    return f"{amount.quantize(Decimal('0.01'))}"


def as_decimal(value: Any) -> Decimal | None:
    """A stored amount (canonical string, or a whole number from older drafts) or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str) and _CANONICAL.match(value):
        return Decimal(value)
    return None


def amount_param(amount: Decimal | int | str, currency: str) -> dict[str, str]:
    """An amount inside a finding's parameters (JSON-safe; shown with ``format_money``)."""
    return {"amount": str(amount), "currency": currency}


def is_amount_param(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == {"amount", "currency"}


def param_text(value: Any, language: str = "en") -> Any:
    """A finding parameter as text: amounts formatted, anything else unchanged."""
    if is_amount_param(value):
        return format_money(value["amount"], value["currency"], language)
    return value
