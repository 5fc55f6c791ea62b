"""How fresh and how certain the reference data is: ages, review dates, open figures.

The filer must never pay from a table nobody has looked at for a year without knowing it,
nor from a figure we could not confirm without seeing "to be confirmed" beside it. This
module answers both questions for the CLI (``refdata list``, ``fees``), the rules engine
(``REFDATA-STALE``/``REFDATA-TBC``) and the UI (status bar, fee panel, sign dialog).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from filingassist.refdata import loader
from filingassist.refdata.model import (
    DATASET_NAMES,
    TO_BE_CONFIRMED,
    DatasetInfo,
    MadridFees,
    MadridMembers,
    PctFees,
    RegionalOffices,
)


@dataclass(frozen=True)
class TableStatus:
    """One data set's freshness on a given day, for display."""

    info: DatasetInfo
    today: dt.date
    unconfirmed: tuple[str, ...]
    upcoming: tuple[DatasetInfo, ...]

    @property
    def age_days(self) -> int:
        return self.info.age_days(self.today)

    @property
    def stale(self) -> bool:
        return self.info.is_stale(self.today)

    def age_text(self) -> str:
        """ "12 days", "7 months", "4 years": the age in the unit a person reads at a glance."""
        return age_text(self.age_days)

    def as_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.info.name,
            "version": self.info.version,
            "effective_from": self.info.effective_date.isoformat(),
            "valid_as_of": self.info.valid_as_of.isoformat(),
            "review_date": self.info.review_date.isoformat(),
            "review_declared": self.info.review_by is not None,
            "age_days": self.age_days,
            "stale": self.stale,
            "to_be_confirmed": list(self.unconfirmed),
            "upcoming": [
                {"version": u.version, "effective_from": u.effective_date.isoformat()}
                for u in self.upcoming
            ],
        }


def age_text(days: int) -> str:
    if days < 62:
        return f"{days} day" + ("" if days == 1 else "s")
    if days < 730:
        months = days * 12 // 365
        return f"{months} months"
    return f"{days // 365} years"


def table_status(name: str, today: dt.date | None = None) -> TableStatus:
    """Freshness of data set ``name`` as in effect on ``today``."""
    day = today or dt.date.today()
    data = loader.load(name, day)
    return TableStatus(
        data.info, day, tuple(unconfirmed(data)), tuple(d.info for d in loader.upcoming(name, day))
    )


def all_status(today: dt.date | None = None) -> list[TableStatus]:
    return [table_status(name, today) for name in DATASET_NAMES]


def stale_tables(today: dt.date | None = None) -> list[TableStatus]:
    """Tables in effect today that are past their review date."""
    return [s for s in all_status(today) if s.stale]


def oldest(today: dt.date | None = None) -> TableStatus:
    """The fee or membership table the status bar names: a stale one first, else the
    oldest, else the one due for review soonest."""
    tables = [table_status(n, today) for n in CHANGING]
    return max(tables, key=lambda s: (s.stale, s.age_days, -s.info.review_date.toordinal()))


#: Data sets that change on official notice (fees, members); the status bar watches these.
CHANGING = ("madrid_members", "fees_madrid", "fees_pct", "fees_national_tm")


def unconfirmed(data: Any) -> list[str]:
    """Every figure of a loaded data set marked "to be confirmed", with its reason."""
    if isinstance(data, MadridFees):
        return [
            f"individual fee {e.party} (from {e.effective_from.isoformat()}): {e.reason}"
            for entries in data.history.values()
            for e in entries
            if e.uncertain
        ]
    if isinstance(data, PctFees):
        found = [
            f"RO/{ro.office} {name}: {ro.reasons.get(name.split('.')[0], 'not confirmed')}"
            for ro in data.offices.values()
            for name in ro.uncertain
        ]
        if data.eligible_states_status == TO_BE_CONFIRMED:
            found.append(f"item 5(a) list of States: {data.eligible_states_reason}")
        return found
    if isinstance(data, MadridMembers):
        found = [
            f"LDC status of {e.code}: {e.reason}"
            for e in data.ldc_entries.values()
            if e.status == TO_BE_CONFIRMED
        ]
        found += [f"{m.code} {', '.join(m.uncertain)}" for m in data.entries if m.uncertain]
        return found
    if isinstance(data, RegionalOffices):
        return [
            f"members of {o.office}: {o.reason}"
            for o in data.offices.values()
            if o.status == TO_BE_CONFIRMED
        ]
    return []
