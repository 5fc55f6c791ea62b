"""The application summary: the application laid out as its official form.

Sections come from the form definition in their order, each under its official number
(MM2 "Item 10", PCT/RO/101 "Box No. V", the national form's sections), with repeated
groups item by item ("Applicant 2") and nested groups inside them. The section whose id is
``fees`` gets the fee calculation sheet (the itemised quote) after its payment fields.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from filingassist.formdefs import FormDef
from filingassist.formdefs.definition import FieldDef, GroupDef, SectionDef
from filingassist.model.document import ApplicationDocument, get_path
from ui.choices import choice_label
from ui.fees import FEE_LABELS, fee_label
from ui.i18n import N_, tr
from ui.models.drafts import KIND_LABELS
from ui.printouts.markup import (
    ROMAN,
    decimal,
    field_row,
    heading,
    lines,
    ltr,
    rtl,
    table,
)
from ui.printouts.render import Printout
from ui.refsource import country_entries, money

#: The section that carries the fee calculation sheet, in every form (tied by a test).
FEES_SECTION = "fees"

NOT_GIVEN = N_("Not filled in.")
NOT_SIGNED = N_("Not signed yet: this summary is not a filing.")
ITEM = N_("Item {item}")
BOX = N_("Box No. {box}")
FEE_SHEET = N_("Fee calculation sheet")
#: The same words as the fee panel, sign dialog and picker (one name for a table's dates
#: everywhere, issue 16 problem 11), without the age: paper is read long after it is printed.
FEES_TABLE = N_("Fee table {version}, in effect from {effective}, read {date}; review by {review}")
#: A quote stored before quotes named their tables (older packages): the day it was read.
FEES_READ = N_("Fee table read {date}")
FEES_MISSING = N_("Not included (not in the fee table): {items}")
FEES_NONE = N_("The fees cannot be calculated until the application says what they depend on.")


def section_heading(section: SectionDef) -> str:
    """The official numbering: "Item 10 — Goods and services", "Box No. V — Designations"."""
    label = tr(section.label)
    if section.item.isdigit():
        return f"{tr(ITEM).format(item=section.item)} — {label}"
    if section.item in ROMAN:
        return f"{tr(BOX).format(box=section.item)} — {label}"
    return label


def value_text(field: FieldDef, value: Any) -> str:
    """A stored value as a person reads it (choices and countries by name, lines kept)."""
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


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _row(field: FieldDef, value: Any) -> str:
    return field_row(tr(field.label), lines(value_text(field, value)))


def _direct_groups(form: FormDef, parent: str) -> list[GroupDef]:
    return [g for g in form.groups if g.parent == parent and form.group(parent) is not None]


def _group_html(form: FormDef, group: GroupDef, items: Any, depth: int) -> str:
    if not isinstance(items, list):
        return ""
    out: list[str] = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        filled = [
            (f, get_path(item, f.key))
            for f in form.fields
            if f.group == group.path and not _empty(get_path(item, f.key))
        ]
        rows = [_row(f, value) for f, value in filled]
        for child in _direct_groups(form, group.path):
            key = child.path[len(group.path) + 1 :]
            rows.append(_group_html(form, child, get_path(item, key), depth + 1))
        if not any(rows):
            continue
        title = f"{tr(group.item_label or group.label)} {index + 1}"
        if len(filled) == 1 and not any(rows[1:]):  # "Contracting Party 2: US — United States"
            out.append(field_row(title, lines(value_text(*filled[0]))))
            continue
        indent = f" style='margin-left:{depth * 10}pt; margin-right:{depth * 10}pt'"
        out.append(
            heading(title, 10.5, 6) + f"<div{indent}>{''.join(rows)}</div>"
            if depth
            else heading(title, 10.5, 6) + "".join(rows)
        )
    return "".join(out)


def section_html(form: FormDef, data: dict[str, Any], section: SectionDef) -> str:
    """The section's filled fields and groups, in the order the definition declares them."""
    parts: list[str] = []
    done: set[str] = set()
    for f in form.fields:
        if not f.group:
            if f.section == section.id and not _empty(get_path(data, f.path)):
                parts.append(_row(f, get_path(data, f.path)))
            continue
        root = _root_group(form, f.group)
        if root.section != section.id or root.path in done:
            continue
        done.add(root.path)
        parts.append(_group_html(form, root, get_path(data, root.path), 0))
    return "".join(parts)


def _root_group(form: FormDef, path: str) -> GroupDef:
    group = form.group(path)
    assert group is not None, path  # the definition loader guarantees it
    while group.parent and form.group(group.parent) is not None:
        parent = form.group(group.parent)
        assert parent is not None
        group = parent
    return group


def fee_table_text(quote: dict[str, Any]) -> str:
    """ "Fee table 2026.1, in effect from 2025-11-23, read 2026-11-29; review by 2027-03-31"."""
    tables = quote.get("tables") or []
    table = tables[0] if tables and isinstance(tables[0], dict) else None
    if table is None:
        text = tr(FEES_READ).format(date=ltr(str(quote.get("valid_as_of") or "")))
        version = quote.get("schedule_version")
        return f"{text} ({ltr(str(version))})" if version else text
    return tr(FEES_TABLE).format(
        version=ltr(str(table.get("version") or "")),
        effective=ltr(str(table.get("effective_from") or "")),
        date=ltr(str(table.get("valid_as_of") or "")),
        review=ltr(str(table.get("review_date") or "")),
    )


def fee_sheet_html(quote: dict[str, Any] | None, titled: bool = True) -> str:
    """The itemised quote (``Quote.as_dict``) as the fee calculation sheet."""
    if not quote:
        return f"<p>{html.escape(tr(FEES_NONE))}</p>"
    currency = str(quote.get("currency") or "")
    rows: list[tuple[str, str]] = []
    for line in quote.get("lines") or []:
        amount = decimal(line.get("amount"))
        shown = money(amount, str(line.get("currency") or currency)) if amount is not None else ""
        rows.append((fee_label(str(line.get("code")), str(line.get("label"))), html.escape(shown)))
    total = decimal(quote.get("total"))
    if total is not None:
        rows.append((tr("Total"), f"<b>{html.escape(money(total, currency))}</b>"))
    parts = [heading(tr(FEE_SHEET), 10.5, 6)] if titled else []
    parts.append(table(rows, amounts=True))
    parts.append(f"<p>{html.escape(fee_table_text(quote))}</p>")
    missing = [tr(FEE_LABELS.get(str(c), str(c))) for c in quote.get("incomplete") or []]
    if missing:
        parts.append(f"<p>{html.escape(tr(FEES_MISSING).format(items=', '.join(missing)))}</p>")
    return "".join(parts)


def summary_printout(
    form: FormDef,
    doc: ApplicationDocument,
    draft_id: str = "",
    revision: int | None = None,
    signed: Any = None,
    quote: dict[str, Any] | None = None,
    today: dt.date | None = None,
) -> Printout:
    """The summary of ``doc``; ``signed`` is the Workspace's ``SignedPackage`` (or None)."""
    kind = tr(KIND_LABELS.get(doc.kind, doc.kind))
    reference = str(doc.get("reference") or "")
    date = (str(signed.signed_at)[:10] if signed else "") or (today or dt.date.today()).isoformat()
    header = [" · ".join(p for p in (kind, ltr(reference), ltr(date)) if p)]
    facts: list[tuple[str, str]] = [(tr("Kind"), html.escape(kind))]
    if reference:
        facts.append((tr("Reference"), lines(reference)))
    if draft_id:
        draft = f"{draft_id}" + (f" / {revision}" if revision else "")
        facts.append((tr("Draft"), html.escape(ltr(draft))))
    if signed is not None:
        header.append(f"{tr('Package')}: {ltr(signed.package_id)}")
        header.append(f"{tr('Package digest')} (SHA-256): {ltr(signed.digest)}")
        facts += [
            (tr("Package"), html.escape(ltr(signed.package_id))),
            (tr("Package digest") + " (SHA-256)", html.escape(ltr(signed.digest))),
            (tr("Signed"), html.escape(ltr(str(signed.signed_at).replace("T", " ")))),
        ]
    body = [heading(tr(form.title), 15, 0), table(facts)]
    if signed is None:
        body.append(f"<p class='note'><b>{html.escape(tr(NOT_SIGNED))}</b></p>")
    for section in form.sections:
        content = section_html(form, doc.data, section)
        if section.id == FEES_SECTION:
            content += fee_sheet_html(quote, titled=section.label != FEE_SHEET)
        body.append(heading(section_heading(section), 12, 12))
        body.append(content or f"<p>{html.escape(tr(NOT_GIVEN))}</p>")
    direction = "rtl" if rtl() else "ltr"
    return Printout(
        title=tr("Application summary"),
        body_html=f"<html dir='{direction}'><body dir='{direction}'>{''.join(body)}</body></html>",
        header=tuple(header),
        rtl=rtl(),
    )
