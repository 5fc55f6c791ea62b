"""docs/rules.md lists every declared rule with its basis; request-format.md every request key."""

from __future__ import annotations

from pathlib import Path

from filingassist.formdefs import form_for_kind
from filingassist.rules.ruledefs import all_rules

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_rule_table_lists_every_rule() -> None:
    text = (DOCS / "rules.md").read_text(encoding="utf-8")
    missing = [c for c, r in all_rules().items() if f"| `{c}` |" not in text or r.basis not in text]
    assert missing == []


def test_request_format_documents_every_request_key() -> None:
    text = (DOCS / "request-format.md").read_text(encoding="utf-8")
    keys = {
        f.xpath.removeprefix("request:")
        for f in form_for_kind("patent").fields
        if f.xpath.startswith("request:")
    }
    undocumented = sorted(k for k in keys if f"`{k}`" not in text and f".{k}`" not in text)
    assert undocumented == []
