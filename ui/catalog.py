"""Message catalogue: collect every translatable string and keep the .ts files in step.

Sources of message ids (all English):
* the UI: ``tr("…")`` and ``N_("…")`` calls with a literal in ``ui/``;
* the form definitions: form titles and descriptions, section, group and field labels,
  help texts and group item labels in ``forms/*.toml``, rule messages in ``forms/rules/``;
* the core: ``N_("…")`` and ``_("…")`` literals in ``filingassist/`` (finding messages).

``python -m ui.catalog update`` rewrites ``resources/translations/filingassist_<lang>.ts``
with every current message, keeping existing translations and marking new ones unfinished;
``python -m ui.catalog merge LANG FILE.json`` adds translations from a JSON object;
``python -m ui.catalog missing`` lists untranslated messages per language;
``python -m ui.catalog compile`` builds the .qm files beside the .ts (packaging).
"""

from __future__ import annotations

import ast
import json
import sys
import tomllib
import xml.etree.ElementTree as ET  # noqa: S405 - our own .ts files, written by this module
from collections.abc import Iterable, Iterator
from pathlib import Path

from filingassist import paths
from ui.i18n import CONTEXT, LANGUAGES, compile_qm, ts_path

ROOT = Path(__file__).resolve().parent.parent
UI_CALLS = {"tr", "N_"}
#: ``trn("%n …", n)``: messages with plural forms (Qt numerus), one <numerusform> per form
PLURAL_CALLS = {"trn"}
#: Plural forms are kept joined by this character in the dict ``read_ts`` returns.
FORMS_SEPARATOR = "\x1f"
CORE_CALLS = {"N_", "_"}
QT_LANG = {"fr": "fr_FR", "es": "es_ES", "ar": "ar", "zh_CN": "zh_CN", "ru": "ru_RU"}


def _literals(folder: Path, names: set[str]) -> Iterator[str]:
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            arg = node.args[0]
            if name in names and isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                yield arg.value


def ui_messages() -> list[str]:
    return _unique([*_literals(ROOT / "ui", UI_CALLS), *plural_messages()])


def plural_messages() -> list[str]:
    return _unique(_literals(ROOT / "ui", PLURAL_CALLS))


def core_messages() -> list[str]:
    return _unique(_literals(ROOT / "filingassist", CORE_CALLS))


#: Entries of the upgrade maps (forms/upgrades/*.toml) whose notes the UI shows
UPGRADE_ENTRIES = ("move", "split", "default", "new", "dropped", "changed")


def form_messages() -> list[str]:
    found: list[str] = []
    for path in sorted(paths.forms_dir().rglob("*.toml")):
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        head = raw.get("form", {})
        found += [head.get("title", ""), head.get("description", "")]
        for key in ("section", "group", "field", "rule", *UPGRADE_ENTRIES):
            for entry in raw.get(key, []):
                found += [entry.get(k, "") for k in ("label", "help", "item_label", "message")]
                found += [entry.get(k, "") for k in ("note", "lost_note")]  # upgrade maps
                choices = entry.get("choices", ())
                found += [c.get("label", "") for c in choices if isinstance(c, dict)]
    return _unique(found)


def counter_messages() -> list[str]:
    """The counter wizard's plain-language help (resources/counter/help.toml)."""
    path = paths.resources_dir() / "counter" / "help.toml"
    raw = tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    return _unique(text for table in raw.values() for text in table.values())


def all_messages() -> list[str]:
    return _unique([*ui_messages(), *form_messages(), *core_messages(), *counter_messages()])


def _unique(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        if item and item.strip():
            seen.setdefault(item, None)
    return list(seen)


def read_ts(lang: str) -> dict[str, str]:
    """Finished translations of ``lang`` (unfinished and empty ones are left out)."""
    path = ts_path(lang)
    if not path.exists():
        return {}
    root = ET.parse(path).getroot()  # noqa: S314 - our own file
    out: dict[str, str] = {}
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete"):
            continue
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if forms and all(forms):
                out[source] = FORMS_SEPARATOR.join(forms)
        elif translation.text:
            out[source] = translation.text
    return out


def write_ts(lang: str, messages: list[str], translations: dict[str, str]) -> Path:
    root = ET.Element("TS", version="2.1", language=QT_LANG.get(lang, lang))
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    plurals = set(plural_messages())
    for source in messages:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        text = translations.get(source)
        if source in plurals:
            message.set("numerus", "yes")
            for form in (text or "").split(FORMS_SEPARATOR):
                ET.SubElement(translation, "numerusform").text = form
            if not text:
                translation.set("type", "unfinished")
        elif text:
            translation.text = text
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    path = ts_path(lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return path


def translated_languages() -> list[str]:
    return [lang for lang in LANGUAGES if lang != "en"]


def update(extra: dict[str, dict[str, str]] | None = None) -> dict[str, int]:
    """Rewrite every .ts with the current messages; returns untranslated counts."""
    messages = all_messages()
    missing = {}
    for lang in translated_languages():
        known = read_ts(lang)
        known.update((extra or {}).get(lang, {}))
        write_ts(lang, messages, known)
        missing[lang] = sum(1 for m in messages if not known.get(m))
    return missing


def missing(lang: str) -> list[str]:
    known = read_ts(lang)
    return [m for m in all_messages() if not known.get(m)]


def main(argv: list[str]) -> int:
    if not argv or argv[0] == "update":
        print(json.dumps(update(), indent=1))
    elif argv[0] == "merge":
        lang, file = argv[1], Path(argv[2])
        print(json.dumps(update({lang: json.loads(file.read_text(encoding="utf-8"))}), indent=1))
    elif argv[0] == "compile":  # .qm beside the .ts, for packaging (build.spec, wheels)
        for lang in ["en", *translated_languages()]:  # English: its plural forms
            ts = ts_path(lang)
            print(lang, compile_qm(ts, ts.with_suffix(".qm")))
    elif argv[0] == "missing":
        langs = argv[1:] or translated_languages()
        print(json.dumps({lang: missing(lang) for lang in langs}, ensure_ascii=False, indent=1))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
