"""What a wizard page's fields ask of the counter: pickers (Nice classes, Contracting
Parties), attaching a file, the term list. The same outcomes as in the desktop's editor
(``ui.compose``), with dialogs in the filer's language and the work through the operation
helper; the attached file goes into the counter's data folder, wiped with the session."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from filingassist.app import AttachmentRef, Workspace
from filingassist.model.document import ApplicationDocument

if TYPE_CHECKING:
    from ui.counter.formpage import CounterFormView
from ui.dialogs.pickers import classes_dialog, designations_dialog
from ui.errors import show_error
from ui.formview.binder import Binding
from ui.formview.widgets import AttachmentField, describe_file
from ui.i18n import speaking, tr
from ui.ops import Op
from ui.refsource import term_search
from ui.tasks import TaskRunner


def terms_for(doc: ApplicationDocument, text: str, path: str) -> list[str]:
    """Term list matches for the class of the item being edited (all classes if none)."""
    item_path = path.rpartition(".")[0]
    number = doc.get(f"{item_path}.class_number") if item_path else None
    number = number if isinstance(number, int) else None
    found = [term for _, term in term_search(text, number)]
    return found or [f"{term} ({n})" for n, term in term_search(text)]


def pick(view: CounterFormView, picker: str, group_path: str) -> None:
    """Choose Nice classes or Contracting Parties in a list, then replace the items."""
    items = view.document.get(group_path) or []
    if picker == "nice":
        current = [i.get("class_number") for i in items if isinstance(i, dict)]
        with speaking(view.lang):
            dialog = classes_dialog(view, current)
        if not dialog.exec():
            return
        by_class = {i.get("class_number"): i for i in items if isinstance(i, dict)}
        chosen = [int(str(k)) for k in dialog.chosen()]
        new_items: list[Any] = [by_class.get(n, {"class_number": n, "terms": []}) for n in chosen]
    else:
        key = next(f.key for f in view.form.fields if f.group == group_path)
        with speaking(view.lang):
            dialog = designations_dialog(view, [i.get(key) for i in items if isinstance(i, dict)])
        if not dialog.exec():
            return
        new_items = [{key: str(code)} for code in dialog.chosen()]
    view.replace_items(group_path, new_items)


def attach(
    owner: QWidget,
    ws: Workspace,
    tasks: TaskRunner,
    view: CounterFormView,
    binding: Binding,
    path: str,
) -> None:
    """Store the chosen file as an attachment (background) and show it in its field."""

    def store() -> tuple[AttachmentRef, str, Any]:
        ref = ws.add_attachment_file(Path(path))
        details, image = describe_file(ws.attachment_bytes(ref.sha256), ref.media_type)
        return ref, details, image

    def done(result: tuple[AttachmentRef, str, Any]) -> None:
        ref, details, image = result
        if binding.path in view.bindings and isinstance(binding.widget, AttachmentField):
            view.set_value(binding.path, ref.as_json())
            with speaking(view.lang):
                binding.widget.set_value(ref.as_json(), details, image)

    def failed(exc: BaseException) -> None:
        show_error(owner, tr("Attach a file"), exc)

    Op(owner, store).success(done).failure(failed).serial(tasks)


def connect(owner: QWidget, ws: Workspace, tasks: TaskRunner, view: CounterFormView) -> None:
    """Wire a page's pickers and attachments."""
    view.pick_requested.connect(lambda picker, group: pick(view, picker, group))
    view.attach_requested.connect(
        lambda binding, path: attach(owner, ws, tasks, view, binding, path)
    )
