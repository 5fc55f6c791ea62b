"""Compose one draft: the generated form, live findings and fees, autosave and undo/redo.

Every edit is checked on the next turn of the event loop (``ui.checking`` decides where:
only the rules that read the edited part re-run, see bench/startup.py) and saved 500 ms
after the typing stops, as a new revision, through the serial write lane. Background work
runs as operations (``ui.ops``) bound to this view, so nothing here keeps a "closed" flag
and nothing ever waits on the disk.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from filingassist.app import Notice, RevisionInfo, Workspace
from filingassist.model.document import ApplicationDocument
from filingassist.model.findings import Finding
from ui.attaching import attach_file
from ui.checking import CheckScheduler
from ui.dialogs.pickers import pick_classes, pick_designations
from ui.errors import details, show_error, user_message
from ui.fees import FeePanel
from ui.findings import FindingsPanel
from ui.formupgrade import UpgradeBar
from ui.formview import FormView
from ui.formview.binder import Binding
from ui.formview.renderer import section_title
from ui.formview.widgets import AttachmentField, TextListField, describe_file
from ui.i18n import tr, trn
from ui.ops import Op, alive, retire
from ui.refsource import install_term_list, term_search
from ui.signedstate import SignedBar
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)
AUTOSAVE_MS = 500
SECTION_ROLE = Qt.ItemDataRole.UserRole + 3


def json_copy(value: Any) -> Any:
    """Copy of plain JSON data (twice as fast as deepcopy; documents are only JSON)."""
    if isinstance(value, dict):
        return {k: json_copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [json_copy(v) for v in value]
    return value


class DocumentState(QUndoCommand):
    """One edit as the document before and after; typing into one field merges."""

    def __init__(
        self,
        view: ComposeView,
        before: dict[str, Any],
        after: dict[str, Any],
        path: str,
        structural: bool,
    ) -> None:
        super().__init__(tr("Edit {field}").format(field=path))
        self.view = view
        self.before = before
        self.after = after
        self.path = path
        self.structural = structural
        self._pushed = False

    def id(self) -> int:
        return -1 if self.structural else 1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if isinstance(other, DocumentState) and other.path == self.path and not other.structural:
            self.after = other.after
            return True
        return False

    def redo(self) -> None:
        if not self._pushed:  # the edit is already on screen when it is pushed
            self._pushed = True
            return
        self.view.apply_state(self.after)

    def undo(self) -> None:
        self.view.apply_state(self.before)


class ComposeView(QWidget):
    """The editor of one draft."""

    saved = Signal(str, int)  # draft id, revision
    validated = Signal(list)
    upgraded = Signal(object)  # DraftUpgrade: the draft now uses a newer form version

    def __init__(
        self,
        ws: Workspace,
        tasks: TaskRunner,
        draft_id: str,
        document: ApplicationDocument,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.tasks = tasks
        self.draft_id = draft_id
        self.form = ws.form(document)
        self.undo_stack = QUndoStack(self)
        self.findings: list[Finding] = []
        self._snapshot = json_copy(document.data)
        self._dirty = False
        self._saving = False
        self.revision: int | None = None
        self.responding: Notice | None = None
        self._edited: set[str] = set()
        self.checks = CheckScheduler(ws, tasks, lambda: self.document, self)
        self.checks.checked.connect(self._show_findings)
        self.checks.failed.connect(self.findings_panel_failed)

        # Built top-down into final parents: reparenting a built form re-applies the style
        # sheet to each of its widgets (a large MM2 paid ~100 ms per reparent).
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.nav = QListWidget(splitter)
        self.view = FormView(self.form, document, term_search=self._terms, parent=splitter)
        self.view.setObjectName("formView")
        self.view.revealed = set()  # neutral until a section is left or Check is pressed
        self.view.edited.connect(self._on_edited)
        self.view.structure_changed.connect(self._on_structure)
        self.view.attach_requested.connect(self._on_attach)
        self.view.pick_requested.connect(self._on_pick)
        self.view.term_list_requested.connect(self.install_term_list)

        self.nav.setObjectName("sections")
        self.nav.setAccessibleName(tr("Sections"))
        for section in self.form.sections:
            item = QListWidgetItem(section_title(section.item, section.label))
            item.setData(SECTION_ROLE, section.id)
            self.nav.addItem(item)
        self.nav.currentItemChanged.connect(self._on_nav)
        self.nav.setWordWrap(True)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setMinimumWidth(180)
        self.nav.setMaximumWidth(260)

        self.findings_panel = FindingsPanel(self.form)
        self.findings_panel.activated.connect(self.view.focus_path)
        self.findings_panel.suggestion_chosen.connect(self.apply_suggestion)
        self.fee_panel = FeePanel()
        side = QTabWidget(splitter)
        side.setObjectName("sidePanel")
        side.addTab(self.findings_panel, tr("Findings"))
        side.addTab(self.fee_panel, tr("Fees"))
        side.setMinimumWidth(300)
        self.side = side
        self.view.exit_widget = side
        self.view.fix_tab_order()

        self.status = QLabel()
        self.status.setObjectName("saveStatus")
        title = QLabel(f"<b>{tr(self.form.title)}</b>")
        title.setWordWrap(True)
        title.setObjectName("composeTitle")

        splitter.addWidget(self.nav)
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 640, 340])
        self.banner = QLabel()
        self.banner.setObjectName("responseBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.signed_bar = SignedBar(ws, tasks, draft_id, self)
        self.signed_bar.state_changed.connect(
            lambda state: self.findings_panel.set_signed(
                state is not None and not state.edited_since
            )
        )
        self.upgrade_bar: UpgradeBar | None = None
        newer = ws.newer_form_version(document)
        if newer is not None:
            versions = (document.form_version, newer)
            self.upgrade_bar = UpgradeBar(ws, tasks, draft_id, versions, self.flush, self)
            self.upgrade_bar.upgraded.connect(self.upgraded)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.banner)
        if self.upgrade_bar is not None:
            layout.addWidget(self.upgrade_bar)
        layout.addWidget(self.signed_bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(0)
        self._validate_timer.timeout.connect(self._check_edits)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(AUTOSAVE_MS)
        self._save_timer.timeout.connect(self.save_now)
        self._remember_timer = QTimer(self)
        self._remember_timer.setInterval(2000)
        self._remember_timer.timeout.connect(self.remember_place)
        self._remember_timer.start()
        self._set_status(tr("All changes saved"))
        # The first check of a large application (suggestions for unknown terms) can take
        # hundreds of ms: it runs in the background and the findings appear when ready.
        # note: it starts once the form is built; run alongside the build, its Python work
        # held up the GUI thread's layout work (GIL) and opening blocked for up to 250 ms.
        self._update_fees()  # fees are quick: shown at once, the findings follow
        self.findings_panel.show_checking()
        self.when_built(self.checks.start)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self.signed_bar.reload()

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        """Leaving a section for another one shows what is missing in the one left."""
        if self.closed or old is None or not self.view.isAncestorOf(old):
            return
        left, now = self._section_at(old), self._section_at(new)
        if left is not None and left != now:
            self.reveal(left)

    def _section_at(self, widget: QWidget | None) -> str | None:
        while widget is not None and widget is not self.view:
            name = widget.objectName()
            if name.startswith("section:"):
                return name.removeprefix("section:")
            widget = widget.parentWidget()
        return None

    def reveal(self, section: str | None = None) -> None:
        """Mark the findings of a section left (or of all: Check) and list them."""
        self.view.reveal(section)
        self._list_findings()

    def _list_findings(self) -> None:
        """The findings panel lists what the form marks; the rest is counted, not hidden
        behind "No problems found"."""
        shown = [f for f in self.findings if self.view.shows(f)]
        self.findings_panel.show_findings(shown)
        waiting = len(self.findings) - len(shown)
        if waiting:
            note = tr(
                "{n} required answers not shown yet: they appear when you leave their "
                "section or press Check."
            ).format(n=waiting)
            summary = self.findings_panel.summary
            summary.setText(f"{summary.text()} · {note}" if shown else note)

    def set_responding(self, notice: Notice) -> None:
        """This draft will be signed as the response to an office notice."""
        from ui.outbox import notice_title

        self.responding = notice
        self.banner.setText(
            tr(
                "Responding to the notice “{notice}” (deadline {deadline}). Correct the "
                "application, then sign it: it is sent as your response."
            ).format(notice=notice_title(notice), deadline=(notice.deadline or "—")[:10])
        )
        self.banner.show()

    # -- state -----------------------------------------------------------------
    @property
    def settled(self) -> bool:
        """The whole form is built and the findings shown are those of the document."""
        return not self.view.building and not self._edited and self.checks.settled

    @property
    def closed(self) -> bool:
        return not alive(self)

    @property
    def edit_generation(self) -> int:
        return self.checks.edit_generation

    @property
    def shown_generation(self) -> int:
        return self.checks.shown_generation

    @property
    def document(self) -> ApplicationDocument:
        return self.view.document

    def apply_state(self, data: dict[str, Any]) -> None:
        """Show an older or newer state (undo/redo) and save it like any edit."""
        self.view.refresh(json_copy(data))
        self._snapshot = data
        self._changed("")

    def _on_edited(self, path: str) -> None:
        self.view.touched.add(path)
        self._record(path, structural=False)

    def _on_structure(self, group_path: str) -> None:
        self._record(group_path, structural=True)

    def _record(self, path: str, structural: bool) -> None:
        # Undo states are never mutated (apply_state copies them), so one copy per edit.
        after = json_copy(self.document.data)
        self.undo_stack.push(DocumentState(self, self._snapshot, after, path, structural))
        self._snapshot = after
        self._changed(path)

    def _changed(self, path: str) -> None:
        self._edited.add(path)
        self._dirty = True
        self._set_status(tr("Unsaved changes…"))
        self._validate_timer.start()
        self._save_timer.start()

    # -- checks and fees --------------------------------------------------------------
    def _check_edits(self) -> None:
        """The edits of this turn of the event loop, to the check scheduler."""
        edited, self._edited = self._edited, set()
        if edited:
            self.checks.edited(edited)

    def check_now(self, then: Callable[[list[Finding]], None] | None = None) -> None:
        """A full check in the background ("Check", signing); ``then(findings)`` after."""
        self._check_edits()
        self.view.revealed = None  # Check: every finding, untouched fields included
        self.checks.check_now(then)

    def findings_panel_failed(self, message: str) -> None:
        self.findings_panel.show_check_failed(message)

    def _show_findings(self, findings: list[Finding]) -> None:
        self.findings = findings
        self._list_findings()
        self.view.mark_findings(findings)
        self._update_fees()
        self.validated.emit(findings)

    def _update_fees(self) -> None:
        """The quote of the document as it is (under a millisecond, so on the GUI thread)."""
        try:
            self.fee_panel.show_quote(self.ws.fees(self.document))
        except Exception as exc:  # a broken fee table must not stop the editing: say so
            log.exception("fees of %s: %s", self.draft_id, details(exc))
            self.fee_panel.show_unavailable(user_message(exc))

    # -- saving ----------------------------------------------------------------
    def save_now(self) -> None:
        """Queue a revision on the serial lane (it never blocks the GUI)."""
        self._save_timer.stop()
        if not self._dirty:
            return
        self._dirty = False
        self._saving = True
        self._set_status(tr("Saving…"))
        doc, draft_id, ws = self.document.copy(), self.draft_id, self.ws
        Op(self, lambda: ws.save(draft_id, doc, "autosave")).success(self._on_saved).failure(
            self._on_save_failed
        ).serial(self.tasks)

    def _on_saved(self, rev: RevisionInfo) -> None:
        self._saving = False
        self.revision = rev.number
        if not self._dirty:
            self._set_status(tr("All changes saved · revision {n}").format(n=rev.number))
        if self.signed_bar.state is not None:  # say that this revision is not signed
            self.signed_bar.reload()
        self.saved.emit(self.draft_id, rev.number)

    def _on_save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self._dirty = True  # keep trying: the edit is still on screen and in memory
        self._set_status(tr("Could not save: {error}. Retrying…").format(error=user_message(exc)))
        self.status.setToolTip(details(exc))
        self._save_timer.start(2000)

    def shutdown(self) -> None:
        """The draft is being closed: stop the timers; late background results are dropped."""
        self.view.stop_building()
        self.checks.stop()
        for timer in (self._validate_timer, self._save_timer, self._remember_timer):
            timer.stop()
        retire(self)

    def flush(self) -> None:
        """Queue the last save (closing the draft or the window). It does not wait: the
        serial lane writes it before any later load or signing of this draft."""
        self.save_now()
        self.remember_place()

    def _set_status(self, text: str) -> None:
        self.status.setText(text)

    def remember_place(self) -> None:
        settings = QSettings()
        settings.setValue("session/draft", self.draft_id)
        # note: the draft belongs to this data folder; another folder must not reopen it
        settings.setValue("session/home", str(self.ws.home))
        settings.setValue("session/section", self.view.current_section())
        settings.setValue("session/scroll", self.view.verticalScrollBar().value())

    def when_built(self, action: Callable[[], None]) -> None:
        """Run ``action`` once every group item has its widgets (now, or after the build)."""
        if self.view.building:
            self.view.built.connect(action, Qt.ConnectionType.SingleShotConnection)
        else:
            action()

    def restore_place(self, section: str | None, scroll: int | None) -> None:
        if self.view.building:  # the form is not its full height yet
            self.when_built(lambda: self.restore_place(section, scroll))
            return
        if scroll is not None:
            QTimer.singleShot(0, lambda: self.view.verticalScrollBar().setValue(int(scroll)))
        elif section:
            QTimer.singleShot(0, lambda: self.view.scroll_to_section(section))

    # -- navigation, pickers, attachments ------------------------------------------
    def _on_nav(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.view.scroll_to_section(str(item.data(SECTION_ROLE)))

    def _terms(self, text: str, path: str) -> list[str]:
        """Term list matches for the class of the item being edited (all classes if none)."""
        item_path = path.rpartition(".")[0]
        shape = self.form.goods_services()
        key = shape.class_key if shape is not None else ""
        number = self.document.get(f"{item_path}.{key}") if item_path and key else None
        number = number if isinstance(number, int) else None
        found = [term for _, term in term_search(text, number)]
        return found or [f"{term} ({n})" for n, term in term_search(text)]

    def apply_suggestion(self, path: str, text: str) -> None:
        """Put a suggested value where a finding points (a term in a list, or a field)."""
        self.view.build_pending()
        head, sep, tail = path.rpartition("[")
        if sep and tail.endswith("]") and tail[:-1].isdigit() and head in self.view.bindings:
            values = list(self.document.get(head) or [])
            index = int(tail[:-1])
            if index < len(values):
                values[index] = text
                self.view.set_value(head, values)
                return
        if path in self.view.bindings:
            self.view.set_value(path, text)

    def _on_pick(self, picker: str, group_path: str) -> None:
        items = self.document.get(group_path) or []
        new_items: list[Any]
        shape = self.form.goods_services()
        if picker == "nice" and shape is not None:
            number = shape.class_key
            chosen = pick_classes(self, [i.get(number) for i in items if isinstance(i, dict)])
            if chosen is None:
                return
            by_class = {i.get(number): i for i in items if isinstance(i, dict)}
            new_items = [by_class.get(n, {number: n, shape.terms_key: []}) for n in chosen]
        else:
            key = next(f.key for f in self.form.fields if f.group == group_path)
            codes = pick_designations(self, [i.get(key) for i in items if isinstance(i, dict)])
            if codes is None:
                return
            new_items = [{key: code} for code in codes]
        self.view.replace_items(group_path, new_items)

    def _on_attach(self, binding: Binding, path: str) -> None:
        self._set_status(tr("Attaching {name}…").format(name=Path(path).name))

        def failed(exc: BaseException) -> None:
            show_error(self, tr("Attach a file"), exc)
            self._set_status(tr("Could not attach the file."))

        attach_file(self, self.ws, self.tasks, self.view, binding, path, failed)

    def install_term_list(self, path: str | None = None) -> None:
        """Choose a Nice term list CSV and install it in the background; then the term
        searches use it and the application is checked against it."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, tr("Choose the Nice term list (CSV)"), "", tr("Nice term lists (*.csv)")
            )
        if not path:
            return
        self._set_status(tr("Installing the term list…"))
        chosen = Path(path)

        def done(count: int) -> None:
            for field in self.view.findChildren(TextListField):
                field.show_term_list_state()
            self._set_status(trn("Term list installed: %n term(s).", count))
            self.check_now()

        def failed(exc: BaseException) -> None:
            show_error(self, tr("Install a term list…"), exc)
            self._set_status(tr("Could not install the term list."))

        Op(self, lambda: install_term_list(chosen)).success(done).failure(failed).serial(self.tasks)

    @staticmethod
    def _attachment_widget(binding: Binding) -> AttachmentField:
        widget = binding.widget
        assert isinstance(widget, AttachmentField)
        return widget

    def describe_attachments(self) -> None:
        """Fill in pixel sizes and page counts of attached files (background)."""
        if self.view.building:
            self.when_built(self.describe_attachments)
            return
        ws = self.ws
        for binding in list(self.view.bindings.values()):
            ref = binding.get() if binding.field.ftype.widget == "file" else None
            if not ref:
                continue

            def load(ref: dict[str, Any] = ref) -> tuple[str, Any]:
                return describe_file(ws.attachment_bytes(ref["sha256"]), ref["media_type"])

            def show(
                result: tuple[str, Any], b: Binding = binding, ref: dict[str, Any] = ref
            ) -> None:
                if b.path in self.view.bindings:
                    self._attachment_widget(b).set_value(ref, *result)

            Op(self, load).success(show).failure(self._describe_failed).run(self.tasks)

    def _describe_failed(self, exc: BaseException) -> None:
        log.warning("attachment of %s not described: %s", self.draft_id, details(exc))
