"""Upgrade maps (forms/upgrades/*.toml) cover both form versions whole, so a future form
version cannot silently lose data; and the MM2 v1 → v2 map applied to documents."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from filingassist.formdefs import FieldDef, FormDef, all_forms, get_form
from filingassist.formdefs.upgrades import UpgradeMap, all_maps, load_map, path_to_latest
from filingassist.model.document import ApplicationDocument, set_path
from filingassist.model.jsonio import read_file
from filingassist.model.upgrade import ChangeKind, apply_map, newer_version, upgrade_document
from filingassist.model.walk import iter_values, unknown_paths
from filingassist.rules import validate_document
from filingassist.xmlio import export_xml
from filingassist.xmlio.validate import schema, validate

ROOT = Path(__file__).resolve().parents[2]
MAPS = all_maps()
MAP_IDS = [f"{m.form}.v{m.source}-v{m.target}" for m in MAPS]


def v1_example() -> tuple[ApplicationDocument, dict[str, bytes]]:
    """The MM2 example as a draft made with form version 1 (before issue 12): one date
    in the header, entitlement grounds without an applicant, the type of mark as one
    choice, no colour per se (as tests/core/test_rules_examiner.py makes it)."""
    example = read_file(ROOT / "examples" / "madrid.json")
    old = copy.deepcopy(example.document.data)
    old["filing_date"] = old.pop("certification")["receipt_date"]
    old["entitlements"] = [
        {k: v for k, v in e.items() if k != "applicant"} for e in old["entitlements"]
    ]
    old["misc"] = {"mark_type": "individual"}
    del old["mark"]["colour_per_se"]
    return ApplicationDocument("madrid", "madrid-mm2", 1, old), example.blobs


def _accepts(field: FieldDef, value: Any) -> bool:
    """Whether ``value`` is a value the form allows in ``field`` (type and choices)."""
    if field.type == "boolean":
        return isinstance(value, bool)
    if field.type == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(field.choices, tuple) and field.choices:
        return str(value) in field.choices
    return isinstance(value, str)


def _in_new_group(new: FormDef, path: str, step: UpgradeMap) -> bool:
    """The field belongs to a group the map declares new (no item exists after an upgrade)."""
    return any(path.startswith(n.path + ".") and new.group(n.path) for n in step.new)


# ---- the maps cover both forms ---------------------------------------------------


def test_every_older_form_version_has_a_way_to_the_newest() -> None:
    for form in all_forms():
        newest = get_form(form.id).version
        if form.version < newest:
            steps = path_to_latest(form.id, form.version)
            assert steps and steps[-1].target == newest, f"{form.key} cannot be upgraded"


def test_the_mm2_map_is_shipped_and_checked() -> None:
    assert MAP_IDS == ["madrid-mm2.v1-v2"]


@pytest.mark.parametrize("step", MAPS, ids=MAP_IDS)
def test_every_older_field_goes_somewhere(step: UpgradeMap) -> None:
    """Each v1 field keeps its path (same type, every old value still allowed), or is
    moved, split or dropped with a reason."""
    old, new = step.old_form, step.new_form
    handled = step.handled_sources()
    for f in old.fields:
        if f.path in handled:
            continue
        kept = new.field(f.path)
        assert kept is not None, (
            f"{f.path} of v{step.source} is neither in v{step.target} nor mapped"
        )
        assert kept.type == f.type, f"{f.path} changed type: map it"
        if isinstance(f.choices, tuple) and f.choices:
            missing = set(f.choices) - set(kept.choices)
            assert not missing, f"{f.path}: v{step.target} no longer accepts {missing}: map them"
        else:
            assert kept.choices == f.choices, f"{f.path}: choices changed: map them"
    for g in old.groups:
        assert new.group(g.path) is not None or g.path in handled, f"group {g.path} vanished"


@pytest.mark.parametrize("step", MAPS, ids=MAP_IDS)
def test_every_newer_field_has_a_source_a_default_or_a_reason(step: UpgradeMap) -> None:
    old, new = step.old_form, step.new_form
    provided = step.provided_targets()
    for f in new.fields:
        if old.field(f.path) is not None or _in_new_group(new, f.path, step):
            continue
        assert f.path in provided, (
            f"{f.path} is new in v{step.target}: give a source, default or [[new]]"
        )
    for g in new.groups:
        assert old.group(g.path) is not None or g.path in provided, f"group {g.path} is new"
        if old.group(g.path) is None:
            assert g.min == 0, f"new group {g.path} needs items: the map cannot make them"


@pytest.mark.parametrize("step", MAPS, ids=MAP_IDS)
def test_every_required_newer_field_gets_a_value(step: UpgradeMap) -> None:
    """A required field of the newer form is filled from the older document (same path or
    a move) or by a default; fields of a new, empty group have no item to fill."""
    old, new = step.old_form, step.new_form
    filled = {m.target for m in step.moves} | {d.path for d in step.defaults}
    for f in new.fields:
        if not f.required or _in_new_group(new, f.path, step):
            continue
        source = old.field(f.path)
        assert (source is not None and source.required) or f.path in filled, (
            f"{f.path} is required in v{step.target} but the upgrade may leave it empty"
        )


@pytest.mark.parametrize("step", MAPS, ids=MAP_IDS)
def test_every_map_entry_names_real_fields_with_valid_values(step: UpgradeMap) -> None:
    old, new = step.old_form, step.new_form
    for move in step.moves:
        source, target = old.field(move.source), new.field(move.target)
        assert source is not None and target is not None, move
        assert source.type == target.type, move
        assert source.group == target.group, f"{move}: a move stays in its group"
        assert new.field(move.source) is None, f"{move.source} still exists in v{step.target}"
    for split in step.splits:
        source = old.field(split.source)
        assert source is not None and isinstance(source.choices, tuple), split.source
        declared = {value for value, _ in split.values} | set(split.lost)
        assert declared == set(source.choices), f"{split.source}: map or lose every value"
        for _value, sets in split.values:
            for path, value in sets:
                target = new.field(path)
                assert target is not None and _accepts(target, value), (path, value)
    for entry in step.defaults:
        target = new.field(entry.path)
        assert target is not None and _accepts(target, entry.value), entry
    for entry in step.new:
        assert new.field(entry.path) or new.group(entry.path), entry.path
        assert not (old.field(entry.path) or old.group(entry.path)), entry.path
    for entry in step.dropped:
        assert old.field(entry.path) or old.group(entry.path), entry.path
    for entry in step.changed:
        assert new.field(entry.path) or new.group(entry.path), entry.path
    for note in [m.note for m in step.moves] + [e.note for e in step.defaults + step.new]:
        assert note.strip(), "every entry says why"


def test_a_map_with_a_missing_key_names_the_file(tmp_path: Path) -> None:
    from filingassist.errors import InputError

    bad = tmp_path / "x.v1-to-v2.toml"
    bad.write_text(
        '[upgrade]\nform = "x"\nfrom_version = 1\nto_version = 2\n[[move]]\nfrom = "a"\n'
    )
    with pytest.raises(InputError, match="x.v1-to-v2.toml"):
        load_map(bad)


# ---- applying the MM2 map ----------------------------------------------------------


def test_the_v1_example_upgrades_to_the_v2_example_and_validates_clean() -> None:
    v1, blobs = v1_example()
    assert newer_version(v1) == 2
    result = upgrade_document(v1)
    assert result.upgraded and result.document.form_version == 2
    example = read_file(ROOT / "examples" / "madrid.json").document
    assert result.document.data == example.data
    found = validate_document(result.document, blobs=blobs.get)
    assert [f for f in found if f.severity.value == "error"] == []
    assert found == validate_document(example, blobs=blobs.get)  # what v2 drafts get too
    assert v1.form_version == 1 and "filing_date" in v1.data  # the original is untouched
    kinds = {(c.kind, c.source, c.target) for c in result.changes}
    assert (ChangeKind.MOVED, "filing_date", "certification.receipt_date") in kinds
    assert (ChangeKind.CONVERTED, "misc.mark_type", "misc.category") in kinds
    assert (ChangeKind.DEFAULTED, "", "entitlements[1].applicant") in kinds
    assert not [c for c in result.changes if c.kind.not_carried]


def test_the_upgraded_example_exports_st96_valid_against_the_official_schema(
    shared_dir: Path,
) -> None:
    v1, _ = v1_example()
    v1.data["misc"]["mark_type"] = "collective"
    v1.data["priorities"] = [
        {"office": "CH", "date": "2026-09-01", "number": "CH-1", "partial_goods": "watches"}
    ]
    doc = upgrade_document(v1).document
    out = export_xml(doc)
    assert out.dropped == []
    root = etree.fromstring(out.xml)
    assert validate(root, doc_form(doc).xsd) == []
    ns = {"tmk": "http://www.wipo.int/standards/XMLSchema/ST96/Trademark"}
    assert root.findtext(".//tmk:MarkCategory", namespaces=ns) == "Collective mark"
    # v2's fixed mapping: the partial priority's goods, not a comment
    assert root.find(".//tmk:PriorityPartialGoodsServices", namespaces=ns) is not None
    assert schema(doc_form(doc).xsd) is not None


def doc_form(doc: ApplicationDocument) -> FormDef:
    return get_form(doc.form, doc.form_version)


@pytest.mark.parametrize(
    ("mark_type", "expected"),
    [
        ("individual", {"misc.category": "individual"}),
        ("guarantee", {"misc.category": "guarantee"}),
        ("three_dimensional", {"misc.three_dimensional": True, "misc.category": "individual"}),
        ("sound", {"misc.sound": True}),
        ("colour", {"mark.colour_per_se": True, "misc.category": "individual"}),
        ("multimedia", {"misc.other_type": "multimedia"}),
    ],
)
def test_each_type_of_mark_lands_in_its_v2_indication(mark_type: str, expected: dict) -> None:
    v1, _ = v1_example()
    v1.data["misc"]["mark_type"] = mark_type
    doc = upgrade_document(v1).document
    for path, value in expected.items():
        assert doc.get(path) == value, path
    assert "mark_type" not in doc.data["misc"]


def test_a_value_without_counterpart_is_reported_not_carried_over() -> None:
    v1, _ = v1_example()
    v1.data["misc"]["mark_type"] = "other"
    result = upgrade_document(v1)
    (lost,) = [c for c in result.changes if c.kind.not_carried]
    assert (lost.kind, lost.source, lost.before) == (ChangeKind.LOST, "misc.mark_type", "other")
    assert "description of the mark" in lost.note
    assert result.document.get("misc.category") == "individual"


def test_two_dates_merge_into_the_date_of_receipt_and_the_other_is_reported() -> None:
    v1, _ = v1_example()
    v1.data["certification"] = {"receipt_date": "2026-12-03", "officer": "A. Clerk"}
    result = upgrade_document(v1)
    assert result.document.data["certification"] == {
        "receipt_date": "2026-12-03",
        "officer": "A. Clerk",
    }
    assert "filing_date" not in result.document.data
    (lost,) = [c for c in result.changes if c.kind.not_carried]
    assert (lost.source, lost.before, lost.after) == ("filing_date", "2026-12-02", "2026-12-03")


def test_several_applicants_get_their_grounds_on_the_first_and_v2_says_what_is_missing() -> None:
    v1, _ = v1_example()
    second = dict(v1.data["applicants"][0], name="Second SA", email="two@example.org")
    v1.data["applicants"].append(second)
    doc = upgrade_document(v1).document
    assert [e["applicant"] for e in doc.data["entitlements"]] == [1, 1]
    codes = {f.code for f in validate_document(doc)}
    assert "MM2-ENTITLEMENT-APPLICANT" in codes  # applicant 2 has no ground yet


def test_a_current_document_is_left_alone() -> None:
    doc = read_file(ROOT / "examples" / "madrid.json").document
    result = upgrade_document(doc)
    assert not result.upgraded and result.changes == ()
    assert result.document.data == doc.data and newer_version(doc) is None
    patent = read_file(ROOT / "examples" / "patent.json").document
    assert not upgrade_document(patent).upgraded


# ---- no value is lost silently -----------------------------------------------------


def _sample(field: FieldDef, index: int) -> Any:
    """A value of the field's type (the upgrade carries values; it does not judge them)."""
    samples: dict[str, Any] = {
        "email": f"x{index}@example.org",
        "date": f"2026-01-{index + 10:02d}",
        "boolean": True,
        "integer": index + 2,
        "money": f"{index + 10}.00",
        "text_list": [f"term {index}"],
        "attachment": {
            "sha256": f"{index:064x}",
            "name": f"file{index}.pdf",
            "media_type": "application/pdf",
        },
    }
    if field.type in samples:
        return samples[field.type]
    if isinstance(field.choices, tuple) and field.choices:
        return field.choices[index % len(field.choices)]
    if field.type in ("choice", "country"):
        return "CH"
    return f"{field.path} {index}"


def _filled(form: FormDef, index: int) -> dict[str, Any]:
    """A document of ``form`` with every field given, and two items in every group."""

    def owner(path: str) -> str:
        found = [g.path for g in form.groups if path.startswith(g.path + ".")]
        return max(found, key=len) if found else ""

    def fill(container: dict[str, Any], group: str) -> None:
        for f in form.fields:
            if f.group == group:
                set_path(container, f.key, _sample(f, index))
        for g in form.groups:
            if owner(g.path) == group:
                items: list[Any] = [{}, {}]
                for item in items:
                    fill(item, g.path)
                set_path(container, g.path[len(group) + 1 :] if group else g.path, items)

    data: dict[str, Any] = {}
    fill(data, "")
    return data


@pytest.mark.parametrize("step", MAPS, ids=MAP_IDS)
@pytest.mark.parametrize("index", [0, 1, 2, 5, 9, 12])
def test_every_value_of_a_full_older_document_arrives_or_is_reported(
    step: UpgradeMap, index: int
) -> None:
    """Each value of a document with every field of the older version given (every
    choice value in turn) is in the upgraded document at its path, or a record says where
    it went or why it could not go."""
    old = step.old_form
    doc = ApplicationDocument(old.kind, old.id, old.version, _filled(old, index))
    upgraded, changes = apply_map(step, doc)
    # a CHANGED record keeps the value where it was (its meaning or mapping changed)
    by_source = {c.source: c for c in changes if c.source and c.kind != ChangeKind.CHANGED}
    handled = step.handled_sources()
    slots = [s for s in iter_values(old, doc.data) if s.value not in (None, "", [], {})]
    assert len(slots) >= len(old.fields)  # every field, each group field twice
    for slot in slots:
        change = by_source.get(slot.path)
        if slot.field.path not in handled and change is None:
            assert upgraded.get(slot.path) == slot.value, slot.path
        elif change is None:
            pytest.fail(f"{slot.path} = {slot.value!r} vanished without a record")
        elif change.kind == ChangeKind.MOVED:
            assert upgraded.get(change.target) == slot.value
        elif change.kind == ChangeKind.CONVERTED:
            assert upgraded.get(change.target) == change.after
        else:
            assert change.kind.not_carried and change.before == slot.value
    assert upgraded.form_version == step.target
    assert unknown_paths(step.new_form, upgraded.data) == []  # all of it has a place in v2


def test_a_blank_v1_draft_becomes_exactly_a_blank_v2_draft() -> None:
    """What "New…" made under v1 upgrades to what "New…" makes under v2 (the store's
    oldest v1 rows hold no data at all: they upgrade too)."""
    from filingassist.model.defaults import new_document

    blank = upgrade_document(new_document(get_form("madrid-mm2", 1)))
    fresh = new_document(get_form("madrid-mm2", 2)).data
    assert fresh.pop("seniorities") == []  # a new group: absent until the filer adds one
    assert blank.document.data == fresh
    assert not [c for c in blank.changes if c.kind.not_carried]
    empty = upgrade_document(ApplicationDocument("madrid", "madrid-mm2", 1, {}))
    assert empty.document.form_version == 2
    assert empty.document.get("misc.category") == "individual"
