"""The office answers a malformed submit body with 400, never 500 (which clients retry)."""

from __future__ import annotations

import pytest
import requests

from tests.support import fixtures
from tests.support.fixtures import Office

office = fixtures.office

pytestmark = [pytest.mark.network, pytest.mark.timeout(60)]


@pytest.mark.parametrize(
    "body",
    [b"[" * 8000 + b"]" * 8000, b'{"upload_url": 1}', b"[]", b"\xff"],
    ids=["deeply-nested", "missing-key", "not-an-object", "not-utf8"],
)
def test_malformed_submit_body_is_400(office: Office, body: bytes) -> None:
    r = requests.post(
        f"{office.url}/filings",
        data=body,
        headers={"Authorization": f"Bearer {office.token}", "Content-Type": "application/json"},
        timeout=10,
    )
    assert r.status_code == 400, r.text
