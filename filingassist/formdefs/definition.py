"""Form definitions: ``forms/<id>.v<N>.toml`` → FormDef / SectionDef / GroupDef / FieldDef.

One definition per form *version* drives the Qt form, validation and XML export.
Paths are dotted: ``applicants.name`` is the ``name`` of each item of the repeatable group
``applicants``; a dotted prefix that is not a group is a plain nested object
(``mark.verbal_element``). Labels and help texts are English gettext message ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from filingassist.formdefs.fieldtypes import FieldType, field_type


@dataclass(frozen=True)
class SectionDef:
    """A section of the official form (an MM2 item, a PCT/RO/101 box)."""

    id: str
    item: str
    label: str
    help: str = ""


@dataclass(frozen=True)
class GroupDef:
    """A repeatable group of fields (applicants, classes, designations...)."""

    path: str
    section: str
    label: str
    xpath: str
    min: int = 0
    max: int | None = None
    help: str = ""
    item_label: str = ""

    @property
    def parent(self) -> str:
        return self.path.rpartition(".")[0]


@dataclass(frozen=True)
class FieldDef:
    """One field; ``group`` is the innermost repeatable group that holds it ('' at top)."""

    path: str
    section: str
    type: str
    label: str
    xpath: str
    group: str = ""
    required: bool = False
    help: str = ""
    choices: tuple[str, ...] | str = ()
    default: Any = None
    max_length: int | None = None
    min_value: int | None = None
    max_value: int | None = None
    media_types: tuple[str, ...] = ()
    when: dict[str, Any] = field(default_factory=dict)

    @property
    def ftype(self) -> FieldType:
        return field_type(self.type)

    @property
    def key(self) -> str:
        """Path inside the group item (or the document data for top-level fields)."""
        return self.path[len(self.group) + 1 :] if self.group else self.path

    @property
    def choices_ref(self) -> str | None:
        """Name of a reference data set (``refdata:countries`` → ``countries``), if any."""
        if isinstance(self.choices, str) and self.choices.startswith("refdata:"):
            return self.choices.split(":", 1)[1]
        return None


@dataclass(frozen=True)
class FormDef:
    """A whole form version."""

    id: str
    kind: str
    version: int
    title: str
    xml_root: str
    xsd: str
    sections: tuple[SectionDef, ...]
    groups: tuple[GroupDef, ...]
    fields: tuple[FieldDef, ...]
    rules: tuple[str, ...] = ()
    title_fields: tuple[str, ...] = ()
    description: str = ""

    def group(self, path: str) -> GroupDef | None:
        return self._groups_by_path().get(path)

    def field(self, path: str) -> FieldDef | None:
        return self._fields_by_path().get(path)

    def fields_in(self, section_or_group: str) -> list[FieldDef]:
        """Fields of a section (top level) or directly inside a group."""
        return [
            f
            for f in self.fields
            if f.group == section_or_group or (not f.group and f.section == section_or_group)
        ]

    def _groups_by_path(self) -> dict[str, GroupDef]:
        return {g.path: g for g in self.groups}

    def _fields_by_path(self) -> dict[str, FieldDef]:
        return {f.path: f for f in self.fields}

    @property
    def key(self) -> str:
        return f"{self.id}.v{self.version}"
