"""The per-attachment cache of the rules survives another thread clearing it mid-check."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from filingassist.formdefs import form_for_kind
from filingassist.model.defaults import new_document
from filingassist.rules import registry
from filingassist.rules.registry import RuleContext


class _ClearedRightAfterStore(dict[Any, Any]):
    """A cache another thread clears just after this one stored its value (cache full)."""

    def __setitem__(self, key: Any, value: Any) -> None:
        super().__setitem__(key, value)
        self.clear()


def test_cache_cleared_by_another_thread_still_returns_the_value(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(registry, "_DERIVED", _ClearedRightAfterStore())
    form = form_for_kind("trademark")
    ctx = RuleContext(form, new_document(form), dt.date(2026, 1, 1), blobs=lambda d: b"bytes")
    assert ctx.derived("test-size", {"sha256": "f" * 64}, len) == 5
