"""Attaching a chosen file to a form field, shared by the desktop's editor and the office
counter: the file is stored as an attachment (hashed, copied into the data folder, its
pixel size or page count read) in the background, then shown in its field, if that
field is still on screen."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from filingassist.app import AttachmentRef, Workspace
from ui.formview import FormView
from ui.formview.binder import Binding
from ui.formview.widgets import AttachmentField, describe_file
from ui.i18n import speaking
from ui.ops import Op
from ui.tasks import TaskRunner


def attach_file(
    owner: QWidget,
    ws: Workspace,
    tasks: TaskRunner,
    view: FormView,
    binding: Binding,
    path: str,
    failed: Callable[[BaseException], None],
    lang: str | None = None,
) -> None:
    """Store ``path`` as the attachment of ``binding`` on the serial lane (after any
    queued save); its description is made in ``lang`` (the installed language if None)."""

    def store() -> tuple[AttachmentRef, str, Any]:
        ref = ws.add_attachment_file(Path(path))
        details, image = describe_file(ws.attachment_bytes(ref.sha256), ref.media_type)
        return ref, details, image

    def done(result: tuple[AttachmentRef, str, Any]) -> None:
        ref, details, image = result
        widget = binding.widget
        if binding.path in view.bindings and isinstance(widget, AttachmentField):
            view.set_value(binding.path, ref.as_json())
            with speaking(lang) if lang else nullcontext():
                widget.set_value(ref.as_json(), details, image)

    Op(owner, store).success(done).failure(failed).serial(tasks)
