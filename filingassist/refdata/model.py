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
)


@dataclass(frozen=True)
class DatasetInfo:
    """Header every data set carries, shown wherever the data is used."""

    name: str
    version: str
    valid_as_of: date
    source: tuple[str, ...]
    edition: str | None = None
    #: "shipped" (resources/refdata) or "installed" (imported data pack).
    origin: str = "shipped"


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
class MadridMembers(_Dataset):
    info: DatasetInfo
    entries: tuple[MadridMember, ...]
    by_code: Mapping[str, MadridMember]
    ldc_states: frozenset[str]


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
    party: str
    structure: ClassFeeStructure
    as_of: date
    uncertain: bool = False


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
    individual: Mapping[str, IndividualFee]


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


@dataclass(frozen=True)
class PctFees(_Dataset):
    info: DatasetInfo
    natural_person_reduction_percent: Decimal
    eligible_states: frozenset[str]
    eligibility_criteria: str
    offices: Mapping[str, PctOffice]


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
