"""Responses to notices without a network: schema upgrades, the office's checks of
``responds_to``, the client's link from package to notice and its receipt check."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from filingassist.errors import InputError, VerificationError
from filingassist.office import responses as office_responses
from filingassist.office import store as office_store
from filingassist.packaging.package import PackageFile, build_package
from filingassist.store import migrations
from filingassist.store.db import DB_NAME, connect
from filingassist.sync import outbox, responses
from filingassist.sync.receipts import Receipt
from tests.support.fixtures import client_db
from tests.support.pkgtools import make_signer


def _package(folder: Path, meta: dict[str, Any], name: str = "pkg.zip") -> Path:
    built = build_package(
        [PackageFile("application.xml", b"<a/>", "application/xml")],
        {"kind": "test", **meta},
        make_signer(),
        dt.datetime.now(dt.UTC),
    )
    path = folder / name
    path.write_bytes(built.data)
    return path


def _receipt(package_id: str, app_no: str, kind: str, notice: int | None) -> Receipt:
    return Receipt(package_id, app_no, "2026-11-25T10:00:00+01:00", b"{}", b"", {}, kind, notice)


def test_an_old_client_database_is_upgraded_keeping_its_receipts(isolated_home: Path) -> None:
    db = connect(isolated_home / DB_NAME)
    migrations.migrations.apply(db, stop_before="m005_notice_responses")
    db["receipts"].insert(
        {
            "package_id": "a" * 64,
            "office": "XX",
            "application_number": "XX-2026-000001",
            "filed_at": "2026-11-25T10:00:00+01:00",
            "receipt": b"{}",
            "signature": b"",
            "received_at": "2026-11-25T09:00:00+00:00",
        }
    )
    migrations.apply(db)
    rows = outbox.receipts(db)
    assert len(rows) == 1 and rows[0]["application_number"] == "XX-2026-000001"
    assert (rows[0]["kind"], rows[0]["responds_to_notice"], rows[0]["late"]) == (
        "filing",
        None,
        False,
    )
    assert "responses" in db.table_names()
    db.close()


def test_an_old_office_data_folder_gains_the_responses_table(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / office_store.DB_FILE)
    conn.execute(
        "CREATE TABLE filings (package_id TEXT PRIMARY KEY, account TEXT NOT NULL, "
        "application_number TEXT UNIQUE NOT NULL, filed_at TEXT NOT NULL, receipt BLOB NOT NULL, "
        "signature BLOB NOT NULL, package_sha256 TEXT NOT NULL)"
    )
    conn.execute(
        "INSERT INTO filings VALUES ('p1', 'jane', 'XX-2026-000001', 'now', x'00', x'00', 'd')"
    )
    conn.commit()
    conn.close()
    db = office_store.open_db(tmp_path)
    try:
        assert "responses" in db.table_names()
        assert db.execute("SELECT application_number FROM filings").fetchall() == [
            ("XX-2026-000001",)
        ]
    finally:
        db.close()


@pytest.fixture
def office_db(tmp_path: Path) -> Any:
    db = office_store.open_db(tmp_path)
    db.execute(
        "INSERT INTO filings VALUES ('p1', 'jane', 'XX-2026-000001', 'now', x'00', x'00', 'd')"
    )
    db.execute(
        "INSERT INTO notices(account, application_number, body, signature, issued_at) "
        "VALUES ('jane', 'XX-2026-000001', ?, x'00', 'now')",
        [b'{"deadline": "2026-12-31"}'],
    )
    db.conn.commit()
    yield db
    db.close()


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("XX-2026-000001", "responds_to must be an object"),
        ({"office": "YY", "application_number": "XX-2026-000001", "notice": 1}, "office is 'YY'"),
        ({"office": "XX", "application_number": "", "notice": 1}, "must be a non-empty string"),
        ({"office": "XX", "application_number": "XX-2026-000001", "notice": True}, "notice must"),
        ({"office": "XX", "application_number": "XX-2026-000001", "notice": 0}, "notice must"),
        ({"office": "XX", "application_number": "XX-2026-000001", "notice": 2}, "notice 2 does"),
    ],
)
def test_the_office_names_what_is_wrong_with_responds_to(
    office_db: Database, value: Any, reason: str
) -> None:
    target, reasons = office_responses.find_target(office_db, "XX", "jane", value)
    assert target is None and len(reasons) == 1 and reason in reasons[0]


def test_the_office_finds_the_notice_and_its_deadline(office_db: Database) -> None:
    value = {"office": "XX", "application_number": "XX-2026-000001", "notice": 1}
    target, reasons = office_responses.find_target(office_db, "XX", "jane", value)
    assert reasons == [] and target == office_responses.Target("XX-2026-000001", 1, "2026-12-31")
    _, reasons = office_responses.find_target(office_db, "XX", "bob", value)
    assert reasons == ["responds_to: no application XX-2026-000001 was filed by this account"]
    tz = dt.timezone(dt.timedelta(hours=-10))
    assert not office_responses.is_late(target, dt.datetime(2026, 12, 31, 23, 59, tzinfo=tz))
    assert office_responses.is_late(target, dt.datetime(2027, 1, 1, 0, 0, tzinfo=tz))
    assert not office_responses.is_late(
        office_responses.Target("XX-2026-000001", 1, None), dt.datetime(2099, 1, 1, tzinfo=tz)
    )


def test_queueing_links_a_response_to_its_notice(tmp_path: Path) -> None:
    db = client_db(tmp_path / "client.sqlite")
    target = {"office": "XX", "application_number": "XX-2026-000001", "notice": 3}
    item = outbox.add(db, _package(tmp_path, {"responds_to": target}), "XX")
    plain = outbox.add(db, _package(tmp_path, {}, "plain.zip"), "XX")
    rows = list(db.query("SELECT package_id, application_number, notice_seq FROM responses"))
    assert rows == [
        {"package_id": item.package_id, "application_number": "XX-2026-000001", "notice_seq": 3}
    ]
    # the receipt must agree: a response receipted as a new application is not proof
    responses.check_receipt(db, _receipt(item.package_id, "XX-2026-000001", "response", 3))
    with pytest.raises(VerificationError, match="as a new application"):
        responses.check_receipt(db, _receipt(item.package_id, "XX-2026-000009", "filing", None))
    with pytest.raises(VerificationError, match="not notice 3 of XX-2026-000001"):
        responses.check_receipt(db, _receipt(item.package_id, "XX-2026-000001", "response", 4))
    responses.check_receipt(db, _receipt(plain.package_id, "XX-2026-000002", "filing", None))
    with pytest.raises(VerificationError, match="for a new application"):
        responses.check_receipt(db, _receipt(plain.package_id, "XX-2026-000001", "response", 3))
    db.conn.close()


def test_a_response_for_another_office_or_malformed_is_not_queued(tmp_path: Path) -> None:
    db = client_db(tmp_path / "client.sqlite")
    other = {"office": "YY", "application_number": "YY-2026-000001", "notice": 1}
    with pytest.raises(InputError, match="notice of office YY, but is queued for XX"):
        outbox.add(db, _package(tmp_path, {"responds_to": other}), "XX")
    bad = {"office": "XX", "application_number": "XX-2026-000001", "notice": "1"}
    with pytest.raises(InputError, match="responds_to must be") as err:
        outbox.add(db, _package(tmp_path, {"responds_to": bad}, "bad.zip"), "XX")
    assert err.value.where.endswith("bad.zip!manifest.json")
    assert outbox.items(db) == [] and list(db.query("SELECT * FROM responses")) == []
    db.conn.close()


def test_the_notices_list_shows_the_newest_response_that_was_not_refused(tmp_path: Path) -> None:
    db = client_db(tmp_path / "client.sqlite")
    db.execute(
        "INSERT INTO notices(office, seq, application_number, package_id, kind, text, issued_at, "
        "deadline) VALUES ('XX', 1, 'XX-2026-000001', 'p', 'irregularity', 't', 'now', "
        "'2026-12-31')"
    )
    db.conn.commit()
    target = {"office": "XX", "application_number": "XX-2026-000001", "notice": 1}
    first = outbox.add(db, _package(tmp_path, {"responds_to": target, "n": 1}, "a.zip"), "XX")
    outbox.update(db, first.package_id, state="refused", refusal_reasons=["no"])
    [row] = responses.notices_with_responses(db)
    assert (row["response_package_id"], row["response_state"]) == (first.package_id, "refused")
    second = outbox.add(db, _package(tmp_path, {"responds_to": target, "n": 2}, "b.zip"), "XX")
    [row] = responses.notices_with_responses(db)
    assert (row["response_package_id"], row["response_state"]) == (second.package_id, "queued")
    assert row["response_late"] is None and row["deadline"] == "2026-12-31"
    db.conn.close()
