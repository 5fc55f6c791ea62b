"""Reference data for the widgets: choice lists, Nice headings, Madrid members, term search.

The only UI module that reads ``filingassist.refdata`` (plain, Qt-free data tables). Item
models are built once per data set and language and shared by every combo box that shows
that list, so a form with twenty country fields costs one model, not twenty.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from filingassist import refdata
from filingassist.money import format_money
from filingassist.refdata import partynames, status
from filingassist.refdata.status import TableStatus
from ui.choices import choice_label
from ui.i18n import current_language, isolate, tr, trn

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
_models: dict[tuple[str, str], QStandardItemModel] = {}


@dataclass(frozen=True)
class MemberRow:
    """A Madrid Contracting Party as the designation picker shows it."""

    code: str
    name: str
    individual_fee: bool
    fee_text: str


#: Babel (CLDR) locale names of our catalogue languages.
CLDR_LOCALES = {"en": "en", "fr": "fr", "es": "es", "ar": "ar", "zh_CN": "zh_Hans_CN", "ru": "ru"}


@functools.cache
def _territories(lang: str) -> dict[str, str]:
    from babel import Locale

    return dict(Locale.parse(CLDR_LOCALES.get(lang, "en")).territories)


#: ST.3 codes of organisations that are Contracting Parties (or offices of filing) in
#: their own right, named by the territory they cover in CLDR: "EM" (the EUIPO's code)
#: designates the European Union.
ORGANISATION_TERRITORIES = {"EM": "EU"}


def country_label(code: str, english: str) -> str:
    """A country's name in the user's language (CLDR). The European Union (EM) is named as
    the Contracting Party, in the user's language, like every other country; organisations
    CLDR does not name come, as Contracting Parties (Benelux, OAPI), from
    resources/refdata/party_names.json, else by their own name in that language where
    countries.json has it (with its source), else in English."""
    lang = current_language()
    territories = _territories(lang)
    found = territories.get(code) or territories.get(ORGANISATION_TERRITORIES.get(code, ""))
    if found:
        return found
    party = party_label(code)
    if party:
        return party
    entry = refdata.countries_data().by_code.get(code)
    return entry.name_in(lang) if entry is not None and entry.names else english


def party_label(code: str) -> str:
    """The name of an organisation that is a Contracting Party, in the user's language; a
    name not yet confirmed on a WIPO page in that language carries the English one beside
    it ("比荷卢 (Benelux)"), so a filer can check it. '' when the file has no name."""
    lang = current_language()
    name = partynames.party_name(code, lang)
    if name is None:
        return ""
    english = partynames.party_name(code, "en")
    if name.confirmed or english is None or english.name == name.name:
        return name.name
    return f"{name.name} ({english.name})"


def party_name(code: str) -> str:
    """A state's or an organization's name in the user's language; the code when unknown."""
    return _country(code) or code


def country_entries(name: str) -> list[tuple[str, str]]:
    """(code, name in the user's language) of a ``refdata:NAME`` list."""
    if name == "languages":
        return language_entries()
    return [(code, country_label(code, english)) for code, english in _country_entries(name)]


def language_entries() -> list[tuple[str, str]]:
    """(ISO 639-1 code, the language's CLDR name in the user's language), by code."""
    from filingassist.refdata.languages import language_codes

    names = _languages(current_language())
    return [(code, names.get(code, code)) for code in language_codes()]


@functools.cache
def _languages(lang: str) -> dict[str, str]:
    from babel import Locale

    return dict(Locale.parse(CLDR_LOCALES.get(lang, "en")).languages)


def _country_entries(name: str) -> list[tuple[str, str]]:
    if name == "madrid_members":
        return [(m.code, m.name) for m in refdata.madrid_members()]
    if name == "trademark_offices":
        fees = refdata.national_tm_fees()
        offices = getattr(fees, "offices", None)
        if offices:
            return [(code, refdata.country_name(code) or code) for code in sorted(offices)]
    return [(c.code, c.name) for c in refdata.countries()]


def choice_model(choices: Sequence[str] | str) -> QStandardItemModel:
    """A shared model (blank first row) for inline choices or a ``refdata:NAME`` list."""
    key = (choices if isinstance(choices, str) else "|".join(choices), current_language())
    model = _models.get(key)
    if model is not None:
        return model
    model = QStandardItemModel()
    blank = QStandardItem("")
    blank.setData(None, CODE_ROLE)
    model.appendRow(blank)
    if isinstance(choices, str):
        rows = [
            (code, f"{code} — {name}") for code, name in country_entries(choices.split(":", 1)[1])
        ]
    else:
        rows = [(code, choice_label(code, _country(code))) for code in choices]
    for code, label in rows:
        item = QStandardItem(label)
        item.setData(code, CODE_ROLE)
        model.appendRow(item)
    _models[key] = model
    return model


def _country(code: str) -> str | None:
    if len(code) != 2 or not code.isupper():
        return None
    english = refdata.country_name(code)
    return country_label(code, english) if english else None


def nice_classes() -> list[tuple[int, str, str]]:
    """(number, goods|services, heading) for the 45 classes."""
    return [(c.number, c.kind, c.heading) for c in refdata.nice_classes()]


def nice_heading(number: Any) -> str:
    cls = refdata.nice_class(number) if refdata.is_nice_class(number) else None
    return cls.heading if cls else ""


def madrid_rows() -> list[MemberRow]:
    """Every Madrid member with whether it charges an individual fee and, if known, how much."""
    fees = refdata.madrid_fees()
    individual = fees.individual  # the entry in effect today, per party
    rows = []
    for m in refdata.madrid_members():
        fee = individual.get(m.code)
        if fee is not None and fee.structure is not None:
            text = fee_structure_text(fee.structure, fees.currency)
            if fee.uncertain:
                text += " " + tr("(to be confirmed)")
        elif m.individual_fee:
            text = tr("individual fee (amount not in the table)")
        else:
            amount = money(fees.complementary_per_party, fees.currency)
            text = tr("{amount} (complementary fee)").format(amount=amount)
        rows.append(MemberRow(m.code, country_label(m.code, m.name), m.individual_fee, text))
    return rows


def fee_structure_text(structure: Any, currency: str) -> str:
    """How an office prices classes, in the user's language, amounts formatted like every
    other amount ("187.00 CHF for one class, 19.00 CHF per further class"); the core's
    ``ClassFeeStructure.describe`` is the English one for quotes and logs."""
    amounts = [money(a, currency) for a in structure.amounts]
    further = money(structure.additional, currency)
    if structure.kind == "per_class":
        return tr("{amount} per class").format(amount=further)
    if structure.kind == "flat":
        return tr("{amount} whatever the number of classes").format(amount=amounts[0])
    if structure.kind == "fixed_up_to":
        return trn(
            "{amount} for up to %n class(es), {further} per further class",
            structure.covered_classes,
        ).format(amount=amounts[0], further=further)
    if len(amounts) == 1:
        return tr("{first} for one class, {further} per further class").format(
            first=amounts[0], further=further
        )
    return trn(
        "{amounts} for the first %n classes, {further} per further class", len(amounts)
    ).format(amounts=" + ".join(amounts), further=further)


#: Data sets that go stale between releases (fees, membership); the ST.3 code list and the
#: Nice edition change on a known schedule and would only make the date look old.
CHANGING_DATASETS = ("madrid_members", "fees_madrid", "fees_pct", "fees_national_tm")


def refdata_freshness(today: dt.date | None = None) -> TableStatus | None:
    """The oldest fee or membership table in effect (a ``TableStatus``), or None.

    The status bar names it with its age and review date, and warns when any table is past
    its review date (``stale``); None when the data cannot be read at all.
    """
    try:
        return status.oldest(today)
    except Exception:  # a broken data set must not stop the window from opening
        return None


def madrid_fee_table() -> Any:
    """The header (``DatasetInfo``) of the Madrid fee table in use; None when unreadable."""
    try:
        return refdata.dataset_info("fees_madrid")
    except Exception:  # a broken data set must not stop the picker from opening
        return None


def valid_as_of() -> dt.date | None:
    """The oldest "valid as of" date among the fee and membership tables in effect."""
    try:
        return min(
            info.valid_as_of for info in refdata.datasets() if info.name in CHANGING_DATASETS
        )
    except Exception:  # a broken data set must not stop the window from opening
        return None


def term_search(
    query: str, class_number: int | None = None, limit: int = 20
) -> list[tuple[int, str]]:
    """(class, term) matches from the installed Nice term list; [] when none is installed."""
    from filingassist.refdata import nice_terms

    if len(query.strip()) < 2:
        return []
    terms = nice_terms.shared()
    if terms is None:
        return []
    return [(t.class_number, t.term) for t in terms.search(query, class_number, limit)]


def term_list_installed() -> bool:
    """Whether a Nice term list is installed (a file check, cheap on the GUI thread)."""
    from filingassist.refdata import nice_terms

    return nice_terms.installed()


def install_term_list(path: Path) -> int:
    """Import a Nice term list CSV (as ``filingassist refdata import-nice``); the term
    count. Long work: run it as an operation."""
    from filingassist.refdata import nice_terms
    from filingassist.rules import refapi

    count = nice_terms.import_terms(path)
    refapi.forget_term_list()  # the rules check terms against the new list
    nice_terms.shared()  # open and index it now, not on the first keystroke
    return count


def warm_term_list() -> bool:
    """Open the term list and build its indexes (run in the background at start)."""
    from filingassist.refdata import nice_terms

    warm_country_names()
    found = nice_terms.shared() is not None
    freeze_long_lived()
    return found


_frozen = False


def freeze_long_lived() -> None:
    """Exclude what is loaded by now (term list, reference tables, Qt wrappers) from the
    garbage collector's full passes, once per process.

    note: with the term list in memory a full collection scans ~1M objects; one landing in
    the middle of opening a large form stalled the window for ~100 ms. These objects live
    as long as the process, so scanning them again finds nothing.
    """
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()


def warm_country_names() -> None:
    """Load the CLDR country names of the current language (~25 ms on first use), so the
    first form with a country field does not pay for it on the GUI thread."""
    _territories(current_language())
    refdata.countries()
    refdata.madrid_members()


def money(amount: Decimal | int | str, currency: str) -> str:
    """The one way the UI shows an amount: babel's separators for the current language
    ("2,724.00 CHF", "2 724,00 CHF"), kept in that order in right-to-left languages."""
    return isolate(format_money(amount, currency, current_language()))
