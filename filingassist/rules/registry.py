"""Registered check functions and the context they receive.

A check is a small function ``fn(ctx, rule) -> Iterable[Hit]`` registered by name with
``@check("name")``; the declaration in ``forms/rules/*.toml`` references it. A Hit is a
concrete path plus message parameters (and optional suggestions); the engine turns hits
into Findings with the rule's code, severity, message and basis.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from filingassist.formdefs import FormDef, GoodsShape
from filingassist.model.document import ApplicationDocument, get_path
from filingassist.model.findings import Severity
from filingassist.rules.formindex import index
from filingassist.rules.ruledefs import RuleDef

#: Returns an attachment's bytes by SHA-256, or None when they are not at hand.
BlobGetter = Callable[[str], "bytes | None"]


@dataclass(frozen=True)
class Hit:
    """One place a rule fires."""

    path: str
    params: dict[str, Any] = field(default_factory=dict)
    suggestions: tuple[str, ...] = ()
    message: str = ""  # overrides the rule's message (a variant of the same rule)
    severity: Severity | None = None  # overrides the rule's severity (e.g. an info variant)


@dataclass
class RuleContext:
    """What a check may look at: the document, its form, attachments and today's date."""

    form: FormDef
    doc: ApplicationDocument
    today: dt.date
    blobs: BlobGetter | None = None

    @property
    def data(self) -> dict[str, Any]:
        return self.doc.data

    @property
    def goods(self) -> GoodsShape:
        """Where the form lists goods and services (KeyError for a form without them)."""
        shape = self.form.goods_services()
        if shape is None:
            raise KeyError(f"{self.form.key} has no group with the role goods_services")
        return shape

    def filing_date(self) -> Any:
        """The value of the form's filing-date field (role ``filing_date``; None if none)."""
        f = self.form.role_field("filing_date")
        return get_path(self.doc.data, f.path) if f is not None else None

    def get(self, path: str, default: Any = None) -> Any:
        _known(self.form, path)
        return get_path(self.doc.data, path, default)

    def items(self, group: str) -> list[tuple[str, dict[str, Any]]]:
        """Concrete paths and items of a top-level repeatable group (dict items only)."""
        _known(self.form, group)
        values = self.doc.data.get(group) if "." not in group else get_path(self.doc.data, group)
        if not isinstance(values, list):
            return []
        return [(f"{group}[{i}]", v) for i, v in enumerate(values) if isinstance(v, dict)]

    def blob(self, ref: Any) -> bytes | None:
        if (
            self.blobs is None
            or not isinstance(ref, dict)
            or not isinstance(ref.get("sha256"), str)
        ):
            return None
        return self.blobs(ref["sha256"])

    def derived(self, what: str, ref: Any, compute: Callable[[bytes], Any]) -> Any:
        """``compute(bytes)`` of an attachment, cached by digest.

        Files never change under a digest, so rules that run on every keystroke read each
        attachment once per process. None when the bytes are not at hand (not cached).
        """
        digest = ref.get("sha256") if isinstance(ref, dict) else None
        if not isinstance(digest, str):
            return None
        key = (what, digest)
        # note: rules run on UI worker threads too; another thread may clear the cache
        # between any two lines here, so the value is held locally, never re-read.
        found = _DERIVED.get(key, _MISSING)
        if found is _MISSING:
            data = self.blob(ref)
            if data is None:
                return None
            if len(_DERIVED) > 4096:
                _DERIVED.clear()
            found = _DERIVED[key] = compute(data)
        return found


def _known(form: FormDef, path: str) -> None:
    """Raise KeyError for a path the form does not define (a renamed or misspelt field).

    The engine turns the error into a "could not run" finding (or a test failure), so a
    check never reads a field that no longer exists and silently finds nothing.
    """
    key = (form.key, path)
    if key in _KNOWN:
        return
    abstract = _INDEX.sub("", path)
    idx = index(form)
    if not (
        abstract in idx.fields
        or abstract in idx.groups
        or any(p.startswith(abstract + ".") for p in idx.fields)
    ):
        raise KeyError(f"{form.key} has no field {abstract}")
    _KNOWN.add(key)


_INDEX = re.compile(r"\[\d+\]")
_KNOWN: set[tuple[str, str]] = set()
_DERIVED: dict[tuple[str, str], Any] = {}
_MISSING = object()

CheckFn = Callable[[RuleContext, RuleDef], Iterable[Hit]]
CHECKS: dict[str, CheckFn] = {}


def check(name: str) -> Callable[[CheckFn], CheckFn]:
    """Register a check function under ``name``."""

    def deco(fn: CheckFn) -> CheckFn:
        if name in CHECKS:
            raise ValueError(f"check {name} registered twice")
        CHECKS[name] = fn
        return fn

    return deco


#: Rules declared in Python that apply to every form (e.g. the reference-data warnings),
#: by code. They run after the form's own rules; ``forms/rules/*.toml`` stays the home of
#: form-specific rules.
GLOBAL_RULES: dict[str, RuleDef] = {}


def global_rule(rule: RuleDef) -> RuleDef:
    """Declare ``rule`` for every form (its ``check`` must be registered)."""
    if rule.code in GLOBAL_RULES:
        raise ValueError(f"rule {rule.code} declared twice")
    GLOBAL_RULES[rule.code] = rule
    return rule
