"""Structured conditions from the form definitions (never ``eval``).

``{ field = "applicants.legal_kind", equals = "natural_person" }``, ``in = [...]``,
``not_in``, ``present = true|false``, ``all = [..]``, ``any = [..]``. A field inside a
repeatable group is looked up in the same item as the field that carries the condition.
"""

from __future__ import annotations

from typing import Any

from filingassist.formdefs import FormDef
from filingassist.model.document import get_path


def resolve(form: FormDef, data: dict[str, Any], field_path: str, context_path: str) -> Any:
    """Value of abstract ``field_path`` as seen from concrete ``context_path``."""
    target = form.field(field_path)
    if target is None or not target.group:
        return get_path(data, field_path)
    # Same group item as the context: replace the group prefix by the concrete item path.
    prefix = context_path
    group = target.group
    marker = group.rsplit(".", 1)[-1] + "["
    idx = prefix.rfind(marker)
    if idx < 0:
        return None
    end = prefix.index("]", idx) + 1
    return get_path(data, f"{prefix[:end]}.{target.key}")


def holds(
    form: FormDef, data: dict[str, Any], cond: dict[str, Any], context_path: str = ""
) -> bool:
    if not cond:
        return True
    if "all" in cond:
        return all(holds(form, data, c, context_path) for c in cond["all"])
    if "any" in cond:
        return any(holds(form, data, c, context_path) for c in cond["any"])
    value = resolve(form, data, cond["field"], context_path)
    if "equals" in cond:
        return bool(value == cond["equals"])
    if "in" in cond:
        return value in cond["in"]
    if "not_in" in cond:
        return value not in cond["not_in"]
    if "present" in cond:
        present = value not in (None, "", [], {}, False)
        return present is bool(cond["present"])
    raise ValueError(f"unknown condition {cond!r}")
