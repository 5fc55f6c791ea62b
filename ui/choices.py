"""Display labels for the inline choice codes of the form definitions.

The forms store short codes (``natural_person``, ``wipo_current_account``); people read
the labels each form declares with its choices (``{ value = "en", label = "English" }``),
translated with the rest of the UI. A code without a label falls back to a country name
or a readable form of itself.
"""

from __future__ import annotations

from filingassist.formdefs import all_forms
from ui.i18n import tr


def _declared_labels() -> dict[str, str]:
    """Choice code → label as the form definitions declare them (with their choices)."""
    labels: dict[str, str] = {}
    for form in all_forms():
        for f in form.fields:
            for code, label in f.choice_labels:
                labels.setdefault(code, label)
    return labels


LABELS: dict[str, str] = _declared_labels()


def choice_label(code: str, country_name: str | None = None) -> str:
    """The translated label of a choice code (``country_name`` for ST.3 codes)."""
    if code in LABELS:
        return tr(LABELS[code])
    if country_name:
        return f"{code} — {country_name}"
    return code.replace("_", " ").capitalize()
