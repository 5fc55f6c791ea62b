"""The rules engine: field checks, then the form's named rules, merged into one list.

Order of work: generic field checks (``rules.fields``), then every rule code the form
lists (declarative or a registered check). Generic findings at a path where a named rule
reported an error are dropped: the named rule says the same thing more precisely and with
its legal basis. The result is deduplicated and sorted (severity, then path in document
order with numeric indices, then code).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
from collections.abc import Iterable, Iterator

from filingassist.formdefs import FormDef, get_form
from filingassist.i18n import N_
from filingassist.model.document import ApplicationDocument
from filingassist.model.findings import Finding, Severity
from filingassist.rules import checks  # noqa: F401  (registers the check functions)
from filingassist.rules.conditions import concrete, holds, is_present, resolve
from filingassist.rules.fields import check_fields
from filingassist.rules.registry import CHECKS, GLOBAL_RULES, BlobGetter, Hit, RuleContext
from filingassist.rules.ruledefs import RuleDef, all_rules

log = logging.getLogger(__name__)

_SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
_INDEX = re.compile(r"\[(\d+)\]")
GENERIC_PREFIXES = ("FIELD-", "GROUP-")
#: the finding a check that crashed leaves in place of its verdict
NOT_RUN = "RULE-NOT-RUN"
#: errors that mean a check's code does not fit the document or the form (a renamed
#: field, a value of an unexpected type): programming errors, never bad input
CHECK_ERRORS = (TypeError, ValueError, AttributeError, KeyError, IndexError)


def strict() -> bool:
    """True where a crashing check must raise (the test suite sets FILINGASSIST_STRICT_RULES)."""
    return os.environ.get("FILINGASSIST_STRICT_RULES", "") == "1"


def validate(
    doc: ApplicationDocument, *, blobs: BlobGetter | None = None, today: dt.date | None = None
) -> list[Finding]:
    """Every finding for ``doc``: errors first, then warnings, then information."""
    form = get_form(doc.form, doc.form_version)
    ctx = RuleContext(form, doc, today or dt.date.today(), blobs)
    generic = check_fields(form, doc)
    named = list(run_rules(ctx, rule_codes(form)))
    return finish(generic, named)


def rule_codes(form: FormDef) -> list[str]:
    """The named rules a document of ``form`` is checked with: its own, then the rules that
    apply to every form (``registry.global_rule``)."""
    return [*form.rules, *GLOBAL_RULES]


def run_rules(ctx: RuleContext, codes: Iterable[str]) -> Iterator[Finding]:
    rules = {**all_rules(), **GLOBAL_RULES}
    for code in codes:
        rule = rules[code]  # a form naming an undeclared rule is a definition bug (tested)
        try:
            hits = _hits(ctx, rule)
        except CHECK_ERRORS as exc:
            if strict():
                raise
            yield _not_run(rule, exc)
            continue
        for hit in hits:
            yield Finding(
                rule.code,
                hit.severity or rule.severity,
                hit.path or rule.path,
                hit.message or rule.message,
                basis=rule.basis,
                params=hit.params,
                suggestions=hit.suggestions,
            )


def _hits(ctx: RuleContext, rule: RuleDef) -> list[Hit]:
    if not rule.check:
        return list(_declarative(ctx, rule))
    return list(CHECKS[rule.check](ctx, rule))


def _not_run(rule: RuleDef, exc: Exception) -> Finding:
    """A visible error in place of a check that crashed.

    Checks guard the types of what they read, so a crash is a bug (a renamed field, an
    unexpected shape). Dropping the rule would let an application through unchecked;
    the user sees that the check did not run and the log keeps the traceback.
    """
    log.error("rule %s could not run", rule.code, exc_info=exc)
    return Finding(
        NOT_RUN,
        Severity.ERROR,
        rule.path,
        N_("The check {code} could not run on this application; it has not been verified."),
        basis=rule.basis,
        params={"code": rule.code, "error": type(exc).__name__},
    )


def _declarative(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    contexts = [p for p, _ in ctx.items(rule.each)] if rule.each else [""]
    for where in contexts:
        if not holds(ctx.form, ctx.data, rule.when, where):
            continue
        for path in rule.require:
            if not is_present(resolve(ctx.form, ctx.data, path, where)):
                yield Hit(concrete(ctx.form, path, where) or path, _params(ctx.form, path))
        for path in rule.forbid:
            if is_present(resolve(ctx.form, ctx.data, path, where)):
                yield Hit(concrete(ctx.form, path, where) or path, _params(ctx.form, path))


def _params(form: FormDef, path: str) -> dict[str, str]:
    f = form.field(path)
    return {"label": f.label if f else path}


def finish(generic: list[Finding], named: list[Finding]) -> list[Finding]:
    """Drop generic findings covered by a named error, deduplicate, sort."""
    covered = {f.path for f in named if f.severity is Severity.ERROR}
    merged = [f for f in generic if f.path not in covered] + named
    seen: set[tuple[str, str, str]] = set()
    unique = []
    for f in merged:
        key = (f.code, f.path, f.text())
        if key not in seen:
            seen.add(key)
            unique.append(f)
    unique.sort(key=sort_key)
    return unique


def sort_key(f: Finding) -> tuple[int, str, str]:
    padded = _INDEX.sub(lambda m: f"[{int(m.group(1)):06d}]", f.path)
    return _SEVERITY_ORDER[f.severity], padded, f.code
