"""Small HTML pieces shared by the printouts: escaped, direction-safe, lines kept."""

from __future__ import annotations

import html
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from ui.i18n import RTL_LANGUAGES, current_language

LRM = "\u200e"
_RTL_LETTERS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}


def rtl() -> bool:
    return current_language() in RTL_LANGUAGES


def ltr(text: str) -> str:
    """Keep dates, numbers and codes in reading order inside right-to-left pages.

    In an Arabic paragraph "2026-11-25 22:00:23" would be reordered by the bidi algorithm;
    a left-to-right mark on each side makes the whole run left-to-right. Texts with
    right-to-left letters are left alone.
    """
    return text if _RTL_LETTERS.search(text) else f"{LRM}{text}{LRM}"


def lines(text: str) -> str:
    """Escaped text whose line breaks stay line breaks (addresses, lists of goods)."""
    parts = [html.escape(ltr(line)) for line in str(text).splitlines()]
    return "<br/>".join(parts) if parts else ""


def heading(text: str, size_pt: float, top_pt: float = 10) -> str:
    """A heading paragraph; inline sizes because Qt's <h1>..<h6> ignore the style sheet."""
    return (
        f"<p style='font-size:{size_pt}pt; font-weight:bold; margin-top:{top_pt}pt; "
        f"margin-bottom:3pt'>{html.escape(text)}</p>"
    )


def field_row(label: str, value_html: str) -> str:
    """'Label: value' for one line; the label on its own line above longer values."""
    if "<br/>" in value_html or len(value_html) > 90:
        return (
            f"<p><span class='label'>{html.escape(label)}</span></p>"
            f"<p class='value'>{value_html}</p>"
        )
    return f"<p><span class='label'>{html.escape(label)}:</span> {value_html}</p>"


def table(rows: list[tuple[str, str]], amounts: bool = False) -> str:
    """A two-column table (label, value HTML); amounts at the trailing edge.

    Qt's rich-text tables do not mirror their columns in a right-to-left document, so in
    Arabic the cells are written value first: the label then reads first, at the right, and
    an amount sits at the far (left) edge, as it sits at the right in English.
    """
    start, end = ("right", "left") if rtl() else ("left", "right")
    value_align = end if amounts else start
    cells = []
    for label, value in rows:
        head = f"<td width='34%' align='{start}'>{html.escape(label)}</td>"
        tail = f"<td align='{value_align}'>{value}</td>"
        cells.append(f"<tr>{tail}{head}</tr>" if rtl() else f"<tr>{head}{tail}</tr>")
    return (
        "<table border='1' cellspacing='0' width='99%' "
        f"style='border-collapse:collapse; border-color:#999999'>{''.join(cells)}</table>"
    )


def decimal(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def when(value: Any) -> str:
    """ISO timestamps as "2026-11-25 21:59:39 UTC" (or "UTC+02:00"); other text as is."""
    text = str(value)
    if len(text) >= 19 and text[10] == "T":
        tail = text[19:]
        if "." in tail[:1]:
            tail = tail.lstrip(".0123456789")
        zone = "" if not tail else "UTC" if tail in ("Z", "+00:00") else f"UTC{tail}"
        return f"{text[:10]} {text[11:19]} {zone}".strip()
    return text
