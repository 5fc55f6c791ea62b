"""Broken applications yield exactly the expected findings; the examples validate clean."""

from __future__ import annotations

import copy
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from filingassist.formdefs import all_forms
from filingassist.model.document import ApplicationDocument, get_path, set_path, split_path
from filingassist.model.jsonio import read_file
from filingassist.rules import validate_document
from filingassist.rules.ruledefs import all_rules
from tests.core.rules_cases import BLOBS, CASES, Op

ROOT = Path(__file__).resolve().parents[2]
BROKEN = ROOT / "tests" / "data" / "broken"


def example(kind: str) -> ApplicationDocument:
    return read_file(ROOT / "examples" / f"{kind}.json").document


def apply(data: dict[str, Any], ops: list[Op]) -> None:
    for op in ops:
        if op[0] == "set":
            set_path(data, op[1], copy.deepcopy(op[2]))
        elif op[0] == "append":
            get_path(data, op[1]).append(copy.deepcopy(op[2]))
        elif op[0] == "del":
            _delete(data, op[1])
        else:
            raise AssertionError(op)


def _delete(data: dict[str, Any], path: str) -> None:
    cut = max(path.rfind("."), path.rfind("["))
    parent = get_path(data, path[:cut]) if cut > 0 else data
    last = split_path(path)[-1]
    del parent[last]


#: Reference-data warnings depend on the shipped tables, not on the form; their own tests
#: (tests/core/test_refdata_effective.py) cover them.
REFDATA = ("REFDATA-",)


def form_findings(doc: ApplicationDocument, **kw: Any) -> list[Any]:
    """The findings of the form's own rules (reference-data warnings left out)."""
    return [f for f in validate_document(doc, **kw) if not f.code.startswith(REFDATA)]


def findings(doc: ApplicationDocument) -> set[tuple[str, str]]:
    return {(f.code, f.path) for f in form_findings(doc, blobs=BLOBS.get)}


@pytest.mark.parametrize("kind", ["trademark", "madrid", "patent"])
def test_examples_validate_clean(kind: str) -> None:
    found = form_findings(example(kind))
    assert [(f.code, f.path, f.text()) for f in found] == []


@pytest.mark.parametrize(("name", "kind", "ops", "expected"), CASES, ids=[c[0] for c in CASES])
def test_broken_application(
    name: str, kind: str, ops: list[Op], expected: set[tuple[str, str]]
) -> None:
    doc = example(kind)
    apply(doc.data, ops)
    assert findings(doc) == expected


def test_every_rule_has_three_broken_cases() -> None:
    counted = Counter(code for *_, expected in CASES for code in {c for c, _ in expected})
    listed = {code for form in all_forms() for code in form.rules}
    # term checks need an installed term list: test_rules_terms covers them
    thin = {
        code: counted[code] for code in listed if counted[code] < 3 and "TERM-UNKNOWN" not in code
    }
    assert thin == {}


def test_every_listed_rule_is_declared() -> None:
    declared = all_rules()
    for form in all_forms():
        assert [c for c in form.rules if c not in declared] == [], form.id


def test_valid_sequence_listing_passes() -> None:
    doc = example("patent")
    doc.data["body"]["sequence_listing"] = {
        "sha256": "d" * 64,
        "name": "seq.xml",
        "media_type": "application/xml",
        "size": 60,
    }
    assert findings(doc) == set()


def test_basic_mark_snapshot_that_matches_is_clean() -> None:
    from tests.core.rules_cases import IMPORTED

    doc = example("madrid")
    doc.data["basic_marks"][0]["imported"] = IMPORTED
    assert findings(doc) == set()


def test_findings_sorted_errors_first_and_numeric_paths() -> None:
    doc = example("patent")
    doc.data["body"]["abstract"] = "Too short."
    doc.data["claims"] = [{"number": n, "text": "x"} for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12)]
    doc.data["reference"] = "X" * 30
    found = form_findings(doc)
    assert [f.severity.value for f in found] == ["error", "error", "warning"]
    assert [f.path for f in found][:2] == ["claims[10].number", "reference"]


@pytest.mark.parametrize("path", sorted(BROKEN.glob("*.json")), ids=lambda p: p.name)
def test_broken_files(path: Path) -> None:
    """Files in tests/data/broken/ name their expected codes in ``source.expected``."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    doc = read_file(path).document
    assert {f.code for f in form_findings(doc)} == set(raw["source"]["expected"])


def test_sheet_fee_information_names_the_amount_at_a_tabled_ro() -> None:
    doc = example("patent")
    doc.data["receiving_office"] = "IB"
    doc.data["checklist"]["description_sheets"] = 30  # 4 + 30 + 2 + 1 + 3 = 40 sheets
    (info,) = form_findings(doc)
    assert (info.code, info.severity.value) == ("PCT-SHEETS", "info")
    assert info.text() == (
        "40 sheets: the fee per sheet is due for the 10 sheets beyond 30 (150.00\u00a0CHF)."
    )
