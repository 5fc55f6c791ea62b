"""One DTD detector for every XML reader: any letter case, UTF-8 and UTF-16."""

from __future__ import annotations

import pytest

from filingassist.xmlguard import find_dtd

DOC = '<?xml version="1.0"?>\n{decl}<root/>'


@pytest.mark.parametrize(
    "decl", ["<!DOCTYPE r>", "<!doctype r>", "<!DocType r>", "<!ENTITY x 'y'>"]
)
@pytest.mark.parametrize("codec", ["utf-8", "utf-16-le", "utf-16-be"])
def test_declarations_are_found_in_any_case_and_encoding(decl: str, codec: str) -> None:
    data = DOC.format(decl=decl).encode(codec)
    expected = DOC.index("{decl}") * len("x".encode(codec))
    assert find_dtd(data) in (expected, expected - 1)  # UTF-16 byte order is not known
    if codec == "utf-8":
        assert find_dtd(data) == expected


@pytest.mark.parametrize("codec", ["utf-8", "utf-16-le", "utf-16-be"])
def test_plain_documents_pass(codec: str) -> None:
    assert find_dtd(DOC.format(decl="<!-- DOCTYPE in a comment is text -->").encode(codec)) is None
