"""The shipped ST.96 schema model: derived from the official XSDs (never drifts from them or
from the forms), lossless, and enough to export and import where no schema file exists."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from lxml import etree

import filingassist.xmlio.validate as xsdvalidate
from filingassist.cli.main import main
from filingassist.errors import InputError
from filingassist.formdefs import all_forms, form_for_kind
from filingassist.model.jsonio import read_file
from filingassist.xmlio import check_export, export_xml, validate_export
from filingassist.xmlio.schema import decode, load_model, model_path
from filingassist.xmlio.validate import UNAVAILABLE, SchemaUnavailable
from filingassist.xmlio.xsdread import read_xsd

ROOT = Path(__file__).resolve().parents[2]
KINDS = ["trademark", "madrid", "patent"]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("st96_model", ROOT / "tools" / "st96_model.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def shipped() -> dict:
    return json.loads(model_path().read_text(encoding="utf-8"))


@pytest.fixture
def no_schemas(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """FILINGASSIST_SHARED at an empty folder, and no schema compiled in this process."""
    empty = tmp_path / "empty-shared"
    empty.mkdir()
    monkeypatch.setenv("FILINGASSIST_SHARED", str(empty))
    monkeypatch.setattr(xsdvalidate, "_SCHEMAS", {})
    return empty


def test_shipped_model_is_what_the_schemas_and_forms_give(shared_dir: Path) -> None:
    tool = _tool()
    fresh = tool.derive(shared_dir / "standards/st96/V6_0")
    committed = shipped()
    assert tool.stable(fresh) == tool.stable(committed), "run python tools/st96_model.py"
    assert committed["source"]["version"] == "V6_0"
    assert committed["source"]["date"] == "2022-10-03"
    assert "TrademarkApplication/TrademarkApplication_V6_0.xsd" in committed["source"]["files"]
    assert committed["generator"] == "tools/st96_model.py"
    assert {f.xsd for f in all_forms()} == set(committed["schemas"])


def test_shipped_model_keeps_every_fact_of_the_schema(shared_dir: Path) -> None:
    """Decoding the file gives the same ElementInfo the XSD reader gives, element by element."""
    for xsd, obj in shipped()["schemas"].items():
        full, _ = read_xsd(shared_dir / "standards/st96/V6_0" / xsd)
        small = decode(obj)
        assert small.namespaces == full.namespaces
        assert len(small.elements) >= 15
        for name, info in small.elements.items():
            assert info == full.elements[name], name


def test_tool_check_flags_a_stale_file(shared_dir: Path, tmp_path: Path) -> None:
    tool = _tool()
    st96 = str(shared_dir / "standards/st96/V6_0")
    assert tool.main(["--st96", st96, "--check"]) == 0
    stale = shipped()
    del stale["schemas"]["ApplicationBody/ApplicationBody_V6_0.xsd"]["elements"]["pat:Claim"]
    path = tmp_path / "stale.json"
    path.write_text(json.dumps(stale), encoding="utf-8")
    assert tool.main(["--st96", st96, "--out", str(path), "--check"]) == 1
    assert tool.main(["--st96", st96, "--out", str(path)]) == 0
    assert tool.stable(json.loads(path.read_text(encoding="utf-8"))) == tool.stable(shipped())


def test_unknown_schema_names_the_fix() -> None:
    with pytest.raises(InputError, match="regenerate it with python tools/st96_model.py"):
        load_model("Nothing/Nothing_V6_0.xsd")


def test_validation_without_schemas_is_a_note_not_a_crash(no_schemas: Path) -> None:
    doc = read_file(ROOT / "examples" / "madrid.json").document
    out = export_xml(doc)
    assert out.dropped == []
    with pytest.raises(SchemaUnavailable, match="FILINGASSIST_SHARED"):
        validate_export(out, doc)
    check = check_export(out, doc)
    assert check.status == "unavailable"
    assert check.errors == ()
    assert check.unavailable.startswith(UNAVAILABLE)
    assert not xsdvalidate.available(form_for_kind("madrid").xsd)


def test_schema_folder_may_be_given_directly(
    shared_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FILINGASSIST_SHARED", str(shared_dir / "standards/st96/V6_0"))
    xsd = form_for_kind("patent").xsd
    assert xsdvalidate.schema_path(xsd) == shared_dir / "standards/st96/V6_0" / xsd


def test_check_export_reports_errors_where_schemas_exist(shared_dir: Path) -> None:
    doc = read_file(ROOT / "examples" / "patent.json").document
    out = export_xml(doc)
    assert check_export(out, doc).status == "valid"
    broken = out.xml.replace(b'com:languageCode="en"', b'com:languageCode="english!"')
    assert broken != out.xml
    bad = type(out)(broken, out.request)
    check = check_export(bad, doc)
    assert check.status == "invalid"
    assert "languageCode" in str(check.errors[0])


EXPORT_SCRIPT = """
import sys
from pathlib import Path
from filingassist.model.jsonio import read_file
from filingassist.xmlio import check_export, export_xml

root, out = Path(sys.argv[1]), Path(sys.argv[2])
for kind in sys.argv[3:]:
    doc = read_file(root / "examples" / f"{kind}.json").document
    exported = export_xml(doc)
    (out / f"{kind}.xml").write_bytes(exported.xml)
    print(kind, check_export(exported, doc).status, len(exported.dropped))
"""


def _run(args: list[str], tmp_path: Path, shared: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FILINGASSIST_SHARED": str(shared), "FILINGASSIST_HOME": str(tmp_path)}
    return subprocess.run(
        [sys.executable, *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_export_in_a_process_without_schemas_equals_the_normal_export(
    tmp_path: Path, shared_dir: Path
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    done = _run(["-c", EXPORT_SCRIPT, str(ROOT), str(tmp_path), *KINDS], tmp_path, empty)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    for kind, line in zip(KINDS, lines, strict=True):
        doc = read_file(ROOT / "examples" / f"{kind}.json").document
        here = export_xml(doc)
        assert line == f"{kind} unavailable {len(here.dropped)}"
        produced = (tmp_path / f"{kind}.xml").read_bytes()
        assert produced == here.xml
        errors = xsdvalidate.validate(etree.fromstring(produced), form_for_kind(kind).xsd)
        assert errors == []


def test_cli_export_xml_without_schemas_exits_0_with_a_note(
    tmp_path: Path, no_schemas: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "mm2.xml"
    code = main(["export", str(ROOT / "examples" / "madrid.json"), "--xml", str(out)])
    text = capsys.readouterr().out
    assert code == 0, text
    assert etree.QName(etree.parse(str(out)).getroot()).localname == "MadridOfficeToIBTransaction"
    assert UNAVAILABLE in text
