"""Prefill an MM2 from the basic mark: read an office's ST.96 trademark record.

Offices publish records in several ST.96 dialects (the USPTO's TSDR records use an older
one: other namespaces prefixes, ``TrademarkTransaction`` wrappers, dates with time zones,
all terms of a class in one text). We therefore match elements by local name only and
take what we recognise: holder, mark, goods and services by Nice class, and the basic
registration's (or application's) number and date. What was imported is kept in the
MM2 (``basic_marks[].imported``) so the MM2-BASIC-CONSISTENT rule can compare later edits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from filingassist.errors import InputError
from filingassist.formdefs import get_form
from filingassist.model.document import ApplicationDocument
from filingassist.xmlio import safe

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass
class BasicMark:
    """What a basic-mark record says, in our terms."""

    office: str = ""
    kind: str = "registration"
    number: str = ""
    date: str = ""
    mark: str = ""
    standard_characters: bool | None = None
    holder: dict[str, Any] = field(default_factory=dict)
    goods: dict[int, list[str]] = field(default_factory=dict)


def _local(el: etree._Element) -> str:
    return str(etree.QName(el).localname) if isinstance(el.tag, str) else ""


def _children(el: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in el if _local(c) == name]


def _find(el: etree._Element, *names: str) -> etree._Element | None:
    """The first element along a path of local names (direct children at each step)."""
    node: etree._Element | None = el
    for name in names:
        if node is None:
            return None
        node = next(iter(_children(node, name)), None)
    return node


def _text(el: etree._Element | None) -> str:
    return " ".join("".join(el.itertext()).split()) if el is not None else ""


def _descendant(root: etree._Element, name: str) -> etree._Element | None:
    return next((e for e in root.iter() if _local(e) == name), None)


def read_basic_mark(path: Path) -> BasicMark:
    """Read a trademark record (any ST.96 dialect) from ``path``.

    Raises:
        InputError: unreadable or hostile XML, or no trademark in it.
    """
    root = safe.parse_file(path)
    tm = _descendant(root, "Trademark")
    if tm is None:
        raise InputError("no Trademark element in this record", str(path))
    found = BasicMark(office=_text(_find(tm, "RegistrationOfficeCode")))
    _number_and_date(tm, found)
    spec = _descendant(tm, "WordMarkSpecification")
    if spec is not None:
        found.mark = _text(_find(spec, "MarkVerbalElementText"))
        std = _text(_find(spec, "MarkStandardCharacterIndicator"))
        found.standard_characters = std == "true" if std else None
    found.holder = _holder(tm)
    found.goods = _goods(tm)
    return found


def _number_and_date(tm: etree._Element, found: BasicMark) -> None:
    reg = _text(_find(tm, "RegistrationNumber"))
    if reg:
        found.kind, found.number = "registration", reg
        found.date = _date(_text(_find(tm, "RegistrationDate")))
    else:
        found.kind = "application"
        found.number = _text(_find(tm, "ApplicationNumber", "ApplicationNumberText"))
        found.date = _date(_text(_find(tm, "ApplicationDate")))


def _date(text: str) -> str:
    match = _DATE.match(text)
    return match.group(0) if match else ""


def _holder(tm: etree._Element) -> dict[str, Any]:
    """The current holder: the applicant entry with the highest sequence number."""
    bag = _find(tm, "ApplicantBag")
    applicants = _children(bag, "Applicant") if bag is not None else []
    if not applicants:
        return {}

    def seq(el: etree._Element) -> int:
        values = [v for k, v in el.attrib.items() if k.endswith("sequenceNumber")]
        return int(values[0]) if values and values[0].isdigit() else 0

    current = max(applicants, key=seq) if any(seq(a) for a in applicants) else applicants[0]
    holder: dict[str, Any] = {"name": _text(_find(current, "Contact", "Name", "EntityName"))}
    if not holder["name"]:
        holder["name"] = _text(_descendant(current, "OrganizationStandardName")) or _text(
            _descendant(current, "PersonFullName")
        )
    addr = _descendant(current, "PostalStructuredAddress")
    if addr is not None:
        holder["address"], holder["country"] = _address(addr)
    legal = _text(_find(current, "LegalEntityName"))
    if legal:
        holder.update(legal_kind="legal_entity", legal_nature=legal.capitalize())
        state = _text(_find(current, "IncorporationCountryCode"))
        if state:
            holder["state_of_organisation"] = state
    elif _text(_find(current, "NationalityCode")):
        holder.update(
            legal_kind="natural_person", nationality=_text(_find(current, "NationalityCode"))
        )
    return {k: v for k, v in holder.items() if v}


def _address(addr: etree._Element) -> tuple[str, str]:
    lines = [_text(e) for e in _children(addr, "AddressLineText") if _text(e)]
    city, region = _text(_find(addr, "CityName")), _text(_find(addr, "GeographicRegionName"))
    postal = _text(_find(addr, "PostalCode"))
    if region:  # e.g. "REDWOOD SHORES, CALIFORNIA 94065"
        last = " ".join(t for t in (", ".join(t for t in (city, region) if t), postal) if t)
    else:  # e.g. "1204 Genève"
        last = " ".join(t for t in (postal, city) if t)
    return "\n".join([*lines, last] if last else lines), _text(_find(addr, "CountryCode"))


def _goods(tm: etree._Element) -> dict[int, list[str]]:
    goods: dict[int, list[str]] = {}
    for desc in (e for e in tm.iter() if _local(e) == "ClassDescription"):
        number = _text(_find(desc, "ClassNumber"))
        if not number.isdigit() or not 1 <= int(number) <= 45:
            continue
        for text_el in _children(desc, "GoodsServicesDescriptionText"):
            for term in _text(text_el).split(";"):
                if term.strip() and term.strip() not in goods.get(int(number), []):
                    goods.setdefault(int(number), []).append(term.strip())
    return goods


def apply_basic_mark(doc: ApplicationDocument, mark: BasicMark, source: str) -> ApplicationDocument:
    """Fill an MM2 document from ``mark`` (holder, mark, goods, basic mark, snapshot).

    The goods go where the form keeps them (its goods_services role); the other paths
    are MM2 fields, tied to the form by tests/core/test_xml_mapping.py.
    """
    data = doc.data
    shape = get_form(doc.form, doc.form_version).goods_services()
    if mark.office:
        data["office_of_origin"] = mark.office
    applicant = {k: v for k, v in mark.holder.items()}
    if applicant:
        data["applicants"] = [{**(data.get("applicants") or [{}])[0], **applicant}]
    if mark.mark:
        data.setdefault("mark", {})["verbal_element"] = mark.mark
    if mark.standard_characters is not None:
        data.setdefault("mark", {})["standard_characters"] = mark.standard_characters
    if mark.goods and shape is not None:
        data[shape.group] = [
            {shape.class_key: n, shape.terms_key: terms} for n, terms in sorted(mark.goods.items())
        ]
    snapshot = {
        "source": source,
        "mark": mark.mark,
        "holder": mark.holder.get("name", ""),
        "goods": [f"{n}: {t}" for n, terms in sorted(mark.goods.items()) for t in terms],
    }
    data["basic_marks"] = [
        {
            "kind": mark.kind,
            "number": mark.number,
            "date": mark.date,
            "imported": {k: v for k, v in snapshot.items() if v},
        }
    ]
    return doc
