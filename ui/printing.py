"""Printable documents: application summary and filing receipt, to PDF via QTextDocument.

QTextDocument shapes Arabic and falls back to CJK fonts per glyph, and QPdfWriter embeds
what it draws, so the counter can hand over a PDF in any of the six languages.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument, QTextOption

from filingassist.formdefs import FormDef
from filingassist.model.document import ApplicationDocument
from filingassist.model.walk import iter_values
from ui.choices import choice_label
from ui.findings import where_text
from ui.i18n import N_, current_language, tr
from ui.refsource import country_entries

RTL = {"ar"}
KEEP_NOTE = N_("Keep this receipt: it proves the date the office received your application.")


def _direction() -> str:
    return "rtl" if current_language() in RTL else "ltr"


def _value_text(field: Any, value: Any) -> str:
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        digest = str(value.get("sha256"))[:16]
        return f"{value.get('name', '')} ({value.get('size', 0)} B, SHA-256 {digest}…)"
    if isinstance(field.choices, tuple) and field.choices and isinstance(value, str):
        return choice_label(value)
    if field.choices_ref and isinstance(value, str):
        names = dict(country_entries(field.choices_ref))
        return f"{value} — {names[value]}" if value in names else value
    return str(value)


def summary_html(form: FormDef, doc: ApplicationDocument, draft_id: str = "") -> str:
    """The application as a table per section, in the user's language."""
    esc = html.escape
    rows: dict[str, list[str]] = {s.id: [] for s in form.sections}
    for slot in iter_values(form, doc.data):
        if slot.value in (None, "", [], {}):
            continue
        rows[slot.field.section].append(
            f"<tr><th>{esc(where_text(form, slot.path))}</th>"
            f"<td>{esc(ltr(_value_text(slot.field, slot.value)))}</td></tr>"
        )
    parts = [
        f"<html dir='{_direction()}'><body dir='{_direction()}'>",
        f"<h1>{esc(tr(form.title))}</h1>",
    ]
    if draft_id:
        parts.append(f"<p>{esc(tr('Draft'))}: {esc(draft_id)}</p>")
    for section in form.sections:
        if not rows[section.id]:
            continue
        title = (
            f"{section.item}. {tr(section.label)}"
            if section.item[:1].isdigit()
            or section.item in {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}
            else tr(section.label)
        )
        parts.append(
            f"<h2>{esc(title)}</h2><table border='1' cellspacing='0' cellpadding='4' "
            f"width='100%'>{''.join(rows[section.id])}</table>"
        )
    parts.append("</body></html>")
    return "".join(parts)


_RTL_LETTERS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
LRM = "\u200e"


def ltr(text: str) -> str:
    """Keep dates, numbers and codes in reading order inside right-to-left pages.

    In an Arabic paragraph "2026-11-25 22:00:23" would be reordered by the bidi algorithm;
    a left-to-right mark on each side makes the whole run left-to-right. Texts with
    right-to-left letters are left alone.
    """
    return text if _RTL_LETTERS.search(text) else f"{LRM}{text}{LRM}"


def _when(value: Any) -> str:
    """ISO timestamps as "2026-11-25 21:59:39 UTC"; anything else as text."""
    text = str(value)
    if len(text) >= 19 and text[10] == "T":
        zone = " UTC" if text.endswith(("+00:00", "Z")) else ""
        return text[:10] + " " + text[11:19] + zone
    return text


def receipt_html(receipt: Any) -> str:
    """A filing receipt as a document the office counter can print and hand over."""
    esc = html.escape
    data = receipt if isinstance(receipt, dict) else dict(getattr(receipt, "__dict__", {}))
    # Fixed order; fields the office adds that a person does not need are left out.
    labels = {
        "application_number": N_("Application number"),
        "filed_at": N_("Filing date"),
        "filing_date": N_("Filing date"),
        "late": N_("Received after the deadline"),
        "office": N_("Office"),
        "title": N_("Title"),
        "applicant": N_("Applicant"),
        "package_id": N_("Package"),
        "digest": N_("Package digest"),
        "received_at": N_("Received"),
    }
    rows = []
    for key, label in labels.items():
        value = data.get(key)
        if value is None or value == "" or isinstance(value, dict | list):
            continue
        shown = (tr("Yes") if value else tr("No")) if isinstance(value, bool) else _when(value)
        rows.append(f"<tr><th>{esc(tr(label))}</th><td>{esc(ltr(shown))}</td></tr>")
    return (
        f"<html dir='{_direction()}'><body dir='{_direction()}'>"
        f"<h1>{esc(tr('Filing receipt'))}</h1>"
        f"<table border='1' cellspacing='0' cellpadding='4' width='100%'>{''.join(rows)}</table>"
        f"<p>{esc(tr(KEEP_NOTE))}"
        "</p></body></html>"
    )


def make_document(body_html: str) -> QTextDocument:
    doc = QTextDocument()
    option = QTextOption()
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft
        if current_language() in RTL
        else Qt.LayoutDirection.LeftToRight
    )
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setDefaultStyleSheet("th { text-align: start; background: #eef; } h1 { font-size: 18pt; }")
    doc.setHtml(body_html)
    return doc


def write_pdf(body_html: str, out: Path, title: str = "") -> Path:
    """Render HTML to an A4 PDF (300 dpi)."""
    writer = QPdfWriter(str(out))
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("filingassist")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    doc = make_document(body_html)
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(writer)
    return out
