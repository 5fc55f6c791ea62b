"""What a wizard page's fields ask of the counter: pickers (Nice classes, Contracting
Parties), attaching a file, the term list. The same outcomes as in the desktop's editor
(``ui.compose``), with dialogs in the filer's language and the work through the operation
helper; the attached file goes into the counter's data folder, wiped with the session."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from filingassist.app import Workspace
from filingassist.model.document import ApplicationDocument

if TYPE_CHECKING:
    from ui.counter.formpage import CounterFormView
from ui.attaching import attach_file
from ui.dialogs.pickers import classes_dialog, designations_dialog
from ui.errors import show_error
from ui.formview.binder import Binding
from ui.i18n import speaking, tr
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
    session: QObject,
    ws: Workspace,
    tasks: TaskRunner,
    view: CounterFormView,
    binding: Binding,
    path: str,
) -> None:
    """Store the chosen file as an attachment (background) and show it in its field,
    described in the filer's language; ``session`` owns the operation (a file stored
    after the session ended is not shown on the next filer's page)."""

    def failed(exc: BaseException) -> None:
        show_error(owner, tr("Attach a file"), exc)

    attach_file(session, ws, tasks, view, binding, path, failed, view.lang)


def connect(
    owner: QWidget, session: QObject, ws: Workspace, tasks: TaskRunner, view: CounterFormView
) -> None:
    """Wire a page's pickers and attachments (``session``: owner of their operations)."""
    view.pick_requested.connect(lambda picker, group: pick(view, picker, group))
    view.attach_requested.connect(
        lambda binding, path: attach(owner, session, ws, tasks, view, binding, path)
    )
