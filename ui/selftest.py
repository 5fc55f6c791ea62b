"""The desktop half of ``filingassist --self-test``: icon, translations and PDF printouts.

These need Qt, so they live here and are added to the core's steps
(``filingassist/selftest.py``). The run is headless: without a display Qt's
``offscreen`` platform is used, as in CI. The printouts go through ``ui.printing``'s
public functions, exactly as the counter prints them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCollator, QLibraryInfo, QLocale
from PySide6.QtGui import QIcon

from filingassist import paths, selftest
from ui.i18n import LANGUAGES, install_language, tr
from ui.printing import receipt_for, summary_for, write_pdf
from ui.refsource import country_label

#: A message every catalogue translates; if it comes back in English the catalogue is missing.
PROBE = "Filing receipt"
MIN_PDF_BYTES = 2_000


def check_icon(ctx: selftest.Context) -> str:
    path = paths.resources_dir() / "icons" / "filingassist.svg"
    pixmap = QIcon(str(path)).pixmap(64, 64)
    if pixmap.isNull():
        raise RuntimeError(f"{path} does not render (Qt's SVG image plugin missing?)")
    return f"{path.name} renders at 64×64"


def check_translations(ctx: selftest.Context) -> str:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("no Qt application to load the catalogues into")
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    problems = []
    try:
        for lang in LANGUAGES:
            if lang == "en":
                continue
            install_language(app, lang)
            if tr(PROBE) == PROBE:
                problems.append(f"{lang}: our catalogue did not load")
            if country_label("DE", "Germany") == "Germany":
                problems.append(f"{lang}: no CLDR country names (babel data missing)")
            qt_names = (f"qtbase_{lang}.qm", f"qtbase_{lang.split('_')[0]}.qm")
            if not any((qt_dir / name).exists() for name in qt_names):
                problems.append(f"{lang}: Qt's qtbase catalogue missing in {qt_dir}")
    finally:
        install_language(app, "en")
    if problems:
        raise RuntimeError("; ".join(problems))
    return f"{len(LANGUAGES)} languages (app, Qt and CLDR country names): " + ", ".join(LANGUAGES)


def check_collation(ctx: selftest.Context) -> str:
    """ICU serves our languages (the build trims its data to them: tools/trim_icu.py)."""
    for lang in LANGUAGES:
        collator = QCollator(QLocale(lang))
        if collator.compare("a", "b") >= 0:
            raise RuntimeError(f"{lang}: collation does not order 'a' before 'b'")
    # Chinese sorts by pinyin only with ICU's zh data: 阿 (ā) before 中 (zhōng); the root
    # order (by code point) is the reverse.
    if QCollator(QLocale("zh_CN")).compare("阿", "中") >= 0:
        raise RuntimeError("zh_CN: no Chinese collation (ICU's zh data missing)")
    return f"{len(LANGUAGES)} locales; Chinese in pinyin order"


def _check_pdf(path: Path) -> str:
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise RuntimeError(f"{path.name} is not a complete PDF")
    if len(data) < MIN_PDF_BYTES or b"/FontFile" not in data:
        raise RuntimeError(f"{path.name} has no embedded font ({len(data)} bytes): text missing?")
    pages = data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type/Page")
    return f"{path.name} {len(data):,} bytes, {max(pages, 1)} page(s)"


def check_summary_pdf(ctx: selftest.Context) -> str:
    drafts = ctx.need(ctx.drafts, "the examples")
    shown = []
    for name, draft_id in drafts.items():
        doc = ctx.ws.load(draft_id)
        out = ctx.ws.home / f"summary-{name}.pdf"
        write_pdf(summary_for(ctx.ws, ctx.ws.form(doc), doc, draft_id), out)
        shown.append(_check_pdf(out))
    return "; ".join(shown)


def check_receipt_pdf(ctx: selftest.Context) -> str:
    receipt = ctx.need(ctx.receipt, "a receipt from the office")
    out = ctx.ws.home / "receipt.pdf"
    write_pdf(receipt_for(ctx.ws, receipt), out)
    return _check_pdf(out)


STEPS: tuple[selftest.Step, ...] = (
    ("icon", check_icon),
    ("translations", check_translations),
    ("collation (ICU)", check_collation),
    ("summary PDFs", check_summary_pdf),
    ("receipt PDF", check_receipt_pdf),
)


def main() -> int:
    """Run every self-test step (core and desktop); the exit code of the command."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.app import application

    application([sys.argv[0]])
    return selftest.run(STEPS)
