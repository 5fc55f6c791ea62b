"""Checks of the international application (MM2)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from filingassist.i18n import N_
from filingassist.rules import refapi
from filingassist.rules.checks.dates import parse
from filingassist.rules.conditions import is_present
from filingassist.rules.registry import Hit, RuleContext, check
from filingassist.rules.ruledefs import RuleDef


@check("origin_member")
def origin_member(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    origin = ctx.get("office_of_origin")
    if is_present(origin) and not refapi.is_madrid_member(origin):
        yield Hit("office_of_origin", {"code": origin})


@check("entitlement_origin")
def entitlement_origin(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """Each entitlement State is the Office of origin's party (or a member State of it)."""
    origin = ctx.get("office_of_origin")
    if not isinstance(origin, str) or not origin:
        return
    group = ctx.form.role_group("entitlements")
    for path, item in ctx.items(group.path if group else "entitlements"):
        state = item.get("state")
        if isinstance(state, str) and state and not refapi.same_party(state, origin):
            yield Hit(f"{path}.state", {"state": state, "origin": origin})


@check("designations_present")
def designations_present(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    if not any(is_present(item.get("country")) for _, item in ctx.items("designations")):
        yield Hit("designations")


@check("designation_member")
def designation_member(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    seen: set[str] = set()
    for path, item in ctx.items("designations"):
        code = item.get("country")
        if not is_present(code):
            continue
        if not refapi.is_madrid_member(code):
            yield Hit(f"{path}.country", {"code": code})
        elif isinstance(code, str) and code in seen:
            yield Hit(
                f"{path}.country",
                {"code": code},
                message=N_("{code} is designated more than once."),
            )
        seen.add(str(code))


@check("designation_not_origin")
def designation_not_origin(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    origin = ctx.get("office_of_origin")
    for path, item in ctx.items("designations"):
        if is_present(origin) and item.get("country") == origin:
            yield Hit(f"{path}.country", {"code": origin})


@check("colour_consistent")
def colour_consistent(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """A colour claim needs a reproduction in colour and names the colours.

    A reproduction in colour without a claim is allowed: the claim is optional (Common
    Regulations Rule 9(4)(a)(vii)); only a claim with a black-and-white reproduction is
    an irregularity.
    """
    claimed = ctx.get("colour.claimed") is True
    if claimed and ctx.get("mark.colour_reproduction") is not True:
        yield Hit("colour.claimed")
    if claimed and not is_present(ctx.get("colour.colours")):
        yield Hit("colour.colours", message=N_("Name the colour or colours claimed."))


@check("us_mm18")
def us_mm18(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """The MM18 declaration itself is annexed, not only a signatory's name."""
    if not any(item.get("country") == "US" for _, item in ctx.items("designations")):
        return
    if ctx.get("mm18.declared") is not True:
        yield Hit("mm18.declared")
    elif not isinstance(ctx.get("mm18.document"), dict):
        yield Hit(
            "mm18.document",
            message=N_("Attach the signed MM18 declaration; naming its signatory is not enough."),
        )


@check("basic_mark")
def basic_mark(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """At least one basic mark, each with number and date, not dated after the application."""
    items = ctx.items("basic_marks")
    if not items:
        yield Hit("basic_marks")
    filed = parse(ctx.filing_date())
    for path, item in items:
        # one finding per missing value, each saying what it asks for (the same sentence
        # on both fields was listed twice)
        if not is_present(item.get("number")):
            yield Hit(
                f"{path}.number",
                message=N_("Give the number of the basic application or registration."),
            )
        if not is_present(item.get("date")):
            yield Hit(
                f"{path}.date",
                message=N_("Give the date of the basic application or registration."),
            )
        when = parse(item.get("date"))
        if when and filed and when > filed:
            yield Hit(
                f"{path}.date",
                {"date": when.isoformat(), "filed": filed.isoformat()},
                message=N_(
                    "The basic mark's date ({date}) is after "
                    "the international application ({filed})."
                ),
            )


@check("language_allowed")
def language_allowed(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    origin, lang = ctx.get("office_of_origin"), ctx.get("language")
    if not isinstance(origin, str) or not is_present(lang):
        return
    allowed = (
        refapi.madrid_languages(origin) if refapi.is_madrid_member(origin) else ("en", "fr", "es")
    )
    if lang not in allowed:
        yield Hit("language", {"language": lang, "origin": origin, "allowed": ", ".join(allowed)})


_SPACES = re.compile(r"\s+")


def _norm(text: Any) -> str:
    return _SPACES.sub(" ", str(text)).strip().casefold()


@check("basic_consistent")
def basic_consistent(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """Mark, holder and goods/services agree with the basic mark's imported record."""
    for _, item in ctx.items("basic_marks"):
        snap = item.get("imported")
        if not isinstance(snap, dict) or not snap:
            continue
        yield from _mark_and_holder(ctx, snap)
        yield from _goods_covered(ctx, _imported_goods(snap.get("goods")))


def _mark_and_holder(ctx: RuleContext, snap: dict[str, Any]) -> Iterator[Hit]:
    mark = snap.get("mark")
    if is_present(mark) and _norm(ctx.get("mark.verbal_element", "")) != _norm(mark):
        yield Hit(
            "mark.verbal_element",
            {"basic": mark},
            message=N_("The mark must be the same as the basic mark \u201c{basic}\u201d."),
        )
    holder = snap.get("holder")
    names = [_norm(i.get("name", "")) for _, i in ctx.items("applicants")]
    if is_present(holder) and names and _norm(holder) not in names:
        yield Hit(
            "applicants[0].name",
            {"basic": holder},
            message=N_("The applicant must be the holder of the basic mark ({basic})."),
        )


def _imported_goods(raw: Any) -> dict[int, list[str]]:
    """``["9: smartwatches", ...]`` → {9: ["smartwatches", ...]}."""
    goods: dict[int, list[str]] = {}
    for entry in raw if isinstance(raw, list) else []:
        number, sep, term = str(entry).partition(":")
        if sep and number.strip().isdigit():
            goods.setdefault(int(number), []).append(_norm(term))
    return goods


def _goods_covered(ctx: RuleContext, goods: dict[int, list[str]]) -> Iterator[Hit]:
    if not goods:
        return
    shape = ctx.goods
    for path, item in ctx.items(shape.group):
        number = item.get(shape.class_key)
        if number not in goods:
            yield Hit(
                f"{path}.{shape.class_key}",
                {"class": number},
                message=N_("Class {class} is not in the basic mark."),
            )
            continue
        basic_terms = goods[number]
        terms = item.get(shape.terms_key)
        for j, term in enumerate(terms if isinstance(terms, list) else []):
            t = _norm(term)
            if t and not any(b == t or (b and b in t) for b in basic_terms):
                yield Hit(f"{path}.{shape.terms_key}[{j}]", {"term": term, "class": number})


@check("fees_total")
def fees_total(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """The declared total equals the computed fees (only when the fees can be computed)."""
    from filingassist.money import amount_param, as_decimal
    from filingassist.rules import feemap

    quote = feemap.quote_or_none(ctx.doc)
    if quote is None:
        return
    declared = as_decimal(ctx.get("payment.declared_total"))
    params = {
        "total": amount_param(quote.total, quote.currency),
        "valid_as_of": quote.valid_as_of.isoformat(),
    }
    if declared is None:
        yield Hit(
            "payment.declared_total",
            params,
            message=N_(
                "Enter the total of the fee calculation: {total} (fees valid as of {valid_as_of})."
            ),
        )
    elif declared != quote.total:
        declared_param = amount_param(declared, quote.currency)
        yield Hit("payment.declared_total", {**params, "declared": declared_param})


#: the EUIPO's languages (EUTMR Art. 146(2)): the second language is one of them
EUIPO_LANGUAGES = ("es", "de", "en", "fr", "it")


def _designates(ctx: RuleContext, code: str) -> bool:
    return any(item.get("country") == code for _, item in ctx.items("designations"))


@check("em_second_language")
def em_second_language(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """Rule 9(5)(g)(ii): designating the EU, give a second EUIPO language."""
    if not _designates(ctx, "EM"):
        return
    second, first = ctx.get("em.second_language"), ctx.get("language")
    allowed = [c for c in EUIPO_LANGUAGES if c != first]
    if not isinstance(second, str) or second not in allowed:
        yield Hit("em.second_language", {"allowed": ", ".join(allowed)})


@check("seniority_em")
def seniority_em(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """Seniority (MM17) is claimed only with the EU designated, for a member State."""
    items = ctx.items("seniorities")
    if items and not _designates(ctx, "EM"):
        yield Hit("seniorities")
        return
    for path, item in items:
        state = item.get("state")
        if isinstance(state, str) and state and not refapi.same_party(state, "EM"):
            yield Hit(
                f"{path}.state",
                {"state": state},
                message=N_("{state} is not a member State of the European Union."),
            )


def _emails(value: Any) -> str:
    return value.strip().casefold() if isinstance(value, str) else ""


@check("email_distinct")
def email_distinct(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """Each applicant gives an own e-mail, different from the other applicants' and the
    representative's (Madrid Regulations as in force from 1 February 2021)."""
    rep = _emails(ctx.get("representative.email"))
    seen: set[str] = set()
    for path, item in ctx.items("applicants"):
        mail = _emails(item.get("email"))
        if mail and (mail == rep or mail in seen):
            yield Hit(f"{path}.email", {"email": item.get("email")})
        seen.add(mail)


def _grounds(ctx: RuleContext) -> dict[int, set[str]]:
    """Applicant number (from 1) → the grounds of entitlement given for that applicant."""
    found: dict[int, set[str]] = {}
    for _, item in ctx.items("entitlements"):
        number = item.get("applicant", 1)
        if isinstance(number, int) and not isinstance(number, bool):
            found.setdefault(number, set()).add(str(item.get("basis")))
    return found


@check("entitlement_applicant")
def entitlement_applicant(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """Item 3 per applicant: every applicant is entitled; every ground names an applicant."""
    applicants = ctx.items("applicants")
    grounds = _grounds(ctx)
    for n, (path, item) in enumerate(applicants, start=1):
        if n not in grounds:
            yield Hit(path, {"name": item.get("name", ""), "n": n})
    for path, item in ctx.items("entitlements"):
        number = item.get("applicant")
        if isinstance(number, int) and not 1 <= number <= len(applicants):
            yield Hit(
                f"{path}.applicant",
                {"n": number, "count": len(applicants)},
                message=N_("There is no applicant {n}: the application names {count}."),
            )


@check("entitlement_address")
def entitlement_address(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """Item 3(b): a ground of domicile or establishment, for an applicant whose address is
    outside the Office of origin's territory, gives the address there."""
    origin = ctx.get("office_of_origin")
    if not isinstance(origin, str) or not origin:
        return
    applicants = [item for _, item in ctx.items("applicants")]
    for path, ground in ctx.items("entitlements"):
        number = ground.get("applicant", 1)
        if ground.get("basis") not in ("domicile", "establishment") or not isinstance(number, int):
            continue
        if not 1 <= number <= len(applicants) or is_present(ground.get("address")):
            continue
        applicant = applicants[number - 1]
        country = applicant.get("country")
        if isinstance(country, str) and country and not refapi.same_party(country, origin):
            yield Hit(
                f"{path}.address",
                {"name": applicant.get("name", ""), "origin": origin, "country": country},
            )


#: vague wording the International Bureau objects to (WIPO Examination Guidelines
#: concerning the classification of goods and services, section 2.5)
_VAGUE = re.compile(
    r"\b(including|such as|etc\.?|and the like|and similar|and so on)(\b|$)"
    r"|\bparts and accessories\b(?!\s*(?:,\s*)?(?:namely|i\.e\.|:))",
    re.IGNORECASE,
)


@check("vague_term")
def vague_term(ctx: RuleContext, rule: RuleDef) -> Iterator[Hit]:
    """A term with open-ended wording is not a clear and precise indication (Rule 13)."""
    shape = ctx.goods
    for path, item in ctx.items(shape.group):
        terms = item.get(shape.terms_key)
        for j, term in enumerate(terms if isinstance(terms, list) else []):
            found = _VAGUE.search(term) if isinstance(term, str) else None
            if found:
                yield Hit(
                    f"{path}.{shape.terms_key}[{j}]",
                    {"term": term, "words": found.group(0), "class": item.get(shape.class_key)},
                )
