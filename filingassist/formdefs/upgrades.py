"""Upgrade maps between form versions: ``forms/upgrades/<id>.v<N>-to-v<M>.toml``.

A map is data, like the forms it joins: what was renamed or moved, what was split into
several fields, defaults for fields new in the later version, new fields left empty, fields
dropped (with the reason) and fields whose meaning or mapping changed. A path the map does
not name keeps its place. ``filingassist.model.upgrade`` applies a map to a document;
tests/core/test_form_upgrades.py checks each map covers both forms whole.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filingassist import paths
from filingassist.errors import InputError
from filingassist.formdefs.definition import FormDef
from filingassist.formdefs.loader import get_form


@dataclass(frozen=True)
class Move:
    """A field renamed or moved; ``keep_target``: when both hold a value, the target's
    wins and the source's is reported as not carried over (a merge of two fields)."""

    source: str
    target: str
    note: str
    keep_target: bool = False


@dataclass(frozen=True)
class Split:
    """One field whose values become values of other fields (``values``: old value →
    {new path: new value}); a value in ``lost`` (or, in a hand-edited draft, any value not
    listed) cannot be carried over and is reported with ``lost_note``."""

    source: str
    values: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...]
    note: str
    lost_note: str
    #: the older values declared to have no counterpart (a test: with ``values``, all of them)
    lost: tuple[str, ...] = ()

    def targets(self) -> set[str]:
        return {path for _, sets in self.values for path, _ in sets}

    def sets_for(self, value: Any) -> tuple[tuple[str, Any], ...] | None:
        return next((sets for old, sets in self.values if old == str(value)), None)


@dataclass(frozen=True)
class PathNote:
    """A path with the reason it is listed (defaults carry their value)."""

    path: str
    note: str
    value: Any = None


@dataclass(frozen=True)
class UpgradeMap:
    """How a document of ``form`` version ``source`` becomes one of version ``target``."""

    form: str
    source: int
    target: int
    moves: tuple[Move, ...]
    splits: tuple[Split, ...]
    defaults: tuple[PathNote, ...]
    new: tuple[PathNote, ...]
    dropped: tuple[PathNote, ...]
    changed: tuple[PathNote, ...]
    where: str

    @property
    def old_form(self) -> FormDef:
        return get_form(self.form, self.source)

    @property
    def new_form(self) -> FormDef:
        return get_form(self.form, self.target)

    def handled_sources(self) -> set[str]:
        """Paths of the older form the map takes care of (moved, split or dropped)."""
        return (
            {m.source for m in self.moves}
            | {s.source for s in self.splits}
            | {d.path for d in self.dropped}
        )

    def provided_targets(self) -> set[str]:
        """Paths of the newer form the map gives a value or declares empty."""
        return (
            {m.target for m in self.moves}
            | {p for s in self.splits for p in s.targets()}
            | {d.path for d in self.defaults}
            | {n.path for n in self.new}
        )


def upgrades_dir() -> Path:
    return paths.forms_dir() / "upgrades"


def load_map(path: Path) -> UpgradeMap:
    """Parse one map; raise InputError naming the file and the entry."""
    where = str(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        head = raw["upgrade"]
        return UpgradeMap(
            form=str(head["form"]),
            source=int(head["from_version"]),
            target=int(head["to_version"]),
            moves=tuple(
                Move(m["from"], m["to"], m["note"], m.get("keep") == "target")
                for m in raw.get("move", [])
            ),
            splits=tuple(_split(s) for s in raw.get("split", [])),
            defaults=tuple(
                PathNote(d["path"], d["note"], d["value"]) for d in raw.get("default", [])
            ),
            new=tuple(PathNote(n["path"], n["note"]) for n in raw.get("new", [])),
            dropped=tuple(PathNote(d["path"], d["note"]) for d in raw.get("dropped", [])),
            changed=tuple(PathNote(c["path"], c["note"]) for c in raw.get("changed", [])),
            where=where,
        )
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InputError(str(exc), where=where) from exc
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"upgrade map entry lacks or garbles {exc}", where=where) from exc


def _split(raw: dict[str, Any]) -> Split:
    values = tuple(
        (str(old), tuple((str(p), v) for p, v in sets.items()))
        for old, sets in raw["values"].items()
    )
    lost = tuple(str(v) for v in raw.get("lost", ()))
    return Split(raw["from"], values, raw["note"], raw.get("lost_note", raw["note"]), lost)


@functools.cache
def all_maps() -> tuple[UpgradeMap, ...]:
    """Every shipped upgrade map, loaded once per process."""
    folder = upgrades_dir()
    return tuple(load_map(p) for p in sorted(folder.glob("*.toml"))) if folder.is_dir() else ()


def upgradable_forms() -> tuple[str, ...]:
    """Ids of the forms that have upgrade maps."""
    return tuple(dict.fromkeys(m.form for m in all_maps()))


def latest_version(form_id: str) -> int:
    """The newest version of a form (the one an upgrade ends at)."""
    return get_form(form_id).version


def path_to_latest(form_id: str, version: int) -> tuple[UpgradeMap, ...]:
    """The maps that take a document of ``version`` to the newest version, in order
    (empty when it is the newest, or when no map leads on from an older version)."""
    steps: list[UpgradeMap] = []
    newest = latest_version(form_id)
    current = version
    while current < newest:
        step = next((m for m in all_maps() if m.form == form_id and m.source == current), None)
        if step is None:
            return ()
        steps.append(step)
        current = step.target
    return tuple(steps)
