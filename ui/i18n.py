"""Translations: one Qt catalogue per language for the UI, the form labels and core messages.

Sources are ``resources/translations/filingassist_<lang>.ts`` (English message ids, one
context ``filingassist``). The ``.qm`` files are built from them with ``pyside6-lrelease``
at install or, when missing or stale, at start into the user's cache. Qt's own dialogs use
the ``qtbase_<lang>.qm`` shipped with PySide6. The core's ``filingassist.i18n`` translator
is pointed at the same catalogue, so a Finding's message shows in the user's language.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from filingassist import i18n as core_i18n
from filingassist import paths

log = logging.getLogger(__name__)

CONTEXT = "filingassist"
#: The six UN languages, by the code used in file names and settings.
LANGUAGES = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ar": "العربية",
    "zh_CN": "中文（简体）",
    "ru": "Русский",
}
RTL_LANGUAGES = {"ar"}

_installed: list[QTranslator] = []
_current = "en"


def tr(text: str) -> str:
    """Translate a UI string (English message id) into the current language."""
    return QCoreApplication.translate(CONTEXT, text)


def trn(text: str, n: int) -> str:
    """Translate a count: ``text`` holds ``%n`` and each catalogue (English too) gives the
    language's plural forms (Qt numerus), so "1 error" and "2 errors" both read right."""
    return QCoreApplication.translate(CONTEXT, text, None, n)


def N_(text: str) -> str:  # noqa: N802 - gettext convention
    """Mark a UI string for extraction; translate it later with ``tr``."""
    return text


LRM = "\u200e"


def isolate(text: str) -> str:
    """Keep a date, amount or code in left-to-right order inside a right-to-left sentence."""
    return f"{LRM}{text}{LRM}" if _current in RTL_LANGUAGES else text


def current_language() -> str:
    return _current


def ts_dir() -> Path:
    return paths.resources_dir() / "translations"


def ts_path(lang: str) -> Path:
    return ts_dir() / f"filingassist_{lang}.ts"


def _cache_dir() -> Path:
    return paths.data_home() / "cache" / "translations"


def _lrelease() -> str | None:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    return str(here) if here.exists() else shutil.which("pyside6-lrelease")


def qm_path(lang: str) -> Path | None:
    """The compiled catalogue for ``lang``: shipped beside the .ts, or built now into the cache."""
    ts = ts_path(lang)
    if not ts.exists():
        return None
    for folder in (ts_dir(), _cache_dir()):
        qm = folder / f"filingassist_{lang}.qm"
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            return qm
    return compile_qm(ts, _cache_dir() / f"filingassist_{lang}.qm")


def compile_qm(ts: Path, qm: Path) -> Path | None:
    """Run ``pyside6-lrelease`` on one .ts file; None when the tool is missing or fails."""
    tool = _lrelease()
    if tool is None:
        log.warning("pyside6-lrelease not found; %s stays untranslated", ts.name)
        return None
    qm.parent.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(
        [tool, "-silent", str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    if proc.returncode != 0 or not qm.exists():
        log.warning("lrelease failed for %s: %s", ts.name, proc.stderr.strip())
        return None
    return qm


def install_language(app: QApplication, lang: str) -> str:
    """Load ``lang`` (falls back to English) and lay the UI out right-to-left for Arabic."""
    global _current
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    lang = lang if lang in LANGUAGES else "en"
    # English has a catalogue too: the plural forms of counts ("1 error", "2 errors")
    qm = qm_path(lang)
    ours = QTranslator(app)
    if qm is not None and ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
    if lang != "en":
        qt_own = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{lang}", qt_dir) or qt_own.load(
            f"qtbase_{lang.split('_')[0]}", qt_dir
        ):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    _current = lang
    QLocale.setDefault(QLocale(lang))
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if lang in RTL_LANGUAGES else Qt.LayoutDirection.LeftToRight
    )
    core_i18n.set_translator(tr)
    return lang


def system_language() -> str:
    """The catalogue closest to the system locale."""
    name = QLocale.system().name()  # e.g. fr_CH, zh_CN
    if name in LANGUAGES:
        return name
    base = name.split("_")[0]
    if base == "zh":
        return "zh_CN"
    return base if base in LANGUAGES else "en"


class OneLanguage(QTranslator):
    """A catalogue that never falls through to the installed (staff) language: a message
    it lacks stays in English. English itself is this with no catalogue."""

    def __init__(self, lang: str, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._catalogue = QTranslator(self)
        qm = qm_path(lang) if lang != "en" else None
        if qm is not None and not self._catalogue.load(str(qm)):
            log.warning("catalogue %s does not load", qm)

    def translate(  # Qt virtual: called by QCoreApplication.translate
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        found = self._catalogue.translate(context, source, disambiguation, n)
        return found or source

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


_speakers: dict[str, OneLanguage] = {}


@contextmanager
def speaking(lang: str) -> Iterator[str]:
    """Texts made inside (``tr``, form labels, findings, printouts) are in ``lang``; the
    installed language (the staff's, at an office counter) is back afterwards.

    Qt reads the most recently installed translator first: the filer's catalogue sits on
    top of the staff's for the duration. Widgets made inside keep their texts; laying
    them out right-to-left is the caller's (``direction_of``).
    """
    global _current
    app = QCoreApplication.instance()
    lang = lang if lang in LANGUAGES else "en"
    if app is None or lang == _current:
        yield lang
        return
    speaker = _speakers.get(lang)
    if speaker is None:
        speaker = _speakers[lang] = OneLanguage(lang, app)
    previous, locale = _current, QLocale()
    app.installTranslator(speaker)
    _current = lang
    QLocale.setDefault(QLocale(lang))
    try:
        yield lang
    finally:
        app.removeTranslator(speaker)
        _current = previous
        QLocale.setDefault(locale)


def direction_of(lang: str) -> Qt.LayoutDirection:
    return (
        Qt.LayoutDirection.RightToLeft if lang in RTL_LANGUAGES else Qt.LayoutDirection.LeftToRight
    )
