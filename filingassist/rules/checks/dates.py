"""Date arithmetic for period rules (Paris Convention months, PCT Rule 4.10)."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any


def parse(value: Any) -> dt.date | None:
    """A YYYY-MM-DD string as a date; None for anything else (the field check reports it)."""
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day ``months`` later; the last day of the month when that day does not exist.

    A period of months ends on the corresponding day of the later month (Paris
    Convention Art. 4C(2)-(3) counts from the filing date; PCT Rule 80.2 likewise).
    """
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))
