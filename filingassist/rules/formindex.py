"""Per-form lookup tables, built once per form version.

``FormDef.field()``/``group()`` build a dict on every call; rules run on every keystroke,
so the engine looks fields and groups up here instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from filingassist.formdefs import FieldDef, FormDef, GroupDef


@dataclass(frozen=True)
class FormIndex:
    fields: dict[str, FieldDef]
    groups: dict[str, GroupDef]
    #: fields directly inside each group ("" = top level), in declaration order
    members: dict[str, tuple[FieldDef, ...]]
    #: the group that contains each group ("" for top-level groups)
    parent_group: dict[str, str]


_CACHE: dict[str, FormIndex] = {}


def index(form: FormDef) -> FormIndex:
    """The lookup tables of ``form`` (cached by form id and version)."""
    found = _CACHE.get(form.key)
    if found is None:
        found = _CACHE[form.key] = _build(form)
    return found


def _build(form: FormDef) -> FormIndex:
    groups = {g.path: g for g in form.groups}
    members: dict[str, list[FieldDef]] = {"": []}
    for g in groups:
        members[g] = []
    for f in form.fields:
        members[f.group].append(f)
    parent = {g.path: (g.parent if g.parent in groups else "") for g in form.groups}
    return FormIndex(
        fields={f.path: f for f in form.fields},
        groups=groups,
        members={k: tuple(v) for k, v in members.items()},
        parent_group=parent,
    )
