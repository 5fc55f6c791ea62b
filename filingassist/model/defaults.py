"""A new, empty document of a form: defaults filled in, one item in each required group."""

from __future__ import annotations

from typing import Any

from filingassist.formdefs import FormDef
from filingassist.model.document import ApplicationDocument, set_path


def new_document(form: FormDef) -> ApplicationDocument:
    data: dict[str, Any] = {}
    for g in form.groups:
        if not (g.parent and form.group(g.parent)):
            data_items: list[Any] = [new_group_item(form, g.path) for _ in range(g.min)]
            set_path(data, g.path, data_items)
    for f in form.fields:
        if not f.group and f.default is not None:
            set_path(data, f.path, f.default)
    return ApplicationDocument(form.kind, form.id, form.version, data)


def new_group_item(form: FormDef, group_path: str) -> dict[str, Any]:
    """A fresh item of a repeatable group, with the defaults of its fields."""
    item: dict[str, Any] = {}
    for f in form.fields:
        if f.group == group_path and f.default is not None:
            set_path(item, f.key, f.default)
    return item
