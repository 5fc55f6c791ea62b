"""Validation never crashes on half-typed or wrongly typed values (it runs on every keystroke)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from filingassist.formdefs import form_for_kind
from filingassist.model.document import set_path
from filingassist.model.jsonio import read_file
from filingassist.rules import validate_document

ROOT = Path(__file__).resolve().parents[2]
ODD: list[Any] = [None, "", 0, -1, True, [], {}, "x" * 300, ["a", 1], {"sha256": 1}, 3.5]


@pytest.mark.parametrize("kind", ["trademark", "madrid", "patent"])
def test_odd_values_in_every_field_give_findings_not_crashes(kind: str) -> None:
    form = form_for_kind(kind)
    base = read_file(ROOT / "examples" / f"{kind}.json").document
    checked = 0
    for f in form.fields:
        path = f"{f.group}[0].{f.key}" if f.group else f.path
        for value in ODD:
            doc = base.copy()
            try:
                set_path(doc.data, path, value)
            except (TypeError, IndexError, AttributeError):
                continue  # the group item itself is not an object in this example
            found = validate_document(doc)
            assert all(f.code and f.path for f in found)
            checked += 1
    assert checked > 100


@pytest.mark.parametrize("kind", ["trademark", "madrid", "patent"])
@pytest.mark.parametrize("value", ODD, ids=repr)
def test_odd_values_for_whole_groups(kind: str, value: Any) -> None:
    form = form_for_kind(kind)
    doc = read_file(ROOT / "examples" / f"{kind}.json").document
    for g in form.groups:
        doc.data[g.path.split(".")[0]] = value
    assert isinstance(validate_document(doc), list)
