"""The XML profile of a form: the ``[xml]`` table of its definition file.

Field ``xpath`` values drive the export; the profile adds what the fields alone cannot
say, all as data: where the record sits in the document (``record``), fixed elements
(``constants``), extra copies of a field (``copies``), value maps for choice fields
(``values``), values told by which element is present (``encode``), and per-item paths
that depend on a sibling field (``variants``). See docs/request-format.md ("ST.96 export
of every form").
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, field
from typing import Any

from filingassist import paths
from filingassist.errors import InputError
from filingassist.formdefs import FormDef

#: xpath prefixes of fields that are not written into the ST.96 XML
NOT_XML = ("request:", "local:")


@dataclass(frozen=True)
class Constant:
    xpath: str
    value: str
    group: str = ""  # written once per item of this group ("" = once per document)
    when: str = ""  # only when this field (top-level, or a key of the group's item) has a value


@dataclass(frozen=True)
class Encoding:
    """Choice value ↔ presence of an element (optionally with a text)."""

    xpath: str
    text: str = ""


@dataclass(frozen=True)
class XmlProfile:
    document: str  # root element of the file, e.g. tmk:TrademarkApplication
    record: str  # path from the root to the element field xpaths are relative to
    attributes: dict[str, str] = field(default_factory=dict)  # fixed root attributes
    constants: tuple[Constant, ...] = ()
    copies: dict[str, tuple[str, ...]] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    encode: dict[str, dict[str, Encoding]] = field(default_factory=dict)
    variants: dict[str, tuple[str, dict[str, str]]] = field(default_factory=dict)
    shared: tuple[str, ...] = ()  # groups whose items are children of one shared element
    media_type: dict[str, str] = field(default_factory=dict)  # attachment → format element
    #: text-list fields written as one text ("; "-separated), as in WIPO's example
    joined: tuple[str, ...] = ()
    #: field → the top-level field whose value is its texts' com:languageCode
    language: dict[str, str] = field(default_factory=dict)
    #: group → (parent group, field of the group's item numbering the parent item from 1):
    #: the group's xpath is relative to that parent item's element
    attach: dict[str, tuple[str, str]] = field(default_factory=dict)


def _encodings(raw: dict[str, Any]) -> dict[str, dict[str, Encoding]]:
    return {
        path: {value: Encoding(e["xpath"], e.get("text", "")) for value, e in table.items()}
        for path, table in raw.items()
    }


@functools.cache
def _load(form_key: str) -> XmlProfile:
    path = paths.forms_dir() / f"{form_key}.toml"
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8")).get("xml", {})
        variants = {
            p: (v["by"], {k: x for k, x in v.items() if k != "by"})
            for p, v in raw.get("variants", {}).items()
        }
        return XmlProfile(
            document=raw["document"],
            record=raw.get("record", ""),
            attributes=dict(raw.get("attributes", {})),
            constants=tuple(
                Constant(c["xpath"], str(c["value"]), c.get("group", ""), c.get("when", ""))
                for c in raw.get("constant", [])
            ),
            copies={k: tuple(v) for k, v in raw.get("copies", {}).items()},
            values={k: dict(v) for k, v in raw.get("values", {}).items()},
            encode=_encodings(raw.get("encode", {})),
            variants=variants,
            shared=tuple(raw.get("shared", ())),
            media_type=dict(raw.get("media_type", {})),
            joined=tuple(raw.get("joined", ())),
            language=dict(raw.get("language", {})),
            attach={k: (v["group"], v["by"]) for k, v in raw.get("attach", {}).items()},
        )
    except (OSError, tomllib.TOMLDecodeError, KeyError) as exc:
        raise InputError(f"bad or missing [xml] table ({exc})", str(path)) from exc


def profile_of(form: FormDef) -> XmlProfile:
    """The XML profile of ``form`` (read once per process)."""
    return _load(form.key)


def in_xml(xpath: str) -> bool:
    """True when a field with this xpath is written into the ST.96 document."""
    return bool(xpath) and not xpath.startswith(NOT_XML)
