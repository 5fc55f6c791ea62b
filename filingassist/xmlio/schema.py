"""A light model of an XSD: child order, repetition, attributes and text types per element.

The exporter needs a few facts the schema knows: the order of an element's children
(``xsd:sequence``), whether a child may repeat, which children are required, and the
simple type of a text element. ``tools/st96_model.py`` derives them from the official ST.96
files (``xmlio.xsdread``) for the elements our forms use and writes them to
``resources/st96/schema-model-V6_0.json``; the program loads that file, so export and
import work where the schema files are not installed (a user's machine). Elements are
keyed by Clark name (``{namespace}Local``); the file writes them with their prefixes.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filingassist import paths
from filingassist.errors import InputError

XSD = "http://www.w3.org/2001/XMLSchema"
#: the shipped model, relative to the resources folder
MODEL_FILE = "st96/schema-model-V6_0.json"
MODEL_FORMAT = "filingassist-st96-schema-model"


@dataclass
class ElementInfo:
    """What the schema says about one element."""

    name: str
    children: dict[str, int] = field(default_factory=dict)  # child → position in the sequence
    repeats: dict[str, bool] = field(default_factory=dict)  # child → may occur more than once
    required: tuple[str, ...] = ()  # children with minOccurs ≥ 1 (outside choices)
    attributes: dict[str, bool] = field(default_factory=dict)  # attribute → required
    text_type: str | None = None  # XSD built-in base type for text content, None if element-only


@dataclass
class SchemaModel:
    """Element declarations of a schema (all of them, or those our forms use)."""

    elements: dict[str, ElementInfo]
    namespaces: dict[str, str]  # prefix → namespace, as the schema files declare them

    def info(self, name: str) -> ElementInfo | None:
        return self.elements.get(name)

    def clark(self, prefixed: str) -> str:
        """``tmk:Trademark`` → ``{http://…/Trademark}Trademark``."""
        prefix, _, local = prefixed.rpartition(":")
        return f"{{{self.namespaces[prefix]}}}{local}" if prefix else local

    def prefixed(self, clark: str) -> str:
        """``{http://…/Trademark}Trademark`` → ``tmk:Trademark`` (first prefix declared)."""
        if not clark.startswith("{"):
            return clark
        namespace, local = clark[1:].split("}", 1)
        prefix = next((p for p, ns in self.namespaces.items() if ns == namespace and p), None)
        return f"{prefix}:{local}" if prefix else clark


# --- the model file -------------------------------------------------------------------


def encode(model: SchemaModel, names: set[str]) -> dict[str, Any]:
    """JSON form of the elements ``names`` of ``model`` (sorted, defaults left out)."""
    short = model.prefixed
    elements: dict[str, Any] = {}
    for name in sorted(names, key=short):
        info = model.elements[name]
        entry: dict[str, Any] = {}
        if info.children:
            order = sorted(info.children.items(), key=lambda item: item[1])
            entry["children"] = [short(c) for c, _ in order]
        if any(info.repeats.values()):
            entry["repeats"] = [short(c) for c, many in info.repeats.items() if many]
        if info.required:
            entry["required"] = [short(c) for c in info.required]
        if info.attributes:
            entry["attributes"] = {short(a): req for a, req in info.attributes.items()}
        if info.text_type is not None:
            entry["text"] = info.text_type
        elements[short(name)] = entry
    return {"namespaces": dict(model.namespaces), "elements": elements}


def decode(obj: dict[str, Any]) -> SchemaModel:
    """The model of one schema from its JSON form (the inverse of ``encode``)."""
    model = SchemaModel({}, dict(obj["namespaces"]))
    long = model.clark
    for name, entry in obj["elements"].items():
        children = [long(c) for c in entry.get("children", ())]
        many = {long(c) for c in entry.get("repeats", ())}
        model.elements[long(name)] = ElementInfo(
            long(name),
            children={c: i for i, c in enumerate(children)},
            repeats={c: c in many for c in children},
            required=tuple(long(c) for c in entry.get("required", ())),
            attributes={long(a): bool(r) for a, r in entry.get("attributes", {}).items()},
            text_type=entry.get("text"),
        )
    return model


def model_path() -> Path:
    return paths.resources_dir() / MODEL_FILE


@functools.cache
def _model_file() -> dict[str, Any]:
    path = model_path()
    try:
        obj = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read the ST.96 schema model ({exc})", str(path)) from exc
    if not isinstance(obj, dict) or obj.get("format") != MODEL_FORMAT:
        raise InputError(f"not a {MODEL_FORMAT} file", str(path))
    return obj


@functools.cache
def load_model(xsd: str) -> SchemaModel:
    """The model of ``xsd`` (relative to the ST.96 folder) from the shipped file, once.

    Raises:
        InputError: the file is missing or unreadable, or has no model of ``xsd`` (run
            ``python tools/st96_model.py`` after adding a form or a schema).
    """
    obj = _model_file().get("schemas", {}).get(xsd)
    if not isinstance(obj, dict):
        raise InputError(
            f"no model of {xsd}; regenerate it with python tools/st96_model.py", str(model_path())
        )
    try:
        return decode(obj)
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise InputError(f"bad model of {xsd} ({exc!r})", str(model_path())) from exc
