"""The rules' view of reference data: cached sets and a few lookups.

Rules run on every keystroke, so each lookup here is a dict or set membership test on
data parsed once per process (``filingassist.refdata`` caches the parsed files; we
cache the derived sets, keyed by the data set version so an imported pack is picked up).
Only this module and ``rules.feemap`` talk to ``filingassist.refdata``.
"""

from __future__ import annotations

import functools
import os
import time
from typing import Any

from filingassist import paths, refdata


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
    """True when ``state`` is ``office`` or a member State of the regional ``office``.

    The member lists are reference data (``resources/refdata/regional_offices.json``, with
    sources), updatable by a signed data pack like the fee tables.
    """
    return state == office or state in refdata.regional_members(office)


def choice_codes(name: str) -> frozenset[str] | None:
    """Allowed codes of a ``refdata:NAME`` choice list, None when not checkable."""
    if name in ("countries", "trademark_offices"):
        return country_codes()
    if name == "madrid_members":
        return madrid_codes()
    if name == "languages":
        from filingassist.refdata.languages import language_codes

        return frozenset(language_codes())
    return None


def mark_image_rule(office: str, mark_type: str) -> Any:
    """Accepted representation files for ``mark_type`` at ``office`` (None when not tabled)."""
    return refdata.mark_image_rule(office, mark_type)


def reference_max_chars(office: str) -> int | None:
    entry = refdata.national_tm_fees().offices.get(office)
    return entry.reference_max_chars if entry else None


_TERMS: list[Any] = [None, -1.0, None]  # [term list, time of the last look, data home]
TERMS_RECHECK_SECONDS = 2.0


def term_list() -> Any:
    """The installed Nice term list (opened once), or None: term checks are then skipped.

    note: looking for a newly imported list costs a stat(); keystrokes only pay it every
    TERMS_RECHECK_SECONDS.
    """
    from filingassist.refdata import nice_terms

    now, home = time.monotonic(), os.environ.get(paths.HOME_ENV)
    if now - _TERMS[1] > TERMS_RECHECK_SECONDS or home != _TERMS[2]:
        _TERMS[:] = [nice_terms.shared(), now, home]
    return _TERMS[0]


def forget_term_list() -> None:
    """Look for the term list again on the next check (after an import, in tests)."""
    _TERMS[1] = -1.0


def per_sheet_fee(receiving_office: str) -> tuple[Any, str] | None:
    """The RO's fee per sheet beyond the free sheets, with its currency (None if not tabled)."""
    office = refdata.pct_fees().offices.get(receiving_office)
    return (office.per_sheet, office.currency) if office else None
