"""Every UI string, form label and finding message is translated into the five other UN
languages; the catalogues compile and load; the window actually shows the translations."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QTreeWidget

from tests.ui.helpers import ROOT, check_now, open_new
from ui import catalog
from ui.i18n import LANGUAGES, compile_qm, install_language, tr

pytestmark = pytest.mark.gui
OTHERS = [lang for lang in LANGUAGES if lang != "en"]
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


@pytest.mark.parametrize("lang", OTHERS)
def test_catalogue_has_every_message_translated(lang) -> None:
    missing = catalog.missing(lang)
    assert not missing, f"{len(missing)} untranslated in {lang}, e.g. {missing[:5]}"


@pytest.mark.parametrize("lang", OTHERS)
def test_translations_keep_placeholders_and_accelerators(lang) -> None:
    for source, text in catalog.read_ts(lang).items():
        # a plural message keeps the placeholders in each of its forms
        for form in text.split(catalog.FORMS_SEPARATOR):
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(form)), source
        if source.startswith("&"):
            assert "&" in text, source


def test_ts_files_list_exactly_the_current_messages() -> None:
    """A new string in ui/ or forms/ must be added to the catalogues (python -m ui.catalog)."""
    wanted = set(catalog.all_messages())
    for lang in OTHERS:
        root = catalog.ET.parse(catalog.ts_path(lang)).getroot()
        sources = {m.findtext("source") for m in root.iter("message")}
        assert wanted <= sources, f"{lang}: run python -m ui.catalog update"


def test_tr_is_only_called_with_literals_or_declared_ids() -> None:
    """f-strings inside tr() can never be translated."""
    for path in (ROOT / "ui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "tr":
                assert node.args and not isinstance(node.args[0], ast.JoinedStr), (
                    f"{path.name}:{node.lineno}: tr(f'…') cannot be translated"
                )


@pytest.mark.parametrize("lang", OTHERS)
def test_catalogue_compiles_and_loads(qapp, lang, tmp_path: Path) -> None:
    qm = compile_qm(catalog.ts_path(lang), tmp_path / f"{lang}.qm")
    assert qm is not None and qm.stat().st_size > 10_000
    try:
        assert install_language(qapp, lang) == lang
        assert tr("Save") != "Save"
        assert tr("Goods and services") != "Goods and services"
        # Qt's own dialogs (qtbase_*.qm shipped with PySide6)
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
        expected = (
            Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
        )
        assert qapp.layoutDirection() == expected
    finally:
        install_language(qapp, "en")


def _visible_texts(root) -> list[str]:
    texts = []
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if widget.isVisibleTo(root) and widget.text():
            texts.append(widget.text().replace("&", "").rstrip(" *"))
    for tabs in root.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    for tree in root.findChildren(QTreeWidget):
        header = tree.headerItem()
        texts += [header.text(i) for i in range(header.columnCount())]
    for box in root.findChildren(QGroupBox):
        texts.append(box.title())
    texts += [a.text().replace("&", "") for a in root.actions()]
    return texts


@pytest.mark.parametrize("lang", OTHERS)
def test_window_shows_no_english_ui_text(qtbot, make_session, lang) -> None:
    """Walk the home screen and an MM2 form: no English message id is left on screen."""
    session = make_session(lang)
    english = {m for m in catalog.all_messages() if tr(m) != m}
    assert len(english) > 400
    compose = open_new(qtbot, session, "madrid")
    check_now(qtbot, compose)
    leftovers = [t for t in _visible_texts(session.window) if t in english]
    session.window.show_home()
    leftovers += [t for t in _visible_texts(session.window) if t in english]
    assert not leftovers, f"English left in the {lang} window: {sorted(set(leftovers))[:10]}"
