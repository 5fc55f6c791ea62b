"""Read an ST.96 document back into an application document, by the same mapping as export.

The inverse of ``xmlio.export``: each field's value is read from its xpath (or its
variant, or the element its encoding names); copies and constants are ignored. Attachments
are referenced by file name, resolved through the ``attachments`` map the package supplies;
a file name without a match is reported in ``notes`` and left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from filingassist.formdefs import FieldDef, FormDef
from filingassist.model.document import ApplicationDocument, get_path, set_path
from filingassist.xmlio.paths import Step, find_all, steps
from filingassist.xmlio.profile import XmlProfile, in_xml, profile_of
from filingassist.xmlio.schema import SchemaModel, load_model


@dataclass
class Imported:
    document: ApplicationDocument
    notes: list[str] = field(default_factory=list)


class _Reader:
    def __init__(
        self, form: FormDef, root: etree._Element, attachments: dict[str, dict[str, Any]]
    ) -> None:
        self.form, self.root, self.attachments = form, root, attachments
        self.profile: XmlProfile = profile_of(form)
        self.model: SchemaModel = load_model(form.xsd)
        self.notes: list[str] = []
        #: the element of each item read, per group (groups attached to them read under it)
        self._items: dict[str, list[etree._Element]] = {}
        found = (
            find_all(root, steps(self.model, self.profile.record))
            if self.profile.record
            else [root]
        )
        self.record = found[0] if found else None

    def read(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.record is None:
            self.notes.append(f"no {self.profile.record} in the document")
            return data
        self.read_fields(self.record, "", data, None)
        for g in self.form.groups:
            if not (g.parent and self.form.group(g.parent)):
                self.read_group(self.record, g.path, data)
        return data

    def read_fields(
        self, base: etree._Element, group: str, out: dict[str, Any], strip: str | None
    ) -> None:
        fields = [f for f in self.form.fields if f.group == group]
        # encoded fields first: variants of other fields depend on their values
        for f in sorted(fields, key=lambda f: f.path not in self.profile.encode):
            if not in_xml(f.xpath):
                continue
            value = self.read_field(base, f, out, strip)
            if value is not None:
                set_path(out, f.key if group else f.path, value)

    def read_group(self, base: etree._Element, group: str, parent_out: dict[str, Any]) -> None:
        g = self.form.group(group)
        if g is None or not in_xml(g.xpath):
            return
        items_out = []
        elements = self._items.setdefault(group, [])
        for element, strip, owner in self._owned_items(base, group, g.xpath):
            item: dict[str, Any] = {}
            self.read_fields(element, group, item, strip)
            for sub in self.form.groups:
                if sub.parent == group:
                    self.read_group(element, sub.path, item)
            if owner:
                set_path(item, self.profile.attach[group][1][len(group) + 1 :], owner)
            if item:
                items_out.append(item)
                elements.append(element)
        if items_out:
            prefix = g.parent + "." if g.parent and self.form.group(g.parent) else ""
            set_path(parent_out, g.path[len(prefix) :], items_out)

    def _owned_items(
        self, base: etree._Element, group: str, xpath: str
    ) -> list[tuple[etree._Element, str | None, int]]:
        """Item elements of ``group`` with the number of the parent item they sit under
        (0 unless the group is attached to another group's items)."""
        shared = group in self.profile.shared
        if group not in self.profile.attach:
            return [(e, s, 0) for e, s in self.item_elements(base, xpath, shared)]
        parent = self.profile.attach[group][0]
        return [
            (e, s, n)
            for n, owner in enumerate(self._items.get(parent, []), start=1)
            for e, s in self.item_elements(owner, xpath, shared)
        ]

    def item_elements(
        self, base: etree._Element, xpath: str, shared: bool
    ) -> list[tuple[etree._Element, str | None]]:
        path = steps(self.model, xpath)
        node = self.root if xpath.startswith("/") else base
        if shared:
            found = find_all(node, path)
            return [(child, str(child.tag)) for child in found[0]] if found else []
        last_rep, tag = None, str(node.tag)
        for i, step in enumerate(path):
            info = self.model.info(tag)
            if step.kind in ("child", "new") and info is not None and info.repeats.get(step.name):
                last_rep = i
            tag = step.name
        if last_rep is None:
            return [(e, None) for e in find_all(node, path)]
        heads = find_all(node, path[: last_rep + 1])
        out: list[tuple[etree._Element, str | None]] = []
        for head in heads:
            rest = find_all(head, path[last_rep + 1 :]) if last_rep + 1 < len(path) else [head]
            if rest:
                out.append((rest[0], None))
        return out

    def locate(
        self, base: etree._Element, xpath: str, strip: str | None
    ) -> tuple[list[etree._Element], Step | None]:
        """Elements at ``xpath`` (and the attribute step, if the path ends in one)."""
        node = self.root if xpath.startswith("/") else base
        path = steps(self.model, xpath)
        attr = path.pop() if path and path[-1].kind == "attribute" else None
        if strip is not None and not xpath.startswith("/"):
            if not path or path[0].name != strip:
                return [], attr
            path = path[1:]
        if not path:
            return [node], attr
        return find_all(node, path), attr

    def read_field(
        self, base: etree._Element, f: FieldDef, out: dict[str, Any], strip: str | None
    ) -> Any:
        enc = self.profile.encode.get(f.path)
        if enc is not None:
            for key, e in enc.items():
                found, _ = self.locate(base, e.xpath, strip)
                if found and (not e.text or any(_text(el) == e.text for el in found)):
                    return f.ftype.from_text(key)
            return f.ftype.absent()
        xpath = f.xpath
        if f.path in self.profile.variants:
            by, table = self.profile.variants[f.path]
            sibling = get_path(out, by[len(f.group) + 1 :] if f.group else by)
            xpath = table.get(str(sibling), table.get("*", ""))
            if not xpath:
                return None
        found, attr = self.locate(base, xpath, strip)
        texts = [el.get(attr.name, "") if attr else _text(el) for el in found]
        texts = [t for t in texts if t != ""]
        return self.value(f, texts, xpath) if texts else None

    def value(self, f: FieldDef, texts: list[str], xpath: str) -> Any:
        mapped = self.profile.values.get(f.path)
        if mapped is not None:
            reverse: dict[str, str] = {}
            for key, text in mapped.items():  # the first code of a shared text wins
                reverse.setdefault(text, key)
            return reverse.get(texts[0], texts[0])
        if f.ftype.is_file():
            ref = self.attachments.get(texts[0])
            if ref is None:
                self.notes.append(f"{f.path}: file {texts[0]} is not in the package")
            return ref
        try:
            return f.ftype.from_texts(texts, paragraphs=xpath.endswith(":P"))
        except ValueError:
            self.notes.append(f"{f.path}: {texts[0]!r} is not a valid {f.type}")
            return None


def _text(el: etree._Element) -> str:
    return "".join(el.itertext()).strip() if len(el) else (el.text or "").strip()


def read_record(
    form: FormDef, root: etree._Element, attachments: dict[str, dict[str, Any]] | None = None
) -> Imported:
    """The application data in ``root`` (an element of ``form``'s document type)."""
    reader = _Reader(form, root, attachments or {})
    data = reader.read()
    return Imported(ApplicationDocument(form.kind, form.id, form.version, data), reader.notes)
