"""Field types: one object per type knows how to check, show and parse a value.

After qutebrowser's configtypes: the form definition names a type, and the validator,
the search index, the XML export and the Qt form all ask the same object. Values are
plain JSON values (str, int, bool, list[str], dict for attachments).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from filingassist.i18n import N_

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class FieldType:
    """Base type: free single-line text."""

    name: str
    widget: str  # hint for the Qt renderer: line, text, date, combo, check, spin, money, list, file

    def is_empty(self, value: Any) -> bool:
        return value is None or value == "" or value == [] or value == {}

    def check(self, value: Any) -> str | None:
        """Return a message id when ``value`` is not of this type, else None."""
        if not isinstance(value, str):
            return N_("Expected text.")
        if "\n" in value and self.widget == "line":
            return N_("Line breaks are not allowed here.")
        return None

    def to_text(self, value: Any) -> str:
        """Text for search, summaries and XML."""
        if value is None:
            return ""
        if isinstance(value, list):
            return "; ".join(self.to_text(v) for v in value)
        if isinstance(value, bool):
            return "true" if value else "false"
        return str(value)

    def from_text(self, text: str) -> Any:
        """Inverse of ``to_text`` for XML import and the UI."""
        return text

    def to_texts(self, value: Any, paragraphs: bool = False) -> list[str]:
        """The texts of one value in XML: one per element where the element repeats.

        ``paragraphs``: the target is a paragraph element (``com:P``), so a multi-line
        text is split at blank lines rather than at every line.
        """
        return [self.to_text(value)]

    def from_texts(self, texts: list[str], paragraphs: bool = False) -> Any:
        """Inverse of ``to_texts`` (raises ValueError for a text that is not of this type)."""
        return self.from_text(texts[0])

    def to_json(self, value: Any) -> Any:
        """The value in a JSON document beside the XML (the PCT request)."""
        return value

    def absent(self) -> Any:
        """The value an encoded field has when none of its elements is present."""
        return None

    def is_file(self) -> bool:
        """True when the value's text is a file name the package resolves to an attachment."""
        return False


class _Multiline(FieldType):
    def check(self, value: Any) -> str | None:
        return None if isinstance(value, str) else N_("Expected text.")

    def to_texts(self, value: Any, paragraphs: bool = False) -> list[str]:
        if not isinstance(value, str):
            return [self.to_text(value)]
        return value.split("\n\n" if paragraphs else "\n")

    def from_texts(self, texts: list[str], paragraphs: bool = False) -> Any:
        return ("\n\n" if paragraphs else "\n").join(texts)


class _Email(FieldType):
    def check(self, value: Any) -> str | None:
        if not isinstance(value, str):
            return N_("Expected text.")
        return None if _EMAIL.match(value) else N_("Not a valid e-mail address.")


class _Date(FieldType):
    def check(self, value: Any) -> str | None:
        if not isinstance(value, str):
            return N_("Expected a date (YYYY-MM-DD).")
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return N_("Expected a date (YYYY-MM-DD).")
        return None if len(value) == 10 else N_("Expected a date (YYYY-MM-DD).")


class _Boolean(FieldType):
    def is_empty(self, value: Any) -> bool:
        return value is None

    def check(self, value: Any) -> str | None:
        return None if isinstance(value, bool) else N_("Expected yes or no.")

    def from_text(self, text: str) -> Any:
        return text.strip().lower() in ("true", "1", "yes")

    def absent(self) -> Any:
        return False


class _Integer(FieldType):
    def check(self, value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return N_("Expected a whole number.")
        return None

    def from_text(self, text: str) -> Any:
        return int(text)


class _Money(FieldType):
    """An amount of money, stored as a canonical decimal string ("4394.00"); whole numbers
    of older drafts are read as amounts too. People type it with their locale's separators
    (``filingassist.money.parse_amount``)."""

    def check(self, value: Any) -> str | None:
        from filingassist.money import as_decimal

        if as_decimal(value) is None:
            return N_("Expected an amount, such as 4394.00.")
        return None

    def to_text(self, value: Any) -> str:
        from filingassist.money import as_decimal, canonical

        amount = as_decimal(value)
        return canonical(amount) if amount is not None else super().to_text(value)

    def from_text(self, text: str) -> Any:
        from filingassist.money import canonical, parse_amount

        return canonical(parse_amount(text))


class _TextList(FieldType):
    def check(self, value: Any) -> str | None:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return N_("Expected a list of texts.")
        return None

    def to_text(self, value: Any) -> str:
        return "; ".join(value) if isinstance(value, list) else ""

    def from_text(self, text: str) -> Any:
        return [t.strip() for t in text.split(";") if t.strip()]

    def to_texts(self, value: Any, paragraphs: bool = False) -> list[str]:
        return [str(v) for v in value] if isinstance(value, list) else [str(value)]

    def from_texts(self, texts: list[str], paragraphs: bool = False) -> Any:
        # note: other offices write a class's terms as one text separated by "; "
        if len(texts) == 1:
            return [t.strip() for t in texts[0].split("; ") if t.strip()]
        return list(texts)


class _Attachment(FieldType):
    """A file kept in the attachment store; the value references it by SHA-256."""

    def check(self, value: Any) -> str | None:
        if not isinstance(value, dict):
            return N_("Expected an attached file.")
        if not _SHA256.match(str(value.get("sha256", ""))):
            return N_("The attached file has no valid SHA-256 digest.")
        if not isinstance(value.get("name"), str) or not value["name"]:
            return N_("The attached file has no name.")
        if not isinstance(value.get("size"), int) or not isinstance(value.get("media_type"), str):
            return N_("The attached file has no size or media type.")
        return None

    def to_text(self, value: Any) -> str:
        return str(value.get("name", "")) if isinstance(value, dict) else ""

    def to_texts(self, value: Any, paragraphs: bool = False) -> list[str]:
        return [self.to_text(value)] if isinstance(value, dict) else []

    def to_json(self, value: Any) -> Any:
        return value.get("name") if isinstance(value, dict) else value

    def is_file(self) -> bool:
        return True


TYPES: dict[str, FieldType] = {
    t.name: t
    for t in (
        FieldType("text", "line"),
        _Multiline("multiline", "text"),
        _Email("email", "line"),
        FieldType("phone", "line"),
        _Date("date", "date"),
        FieldType("choice", "combo"),
        FieldType("country", "combo"),
        _Boolean("boolean", "check"),
        _Integer("integer", "spin"),
        _Money("money", "money"),
        _TextList("text_list", "list"),
        _Attachment("attachment", "file"),
    )
}


def field_type(name: str) -> FieldType:
    """The registered type called ``name`` (KeyError when unknown)."""
    return TYPES[name]
