"""Lint of the XML mapping: every xpath of every form (fields, groups, profile) exists in
the official schema, and every field has an xpath (``request:``/``local:`` when not in XML)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

from filingassist.formdefs import FormDef, all_forms
from filingassist.xmlio.paths import steps
from filingassist.xmlio.profile import in_xml, profile_of
from filingassist.xmlio.schema import SchemaModel, load_model


def resolve(model: SchemaModel, start: list[str], xpath: str, root: str) -> list[str]:
    """Walk ``xpath`` from the element path ``start``; return the path reached."""
    trail = [root] if xpath.startswith("/") else list(start)
    tag = trail[-1]
    for step in steps(model, xpath):
        if step.kind == "parent":
            trail.pop()
            tag = trail[-1]
            continue
        info = model.info(tag)
        assert info is not None, f"{xpath}: {tag} is not declared"
        if step.kind == "attribute":
            assert step.name in info.attributes, f"{xpath}: no attribute {step.name} on {tag}"
            return trail
        assert step.name in info.children, f"{xpath}: {step.name} is not a child of {tag}"
        tag = step.name
        trail.append(tag)
    return trail


def group_elements(
    form: FormDef, model: SchemaModel, record: list[str], root: str
) -> dict[str, list[str]]:
    attach = profile_of(form).attach
    found = {"": record}
    for g in form.groups:
        if in_xml(g.xpath):
            owner = attach[g.path][0] if g.path in attach else ""
            parent = found.get(owner or (g.parent if form.group(g.parent) else ""), record)
            found[g.path] = resolve(model, parent, g.xpath, root)
    return found


@pytest.mark.parametrize("form", all_forms(), ids=lambda f: f.key)
def test_every_xpath_exists_in_the_schema(form: FormDef) -> None:
    model = load_model(form.xsd)
    prof = profile_of(form)
    root = model.clark(prof.document)
    record = resolve(model, [root], prof.record, root) if prof.record else [root]
    groups = group_elements(form, model, record, root)
    for f in form.fields:
        assert f.xpath, f"{f.path} has no xpath"
        if not in_xml(f.xpath):
            continue
        base = groups[f.group]
        if f.path not in prof.encode:
            leaf = resolve(model, base, f.xpath, root)[-1]
            if not f.xpath.split("/")[-1].startswith("@"):
                assert model.info(leaf).text_type is not None, f"{f.path}: {leaf} holds no text"
        for enc in prof.encode.get(f.path, {}).values():
            resolve(model, base, enc.xpath, root)
        for variant in prof.variants.get(f.path, ("", {}))[1].values():
            resolve(model, base, variant, root)
        for copy in prof.copies.get(f.path, ()):
            resolve(model, base, copy, root)
    for c in prof.constants:
        resolve(model, groups[c.group] if c.group else record, c.xpath, root)


def _mapping_tool() -> Any:
    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location(
        "st96_mapping", root / "tools" / "st96_mapping.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_mapping_doc_is_generated_from_the_forms() -> None:
    """docs/st96-mapping.md is what tools/st96_mapping.py makes of the current forms."""
    tool = _mapping_tool()
    assert tool.main(["--check"]) == 0, "run python tools/st96_mapping.py"
    text = tool.OUT.read_text(encoding="utf-8")
    for form in all_forms():
        assert f"`{form.key}`" in text
        assert all(f"| `{f.path}` |" in text for f in form.fields)


def test_mapping_doc_check_fails_on_a_stale_file(tmp_path: Path) -> None:
    stale = tmp_path / "st96-mapping.md"
    stale.write_text("# old\n", encoding="utf-8")
    assert _mapping_tool().main(["--check", "--out", str(stale)]) == 1
