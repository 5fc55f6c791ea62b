"""Field checks straight from the form definition: required, type, choices, limits.

These run before the named rules; their codes are generic (``FIELD-REQUIRED`` …) and the
field path tells the UI where to point.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from filingassist.formdefs import FieldDef, FormDef
from filingassist.i18n import N_
from filingassist.model.document import ApplicationDocument
from filingassist.model.findings import Finding, Severity
from filingassist.model.walk import group_items, iter_values
from filingassist.rules.conditions import holds

#: Resolves ``refdata:NAME`` to the set of allowed codes; None = not checkable here.
ChoiceResolver = Callable[[str], "set[str] | None"]


def _no_refdata(name: str) -> set[str] | None:
    return None


def check_fields(
    form: FormDef, doc: ApplicationDocument, resolver: ChoiceResolver = _no_refdata
) -> list[Finding]:
    found = list(_group_counts(form, doc.data))
    for slot in iter_values(form, doc.data):
        f = slot.field
        if f.when and not holds(form, doc.data, f.when, slot.path):
            continue
        if f.ftype.is_empty(slot.value):
            if f.required:
                found.append(_finding("FIELD-REQUIRED", slot.path, N_("{label} is required."), f))
            continue
        problem = f.ftype.check(slot.value)
        if problem:
            found.append(_finding("FIELD-TYPE", slot.path, problem, f))
            continue
        found.extend(_limits(f, slot.path, slot.value, resolver))
    return found


def _group_counts(form: FormDef, data: dict[str, Any]) -> Iterator[Finding]:
    for g in form.groups:
        if g.parent and form.group(g.parent):
            continue  # nested groups are counted per parent item elsewhere
        count = len(group_items(form, data, g.path))
        if count < g.min:
            yield Finding(
                "GROUP-MIN",
                Severity.ERROR,
                g.path,
                N_("At least {min} of {label} needed."),
                params={"min": g.min, "label": g.label},
            )
        if g.max is not None and count > g.max:
            yield Finding(
                "GROUP-MAX",
                Severity.ERROR,
                g.path,
                N_("At most {max} of {label} allowed."),
                params={"max": g.max, "label": g.label},
            )


def _limits(f: FieldDef, path: str, value: Any, resolver: ChoiceResolver) -> Iterator[Finding]:
    if f.max_length is not None and isinstance(value, str) and len(value) > f.max_length:
        yield _finding(
            "FIELD-LENGTH",
            path,
            N_("{label} is longer than {max} characters."),
            f,
            max=f.max_length,
        )
    if isinstance(value, int) and not isinstance(value, bool):
        if f.min_value is not None and value < f.min_value:
            yield _finding(
                "FIELD-RANGE", path, N_("{label} must be at least {min}."), f, min=f.min_value
            )
        if f.max_value is not None and value > f.max_value:
            yield _finding(
                "FIELD-RANGE", path, N_("{label} must be at most {max}."), f, max=f.max_value
            )
    allowed = _allowed(f, resolver)
    if allowed is not None and isinstance(value, str) and value not in allowed:
        yield _finding(
            "FIELD-CHOICE", path, N_("{value} is not a valid choice for {label}."), f, value=value
        )
    if f.media_types and isinstance(value, dict) and value.get("media_type") not in f.media_types:
        yield _finding(
            "FIELD-MEDIA-TYPE",
            path,
            N_("{label}: files of type {type} are not accepted."),
            f,
            type=value.get("media_type"),
        )


def _allowed(f: FieldDef, resolver: ChoiceResolver) -> set[str] | None:
    if f.choices_ref:
        return resolver(f.choices_ref)
    if f.choices:
        return set(f.choices)
    return None


def _finding(code: str, path: str, message: str, f: FieldDef, **params: Any) -> Finding:
    return Finding(code, Severity.ERROR, path, message, params={"label": f.label, **params})
