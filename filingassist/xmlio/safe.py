"""Parsing XML that may be hostile: no DTDs, entities or network, bounded size and depth.

Inputs are basic-mark records from other offices and XML files users pick, so the
parser refuses a DOCTYPE outright (that rules out XXE and billion-laughs entity
expansion before any parsing), never loads external resources, and caps size and depth.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from filingassist.errors import InputError
from filingassist.xmlguard import find_dtd

MAX_XML_BYTES = 32 * 1024 * 1024
MAX_DEPTH = 64


def parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def parse_bytes(data: bytes, where: str) -> etree._Element:
    """The root element of ``data``.

    Raises:
        InputError: too large, a DOCTYPE or entity declaration, not well-formed, or nested
            deeper than MAX_DEPTH (the message names the file and line).
    """
    if len(data) > MAX_XML_BYTES:
        raise InputError(f"XML of {len(data)} bytes exceeds the {MAX_XML_BYTES} byte limit", where)
    found = find_dtd(data)
    if found is not None:
        line = data[:found].count(b"\n") + 1
        raise InputError(
            f"line {line}: DOCTYPE and entity declarations are not accepted "
            "(they could expand or fetch external content)",
            where,
        )
    try:
        root = etree.fromstring(data, parser())
    except etree.XMLSyntaxError as exc:
        raise InputError(f"line {exc.lineno}: not well-formed XML ({exc.msg})", where) from exc
    if root is None:
        raise InputError("empty XML document", where)
    _check_depth(root, where)
    return root


def parse_file(path: Path) -> etree._Element:
    try:
        size = path.stat().st_size
        if size > MAX_XML_BYTES:
            raise InputError(
                f"file of {size} bytes exceeds the {MAX_XML_BYTES} byte limit", str(path)
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror})", str(path)) from exc
    return parse_bytes(data, str(path))


def _check_depth(root: etree._Element, where: str) -> None:
    stack = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise InputError(
                f"line {node.sourceline}: elements nested deeper than {MAX_DEPTH}", where
            )
        stack.extend((child, depth + 1) for child in node)
