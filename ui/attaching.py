"""Attaching a chosen file to a form field, shared by the desktop's editor and the office
counter: the file is stored as an attachment (hashed, copied into the data folder, its
pixel size or page count read) in the background, then shown in its field, if that
field is still on screen."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path

from PySide6.QtCore import QObject

from filingassist.app import AttachmentRef, Workspace
from ui.formview import FormView
from ui.formview.binder import Binding
from ui.formview.widgets import AttachmentField, FileFacts, inspect_file
from ui.i18n import speaking
from ui.ops import Op
from ui.tasks import TaskRunner


def attach_file(
    owner: QObject,
    ws: Workspace,
    tasks: TaskRunner,
    view: FormView,
    binding: Binding,
    path: str,
    failed: Callable[[BaseException], None],
    lang: str | None = None,
) -> None:
    """Store ``path`` as the attachment of ``binding`` on the serial lane (after any
    queued save); its description ("400 × 400 pixels") is worded in ``lang`` (the
    installed language if None) on the GUI thread: a worker's ``tr`` would not see a
    language installed by ``speaking``. ``owner`` owns the operation: once it is retired
    or deleted, the stored file is not shown."""

    def store() -> tuple[AttachmentRef, FileFacts]:
        ref = ws.add_attachment_file(Path(path))
        return ref, inspect_file(ws.attachment_bytes(ref.sha256), ref.media_type)

    def done(result: tuple[AttachmentRef, FileFacts]) -> None:
        ref, facts = result
        # the field now at that place: adding or removing an item of its group rebuilds
        # the group's widgets, and the one the file was chosen in is then deleted
        current = view.bindings.get(binding.path)
        widget = current.widget if current is not None else None
        if isinstance(widget, AttachmentField):
            view.set_value(binding.path, ref.as_json())
            with speaking(lang) if lang else nullcontext():  # worded here, not in the worker
                widget.set_value(ref.as_json(), facts.text(), facts.image)

    Op(owner, store).success(done).failure(failed).serial(tasks)
