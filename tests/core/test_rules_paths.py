"""Every field path a rule or a check names exists in the forms that use it.

A renamed field must fail here, not silently switch its rule off. Declarative rules are
checked from their declarations; Python checks by reading their source: each literal path
given to ``ctx.get``/``ctx.items``/``Hit`` (in the check and the module helpers it calls)
must be a field, a group or a nested object of every form that lists a rule using it.
"""

from __future__ import annotations

import ast
import inspect
import re
import textwrap
from collections.abc import Iterator
from typing import Any

import pytest

from filingassist.formdefs import FormDef, all_forms
from filingassist.model.findings import Severity
from filingassist.rules import engine
from filingassist.rules.registry import CHECKS, RuleContext
from filingassist.rules.ruledefs import RuleDef, all_rules

_INDEX = re.compile(r"\[\d+\]")


def _exists(form: FormDef, path: str) -> bool:
    path = _INDEX.sub("", path)
    if path.startswith("."):  # a key read from a group item: some field or group has it
        key = path[1:]
        return any(
            f.key == key or f.key.startswith(key + ".") or f.key.endswith("." + key)
            for f in form.fields
            if f.group
        ) or any(g.path.endswith("." + key) for g in form.groups)
    return (
        form.field(path) is not None
        or form.group(path) is not None
        or any(f.path.startswith(path + ".") for f in form.fields)
    )


def _condition_fields(cond: Any) -> Iterator[str]:
    if isinstance(cond, dict):
        if "field" in cond:
            yield cond["field"]
        for key in ("all", "any"):
            for sub in cond.get(key, ()):
                yield from _condition_fields(sub)
        if "not" in cond:
            yield from _condition_fields(cond["not"])


def _declared_paths(rule: RuleDef) -> Iterator[str]:
    if rule.path:
        yield rule.path
    yield from rule.require
    yield from rule.forbid
    if rule.each:
        yield rule.each
    yield from _condition_fields(rule.when)
    for needs in rule.params.get("needs", {}).values():
        yield from needs


def _uses() -> list[tuple[FormDef, RuleDef]]:
    rules = all_rules()
    return [(form, rules[code]) for form in all_forms() for code in form.rules]


@pytest.mark.parametrize(("form", "rule"), _uses(), ids=lambda x: getattr(x, "key", None) or x.code)
def test_declared_rule_paths_exist(form: FormDef, rule: RuleDef) -> None:
    missing = [p for p in _declared_paths(rule) if not _exists(form, p)]
    assert missing == [], f"{rule.code} names fields {form.key} does not have"


_READERS = {"get", "items", "resolve_path"}
#: keys of an attachment reference (fieldtypes._Attachment), not field keys
_ATTACHMENT_KEYS = {"name", "size", "media_type", "sha256"}


def _literal_paths(fn: Any, seen: set[str] | None = None) -> set[str]:
    """Literal paths a check reads or reports, following calls to helpers of its module."""
    seen = seen if seen is not None else set()
    if fn.__name__ in seen:
        return set()
    seen.add(fn.__name__)
    tree = ast.parse(textwrap.dedent(inspect.getsource(fn)))
    module = inspect.getmodule(fn)
    found: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        arg, func = node.args[0], node.func
        is_text = isinstance(arg, ast.Constant) and isinstance(arg.value, str)
        literal = arg.value if is_text else None
        if isinstance(func, ast.Attribute) and func.attr in _READERS and literal:
            receiver = ast.unparse(func.value)
            if receiver == "ctx":
                found.add(literal)
            elif "params" not in receiver and literal not in _ATTACHMENT_KEYS:
                # an item of a group: a field key inside it
                found.add("." + literal)
        elif isinstance(func, ast.Name) and func.id == "Hit" and literal:
            found.add(literal)
        elif isinstance(func, ast.Name) and module is not None:
            helper = getattr(module, func.id, None)
            if inspect.isfunction(helper) and helper.__module__ == module.__name__:
                found |= _literal_paths(helper, seen)
    return found


def _check_uses() -> list[tuple[str, FormDef]]:
    rules = all_rules()
    pairs = {
        (rules[code].check, form.key): form
        for form in all_forms()
        for code in form.rules
        if rules[code].check
    }
    return [(check, form) for (check, _), form in sorted(pairs.items())]


@pytest.mark.parametrize(("check", "form"), _check_uses(), ids=lambda x: getattr(x, "key", x))
def test_check_paths_exist(check: str, form: FormDef) -> None:
    paths = _literal_paths(CHECKS[check])
    missing = sorted(p for p in paths if not _exists(form, p))
    assert missing == [], f"check {check} names fields {form.key} does not have"


def test_the_scan_sees_literal_paths() -> None:
    """The source scan finds what checks read (guards the test above against finding nothing)."""
    assert {"designations", "mm18.declared"} <= _literal_paths(CHECKS["us_mm18"])


def test_reading_an_unknown_field_is_loud(monkeypatch: pytest.MonkeyPatch) -> None:
    """A check reading a field the form lacks raises in tests and is a finding otherwise."""
    from filingassist.model.document import ApplicationDocument

    def renamed(ctx: RuleContext, rule: RuleDef) -> Iterator[Any]:
        yield from () if ctx.get("mark.no_such_field") is None else ()

    form = next(f for f in all_forms() if f.kind == "madrid")
    rule = RuleDef("TEST-RENAMED", Severity.ERROR, "mark", "m", "b", check="test_renamed")
    monkeypatch.setitem(CHECKS, "test_renamed", renamed)
    monkeypatch.setattr(engine, "all_rules", lambda: {rule.code: rule})
    doc = ApplicationDocument("madrid", form.id, form.version, {})
    ctx = RuleContext(form, doc, __import__("datetime").date(2026, 1, 1))
    with pytest.raises(KeyError):
        list(engine.run_rules(ctx, [rule.code]))
    monkeypatch.setenv("FILINGASSIST_STRICT_RULES", "0")
    (found,) = list(engine.run_rules(ctx, [rule.code]))
    assert (found.code, found.severity, found.path) == (engine.NOT_RUN, Severity.ERROR, "mark")
    assert found.params["code"] == "TEST-RENAMED"
