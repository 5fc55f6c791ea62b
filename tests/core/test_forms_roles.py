"""Forms as data: roles, choice labels and picker kinds live in the definitions, and the
core asks the definition instead of writing field paths or the goods shape again."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest

from filingassist.errors import InputError
from filingassist.formdefs import FormDef, all_forms, form_for_kind
from filingassist.formdefs.loader import _build
from filingassist.model.document import ApplicationDocument
from filingassist.xmlio.basicmark import BasicMark, apply_basic_mark

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "filingassist"
#: modules that once wrote the goods-and-services shape themselves (issue 13, part 3)
GOODS_CONSUMERS = [
    "tabular/merge.py",
    "rules/feemap.py",
    "xmlio/basicmark.py",
    "rules/checks/madrid.py",
    "rules/checks/marks.py",
]
_INDEX = re.compile(r"\[\d+\]")


@pytest.mark.parametrize("kind", ["trademark", "madrid"])
def test_goods_shape_comes_from_roles(kind: str) -> None:
    shape = form_for_kind(kind).goods_services()
    assert shape is not None
    form = form_for_kind(kind)
    assert form.field(f"{shape.group}.{shape.class_key}").role == "nice_class"
    assert form.field(f"{shape.group}.{shape.terms_key}").type == "text_list"
    assert form.group(shape.group).picker == "nice_class"


def test_patent_sheets_and_route_come_from_roles() -> None:
    form = form_for_kind("patent")
    assert [f.path for f in form.sheet_fields()][0] == "checklist.request_sheets"
    assert len(form.sheet_fields()) == 5
    assert all(f.type == "integer" for f in form.sheet_fields())
    assert form.is_pct({}) and form.is_pct({"route": "pct"})
    assert not form.is_pct({"route": "national"})
    assert form.goods_services() is None


@pytest.mark.parametrize("form", all_forms(), ids=lambda f: f.key)
def test_every_inline_choice_has_a_label(form: FormDef) -> None:
    """Country-like codes (ST.3, two capitals) may go without: the UI shows the name."""
    unlabelled = [
        (f.path, code)
        for f in form.fields
        if isinstance(f.choices, tuple)
        for code in f.choices
        if f.label_of(code) is None and not (len(code) == 2 and code.isupper())
    ]
    assert unlabelled == []


@pytest.mark.parametrize("form", all_forms(), ids=lambda f: f.key)
def test_reference_and_signature_roles(form: FormDef) -> None:
    for role in ("reference", "signature", "signatory"):
        assert len(form.with_role(role)) == 1, role


def _raw(**field: Any) -> dict[str, Any]:
    return {
        "form": {"id": "t", "kind": "madrid", "version": 1, "title": "T"},
        "section": [{"id": "s", "label": "S"}],
        "field": [{"id": "x", "section": "s", "type": "text", "label": "X", **field}],
    }


def test_an_unknown_role_is_a_definition_error() -> None:
    with pytest.raises(InputError, match="unknown role"):
        _build(_raw(role="goods"), "t.toml")


def test_choices_with_labels_load() -> None:
    raw = _raw(type="choice", choices=[{"value": "a", "label": "Ay"}, "b"])
    (f,) = _build(raw, "t.toml").fields
    assert f.choices == ("a", "b") and f.label_of("a") == "Ay" and f.label_of("b") is None


@pytest.mark.parametrize("module", GOODS_CONSUMERS)
def test_no_core_module_writes_the_goods_shape(module: str) -> None:
    """The class group and its keys are read from FormDef.goods_services(), never spelt."""
    tree = ast.parse((CORE / module).read_text(encoding="utf-8"))
    # keys of dict displays are parameter names of other functions (fees.madrid_quote)
    keys = {id(k) for n in ast.walk(tree) if isinstance(n, ast.Dict) for k in n.keys}
    literals = {
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in keys
    }
    assert not literals & {"classes", "class_number", "terms"}


@pytest.mark.parametrize("module", ["xmlio/export.py", "xmlio/reader.py", "xmlio/request.py"])
def test_xml_io_asks_the_field_type(module: str) -> None:
    """No ``f.type == "…"`` switch: FieldType.to_texts/from_texts/to_json decide."""
    tree = ast.parse((CORE / module).read_text(encoding="utf-8"))
    switches = [
        ast.unparse(n)
        for n in ast.walk(tree)
        if isinstance(n, ast.Compare)
        and isinstance(n.left, ast.Attribute)
        and n.left.attr == "type"
    ]
    assert switches == []


def _leaf_paths(node: Any, prefix: str = "") -> list[str]:
    if isinstance(node, dict) and not {"sha256", "media_type"} <= set(node):
        out: list[str] = []
        for key, value in node.items():
            out += _leaf_paths(value, f"{prefix}.{key}" if prefix else key)
        return out
    if isinstance(node, list) and node and isinstance(node[0], dict):
        return [p for item in node for p in _leaf_paths(item, prefix)]
    return [prefix]


def test_basic_mark_prefill_writes_only_fields_of_the_form() -> None:
    form = form_for_kind("madrid")
    doc = ApplicationDocument("madrid", form.id, form.version, {})
    mark = BasicMark(
        office="CH",
        number="781234",
        date="2024-01-01",
        mark="CHRONOLYTE",
        standard_characters=True,
        holder={
            "name": "H SA",
            "address": "Rue 1",
            "country": "CH",
            "legal_kind": "legal_entity",
            "legal_nature": "SA",
            "state_of_organisation": "CH",
            "nationality": "CH",
        },
        goods={9: ["smartwatches"]},
    )
    apply_basic_mark(doc, mark, "record.xml")
    unknown = [p for p in _leaf_paths(doc.data) if form.field(_INDEX.sub("", p)) is None]
    assert unknown == []


def _get_literals(module: str) -> set[str]:
    tree = ast.parse((CORE / module).read_text(encoding="utf-8"))
    return {
        n.args[0].value
        for n in ast.walk(tree)
        if isinstance(n, ast.Call)
        and isinstance(n.func, ast.Attribute)
        and n.func.attr == "get"
        and n.args
        and isinstance(n.args[0], ast.Constant)
        and isinstance(n.args[0].value, str)
    }


def test_fee_mapping_reads_fields_the_forms_have() -> None:
    """Each key feemap reads is a segment of a field path of a form (a rename fails here)."""
    segments = {part for form in all_forms() for f in form.fields for part in f.path.split(".")}
    segments |= {part for form in all_forms() for g in form.groups for part in g.path.split(".")}
    assert _get_literals("rules/feemap.py") - segments == set()


TEXT_TYPES = ("text", "multiline", "email", "phone", "text_list")


@pytest.mark.parametrize("form", all_forms(), ids=lambda f: f.key)
def test_every_text_field_has_a_length_limit(form: FormDef) -> None:
    """Unlimited text passed validate and pack and then broke the XML export (50 MB)."""
    assert [f.path for f in form.fields if f.type in TEXT_TYPES and f.max_length is None] == []


def test_an_oversized_description_is_an_error_not_an_export_crash() -> None:
    from filingassist.model.jsonio import read_file
    from filingassist.rules import validate_document

    doc = read_file(ROOT / "examples" / "patent.json").document
    limit = form_for_kind("patent").field("body.description").max_length
    doc.data["body"]["description"] = "x" * (limit + 1)
    doc.data["claims"][0]["text"] = "y" * 300_000
    found = {(f.code, f.path) for f in validate_document(doc)}
    assert ("FIELD-LENGTH", "body.description") in found
    assert ("FIELD-LENGTH", "claims[0].text") in found


def test_each_term_of_a_list_has_the_limit() -> None:
    from filingassist.model.jsonio import read_file
    from filingassist.rules import validate_document

    doc = read_file(ROOT / "examples" / "madrid.json").document
    doc.data["classes"][0]["terms"].append("t" * 5000)
    found = {(f.code, f.path) for f in validate_document(doc)}
    assert ("FIELD-LENGTH", "classes[0].terms[3]") in found
