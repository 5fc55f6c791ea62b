"""ST.96 export driven by the form definition: walk the fields, place each value by xpath.

No per-field code: a field's ``xpath`` says where its value goes (relative to the
profile's record element, or to the root when it starts with ``/``); the schema model says
which steps may repeat (a repeatable step of a group's xpath gets one element per item)
and the order children must have (the tree is sorted by the schema's sequences at the
end). Elements that lack a child the schema requires are dropped and reported, so the
output is always structurally valid; the validator then checks types and values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from filingassist import refdata
from filingassist.formdefs import FieldDef, FormDef, get_form
from filingassist.model.document import ApplicationDocument, get_path
from filingassist.xmlio.paths import Step, repeats, steps
from filingassist.xmlio.profile import XmlProfile, in_xml, profile_of
from filingassist.xmlio.schema import SchemaModel, load_model

NAMESPACE_PREFIXES = ("tmk", "pat", "com")
LANGUAGE_ATTRIBUTE = "com:languageCode"
#: attachment media type → ST.96 ImageFormatCategory
MEDIA_FORMATS = {
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/tiff": "TIFF",
    "image/gif": "GIF",
    "image/svg+xml": "SVG",
}


@dataclass
class Exported:
    """The XML tree and what could not be placed."""

    root: etree._Element
    dropped: list[str] = field(default_factory=list)

    def to_bytes(self) -> bytes:
        return bytes(
            etree.tostring(self.root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
        )


class _Builder:
    def __init__(self, form: FormDef, doc: ApplicationDocument) -> None:
        self.form, self.doc = form, doc
        self.profile: XmlProfile = profile_of(form)
        self.model: SchemaModel = load_model(form.xsd)
        nsmap = {
            p: self.model.namespaces[p] for p in NAMESPACE_PREFIXES if p in self.model.namespaces
        }
        self.root = etree.Element(self.model.clark(self.profile.document), nsmap=nsmap)
        for name, value in self.profile.attributes.items():
            self.root.set(self.model.clark(name), value)
        # note: the last child of each name per parent, kept as the tree grows; scanning
        # the siblings for it made the export quadratic in the number of terms
        self._last: dict[tuple[etree._Element, str], etree._Element] = {}
        #: the element of each item of the groups other groups attach to
        self._items: dict[str, list[etree._Element]] = {}
        #: repeatable elements created for the current item of a shared group: the item's
        #: other fields go into the same element (a ground's code and its address)
        self._fresh_in_item: dict[tuple[etree._Element, str], etree._Element] = {}
        self.record = (
            self.place(self.root, self.profile.record) if self.profile.record else self.root
        )

    def child(self, parent: etree._Element, name: str) -> etree._Element:
        """A new child element (remembered as the last of its name under ``parent``)."""
        element = etree.SubElement(parent, name)
        self._last[(parent, name)] = element
        return element

    def last_child(self, parent: etree._Element, name: str) -> etree._Element | None:
        return self._last.get((parent, name))

    # -- placing -----------------------------------------------------------------------
    def place(self, base: etree._Element, xpath: str, fresh: bool = False) -> etree._Element:
        """Get or create the element at ``xpath``; ``fresh`` creates the first repeatable step."""
        node = self.root if xpath.startswith("/") else base
        for step in steps(self.model, xpath):
            node = self._step(node, step, fresh)
            if fresh and node.get("__new") == "1":
                fresh = False
                del node.attrib["__new"]
        return node

    def _step(self, node: etree._Element, step: Step, fresh: bool) -> etree._Element:
        if step.kind == "parent":
            parent = node.getparent()
            return parent if parent is not None else node
        existing = self.last_child(node, step.name)
        fresh_repeat = fresh and repeats(self.model, node, step.name)
        if step.kind == "new":
            existing = None
        elif existing is not None and not fresh_repeat:
            return existing
        if fresh_repeat and step.kind != "new":
            made = self._fresh_in_item.get((node, step.name))
            if made is not None:
                return made
        child = self.child(node, step.name)
        if fresh_repeat:
            child.set("__new", "1")
            self._fresh_in_item[(node, step.name)] = child
        return child

    def write_texts(
        self,
        base: etree._Element,
        xpath: str,
        texts: list[str],
        fresh: bool,
        language: str = "",
    ) -> None:
        path = steps(self.model, xpath)
        if path and path[-1].kind == "attribute":
            holder = self.place(base, xpath.rsplit("/", 1)[0], fresh) if len(path) > 1 else base
            holder.set(path[-1].name, texts[0])
            return
        head = xpath.rsplit("/", 1)[0] if "/" in xpath.strip("/") else ""
        parent = (
            self.place(base, head, fresh)
            if head
            else (self.root if xpath.startswith("/") else base)
        )
        last = path[-1].name
        if len(texts) > 1 and not repeats(self.model, parent, last):
            texts = ["; ".join(texts)]
        always_new = path[-1].kind == "new"
        for text in texts:
            existing = self.last_child(parent, last)
            many = len(texts) > 1 or always_new or (fresh and repeats(self.model, parent, last))
            target = self.child(parent, last) if existing is None or many else existing
            target.text = text
            if language:
                target.set(self.model.clark(LANGUAGE_ATTRIBUTE), language)

    # -- fields ------------------------------------------------------------------------
    def build(self) -> Exported:
        for c in self.profile.constants:
            if not c.group and (
                not c.when or get_path(self.doc.data, c.when) not in (None, "", [])
            ):
                self.write_texts(self.record, c.xpath, [self.constant_text(c.value)], False)
        for f in self.form.fields:
            if not f.group:
                self.write_field(self.record, f, get_path(self.doc.data, f.path), {}, False)
        for g in self.form.groups:
            if not (g.parent and self.form.group(g.parent)):
                self.write_group(self.record, g.path, self.doc.data)
        return self.finish()

    @staticmethod
    def constant_text(value: str) -> str:
        """A constant's text; ``{nice_edition}`` is the edition of the Nice data in use."""
        if "{nice_edition}" in value:
            edition = refdata.nice_data().info.edition
            value = value.replace("{nice_edition}", edition or "")
        return value

    def write_group(self, base: etree._Element, group: str, parent_item: dict[str, Any]) -> None:
        g = self.form.group(group)
        if g is None or not in_xml(g.xpath):
            return
        prefix = g.parent + "." if g.parent and self.form.group(g.parent) else ""
        items = get_path(parent_item, g.path[len(prefix) :])
        fields = [x for x in self.form.fields if x.group == group]
        elements = self._items.setdefault(group, [])
        for n, item in enumerate(items if isinstance(items, list) else [], start=1):
            if not isinstance(item, dict):
                elements.append(base)
                continue
            where = self.attached_base(group, item, base)
            if where is None:
                continue
            if group in self.profile.shared:
                element, shared = self.place(where, g.xpath), True
            else:
                element, shared = self.item_element(where, g.xpath)
            elements.append(element)
            self._fresh_in_item = {}
            for f in fields:
                self.write_field(element, f, get_path(item, f.key), item, shared)
            for c in self.profile.constants:
                if c.group == group and (not c.when or get_path(item, c.when) not in _EMPTY):
                    text = self.constant_text(c.value.replace("{n}", str(n)))
                    self.write_texts(element, c.xpath, [text], False)
            for sub in self.form.groups:
                if sub.parent == group:
                    self.write_group(element, sub.path, item)

    def attached_base(
        self, group: str, item: dict[str, Any], base: etree._Element
    ) -> etree._Element | None:
        """The element a group item is written under: the record, or the element of the
        parent item it names (``[xml.attach]``); None when it names no existing item."""
        if group not in self.profile.attach:
            return base
        parent, by = self.profile.attach[group]
        number = item.get(by[len(group) + 1 :])
        owners = self._items.get(parent, [])
        if not isinstance(number, int) or isinstance(number, bool):
            return None
        return owners[number - 1] if 1 <= number <= len(owners) else None

    def item_element(self, base: etree._Element, xpath: str) -> tuple[etree._Element, bool]:
        """The element of one group item; ``shared`` when the group's path never repeats."""
        node = self.root if xpath.startswith("/") else base
        path = steps(self.model, xpath)
        last_rep, tag = None, str(node.tag)
        for i, step in enumerate(path):  # the last repeatable step is created for every item
            info = self.model.info(tag)
            if step.kind == "child" and info is not None and info.repeats.get(step.name):
                last_rep = i
            tag = step.name
        for i, step in enumerate(path):
            node = self.child(node, step.name) if i == last_rep else self._step(node, step, False)
        return node, last_rep is None

    def write_field(
        self, base: etree._Element, f: FieldDef, value: Any, item: dict[str, Any], shared: bool
    ) -> None:
        if not in_xml(f.xpath) or value is None or value == "" or value == []:
            return
        enc = self.profile.encode.get(f.path)
        if enc is not None:
            chosen = enc.get(_key(value))
            if chosen is not None and chosen.text:
                self.write_texts(base, chosen.xpath, [chosen.text], shared)
            return
        xpath = self.xpath_of(f, item)
        if not xpath:
            return
        texts = self.texts(f, value, xpath)
        if f.path in self.profile.joined and len(texts) > 1:
            texts = ["; ".join(texts)]
        language = self.profile.language.get(f.path)
        code = get_path(self.doc.data, language) if language else None
        self.write_texts(base, xpath, texts, shared, code if isinstance(code, str) else "")
        fmt = MEDIA_FORMATS.get(str(value.get("media_type"))) if isinstance(value, dict) else None
        if f.path in self.profile.media_type and fmt:
            self.write_texts(base, self.profile.media_type[f.path], [fmt], shared)
        for copy in self.profile.copies.get(f.path, ()):
            self.write_texts(base, copy, [f.ftype.to_text(value)], shared)

    def xpath_of(self, f: FieldDef, item: dict[str, Any]) -> str:
        """The field's xpath, or the variant chosen by a sibling field's value."""
        if f.path not in self.profile.variants:
            return f.xpath
        by, table = self.profile.variants[f.path]
        key = get_path(item, by[len(f.group) + 1 :]) if f.group else get_path(self.doc.data, by)
        return table.get(str(key), table.get("*", ""))

    def texts(self, f: FieldDef, value: Any, xpath: str) -> list[str]:
        mapped = self.profile.values.get(f.path)
        if mapped is not None and isinstance(value, str):
            return [mapped.get(value, value)]
        return f.ftype.to_texts(value, paragraphs=xpath.endswith(":P"))

    # -- finishing -----------------------------------------------------------------------
    def finish(self) -> Exported:
        dropped: list[str] = []
        self._prune(self.root, dropped)
        root = etree.Element(self.root.tag, dict(self.root.attrib), nsmap=self.root.nsmap)
        self._copy_sorted(self.root, root)
        self._number(root)
        return Exported(root, dropped)

    def _prune(self, node: etree._Element, dropped: list[str]) -> None:
        for child in list(node):
            self._prune(child, dropped)
        info = self.model.info(str(node.tag))
        parent = node.getparent()
        if info is None or parent is None:
            return
        present = {c.tag for c in node}
        missing = [r for r in info.required if r not in present]
        if missing:
            dropped.append(
                f"{etree.QName(node).localname} (needs {etree.QName(missing[0]).localname})"
            )
            parent.remove(node)

    def _copy_sorted(self, source: etree._Element, target: etree._Element) -> None:
        """Copy ``source``'s children under ``target`` in the order the schema requires.

        A copy built top-down creates each element once; reordering children in place
        moves whole subtrees (lxml walks every moved subtree), which made a large export
        grow faster than its size.
        """
        target.text = source.text
        info = self.model.info(str(source.tag))
        children = list(source)
        if info is not None and len(children) > 1:
            order = info.children
            children.sort(key=lambda c: order.get(str(c.tag), len(order)))
        for child in children:
            copy = etree.SubElement(target, child.tag, dict(child.attrib))
            self._copy_sorted(child, copy)

    def _number(self, node: etree._Element) -> None:
        """Fill required ``sequenceNumber`` attributes: 1, 2, 3 … among same-named siblings."""
        counts: dict[str, int] = {}
        for child in node:
            info = self.model.info(str(child.tag))
            if info is not None:
                for attr, required in info.attributes.items():
                    if required and attr.endswith("}sequenceNumber"):
                        counts[str(child.tag)] = counts.get(str(child.tag), 0) + 1
                        child.set(attr, str(counts[str(child.tag)]))
            self._number(child)


_EMPTY: tuple[Any, ...] = (None, "", [], {})


def _key(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def export_document(doc: ApplicationDocument) -> Exported:
    """The ST.96 XML of ``doc`` (fields whose xpath starts with ``request:`` are not in it)."""
    form = get_form(doc.form, doc.form_version)
    return _Builder(form, doc).build()
