"""A new form is not a wall of red: untouched required fields stay neutral until their
section is left or Check is pressed; a wrong value shows at once."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tests.ui.helpers import check_now, open_new, type_text


def _marked(compose) -> set[str]:  # type: ignore[no-untyped-def]
    return {
        w.objectName()
        for w in compose.view.findChildren(QWidget)
        if w.property("problem") in ("error", "warning")
    }


def test_required_fields_are_neutral_until_the_section_is_left_or_checked(qtbot, session) -> None:
    compose = open_new(qtbot, session, "trademark")
    assert any(f.code == "FIELD-REQUIRED" for f in compose.findings)  # they exist...
    assert _marked(compose) == set()  # ...but nothing is red before anything is typed
    assert compose.findings_panel.error_count == 0
    assert "not shown yet" in compose.findings_panel.summary.text()  # not "No problems"
    reference = compose.view.bindings["reference"].focus_widget
    reference.setFocus()
    qtbot.waitUntil(reference.hasFocus)
    # leaving "Office and language" for "Applicant" shows what is missing there only
    name = compose.view.bindings["applicants[0].name"].focus_widget
    name.setFocus()
    qtbot.waitUntil(lambda: "field:office" in _marked(compose), timeout=5000)
    assert "field:applicants[0].name" not in _marked(compose)
    check_now(qtbot, compose)
    assert "field:applicants[0].name" in _marked(compose)
    assert compose.findings_panel.error_count == len(
        [f for f in compose.findings if f.severity.name == "ERROR"]
    )


def test_a_wrong_value_is_marked_at_once(qtbot, session) -> None:
    compose = open_new(qtbot, session, "trademark")
    email = compose.view.bindings["applicants[0].email"].focus_widget
    email.setFocus()
    type_text(email, "not-an-address")
    qtbot.waitUntil(lambda: "field:applicants[0].email" in _marked(compose), timeout=5000)
    assert "field:applicants[0].name" not in _marked(compose)
