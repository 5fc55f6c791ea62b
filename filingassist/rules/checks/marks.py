"""Checks shared by trademark and Madrid applications: classes, terms, priority period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from filingassist.i18n import N_
from filingassist.rules import refapi
from filingassist.rules.checks.dates import add_months, parse
from filingassist.rules.conditions import is_present
from filingassist.rules.registry import Hit, RuleContext, check
from filingassist.rules.ruledefs import RuleDef


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@check("class_range")
def class_range(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """Nice classes are whole numbers 1-45, each listed once."""
    seen: set[int] = set()
    shape = ctx.goods
    for path, item in ctx.items(shape.group):
        number = item.get(shape.class_key)
        if number is None:
            continue  # FIELD-REQUIRED says so
        if not _is_int(number) or not 1 <= number <= 45:
            yield Hit(f"{path}.{shape.class_key}", {"class": number})
        elif number in seen:
            yield Hit(
                f"{path}.{shape.class_key}",
                {"class": number},
                message=N_(
                    "Class {class} is listed more than once; list its terms under one entry."
                ),
            )
        else:
            seen.add(number)


@check("class_empty")
def class_empty(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """Every class lists at least one term, and no term is blank."""
    shape = ctx.goods
    for path, item in ctx.items(shape.group):
        terms, number = item.get(shape.terms_key), item.get(shape.class_key)
        if not isinstance(terms, list) or not any(isinstance(t, str) and t.strip() for t in terms):
            if number is None:  # a class entry just added: no number to name yet
                yield Hit(
                    f"{path}.{shape.terms_key}",
                    {},
                    message=N_("This class entry lists no goods or services: add its terms."),
                )
            else:
                yield Hit(f"{path}.{shape.terms_key}", {"class": number})
            continue
        for j, term in enumerate(terms):
            if isinstance(term, str) and not term.strip():
                yield Hit(
                    f"{path}.{shape.terms_key}[{j}]",
                    {"class": number},
                    message=N_("Remove the empty term from class {class}."),
                )


@check("term_known")
def term_known(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """Each term is in the installed Nice term list, in the class it is listed under."""
    terms = refapi.term_list()
    if terms is None:
        return
    shape = ctx.goods
    for path, item in ctx.items(shape.group):
        number = item.get(shape.class_key)
        values = item.get(shape.terms_key)
        if not isinstance(number, int) or isinstance(number, bool) or not isinstance(values, list):
            continue
        for j, term in enumerate(values):
            if isinstance(term, str) and term.strip():
                hit = _term_hit(terms, number, term, f"{path}.{shape.terms_key}[{j}]")
                if hit is not None:
                    yield hit


def _term_hit(terms: Any, number: int, term: str, path: str) -> Hit | None:
    if terms.lookup(number, term):
        return None
    found = _unknown_term(terms, number, term)
    return Hit(path, dict(found["params"]), found["suggestions"], found["message"])


#: (term list, class, term) → Hit arguments; suggestions cost ~1 ms, keystrokes repeat terms
_UNKNOWN: dict[tuple[int, int, int, str], dict[str, Any]] = {}


def _unknown_term(terms: Any, number: int, term: str) -> dict[str, Any]:
    key = (id(terms), len(terms), number, term)
    if key not in _UNKNOWN:
        if len(_UNKNOWN) > 20000:
            _UNKNOWN.clear()
        hit = _term_hit_uncached(terms, number, term, "")
        _UNKNOWN[key] = {
            "params": hit.params,
            "suggestions": hit.suggestions,
            "message": hit.message,
        }
    return _UNKNOWN[key]


def _term_hit_uncached(terms: Any, number: int, term: str, path: str) -> Hit:
    other = next((n for n in range(1, 46) if n != number and terms.lookup(n, term)), None)
    if other is not None:
        return Hit(
            path,
            {"term": term, "class": number, "other": other},
            suggestions=(str(other),),
            message=N_("\u201c{term}\u201d belongs to class {other}, not class {class}."),
        )
    close = tuple(t.term for t in terms.suggest(term, number, 5))
    return Hit(path, {"term": term, "class": number}, suggestions=close)


@check("priority_period")
def priority_period(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """Each priority date lies within ``params.months`` before the filing date."""
    months = int(rule.params.get("months", 6))
    filed = parse(ctx.filing_date()) or ctx.today
    for path, item in ctx.items("priorities"):
        earlier = parse(item.get("date"))
        if earlier is None:
            continue
        yield from _period_hits(f"{path}.date", earlier, filed, months)


def _period_hits(path: str, earlier: dt.date, filed: dt.date, months: int) -> Iterator[Hit]:
    deadline = add_months(earlier, months)
    params = {
        "date": earlier.isoformat(),
        "deadline": deadline.isoformat(),
        "filed": filed.isoformat(),
        "months": months,
    }
    if earlier > filed:
        yield Hit(
            path,
            params,
            message=N_(
                "The earlier filing ({date}) cannot be later than this application ({filed})."
            ),
        )
    elif filed > deadline:
        yield Hit(path, params)


@check("role_present")
def role_present(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """The field with the role ``params.role`` has a value (the form says which field)."""
    f = ctx.form.role_field(str(rule.params["role"]))
    if f is None:
        raise KeyError(f"{ctx.form.key} has no field with the role {rule.params['role']}")
    if not is_present(ctx.get(f.path)):
        yield Hit(f.path)
