"""The fee panel: the live quote for the open document, its tables' age and review dates.

Amounts resting on figures still to be confirmed say so; a table past its review date turns
the panel's footer into a warning the filer cannot miss.
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.choices import choice_label
from ui.i18n import N_, isolate, tr, trn
from ui.refsource import fee_structure_text, money, party_name

#: Fee line labels by line code; the core's English label may add a suffix (RO/CH, ISA/EP).
FEE_LABELS = {
    "basic": N_("Basic fee"),
    "supplementary": N_("Supplementary fee"),
    "complementary": N_("Complementary fee"),
    "individual": N_("Individual fee"),
    "search": N_("Search fee"),
    "transmittal": N_("Transmittal fee"),
    "international_filing": N_("International filing fee"),
    "per_sheet": N_("Fee per sheet over 30"),
    "efiling_reduction": N_("E-filing reduction"),
    "natural_person_reduction": N_("Reduction under item 5"),
    "application": N_("Application fee"),
}

#: Amounts sit at the trailing edge of their column (Qt mirrors it in right-to-left).
AMOUNT_ALIGNMENT = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter


def fee_label(code: str, label: str) -> str:
    """The translated label of a quote line, keeping its office or party suffix."""
    base = FEE_LABELS.get(code.split(":", 1)[0])
    if base is None:
        return tr(label)
    suffix = label[len(base) :].strip() if label.startswith(base) else ""
    party = code.partition(":")[2]
    if suffix and suffix == party:  # "Individual fee NO": the Contracting Party by name too
        suffix = f"{party} — {party_name(party)}"
    return f"{tr(base)} {suffix}".strip()


def basis_text(line: Any) -> str:
    """What a quote line's amount rests on, in the user's language, parties by name: made
    from the line's structured ``detail`` (the core's English ``basis`` when it has none)."""
    detail = getattr(line, "detail", None)
    if detail is None:
        return str(line.basis)
    text = _basis_words(detail, line.currency)
    if getattr(line, "to_be_confirmed", False):
        text += " " + tr("(to be confirmed)")
    return text


def _basis_words(d: Any, currency: str) -> str:
    amount = functools.partial(money, currency=currency)
    kind = d.kind
    if kind == "colour":
        colour = tr("Reproduction in colour") if d.colour else tr("No reproduction in colour")
        if d.percent is None:
            return colour
        return tr(
            "{percent}% of {amount} ({colour}): the Office of origin, {party}, "
            "is a least developed country"
        ).format(
            percent=_number(d.percent), amount=amount(d.full), colour=colour, party=_party(d.party)
        )
    if kind == "classes_beyond":
        return tr("Classes beyond {free}: {count}").format(free=d.free, count=d.count)
    if kind == "parties":
        names = ", ".join(_party(code) for code in d.parties)
        return tr("Designated parties without an individual fee: {parties}").format(parties=names)
    if kind == "class_fee":
        return _class_fee_words(d, currency)
    if kind == "authority":
        authority = isolate(f"ISA/{d.party}")
        if d.at_ib:
            words = tr("Search by {authority}, amount as charged at RO/IB")
        else:
            words = tr("Search by {authority}")
        return words.format(authority=authority)
    if kind == "office":
        return tr("Set by the receiving Office {office}").format(office=isolate(f"RO/{d.party}"))
    if kind == "waived":
        return tr("Waived for applicants eligible under item 5")
    if kind == "free_sheets":
        return tr("Sheets included: {free}").format(free=d.free)
    if kind == "sheets_beyond":
        return tr("Sheets beyond {free}: {count} × {unit}").format(
            free=d.free, count=d.count, unit=amount(d.unit)
        )
    if kind == "efiling":
        return tr("Electronic filing: {kind}").format(kind=choice_label(d.variant))
    if kind == "reduction":
        return tr(
            "{percent}% of {amount} (after the e-filing reduction), Schedule of Fees item 5"
        ).format(percent=_number(d.percent), amount=amount(d.full))
    if kind == "per_class":
        return tr("Classes: {count} × {unit}").format(count=d.count, unit=amount(d.unit))
    return ""


def _class_fee_words(d: Any, currency: str) -> str:
    parts = [tr("Classes: {count}").format(count=d.count)]
    if d.structure is not None:
        parts.append(fee_structure_text(d.structure, currency))
    if d.variant:
        parts.append(choice_label(d.variant))
    if d.effective_from is not None:
        parts.append(tr("In effect from {date}").format(date=isolate(d.effective_from.isoformat())))
    text = "; ".join(parts)
    if d.first_part:
        return tr("First part (the second is paid later): {basis}").format(basis=text)
    return text


def _party(code: str) -> str:
    return f"{code} — {party_name(code)}" if party_name(code) != code else code


def _number(value: Decimal) -> str:
    return format(value.normalize(), "f")


class FeePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeWidget()
        self.tree.setObjectName("fees")
        self.tree.setAccessibleName(tr("Fees"))
        self.tree.setHeaderLabels([tr("Fee"), tr("Amount")])
        self.tree.setRootIsDecorated(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.total = QLabel()
        self.total.setObjectName("feeTotal")
        self.total.setWordWrap(True)  # "(incomplete: …)" after the total is wider than the panel
        self.valid = QLabel()
        self.valid.setObjectName("feeValidAsOf")
        self.valid.setWordWrap(True)
        self.stale = QLabel()
        self.stale.setObjectName("feeStale")
        self.stale.setWordWrap(True)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.valid)
        layout.addWidget(self.stale)
        self._shown: Any = None
        self.quote: Any = None

    def show_quote(self, quote: Any) -> None:
        """Show a core Quote (lines, total, currency, valid_as_of, incomplete) or None."""
        key = quote.as_dict() if quote is not None and hasattr(quote, "as_dict") else quote
        if key == self._shown:
            return
        self._shown = key
        self.quote = quote
        self.tree.clear()
        self.stale.setText("")
        if quote is None:
            self.total.setText(tr("Fees cannot be calculated yet."))
            self.valid.setText("")
            return
        for line in quote.lines:
            amount = money(line.amount, line.currency)
            if getattr(line, "to_be_confirmed", False):
                amount += " " + tr("(to be confirmed)")
            item = QTreeWidgetItem([fee_label(line.code, line.label), amount])
            tip = basis_text(line)
            item.setToolTip(0, tip)
            item.setToolTip(1, tip)
            # the trailing edge, as in any table of amounts: mirrored to the left in RTL
            item.setTextAlignment(1, AMOUNT_ALIGNMENT)
            self.tree.addTopLevelItem(item)
        text = tr("Total: {amount}").format(amount=money(quote.total, quote.currency))
        if getattr(quote, "incomplete", ()):
            text += " " + tr("(incomplete: some amounts are not in the fee table)")
        self.total.setText(f"<b>{text}</b>")
        self.total.setToolTip("\n".join(getattr(quote, "to_be_confirmed", ())))
        self.valid.setText(table_text(quote))
        self.stale.setText(stale_text(quote))

    def show_unavailable(self, reason: str) -> None:
        self._shown = ("unavailable", reason)
        self.tree.clear()
        self.total.setText(tr("Fees cannot be calculated yet."))
        self.valid.setText(reason)
        self.stale.setText("")


def table_text(quote: Any) -> str:
    """ "Fee table 2026.1, in effect from …, read … (12 days old); review by …"."""
    tables = getattr(quote, "tables", ())
    if not tables:
        date = isolate(quote.valid_as_of.isoformat())
        return tr("Fee table read {date}").format(date=date)
    return table_dates_text(tables[0])


def table_dates_text(table: Any) -> str:
    """The one way a fee table and its dates are named, wherever fees are shown (fee panel,
    sign dialog, designation picker): a quote's table or a data set's header."""
    effective = getattr(table, "effective_date", None) or table.effective_from
    days = max(0, (dt.date.today() - table.valid_as_of).days)
    return tr(
        "Fee table {version}, in effect from {effective}, read {date} ({age}); review by {review}"
    ).format(
        version=isolate(table.version),
        effective=isolate(effective.isoformat()),
        date=isolate(table.valid_as_of.isoformat()),
        age=trn("%n day(s) old", days),
        review=isolate(table.review_date.isoformat()),
    )


def stale_text(quote: Any) -> str:
    """A red warning per table past its review date ("" when every table is fresh)."""
    warnings = [
        tr(
            "Warning: fee table {table} is past its review date {review}: "
            "check the official fees before paying."
        ).format(table=isolate(t.name), review=isolate(t.review_date.isoformat()))
        for t in getattr(quote, "stale_tables", ())
    ]
    if not warnings:
        return ""
    return "<b><span style='color:#b71c1c'>" + "<br>".join(warnings) + "</span></b>"
