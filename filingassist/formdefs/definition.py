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
    role: str = ""  # what the group means to the code (ROLES), e.g. "goods_services"
    picker: str = ""  # the chooser dialog the UI offers for it (PICKERS), e.g. "nice_class"

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
    role: str = ""  # what the field means to the code (ROLES), e.g. "reference"
    #: display labels (English message ids) of inline choices, declared with the choices
    choice_labels: tuple[tuple[str, str], ...] = ()

    def label_of(self, code: str) -> str | None:
        """The declared label of the choice ``code`` (None when the form gives none)."""
        return next((label for c, label in self.choice_labels if c == code), None)

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


#: Roles a field or group may carry: the meaning code asks the definition for, instead of
#: writing a field path or a shape again in Python.
ROLES = frozenset(
    {
        "goods_services",  # group: the goods and services by Nice class
        "nice_class",  # field in it: the class number
        "goods_terms",  # field in it: the terms of that class
        "reference",  # the applicant's or agent's file reference
        "signature",  # the signature itself (text string)
        "signatory",  # the name of who signs
        "route",  # patent: the filing route (the PCT route is the value "pct")
        "sheet_count",  # patent: sheets of a part of the application (box IX), for fees
        "request_sheets",  # patent: sheets of the request itself (counted when given)
        "designation",  # the code of a designated Contracting Party in its group
        "limitations",  # group: goods and services limited for a designated party
        "filing_date",  # the date the application is (deemed) filed: periods count from it
        "entitlements",  # group: grounds of entitlement to file (Madrid item 3)
        # the office the application is filed with: the office of filing (trademark), the
        # Office of origin (MM2), the receiving Office (PCT request); an office must
        # declare that it receives the kind for this code before a package goes to it
        "receiving_office",
    }
)
#: The value of the ``route`` field that means the international (PCT) route
PCT_ROUTE = "pct"
#: Chooser dialogs the UI offers for a group
PICKERS = frozenset({"nice_class", "madrid_designation"})


@dataclass(frozen=True)
class GoodsShape:
    """Where a form lists goods and services: the class group and the keys inside an item."""

    group: str
    class_key: str
    terms_key: str

    def class_path(self, index: int) -> str:
        return f"{self.group}[{index}].{self.class_key}"

    def terms_path(self, index: int) -> str:
        return f"{self.group}[{index}].{self.terms_key}"


#: id(form) → (the form, role → fields); the form is held so its id is never reused
_ROLE_INDEX: dict[int, tuple[Any, dict[str, tuple[FieldDef, ...]]]] = {}


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

    def with_role(self, role: str) -> tuple[FieldDef, ...]:
        """The fields that carry ``role``, in declaration order (indexed once per form:
        rules ask on every keystroke)."""
        entry = _ROLE_INDEX.get(id(self))
        if entry is None or entry[0] is not self:
            index: dict[str, tuple[FieldDef, ...]] = {}
            for f in self.fields:
                if f.role:
                    index[f.role] = (*index.get(f.role, ()), f)
            entry = _ROLE_INDEX[id(self)] = (self, index)
        return entry[1].get(role, ())

    def role_field(self, role: str) -> FieldDef | None:
        """The one field with ``role`` (None when the form has none)."""
        found = self.with_role(role)
        return found[0] if found else None

    def role_group(self, role: str) -> GroupDef | None:
        return next((g for g in self.groups if g.role == role), None)

    def is_pct(self, data: dict[str, Any]) -> bool:
        """True when a patent document takes the PCT route (its ``route`` field, or default)."""
        route = self.role_field("route")
        if route is None:
            return False
        value = data.get(route.path, route.default) if isinstance(data, dict) else None
        return bool(value == PCT_ROUTE)

    def sheet_fields(self) -> tuple[FieldDef, ...]:
        """The box IX sheet counts that make up the fee's sheet total (request first)."""
        return self.with_role("request_sheets") + self.with_role("sheet_count")

    def key_with_role(self, group: str, role: str) -> str | None:
        """The key inside items of ``group`` of the field with ``role``."""
        return next((f.key for f in self.fields if f.group == group and f.role == role), None)

    def goods_services(self) -> GoodsShape | None:
        """The goods-and-services shape, from the roles (None for a form without goods)."""
        group = self.role_group("goods_services")
        if group is None:
            return None
        inside = [f for f in self.fields if f.group == group.path]
        number = next((f for f in inside if f.role == "nice_class"), None)
        terms = next((f for f in inside if f.role == "goods_terms"), None)
        if number is None or terms is None:
            return None
        return GoodsShape(group.path, number.key, terms.key)

    def _groups_by_path(self) -> dict[str, GroupDef]:
        return {g.path: g for g in self.groups}

    def _fields_by_path(self) -> dict[str, FieldDef]:
        return {f.path: f for f in self.fields}

    @property
    def key(self) -> str:
        return f"{self.id}.v{self.version}"
