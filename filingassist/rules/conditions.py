"""Structured conditions from the form and rule definitions (never ``eval``).

``{ field = "applicants.legal_kind", equals = "natural_person" }``, ``in = [...]``,
``not_in``, ``present = true|false``, ``contains = "US"`` (some item of a repeatable
group has this value), ``all = [..]``, ``any = [..]``, ``not = {..}``. A field inside a
repeatable group is looked up in the same item as the field that carries the condition.
"""

from __future__ import annotations

from typing import Any

from filingassist.formdefs import FormDef
from filingassist.model.document import get_path
from filingassist.rules.formindex import index

_EMPTY: tuple[Any, ...] = (None, "", [], {})


def concrete(form: FormDef, field_path: str, context_path: str) -> str | None:
    """Concrete path of abstract ``field_path`` in the group item around ``context_path``."""
    target = index(form).fields.get(field_path)
    if target is None or not target.group:
        return field_path
    marker = target.group.rsplit(".", 1)[-1] + "["
    idx = context_path.rfind(marker)
    if idx < 0:
        return None
    end = context_path.index("]", idx) + 1
    return f"{context_path[:end]}.{target.key}"


def resolve(form: FormDef, data: dict[str, Any], field_path: str, context_path: str) -> Any:
    """Value of abstract ``field_path`` as seen from concrete ``context_path``."""
    path = concrete(form, field_path, context_path)
    return None if path is None else get_path(data, path)


def all_values(form: FormDef, data: dict[str, Any], field_path: str) -> list[Any]:
    """Every value of a field across the items of its (top-level) group."""
    target = index(form).fields.get(field_path)
    if target is None or not target.group:
        return [get_path(data, field_path)]
    items = get_path(data, target.group)
    if not isinstance(items, list):
        return []
    return [get_path(item, target.key) for item in items if isinstance(item, dict)]


def holds(
    form: FormDef, data: dict[str, Any], cond: dict[str, Any], context_path: str = ""
) -> bool:
    if not cond:
        return True
    if "all" in cond:
        return all(holds(form, data, c, context_path) for c in cond["all"])
    if "any" in cond:
        return any(holds(form, data, c, context_path) for c in cond["any"])
    if "not" in cond:
        return not holds(form, data, cond["not"], context_path)
    if "contains" in cond:
        return cond["contains"] in all_values(form, data, cond["field"])
    value = resolve(form, data, cond["field"], context_path)
    if "equals" in cond:
        return bool(value == cond["equals"])
    if "in" in cond:
        return value in cond["in"]
    if "not_in" in cond:
        return value not in cond["not_in"]
    if "present" in cond:
        present = value not in _EMPTY and value is not False
        return present is bool(cond["present"])
    raise ValueError(f"unknown condition {cond!r}")


def is_present(value: Any) -> bool:
    return value not in _EMPTY
