"""Checks of the patent application (PCT request and application body)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

from filingassist.i18n import N_
from filingassist.model.findings import Severity
from filingassist.rules import refapi
from filingassist.rules.checks.dates import add_months, parse
from filingassist.rules.conditions import is_present
from filingassist.rules.registry import Hit, RuleContext, check
from filingassist.rules.ruledefs import RuleDef

#: IPC symbol: section A-H, class 2 digits, subclass letter, main group 1-4 digits,
#: "/", subgroup 2-6 digits (e.g. A61K 31/00, F25D 7/00, H04L 9/3247).
IPC = re.compile(r"^[A-H][0-9]{2}[A-Z] ?[0-9]{1,4}/[0-9]{2,6}$")
MAX_SEQUENCE_BYTES = 64 * 1024 * 1024


def _pct(ctx: RuleContext) -> bool:
    return ctx.form.is_pct(ctx.data)


@check("ro_competent")
def ro_competent(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """PCT Rule 19.1/19.2: RO of a State of residence or nationality of one applicant, or IB."""
    ro = ctx.get("receiving_office")
    if not _pct(ctx) or not isinstance(ro, str) or not ro or ro == "IB":
        return
    states = {
        s
        for _, a in ctx.items("applicants")
        for s in (a.get("nationality"), a.get("residence"))
        if isinstance(s, str)
    }
    if not states:
        return
    if not any(refapi.same_party(s, ro) for s in states):
        yield Hit(
            "receiving_office",
            {"ro": ro, "states": ", ".join(sorted(states))},
            suggestions=("IB", *sorted(states)),
        )


def _priority_dates(ctx: RuleContext) -> Iterator[tuple[str, Any, Any]]:
    filed = parse(ctx.get("filing_date")) or ctx.today
    for path, item in ctx.items("priorities"):
        earlier = parse(item.get("date"))
        if earlier is not None:
            yield f"{path}.date", earlier, filed


@check("pct_priority_period")
def pct_priority_period(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """Rule 4.10: priority within 12 months; beyond the 2-month restoration window = error."""
    for path, earlier, filed in _priority_dates(ctx):
        limit = add_months(earlier, 12 + int(rule.params.get("grace_months", 0)))
        params = {
            "date": earlier.isoformat(),
            "filed": filed.isoformat(),
            "deadline": add_months(earlier, 12).isoformat(),
        }
        if earlier > filed:
            yield Hit(
                path,
                params,
                message=N_(
                    "The earlier application ({date}) cannot be later than "
                    "the international filing date ({filed})."
                ),
            )
        elif filed > limit:
            yield Hit(path, params)


@check("pct_priority_restoration")
def pct_priority_restoration(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """Rule 26bis.3: filed within 2 months after the priority period: restoration needed."""
    for path, earlier, filed in _priority_dates(ctx):
        deadline, window = add_months(earlier, 12), add_months(earlier, 14)
        if deadline < filed <= window:
            yield Hit(
                path,
                {
                    "date": earlier.isoformat(),
                    "deadline": deadline.isoformat(),
                    "window": window.isoformat(),
                },
            )


@check("abstract_length")
def abstract_length(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    text = ctx.get("body.abstract")
    if not isinstance(text, str) or not text.strip():
        return
    words = len(text.split())
    low, high = int(rule.params.get("min", 50)), int(rule.params.get("max", 150))
    if not low <= words <= high:
        yield Hit("body.abstract", {"words": words, "min": low, "max": high})


@check("claims_present")
def claims_present(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    if not any(
        is_present(c.get("text")) and str(c.get("text")).strip() for _, c in ctx.items("claims")
    ):
        yield Hit("claims")


@check("claims_numbering")
def claims_numbering(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """Claims numbered 1, 2, 3 … in order (PCT Rule 6.1(b))."""
    for expected, (path, claim) in enumerate(ctx.items("claims"), start=1):
        number = claim.get("number")
        if number is not None and number != expected:
            yield Hit(f"{path}.number", {"number": number, "expected": expected})


@check("reference_length")
def reference_length(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    ref, limit = ctx.get("reference"), int(rule.params.get("max", 12))
    if _pct(ctx) and isinstance(ref, str) and len(ref) > limit:
        yield Hit("reference", {"length": len(ref), "max": limit})


@check("applicant_nat_res")
def applicant_nat_res(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    for path, item in ctx.items("applicants"):
        for key in ("nationality", "residence"):
            if not is_present(item.get(key)):
                yield Hit(f"{path}.{key}", {"name": item.get("name", "")})


@check("inventors_named")
def inventors_named(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """Where a designated State requires it (the US), at least one inventor is named."""
    if not _pct(ctx):
        return
    requiring = set(rule.params.get("states", ["US"]))
    all_states = ctx.get("designations.all_states", True) is not False
    raw = ctx.get("designations.excluded")
    excluded = {s for s in raw if isinstance(s, str)} if isinstance(raw, list) else set()
    designated = requiring - excluded if all_states else set()
    if not designated:
        return
    named = any(a.get("is_inventor") is True for _, a in ctx.items("applicants")) or ctx.items(
        "inventors"
    )
    if not named:
        yield Hit("inventors", {"states": ", ".join(sorted(designated))})


@check("sequence_st26")
def sequence_st26(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """An attached sequence listing is well-formed ST.26 XML (root ST26SequenceListing)."""
    ref = ctx.get("body.sequence_listing")
    if not isinstance(ref, dict):
        return
    name = str(ref.get("name", ""))
    if not name.lower().endswith(".xml"):
        yield Hit(
            "body.sequence_listing",
            {"name": name},
            message=N_("The sequence listing must be a WIPO ST.26 XML file, not {name}."),
        )
        return
    root = ctx.derived("root", ref, _root_name)
    if root is not None and root != "ST26SequenceListing":
        yield Hit("body.sequence_listing", {"name": name, "root": root or "not well-formed XML"})


def _root_name(data: bytes) -> str:
    """Local name of the root element ("" when not well-formed), parsed without entities,
    DTDs or network."""
    if len(data) > MAX_SEQUENCE_BYTES:
        return ""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return ""
    return str(etree.QName(root).localname)


@check("sheet_count")
def sheet_count(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """Box IX sheet counts are given; beyond the free sheets a per-sheet fee is due."""
    from filingassist.rules import feemap

    if not _pct(ctx):
        return
    missing = [f.path for f in ctx.form.with_role("sheet_count") if ctx.get(f.path) is None]
    if missing:
        yield Hit(
            missing[0],
            message=N_("Give the number of sheets of each part (box IX); they determine the fees."),
        )
        return
    total = feemap.sheet_total(ctx.form, ctx.data)
    ro = str(ctx.get("receiving_office"))
    free = feemap.free_sheets(ro)
    if total > free:
        params: dict[str, Any] = {"sheets": total, "extra": total - free, "free": free}
        fee = refapi.per_sheet_fee(ro)
        message = N_(
            "{sheets} sheets: the fee per sheet is due for the {extra} sheets beyond {free}."
        )
        if fee is not None:
            params.update(amount=f"{fee[0] * (total - free)}", currency=fee[1])
            message = N_(
                "{sheets} sheets: the fee per sheet is due for the {extra} sheets beyond {free} "
                "({amount} {currency})."
            )
        yield Hit(rule.path, params, severity=Severity.INFO, message=message)


@check("ipc_format")
def ipc_format(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    symbols = ctx.get("body.ipc")
    for j, symbol in enumerate(symbols if isinstance(symbols, list) else []):
        if isinstance(symbol, str) and not IPC.match(symbol.strip()):
            yield Hit(f"body.ipc[{j}]", {"symbol": symbol})
