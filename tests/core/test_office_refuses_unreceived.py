"""The reference office itself refuses a new application it does not declare it receives
(discovery ``receives``), one by one and inside a bundle; the client's check before queueing
is not the only guard (issue 16, item 2: a package filed in the US was receipted by XX)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlite_utils import Database

from filingassist.sync import outbox
from filingassist.sync.runner import run_once
from filingassist.sync.transport import RequestsTransport
from tests.support import fixtures, pkgtools
from tests.support.fixtures import FrozenClock, Office, pin_office, start_office
from tests.support.tushttp import send

db = fixtures.db

pytestmark = [pytest.mark.network, pytest.mark.timeout(120)]


def _application(kind: str, office: str) -> bytes:
    form, field = {
        "trademark": ("trademark", "office"),
        "madrid": ("madrid-mm2", "office_of_origin"),
        "patent": ("patent", "receiving_office"),
    }[kind]
    document = {"kind": kind, "form": form, "form_version": 1, "data": {field: office}}
    return json.dumps(document).encode()


@pytest.fixture
def xx_office(tmp_path: Path):  # type: ignore[no-untyped-def]
    o = start_office(tmp_path / "office", receives={"trademark": ["XX", "EM"], "madrid": ["XX"]})
    yield o
    o.server.stop()


def _refused_with(response, *words: str) -> str:  # type: ignore[no-untyped-def]
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["refused"] is True and len(body["reasons"]) == 1, body
    reason = str(body["reasons"][0])
    for word in words:
        assert word in reason, reason
    return reason


def test_a_single_submit_for_an_office_code_it_does_not_receive_is_refused(
    xx_office: Office,
) -> None:
    url, token = xx_office.url, xx_office.token
    us, us_id = pkgtools.build_package({"application.json": _application("trademark", "US")})
    reason = _refused_with(send(url, token, us, us_id), "trademark", "US")
    assert "does not receive" in reason and "XX, EM" in reason  # says what it does receive
    # the refusal is final: the same package submitted again gets the same answer
    assert _refused_with(send(url, token, us, us_id)) == reason

    patent, patent_id = pkgtools.build_package({"application.json": _application("patent", "XX")})
    _refused_with(send(url, token, patent, patent_id), "patent", "XX")  # kind not declared
    lower, lower_id = pkgtools.build_package({"application.json": _application("madrid", "xx")})
    assert send(url, token, lower, lower_id).status_code == 201  # codes compare upper-cased
    em, em_id = pkgtools.build_package({"application.json": _application("trademark", "EM")})
    assert send(url, token, em, em_id).status_code == 201


def test_a_package_that_does_not_say_where_it_is_filed_is_refused(xx_office: Office) -> None:
    url, token = xx_office.url, xx_office.token
    bare, bare_id = pkgtools.build_package({"a.xml": b"<a/>"}, application=False)
    _refused_with(send(url, token, bare, bare_id), "no application.json")
    junk, junk_id = pkgtools.build_package({"application.json": b"{not json"})
    _refused_with(send(url, token, junk, junk_id), "application.json: cannot be read")
    unknown, unknown_id = pkgtools.build_package(
        {"application.json": json.dumps({"kind": "trademark", "form": "nope"}).encode()}
    )
    _refused_with(send(url, token, unknown, unknown_id), "application.json: cannot be read")


def test_inside_a_bundle_only_the_package_it_does_not_receive_is_refused(
    tmp_path: Path, xx_office: Office, db: Database
) -> None:
    code = pin_office(db, xx_office.url, xx_office.token)
    queued = {}
    for name, kind, office in [
        ("xx1", "trademark", "XX"),
        ("us", "trademark", "US"),
        ("xx2", "madrid", "XX"),
        ("ch", "madrid", "CH"),
    ]:
        data, _ = pkgtools.build_package({"application.json": _application(kind, office)})
        path = tmp_path / f"{name}.zip"
        path.write_bytes(data)
        # outbox.add itself does not look at the declaration (Workspace.queue does): this is
        # a client that skipped the check, or a declaration narrowed after queueing
        queued[name] = outbox.add(db, path, code).package_id
    sent: list[str] = []

    class Logging(RequestsTransport):
        def request(self, method, url, **kwargs):  # type: ignore[no-untyped-def]
            sent.append(url)
            return super().request(method, url, **kwargs)

    result = run_once(db, Logging(), FrozenClock())
    assert any(u.endswith("/filings/batch") for u in sent)  # went as one bundle
    assert sorted(result.receipted) == sorted([queued["xx1"], queued["xx2"]])
    assert sorted(result.refused) == sorted([queued["us"], queued["ch"]])
    us = outbox.get(db, queued["us"]).refusal_reasons
    assert len(us) == 1 and "trademark" in us[0] and "US" in us[0], us
    ch = outbox.get(db, queued["ch"]).refusal_reasons
    assert len(ch) == 1 and "madrid" in ch[0] and "CH" in ch[0], ch
