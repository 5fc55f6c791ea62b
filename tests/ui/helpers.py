"""Drive the generated form like a user: add group items, type, choose, tick, attach."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton

from filingassist.model.document import get_path
from filingassist.model.jsonio import ImportedDocument, read_file
from filingassist.model.walk import iter_values
from ui.compose import ComposeView
from ui.refsource import CODE_ROLE

ROOT = Path(__file__).resolve().parents[2]


def type_text(widget: Any, text: str) -> None:
    """Key presses with their text (QTest.keyClicks only knows ASCII; names are not)."""
    for char in text:
        key = ord(char.upper()) if char.isascii() and char.isalnum() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )


def open_new(qtbot: Any, session: Any, kind: str) -> ComposeView:
    """Click the "New …" button on Home and wait for the form."""
    button = session.window.home.drafts.findChild(QPushButton, f"new:{kind}")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.window.compose is not None, timeout=10000)
    qtbot.waitUntil(lambda: session.window.compose.settled, timeout=10000)  # first check
    return session.window.compose


def outbox_item(package_id: str, state: str = "queued", size: int = 10, **more: Any) -> Any:
    """An outbox row as the Workspace lists it."""
    from filingassist.app import OutboxItem

    fields: dict[str, Any] = {
        "path": "",
        "sha256": package_id,
        "office": "XX",
        "offset": 0,
        "upload_url": None,
        "attempts": 0,
        "next_attempt_at": 0.0,
        "last_error": None,
        "refusal_reasons": [],
        "created_at": "",
        "updated_at": "",
    }
    fields.update(more)
    return OutboxItem(package_id=package_id, state=state, size=size, **fields)


def outbox_row(
    package_id: str,
    state: str = "queued",
    size: int = 10,
    title: str = "ORBIS",
    applicants: tuple[str, ...] = ("Orbis Ltd",),
    kind: str = "trademark",
    office_name: str = "Example Office",
    **more: Any,
) -> Any:
    """An outbox row as the Outbox list shows it (``Workspace.outbox_rows``)."""
    from filingassist.app import OutboxRow, PackageLabel

    item = outbox_item(package_id, state, size, **more)
    return OutboxRow(item, PackageLabel(kind, title, applicants), office_name)


def check_now(qtbot: Any, compose: ComposeView) -> list[Any]:
    """The "Check" command: a full check in the background; its findings once shown."""
    compose.check_now()
    qtbot.waitUntil(lambda: compose.settled, timeout=30000)
    return list(compose.findings)


def open_sign_dialog(qtbot: Any, window: Any) -> Any:
    """ "Sign…": save, check in the background, then the dialog."""
    with qtbot.waitSignal(window.sign_dialog_opened, timeout=30000) as opened:
        window.sign()
    dialog = opened.args[0]
    qtbot.waitExposed(dialog)
    return dialog


def set_group_count(qtbot: Any, compose: ComposeView, group: str, count: int) -> None:
    editor = compose.view.groups[group]
    while len(editor.items()) < count:
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    while len(editor.items()) > count:
        compose.view.remove_item(group, len(editor.items()) - 1)


def type_value(
    qtbot: Any, compose: ComposeView, path: str, value: Any, tmp: Path, blobs: dict[str, bytes]
) -> None:
    binding = compose.view.bindings[path]
    widget = binding.widget
    hint = binding.field.ftype.widget
    if hint in ("line", "spin", "money"):
        widget.clear()
        type_text(widget, str(value))
    elif hint in ("text", "list"):
        edit = widget if hint == "text" else widget.edit
        edit.clear()
        lines = value if isinstance(value, list) else str(value).split("\n")
        text = "\n".join(lines)
        if len(text) > 300:  # a long description is pasted, not typed
            edit.insertPlainText(text)
            return
        for i, line in enumerate(lines):
            if i:
                qtbot.keyClick(edit, Qt.Key.Key_Return)
            type_text(edit, line)
    elif hint == "date":
        widget.edit.clear()
        type_text(widget.edit, str(value))
    elif hint == "combo":
        index = widget.findData(value, CODE_ROLE)
        assert index > 0, f"{value!r} not offered in {path}"
        widget.setCurrentIndex(index)
    elif hint == "check":
        if widget.isChecked() != bool(value):
            widget.click()
    elif hint == "file":
        file = tmp / value["name"]
        file.write_bytes(blobs[value["sha256"]])
        widget.file_chosen.emit(str(file))
        qtbot.waitUntil(
            lambda: (compose.document.get(path) or {}).get("sha256") == value["sha256"],
            timeout=10000,
        )


def fill_from_example(
    qtbot: Any,
    compose: Any,
    data: dict[str, Any],
    tmp: Path,
    blobs: dict[str, bytes],
    sections: Collection[str] | None = None,
) -> None:
    """Make the form hold ``data`` using only widgets and buttons. ``compose`` is a
    ComposeView or anything with its ``form``, ``view`` and ``document`` (a counter
    wizard page); ``sections``: only the fields of those (all when None)."""
    form = compose.form
    for group in form.groups:
        if sections is not None and group.section not in sections:
            continue
        items = get_path(data, group.path)
        set_group_count(qtbot, compose, group.path, len(items) if isinstance(items, list) else 0)
    for slot in iter_values(form, data):
        if sections is not None and slot.field.section not in sections:
            continue
        if slot.value is None or (
            slot.value is False and compose.document.get(slot.path) in (None, False)
        ):
            continue
        type_value(qtbot, compose, slot.path, slot.value, tmp, blobs)


def example_doc(kind: str) -> ImportedDocument:
    """The shipped example of ``kind``: its document and its attachment bytes."""
    return read_file(ROOT / "examples" / f"{kind}.json")
