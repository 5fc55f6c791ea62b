"""Merge imported terms into a document's goods and services (the form's class group)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from filingassist.errors import InputError
from filingassist.formdefs import GoodsShape
from filingassist.tabular.terms import TermRow


def merge_terms(data: dict[str, Any], rows: Iterable[TermRow], shape: GoodsShape) -> int:
    """Add ``rows`` to the goods and services of ``data`` in place; returns how many were new.

    ``shape`` (``FormDef.goods_services()``) says where the form keeps classes and terms.

    Existing classes and terms keep their order; a class not yet listed is appended;
    a term already listed in its class (exactly) is skipped, so importing twice is
    harmless. The blank class a new draft starts with is filled rather than left empty.
    """
    classes = data.get(shape.group)
    if classes is None:
        classes = data[shape.group] = []
    if not isinstance(classes, list):
        raise InputError("the draft's classes are not a list", where=f"$.{shape.group}")
    by_number: dict[int, list[Any]] = {}
    for item in classes:
        number = item.get(shape.class_key) if isinstance(item, dict) else None
        if isinstance(number, int) and number not in by_number:
            terms = item.get(shape.terms_key)
            if not isinstance(terms, list):
                terms = item[shape.terms_key] = []
            by_number[number] = terms
    added = 0
    for number, term, _where in rows:
        terms = by_number.get(number)
        if terms is None:
            terms = by_number[number] = []
            _new_class(classes, {shape.class_key: number, shape.terms_key: terms})
        if term not in terms:
            terms.append(term)
            added += 1
    return added


def _new_class(classes: list[Any], new: dict[str, Any]) -> None:
    for item in classes:
        if isinstance(item, dict) and not any(_filled(v) for v in item.values()):
            item.clear()
            item.update(new)
            return
    classes.append(new)


def _filled(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        return any(_filled(v) for v in value)
    return value is not None
