"""Fee quotes from the shipped (or imported) fee tables: Madrid, PCT and national trademarks.

Payment cannot happen offline, so the app shows an itemised quote the filer can pay
later; each quote carries the table version and "valid as of" date. The functions take
explicit parameters (no application documents) so the rules engine, the CLI and the UI
call them the same way. Money is ``Decimal``, rounded to cents per line.

Madrid (Schedule of Fees, item 2): basic fee (653, or 903 when the mark is reproduced in
colour; 10 % of it when the Office of origin is in a least developed country), a
supplementary fee per class beyond three, a complementary fee per designated party that
does not charge an individual fee, and each individual fee. The supplementary fee is not
due when only individual-fee parties are designated (Protocol Art. 8(7)(a)(i)).

PCT (Schedule of Fees, items 1-5; fees paid to the receiving Office in its currency):
transmittal fee (RO), international filing fee, per sheet beyond 30, minus the e-filing
reduction (100/200/300 CHF or equivalent), minus 90 % of the remaining international
filing fee when every applicant is an eligible natural person (applied after the e-filing
reduction), plus the ISA's search fee. A receiving Office missing from the table gets the
Schedule's CHF amounts with its transmittal fee listed as ``incomplete``, never a failure.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from filingassist import refdata
from filingassist.errors import UsageError
from filingassist.refdata.model import ClassFeeStructure, DatasetInfo, PctOffice
from filingassist.refdata.parse import EFILING_KINDS

CENT = Decimal("0.01")
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class FeeLine:
    """One item of a quote; reductions have negative amounts."""

    code: str
    label: str
    basis: str
    amount: Decimal
    currency: str


@dataclass(frozen=True)
class Quote:
    """An itemised fee quote and the table it came from.

    ``incomplete`` lists items the table has no amount for (not in ``total``): the UI must
    show the quote as partial and the rules engine warn.
    """

    lines: tuple[FeeLine, ...]
    total: Decimal
    currency: str
    schedule_version: str
    valid_as_of: date
    incomplete: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())

    def as_dict(self) -> dict[str, Any]:
        """JSON-friendly form (amounts as strings so no float creeps in)."""
        return {
            "lines": [
                {
                    "code": ln.code,
                    "label": ln.label,
                    "basis": ln.basis,
                    "amount": str(ln.amount),
                    "currency": ln.currency,
                }
                for ln in self.lines
            ],
            "total": str(self.total),
            "currency": self.currency,
            "schedule_version": self.schedule_version,
            "valid_as_of": self.valid_as_of.isoformat(),
            "incomplete": list(self.incomplete),
            "notes": list(self.notes),
        }


def _money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _quote(
    lines: list[FeeLine],
    currency: str,
    info: DatasetInfo,
    incomplete: Iterable[str] = (),
    notes: Iterable[str] = (),
) -> Quote:
    total = _money(sum((ln.amount for ln in lines), Decimal(0)))
    return Quote(
        tuple(lines),
        total,
        currency,
        info.version,
        info.valid_as_of,
        tuple(incomplete),
        tuple(notes),
    )


def _check_classes(classes: Iterable[int], where: str) -> list[int]:
    unique = sorted(set(classes))
    bad = [c for c in unique if not refdata.is_nice_class(c)]
    if bad:
        raise UsageError(f"{where}: not Nice classes: {bad}")
    return unique


def _pct(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _plural(n: int, word: str) -> str:
    """``1 class``, ``2 classes``, ``3 designated parties`` (English plurals of our nouns)."""
    if n == 1:
        return f"{n} {word}"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return f"{n} {word}es"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return f"{n} {word[:-1]}ies"
    return f"{n} {word}s"


# --- Madrid ----------------------------------------------------------------------------


def madrid_quote(
    origin: str,
    colour: bool,
    classes: list[int],
    designations: list[str],
    classes_by_designation: dict[str, list[int]] | None = None,
) -> Quote:
    """Quote the fees of an international application (MM2), in CHF.

    Args:
        origin: ST.3 code of the Office of origin's Contracting Party.
        colour: the mark is reproduced in colour (basic fee 903 instead of 653).
        classes: the Nice classes of the application.
        designations: designated Contracting Parties.
        classes_by_designation: classes per designation where limited; others get ``classes``.

    Raises:
        UsageError: unknown origin/designation, or a class outside 1-45.
    """
    fees = refdata.madrid_fees()
    cur = fees.currency
    all_classes = _check_classes(classes, "classes")
    designated = list(dict.fromkeys(designations))
    for code in [origin, *designated]:
        if not refdata.is_madrid_member(code):
            raise UsageError(f"{code} is not a Madrid Protocol member")
    lines = [_basic_fee_line(origin, colour)]
    plain = [d for d in designated if not refdata.charges_individual_fee(d)]
    extra = len(all_classes) - fees.supplementary_free_classes
    if plain and extra > 0:
        basis = f"{_plural(extra, 'class')} beyond {fees.supplementary_free_classes}"
        amount = fees.supplementary_per_class * extra
        lines.append(FeeLine("supplementary", "Supplementary fee", basis, _money(amount), cur))
    if plain:
        basis = (
            f"{_plural(len(plain), 'designated party')} without individual fee: {', '.join(plain)}"
        )
        amount = fees.complementary_per_party * len(plain)
        lines.append(FeeLine("complementary", "Complementary fee", basis, _money(amount), cur))
    limited = classes_by_designation or {}
    incomplete = []
    for code in designated:
        if code in plain:
            continue
        own = _check_classes(limited.get(code, all_classes), f"classes for {code}")
        line = _individual_fee_line(code, own)
        if line is None:
            incomplete.append(code)
        else:
            lines.append(line)
    notes = [f"individual fee of {c} not in the fee table" for c in incomplete]
    return _quote(lines, cur, fees.info, incomplete, notes)


def _basic_fee_line(origin: str, colour: bool) -> FeeLine:
    fees = refdata.madrid_fees()
    full = fees.basic_colour if colour else fees.basic_black_and_white
    kind = "reproduction in colour" if colour else "no reproduction in colour"
    if refdata.is_ldc(origin):
        pct = fees.ldc_basic_fee_percent
        basis = f"{_pct(pct)}% of {full} ({kind}); Office of origin {origin} is an LDC"
        return FeeLine("basic", "Basic fee", basis, _money(full * pct / HUNDRED), fees.currency)
    return FeeLine("basic", "Basic fee", kind, _money(full), fees.currency)


def _individual_fee_line(code: str, classes: list[int]) -> FeeLine | None:
    fee = refdata.madrid_fees().individual.get(code)
    if fee is None:
        return None
    cur = refdata.madrid_fees().currency
    basis = f"{_plural(len(classes), 'class')}; {fee.structure.describe(cur)}"
    if fee.uncertain:
        basis += " (amount to be confirmed)"
    amount = _money(fee.structure.amount_for(len(classes)))
    return FeeLine(f"individual:{code}", f"Individual fee {code}", basis, amount, cur)


# --- PCT -------------------------------------------------------------------------------


def pct_offices() -> tuple[str, ...]:
    """Receiving Offices the PCT fee table covers."""
    return tuple(refdata.pct_fees().offices)


def pct_reduction_eligible(nationality: str, residence: str) -> bool:
    """True when a natural person of this nationality and residence may get the 90 % reduction.

    Every applicant must qualify; legal persons never do (Schedule of Fees, item 5).
    """
    fees = refdata.pct_fees()
    ok = fees.eligible_states | refdata.madrid_data().ldc_states
    return nationality in ok and residence in ok


def pct_quote(
    receiving_office: str,
    isa: str,
    sheets: int,
    efiling: str,
    applicants_eligible_for_reduction: bool,
) -> Quote:
    """Quote the fees due at filing of an international (PCT) application.

    Args:
        receiving_office: ST.3 code of the RO ("IB" for RO/IB).
        isa: ST.3 code of the International Searching Authority.
        sheets: total sheets (request, description, claims, drawings, abstract; not an
            ST.26 XML sequence listing).
        efiling: "none" (paper), "pdf", "request_xml" or "full_xml".
        applicants_eligible_for_reduction: every applicant is an eligible natural person.

    A receiving Office the table does not cover still gets a quote: the Schedule of Fees
    amounts in CHF (as RO/IB charges them) for the international filing fee, sheets and
    reductions, the search fee where RO/IB tables it for ``isa``, and the transmittal fee
    (set by each RO) under ``incomplete`` (codes of the missing lines: ``transmittal``,
    ``search``), so the filer sees what is known and what to ask the Office.

    Raises:
        UsageError: an RO that is not an ST.3 code, an ISA without a search fee at a
            tabled RO, bad sheet count or e-filing kind.
    """
    fees = refdata.pct_fees()
    if isinstance(sheets, bool) or not isinstance(sheets, int) or sheets < 1:
        raise UsageError(f"sheets must be a positive number, not {sheets!r}")
    if efiling not in EFILING_KINDS:
        raise UsageError(f"efiling must be one of {', '.join(EFILING_KINDS)}, not {efiling!r}")
    ro = fees.offices.get(receiving_office)
    if ro is None:
        return _untabled_ro_quote(
            receiving_office, isa, sheets, efiling, applicants_eligible_for_reduction
        )
    if isa not in ro.search_fees:
        raise UsageError(f"no search fee for ISA/{isa} at RO/{receiving_office}")
    eligible = applicants_eligible_for_reduction
    filing = _filing_fee_lines(ro, sheets, efiling)
    lines = [_transmittal_line(ro, eligible), *filing, *_reduction_lines(filing, eligible)]
    search = _money(ro.search_fees[isa])
    lines.append(FeeLine("search", f"Search fee ISA/{isa}", f"ISA/{isa}", search, ro.currency))
    notes = (
        [f"RO/{ro.office} amounts to confirm: {', '.join(ro.uncertain)}"] if ro.uncertain else []
    )
    return _quote(lines, ro.currency, fees.info, notes=notes)


def _untabled_ro_quote(code: str, isa: str, sheets: int, efiling: str, eligible: bool) -> Quote:
    """The quote at an RO missing from the table: Schedule amounts in CHF, gaps listed."""
    fees = refdata.pct_fees()
    schedule = fees.offices.get("IB")
    if not refdata.is_st3(code) or schedule is None:
        raise UsageError(f"RO/{code} is not in the PCT fee table ({', '.join(fees.offices)})")
    filing = _filing_fee_lines(schedule, sheets, efiling)
    lines = [*filing, *_reduction_lines(filing, eligible)]
    incomplete = ["transmittal"]
    notes = [
        f"RO/{code} is not in the PCT fee table: amounts are those of the Schedule of Fees "
        f"in {schedule.currency} (as at RO/IB); RO/{code} may collect them in its own currency",
        f"transmittal fee of RO/{code} not in the fee table (each receiving Office sets it)",
    ]
    search = schedule.search_fees.get(isa)
    if search is None:
        incomplete.append("search")
        notes.append(f"search fee of ISA/{isa} not in the fee table")
    else:
        basis = f"ISA/{isa} (amount at RO/IB)"
        lines.append(
            FeeLine("search", f"Search fee ISA/{isa}", basis, _money(search), schedule.currency)
        )
        if any(u.startswith("search_fees") for u in schedule.uncertain):
            notes.append(f"amount to confirm: search fee ISA/{isa} (RO/IB table)")
    return _quote(lines, schedule.currency, fees.info, incomplete, notes)


def _reduction_lines(filing: list[FeeLine], eligible: bool) -> list[FeeLine]:
    """The 90 % reduction of the filing fee lines (after the e-filing reduction), if due."""
    if not eligible or not filing:
        return []
    pct = refdata.pct_fees().natural_person_reduction_percent
    base = sum((ln.amount for ln in filing), Decimal(0))
    basis = f"{_pct(pct)}% of {base} (after the e-filing reduction)"
    amount = -_money(base * pct / HUNDRED)
    return [
        FeeLine(
            "natural_person_reduction",
            "Reduction for natural persons",
            basis,
            amount,
            filing[0].currency,
        )
    ]


def _transmittal_line(ro: PctOffice, eligible: bool) -> FeeLine:
    label = f"Transmittal fee RO/{ro.office}"
    if eligible and ro.transmittal_waived_for_eligible:
        return FeeLine(
            "transmittal",
            label,
            "waived for eligible natural persons",
            _money(Decimal(0)),
            ro.currency,
        )
    return FeeLine("transmittal", label, f"RO/{ro.office}", _money(ro.transmittal_fee), ro.currency)


def _filing_fee_lines(ro: PctOffice, sheets: int, efiling: str) -> list[FeeLine]:
    cur = ro.currency
    lines = [
        FeeLine(
            "international_filing",
            "International filing fee",
            f"first {ro.free_sheets} sheets",
            _money(ro.international_filing_fee),
            cur,
        )
    ]
    extra = sheets - ro.free_sheets
    if extra > 0:
        basis = f"{extra} sheets beyond {ro.free_sheets} x {ro.per_sheet}"
        lines.append(
            FeeLine("per_sheet", "Fee per sheet over 30", basis, _money(ro.per_sheet * extra), cur)
        )
    reduction = ro.efiling_reductions[efiling]
    if reduction:
        basis = f"electronic filing: {efiling}"
        lines.append(
            FeeLine("efiling_reduction", "E-filing reduction", basis, -_money(reduction), cur)
        )
    return lines


# --- National trademarks ---------------------------------------------------------------


def national_offices() -> tuple[str, ...]:
    """Offices the national trademark fee table covers."""
    return tuple(refdata.national_tm_fees().offices)


def national_tm_quote(
    office: str,
    classes: list[int],
    surcharges: Mapping[str, list[int]] | None = None,
) -> Quote:
    """Quote a national/regional trademark application's filing fees.

    Args:
        office: ST.3 code of the office ("EM" for the EUIPO, "US" for the USPTO).
        classes: the Nice classes applied for.
        surcharges: per-class surcharges by code (e.g. ``{"free_form_id": [9]}`` at the
            USPTO) with the classes each applies to.

    Raises:
        UsageError: office or surcharge not in the table, class outside 1-45.
    """
    table = refdata.national_tm_fees()
    entry = table.offices.get(office)
    if entry is None:
        raise UsageError(
            f"{office} is not in the national trademark fee table ({', '.join(table.offices)})"
        )
    own = _check_classes(classes, "classes")
    lines = [_class_fee_line(office, own, entry.schedule, entry.currency)]
    for code, on in (surcharges or {}).items():
        extra = entry.surcharges.get(code)
        if extra is None:
            raise UsageError(
                f"{office} has no surcharge {code!r} ({', '.join(entry.surcharges) or 'none'})"
            )
        n = len(_check_classes(on, f"classes for {code}"))
        basis = f"{_plural(n, 'class')} x {extra.per_class}"
        lines.append(
            FeeLine(
                f"surcharge:{code}", extra.label, basis, _money(extra.per_class * n), entry.currency
            )
        )
    return _quote(lines, entry.currency, table.info)


def _class_fee_line(
    office: str, classes: list[int], schedule: ClassFeeStructure, cur: str
) -> FeeLine:
    basis = f"{_plural(len(classes), 'class')}; {schedule.describe(cur)}"
    amount = _money(schedule.amount_for(len(classes)))
    return FeeLine("application", f"Application fee {office}", basis, amount, cur)
