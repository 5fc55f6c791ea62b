"""Walk a document's data along a form definition.

``iter_values(form, data)`` yields every (field, concrete path, value) including empty
ones, so required-field checks, the search index and the XML export share one walk.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from filingassist.formdefs.definition import FieldDef, FormDef
from filingassist.model.document import get_path


@dataclass(frozen=True)
class Slot:
    """One place a field's value lives in one document."""

    field: FieldDef
    path: str  # concrete: applicants[1].name
    value: Any


def group_items(form: FormDef, data: dict[str, Any], group_path: str) -> list[tuple[str, Any]]:
    """Concrete paths and items of a (possibly nested) repeatable group."""
    group = form.group(group_path)
    if group is None:
        return []
    parents: list[tuple[str, Any]] = [("", data)]
    if group.parent and form.group(group.parent):
        parents = group_items(form, data, group.parent)
    prefix_len = len(group.parent) + 1 if group.parent and form.group(group.parent) else 0
    key = group.path[prefix_len:]
    items: list[tuple[str, Any]] = []
    for parent_path, parent in parents:
        values = get_path(parent, key, None)
        if not isinstance(values, list):
            continue
        base = f"{parent_path}.{key}" if parent_path else key
        items.extend((f"{base}[{i}]", item) for i, item in enumerate(values))
    return items


def iter_values(form: FormDef, data: dict[str, Any]) -> Iterator[Slot]:
    """Every field slot of the document, empty slots included."""
    for f in form.fields:
        if not f.group:
            yield Slot(f, f.path, get_path(data, f.path))
            continue
        for item_path, item in group_items(form, data, f.group):
            yield Slot(
                f, f"{item_path}.{f.key}", get_path(item, f.key) if isinstance(item, dict) else None
            )


def unknown_paths(form: FormDef, data: Any) -> list[str]:
    """Concrete paths present in ``data`` that the form does not declare."""
    found: list[str] = []
    _unknown(form, data, "", "", found)
    return found


def _unknown(form: FormDef, node: Any, abstract: str, concrete: str, found: list[str]) -> None:
    if not isinstance(node, dict):
        found.append(concrete or "$")
        return
    for key, value in node.items():
        a = f"{abstract}.{key}" if abstract else key
        c = f"{concrete}.{key}" if concrete else key
        if form.field(a) is not None:
            continue
        if form.group(a) is not None:
            if not isinstance(value, list):
                found.append(c)
                continue
            for i, item in enumerate(value):
                _unknown(form, item, a, f"{c}[{i}]", found)
        elif _is_object_prefix(form, a):
            _unknown(form, value, a, c, found)
        else:
            found.append(c)


def _is_object_prefix(form: FormDef, abstract: str) -> bool:
    prefix = abstract + "."
    return any(f.path.startswith(prefix) for f in form.fields) or any(
        g.path.startswith(prefix) for g in form.groups
    )


def search_text(form: FormDef, data: dict[str, Any]) -> str:
    """Every text value of the document, for the full-text index."""
    words = []
    for slot in iter_values(form, data):
        if slot.value not in (None, "", [], {}) and slot.field.type != "boolean":
            words.append(slot.field.ftype.to_text(slot.value))
    return "\n".join(words)


def title_of(form: FormDef, data: dict[str, Any]) -> str:
    """A short human title: the first non-empty of the form's title fields."""
    for path in form.title_fields:
        value = get_path(data, path)
        if isinstance(value, str) and value.strip():
            return value.strip()[:200]
    return ""
