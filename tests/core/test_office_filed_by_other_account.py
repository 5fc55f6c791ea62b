"""A package already filed by another account is refused, not retried for ever."""

from __future__ import annotations

from pathlib import Path

import pytest

from filingassist.office import store as office_store
from filingassist.sync import outbox
from filingassist.sync.runner import run_once
from filingassist.sync.transport import RequestsTransport
from tests.support import fixtures
from tests.support.fixtures import FrozenClock, Office, client_db, make_package, pin_office

office, transport = fixtures.office, fixtures.transport

pytestmark = [pytest.mark.network, pytest.mark.timeout(60)]


def test_same_package_from_another_account_is_refused(
    tmp_path: Path, office: Office, transport: RequestsTransport
) -> None:
    odb = office_store.open_db(office.data)
    try:
        bob_token = office_store.add_account(odb, "bob")
    finally:
        odb.close()
    pkg = make_package(tmp_path)
    alice, bob = client_db(tmp_path / "alice.sqlite"), client_db(tmp_path / "bob.sqlite")
    try:
        item = outbox.add(alice, pkg, pin_office(alice, office.url, office.token))
        assert run_once(alice, transport, FrozenClock()).receipted == [item.package_id]
        outbox.add(bob, pkg, pin_office(bob, office.url, bob_token))
        result = run_once(bob, transport, FrozenClock())
        assert result.refused == [item.package_id]
        assert outbox.get(bob, item.package_id).refusal_reasons == [
            "package: filed by another account"
        ]
        assert outbox.receipts(bob) == []
    finally:
        alice.conn.close()
        bob.conn.close()
