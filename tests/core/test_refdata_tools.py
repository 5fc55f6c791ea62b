"""tools/refdata_from_wipo.py reads saved official fee pages into our data files.

The excerpts in tests/data/refdata/ were written for these tests after the structure (and a
few figures) of WIPO's individual-fee page and the EPO's international fees page.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import shutil
import sys
from pathlib import Path

import pytest

from filingassist.refdata.parse import parse_dataset

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "refdata"
SPEC = importlib.util.spec_from_file_location(
    "refdata_from_wipo", ROOT / "tools/refdata_from_wipo.py"
)
assert SPEC and SPEC.loader
tool = importlib.util.module_from_spec(SPEC)
sys.modules["refdata_from_wipo"] = tool  # dataclasses look their module up by name
SPEC.loader.exec_module(tool)


def parties():
    doc = tool.read_page(DATA / "wipo_individual_fees_excerpt.html")
    members = json.loads((ROOT / "resources/refdata/madrid_members.json").read_text("utf-8"))
    return doc, {p.code: p for p in tool.assign_codes(tool.parse_madrid(doc), members)}


def test_madrid_page_structures_variants_and_parts():
    doc, found = parties()
    assert tool.status_date(doc) == dt.date(2025, 11, 23)
    assert list(found) == ["OA", "AG", "AU", "BH", "BY", "BX", "BR", "CH"]
    assert found["OA"].base == {"structure": "tiered", "amounts": ["572"], "additional": "119"}
    assert found["AG"].base == {"structure": "flat", "amount": "192"}
    assert found["AU"].base == {"structure": "per_class", "per_class": "232"}
    assert found["BH"].one_class_only
    assert found["BH"].variants["certification"] == {"structure": "per_class", "per_class": "1867"}
    assert found["BY"].base == {
        "structure": "fixed_up_to",
        "amount": "600",
        "classes": 3,
        "additional": "50",
    }
    assert found["BX"].base["amounts"] == ["224", "25"]
    assert found["BX"].variants["collective"]["additional"] == "117"
    assert found["BR"].base == {"structure": "per_class", "per_class": "75"}
    assert found["BR"].second_part == {"structure": "per_class", "per_class": "135"}


def test_madrid_merge_writes_a_file_the_app_accepts(tmp_path):
    folder = tmp_path / "refdata"
    shutil.copytree(ROOT / "resources/refdata", folder)
    target = folder / "fees_madrid.json"
    code = tool.main(
        [
            "madrid",
            str(DATA / "wipo_individual_fees_excerpt.html"),
            "--data",
            str(target),
            "--read",
            "2026-12-01",
            "--version",
            "2026.2",
            "--write",
        ]
    )
    assert code == 0
    fees = parse_dataset("fees_madrid", target.read_bytes(), str(target))
    assert (fees.info.version, fees.info.valid_as_of) == ("2026.2", dt.date(2026, 12, 1))
    br = fees.individual_on("BR", dt.date(2025, 11, 23))
    assert br.second_part is not None and br.structure.amount_for(2) == 150
    ch = fees.individual_on("CH", dt.date(2025, 11, 23))
    assert ch.status == "confirmed" and ch.source == "wipo-ind"
    # unchanged figures keep their first effective date; CH keeps its 2023 entry
    assert ch.effective_from == dt.date(2023, 7, 1)
    assert fees.individual_on("AU", dt.date(2025, 11, 23)).structure.amount_for(1) == 232
    assert fees.individual_on("BH", dt.date(2025, 11, 23)).uncertain  # one class only


def test_madrid_dry_run_prints_changelog_rows_and_writes_nothing(capsys):
    before = (ROOT / "resources/refdata/fees_madrid.json").read_bytes()
    assert tool.main(["madrid", str(DATA / "wipo_individual_fees_excerpt.html")]) == 0
    out = capsys.readouterr().out
    assert "| BR | 251 per class | 75 per class | wipo-ind |" in out
    assert (ROOT / "resources/refdata/fees_madrid.json").read_bytes() == before


def test_unknown_party_or_structure_is_refused_by_name(tmp_path, capsys):
    page = tmp_path / "page.html"
    text = (DATA / "wipo_individual_fees_excerpt.html").read_text()
    page.write_text(text.replace("Australia", "Atlantis"))
    assert tool.main(["madrid", str(page)]) == 1
    assert "Atlantis" in capsys.readouterr().err
    page.write_text(text.replace("for each class of goods", "for every other class of goods"))
    assert tool.main(["madrid", str(page)]) == 1
    assert "Australia: unknown fee structure" in capsys.readouterr().err


def test_oversized_page_refused(tmp_path):
    page = tmp_path / "big.html"
    page.write_bytes(b"<html>" + b" " * (tool.MAX_BYTES + 1))
    with pytest.raises(tool.PageError):
        tool.read_page(page)


def test_epo_page_updates_ro_ep(tmp_path):
    doc = tool.read_page(DATA / "epo_pct_fees_excerpt.html")
    assert tool.parse_epo(doc) == {
        "transmittal_fee": "123",
        "search_fees.EP": "1845",
        "international_filing_fee": "1417",
        "per_sheet": "16",
    }
    target = tmp_path / "fees_pct.json"
    shutil.copy(ROOT / "resources/refdata/fees_pct.json", target)
    args = ["epo-pct", str(DATA / "epo_pct_fees_excerpt.html"), "--data", str(target), "--write"]
    assert tool.main(args) == 0
    fees = parse_dataset("fees_pct", target.read_bytes(), str(target))
    ep = fees.offices["EP"]
    assert (ep.transmittal_fee, ep.international_filing_fee) == (123, 1417)
    assert "transmittal_fee" not in ep.uncertain and "efiling_reductions" in ep.uncertain
