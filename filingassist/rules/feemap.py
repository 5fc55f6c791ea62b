"""Map an application document to the fee functions' parameters and get a quote.

The fee functions (``filingassist.refdata.fees``) take explicit parameters; this module
is the one place that knows which fields of each form feed them.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import json
from collections.abc import Callable, Iterator
from typing import Any

from filingassist import refdata
from filingassist.errors import UsageError
from filingassist.formdefs import FormDef, get_form
from filingassist.model.document import ApplicationDocument, get_path
from filingassist.refdata import fees
from filingassist.refdata.fees import Quote

#: the Office whose table gives the free sheets when the receiving Office is not tabled
#: (the international filing fee and its sheet allowance are the IB's: Schedule of Fees item 1)
FEE_TABLE_FALLBACK = "IB"


#: Quotes already made in the batch under way (``batch_memo``), by what decides them.
_MEMO: contextvars.ContextVar[dict[str, Quote] | None] = contextvars.ContextVar(
    "feemap_memo", default=None
)
_MEMO_SIZE = 1024


@contextlib.contextmanager
def batch_memo() -> Iterator[None]:
    """Within the block, a quote asked again for the same parameters and day is the one
    already made: packing or importing a row asks for it three or four times (the fee
    check, the to-be-confirmed check, the manifest). Scoped to one batch, so reference
    data installed afterwards is always used."""
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def quote(doc: ApplicationDocument) -> Quote:
    """The itemised fee quote for ``doc``.

    Raises:
        UsageError: the document lacks what the fees depend on, or the office is not in
            the fee tables (the message says which).
    """
    form = get_form(doc.form, doc.form_version)
    on = filing_date(doc.data, form)
    if doc.kind == "madrid":
        return _quoted(fees.madrid_quote, madrid_params(doc.data, form), on)
    if doc.kind == "trademark":
        return _quoted(fees.national_tm_quote, trademark_params(doc.data, form), on)
    if doc.kind == "patent":
        return _quoted(fees.pct_quote, pct_params(doc.data, form), on)
    raise UsageError(f"no fee schedule for {doc.kind} applications")


def _quoted(
    fee_function: Callable[..., Quote], params: dict[str, Any], on: dt.date | None
) -> Quote:
    memo = _MEMO.get()
    if memo is None:
        return fee_function(**params, on=on)
    day = on or dt.date.today()
    key = json.dumps([fee_function.__name__, params, day.isoformat()], sort_keys=True, default=str)
    found = memo.get(key)
    if found is None:
        found = fee_function(**params, on=on)
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        memo[key] = found
    return found


def filing_date(data: dict[str, Any], form: FormDef) -> dt.date | None:
    """The intended filing date of the application (None: the quote is for today).

    Fees are those in effect on the day the Office receives the application, so a quote
    for a draft dated next month uses next month's tables where a pack already carries them.
    The date is the form's field with the role ``filing_date`` (the MM2's item 13 date of
    receipt by the Office of origin, the PCT request's filing date).
    """
    field = form.role_field("filing_date")
    value = get_path(data, field.path) if field is not None else None
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def quote_or_none(doc: ApplicationDocument) -> Quote | None:
    """The quote, or None when it cannot be computed yet (incomplete document, unknown fee)."""
    try:
        result = quote(doc)
    except (UsageError, TypeError, ValueError, KeyError):
        return None
    return None if result.incomplete else result


def _classes(data: dict[str, Any], form: FormDef) -> list[int]:
    shape = form.goods_services()
    if shape is None:
        raise UsageError(f"{form.key} lists no goods and services")
    items = get_path(data, shape.group) or []
    numbers = [c.get(shape.class_key) for c in items if isinstance(c, dict)]
    whole = [n for n in numbers if isinstance(n, int) and not isinstance(n, bool)]
    if not whole or len(whole) != len(numbers):
        raise UsageError("the Nice classes are incomplete")
    return list(dict.fromkeys(whole))


def madrid_params(data: dict[str, Any], form: FormDef) -> dict[str, Any]:
    origin = data.get("office_of_origin")
    if not isinstance(origin, str) or not origin:
        raise UsageError("the Office of origin is missing")
    designations = [d.get("country") for d in data.get("designations") or [] if isinstance(d, dict)]
    if not designations or not all(isinstance(d, str) and d for d in designations):
        raise UsageError("the designations are incomplete")
    limited = _limited_classes(data, form)
    mark = data.get("mark") or {}
    kind = (data.get("misc") or {}).get("mark_type")
    return {
        "origin": origin,
        "mark_kind": kind if kind in fees.MARK_KINDS else "individual",
        "colour": mark.get("colour_reproduction") is True,
        "classes": _classes(data, form),
        "designations": designations,
        "classes_by_designation": limited or None,
    }


def _limited_classes(data: dict[str, Any], form: FormDef) -> dict[str, list[int]]:
    """Designated party → the classes its limitation keeps (from the limitations role)."""
    group = form.role_group("limitations")
    if group is None:
        return {}
    party = form.key_with_role(group.path, "designation") or ""
    number = form.key_with_role(group.path, "nice_class") or ""
    limited: dict[str, list[int]] = {}
    for lim in get_path(data, group.path) or []:
        if isinstance(lim, dict) and isinstance(lim.get(party), str):
            limited.setdefault(lim[party], []).append(int(lim.get(number, 0)))
    return limited


def trademark_params(data: dict[str, Any], form: FormDef) -> dict[str, Any]:
    office = data.get("office")
    if not isinstance(office, str) or not office:
        raise UsageError("the office of filing is missing")
    return {"office": office, "classes": _classes(data, form)}


def pct_params(data: dict[str, Any], form: FormDef) -> dict[str, Any]:
    if not form.is_pct(data):
        raise UsageError(
            "fees of national patent applications are not tabled; see the office's schedule"
        )
    ro, isa = data.get("receiving_office"), data.get("isa")
    if not isinstance(ro, str) or not isinstance(isa, str):
        raise UsageError("the receiving Office or the International Searching Authority is missing")
    sheets = sheet_total(form, data)
    return {
        "receiving_office": ro,
        "isa": isa,
        "sheets": sheets,
        "efiling": (data.get("fees") or {}).get("efiling_format", "none"),
        "applicants_eligible_for_reduction": _eligible(
            data.get("applicants") or [], filing_date(data, form)
        ),
        "reduction_doubts": fees.ldc_doubts(
            _states(data.get("applicants") or []), filing_date(data, form)
        ),
    }


def sheet_total(form: FormDef, data: dict[str, Any]) -> int:
    """Sheets of the request and of each part (box IX) that are given."""
    counts = (get_path(data, f.path) for f in form.sheet_fields())
    return sum(c for c in counts if isinstance(c, int) and not isinstance(c, bool))


def free_sheets(receiving_office: str) -> int:
    """Sheets covered by the international filing fee, from the fee table of the RO."""
    table = refdata.pct_fees().offices
    office = table.get(receiving_office) or table[FEE_TABLE_FALLBACK]
    return int(office.free_sheets)


def _states(applicants: list[Any]) -> list[str]:
    """Every nationality and residence of the applicants (for the LDC doubts)."""
    people = [a for a in applicants if isinstance(a, dict)]
    return [str(a.get(k)) for a in people for k in ("nationality", "residence")]


def _eligible(applicants: list[Any], on: dt.date | None = None) -> bool:
    """Every applicant qualifies under Schedule of Fees item 5 (5(a) or 5(b))."""
    people = [a for a in applicants if isinstance(a, dict)]
    return bool(people) and all(
        fees.pct_reduction_eligible(
            str(a.get("nationality")),
            str(a.get("residence")),
            natural_person=a.get("natural_person") is True,
            on=on,
        )
        for a in people
    )
