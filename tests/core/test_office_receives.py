"""A package goes only to an office that declares it receives that kind for the office code
the application names (office of filing, Office of origin, receiving Office)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from filingassist.app import Workspace
from filingassist.cli.main import main
from filingassist.cli.sync import _receives
from filingassist.errors import NotReceivedByOffice, UsageError
from filingassist.formdefs import KIND_FORMS, form_for_kind
from filingassist.office.identity import declared_receives, load_or_create
from filingassist.sync.offices import declared_receives as client_declared
from tests.support.fixtures import start_office

pytestmark = [pytest.mark.network, pytest.mark.timeout(120)]
ROOT = Path(__file__).resolve().parents[2]
PASS = b"correct horse battery staple"


@pytest.mark.parametrize(
    ("kind", "path"),
    [("trademark", "office"), ("madrid", "office_of_origin"), ("patent", "receiving_office")],
)
def test_each_form_names_the_office_it_is_filed_with_by_role(kind, path) -> None:
    field = form_for_kind(kind).role_field("receiving_office")
    assert field is not None and field.path == path


def test_the_reference_office_declares_its_own_code_by_default(tmp_path: Path) -> None:
    load_or_create(tmp_path, code="US")
    assert declared_receives(tmp_path, "US") == {kind: ["US"] for kind in KIND_FORMS}
    config = json.loads((tmp_path / "office.json").read_text())
    config["receives"] = {"trademark": ["us", "EM"]}
    (tmp_path / "office.json").write_text(json.dumps(config))
    assert declared_receives(tmp_path, "US") == {"trademark": ["US", "EM"]}


def test_serve_option_and_hostile_declarations() -> None:
    assert _receives(["trademark=US,em", "madrid=CH"]) == {
        "trademark": ["US", "EM"],
        "madrid": ["CH"],
    }
    with pytest.raises(UsageError):
        _receives(["films=US"])
    hostile = {"receives": {"trademark": ["US", 7, "<script>", "X" * 40], "x y": ["US"], "p": "US"}}
    assert client_declared(hostile) == {"trademark": ("US",)}
    assert client_declared({"receives": ["US"]}) == {}


def _signed(ws: Workspace, kind: str, office: str | None = None) -> str:
    draft = ws.import_file(ROOT / "examples" / f"{kind}.json")
    if office is not None:
        doc = ws.load(draft.id)
        doc.data["office"] = office
        ws.save(draft.id, doc)
    if not ws.keys():
        ws.create_key("Tester", PASS)
    return ws.pack(draft.id, ws.unlock_key("Tester", PASS)).package_id


def test_queue_and_outbox_add_refuse_an_office_that_does_not_receive_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    office = start_office(tmp_path / "office", receives={"trademark": ["XX", "EM"]})
    try:
        home = tmp_path / "home"
        monkeypatch.setenv("FILINGASSIST_HOME", str(home))
        ws = Workspace.open(home)
        doc, fp = ws.discover_office(office.url)
        assert doc["receives"] == {"trademark": ["XX", "EM"]}
        ws.add_office(office.url, fp, office.token)
        us = _signed(ws, "trademark", office="US")  # filed in the US: not this office's
        with pytest.raises(NotReceivedByOffice) as refused:
            ws.queue(us)
        assert (refused.value.kind, refused.value.wanted) == ("trademark", "US")
        assert ws.outbox() == []
        madrid = _signed(ws, "madrid")  # an MM2 through CH: this office declares no MM2
        path = ws.packages()[0].path if ws.packages()[0].package_id == madrid else None
        path = path or next(p.path for p in ws.packages() if p.package_id == madrid)
        ws.close()
        assert main(["outbox", "add", str(path)]) == 2
        err = capsys.readouterr().err
        assert "does not receive madrid applications for CH" in err
        ws = Workspace.open(home)
        assert ws.outbox() == []
        em = _signed(ws, "trademark")  # the example: office of filing EM
        assert ws.queue(em).office == "XX"
        assert ws.offices_for(em)[0].code == "XX" and ws.offices_for(us) == []
        ws.close()
    finally:
        office.server.stop()


def test_a_pass_refreshes_what_the_office_declares(tmp_path: Path) -> None:
    """An office pinned before offices declared anything learns the declaration at a pass."""
    office = start_office(tmp_path / "office", receives={"trademark": ["EM"]})
    try:
        ws = Workspace.open(tmp_path / "home")
        _doc, fp = ws.discover_office(office.url)
        ws.add_office(office.url, fp, office.token)
        ws._store.db.execute("UPDATE offices SET receives = ''")  # as migrated from m008
        assert ws.offices()[0].receives == {}
        assert ws.sync_once().reachable
        assert ws.offices()[0].receives == {"trademark": ("EM",)}
        ws.close()
    finally:
        office.server.stop()
