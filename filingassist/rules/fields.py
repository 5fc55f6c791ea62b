"""Field checks straight from the form definition: required, type, choices, limits.

These run before the named rules; their codes are generic (``FIELD-REQUIRED`` …) and the
field path tells the UI where to point. ``refdata:NAME`` choice lists are resolved
through ``rules.refapi`` (cached code sets). The walk uses the per-form index instead of
``model.walk`` because it runs on every keystroke.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from filingassist.formdefs import FieldDef, FormDef
from filingassist.i18n import N_
from filingassist.model.document import ApplicationDocument, get_path
from filingassist.model.findings import Finding, Severity
from filingassist.rules import refapi
from filingassist.rules.conditions import holds
from filingassist.rules.formindex import FormIndex, index

#: Resolves ``refdata:NAME`` to the set of allowed codes; None = not checkable here.
ChoiceResolver = Callable[[str], "frozenset[str] | set[str] | None"]


def check_fields(
    form: FormDef,
    doc: ApplicationDocument,
    resolver: ChoiceResolver = refapi.choice_codes,
    *,
    only: str | None = None,
) -> list[Finding]:
    """The field checks of ``doc``; with ``only``, just those of the fields and groups under
    that top-level key (``applicants``), for an incremental check after an edit there."""
    found: list[Finding] = []
    idx = index(form)
    _walk(form, idx, doc.data, doc.data, "", "", resolver, found, only)
    return found


def top_keys(form: FormDef) -> list[str]:
    """The top-level keys of the form's fields and groups, in definition order."""
    idx = index(form)
    keys = [_top(f.key) for f in idx.members[""]]
    keys += [_top(g) for g, parent in idx.parent_group.items() if parent == ""]
    return list(dict.fromkeys(keys))


def _top(key: str) -> str:
    return key.split(".", 1)[0].split("[", 1)[0]


def _walk(
    form: FormDef,
    idx: FormIndex,
    data: dict[str, Any],
    node: Any,
    group: str,
    prefix: str,
    resolver: ChoiceResolver,
    found: list[Finding],
    only: str | None = None,
) -> None:
    """Check the fields of one group item (or the top level), then recurse into subgroups."""
    for f in idx.members[group]:
        if only is not None and _top(f.key) != only:
            continue
        path = f"{prefix}.{f.key}" if prefix else f.key
        value = get_path(node, f.key) if isinstance(node, dict) else None
        _check_one(form, data, f, path, value, resolver, found)
    for sub, parent in idx.parent_group.items():
        if parent != group:
            continue
        g = idx.groups[sub]
        key = sub[len(group) + 1 :] if group else sub
        if only is not None and _top(key) != only:
            continue
        items = get_path(node, key) if isinstance(node, dict) else None
        base = f"{prefix}.{key}" if prefix else key
        count = len(items) if isinstance(items, list) else 0
        if items is not None and not isinstance(items, list):
            found.append(
                Finding(
                    "GROUP-TYPE",
                    Severity.ERROR,
                    base,
                    N_("{label}: expected a list."),
                    params={"label": g.label},
                )
            )
        if count < g.min:
            found.append(
                Finding(
                    "GROUP-MIN",
                    Severity.ERROR,
                    base,
                    N_("At least {min} of {label} needed."),
                    params={"min": g.min, "label": g.label},
                )
            )
        if g.max is not None and count > g.max:
            found.append(
                Finding(
                    "GROUP-MAX",
                    Severity.ERROR,
                    base,
                    N_("At most {max} of {label} allowed."),
                    params={"max": g.max, "label": g.label},
                )
            )
        for i in range(count):
            _walk(form, idx, data, items[i], sub, f"{base}[{i}]", resolver, found)  # type: ignore[index]


def _check_one(
    form: FormDef,
    data: dict[str, Any],
    f: FieldDef,
    path: str,
    value: Any,
    resolver: ChoiceResolver,
    found: list[Finding],
) -> None:
    if f.when and not holds(form, data, f.when, path):
        return
    ftype = f.ftype
    if ftype.is_empty(value):
        if f.required:
            found.append(_finding("FIELD-REQUIRED", path, N_("{label} is required."), f))
        return
    problem = ftype.check(value)
    if problem:
        found.append(_finding("FIELD-TYPE", path, problem, f))
        return
    found.extend(_limits(f, path, value, resolver))


def _limits(f: FieldDef, path: str, value: Any, resolver: ChoiceResolver) -> Iterator[Finding]:
    if f.max_length is not None and isinstance(value, str) and len(value) > f.max_length:
        yield _finding(
            "FIELD-LENGTH",
            path,
            N_("{label} is longer than {max} characters."),
            f,
            max=f.max_length,
        )
    if f.max_length is not None and isinstance(value, list):  # each entry of a list field
        for j, entry in enumerate(value):
            if isinstance(entry, str) and len(entry) > f.max_length:
                yield _finding(
                    "FIELD-LENGTH",
                    f"{path}[{j}]",
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


def _allowed(f: FieldDef, resolver: ChoiceResolver) -> frozenset[str] | set[str] | None:
    if f.choices_ref:
        return resolver(f.choices_ref)
    if f.choices:
        return set(f.choices)
    return None


def _finding(code: str, path: str, message: str, f: FieldDef, **params: Any) -> Finding:
    return Finding(code, Severity.ERROR, path, message, params={"label": f.label, **params})
