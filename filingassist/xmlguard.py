"""Spotting DTDs in untrusted XML before any parser sees it.

A DOCTYPE or ENTITY declaration is how XXE and billion-laughs inputs work, and no filing
document needs one, so every reader of XML (ST.96 import, basic-mark records, XLSX parts)
refuses them outright. One place, so every reader catches the same spellings: any letter
case, in UTF-8 and in UTF-16 (a UTF-16 document hides the ASCII bytes from a naive search).
"""

from __future__ import annotations

import re

_MARKERS = (b"<!DOCTYPE", b"<!ENTITY")
_PATTERNS = tuple(
    re.compile(
        b"".join(
            re.escape(ch.encode(codec))
            if not ch.isalpha()
            else b"(?:"
            + re.escape(ch.upper().encode(codec))
            + b"|"
            + re.escape(ch.lower().encode(codec))
            + b")"
            for ch in marker.decode("ascii")
        )
    )
    for marker in _MARKERS
    for codec in ("utf-8", "utf-16-le", "utf-16-be")
)


def find_dtd(data: bytes) -> int | None:
    """Offset of the first DOCTYPE/ENTITY declaration in ``data``, or None.

    In UTF-16 without a byte-order mark the offset may be one byte early (the other byte
    order matches too); callers use it for a line number in UTF-8 and a yes/no otherwise.
    """
    found = [m.start() for p in _PATTERNS if (m := p.search(data))]
    return min(found) if found else None
