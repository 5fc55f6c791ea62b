"""Reference data: ST.3 codes, Nice classes, Madrid members and fee tables.

Each data set is versioned and dated (``dataset_info(name).valid_as_of``) so every screen
and quote can say how fresh its facts are. Lookups are cheap after the first call (data is
parsed once per process) and always reflect the newest of shipped data and an imported,
verified data pack (see ``filingassist.refdata.pack``).
"""

from __future__ import annotations

import datetime as dt
from typing import cast

from filingassist.refdata import loader
from filingassist.refdata.model import (
    DATASET_NAMES,
    Countries,
    Country,
    DatasetInfo,
    MadridFees,
    MadridMember,
    MadridMembers,
    MarkImageRule,
    NationalTmFees,
    Nice,
    NiceClass,
    PctFees,
    RegionalOffices,
)

#: Madrid languages when the Office of origin's restriction is not recorded.
MADRID_LANGUAGES = ("en", "fr", "es")

__all__ = [
    "DATASET_NAMES",
    "MADRID_LANGUAGES",
    "charges_individual_fee",
    "countries",
    "country_name",
    "dataset_info",
    "datasets",
    "is_ldc",
    "is_madrid_member",
    "is_nice_class",
    "is_st3",
    "madrid_languages",
    "madrid_member",
    "madrid_members",
    "mark_image_rule",
    "nice_class",
    "nice_classes",
    "regional_members",
    "stale_datasets",
]


def countries_data() -> Countries:
    return cast(Countries, loader.load("countries"))


def nice_data() -> Nice:
    return cast(Nice, loader.load("nice"))


def madrid_data(on: dt.date | None = None) -> MadridMembers:
    return cast(MadridMembers, loader.load("madrid_members", on))


def madrid_fees(on: dt.date | None = None) -> MadridFees:
    """The Madrid fee table in effect on ``on`` (today by default)."""
    return cast(MadridFees, loader.load("fees_madrid", on))


def pct_fees(on: dt.date | None = None) -> PctFees:
    """The PCT fee table in effect on ``on`` (today by default)."""
    return cast(PctFees, loader.load("fees_pct", on))


def national_tm_fees(on: dt.date | None = None) -> NationalTmFees:
    return cast(NationalTmFees, loader.load("fees_national_tm", on))


def dataset_info(name: str, on: dt.date | None = None) -> DatasetInfo:
    """Header (version, dates, sources, origin) of the data set in effect on ``on``."""
    return cast(DatasetInfo, loader.load(name, on).info)


def datasets(on: dt.date | None = None) -> list[DatasetInfo]:
    """Headers of every data set in effect, in a fixed order."""
    return [dataset_info(name, on) for name in DATASET_NAMES]


def stale_datasets(today: dt.date | None = None) -> list[DatasetInfo]:
    """Data sets in effect today that are past their review date: warn before relying on them."""
    day = today or dt.date.today()
    return [info for info in datasets(day) if info.is_stale(day)]


def regional_offices() -> RegionalOffices:
    return cast(RegionalOffices, loader.load("regional_offices"))


def regional_members(office: str) -> frozenset[str]:
    """Member States of a regional Office (EM, BX, OA, EP, AP, EA); empty for others."""
    entry = regional_offices().offices.get(office)
    return entry.members if entry else frozenset()


def countries() -> tuple[Country, ...]:
    """Every ST.3 state/territory and organization code we offer, sorted by code."""
    return countries_data().entries


def country_name(code: str) -> str | None:
    """English name of an ST.3 code, or None when the code is unknown."""
    entry = countries_data().by_code.get(code)
    return entry.name if entry else None


def is_st3(code: str) -> bool:
    """True for a current ST.3 code usable in a new filing."""
    return code in countries_data().by_code


def nice_classes() -> tuple[NiceClass, ...]:
    """The 45 Nice classes, 1 to 45."""
    return nice_data().classes


def nice_class(number: int) -> NiceClass | None:
    """One Nice class, or None outside 1–45."""
    return nice_data().classes[number - 1] if is_nice_class(number) else None


def is_nice_class(number: object) -> bool:
    """True for an int (not bool) from 1 to 45."""
    return isinstance(number, int) and not isinstance(number, bool) and 1 <= number <= 45


def madrid_members() -> tuple[MadridMember, ...]:
    """Contracting Parties of the Madrid Protocol (and designable territories), by code."""
    return madrid_data().entries


def madrid_member(code: str) -> MadridMember | None:
    return madrid_data().by_code.get(code)


def is_madrid_member(code: str) -> bool:
    """True when ``code`` can be an Office of origin or a designation under the Protocol."""
    return code in madrid_data().by_code


def charges_individual_fee(code: str) -> bool:
    """True when the Madrid party ``code`` charges an individual fee (not the complementary)."""
    member = madrid_member(code)
    return bool(member and member.individual_fee)


def is_ldc(code: str, on: dt.date | None = None) -> bool:
    """True when ``code`` is on the UN list of least developed countries on ``on`` (today)."""
    day = on or dt.date.today()
    return code in madrid_data(day).ldc_on(day)


def madrid_languages(office_of_origin: str) -> tuple[str, ...]:
    """Languages the Office of origin accepts for an MM2 (all three when not recorded)."""
    member = madrid_member(office_of_origin)
    if member is None or member.languages is None:
        return MADRID_LANGUAGES
    return member.languages


def mark_image_rule(office: str, mark_type: str) -> MarkImageRule | None:
    """Accepted representation formats and limits for a mark type at an office."""
    for rule in national_tm_fees().mark_images:
        if rule.office == office and rule.mark_type == mark_type:
            return rule
    return None
