"""Odd office replies map into the core's error tree; nothing escapes as another exception."""

from __future__ import annotations

import pytest

from filingassist.errors import RejectedByOffice, TransientSyncError
from filingassist.sync.errormap import raise_for_status, retry_after
from filingassist.sync.transport import Response

DEEP = b"[" * 100_000 + b"]" * 100_000


def test_deeply_nested_reply_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="nested too deeply"):
        Response(200, {}, DEEP).json()


def test_refusal_with_a_deeply_nested_body_is_still_a_refusal() -> None:
    with pytest.raises(RejectedByOffice, match="office refused \\(422\\)"):
        raise_for_status(Response(422, {}, DEEP), "submit")


@pytest.mark.parametrize("value", ["\u00b2", "\u00b9\u00b2"])
def test_retry_after_with_non_ascii_digits_is_ignored(value: str) -> None:
    assert retry_after(Response(429, {"Retry-After": value})) is None
    with pytest.raises(TransientSyncError) as caught:
        raise_for_status(Response(429, {"Retry-After": value}), "submit")
    assert caught.value.retry_after is None
