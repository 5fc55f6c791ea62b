"""XSD validation against the official ST.96 schemas, each compiled once per process.

Compiling a V6_0 schema takes about 2 s (mostly FlattenedMathML3.xsd), so schemas are
compiled lazily on first use, never at import, and kept; the UI calls this off the GUI
thread. Schema files are local (``paths.st96_dir()``); the parser never reaches the network.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from lxml import etree

from filingassist import paths
from filingassist.errors import InputError

_SCHEMAS: dict[str, etree.XMLSchema] = {}
_LOCK = threading.Lock()


@dataclass(frozen=True)
class SchemaError:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


def schema(xsd: str) -> etree.XMLSchema:
    """The compiled schema ``xsd`` (relative to the ST.96 folder), compiled once."""
    with _LOCK:
        found = _SCHEMAS.get(xsd)
        if found is None:
            path = paths.st96_dir() / xsd
            parser = etree.XMLParser(resolve_entities=False, no_network=True)
            try:
                found = etree.XMLSchema(etree.parse(str(path), parser))
            except (OSError, etree.XMLSchemaParseError, etree.XMLSyntaxError) as exc:
                raise InputError(f"cannot load the ST.96 schema ({exc})", str(path)) from exc
            _SCHEMAS[xsd] = found
        return found


def validate(root: etree._Element, xsd: str) -> list[SchemaError]:
    """Every schema violation of ``root`` (empty when valid)."""
    compiled = schema(xsd)
    if compiled.validate(root):
        return []
    return [SchemaError(e.line, e.message) for e in compiled.error_log]
