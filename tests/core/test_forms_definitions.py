"""Every form definition is complete: labels, types, xpaths, sections, choices."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from filingassist import paths
from filingassist.errors import InputError
from filingassist.formdefs import KIND_FORMS, all_forms, form_for_kind
from filingassist.formdefs.fieldtypes import TYPES
from filingassist.formdefs.loader import load_file
from filingassist.model.defaults import new_document

FORM_FILES = sorted(paths.forms_dir().glob("*.toml"))


def test_there_is_a_form_for_each_kind() -> None:
    assert {form_for_kind(k).kind for k in KIND_FORMS} == set(KIND_FORMS)


@pytest.mark.parametrize("path", FORM_FILES, ids=lambda p: p.name)
def test_file_name_matches_id_and_version(path: Path) -> None:
    form = load_file(path)
    assert path.name == f"{form.id}.v{form.version}.toml"


@pytest.mark.parametrize("form", all_forms(), ids=lambda f: f.key)
def test_every_field_has_label_type_and_xpath(form) -> None:
    for f in form.fields:
        assert f.label.strip(), f"{f.path} has no label"
        assert f.type in TYPES, f"{f.path} has no registered type"
        assert f.xpath.strip(), f"{f.path} has no XML path"
    for g in form.groups:
        assert g.label.strip() and g.xpath.strip(), f"group {g.path} lacks a label or xpath"


@pytest.mark.parametrize("form", all_forms(), ids=lambda f: f.key)
def test_sections_have_labels_and_every_section_is_used(form) -> None:
    used = {f.section for f in form.fields}
    for s in form.sections:
        assert s.label.strip()
        assert s.id in used, f"section {s.id} has no fields"


@pytest.mark.parametrize("form", all_forms(), ids=lambda f: f.key)
def test_choices_are_inline_lists_or_refdata_refs(form) -> None:
    for f in form.fields:
        if f.type == "choice":
            assert f.choices, f"{f.path} is a choice without choices"
        if isinstance(f.choices, str):
            assert f.choices_ref, f"{f.path}: choices must be a list or refdata:NAME"


@pytest.mark.parametrize("form", all_forms(), ids=lambda f: f.key)
def test_defaults_pass_their_own_type_check(form) -> None:
    for f in form.fields:
        if f.default is not None:
            assert f.ftype.check(f.default) is None, f.path
            if isinstance(f.choices, tuple) and f.choices:
                assert f.default in f.choices, f.path


@pytest.mark.parametrize("form", all_forms(), ids=lambda f: f.key)
def test_conditions_name_declared_fields(form) -> None:
    for f in form.fields:
        if f.when:
            assert form.field(f.when["field"]) is not None, (
                f"{f.path}: condition names unknown field"
            )


@pytest.mark.parametrize("form", all_forms(), ids=lambda f: f.key)
def test_new_document_has_required_groups(form) -> None:
    doc = new_document(form)
    for g in form.groups:
        if g.min and not g.parent:
            assert len(doc.data[g.path]) == g.min


def test_mm2_sections_follow_the_official_items() -> None:
    form = form_for_kind("madrid")
    items = [s.item for s in form.sections if s.item.isdigit()]
    assert items == [str(i) for i in range(1, 14)]


def test_pct_request_boxes_are_in_order() -> None:
    form = form_for_kind("patent")
    boxes = [s.item for s in form.sections if s.item and s.item not in ("Body", "Fees")]
    assert boxes == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


def test_toml_keeps_norway_a_string() -> None:
    """The reason for TOML: YAML 1.1 would read the designation NO as False."""
    raw = tomllib.loads('codes = ["DE", "NO", "ON"]')
    assert raw["codes"] == ["DE", "NO", "ON"]


def test_a_broken_definition_names_the_file_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "x.v1.toml"
    bad.write_text(
        '[form]\nid="x"\nkind="trademark"\nversion=1\ntitle="X"\n'
        '[[section]]\nid="s"\nlabel="S"\n'
        '[[field]]\nid="a"\nsection="s"\ntype="nonsense"\nlabel="A"\nxpath="A"\n'
    )
    with pytest.raises(InputError, match=r"x\.v1\.toml: field a has unknown type"):
        load_file(bad)
