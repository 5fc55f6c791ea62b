"""gettext-style markers for the core.

The core never translates at import time: declarations use ``N_()`` (mark only) and
messages are translated where they are shown. The UI installs a translator with
``set_translator``; the CLI prints English.
"""

from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str], str] = lambda s: s  # noqa: E731


def set_translator(fn: Callable[[str], str]) -> None:
    """Install the function that maps an English message id to the user's language."""
    global _translate
    _translate = fn


def _(message: str) -> str:
    """Translate ``message`` now."""
    return _translate(message)


def N_(message: str) -> str:  # noqa: N802 - gettext convention
    """Mark ``message`` for extraction without translating it."""
    return message


#: Languages with a catalogue besides English (resources/translations/filingassist_<x>.ts).
CATALOGUES = ("ar", "es", "fr", "ru", "zh_CN")


def language_from_env(environ: dict[str, str] | None = None) -> str:
    """The user's language for command-line output: FILINGASSIST_LANG, else the
    POSIX locale variables (``fr_FR.UTF-8`` → ``fr``, ``zh_CN`` → ``zh_CN``); else English."""
    import os

    env = os.environ if environ is None else environ
    for name in ("FILINGASSIST_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return normalise_language(value)
    return "en"


def normalise_language(value: str) -> str:
    code = value.split(".", 1)[0].split("@", 1)[0]
    if code.startswith("zh"):
        return "zh_CN"
    base = code.split("_", 1)[0].split("-", 1)[0].lower()
    return base if base in CATALOGUES else "en"


def catalogue(lang: str) -> Callable[[str], str]:
    """A translate function for ``lang`` from its shipped .ts catalogue (Qt-free, so the
    command line speaks the user's language too); identity for English or no catalogue."""
    import xml.etree.ElementTree as ET  # noqa: S405 - our own shipped catalogue, no DTD

    from filingassist import paths

    path = paths.resources_dir() / "translations" / f"filingassist_{lang}.ts"
    if lang not in CATALOGUES or not path.is_file():
        return lambda s: s
    table: dict[str, str] = {}
    for message in ET.parse(path).getroot().iter("message"):  # noqa: S314
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            continue  # plural forms of the desktop's counts; the command line has none
        if translation is not None and translation.text and not translation.get("type"):
            table[source] = translation.text
    return lambda s: table.get(s, s)
