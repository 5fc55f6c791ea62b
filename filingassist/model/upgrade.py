"""Upgrade a document to the newest version of its form, by the upgrade maps (data).

``upgrade_document(doc)`` returns the upgraded copy and one typed record per thing it did:
a value moved or converted, a default given, a new field left empty, a value whose meaning
changed, and what could not be carried over. The document given is never changed, so a
dry run is the same call without the save.
"""

from __future__ import annotations

import copy
import enum
from dataclasses import dataclass
from typing import Any

from filingassist.formdefs.definition import FormDef
from filingassist.formdefs.upgrades import Move, PathNote, Split, UpgradeMap, path_to_latest
from filingassist.model.document import ApplicationDocument, get_path, set_path
from filingassist.model.walk import group_items


class ChangeKind(enum.StrEnum):
    """What the upgrade did at one place of the document."""

    MOVED = "moved"  # the value now lives at another path
    CONVERTED = "converted"  # the value became values of other fields (a split)
    DEFAULTED = "defaulted"  # a field new in the later version got its default
    ADDED = "added"  # a field new in the later version, left empty for the filer
    CHANGED = "changed"  # same path and value, but what it means or how it is sent changed
    DROPPED = "dropped"  # the later version has no such field (the note says why)
    LOST = "lost"  # the value has no counterpart: the filer must give it again

    @property
    def not_carried(self) -> bool:
        """True when the value did not reach the upgraded document."""
        return self in (ChangeKind.DROPPED, ChangeKind.LOST)


@dataclass(frozen=True)
class UpgradeChange:
    """One thing an upgrade did; ``note`` is an English message id (from the map)."""

    kind: ChangeKind
    source: str  # concrete path in the older document ('' for a new field)
    target: str  # concrete path in the upgraded document ('' when not carried)
    before: Any
    after: Any
    note: str
    from_version: int
    to_version: int

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "source": self.source,
            "target": self.target,
            "before": self.before,
            "after": self.after,
            "note": self.note,
            "from_version": self.from_version,
            "to_version": self.to_version,
        }


@dataclass(frozen=True)
class UpgradedDocument:
    """The upgraded copy of a document and what the upgrade did to it."""

    document: ApplicationDocument
    changes: tuple[UpgradeChange, ...]
    from_version: int

    @property
    def upgraded(self) -> bool:
        """False when the document was already at the newest version (nothing to do)."""
        return self.document.form_version != self.from_version


def newer_version(doc: ApplicationDocument) -> int | None:
    """The version an upgrade would take ``doc`` to (None: it is current, or no map)."""
    steps = path_to_latest(doc.form, doc.form_version)
    return steps[-1].target if steps else None


def upgrade_document(doc: ApplicationDocument) -> UpgradedDocument:
    """``doc`` upgraded to the newest version of its form (itself when already there)."""
    current = doc.copy()
    changes: list[UpgradeChange] = []
    for step in path_to_latest(doc.form, doc.form_version):
        current, done = apply_map(step, current)
        changes += done
    return UpgradedDocument(current, tuple(changes), doc.form_version)


def apply_map(
    step: UpgradeMap, doc: ApplicationDocument
) -> tuple[ApplicationDocument, list[UpgradeChange]]:
    """One step: ``doc`` (of version ``step.source``) as a document of ``step.target``."""
    data = copy.deepcopy(doc.data)
    run = _Run(step, data)
    for move in step.moves:
        run.move(move)
    for split in step.splits:
        run.split(split)
    for entry in step.dropped:
        run.drop(entry)
    for entry in step.defaults:
        run.default(entry)
    for entry in step.changed:
        run.changed(entry)
    for entry in step.new:
        run.added(entry)
    upgraded = ApplicationDocument(doc.kind, doc.form, step.target, data)
    return upgraded, run.changes


_EMPTY: tuple[Any, ...] = (None, "", [], {})


class _Run:
    """The changes of one step, made on ``data`` in place."""

    def __init__(self, step: UpgradeMap, data: dict[str, Any]) -> None:
        self.step = step
        self.data = data
        self.old = step.old_form
        self.new = step.new_form
        self.changes: list[UpgradeChange] = []

    def record(
        self, kind: ChangeKind, source: str, target: str, before: Any, after: Any, note: str
    ) -> None:
        self.changes.append(
            UpgradeChange(
                kind, source, target, before, after, note, self.step.source, self.step.target
            )
        )

    def move(self, move: Move) -> None:
        for prefix, item in _containers(self.old, self.data, move.source):
            key = _key(self.old, move.source)
            value = _pop(item, key)
            if value in _EMPTY:
                continue
            source = _join(prefix, key)
            target_key = _key(self.new, move.target)
            target = _join(prefix, target_key)
            present = get_path(item, target_key)
            if present not in _EMPTY and present != value and move.keep_target:
                self.record(ChangeKind.LOST, source, "", value, present, move.note)
                continue
            set_path(item, target_key, value)
            self.record(ChangeKind.MOVED, source, target, value, value, move.note)

    def split(self, split: Split) -> None:
        for prefix, item in _containers(self.old, self.data, split.source):
            key = _key(self.old, split.source)
            value = _pop(item, key)
            if value in _EMPTY:
                continue
            source = _join(prefix, key)
            sets = split.sets_for(value)
            if sets is None:
                self.record(ChangeKind.LOST, source, "", value, None, split.lost_note)
                continue
            for path, new_value in sets:
                target_key = _key(self.new, path)
                set_path(item, target_key, new_value)
                target = _join(prefix, target_key)
                self.record(ChangeKind.CONVERTED, source, target, value, new_value, split.note)

    def drop(self, entry: PathNote) -> None:
        for prefix, item in _containers(self.old, self.data, entry.path):
            key = _key(self.old, entry.path)
            value = _pop(item, key)
            if value not in _EMPTY:
                self.record(ChangeKind.DROPPED, _join(prefix, key), "", value, None, entry.note)

    def default(self, entry: PathNote) -> None:
        for prefix, item in _containers(self.new, self.data, entry.path):
            key = _key(self.new, entry.path)
            if get_path(item, key) in _EMPTY:
                set_path(item, key, copy.deepcopy(entry.value))
                target = _join(prefix, key)
                self.record(ChangeKind.DEFAULTED, "", target, None, entry.value, entry.note)

    def changed(self, entry: PathNote) -> None:
        for prefix, item in _containers(self.new, self.data, entry.path):
            key = _key(self.new, entry.path)
            value = get_path(item, key)
            if value not in _EMPTY:
                path = _join(prefix, key)
                self.record(ChangeKind.CHANGED, path, path, value, value, entry.note)

    def added(self, entry: PathNote) -> None:
        self.record(ChangeKind.ADDED, "", entry.path, None, None, entry.note)


def _containers(form: FormDef, data: dict[str, Any], path: str) -> list[tuple[str, dict[str, Any]]]:
    """(concrete path, object) of every object that holds ``path``: the items of the
    innermost group around it, or the document itself."""
    group = _group_of(form, path)
    if not group:
        return [("", data)]
    return [(p, item) for p, item in group_items(form, data, group) if isinstance(item, dict)]


def _group_of(form: FormDef, path: str) -> str:
    """The innermost group that holds ``path`` (a field or a group) in ``form``."""
    owners = [g.path for g in form.groups if path.startswith(g.path + ".")]
    return max(owners, key=len) if owners else ""


def _key(form: FormDef, path: str) -> str:
    group = _group_of(form, path)
    return path[len(group) + 1 :] if group else path


def _join(prefix: str, key: str) -> str:
    return f"{prefix}.{key}" if prefix else key


def _pop(item: dict[str, Any], key: str) -> Any:
    """Remove the value at the dotted ``key``; an object left empty goes too."""
    parts = key.split(".")
    trail: list[dict[str, Any]] = [item]
    for part in parts[:-1]:
        node = trail[-1].get(part)
        if not isinstance(node, dict):
            return None
        trail.append(node)
    value = trail[-1].pop(parts[-1], None)
    for depth in range(len(parts) - 1, 0, -1):
        if not trail[depth]:
            trail[depth - 1].pop(parts[depth - 1], None)
    return value
