"""Hostile XML is refused with a clear error: XXE, billion laughs, oversize, depth, garbage."""

from __future__ import annotations

from pathlib import Path

import pytest

from filingassist.errors import InputError
from filingassist.xmlio import import_xml, safe

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<tmk:TrademarkApplication xmlns:tmk="http://www.wipo.int/standards/XMLSchema/ST96/Trademark">&xxe;</tmk:TrademarkApplication>"""

LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<lolz>&lol4;</lolz>"""

EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE r SYSTEM "http://127.0.0.1:9/evil.dtd"><r/>"""


@pytest.mark.parametrize(
    "data", [XXE, LAUGHS, EXTERNAL_DTD], ids=["xxe", "billion-laughs", "external-dtd"]
)
def test_doctype_and_entities_are_rejected(data: bytes) -> None:
    with pytest.raises(
        InputError, match="DOCTYPE and entity declarations are not accepted"
    ) as info:
        import_xml(data, "evil.xml")
    assert info.value.where == "evil.xml"
    assert "line 2" in str(info.value)


def test_oversized_input_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safe, "MAX_XML_BYTES", 1000)
    with pytest.raises(InputError, match="exceeds the 1000 byte limit"):
        safe.parse_bytes(b"<r>" + b"x" * 2000 + b"</r>", "big.xml")


def test_deep_nesting_is_rejected() -> None:
    data = b"<a>" * 200 + b"</a>" * 200
    with pytest.raises(InputError, match="nested deeper than 64"):
        safe.parse_bytes(data, "deep.xml")


def test_not_well_formed_names_the_line() -> None:
    with pytest.raises(InputError, match=r"line 3: not well-formed XML"):
        safe.parse_bytes(b"<a>\n<b>\n</a>", "broken.xml")


def test_unknown_root_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="not an ST.96 document this program reads"):
        import_xml(b"<html/>", "page.xml")


def test_entity_reference_without_declaration_is_not_expanded() -> None:
    with pytest.raises(InputError, match="not well-formed"):
        safe.parse_bytes(b"<r>&undefined;</r>", "x.xml")


def test_parse_file_refuses_large_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safe, "MAX_XML_BYTES", 10)
    path = tmp_path / "big.xml"
    path.write_bytes(b"<r>0123456789</r>")
    with pytest.raises(InputError, match="exceeds"):
        safe.parse_file(path)
