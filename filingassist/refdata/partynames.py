"""Names of Madrid Contracting Parties that CLDR does not name (organisations: Benelux,
OAPI), per language, each with its source or "to be confirmed" (resources/refdata/
party_names.json). States and the European Union are named by CLDR (babel) in the UI."""

from __future__ import annotations

import functools
import json
import threading
from dataclasses import dataclass
from datetime import date

from filingassist import paths
from filingassist.errors import InputError
from filingassist.refdata.model import CONFIRMED, TO_BE_CONFIRMED, Source

FILE = "party_names.json"
_LOCK = threading.Lock()


@dataclass(frozen=True)
class PartyName:
    """A Contracting Party's name in one language, with where it was read."""

    code: str
    lang: str
    name: str
    status: str
    source: Source | None
    reason: str = ""

    @property
    def confirmed(self) -> bool:
        return self.status == CONFIRMED and self.source is not None


def _source(raw: dict[str, object]) -> Source:
    read = raw.get("read")
    return Source(
        str(raw["id"]),
        str(raw["title"]),
        str(raw["url"]),
        date.fromisoformat(str(read)) if read else None,
    )


@functools.cache
def _load() -> dict[tuple[str, str], PartyName]:
    path = paths.resources_dir() / "refdata" / FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        sources = {s.id: s for s in map(_source, raw["sources"])}
        found: dict[tuple[str, str], PartyName] = {}
        for entry in raw["names"]:
            status = str(entry["status"])
            if status not in (CONFIRMED, TO_BE_CONFIRMED):
                raise ValueError(f"unknown status {status!r}")
            source = sources[entry["source"]] if "source" in entry else None
            if status == CONFIRMED and source is None:
                raise ValueError(f"{entry['code']}/{entry['lang']}: confirmed without a source")
            name = PartyName(
                str(entry["code"]),
                str(entry["lang"]),
                str(entry["name"]),
                status,
                source,
                str(entry.get("reason", "")),
            )
            found[(name.code, name.lang)] = name
        return found
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"bad Contracting Party names ({exc})", str(path)) from exc


def party_name(code: str, lang: str) -> PartyName | None:
    """The name of ``code`` in ``lang`` (a UI language: en, fr, es, ru, ar, zh_CN), or None
    when the file has none (the caller then uses CLDR or the member list's English)."""
    with _LOCK:
        return _load().get((code, lang))


def party_names() -> list[PartyName]:
    """Every name in the file (tests, and the lead's review)."""
    with _LOCK:
        return list(_load().values())
