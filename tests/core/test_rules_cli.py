"""CLI of the rules area: validate, fees, export --xml, new madrid --basic-mark."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from filingassist.cli.main import main
from filingassist.formdefs import form_for_kind
from filingassist.model.defaults import new_document
from filingassist.xmlio.validate import validate

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def example_obj(kind: str) -> dict[str, Any]:
    """An example as JSON with its attachments inline (to be written to another folder)."""
    obj = json.loads((EXAMPLES / f"{kind}.json").read_text(encoding="utf-8"))
    for entry in obj.get("attachments", {}).values():
        content = (EXAMPLES / entry.pop("path")).read_bytes()
        entry["content_base64"] = base64.b64encode(content).decode("ascii")
    return dict(obj)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def test_validate_examples_clean_and_broken_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(
        capsys,
        "validate",
        *(str(EXAMPLES / f"{k}.json") for k in ("trademark", "madrid", "patent")),
        "--json",
    )
    assert code == 0
    # only the reference-data warnings (figures to be confirmed) remain on the examples
    codes = {f["code"] for r in json.loads(out) for f in r["findings"]}
    assert codes <= {"REFDATA-TBC", "REFDATA-STALE"}
    broken = ROOT / "tests/data/broken/patent-ro-not-competent.json"
    code, out = run(capsys, "validate", str(broken), "--json")
    assert code == 1
    finding = json.loads(out)[0]["findings"][0]
    assert finding["code"] == "PCT-RO-COMPETENT"
    assert finding["basis"].startswith("PCT Rule 19.1")
    assert "IB" in finding["suggestions"]


def test_fees_worked_example_madrid(capsys: pytest.CaptureFixture[str]) -> None:
    """MM2 from CH, no colour, 2 classes, CN+US+NO+SG (all individual fees), by hand:
    653 + CN 249+125 + US 2x455 + NO 250+75 + SG 2x231 = 2724 CHF."""
    code, out = run(capsys, "fees", str(EXAMPLES / "madrid.json"), "--json")
    assert code == 0
    quote = json.loads(out)
    assert quote["total"] == "2724.00"
    assert quote["currency"] == "CHF"
    assert [ln["amount"] for ln in quote["lines"]] == [
        "653.00",
        "374.00",
        "910.00",
        "325.00",
        "462.00",
    ]
    assert quote["valid_as_of"] == "2026-11-29"
    assert quote["on"] == "2026-12-02"  # the draft's intended filing date
    assert [t["name"] for t in quote["tables"]] == ["fees_madrid", "madrid_members"]
    assert [ln["to_be_confirmed"] for ln in quote["lines"]] == [False, False, True, True, True]
    assert len(quote["to_be_confirmed"]) == 3
    code, text = run(capsys, "fees", str(EXAMPLES / "madrid.json"))
    assert "fees valid as of 2026-11-29" in text and "2724.00 CHF" in text
    assert "for filing on 2026-12-02" in text
    assert "table: fees_madrid 2026.1, in effect from 2025-11-23" in text
    assert "910.00 CHF (to be confirmed)" in text
    assert "to be confirmed: individual fee of US" in text


def test_fees_colour_five_classes_one_individual_fee(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The issue's worked example: colour, 5 classes, three parties of which one (CN) charges
    an individual fee: 903 + 2x100 supplementary + 2x100 complementary + 249+4x125 = 2052."""
    obj = example_obj("madrid")
    obj["data"]["mark"]["colour_reproduction"] = True
    obj["data"]["classes"] = [{"class_number": n, "terms": ["x"]} for n in (9, 14, 16, 35, 42)]
    obj["data"]["designations"] = [{"country": c} for c in ("CN", "DE", "FR")]
    path = tmp_path / "mm2.json"
    path.write_text(json.dumps(obj), encoding="utf-8")
    code, out = run(capsys, "fees", str(path), "--json")
    assert code == 0
    quote = json.loads(out)
    assert [(ln["code"], ln["amount"]) for ln in quote["lines"]] == [
        ("basic", "903.00"),
        ("supplementary", "200.00"),
        ("complementary", "200.00"),
        ("individual:CN", "749.00"),
    ]
    assert quote["total"] == "2052.00"


def test_fees_at_an_untabled_receiving_office_are_a_partial_quote(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """RO/KE is not in the PCT fee table: the Schedule's CHF amounts, the transmittal fee
    listed as incomplete (1330 - 300 e-filing = 1030, minus 90 % = 103, + ISA/EP 1740)."""
    code, out = run(capsys, "fees", str(EXAMPLES / "patent.json"), "--json")
    assert code == 0
    quote = json.loads(out)
    assert quote["incomplete"] == ["transmittal"]
    assert quote["currency"] == "CHF"
    assert quote["total"] == "1843.00"
    assert "transmittal" not in [ln["code"] for ln in quote["lines"]]
    code, out = run(capsys, "fees", str(EXAMPLES / "patent.json"))
    assert code == 0
    assert "note: transmittal fee of RO/KE not in the fee table" in out


@pytest.mark.parametrize("kind", ["trademark", "madrid", "patent"])
def test_export_xml_of_each_example(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], shared_dir: Path, kind: str
) -> None:
    out = tmp_path / f"{kind}.xml"
    code, text = run(capsys, "export", str(EXAMPLES / f"{kind}.json"), "--xml", str(out))
    assert code == 0, text
    assert validate(etree.parse(str(out)).getroot(), form_for_kind(kind).xsd) == []
    assert (tmp_path / "request.json").exists() is (kind == "patent")
    if kind == "trademark":  # the attachment travels beside the XML; EUIPO 850 + 50 EUR
        assert (tmp_path / "orbis-logo.jpg").read_bytes()[:3] == b"\xff\xd8\xff"
        assert b"<com:FeePayableTotalAmount>900.00</com:FeePayableTotalAmount>" in out.read_bytes()


def test_export_needs_out_or_xml(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(EXAMPLES / "madrid.json")]) == 2


def test_export_many_documents_compiles_each_schema_once(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    shared_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from filingassist.xmlio import validate as validating

    folder = tmp_path / "docs"
    folder.mkdir()
    for name, kind in (("a", "madrid"), ("b", "madrid"), ("c", "trademark")):
        (folder / f"{name}.json").write_text(json.dumps(example_obj(kind)), encoding="utf-8")
    compiled: list[object] = []
    real = etree.XMLSchema

    def counting(*args: Any, **kwargs: Any) -> etree.XMLSchema:
        compiled.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(validating, "_SCHEMAS", {})
    monkeypatch.setattr(validating.etree, "XMLSchema", counting)
    out = tmp_path / "out"
    code, text = run(capsys, "export", str(folder), "--xml", str(out))
    assert code == 0, text
    assert len(compiled) == 2  # MM2 once for two documents, the trademark schema once
    for name, kind in (("a", "madrid"), ("b", "madrid"), ("c", "trademark")):
        xml = out / name / f"{name}.xml"
        assert validate(etree.parse(str(xml)).getroot(), form_for_kind(kind).xsd) == [], name
    assert (out / "c" / "orbis-logo.jpg").is_file() and (
        out / "a" / "mm18-declaration.pdf"
    ).is_file()
    # many documents go into a folder; the same name twice gets its own subfolder
    assert (
        main(["export", str(folder / "a.json"), str(folder), "--xml", str(tmp_path / "x.xml")]) == 2
    )
    code, text = run(
        capsys, "export", str(folder / "a.json"), str(folder / "a.json"), "--xml", str(out)
    )
    assert code == 0 and (out / "a-2" / "a-2.xml").is_file(), text


def test_export_all_drafts_as_xml(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], shared_dir: Path
) -> None:
    for kind in ("madrid", "trademark"):
        assert main(["import", str(EXAMPLES / f"{kind}.json"), "--json"]) == 0
    capsys.readouterr()
    ids = [d["id"] for d in json.loads(run(capsys, "list", "--json")[1])]
    code, text = run(capsys, "export", "--all", "--xml", str(tmp_path / "all"), "--json")
    assert code == 0, text
    assert sorted(r["target"] for r in json.loads(text)) == sorted(ids)
    assert all((tmp_path / "all" / i / f"{i}.xml").is_file() for i in ids)
    assert main(["export", "--all", "--out", str(tmp_path / "x.json")]) == 2


def test_new_madrid_from_basic_mark(shared_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record = shared_dir / "samples/uspto-st96/rn2178784-ST96.xml"
    code, out = run(capsys, "new", "madrid", "--basic-mark", str(record))
    assert code == 0
    draft = out.strip()
    code, out = run(capsys, "show", draft)
    data = json.loads(out)["data"]
    assert data["mark"]["verbal_element"] == "JAVA"
    assert data["applicants"][0]["name"] == "Oracle America, Inc."
    assert data["applicants"][0]["country"] == "US"
    assert data["basic_marks"][0] == {
        "kind": "registration",
        "number": "2178784",
        "date": "1998-08-04",
        "imported": data["basic_marks"][0]["imported"],
    }
    assert data["classes"][0]["class_number"] == 9
    assert data["office_of_origin"] == "US"


def test_basic_mark_must_be_for_madrid(shared_dir: Path) -> None:
    record = shared_dir / "samples/uspto-st96/rn2178784-ST96.xml"
    assert main(["new", "trademark", "--basic-mark", str(record)]) == 2


def test_hostile_basic_mark_is_rejected(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    evil = tmp_path / "evil.xml"
    evil.write_bytes(
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>'
    )
    assert main(["new", "madrid", "--basic-mark", str(evil)]) == 2
    assert "DOCTYPE and entity declarations are not accepted" in capsys.readouterr().err


def test_workspace_fees_and_validate_with_stored_image(isolated_home: Path) -> None:
    from filingassist.app import Workspace

    ws = Workspace.open()
    try:
        info = ws.import_file(EXAMPLES / "trademark.json")
        doc = ws.load(info.id)
        quote = ws.fees(doc)
        assert quote is not None and str(quote.total) == "900.00" and quote.currency == "EUR"
        assert ws.fees(new_document(ws.form("patent"))) is None  # nothing to compute yet
        doc.data["office"], doc.data["reference"] = "US", "ORB-US-1"
        doc.data["mark"]["type"] = "figurative"
        doc.data["mark"]["image"]["media_type"] = "image/jpeg"
        assert ws.validate(doc) == []  # the stored 400x400 logo is within 250-944 pixels
        from tests.core.test_rules_images import jpeg

        doc.data["mark"]["image"] = ws.add_attachment(jpeg(120, 120), "small.jpg").as_json()
        found = [(f.code, f.severity.value, f.params.get("width")) for f in ws.validate(doc)]
        assert found == [("TM-IMAGE-SIZE", "warning", 120)]  # pixels read from the store
    finally:
        ws.close()


def test_pct_fees_worked_example_at_ro_ib(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The patent example filed with RO/IB, 19 sheets, fully character-coded, two Kenyan
    natural persons (eligible): transmittal waived, 1330 - 300 e-filing = 1030, minus 90 %
    (927), plus ISA/EP search 1740 = CHF 1,843. One legal-person applicant: no reduction,
    transmittal 100: 100 + 1030 + 1740 = 2,870."""
    obj = example_obj("patent")
    obj["data"]["receiving_office"] = "IB"
    path = tmp_path / "pct.json"
    path.write_text(json.dumps(obj), encoding="utf-8")
    code, out = run(capsys, "fees", str(path), "--json")
    assert code == 0
    assert json.loads(out)["total"] == "1843.00"
    obj["data"]["applicants"][1]["natural_person"] = False
    path.write_text(json.dumps(obj), encoding="utf-8")
    code, out = run(capsys, "fees", str(path), "--json")
    assert json.loads(out)["total"] == "2870.00"


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (("office_of_origin", "chx"), "schema"),  # not an ST.3 code: the XSD refuses it
        (("basic_marks", [{"kind": "registration", "date": "2026-09-15"}]), "dropped"),
    ],
    ids=["invalid", "incomplete"],
)
def test_export_that_would_mislead_writes_nothing_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], shared_dir: Path, change: Any, why: str
) -> None:
    obj = example_obj("madrid")
    obj["data"][change[0]] = change[1]
    source = tmp_path / "mm2.json"
    source.write_text(json.dumps(obj), encoding="utf-8")
    out = tmp_path / "out" / "mm2.xml"
    out.parent.mkdir()
    out.write_bytes(b"<stale/>")  # an older export no longer describes the application
    code, text = run(capsys, "export", str(source), "--xml", str(out))
    assert code == 1
    assert list(out.parent.iterdir()) == []  # no XML, no temporary file, no attachments
    assert ("schema:" in text) if why == "schema" else ("not exported (incomplete)" in text)
