"""Read the official ST.96 XSD files into a ``SchemaModel`` (a developer-time step).

Only ``tools/st96_model.py`` and the tests use this: the program itself loads the model
that tool derived (``resources/st96/``), because the schema files are not installed on a
user's machine. A plain XML parse of the schema files (about 0.3 s per root schema);
compiling them for validation is a separate, slower step in ``xmlio.validate``.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from filingassist.xmlio.schema import XSD, ElementInfo, SchemaModel


def _x(tag: str) -> str:
    return f"{{{XSD}}}{tag}"


class _Reader:
    """Collects global declarations of all schema files, then resolves element content."""

    def __init__(self) -> None:
        self.elements: dict[str, etree._Element] = {}
        self.types: dict[str, etree._Element] = {}
        self.groups: dict[str, etree._Element] = {}
        self.attr_groups: dict[str, etree._Element] = {}
        self.namespaces: dict[str, str] = {}
        self.files: set[Path] = set()

    def load(self, path: Path) -> None:
        path = path.resolve()
        if path in self.files:
            return
        self.files.add(path)
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        root = etree.parse(str(path), parser).getroot()
        tns = root.get("targetNamespace", "")
        self.namespaces.update({k: v for k, v in root.nsmap.items() if k and k != "xsd"})
        for node in root:
            name = node.get("name")
            if name is None:
                continue
            key = f"{{{tns}}}{name}"
            table = {
                _x("element"): self.elements,
                _x("complexType"): self.types,
                _x("simpleType"): self.types,
                _x("group"): self.groups,
                _x("attributeGroup"): self.attr_groups,
            }.get(node.tag)
            if table is not None:
                table[key] = node
        for node in root.iterfind(_x("import")):
            loc = node.get("schemaLocation")
            if loc and "://" not in loc:
                self.load(path.parent / loc)
        for node in root.iterfind(_x("include")):
            loc = node.get("schemaLocation")
            if loc and "://" not in loc:
                self.load(path.parent / loc)

    def qname(self, node: etree._Element, value: str) -> str:
        prefix, _, local = value.rpartition(":")
        return f"{{{node.nsmap.get(prefix or None, '')}}}{local}"


def _content(reader: _Reader, ctype: etree._Element, info: ElementInfo) -> None:
    """Fill ``info`` from a complexType (following extensions to their base)."""
    if ctype.get("mixed") == "true":
        info.text_type = "string"
    for node in ctype:
        if node.tag in (_x("sequence"), _x("choice"), _x("all"), _x("group")):
            _particle(reader, node, info, repeated=False, optional=False)
        elif node.tag in (_x("attribute"), _x("attributeGroup")):
            _attribute(reader, node, info)
        elif node.tag == _x("simpleContent"):
            for ext in node:
                if ext.tag in (_x("extension"), _x("restriction")):
                    info.text_type = _simple_base(reader, ext, ext.get("base", ""))
                    for a in ext:
                        _attribute(reader, a, info)
        elif node.tag == _x("complexContent"):
            for ext in node:
                if ext.tag in (_x("extension"), _x("restriction")):
                    base = reader.types.get(reader.qname(ext, ext.get("base", "")))
                    if base is not None and ext.tag == _x("extension"):
                        _content(reader, base, info)
                    _content(reader, ext, info)


def _particle(
    reader: _Reader, node: etree._Element, info: ElementInfo, repeated: bool, optional: bool
) -> None:
    many = repeated or node.get("maxOccurs", "1") not in ("1", "0")
    opt = optional or node.get("minOccurs", "1") == "0"
    if node.tag == _x("element"):
        name = node.get("ref") or node.get("name")
        if name is None:
            return
        key = reader.qname(node, name) if node.get("ref") else _local_key(reader, node)
        info.children.setdefault(key, len(info.children))
        info.repeats[key] = info.repeats.get(key, False) or many
        if not opt:
            info.required = (*info.required, key)
        return
    if node.tag == _x("group"):
        target = reader.groups.get(reader.qname(node, node.get("ref", "")))
        if target is not None:
            for child in target:
                _particle(reader, child, info, many, opt)
        return
    if node.tag in (_x("sequence"), _x("choice"), _x("all")):
        in_choice = opt or node.tag == _x("choice")
        for child in node:
            _particle(reader, child, info, many, in_choice)


def _local_key(reader: _Reader, node: etree._Element) -> str:
    schema = node.getroottree().getroot()
    key = f"{{{schema.get('targetNamespace', '')}}}{node.get('name')}"
    reader.elements.setdefault(key, node)
    return key


def _attribute(reader: _Reader, node: etree._Element, info: ElementInfo) -> None:
    if node.tag == _x("attribute"):
        name = node.get("ref") or node.get("name", "")
        key = reader.qname(node, name) if node.get("ref") else name
        info.attributes[key] = node.get("use") == "required"
    elif node.tag == _x("attributeGroup"):
        group = reader.attr_groups.get(reader.qname(node, node.get("ref", "")))
        for child in group if group is not None else ():
            _attribute(reader, child, info)


def _simple_base(reader: _Reader, node: etree._Element, type_name: str, depth: int = 0) -> str:
    """The XSD built-in type a simple type derives from (``string`` for unions and lists)."""
    key = reader.qname(node, type_name)
    if key.startswith(f"{{{XSD}}}"):
        return key.split("}", 1)[1]
    decl = reader.types.get(key)
    if decl is None or depth > 20:
        return "string"
    if decl.tag == _x("complexType"):
        for sc in decl.iterfind(f"{_x('simpleContent')}/*"):
            return _simple_base(reader, sc, sc.get("base", ""), depth + 1)
        return "string"
    restriction = decl.find(_x("restriction"))
    if restriction is not None and restriction.get("base"):
        return _simple_base(reader, restriction, restriction.get("base", ""), depth + 1)
    return "string"


def _element_info(reader: _Reader, key: str, decl: etree._Element) -> ElementInfo:
    info = ElementInfo(key)
    type_name = decl.get("type")
    if type_name:
        tkey = reader.qname(decl, type_name)
        ctype = reader.types.get(tkey)
        if ctype is not None and ctype.tag == _x("complexType"):
            _content(reader, ctype, info)
        else:
            info.text_type = _simple_base(reader, decl, type_name)
    else:
        inline = decl.find(_x("complexType"))
        if inline is not None:
            _content(reader, inline, info)
        else:
            info.text_type = "string"
    return info


def read_xsd(path: Path) -> tuple[SchemaModel, tuple[Path, ...]]:
    """The model of every element declaration reachable from ``path``, and the files read."""
    reader = _Reader()
    reader.load(path)
    elements: dict[str, ElementInfo] = {}
    pending = list(reader.elements.items())
    while pending:
        key, decl = pending.pop()
        if key not in elements:
            elements[key] = _element_info(reader, key, decl)
            pending.extend((k, d) for k, d in reader.elements.items() if k not in elements)
    return SchemaModel(elements, {**reader.namespaces, "xsd": XSD}), tuple(sorted(reader.files))
