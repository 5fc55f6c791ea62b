"""Steps of a profile/field xpath: ``a:B/a:C``, ``/a:Root-relative``, ``..``, ``@a:attr``."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from filingassist.xmlio.schema import SchemaModel


@dataclass(frozen=True)
class Step:
    kind: str  # "child", "parent", "attribute"; "new" = a child created even if one exists
    name: str = ""  # Clark name


def steps(model: SchemaModel, xpath: str) -> list[Step]:
    """The steps of ``xpath`` (parsed once per model and path: an export asks for the
    same few hundred paths for every document of a batch)."""
    if id(model) not in _STEPS and len(_STEPS) >= _MODELS_KEPT:
        _STEPS.clear()  # note: models built on the fly (schema tests) do not pile up
    cache = _STEPS.setdefault(id(model), (model, {}))[1]
    found = cache.get(xpath)
    if found is None:
        found = cache[xpath] = tuple(_parse(model, xpath))
    return list(found)


_MODELS_KEPT = 8
#: id(model) → (the model, kept alive so its id is not reused; xpath → steps)
_STEPS: dict[int, tuple[SchemaModel, dict[str, tuple[Step, ...]]]] = {}


def _parse(model: SchemaModel, xpath: str) -> list[Step]:
    out = []
    for part in xpath.strip("/").split("/"):
        if not part:
            continue
        if part == "..":
            out.append(Step("parent"))
        elif part.startswith("+"):
            out.append(Step("new", model.clark(part[1:])))
        elif part.startswith("@"):
            out.append(Step("attribute", model.clark(part[1:])))
        else:
            out.append(Step("child", model.clark(part)))
    return out


def repeats(model: SchemaModel, parent: etree._Element, name: str) -> bool:
    info = model.info(str(parent.tag))
    return bool(info and info.repeats.get(name))


def find_all(base: etree._Element, path: list[Step]) -> list[etree._Element]:
    """Elements at ``path`` (first match for inner steps, every match for the last)."""
    node: etree._Element | None = base
    for i, step in enumerate(path):
        if node is None:
            return []
        if step.kind == "parent":
            node = node.getparent()
            continue
        if i == len(path) - 1:
            return [c for c in node if c.tag == step.name]
        node = next((c for c in node if c.tag == step.name), None)
    return [node] if node is not None else []
