"""Opening an MM2 draft made with form v1 shows the upgrade bar; upgrading (after a
preview of what changes) reopens the draft with form v2 and says what changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.core.test_form_upgrades import v1_example
from tests.ui.screens import shoot
from ui.formupgrade import UpgradeBar, UpgradeDialog

pytestmark = [pytest.mark.gui]


def _open_v1(qtbot, session, examples_dir: Path) -> str:
    ws = session.ws
    info = ws.import_file(examples_dir / "madrid.json")
    v1 = v1_example()[0]
    v1.data["misc"]["mark_type"] = "other"  # one value v2 cannot take
    ws.save(info.id, v1, "typed under form v1")
    session.window.open_draft(info.id)
    qtbot.waitUntil(lambda: session.window.compose is not None, timeout=10000)
    qtbot.waitUntil(lambda: session.window.compose.settled, timeout=10000)
    return info.id


def test_v2_draft_has_no_upgrade_bar(qtbot, session, examples_dir: Path) -> None:
    info = session.ws.import_file(examples_dir / "madrid.json")
    session.window.open_draft(info.id)
    qtbot.waitUntil(lambda: session.window.compose is not None, timeout=10000)
    assert session.window.compose.upgrade_bar is None
    assert session.window.compose.findChild(UpgradeBar) is None


@pytest.mark.parametrize("lang", ["en", "ar", "zh_CN"])
def test_upgrade_bar_previews_upgrades_and_reports(
    qtbot, make_session, examples_dir: Path, lang: str
) -> None:
    session = make_session(lang)
    window = session.window
    draft_id = _open_v1(qtbot, session, examples_dir)
    compose = window.compose
    bar = compose.upgrade_bar
    assert bar is not None and bar.isVisible()
    if lang == "en":
        assert bar.label.text() == "This draft uses an older version of the form (v1)."
        assert bar.button.text() == "Upgrade to v2"
    shoot(window, f"form_upgrade_bar_{lang}")

    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.dialog is not None and bar.dialog.isVisible(), timeout=10000)
    preview = bar.dialog
    assert preview is not None
    assert session.ws.draft(draft_id).form_version == 1  # the preview saves nothing
    rows = [preview.tree.topLevelItem(i) for i in range(preview.tree.topLevelItemCount())]
    assert len(rows) == len(preview.report.changes) > 5
    if lang == "en":
        assert rows[0].text(0) == "Not carried over"  # what needs the filer comes first
        assert rows[0].text(1) == "Type of mark"
        assert rows[2].text(1) == "Ground 1 · Applicant (number in item 2)"
        assert (
            "1 value cannot be carried over"
            in preview.findChild(type(bar.label), "formUpgradeSummary").text()
        )
    shoot(preview, f"form_upgrade_preview_{lang}")

    confirm = preview.findChild(QPushButton, "confirmUpgrade")
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.compose is not compose and window.compose is not None, timeout=10000
    )
    qtbot.waitUntil(lambda: window.upgrade_report is not None, timeout=10000)
    reopened = window.compose
    assert reopened.form.version == 2 and reopened.upgrade_bar is None
    assert reopened.document.form_version == 2
    assert reopened.document.data["misc"]["category"] == "individual"
    report = window.upgrade_report
    assert isinstance(report, UpgradeDialog) and report.isVisible()
    assert report.findChild(QPushButton, "confirmUpgrade") is None
    assert report.report.revision == session.ws.draft(draft_id).head
    history = session.ws.history(draft_id)
    assert history[-1].note == "upgraded to form madrid-mm2 v2"
    assert session.ws.load(draft_id, history[-2].number).form_version == 1
    shoot(report, f"form_upgrade_report_{lang}")
    report.close()


def test_a_signed_v1_draft_says_it_is_not_changed(qtbot, session, examples_dir: Path) -> None:
    ws = session.ws
    draft_id = _open_v1(qtbot, session, examples_dir)
    signer = ws.unlock_key(ws.create_key("Jane Doe", b"pass phrase 123").name, b"pass phrase 123")
    session.window.compose.flush()
    qtbot.waitUntil(lambda: not session.window.compose._saving, timeout=10000)
    ws.pack(draft_id, signer)
    bar = session.window.compose.upgrade_bar
    bar.upgrade()  # as if confirmed in the preview
    qtbot.waitUntil(lambda: bar.dialog is not None and bar.dialog.isVisible(), timeout=10000)
    assert bar.dialog.report.outcome.value == "locked"
    assert bar.dialog.findChild(QPushButton, "confirmUpgrade") is None
    assert ws.draft(draft_id).form_version == 1


def test_the_drafts_list_marks_drafts_on_an_older_form(qtbot) -> None:
    from filingassist.app import DraftInfo
    from ui.models.drafts import DraftsModel

    def row(draft_id: str, version: int) -> DraftInfo:
        when = "2026-11-29T10:00:00"
        return DraftInfo(draft_id, "madrid", "madrid-mm2", version, "X", "draft", when, when, 2)

    model = DraftsModel()
    model.set_rows([row("old", 1), row("new", 2)])
    kinds = [model.data(model.index(r, 1)) for r in range(2)]
    assert kinds == ["Madrid (MM2) (older form, v1)", "Madrid (MM2)"]
