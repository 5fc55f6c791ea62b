"""Read and check ``forms/*.toml`` (stdlib tomllib: TOML keeps the country code NO a string)."""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path
from typing import Any

from filingassist import paths
from filingassist.errors import InputError, UsageError
from filingassist.formdefs.definition import (
    PICKERS,
    ROLES,
    FieldDef,
    FormDef,
    GroupDef,
    SectionDef,
)
from filingassist.formdefs.fieldtypes import TYPES

#: Which form (id) each application kind uses; the newest version is the default.
KIND_FORMS = {"trademark": "trademark", "madrid": "madrid-mm2", "patent": "patent"}


def load_file(path: Path) -> FormDef:
    """Parse one definition file; raise InputError naming the file and the entry."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InputError(str(exc), where=str(path)) from exc
    return _build(raw, str(path))


def _build(raw: dict[str, Any], where: str) -> FormDef:
    head = raw.get("form") or {}
    sections = tuple(
        SectionDef(s["id"], str(s.get("item", "")), s["label"], s.get("help", ""))
        for s in raw.get("section", [])
    )
    groups = tuple(_group(g, where) for g in raw.get("group", []))
    group_paths = {g.path for g in groups}
    fields = tuple(_field(f, group_paths, where) for f in raw.get("field", []))
    form = FormDef(
        id=head["id"],
        kind=head["kind"],
        version=int(head["version"]),
        title=head["title"],
        xml_root=head.get("xml_root", ""),
        xsd=head.get("xsd", ""),
        sections=sections,
        groups=groups,
        fields=fields,
        rules=tuple(head.get("rules", ())),
        title_fields=tuple(head.get("title_fields", ())),
        description=head.get("description", ""),
    )
    _check(form, where)
    return form


def _group(g: dict[str, Any], where: str) -> GroupDef:
    try:
        return GroupDef(
            path=g["id"],
            section=g["section"],
            label=g["label"],
            xpath=g.get("xpath", ""),
            min=int(g.get("min", 0)),
            max=g.get("max"),
            help=g.get("help", ""),
            item_label=g.get("item_label", ""),
            role=g.get("role", ""),
            picker=g.get("picker", ""),
        )
    except KeyError as exc:
        raise InputError(f"group {g.get('id', '?')} lacks {exc}", where=where) from exc


def _field(f: dict[str, Any], group_paths: set[str], where: str) -> FieldDef:
    path = f.get("id", "")
    owners = [g for g in group_paths if path.startswith(g + ".")]
    group = max(owners, key=len) if owners else ""
    choices, labels = _choices(f.get("choices", ()), path, where)
    try:
        return FieldDef(
            path=path,
            section=f["section"],
            type=f.get("type", ""),
            label=f.get("label", ""),
            xpath=f.get("xpath", ""),
            group=group,
            required=bool(f.get("required", False)),
            help=f.get("help", ""),
            choices=choices,
            choice_labels=labels,
            role=f.get("role", ""),
            default=f.get("default"),
            max_length=f.get("max_length"),
            min_value=f.get("min"),
            max_value=f.get("max"),
            media_types=tuple(f.get("media_types", ())),
            when=dict(f.get("when", {})),
        )
    except KeyError as exc:
        raise InputError(f"field {path or '?'} lacks {exc}", where=where) from exc


def _choices(
    raw: Any, path: str, where: str
) -> tuple[tuple[str, ...] | str, tuple[tuple[str, str], ...]]:
    """``"refdata:NAME"``, or a list of codes or of ``{ value, label }`` tables."""
    if isinstance(raw, str):
        return raw, ()
    codes: list[str] = []
    labels: list[tuple[str, str]] = []
    for entry in raw:
        if isinstance(entry, dict):
            if "value" not in entry:
                raise InputError(f"field {path}: a choice lacks its value", where=where)
            codes.append(str(entry["value"]))
            if entry.get("label"):
                labels.append((str(entry["value"]), str(entry["label"])))
        else:
            codes.append(str(entry))
    return tuple(codes), tuple(labels)


def _check(form: FormDef, where: str) -> None:
    """Structural sanity: unknown types, sections or groups are definition bugs."""
    section_ids = {s.id for s in form.sections}
    seen: set[str] = set()
    for f in form.fields:
        if f.path in seen:
            raise InputError(f"field {f.path} is declared twice", where=where)
        seen.add(f.path)
        if f.type not in TYPES:
            raise InputError(f"field {f.path} has unknown type {f.type!r}", where=where)
        if f.section not in section_ids:
            raise InputError(f"field {f.path} names unknown section {f.section!r}", where=where)
        if f.role and f.role not in ROLES:
            raise InputError(f"field {f.path} has unknown role {f.role!r}", where=where)
    for g in form.groups:
        if g.section not in section_ids:
            raise InputError(f"group {g.path} names unknown section {g.section!r}", where=where)
        if g.role and g.role not in ROLES:
            raise InputError(f"group {g.path} has unknown role {g.role!r}", where=where)
        if g.picker and g.picker not in PICKERS:
            raise InputError(f"group {g.path} has unknown picker {g.picker!r}", where=where)


@functools.cache
def all_forms() -> tuple[FormDef, ...]:
    """Every shipped form version, loaded once per process."""
    folder = paths.forms_dir()
    return tuple(load_file(p) for p in sorted(folder.glob("*.toml")))


def get_form(form_id: str, version: int | None = None) -> FormDef:
    """A form by id and version (newest when ``version`` is None)."""
    matches = [f for f in all_forms() if f.id == form_id]
    if version is not None:
        matches = [f for f in matches if f.version == version]
    if not matches:
        wanted = f"{form_id} version {version}" if version is not None else form_id
        raise UsageError(f"unknown form {wanted}")
    return max(matches, key=lambda f: f.version)


def form_for_kind(kind: str) -> FormDef:
    """The current form of an application kind (trademark, madrid, patent)."""
    if kind not in KIND_FORMS:
        raise UsageError(f"unknown kind {kind!r}; use one of {', '.join(KIND_FORMS)}")
    return get_form(KIND_FORMS[kind])
