"""The PCT request as ``request.json``: fields whose xpath is ``request:<key>``.

ST.96 has no PCT request document, so the request (PCT/RO/101 boxes) travels as JSON
beside ``pat:ApplicationBody``; docs/request-format.md maps each key to its box. Keys are
dotted (``agent.name`` → ``{"agent": {"name": …}}``); a group is a list of objects keyed
by its fields' ``request:`` keys. Attachments are written as their file name.
"""

from __future__ import annotations

from typing import Any

from filingassist.formdefs import FieldDef, FormDef
from filingassist.model.document import get_path, set_path

PREFIX = "request:"
FORMAT = "filingassist/pct-request"
VERSION = 1


def _key(xpath: str) -> str:
    return xpath[len(PREFIX) :]


def _out(f: FieldDef, value: Any) -> Any:
    return f.ftype.to_json(value)


def to_request(form: FormDef, data: dict[str, Any]) -> dict[str, Any]:
    """The request object of a patent document."""
    req: dict[str, Any] = {"format": FORMAT, "format_version": VERSION}
    for f in form.fields:
        if f.group or not f.xpath.startswith(PREFIX):
            continue
        value = get_path(data, f.path)
        if value is not None:
            set_path(req, _key(f.xpath), _out(f, value))
    for g in form.groups:
        if not g.xpath.startswith(PREFIX):
            continue
        items = get_path(data, g.path)
        if not isinstance(items, list):
            continue
        rows = []
        for item in items:
            row: dict[str, Any] = {}
            for f in (x for x in form.fields if x.group == g.path):
                value = get_path(item, f.key) if isinstance(item, dict) else None
                if value is not None and f.xpath.startswith(PREFIX):
                    set_path(row, _key(f.xpath), _out(f, value))
            rows.append(row)
        set_path(req, _key(g.xpath), rows)
    return req


def from_request(
    form: FormDef,
    req: dict[str, Any],
    attachments: dict[str, dict[str, Any]],
    data: dict[str, Any],
    notes: list[str],
) -> None:
    """Put the request's values into ``data`` (the inverse of ``to_request``)."""
    for f in form.fields:
        if f.group or not f.xpath.startswith(PREFIX):
            continue
        value = get_path(req, _key(f.xpath))
        if value is not None:
            set_path(data, f.path, _in(f, value, attachments, notes))
    for g in form.groups:
        if not g.xpath.startswith(PREFIX):
            continue
        rows = get_path(req, _key(g.xpath))
        if not isinstance(rows, list):
            continue
        items = []
        for row in rows:
            item: dict[str, Any] = {}
            for f in (x for x in form.fields if x.group == g.path):
                value = get_path(row, _key(f.xpath)) if isinstance(row, dict) else None
                if value is not None:
                    set_path(item, f.key, _in(f, value, attachments, notes))
            items.append(item)
        set_path(data, g.path, items)


def _in(f: FieldDef, value: Any, attachments: dict[str, dict[str, Any]], notes: list[str]) -> Any:
    if not f.ftype.is_file():
        return value
    ref = attachments.get(str(value))
    if ref is None:
        notes.append(f"{f.path}: file {value} is not in the package")
    return ref
