"""XSD validation against the official ST.96 schemas, each compiled once per process.

Compiling a V6_0 schema takes about 2 s (mostly FlattenedMathML3.xsd), so schemas are
compiled lazily on first use, never at import, and kept; the UI calls this off the GUI
thread. The schema files are not installed with the program (export and import use the
shipped model, ``xmlio.schema``): they are found in ``paths.st96_dir()`` (a developer
checkout's ../shared, or ``$FILINGASSIST_SHARED``) or directly in ``$FILINGASSIST_SHARED``.
Where they are absent, ``SchemaUnavailable`` says how to enable the check; callers report
that note instead of failing. The parser never reaches the network.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from filingassist import paths
from filingassist.errors import InputError, SchemaUnavailable

UNAVAILABLE = (
    "schema check not available: set FILINGASSIST_SHARED to the ST.96 V6_0 schema folder "
    "(or to a shared folder holding standards/st96/V6_0)"
)

_SCHEMAS: dict[str, etree.XMLSchema] = {}
_LOCK = threading.Lock()


@dataclass(frozen=True)
class SchemaError:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


def schema_path(xsd: str) -> Path | None:
    """Where ``xsd`` (relative to the ST.96 V6_0 folder) is, or None when it is nowhere."""
    for folder in (paths.st96_dir(), paths.shared_dir()):
        if (folder / xsd).is_file():
            return folder / xsd
    return None


def available(xsd: str) -> bool:
    """True when the schema ``xsd`` can be compiled here (its files are present)."""
    return xsd in _SCHEMAS or schema_path(xsd) is not None


def schema(xsd: str) -> etree.XMLSchema:
    """The compiled schema ``xsd`` (relative to the ST.96 folder), compiled once.

    Raises:
        SchemaUnavailable: the schema files are not on this machine.
        InputError: they are, but cannot be read or compiled (the message names the file).
    """
    with _LOCK:
        found = _SCHEMAS.get(xsd)
        if found is None:
            path = schema_path(xsd)
            if path is None:
                raise SchemaUnavailable(f"{UNAVAILABLE} ({xsd} not found in {paths.st96_dir()})")
            parser = etree.XMLParser(resolve_entities=False, no_network=True)
            try:
                found = etree.XMLSchema(etree.parse(str(path), parser))
            except (OSError, etree.XMLSchemaParseError, etree.XMLSyntaxError) as exc:
                raise InputError(f"cannot load the ST.96 schema ({exc})", str(path)) from exc
            _SCHEMAS[xsd] = found
        return found


def validate(root: etree._Element, xsd: str) -> list[SchemaError]:
    """Every schema violation of ``root`` (empty when valid).

    Raises:
        SchemaUnavailable: the schema files are not on this machine.
    """
    compiled = schema(xsd)
    if compiled.validate(root):
        return []
    return [SchemaError(e.line, e.message) for e in compiled.error_log]
