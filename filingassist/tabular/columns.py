"""The columns of a bulk sheet, derived from a form definition (one row per application).

Nothing here names a field of a particular form: every column comes from the form's
fields and groups, so a field added to ``forms/*.toml`` is a new column without new code.
The one shape we need to know — the goods-and-services group, written in one compact
column — is found by ``goods_shape`` (the only place that knows it).

Cell syntax (docs/bulk-format.md):

* a top-level field: its value as is (a list field: items separated by ``;``);
* a field of a repeatable group (applicants, priorities…): one value per item of the group,
  separated by ``|`` (an empty piece leaves that item's field empty);
* the goods group: ``9: term; term | 14: term`` (class, colon, terms separated by ``;``;
  classes separated by ``|``);
* ``\\|``, ``\\;`` and ``\\\\`` write a literal ``|``, ``;`` or ``\\`` where they separate.
"""

from __future__ import annotations

from dataclasses import dataclass

from filingassist.formdefs import FieldDef, FormDef, GroupDef
from filingassist.formdefs.definition import GoodsShape
from filingassist.i18n import N_

CLIENT_REF = "client_ref"
ROW_ID = "row_id"
ITEM_SEPARATOR = "|"
LIST_SEPARATOR = ";"
ESCAPE = "\\"

_SYNTAX_BY_TYPE = {
    "date": N_("Date as YYYY-MM-DD."),
    "boolean": N_("yes or no."),
    "integer": N_("A whole number."),
    "money": N_("An amount with a point before the decimals, e.g. 4394.00."),
    "text_list": N_("Several values separated by ;"),
    "attachment": N_("Path of the file, relative to the sheet's folder."),
    "country": N_("Two-letter country code (ISO 3166), e.g. CH."),
    "choice": N_("One of: {choices}"),
}

LANGUAGE_SYNTAX = N_("Two-letter language code (ISO 639-1), e.g. en.")


@dataclass(frozen=True)
class Column:
    """One column: ``key`` is the header the importer reads (stable, not translated);
    ``title`` and ``syntax`` are message ids shown in the user's language."""

    key: str
    title: tuple[str, ...]
    syntax: tuple[str, ...]
    required: bool = False
    field: FieldDef | None = None
    group: GroupDef | None = None
    goods: GoodsShape | None = None
    syntax_params: tuple[tuple[str, str], ...] = ()

    @property
    def kind(self) -> str:
        if self.goods is not None:
            return "goods"
        if self.field is None:
            return "meta"
        return "item" if self.group is not None else "field"


def goods_shape(form: FormDef) -> GoodsShape | None:
    """The goods-and-services group of ``form`` (its ``goods_services`` role), or None
    (patents have none)."""
    return form.goods_services()


def columns_for(form: FormDef) -> list[Column]:
    """Every column of the sheet of ``form``, in the order of the form."""
    columns = [
        Column(
            CLIENT_REF, (N_("Client reference"),), (N_("Your client's reference (fee totals)."),)
        ),
        Column(
            ROW_ID,
            (N_("Row id"),),
            (N_("Your id for this row: re-importing it never duplicates."),),
        ),
    ]
    goods = goods_shape(form)
    nested = [g.path for g in form.groups if g.parent and form.group(g.parent)]
    for f in form.fields:
        if any(f.group == n or f.group.startswith(n + ".") for n in nested):
            raise ValueError(f"{form.key}: nested group field {f.path} has no sheet syntax")
        if goods is not None and f.group == goods.group:
            if f.key == goods.class_key:
                columns.append(_goods_column(form, goods))
            continue
        columns.append(_field_column(form, f))
    return columns


def _goods_column(form: FormDef, goods: GoodsShape) -> Column:
    group = form.group(goods.group)
    assert group is not None
    return Column(
        goods.group,
        (group.label,),
        (N_("Class, colon, terms separated by ;, classes separated by |"),),
        required=group.min > 0,
        group=group,
        goods=goods,
    )


def _field_column(form: FormDef, f: FieldDef) -> Column:
    group = form.group(f.group) if f.group else None
    section = next((s for s in form.sections if s.id == f.section), None)
    if group is not None:
        title: tuple[str, ...] = (group.item_label or group.label, f.label)
    elif section is not None and section.label != f.label:
        title = (section.label, f.label)
    else:
        title = (f.label,)
    syntax = [_SYNTAX_BY_TYPE.get(f.type, "")]
    params: tuple[tuple[str, str], ...] = ()
    if f.type == "choice" and isinstance(f.choices, tuple):
        params = (("choices", ", ".join(f.choices)),)
    elif f.type == "choice" and f.choices_ref == "languages":
        syntax = [LANGUAGE_SYNTAX]
    elif f.type == "choice":
        syntax = []  # note: refdata choices are codes, described by the field's help
    if group is not None:
        syntax.insert(0, N_("One value per item, separated by |"))
    return Column(f.path, title, tuple(s for s in syntax if s), f.required, f, group, None, params)


def column_letter(index: int) -> str:
    """Spreadsheet column name of a 0-based index: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def split_escaped(text: str, separator: str) -> list[str]:
    """``text`` split at every unescaped ``separator``; escapes are kept for the next level."""
    if ESCAPE not in text:
        return text.split(separator)
    pieces, current, i = [], [], 0
    while i < len(text):
        char = text[i]
        if char == ESCAPE and i + 1 < len(text):
            current.append(text[i : i + 2])
            i += 2
            continue
        if char == separator:
            pieces.append("".join(current))
            current = []
        else:
            current.append(char)
        i += 1
    pieces.append("".join(current))
    return pieces


def unescape(text: str) -> str:
    if ESCAPE not in text:
        return text
    out, i = [], 0
    while i < len(text):
        if text[i] == ESCAPE and i + 1 < len(text) and text[i + 1] in "\\|;":
            out.append(text[i + 1])
            i += 2
            continue
        out.append(text[i])
        i += 1
    return "".join(out)


def escape(text: str) -> str:
    return text.replace(ESCAPE, ESCAPE * 2).replace("|", "\\|").replace(";", "\\;")
