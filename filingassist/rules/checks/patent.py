"""Checks of the patent application (PCT request and application body)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

from filingassist.i18n import N_
from filingassist.model.findings import Severity
from filingassist.money import amount_param
from filingassist.rules import pctref, refapi
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
    filed = parse(ctx.filing_date()) or ctx.today
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
    ref, limit = ctx.get("reference"), int(rule.params.get("max", 25))
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
    # note: Box V can exclude only the States of Rule 4.9(b) (PCT-EXCLUSION), so an
    # exclusion of the US does not make the inventors optional; designating no State
    # (all_states false) does
    requiring = set(rule.params.get("states", ["US"]))
    designated = requiring if ctx.get("designations.all_states", True) is not False else set()
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
            params.update(amount=amount_param(fee[0] * (total - free), fee[1]))
            message = N_(
                "{sheets} sheets: the fee per sheet is due for the {extra} sheets beyond {free} "
                "({amount})."
            )
        yield Hit(rule.path, params, severity=Severity.INFO, message=message)


@check("ipc_format")
def ipc_format(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    symbols = ctx.get("body.ipc")
    for j, symbol in enumerate(symbols if isinstance(symbols, list) else []):
        if isinstance(symbol, str) and not IPC.match(symbol.strip()):
            yield Hit(f"body.ipc[{j}]", {"symbol": symbol})


def _isa_competent(ctx: RuleContext, ro: Any) -> tuple[set[str], bool] | None:
    """The ISAs competent for ``ro`` and whether that is still to be confirmed.

    RO/IB: those competent for the receiving Office of an applicant's State (Rule 35.3(a)).
    None when the reference data does not cover the Office.
    """
    office = pctref.office(ro)
    if office is None:
        return None
    if not office.isas_of_applicant_state:
        return set(office.isas), "isas" in office.uncertain
    states = {
        s
        for _, a in ctx.items("applicants")
        for s in (a.get("nationality"), a.get("residence"))
        if isinstance(s, str)
    }
    known = [o for o in map(pctref.office, sorted(states)) if o is not None]
    if not known:
        return None
    isas = {isa for o in known for isa in o.isas}
    return isas, any("isas" in o.uncertain for o in known)


@check("isa_competent")
def isa_competent(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """Art. 16(3)(b), Rule 35: the ISA chosen is one the receiving Office declared competent."""
    ro, isa = ctx.get("receiving_office"), ctx.get("isa")
    if not _pct(ctx) or not isinstance(ro, str) or not isinstance(isa, str) or not isa:
        return
    found = _isa_competent(ctx, ro)
    data = pctref.competence()
    if found is None:
        yield Hit(
            "isa",
            {"ro": ro, "as_of": data.note(False)},
            severity=Severity.INFO,
            message=N_(
                "The competent International Searching Authorities of RO/{ro} are not in the "
                "reference data ({as_of}): check them in the PCT Applicant's Guide, Annex C."
            ),
        )
    elif isa not in found[0]:
        yield Hit(
            "isa",
            {
                "isa": isa,
                "ro": ro,
                "allowed": ", ".join(sorted(found[0])),
                "as_of": data.note(found[1]),
            },
            suggestions=tuple(sorted(found[0])),
        )


@check("filing_language")
def filing_language(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """Rule 12.1(a): the receiving Office accepts the language of filing."""
    ro, lang = ctx.get("receiving_office"), ctx.get("language")
    office = pctref.office(ro)
    if not _pct(ctx) or office is None or not isinstance(lang, str) or not lang:
        return
    if not office.accepts_language(lang):
        yield Hit(
            "language",
            {
                "language": lang,
                "ro": ro,
                "allowed": ", ".join(office.languages),
                "as_of": pctref.competence().note("languages" in office.uncertain),
            },
        )


@check("search_translation")
def search_translation(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """Rule 12.3: a language the ISA does not accept needs a translation for the search."""
    isa, lang = ctx.get("isa"), ctx.get("language")
    data = pctref.competence()
    accepted = data.isa_languages.get(isa) if isinstance(isa, str) else None
    if not _pct(ctx) or accepted is None or not isinstance(lang, str) or lang in accepted:
        return
    given = ctx.get("search_translation")
    params = {
        "isa": isa,
        "language": lang,
        "allowed": ", ".join(accepted),
        "as_of": data.note("languages" in data.isa_uncertain.get(isa, ())),
    }
    if not is_present(given):
        yield Hit("search_translation", params)
    elif given not in accepted:
        yield Hit(
            "search_translation",
            {**params, "given": given},
            message=N_(
                "ISA/{isa} does not accept a translation into {given}; "
                "it accepts {allowed} ({as_of})."
            ),
        )


#: "Fig. 2", "Figure 3", "figures 1 to 4" in the description
_FIGURE_REFERENCE = re.compile(r"\bfig(?:ure)?s?\b\.?\s*\d", re.IGNORECASE)


def _drawings_referenced(ctx: RuleContext) -> str:
    """The field that refers to drawings ('' when none does)."""
    sheets = next((f for f in ctx.form.with_role("sheet_count") if "drawing" in f.path), None)
    if sheets is not None and isinstance(n := ctx.get(sheets.path), int) and n > 0:
        return sheets.path
    figure = ctx.get("checklist.figure_with_abstract")
    if is_present(figure) and figure is not False:
        return "checklist.figure_with_abstract"
    for path in ("body.description", "body.drawings_description"):
        text = ctx.get(path)
        if isinstance(text, str) and _FIGURE_REFERENCE.search(text):
            return path
    return ""


@check("drawings_attached")
def drawings_attached(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """Art. 14(2), Rule 20.5: drawings the application refers to are part of it."""
    where = _drawings_referenced(ctx)
    if not where:
        return
    files = [item.get("file") for _, item in ctx.items("drawings")]
    if not any(isinstance(f, dict) and f.get("sha256") for f in files):
        field = ctx.form.field(where)
        yield Hit("drawings", {"where": field.label if field is not None else where})


#: Applicant's file reference: Latin letters and Arabic numerals, hyphens between them
_REFERENCE = re.compile(r"^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$")


@check("reference_format_pct")
def reference_format_pct(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """AI Section 109(a): Latin letters, Arabic numerals, hyphen as separator only."""
    ref = ctx.get("reference")
    if _pct(ctx) and isinstance(ref, str) and ref and not _REFERENCE.match(ref):
        yield Hit("reference", {"reference": ref})


@check("designation_exclusion")
def designation_exclusion(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """Rule 4.9(b): only the States that notified it may be excluded in Box V."""
    allowed = set(rule.params.get("states", ()))
    raw = ctx.get("designations.excluded")
    for j, state in enumerate(raw if isinstance(raw, list) else []):
        if _pct(ctx) and isinstance(state, str) and state not in allowed:
            yield Hit(
                f"designations.excluded[{j}]",
                {"state": state, "allowed": ", ".join(sorted(allowed))},
            )


@check("restoration_applied")
def restoration_applied(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """Rule 26bis.3(j): the RO does not restore the right of priority; say so in time."""
    ro = ctx.get("receiving_office")
    office = pctref.office(ro)
    if not _pct(ctx) or office is None or office.restoration:
        return
    for path, earlier, filed in _priority_dates(ctx):
        deadline, window = add_months(earlier, 12), add_months(earlier, 14)
        if deadline < filed <= window:
            yield Hit(
                path,
                {
                    "ro": ro,
                    "as_of": pctref.competence().note("restoration" in office.uncertain),
                },
            )
