"""PCT competences and languages (``resources/refdata/pct_competence.json``), for the rules.

Which ISAs each receiving Office declared competent (Art. 16(3)(b), Rules 35.1-35.3), the
languages it accepts for filing (Rule 12.1) and the ISAs accept for search (Rule 12.3),
and whether it restores the right of priority (Rule 26bis.3(j)). Every fact travels with
the data set's date and whether it is still to be confirmed, so a finding can say so.
"""

from __future__ import annotations

import functools
import json
import threading
from dataclasses import dataclass
from typing import Any

from filingassist import paths
from filingassist.errors import InputError

FILE = "pct_competence.json"
ANY_LANGUAGE = "*"
_LOCK = threading.Lock()


@dataclass(frozen=True)
class Office:
    """What one receiving Office accepts."""

    code: str
    languages: tuple[str, ...]
    isas: tuple[str, ...]
    isas_of_applicant_state: bool
    restoration: bool
    uncertain: tuple[str, ...]

    def accepts_language(self, code: str) -> bool:
        return ANY_LANGUAGE in self.languages or code in self.languages


@dataclass(frozen=True)
class Competence:
    valid_as_of: str
    offices: dict[str, Office]
    isa_languages: dict[str, tuple[str, ...]]
    isa_uncertain: dict[str, tuple[str, ...]]

    def note(self, uncertain: bool) -> str:
        """The data's date, and 'to be confirmed' where the fact was not confirmed."""
        when = f"reference data of {self.valid_as_of}"
        return f"{when}, to be confirmed" if uncertain else when


def _office(raw: dict[str, Any]) -> Office:
    return Office(
        code=str(raw["office"]),
        languages=tuple(raw.get("languages", ())),
        isas=tuple(raw.get("isas", ())),
        isas_of_applicant_state=bool(raw.get("isas_of_applicant_state", False)),
        restoration=bool(raw.get("restoration", True)),
        uncertain=tuple(raw.get("uncertain_fields", ())),
    )


@functools.cache
def _load() -> Competence:
    path = paths.resources_dir() / "refdata" / FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        offices = {o.code: o for o in map(_office, raw["receiving_offices"])}
        isas = raw["search_authorities"]
        return Competence(
            valid_as_of=str(raw["valid_as_of"]),
            offices=offices,
            isa_languages={str(a["isa"]): tuple(a["languages"]) for a in isas},
            isa_uncertain={str(a["isa"]): tuple(a.get("uncertain_fields", ())) for a in isas},
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"bad PCT competence data ({exc})", str(path)) from exc


def competence() -> Competence:
    """The PCT competence data, read once per process (thread-safe)."""
    with _LOCK:
        return _load()


def office(code: Any) -> Office | None:
    return competence().offices.get(code) if isinstance(code, str) else None
