"""Fee quotes from the shipped (or imported) fee tables: Madrid, PCT and national trademarks.

Payment cannot happen offline, so the app shows an itemised quote the filer can pay
later. A quote is computed for a day (the intended filing date, today when none): it uses
the tables and figures in effect on that day and names each table it used (version,
effective date, reading date, review date). Figures marked "to be confirmed" in the data
are flagged on their line and listed with their reason and source, and a quote that rests
on a table past its review date says so (``stale``). The functions take explicit
parameters (no application documents) so the rules engine, the CLI and the UI call them
the same way. Money is ``Decimal``, rounded to cents per line.

Madrid (Schedule of Fees, item 2): basic fee (653, or 903 when the mark is reproduced in
colour; 10 % of it, rounded to the nearest full figure, when the Office of origin is in a
least developed country), a supplementary fee per class beyond three, a complementary fee
per designated party that does not charge an individual fee, and each individual fee (for
a two-part fee, the first part; the second part is shown as a note, paid later). The
supplementary fee is not due when only individual-fee parties are designated (Protocol
Art. 8(7)(a)(i)).

PCT (Schedule of Fees, items 1-5; fees paid to the receiving Office in its currency):
transmittal fee (RO), international filing fee, per sheet beyond 30, minus the e-filing
reduction (100/200/300 CHF or equivalent), minus 90 % of the remaining international
filing fee when every applicant qualifies under item 5 (applied after the e-filing
reduction), plus the ISA's search fee. A receiving Office missing from the table gets the
Schedule's CHF amounts with its transmittal fee listed as ``incomplete``, never a failure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from filingassist import refdata
from filingassist.errors import UsageError
from filingassist.refdata.model import (
    ClassFeeStructure,
    DatasetInfo,
    IndividualFee,
    PctOffice,
)
from filingassist.refdata.parse import EFILING_KINDS

CENT = Decimal("0.01")
WHOLE = Decimal(1)
HUNDRED = Decimal(100)
TBC = "to be confirmed"


@dataclass(frozen=True)
class LineBasis:
    """What a quote line's amount rests on, as data, so the UI can word it in the user's
    language (``FeeLine.basis`` stays the English sentence for the CLI, logs and JSON).

    ``kind`` says which fields are set:

    - ``colour``: the basic fee, ``colour`` or not; for an LDC Office of origin also
      ``percent`` of ``full`` and ``party`` (the Office of origin).
    - ``classes_beyond``: ``count`` classes beyond ``free``.
    - ``parties``: the ``parties`` designated without an individual fee.
    - ``class_fee``: ``count`` classes priced by ``structure`` (``variant``: the mark kind
      of a variant table; ``effective_from``; ``first_part`` of a two-part fee).
    - ``authority``: the search fee of ISA ``party`` (``at_ib``: the amount RO/IB charges).
    - ``office``: the transmittal fee of RO ``party``; ``waived``: waived under item 5.
    - ``free_sheets``: the first ``free`` sheets.
    - ``sheets_beyond``: ``count`` sheets beyond ``free`` at ``unit`` each.
    - ``efiling``: the e-filing kind ``variant``.
    - ``reduction``: ``percent`` of ``full`` (Schedule of Fees item 5).
    - ``per_class``: ``count`` classes at ``unit`` each (a surcharge).
    """

    kind: str
    count: int = 0
    free: int = 0
    unit: Decimal | None = None
    full: Decimal | None = None
    percent: Decimal | None = None
    structure: ClassFeeStructure | None = None
    party: str = ""
    parties: tuple[str, ...] = ()
    variant: str = ""
    effective_from: date | None = None
    first_part: bool = False
    colour: bool = False
    at_ib: bool = False


@dataclass(frozen=True)
class FeeLine:
    """One item of a quote; reductions have negative amounts.

    ``to_be_confirmed`` marks an amount resting on a figure the data could not confirm;
    ``detail`` is ``basis`` as data (``LineBasis``), for a reader in another language.
    """

    code: str
    label: str
    basis: str
    amount: Decimal
    currency: str
    to_be_confirmed: bool = False
    detail: LineBasis | None = None


@dataclass(frozen=True)
class TableUse:
    """A table a quote used: which version, from when it applies, and how fresh it is."""

    name: str
    version: str
    effective_from: date
    valid_as_of: date
    review_date: date
    stale: bool

    @classmethod
    def of(cls, info: DatasetInfo, on: date) -> TableUse:
        return cls(
            info.name,
            info.version,
            info.effective_date,
            info.valid_as_of,
            info.review_date,
            info.is_stale(on),
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "effective_from": self.effective_from.isoformat(),
            "valid_as_of": self.valid_as_of.isoformat(),
            "review_date": self.review_date.isoformat(),
            "stale": self.stale,
        }


@dataclass(frozen=True)
class Quote:
    """An itemised fee quote and the tables it came from.

    ``incomplete`` lists items the table has no amount for (not in ``total``): the UI must
    show the quote as partial and the rules engine warn. ``to_be_confirmed`` lists, with
    reason and source, each figure the total rests on that is not confirmed; ``tables``
    names every table used, with its effective and review dates, for the day ``on``.
    """

    lines: tuple[FeeLine, ...]
    total: Decimal
    currency: str
    schedule_version: str
    valid_as_of: date
    incomplete: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())
    on: date | None = None
    tables: tuple[TableUse, ...] = ()
    to_be_confirmed: tuple[str, ...] = ()

    @property
    def stale_tables(self) -> tuple[TableUse, ...]:
        """Tables used that were past their review date on the quote's day."""
        return tuple(t for t in self.tables if t.stale)

    @property
    def effective_from(self) -> date | None:
        return self.tables[0].effective_from if self.tables else None

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
                    "to_be_confirmed": ln.to_be_confirmed,
                }
                for ln in self.lines
            ],
            "total": str(self.total),
            "currency": self.currency,
            "schedule_version": self.schedule_version,
            "valid_as_of": self.valid_as_of.isoformat(),
            "on": self.on.isoformat() if self.on else None,
            "tables": [t.as_dict() for t in self.tables],
            "incomplete": list(self.incomplete),
            "to_be_confirmed": list(self.to_be_confirmed),
            "stale_tables": [t.name for t in self.stale_tables],
            "notes": list(self.notes),
        }


def _money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _day(on: date | None) -> date:
    return on or dt.date.today()


def _quote(
    lines: list[FeeLine],
    currency: str,
    infos: list[DatasetInfo],
    on: date,
    incomplete: Iterable[str] = (),
    notes: Iterable[str] = (),
    tbc: Iterable[str] = (),
) -> Quote:
    total = _money(sum((ln.amount for ln in lines), Decimal(0)))
    main = infos[0]
    return Quote(
        tuple(lines),
        total,
        currency,
        main.version,
        main.valid_as_of,
        tuple(incomplete),
        tuple(notes),
        on,
        tuple(TableUse.of(i, on) for i in infos),
        tuple(dict.fromkeys(tbc)),
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

MARK_KINDS = ("individual", "collective", "certification")


def madrid_quote(
    origin: str,
    colour: bool,
    classes: list[int],
    designations: list[str],
    classes_by_designation: dict[str, list[int]] | None = None,
    on: date | None = None,
    mark_kind: str = "individual",
) -> Quote:
    """Quote the fees of an international application (MM2), in CHF.

    Args:
        origin: ST.3 code of the Office of origin's Contracting Party.
        colour: the mark is reproduced in colour (basic fee 903 instead of 653).
        classes: the Nice classes of the application.
        designations: designated Contracting Parties.
        classes_by_designation: classes per designation where limited; others get ``classes``.
        on: the intended filing date (today when None): the tables and fees in effect then.
        mark_kind: "individual", "collective" or "certification" (parties table variants).

    Raises:
        UsageError: unknown origin/designation, or a class outside 1-45.
    """
    day = _day(on)
    fees = refdata.madrid_fees(day)
    members = refdata.madrid_data(day)
    cur = fees.currency
    all_classes = _check_classes(classes, "classes")
    designated = list(dict.fromkeys(designations))
    for code in [origin, *designated]:
        if code not in members.by_code:
            raise UsageError(f"{code} is not a Madrid Protocol member")
    if mark_kind not in MARK_KINDS:
        raise UsageError(f"mark kind must be one of {', '.join(MARK_KINDS)}, not {mark_kind!r}")
    tbc: list[str] = []
    lines = [_basic_fee_line(origin, colour, day, tbc)]
    plain = [d for d in designated if not members.by_code[d].individual_fee]
    extra = len(all_classes) - fees.supplementary_free_classes
    if plain and extra > 0:
        basis = f"{_plural(extra, 'class')} beyond {fees.supplementary_free_classes}"
        amount = fees.supplementary_per_class * extra
        detail = LineBasis("classes_beyond", count=extra, free=fees.supplementary_free_classes)
        lines.append(
            FeeLine("supplementary", "Supplementary fee", basis, _money(amount), cur, False, detail)
        )
    if plain:
        basis = (
            f"{_plural(len(plain), 'designated party')} without individual fee: {', '.join(plain)}"
        )
        amount = fees.complementary_per_party * len(plain)
        detail = LineBasis("parties", count=len(plain), parties=tuple(plain))
        lines.append(
            FeeLine("complementary", "Complementary fee", basis, _money(amount), cur, False, detail)
        )
    limited = classes_by_designation or {}
    incomplete: list[str] = []
    notes: list[str] = []
    for code in designated:
        if code in plain:
            continue
        own = _check_classes(limited.get(code, all_classes), f"classes for {code}")
        entry = fees.individual_on(code, day)
        line = _individual_fee_line(code, own, entry, mark_kind, fees.info, (tbc, notes))
        if line is None:
            incomplete.append(code)
        else:
            lines.append(line)
    return _quote(lines, cur, [fees.info, members.info], day, incomplete, notes, tbc)


def _basic_fee_line(origin: str, colour: bool, day: date, tbc: list[str]) -> FeeLine:
    fees = refdata.madrid_fees(day)
    full = fees.basic_colour if colour else fees.basic_black_and_white
    kind = "reproduction in colour" if colour else "no reproduction in colour"
    doubts = ldc_doubts([origin], day)
    tbc.extend(doubts)
    unsure = bool(doubts)
    detail = LineBasis("colour", colour=colour)
    if not refdata.is_ldc(origin, day):
        basis = kind + (f" ({TBC}: LDC status of {origin})" if unsure else "")
        return FeeLine("basic", "Basic fee", basis, _money(full), fees.currency, unsure, detail)
    pct = fees.ldc_basic_fee_percent
    reduced = full * pct / HUNDRED
    if fees.ldc_round_to_whole:
        reduced = reduced.quantize(WHOLE, rounding=ROUND_HALF_UP)
    basis = f"{_pct(pct)}% of {full} ({kind}), rounded to the nearest full figure"
    basis += f"; Office of origin {origin} is an LDC"
    if unsure:
        basis += f" ({TBC})"
    detail = replace(detail, percent=pct, full=full, party=origin)
    return FeeLine("basic", "Basic fee", basis, _money(reduced), fees.currency, unsure, detail)


def ldc_doubts(states: Iterable[str], day: date | None = None) -> list[str]:
    """Why the LDC status of any of ``states`` on ``day`` is still to be confirmed."""
    entries = refdata.madrid_data(day).ldc_entries
    found = []
    for code in dict.fromkeys(states):
        entry = entries.get(code)
        if entry is not None and entry.status != "confirmed":
            found.append(f"LDC status of {code}: {entry.reason}")
    return found


def _individual_fee_line(
    code: str,
    classes: list[int],
    entry: IndividualFee | None,
    mark_kind: str,
    info: DatasetInfo,
    out: tuple[list[str], list[str]],
) -> FeeLine | None:
    """The individual-fee line of ``code`` (None, with a note, when no amount is known).

    ``out`` collects the "to be confirmed" items and the notes of the quote.
    """
    tbc, notes = out
    cur = refdata.madrid_fees(entry.effective_from if entry else None).currency
    if entry is None:
        notes.append(f"individual fee of {code} not in the fee table")
        return None
    where = _where(info, entry.source)
    if entry.structure is None:
        notes.append(f"individual fee of {code}: amount {TBC} ({entry.reason}){where}")
        tbc.append(f"individual fee of {code}: {entry.reason}{where}")
        return None
    structure = entry.variants.get(mark_kind, entry.structure)
    variant = f" ({mark_kind} mark)" if mark_kind in entry.variants else ""
    basis = f"{_plural(len(classes), 'class')}; {structure.describe(cur)}{variant}"
    basis += f"; from {entry.effective_from.isoformat()}"
    if entry.second_part is not None:
        basis = f"first part: {basis}"
        later = _money(entry.second_part.amount_for(len(classes)))
        notes.append(
            f"individual fee of {code}, second part (paid later, not in the total): "
            f"{later} {cur} ({entry.second_part.describe(cur)})"
        )
    if entry.uncertain:
        basis += f" ({TBC}: {entry.reason})"
        tbc.append(f"individual fee of {code}: {entry.reason}{where}")
    amount = _money(structure.amount_for(len(classes)))
    detail = LineBasis(
        "class_fee",
        count=len(classes),
        structure=structure,
        party=code,
        variant=mark_kind if variant else "",
        effective_from=entry.effective_from,
        first_part=entry.second_part is not None,
    )
    label = f"Individual fee {code}"
    return FeeLine(f"individual:{code}", label, basis, amount, cur, entry.uncertain, detail)


# --- PCT -------------------------------------------------------------------------------


def pct_offices() -> tuple[str, ...]:
    """Receiving Offices the PCT fee table covers."""
    return tuple(refdata.pct_fees().offices)


def pct_reduction_eligible(
    nationality: str, residence: str, natural_person: bool = True, on: date | None = None
) -> bool:
    """True when one applicant qualifies for the 90 % reduction (Schedule of Fees, item 5).

    Item 5(a): a natural person who is a national and resident of a State on the list of
    the Schedule (per capita GDP and filing criteria). Item 5(b): an applicant, whether a
    natural person or not, who is a national and resident of a State on the UN list of least
    developed countries. Every applicant must qualify for the application to get it.
    """
    day = _day(on)
    fees = refdata.pct_fees(day)
    ldc = refdata.madrid_data(day).ldc_on(day)
    if nationality in ldc and residence in ldc and (natural_person or fees.ldc_any_applicant):
        return True
    listed = fees.eligible_states
    return natural_person and nationality in listed and residence in listed


def pct_quote(
    receiving_office: str,
    isa: str,
    sheets: int,
    efiling: str,
    applicants_eligible_for_reduction: bool,
    on: date | None = None,
    reduction_doubts: Iterable[str] = (),
) -> Quote:
    """Quote the fees due at filing of an international (PCT) application.

    Args:
        receiving_office: ST.3 code of the RO ("IB" for RO/IB).
        isa: ST.3 code of the International Searching Authority.
        sheets: total sheets (request, description, claims, drawings, abstract; not an
            ST.26 XML sequence listing).
        efiling: "none" (paper), "pdf", "request_xml" or "full_xml".
        applicants_eligible_for_reduction: every applicant qualifies under item 5.
        on: the intended filing date (today when None): the table in effect then.
        reduction_doubts: why the applicants' item 5 status is uncertain (``ldc_doubts``),
            listed as "to be confirmed" whatever the answer.

    A receiving Office the table does not cover still gets a quote: the Schedule of Fees
    amounts in CHF (as RO/IB charges them) for the international filing fee, sheets and
    reductions, the search fee where RO/IB tables it for ``isa``, and the transmittal fee
    (set by each RO) under ``incomplete`` (codes of the missing lines: ``transmittal``,
    ``search``), so the filer sees what is known and what to ask the Office.

    Raises:
        UsageError: an RO that is not an ST.3 code, an ISA without a search fee at a
            tabled RO, bad sheet count or e-filing kind.
    """
    day = _day(on)
    fees = refdata.pct_fees(day)
    if isinstance(sheets, bool) or not isinstance(sheets, int) or sheets < 1:
        raise UsageError(f"sheets must be a positive number, not {sheets!r}")
    if efiling not in EFILING_KINDS:
        raise UsageError(f"efiling must be one of {', '.join(EFILING_KINDS)}, not {efiling!r}")
    ro = fees.offices.get(receiving_office)
    if ro is None:
        quote = _untabled_ro_quote(
            receiving_office, isa, sheets, efiling, applicants_eligible_for_reduction, day
        )
        extra = tuple(dict.fromkeys([*quote.to_be_confirmed, *reduction_doubts]))
        return replace(quote, to_be_confirmed=extra)
    if isa not in ro.search_fees:
        raise UsageError(f"no search fee for ISA/{isa} at RO/{receiving_office}")
    eligible = applicants_eligible_for_reduction
    filing = _filing_fee_lines(ro, sheets, efiling)
    lines = [_transmittal_line(ro, eligible), *filing, *_reduction_lines(filing, eligible, day)]
    search = _money(ro.search_fees[isa])
    unsure = _unsure(ro, "search_fees", isa)
    detail = LineBasis("authority", party=isa)
    label = f"Search fee ISA/{isa}"
    lines.append(FeeLine("search", label, f"ISA/{isa}", search, ro.currency, unsure, detail))
    lines = [_flag(ro, ln, efiling) for ln in lines]
    tbc = [_tbc_text(ro, ln, fees.info) for ln in lines if ln.to_be_confirmed]
    if eligible and fees.eligible_states_status != "confirmed":
        tbc.append(f"list of States under item 5(a): {fees.eligible_states_reason}")
    tbc.extend(reduction_doubts)
    notes = [f"RO/{ro.office} amounts {TBC}: {', '.join(ro.uncertain)}"] if ro.uncertain else []
    members = refdata.madrid_data(day).info
    return _quote(lines, ro.currency, [fees.info, members], day, notes=notes, tbc=tbc)


#: Which table field each quote line rests on (for "to be confirmed" flags).
_LINE_FIELDS = {
    "transmittal": "transmittal_fee",
    "international_filing": "international_filing_fee",
    "per_sheet": "per_sheet",
    "efiling_reduction": "efiling_reductions",
    "natural_person_reduction": "international_filing_fee",
}


def _unsure(ro: PctOffice, name: str, key: str = "") -> bool:
    """True when field ``name`` (or ``name.key``) of the RO is marked to be confirmed."""
    return name in ro.uncertain or (bool(key) and f"{name}.{key}" in ro.uncertain)


def _flag(ro: PctOffice, line: FeeLine, efiling: str) -> FeeLine:
    name = _LINE_FIELDS.get(line.code)
    if name is None or line.to_be_confirmed:
        return line
    if not _unsure(ro, name, efiling if name == "efiling_reductions" else ""):
        return line
    return replace(line, basis=f"{line.basis} ({TBC})", to_be_confirmed=True)


def _tbc_text(ro: PctOffice, line: FeeLine, info: DatasetInfo) -> str:
    name = _LINE_FIELDS.get(line.code, "search_fees")
    reason = ro.reasons.get(name, "not checked against the current PCT Fee Tables")
    office = f"RO/{ro.office}"
    label = line.label if office in line.label else f"{office} {line.label}"
    return f"{label}: {reason}{_where(info, ro.source)}"


def _where(info: DatasetInfo, ref: str) -> str:
    """ " (source: URL)" for a figure's source id, or "" when it has none."""
    found = info.source_by_id(ref) if ref else None
    if found is None:
        return f" (source: {ref})" if ref else ""
    return f" (source: {found.url or found.title})"


def _untabled_ro_quote(
    code: str, isa: str, sheets: int, efiling: str, eligible: bool, day: date
) -> Quote:
    """The quote at an RO missing from the table: Schedule amounts in CHF, gaps listed."""
    fees = refdata.pct_fees(day)
    schedule = fees.offices.get("IB")
    if not refdata.is_st3(code) or schedule is None:
        raise UsageError(f"RO/{code} is not in the PCT fee table ({', '.join(fees.offices)})")
    filing = _filing_fee_lines(schedule, sheets, efiling)
    lines = [*filing, *_reduction_lines(filing, eligible, day)]
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
        unsure = _unsure(schedule, "search_fees", isa)
        detail = LineBasis("authority", party=isa, at_ib=True)
        label = f"Search fee ISA/{isa}"
        lines.append(
            FeeLine("search", label, basis, _money(search), schedule.currency, unsure, detail)
        )
        if unsure:
            notes.append(f"amount {TBC}: search fee ISA/{isa} (RO/IB table)")
    lines = [_flag(schedule, ln, efiling) for ln in lines]
    tbc = [_tbc_text(schedule, ln, fees.info) for ln in lines if ln.to_be_confirmed]
    members = refdata.madrid_data(day).info
    return _quote(lines, schedule.currency, [fees.info, members], day, incomplete, notes, tbc)


def _reduction_lines(filing: list[FeeLine], eligible: bool, day: date) -> list[FeeLine]:
    """The 90 % reduction of the filing fee lines (after the e-filing reduction), if due."""
    if not eligible or not filing:
        return []
    pct = refdata.pct_fees(day).natural_person_reduction_percent
    base = sum((ln.amount for ln in filing), Decimal(0))
    basis = f"{_pct(pct)}% of {base} (after the e-filing reduction); Schedule of Fees item 5"
    amount = -_money(base * pct / HUNDRED)
    return [
        FeeLine(
            "natural_person_reduction",
            "Reduction under item 5",
            basis,
            amount,
            filing[0].currency,
            detail=LineBasis("reduction", percent=pct, full=base),
        )
    ]


def _transmittal_line(ro: PctOffice, eligible: bool) -> FeeLine:
    label = f"Transmittal fee RO/{ro.office}"
    if eligible and ro.transmittal_waived_for_eligible:
        return FeeLine(
            "transmittal",
            label,
            "waived for applicants eligible under item 5",
            _money(Decimal(0)),
            ro.currency,
            detail=LineBasis("waived", party=ro.office),
        )
    amount = _money(ro.transmittal_fee)
    detail = LineBasis("office", party=ro.office)
    return FeeLine("transmittal", label, f"RO/{ro.office}", amount, ro.currency, detail=detail)


def _filing_fee_lines(ro: PctOffice, sheets: int, efiling: str) -> list[FeeLine]:
    cur = ro.currency
    lines = [
        FeeLine(
            "international_filing",
            "International filing fee",
            f"first {ro.free_sheets} sheets",
            _money(ro.international_filing_fee),
            cur,
            detail=LineBasis("free_sheets", free=ro.free_sheets),
        )
    ]
    extra = sheets - ro.free_sheets
    if extra > 0:
        basis = f"{extra} sheets beyond {ro.free_sheets} x {ro.per_sheet}"
        detail = LineBasis("sheets_beyond", count=extra, free=ro.free_sheets, unit=ro.per_sheet)
        amount = _money(ro.per_sheet * extra)
        lines.append(
            FeeLine("per_sheet", "Fee per sheet over 30", basis, amount, cur, detail=detail)
        )
    reduction = ro.efiling_reductions[efiling]
    if reduction:
        basis = f"electronic filing: {efiling}"
        detail = LineBasis("efiling", variant=efiling)
        amount = -_money(reduction)
        lines.append(
            FeeLine("efiling_reduction", "E-filing reduction", basis, amount, cur, detail=detail)
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
    on: date | None = None,
) -> Quote:
    """Quote a national/regional trademark application's filing fees.

    Args:
        office: ST.3 code of the office ("EM" for the EUIPO, "US" for the USPTO).
        classes: the Nice classes applied for.
        surcharges: per-class surcharges by code (e.g. ``{"free_form_id": [9]}`` at the
            USPTO) with the classes each applies to.

        on: the intended filing date (today when None).

    Raises:
        UsageError: office or surcharge not in the table, class outside 1-45.
    """
    day = _day(on)
    table = refdata.national_tm_fees(day)
    entry = table.offices.get(office)
    if entry is None:
        raise UsageError(
            f"{office} is not in the national trademark fee table ({', '.join(table.offices)})"
        )
    own = _check_classes(classes, "classes")
    lines = [_class_fee_line(office, own, entry.schedule, entry.currency)]
    for code, applies_to in (surcharges or {}).items():
        extra = entry.surcharges.get(code)
        if extra is None:
            raise UsageError(
                f"{office} has no surcharge {code!r} ({', '.join(entry.surcharges) or 'none'})"
            )
        n = len(_check_classes(applies_to, f"classes for {code}"))
        basis = f"{_plural(n, 'class')} x {extra.per_class}"
        detail = LineBasis("per_class", count=n, unit=extra.per_class)
        amount = _money(extra.per_class * n)
        lines.append(
            FeeLine(f"surcharge:{code}", extra.label, basis, amount, entry.currency, detail=detail)
        )
    return _quote(lines, entry.currency, [table.info], day)


def _class_fee_line(
    office: str, classes: list[int], schedule: ClassFeeStructure, cur: str
) -> FeeLine:
    basis = f"{_plural(len(classes), 'class')}; {schedule.describe(cur)}"
    amount = _money(schedule.amount_for(len(classes)))
    detail = LineBasis("class_fee", count=len(classes), structure=schedule, party=office)
    return FeeLine("application", f"Application fee {office}", basis, amount, cur, detail=detail)
