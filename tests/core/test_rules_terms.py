"""Term checks against the installed Nice term list (imported from shared/ per test)."""

from __future__ import annotations

from pathlib import Path

import pytest

from filingassist.model.document import ApplicationDocument
from filingassist.model.jsonio import read_file
from filingassist.refdata.nice_terms import import_terms
from filingassist.rules import validate_document as validate_all

ROOT = Path(__file__).resolve().parents[2]


def validate_document(doc: ApplicationDocument) -> list:
    """Findings without the reference-data warnings (test_refdata_effective.py covers
    them: the madrid example designates parties whose fees are still to be confirmed)."""
    return [f for f in validate_all(doc) if not f.code.startswith("REFDATA-")]


@pytest.fixture
def nice_list(shared_dir: Path) -> None:
    import_terms(shared_dir / "refdata" / "nice" / "alphabetical_list.csv")


def example(kind: str) -> ApplicationDocument:
    return read_file(ROOT / "examples" / f"{kind}.json").document


@pytest.mark.parametrize("kind", ["trademark", "madrid"])
def test_examples_clean_with_term_list(nice_list: None, kind: str) -> None:
    assert validate_document(example(kind)) == []


CASES = [
    ("madrid", 0, "smartwach", "MM2-TERM-UNKNOWN", "smartwatches"),
    ("madrid", 1, "time pieces of wonder", "MM2-TERM-UNKNOWN", None),
    ("madrid", 0, "coffee", "MM2-TERM-UNKNOWN", "30"),
    ("trademark", 0, "cofee", "TM-TERM-UNKNOWN", "coffee"),
    ("trademark", 1, "shirts", "TM-TERM-UNKNOWN", "25"),
    ("trademark", 1, "advertizing of stuff", "TM-TERM-UNKNOWN", None),
]


@pytest.mark.parametrize(("kind", "cls", "term", "code", "suggestion"), CASES)
def test_unknown_term_is_a_warning_with_suggestions(
    nice_list: None, kind: str, cls: int, term: str, code: str, suggestion: str | None
) -> None:
    doc = example(kind)
    terms = doc.data["classes"][cls]["terms"]
    terms.append(term)
    found = validate_document(doc)
    assert [(f.code, f.severity.value, f.path) for f in found] == [
        (code, "warning", f"classes[{cls}].terms[{len(terms) - 1}]")
    ]
    assert found[0].suggestions
    if suggestion is not None:
        assert suggestion in found[0].suggestions


def test_without_term_list_terms_are_not_checked() -> None:
    doc = example("madrid")
    doc.data["classes"][0]["terms"].append("smartwach")
    assert validate_document(doc) == []
