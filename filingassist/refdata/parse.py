"""Turn a data set's JSON into the typed model, rejecting anything malformed.

The same parser checks the shipped files and every data set inside an imported pack, so
a pack cannot install a table the app would later choke on. Errors name the JSON path.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from filingassist.errors import InputError
from filingassist.refdata import model as m

T = TypeVar("T")
_VERSION_RE = re.compile(r"^\d{1,6}(\.\d{1,6}){0,3}$")
_CODE_RE = re.compile(r"^[A-Z]{2}$")
_STRUCTURES = ("per_class", "flat", "tiered", "fixed_up_to")
_STATUSES = (m.CONFIRMED, m.TO_BE_CONFIRMED)
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


class _Node:
    """A JSON object plus its path, so every error says where it is."""

    def __init__(self, value: Any, where: str) -> None:
        if not isinstance(value, dict):
            raise InputError("expected a JSON object", where)
        self.value: dict[str, Any] = value
        self.where = where

    def get(self, key: str, kind: type[T], default: T | None = None, required: bool = True) -> T:
        if key not in self.value:
            if required:
                raise InputError(f"missing key {key!r}", self.where)
            return default  # type: ignore[return-value]
        val = self.value[key]
        if kind is int and isinstance(val, bool):
            raise InputError("expected an integer", f"{self.where}.{key}")
        if not isinstance(val, kind):
            raise InputError(f"expected {kind.__name__}", f"{self.where}.{key}")
        return val

    def opt(self, key: str, kind: type[T]) -> T | None:
        val = self.value.get(key)
        if val is None:
            return None
        return self.get(key, kind)

    def child(self, key: str) -> _Node:
        return _Node(self.get(key, dict), f"{self.where}.{key}")

    def items(self, key: str) -> list[_Node]:
        return [_Node(v, f"{self.where}.{key}[{i}]") for i, v in enumerate(self.get(key, list))]

    def money(self, key: str) -> Decimal:
        return parse_money(self.get(key, str), f"{self.where}.{key}")

    def code(self, key: str) -> str:
        return parse_code(self.get(key, str), f"{self.where}.{key}")

    def strings(self, key: str) -> tuple[str, ...]:
        values = self.get(key, list, default=[], required=False)
        if not all(isinstance(v, str) for v in values):
            raise InputError("expected a list of strings", f"{self.where}.{key}")
        return tuple(values)


def parse_money(text: str, where: str) -> Decimal:
    """Amounts are decimal strings (never floats) so 0.1 CHF stays exact."""
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise InputError(f"not a decimal amount: {text!r}", where) from None
    if not value.is_finite() or value < 0 or value > Decimal(10_000_000):
        raise InputError(f"amount out of range: {text!r}", where)
    return value


def parse_code(text: str, where: str) -> str:
    if not _CODE_RE.match(text):
        raise InputError(f"not a two-letter code: {text!r}", where)
    return text


def parse_date(text: str, where: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(f"not an ISO date: {text!r}", where) from None


def version_key(version: str) -> tuple[int, ...]:
    """Versions are dotted integers ("2025.1"); compare them numerically."""
    if not _VERSION_RE.match(version):
        raise InputError(f"not a dotted-integer version: {version!r}")
    return tuple(int(p) for p in version.split("."))


def _opt_date(node: _Node, key: str) -> date | None:
    text = node.opt(key, str)
    return parse_date(text, f"{node.where}.{key}") if text else None


def _sources(root: _Node) -> tuple[m.Source, ...]:
    """The ``sources`` list: ``{id, title, url, read}`` objects figures refer to by id."""
    if "sources" not in root.value:
        return ()
    found = []
    for node in root.items("sources"):
        ref = node.get("id", str)
        if not _ID_RE.match(ref):
            raise InputError(f"not a source id: {ref!r}", f"{node.where}.id")
        found.append(
            m.Source(ref, node.get("title", str), node.get("url", str), _opt_date(node, "read"))
        )
    _unique(found, lambda s: s.id, f"{root.where}.sources")
    return tuple(found)


def parse_info(root: _Node, expected: str, origin: str) -> m.DatasetInfo:
    name = root.get("dataset", str)
    if name != expected:
        raise InputError(f"dataset is {name!r}, expected {expected!r}", f"{root.where}.dataset")
    version = root.get("version", str)
    try:
        version_key(version)
    except InputError as exc:
        raise InputError(str(exc), f"{root.where}.version") from None
    sources = _sources(root)
    source = root.value.get("source", [s.cite() for s in sources])
    if isinstance(source, str):
        source = [source]
    if not isinstance(source, list) or not source or not all(isinstance(s, str) for s in source):
        raise InputError("expected a non-empty source (string or list)", f"{root.where}.source")
    info = m.DatasetInfo(
        name=name,
        version=version,
        valid_as_of=parse_date(root.get("valid_as_of", str), f"{root.where}.valid_as_of"),
        source=tuple(source),
        edition=root.opt("edition", str),
        origin=origin,
        effective_from=_opt_date(root, "effective_from"),
        review_by=_opt_date(root, "review_by"),
        sources=sources,
    )
    if info.review_by is not None and info.review_by < info.valid_as_of:
        raise InputError("review_by is before valid_as_of", f"{root.where}.review_by")
    return info


def _source_ref(node: _Node, info: m.DatasetInfo) -> str:
    """A figure's ``source``: an id from the data set's ``sources`` (checked), or ""."""
    ref = node.get("source", str, default="", required=False)
    if ref and info.sources and info.source_by_id(ref) is None:
        raise InputError(f"unknown source id {ref!r}", f"{node.where}.source")
    return ref


def _status(node: _Node) -> tuple[str, str]:
    """``status`` and ``reason`` of a figure; the older ``uncertain`` keys still count."""
    status = node.get("status", str, default=m.CONFIRMED, required=False)
    if status not in _STATUSES:
        raise InputError(f"status must be one of {_STATUSES}", f"{node.where}.status")
    legacy = node.get("uncertain", bool, default=False, required=False) or bool(
        node.strings("uncertain_fields")
    )
    if legacy:
        status = m.TO_BE_CONFIRMED
    reason = node.get("reason", str, default="", required=False)
    if status == m.TO_BE_CONFIRMED and not reason:
        reason = "; ".join(node.strings("uncertain_fields")) or "not checked against the source"
    return status, reason


def _unique(items: list[T], key: Callable[[T], str], where: str) -> dict[str, T]:
    out: dict[str, T] = {}
    for item in items:
        k = key(item)
        if k in out:
            raise InputError(f"duplicate entry {k!r}", where)
        out[k] = item
    return out


def parse_countries(root: _Node, origin: str) -> m.Countries:
    info = parse_info(root, "countries", origin)
    entries = []
    for node in root.items("entries"):
        kind = node.get("kind", str)
        if kind not in ("country", "organization"):
            raise InputError(f"unknown kind {kind!r}", f"{node.where}.kind")
        names = _local_names(node, info)
        status, reason = (m.CONFIRMED, "")
        if "names" in node.value:
            status, reason = _status(node.child("names"))
        code, name = node.code("code"), node.get("name", str)
        entries.append(m.Country(code, name, kind, names, status, reason))
    excluded: set[str] = set()
    for node in root.items("excluded_codes") if "excluded_codes" in root.value else []:
        excluded.update(parse_code(c, node.where) for c in node.strings("codes"))
    by_code = _unique(entries, lambda c: c.code, f"{root.where}.entries")
    return m.Countries(info, tuple(entries), by_code, frozenset(excluded))


#: The languages a name may be given in, besides the English ``name``.
NAME_LANGUAGES = ("ar", "es", "fr", "ru", "zh")


def _local_names(node: _Node, info: m.DatasetInfo) -> dict[str, m.LocalName]:
    """``names``: {"zh": {"name": …, "source": id}, …, "status", "reason"}."""
    if "names" not in node.value:
        return {}
    names = node.child("names")
    out = {}
    for lang in NAME_LANGUAGES:
        if lang in names.value:
            entry = names.child(lang)
            source = _source_ref(entry, info)
            if not source:
                raise InputError("a name needs its source", entry.where)
            out[lang] = m.LocalName(entry.get("name", str), source)
    unknown = set(names.value) - {*NAME_LANGUAGES, "status", "reason"}
    if unknown:
        raise InputError(f"unknown name language(s) {sorted(unknown)}", names.where)
    return out


def parse_nice(root: _Node, origin: str) -> m.Nice:
    info = parse_info(root, "nice", origin)
    classes = []
    for node in root.items("entries"):
        number = node.get("number", int)
        kind = node.get("kind", str)
        if not 1 <= number <= 45 or kind != ("goods" if number <= 34 else "services"):
            raise InputError(f"class {number} with kind {kind!r} is not a Nice class", node.where)
        classes.append(m.NiceClass(number, kind, node.get("heading", str), node.get("short", str)))
    if sorted(c.number for c in classes) != list(range(1, 46)):
        raise InputError("expected each of the 45 classes exactly once", f"{root.where}.entries")
    return m.Nice(info, tuple(sorted(classes, key=lambda c: c.number)))


def _member(node: _Node) -> m.MadridMember:
    accession = node.opt("accession", str)
    languages = node.opt("languages", list)
    if languages is not None and not set(languages) <= {"en", "fr", "es"}:
        raise InputError("Madrid languages are en, fr, es", f"{node.where}.languages")
    return m.MadridMember(
        code=node.code("code"),
        name=node.get("name", str),
        accession=parse_date(accession, f"{node.where}.accession") if accession else None,
        individual_fee=node.get("individual_fee", bool),
        ldc=node.get("ldc", bool),
        languages=tuple(languages) if languages is not None else None,
        uncertain=node.strings("uncertain"),
        note=node.get("note", str, default="", required=False),
    )


def _ldc_entries(root: _Node, info: m.DatasetInfo) -> dict[str, m.LdcEntry]:
    """``ldc_states``: codes, or ``{code, until, status, reason, source}`` objects."""
    found = []
    raw = root.get("ldc_states", list)
    for i, item in enumerate(raw):
        where = f"{root.where}.ldc_states[{i}]"
        if isinstance(item, str):
            found.append(m.LdcEntry(parse_code(item, where)))
            continue
        node = _Node(item, where)
        status, reason = _status(node)
        found.append(
            m.LdcEntry(
                node.code("code"), _opt_date(node, "until"), status, reason, _source_ref(node, info)
            )
        )
    return _unique(found, lambda e: e.code, f"{root.where}.ldc_states")


def parse_regional_offices(root: _Node, origin: str) -> m.RegionalOffices:
    """``offices``: ``{office, name, members[], source, status, reason}``."""
    info = parse_info(root, "regional_offices", origin)
    found = []
    for node in root.items("offices"):
        status, reason = _status(node)
        members = frozenset(parse_code(c, f"{node.where}.members") for c in node.strings("members"))
        if not members:
            raise InputError("a regional Office needs member States", f"{node.where}.members")
        found.append(
            m.RegionalOffice(
                node.code("office"),
                node.get("name", str),
                members,
                _source_ref(node, info),
                status,
                reason,
            )
        )
    return m.RegionalOffices(info, _unique(found, lambda o: o.office, f"{root.where}.offices"))


def parse_madrid_members(root: _Node, origin: str) -> m.MadridMembers:
    info = parse_info(root, "madrid_members", origin)
    entries = [_member(node) for node in root.items("entries")]
    by_code = _unique(entries, lambda e: e.code, f"{root.where}.entries")
    ldc = _ldc_entries(root, info)
    return m.MadridMembers(info, tuple(entries), by_code, frozenset(ldc), ldc)


def parse_structure(node: _Node) -> m.ClassFeeStructure:
    """Read a class-based fee structure (shared by Madrid individual and national fees)."""
    kind = node.get("structure", str)
    if kind == "per_class":
        return m.ClassFeeStructure(kind, additional=node.money("per_class"))
    if kind == "flat":
        return m.ClassFeeStructure(kind, (node.money("amount"),))
    if kind == "tiered":
        amounts = tuple(parse_money(a, f"{node.where}.amounts") for a in node.strings("amounts"))
        return m.ClassFeeStructure(kind, amounts, node.money("additional"))
    if kind == "fixed_up_to":
        covered = node.get("classes", int)
        if covered < 1:
            raise InputError("classes must be at least 1", f"{node.where}.classes")
        return m.ClassFeeStructure(kind, (node.money("amount"),), node.money("additional"), covered)
    raise InputError(f"unknown structure {kind!r}, expected one of {_STRUCTURES}", node.where)


_VARIANTS = ("collective", "certification")


def _individual_fee(node: _Node, info: m.DatasetInfo) -> m.IndividualFee:
    """One individual-fee entry; a "to be confirmed" entry may carry no amount at all."""
    status, reason = _status(node)
    structure = parse_structure(node) if node.value.get("structure") is not None else None
    if structure is None and status != m.TO_BE_CONFIRMED:
        raise InputError("an entry without amounts must be to_be_confirmed", node.where)
    key = "effective_from" if "effective_from" in node.value else "as_of"
    variants = {}
    if "variants" in node.value:
        child = node.child("variants")
        for kind in child.value:
            if kind not in _VARIANTS:
                raise InputError(f"variant must be one of {_VARIANTS}", f"{child.where}.{kind}")
            variants[kind] = parse_structure(child.child(kind))
    second = node.child("second_part") if node.value.get("second_part") is not None else None
    return m.IndividualFee(
        party=node.code("party"),
        structure=structure,
        effective_from=parse_date(node.get(key, str), f"{node.where}.{key}"),
        status=status,
        reason=reason,
        source=_source_ref(node, info),
        second_part=parse_structure(second) if second else None,
        variants=variants,
    )


def _history(
    nodes: list[_Node], info: m.DatasetInfo, where: str
) -> dict[str, tuple[m.IndividualFee, ...]]:
    by_party: dict[str, list[m.IndividualFee]] = {}
    for node in nodes:
        entry = _individual_fee(node, info)
        by_party.setdefault(entry.party, []).append(entry)
    out = {}
    for party, entries in by_party.items():
        days = [e.effective_from for e in entries]
        if len(set(days)) != len(days):
            raise InputError(f"duplicate entry {party!r} for one effective date", where)
        out[party] = tuple(sorted(entries, key=lambda e: e.effective_from))
    return out


def parse_fees_madrid(root: _Node, origin: str) -> m.MadridFees:
    info = parse_info(root, "fees_madrid", origin)
    basic = root.child("basic_fee")
    supp = root.child("supplementary_fee")
    history = _history(root.items("individual_fees"), info, f"{root.where}.individual_fees")
    percent = root.money("ldc_basic_fee_percent")
    if percent > 100:
        raise InputError("a percentage cannot exceed 100", f"{root.where}.ldc_basic_fee_percent")
    return m.MadridFees(
        info=info,
        currency=root.get("currency", str),
        basic_black_and_white=basic.money("black_and_white"),
        basic_colour=basic.money("colour"),
        supplementary_per_class=supp.money("per_class"),
        supplementary_free_classes=supp.get("free_classes", int),
        complementary_per_party=root.child("complementary_fee").money("per_party"),
        ldc_basic_fee_percent=percent,
        history=history,
        ldc_round_to_whole=root.get("ldc_rounding", str, default="whole", required=False)
        == "whole",
    )


def _money_map(node: _Node, key: str, keys_are_codes: bool = False) -> dict[str, Decimal]:
    child = node.child(key)
    out = {}
    for k in child.value:
        if keys_are_codes:
            parse_code(k, f"{child.where}.{k}")
        out[k] = child.money(k)
    return out


EFILING_KINDS = ("none", "pdf", "request_xml", "full_xml")


def _pct_office(node: _Node, info: m.DatasetInfo) -> m.PctOffice:
    reductions = _money_map(node, "efiling_reductions")
    if set(reductions) != set(EFILING_KINDS):
        raise InputError(f"expected reductions for {EFILING_KINDS}", f"{node.where}")
    return m.PctOffice(
        office=node.code("office"),
        currency=node.get("currency", str),
        transmittal_fee=node.money("transmittal_fee"),
        transmittal_waived_for_eligible=node.get("transmittal_waived_for_eligible", bool),
        international_filing_fee=node.money("international_filing_fee"),
        free_sheets=node.get("free_sheets", int),
        per_sheet=node.money("per_sheet"),
        efiling_reductions=reductions,
        search_fees=_money_map(node, "search_fees", keys_are_codes=True),
        uncertain=node.strings("uncertain_fields"),
        source=_source_ref(node, info),
        reasons=_reasons(node),
    )


def _reasons(node: _Node) -> dict[str, str]:
    """``reasons``: why each "to be confirmed" field could not be confirmed."""
    if "reasons" not in node.value:
        return {}
    child = node.child("reasons")
    return {k: child.get(k, str) for k in child.value}


def parse_fees_pct(root: _Node, origin: str) -> m.PctFees:
    info = parse_info(root, "fees_pct", origin)
    elig = root.child("reduction_eligibility")
    status, reason = _status(elig)
    offices = [_pct_office(node, info) for node in root.items("receiving_offices")]
    return m.PctFees(
        info=info,
        natural_person_reduction_percent=root.money("natural_person_reduction_percent"),
        eligible_states=frozenset(parse_code(c, elig.where) for c in elig.strings("states")),
        eligibility_criteria=elig.get("criteria", str),
        offices=_unique(offices, lambda o: o.office, f"{root.where}.receiving_offices"),
        ldc_any_applicant=elig.get("ldc_any_applicant", bool, default=True, required=False),
        eligible_states_status=status,
        eligible_states_reason=reason,
    )


def _national_office(node: _Node) -> m.NationalOffice:
    surcharges = [
        m.Surcharge(s.get("code", str), s.get("label", str), s.money("per_class"))
        for s in node.items("surcharges")
    ]
    return m.NationalOffice(
        office=node.code("office"),
        name=node.get("name", str),
        currency=node.get("currency", str),
        schedule=parse_structure(node.child("schedule")),
        surcharges=_unique(surcharges, lambda s: s.code, f"{node.where}.surcharges"),
        reference_max_chars=node.opt("reference_max_chars", int),
    )


def _image_rule(node: _Node) -> m.MarkImageRule:
    return m.MarkImageRule(
        office=node.code("office"),
        mark_type=node.get("mark_type", str),
        formats=node.strings("formats"),
        max_bytes=node.opt("max_bytes", int),
        min_px=node.opt("min_px", int),
        max_px=node.opt("max_px", int),
        min_dpi=node.opt("min_dpi", int),
        max_dpi=node.opt("max_dpi", int),
        px_recommended_only=node.get("px_recommended_only", bool, default=False, required=False),
        max_line_chars=node.opt("max_line_chars", int),
    )


def parse_fees_national_tm(root: _Node, origin: str) -> m.NationalTmFees:
    info = parse_info(root, "fees_national_tm", origin)
    offices = [_national_office(node) for node in root.items("offices")]
    rules = tuple(_image_rule(node) for node in root.items("mark_images"))
    return m.NationalTmFees(
        info, _unique(offices, lambda o: o.office, f"{root.where}.offices"), rules
    )


PARSERS: Mapping[str, Callable[[_Node, str], Any]] = {
    "countries": parse_countries,
    "nice": parse_nice,
    "madrid_members": parse_madrid_members,
    "fees_madrid": parse_fees_madrid,
    "fees_pct": parse_fees_pct,
    "fees_national_tm": parse_fees_national_tm,
    "regional_offices": parse_regional_offices,
}


def parse_dataset(name: str, raw: bytes, where: str, origin: str = "shipped") -> Any:
    """Parse and check one data set's JSON bytes; ``where`` names the file for errors."""
    if name not in PARSERS:
        raise InputError(f"unknown data set {name!r}", where)
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise InputError(f"not UTF-8 JSON ({type(exc).__name__})", where) from None
    return PARSERS[name](_Node(doc, where), origin)
