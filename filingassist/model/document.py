"""The application document: what a filer types, independent of storage and UI.

``data`` is plain JSON shaped by the form definition (see formdefs.definition for the
path rules). Attachment values reference files by SHA-256; their bytes live in the
attachment store, or travel embedded in the JSON interchange format.
"""

from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

KINDS = ("trademark", "madrid", "patent")
FORMAT_NAME = "filingassist/application"
FORMAT_VERSION = 1


@dataclass
class ApplicationDocument:
    """One application of one kind, written against one form version."""

    kind: str
    form: str
    form_version: int
    data: dict[str, Any] = field(default_factory=dict)

    def copy(self) -> ApplicationDocument:
        return ApplicationDocument(
            self.kind, self.form, self.form_version, copy.deepcopy(self.data)
        )

    def to_json_obj(self) -> dict[str, Any]:
        return {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "kind": self.kind,
            "form": self.form,
            "form_version": self.form_version,
            "data": self.data,
        }

    def canonical_json(self) -> str:
        """Stable text (sorted keys) so equal documents have equal digests."""
        return json.dumps(
            self.to_json_obj(), sort_keys=True, ensure_ascii=False, separators=(",", ":")
        )

    def digest(self) -> str:
        return hashlib.sha256(self.canonical_json().encode("utf-8")).hexdigest()

    def get(self, path: str, default: Any = None) -> Any:
        """Value at a concrete path such as ``applicants[0].address.city``."""
        return get_path(self.data, path, default)

    def attachments(self) -> list[dict[str, Any]]:
        """Every attachment reference in the document, in document order."""
        found: list[dict[str, Any]] = []
        _collect_attachments(self.data, found)
        return found


def _collect_attachments(node: Any, found: list[dict[str, Any]]) -> None:
    if isinstance(node, dict):
        if isinstance(node.get("sha256"), str) and "media_type" in node and "name" in node:
            found.append(node)
            return
        for value in node.values():
            _collect_attachments(value, found)
    elif isinstance(node, list):
        for value in node:
            _collect_attachments(value, found)


def split_path(path: str) -> list[str | int]:
    """``applicants[0].address.city`` → ``['applicants', 0, 'address', 'city']``."""
    parts: list[str | int] = []
    for piece in path.split("."):
        name, _, rest = piece.partition("[")
        if name:
            parts.append(name)
        while rest:
            index, _, rest = rest.partition("]")
            parts.append(int(index))
            rest = rest[1:] if rest.startswith("[") else rest
    return parts


def get_path(data: Any, path: str, default: Any = None) -> Any:
    node = data
    for part in split_path(path):
        if isinstance(part, int):
            if not isinstance(node, list) or part >= len(node):
                return default
        elif not isinstance(node, dict) or part not in node:
            return default
        node = node[part]
    return node


def set_path(data: dict[str, Any], path: str, value: Any) -> None:
    """Set a value, creating nested objects and list items on the way."""
    parts = split_path(path)
    node: Any = data
    for part, nxt in zip(parts, parts[1:], strict=False):
        empty: Any = [] if isinstance(nxt, int) else {}
        if isinstance(part, int):
            while len(node) <= part:
                node.append(empty)
            node = node[part]
        else:
            node = node.setdefault(part, empty)
    last = parts[-1]
    if isinstance(last, int):
        while len(node) <= last:
            node.append(None)
    node[last] = value
