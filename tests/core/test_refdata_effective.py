"""Effective-dated tables and stale data: a pack carries tomorrow's fees; old tables warn.

A signed data pack installed today may hold a table that takes effect tomorrow: quotes for
today keep the table in force today, quotes for a filing dated tomorrow use the new one, and
each quote names the version and effective date it used. A table past its review date makes
``refdata list``, ``fees`` and ``validate`` say so. Dates are relative to today, so these
tests never turn into time bombs.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from filingassist import refdata
from filingassist.cli.main import main
from filingassist.formdefs import get_form
from filingassist.model.document import set_path
from filingassist.model.jsonio import read_file
from filingassist.refdata import loader, status
from filingassist.refdata.fees import madrid_quote
from filingassist.refdata.loader import shipped_path
from filingassist.refdata.pack import build_pack, import_pack
from filingassist.rules.engine import validate
from tests.conftest import ROOT
from tests.core.test_refdata_pack import publisher  # noqa: F401  (fixture)

TODAY = dt.date.today()
TOMORROW = TODAY + dt.timedelta(days=1)


def madrid_table(version: str, **header: str) -> dict:
    doc = json.loads(shipped_path("fees_madrid").read_text())
    doc.update(version=version, **header)
    return doc


def install(tmp_path, key, doc: dict, name: str = "fees_madrid") -> None:
    path = tmp_path / f"{name}-{doc['version']}.zip"
    path.write_bytes(build_pack({name: json.dumps(doc).encode()}, key))
    import_pack(path)


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out


def test_future_dated_table_switches_on_its_effective_date(tmp_path, publisher):  # noqa: F811
    doc = madrid_table("2027.1", valid_as_of=TODAY.isoformat(), effective_from=TOMORROW.isoformat())
    doc["basic_fee"]["black_and_white"] = "700"
    install(tmp_path, publisher, doc)

    today = madrid_quote("CH", False, [9], ["DE"])
    assert today.lines[0].amount == Decimal("653.00")
    assert (today.schedule_version, today.on) == ("2026.1", TODAY)

    tomorrow = madrid_quote("CH", False, [9], ["DE"], on=TOMORROW)
    assert tomorrow.lines[0].amount == Decimal("700.00")
    assert tomorrow.schedule_version == "2027.1"
    assert tomorrow.tables[0].effective_from == TOMORROW

    # the installed version is the active one, yet today's data set is the one in force
    assert refdata.dataset_info("fees_madrid").version == "2026.1"
    assert [u.version for u in status.table_status("fees_madrid").upcoming] == ["2027.1"]


def test_refdata_list_and_fees_name_the_upcoming_version(tmp_path, publisher, capsys):  # noqa: F811
    doc = madrid_table("2027.1", valid_as_of=TODAY.isoformat(), effective_from=TOMORROW.isoformat())
    install(tmp_path, publisher, doc)
    code, out = run(capsys, "refdata", "list")
    assert code == 0
    assert f"next: 2027.1 takes effect on {TOMORROW.isoformat()}" in out
    example = ROOT / "examples" / "madrid.json"
    code, out = run(capsys, "fees", str(example), "--on", TOMORROW.isoformat(), "--json")
    assert code == 0 and json.loads(out)["schedule_version"] == "2027.1"
    code, out = run(capsys, "fees", str(example), "--on", TODAY.isoformat(), "--json")
    assert json.loads(out)["schedule_version"] == "2026.1"


def stale_doc() -> dict:
    read = TODAY - dt.timedelta(days=400)
    return madrid_table(
        "2027.1",
        valid_as_of=read.isoformat(),
        effective_from=read.isoformat(),
        review_by=(TODAY - dt.timedelta(days=10)).isoformat(),
    )


def test_table_past_its_review_date_is_loud_everywhere(tmp_path, publisher, capsys):  # noqa: F811
    install(tmp_path, publisher, stale_doc())
    info = refdata.dataset_info("fees_madrid")
    assert info.version == "2027.1" and info.is_stale(TODAY)
    assert [s.info.name for s in status.stale_tables()] == ["fees_madrid"]

    code, out = run(capsys, "refdata", "list")
    assert "STALE, past review date" in out and "WARNING: past the review date: fees_madrid" in out
    code, out = run(capsys, "refdata", "list", "--json")
    row = next(d for d in json.loads(out)["datasets"] if d["dataset"] == "fees_madrid")
    assert row["stale"] is True and row["age_days"] == 400

    example = ROOT / "examples" / "madrid.json"
    code, out = run(capsys, "fees", str(example), "--on", TODAY.isoformat())
    assert "WARNING: fees_madrid 2027.1 is past its review date" in out
    assert "STALE" in out

    doc = read_file(example).document
    date_field = get_form(doc.form, doc.form_version).role_field("filing_date")
    assert date_field is not None
    set_path(doc.data, date_field.path, TODAY.isoformat())
    found = [f for f in validate(doc) if f.code == "REFDATA-STALE"]
    assert len(found) == 1
    # on the form's filing-date field (the MM2's item 13), the day the quote is for
    assert found[0].severity.value == "warning" and found[0].path == date_field.path
    assert found[0].params["table"] == "fees_madrid"
    assert "past its review date" in found[0].text()


def test_table_without_review_date_is_stale_after_six_months():
    info = loader.load_shipped("fees_madrid").info
    from dataclasses import replace

    undated = replace(info, review_by=None, valid_as_of=dt.date(2026, 1, 31))
    assert undated.review_date == dt.date(2026, 7, 31)
    assert not undated.is_stale(dt.date(2026, 7, 31))
    assert undated.is_stale(dt.date(2026, 8, 1))
    assert status.age_text(400) == "13 months" and status.age_text(3) == "3 days"


@pytest.mark.parametrize(
    ("designations", "expected"),
    [(["CN", "AU"], 0), (["CN", "US"], 1), (["IL"], 1)],
)
def test_validate_warns_when_the_quote_rests_on_unconfirmed_figures(designations, expected):
    doc = read_file(ROOT / "examples" / "madrid.json").document
    doc.data["designations"] = [{"country": c} for c in designations]
    found = [f for f in validate(doc) if f.code == "REFDATA-TBC"]
    assert len(found) == expected
    if expected:
        assert designations[-1] in found[0].params["items"]
        assert "to be confirmed" in found[0].text()
