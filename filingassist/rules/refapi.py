"""The rules' view of reference data: cached sets and a few lookups.

Rules run on every keystroke, so each lookup here is a dict or set membership test on
data parsed once per process (``filingassist.refdata`` caches the parsed files; we
cache the derived sets, keyed by the data set version so an imported pack is picked up).
Only this module and ``rules.feemap`` talk to ``filingassist.refdata``.
"""

from __future__ import annotations

import functools
from typing import Any

from filingassist import refdata

#: Members of regional Offices, for "the State matches the Office of origin / RO" checks.
#: Public facts: EU (27), Benelux (3), OAPI (17), EPC (39) and ARIPO/Eurasian offices.
REGIONAL_MEMBERS: dict[str, frozenset[str]] = {
    "EM": frozenset(
        [
            "AT",
            "BE",
            "BG",
            "CY",
            "CZ",
            "DE",
            "DK",
            "EE",
            "ES",
            "FI",
            "FR",
            "GR",
            "HR",
            "HU",
            "IE",
            "IT",
            "LT",
            "LU",
            "LV",
            "MT",
            "NL",
            "PL",
            "PT",
            "RO",
            "SE",
            "SI",
            "SK",
        ]
    ),
    "BX": frozenset({"BE", "NL", "LU"}),
    "OA": frozenset(
        [
            "BJ",
            "BF",
            "CM",
            "CF",
            "CG",
            "CI",
            "GA",
            "GN",
            "GW",
            "GQ",
            "ML",
            "MR",
            "NE",
            "SN",
            "TD",
            "TG",
            "KM",
        ]
    ),
    "EP": frozenset(
        [
            "AL",
            "AT",
            "BE",
            "BG",
            "CH",
            "CY",
            "CZ",
            "DE",
            "DK",
            "EE",
            "ES",
            "FI",
            "FR",
            "GB",
            "GR",
            "HR",
            "HU",
            "IE",
            "IS",
            "IT",
            "LI",
            "LT",
            "LU",
            "LV",
            "MC",
            "ME",
            "MK",
            "MT",
            "NL",
            "NO",
            "PL",
            "PT",
            "RO",
            "RS",
            "SE",
            "SI",
            "SK",
            "SM",
            "TR",
        ]
    ),
    "AP": frozenset(
        [
            "BW",
            "CV",
            "GM",
            "GH",
            "KE",
            "LS",
            "LR",
            "MW",
            "MZ",
            "NA",
            "RW",
            "ST",
            "SC",
            "SL",
            "SO",
            "SD",
            "SZ",
            "TZ",
            "UG",
            "ZM",
            "ZW",
        ]
    ),
    "EA": frozenset({"AM", "AZ", "BY", "KG", "KZ", "RU", "TJ", "TM"}),
}


def _version(name: str) -> tuple[str, str]:
    info = refdata.dataset_info(name)
    return info.version, info.origin


@functools.lru_cache(maxsize=8)
def _country_codes(_version_key: tuple[str, str]) -> frozenset[str]:
    return frozenset(c.code for c in refdata.countries())


@functools.lru_cache(maxsize=8)
def _madrid_codes(_version_key: tuple[str, str]) -> frozenset[str]:
    return frozenset(m.code for m in refdata.madrid_members())


def country_codes() -> frozenset[str]:
    """Every current ST.3 code."""
    return _country_codes(_version("countries"))


def madrid_codes() -> frozenset[str]:
    """Every Madrid Protocol party (and designable territory)."""
    return _madrid_codes(_version("madrid_members"))


def is_madrid_member(code: Any) -> bool:
    return isinstance(code, str) and code in madrid_codes()


def is_st3(code: Any) -> bool:
    return isinstance(code, str) and code in country_codes()


def madrid_languages(origin: str) -> tuple[str, ...]:
    return refdata.madrid_languages(origin)


def same_party(state: str, office: str) -> bool:
    """True when ``state`` is ``office`` or a member State of the regional ``office``."""
    return state == office or state in REGIONAL_MEMBERS.get(office, frozenset())


def choice_codes(name: str) -> frozenset[str] | None:
    """Allowed codes of a ``refdata:NAME`` choice list, None when not checkable."""
    if name in ("countries", "trademark_offices"):
        return country_codes()
    if name == "madrid_members":
        return madrid_codes()
    return None


def mark_image_rule(office: str, mark_type: str) -> Any:
    """Accepted representation files for ``mark_type`` at ``office`` (None when not tabled)."""
    return refdata.mark_image_rule(office, mark_type)


def reference_max_chars(office: str) -> int | None:
    entry = refdata.national_tm_fees().offices.get(office)
    return entry.reference_max_chars if entry else None


def term_list() -> Any:
    """The installed Nice term list (opened once), or None: term checks are then skipped."""
    from filingassist.refdata import nice_terms

    return nice_terms.shared()
