"""Declarative form definitions (forms/*.toml) and their field types."""

from filingassist.formdefs.definition import (
    FieldDef,
    FormDef,
    GoodsShape,
    GroupDef,
    SectionDef,
)
from filingassist.formdefs.loader import KIND_FORMS, all_forms, form_for_kind, get_form

__all__ = [
    "KIND_FORMS",
    "FieldDef",
    "FormDef",
    "GoodsShape",
    "GroupDef",
    "SectionDef",
    "all_forms",
    "form_for_kind",
    "get_form",
]
