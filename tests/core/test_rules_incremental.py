"""Incremental checks: after an edit only the rules that read the edited part re-run, and
the findings are exactly those of a full check."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from filingassist.formdefs import get_form
from filingassist.model.document import set_path
from filingassist.model.jsonio import read_file
from filingassist.rules import validate_document
from filingassist.rules.incremental import check_all, recheck, top_key


def _edits(doc: Any, rng: random.Random, count: int) -> list[tuple[str, Any]]:
    """Plausible keystrokes: blank a value, change a text, put back a value seen elsewhere."""
    values = [(p, v) for p, v in _leaves(doc.data, "") if isinstance(v, str | int)]
    edits = []
    for _ in range(count):
        path, value = rng.choice(values)
        choice = rng.random()
        if choice < 0.3:
            new: Any = ""
        elif choice < 0.7 and isinstance(value, str):
            new = value + rng.choice("xyz ")
        else:
            new = rng.choice(values)[1]
        edits.append((path, new))
    return edits


@pytest.mark.parametrize("kind", ["madrid", "trademark", "patent"])
def test_recheck_gives_the_findings_of_a_full_check(kind: str, examples_dir: Path) -> None:
    doc = read_file(examples_dir / f"{kind}.json").document
    checked = check_all(doc)
    assert checked.findings == validate_document(doc)
    rng = random.Random(kind)
    for path, value in _edits(doc, rng, 60):
        set_path(doc.data, path, value)
        checked = recheck(checked, doc, [path])
        assert checked.findings == validate_document(doc), path
    for key, items in list(doc.data.items()):  # structure: an item removed, then added back
        if isinstance(items, list) and items:
            last = items.pop()
            checked = recheck(checked, doc, [key])
            assert checked.findings == validate_document(doc), key
            items.append(last)
            checked = recheck(checked, doc, [f"{key}[{len(items) - 1}]"])
            assert checked.findings == validate_document(doc), key


def test_an_edit_reruns_only_the_rules_that_read_it(examples_dir: Path, monkeypatch) -> None:
    from filingassist.rules import incremental

    doc = read_file(examples_dir / "madrid.json").document
    checked = check_all(doc)
    ran: list[str] = []
    real = incremental._run
    monkeypatch.setattr(
        incremental, "_run", lambda form, d, code, *a: ran.append(code) or real(form, d, code, *a)
    )
    doc.data["applicants"][0]["name"] = "Someone else"
    recheck(checked, doc, ["applicants[0].name"])
    readers = {
        code
        for code, run in checked.runs.items()
        if not code.startswith(incremental.FIELDS)
        and (run.reads is None or "applicants" in run.reads)
    }
    assert set(ran) == readers
    assert not any("CLASS" in code or "TERM" in code for code in ran)


@pytest.mark.parametrize("kind", ["madrid", "trademark", "patent"])
def test_rules_read_only_what_the_form_defines(kind: str, examples_dir: Path) -> None:
    """What a rule reads is noted by the form's own top-level keys: a rule that looks at a
    key the form does not have names a path the definition does not know."""
    doc = read_file(examples_dir / f"{kind}.json").document
    form = get_form(doc.form, doc.form_version)
    keys = {top_key(f.path) for f in form.fields} | {top_key(g) for g in _groups(form)}
    checked = check_all(doc)
    unknown = {
        code: sorted(run.reads - keys)
        for code, run in checked.runs.items()
        if run.reads is not None and run.reads - keys
    }
    assert unknown == {}


def _leaves(node: Any, path: str) -> list[tuple[str, Any]]:
    if isinstance(node, dict):
        return [leaf for k, v in node.items() for leaf in _leaves(v, f"{path}.{k}" if path else k)]
    if isinstance(node, list):
        return [leaf for i, v in enumerate(node) for leaf in _leaves(v, f"{path}[{i}]")]
    return [(path, node)]


def _groups(form: Any) -> list[str]:
    return [f.group for f in form.fields if f.group]
