"""Typed, immutable views of the reference data sets.

Everything the app knows about offices, classes and fees is read into these frozen
dataclasses once per process, so callers (rules engine, forms, UI) get attribute access,
type checking and no accidental mutation of shared tables. Money is ``Decimal``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

#: Every data set the app knows, by file stem in ``resources/refdata/``.
DATASET_NAMES = (
    "countries",
    "nice",
    "madrid_members",
    "fees_madrid",
    "fees_pct",
    "fees_national_tm",
    "regional_offices",
)


#: A table without a declared review date is stale this long after it was read.
DEFAULT_REVIEW_MONTHS = 6

#: Status of a figure that could not be checked against its official source.
TO_BE_CONFIRMED = "to_be_confirmed"
CONFIRMED = "confirmed"


@dataclass(frozen=True)
class Source:
    """Where a set of facts comes from: title, address and the day we read it."""

    id: str
    title: str
    url: str
    read: date | None

    def cite(self) -> str:
        """ "Title (url, read 2026-11-29)" for quotes, lists and notes."""
        when = f", read {self.read.isoformat()}" if self.read else ""
        return f"{self.title} ({self.url}{when})"


def add_months(day: date, months: int) -> date:
    """``day`` plus whole months, clamped to the last day of a shorter month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)  # unreachable: every month has 28 days


@dataclass(frozen=True)
class DatasetInfo:
    """Header every data set carries, shown wherever the data is used.

    ``valid_as_of`` is the day the facts were read from their sources; ``effective_from``
    the first day the table applies (a signed pack may carry tomorrow's table); the table is
    stale after ``review_date`` (declared ``review_by``, else six months after reading).
    """

    name: str
    version: str
    valid_as_of: date
    source: tuple[str, ...]
    edition: str | None = None
    #: "shipped" (resources/refdata) or "installed" (imported data pack).
    origin: str = "shipped"
    effective_from: date | None = None
    review_by: date | None = None
    sources: tuple[Source, ...] = ()

    @property
    def effective_date(self) -> date:
        """The first day the table applies (the reading date when none is declared)."""
        return self.effective_from or self.valid_as_of

    @property
    def review_date(self) -> date:
        """The day after which the table must be reviewed before it is relied on."""
        return self.review_by or add_months(self.valid_as_of, DEFAULT_REVIEW_MONTHS)

    def age_days(self, today: date) -> int:
        """Days since the facts were read (never negative)."""
        return max(0, (today - self.valid_as_of).days)

    def is_stale(self, today: date) -> bool:
        """True once ``today`` is past the review date."""
        return today > self.review_date

    def source_by_id(self, ref: str) -> Source | None:
        return next((s for s in self.sources if s.id == ref), None)

    def cite(self, ref: str) -> str:
        """The citation of source ``ref``, or ``ref`` itself when it is not a known id."""
        found = self.source_by_id(ref)
        return found.cite() if found else ref


class _Dataset:
    """Shortcuts so every data set answers ``version``, ``valid_as_of`` and ``source``."""

    info: DatasetInfo

    @property
    def version(self) -> str:
        return self.info.version

    @property
    def valid_as_of(self) -> date:
        return self.info.valid_as_of

    @property
    def source(self) -> tuple[str, ...]:
        return self.info.source


@dataclass(frozen=True)
class Country:
    """One WIPO ST.3 code: a state/territory or an intergovernmental organization."""

    code: str
    name: str
    kind: str  # "country" | "organization"
    #: An organization's own name in the UI languages (``ar``, ``es``, ``fr``, ``ru``,
    #: ``zh``) as a source publishes it; a language missing here shows ``name``.
    names: Mapping[str, LocalName] = field(default_factory=dict)
    #: ``to_be_confirmed`` while a language's name could not be read in an official page.
    names_status: str = CONFIRMED
    names_reason: str = ""

    def name_in(self, lang: str) -> str:
        """The name in ``lang`` (``zh_CN`` reads ``zh``), else the English one."""
        local = self.names.get(lang.split("_")[0])
        return local.name if local else self.name


@dataclass(frozen=True)
class LocalName:
    """A name in one language and the id of the source (in the data set's ``sources``)."""

    name: str
    source: str


@dataclass(frozen=True)
class Countries(_Dataset):
    info: DatasetInfo
    entries: tuple[Country, ...]
    by_code: Mapping[str, Country]
    excluded: frozenset[str]


@dataclass(frozen=True)
class NiceClass:
    number: int
    kind: str  # "goods" | "services"
    heading: str
    short: str


@dataclass(frozen=True)
class Nice(_Dataset):
    info: DatasetInfo
    classes: tuple[NiceClass, ...]


@dataclass(frozen=True)
class MadridMember:
    """A Contracting Party of the Madrid Protocol (or a designable territory)."""

    code: str
    name: str
    accession: date | None
    individual_fee: bool
    ldc: bool
    languages: tuple[str, ...] | None
    uncertain: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class LdcEntry:
    """A State on the UN list of least developed countries, with its graduation date if known.

    ``until`` is the day the State leaves the list (it is no longer an LDC on that day).
    """

    code: str
    until: date | None = None
    status: str = CONFIRMED
    reason: str = ""
    source: str = ""

    def listed_on(self, day: date) -> bool:
        return self.until is None or day < self.until


@dataclass(frozen=True)
class MadridMembers(_Dataset):
    info: DatasetInfo
    entries: tuple[MadridMember, ...]
    by_code: Mapping[str, MadridMember]
    ldc_states: frozenset[str]
    ldc_entries: Mapping[str, LdcEntry] = field(default_factory=dict)

    def ldc_on(self, day: date) -> frozenset[str]:
        """The LDC list as it stands on ``day``."""
        if not self.ldc_entries:
            return self.ldc_states
        return frozenset(c for c, e in self.ldc_entries.items() if e.listed_on(day))


@dataclass(frozen=True)
class ClassFeeStructure:
    """How an office prices a number of classes.

    ``per_class``: ``additional`` times the classes. ``flat``: ``amounts[0]`` whatever the
    number of classes. ``tiered``: ``amounts[i]`` for the
    (i+1)-th class, then ``additional`` each. ``fixed_up_to``: ``amounts[0]`` covers up to
    ``covered_classes`` classes, then ``additional`` per class beyond.
    """

    kind: str
    amounts: tuple[Decimal, ...] = ()
    additional: Decimal = Decimal(0)
    covered_classes: int = 0

    def amount_for(self, n_classes: int) -> Decimal:
        """The fee for ``n_classes`` classes (zero classes cost nothing)."""
        if n_classes <= 0:
            return Decimal(0)
        if self.kind == "per_class":
            return self.additional * n_classes
        if self.kind == "flat":
            return self.amounts[0]
        if self.kind == "fixed_up_to":
            beyond = max(0, n_classes - self.covered_classes)
            return self.amounts[0] + self.additional * beyond
        listed = self.amounts[:n_classes]
        return sum(listed, Decimal(0)) + self.additional * (n_classes - len(listed))

    def describe(self, currency: str) -> str:
        """A short English description of the structure for quote lines."""
        if self.kind == "tiered" and len(self.amounts) == 1:
            return (
                f"{self.amounts[0]} {currency} for one class, {self.additional} per further class"
            )
        if self.kind == "per_class":
            return f"{self.additional} {currency} per class"
        if self.kind == "flat":
            return f"{self.amounts[0]} {currency} whatever the number of classes"
        if self.kind == "fixed_up_to":
            return (
                f"{self.amounts[0]} {currency} up to {self.covered_classes} classes, "
                f"{self.additional} per further class"
            )
        tiers = " + ".join(str(a) for a in self.amounts)
        return f"{tiers} {currency} for the first classes, {self.additional} per further class"


@dataclass(frozen=True)
class IndividualFee:
    """One party's individual fee from ``effective_from`` (until a later entry replaces it).

    ``structure`` is None when the amount is not known ("to be confirmed"); ``second_part``
    is the part of a two-part fee paid later (not with the application); ``variants`` hold
    the amounts for collective or certification marks where the party tables them.
    """

    party: str
    structure: ClassFeeStructure | None
    effective_from: date
    status: str = CONFIRMED
    reason: str = ""
    source: str = ""
    second_part: ClassFeeStructure | None = None
    variants: Mapping[str, ClassFeeStructure] = field(default_factory=dict)

    @property
    def as_of(self) -> date:
        return self.effective_from

    @property
    def uncertain(self) -> bool:
        return self.status != CONFIRMED or self.structure is None


@dataclass(frozen=True)
class MadridFees(_Dataset):
    info: DatasetInfo
    currency: str
    basic_black_and_white: Decimal
    basic_colour: Decimal
    supplementary_per_class: Decimal
    supplementary_free_classes: int
    complementary_per_party: Decimal
    ldc_basic_fee_percent: Decimal
    #: Every entry per party, oldest first (several when a fee changes on a known date).
    history: Mapping[str, tuple[IndividualFee, ...]]
    #: Reduced basic fee rounded to the nearest full figure (Schedule of Fees, item 2.1 note).
    ldc_round_to_whole: bool = True

    def individual_on(self, party: str, day: date) -> IndividualFee | None:
        """The entry of ``party`` in effect on ``day`` (None when none applies yet)."""
        current = None
        for entry in self.history.get(party, ()):
            if entry.effective_from <= day:
                current = entry
        return current

    @property
    def individual(self) -> Mapping[str, IndividualFee]:
        """Each party's entry in effect today (or its earliest one when all are future)."""
        today = date.today()
        return {
            party: self.individual_on(party, today) or entries[0]
            for party, entries in self.history.items()
        }


@dataclass(frozen=True)
class PctOffice:
    """Fees payable to one receiving Office, in that Office's currency."""

    office: str
    currency: str
    transmittal_fee: Decimal
    transmittal_waived_for_eligible: bool
    international_filing_fee: Decimal
    free_sheets: int
    per_sheet: Decimal
    efiling_reductions: Mapping[str, Decimal]
    search_fees: Mapping[str, Decimal]
    uncertain: tuple[str, ...] = ()
    source: str = ""
    reasons: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PctFees(_Dataset):
    info: DatasetInfo
    natural_person_reduction_percent: Decimal
    eligible_states: frozenset[str]
    eligibility_criteria: str
    offices: Mapping[str, PctOffice]
    #: Item 5(b): applicants from LDCs qualify whether natural persons or not.
    ldc_any_applicant: bool = True
    eligible_states_status: str = CONFIRMED
    eligible_states_reason: str = ""


@dataclass(frozen=True)
class Surcharge:
    code: str
    label: str
    per_class: Decimal


@dataclass(frozen=True)
class MarkImageRule:
    """Accepted representation files for one mark type at one office."""

    office: str
    mark_type: str
    formats: tuple[str, ...]
    max_bytes: int | None
    min_px: int | None = None
    max_px: int | None = None
    min_dpi: int | None = None
    max_dpi: int | None = None
    px_recommended_only: bool = False
    max_line_chars: int | None = None


@dataclass(frozen=True)
class NationalOffice:
    office: str
    name: str
    currency: str
    schedule: ClassFeeStructure
    surcharges: Mapping[str, Surcharge] = field(default_factory=dict)
    reference_max_chars: int | None = None


@dataclass(frozen=True)
class NationalTmFees(_Dataset):
    info: DatasetInfo
    offices: Mapping[str, NationalOffice]
    mark_images: tuple[MarkImageRule, ...]


@dataclass(frozen=True)
class RegionalOffice:
    """A regional Office (EUIPO, BOIP, OAPI, EPO, ARIPO, EAPO) and its member States."""

    office: str
    name: str
    members: frozenset[str]
    source: str = ""
    status: str = CONFIRMED
    reason: str = ""


@dataclass(frozen=True)
class RegionalOffices(_Dataset):
    info: DatasetInfo
    offices: Mapping[str, RegionalOffice]
