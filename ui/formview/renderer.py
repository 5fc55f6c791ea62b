"""FormDef → widgets: sections in official order, repeatable groups, conditional fields.

The view edits an ApplicationDocument in place: each widget change writes its value at
the binding's concrete path and emits ``edited(path)``. Groups are rebuilt from the data
when items are added, removed or moved, so the data stays the single source of truth
(undo simply sets older data and calls ``refresh``).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Collection, Iterator
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from filingassist.formdefs import FieldDef, FormDef, GroupDef, SectionDef
from filingassist.model.defaults import new_group_item
from filingassist.model.document import ApplicationDocument, get_path, set_path, split_path
from filingassist.model.findings import Finding, Severity
from filingassist.money import is_amount_param
from filingassist.rules.conditions import holds
from ui.choices import LABELS
from ui.formview.binder import Binding, make_binding
from ui.formview.widgets import AttachmentField, TextListField
from ui.i18n import tr, trn
from ui.refsource import money, nice_heading

#: A document with more group items than this is built in steps: the first EAGER_ITEMS
#: items of each group at once, the rest in slices of BATCH_MS between events, so opening
#: a 40-class MM2 with 60 designations never blocks the window for long.
LAZY_ABOVE = 24
EAGER_ITEMS = 1
BATCH_MS = 12.0
#: The sections of such a document built before the form is first shown (the rest follow
#: in slices): enough to fill the window, short enough to keep opening within 100 ms on a
#: counter PC at half the speed of ours.
FIRST_SLICE_MS = 30.0


ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}


def section_title(item: str, label: str) -> str:
    """The official item number (digits or box numeral), then the label: "10. Goods"."""
    text = tr(label)
    return f"{item}. {text}" if item.isdigit() or item in ROMAN else text


def set_or_clear(data: dict[str, Any], path: str, value: Any) -> None:
    """Write ``value``; an empty value removes the key so documents stay clean."""
    if value in (None, "", []) or value == {}:
        parts = split_path(path)
        parent = get_path(data, _join(parts[:-1])) if len(parts) > 1 else data
        if isinstance(parent, dict) and isinstance(parts[-1], str):
            parent.pop(parts[-1], None)
        return
    set_path(data, path, value)


def _join(parts: list[str | int]) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else p)
    return out


#: Qt's QWIDGETSIZE_MAX: no maximum size
QWIDGETSIZE_MAX = 16_777_215


class Card(QFrame):
    """A framed block with a word-wrapped title (a QGroupBox title never wraps, so long
    official item names would force the whole form wider than the window)."""

    def __init__(
        self, title: str, object_name: str, heading: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("card", "section" if heading else "item")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.box = QVBoxLayout(self)
        self.head = QHBoxLayout()
        self.title_label = QLabel(title)
        self.title_label.setWordWrap(True)
        self.title_label.setObjectName("sectionTitle" if heading else "itemTitle")
        self.head.addWidget(self.title_label, 1)
        self.box.addLayout(self.head)

    def setTitle(self, title: str) -> None:  # noqa: N802 - same name as QGroupBox
        self.title_label.setText(title)

    def title(self) -> str:
        return self.title_label.text()


class GroupEditor(QWidget):
    """A repeatable group: its items (each a small form) and add/remove/reorder buttons."""

    def __init__(self, view: FormView, group: GroupDef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.group = group
        self.fields = [f for f in view.form.fields if f.group == group.path]
        self.setObjectName(f"group:{group.path}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        title = self.title = QLabel(f"<b>{tr(group.label)}</b>")
        title.setWordWrap(True)
        # the title takes the room beside the buttons (it wrapped to three lines when a
        # stretch shared that room)
        head.addWidget(title, 1)
        self.picker: QPushButton | None = None
        if group.picker == "nice_class":
            self.picker = QPushButton(tr("Choose classes…"))
            self.picker.clicked.connect(lambda: view.pick_requested.emit("nice", group.path))
        elif group.picker == "madrid_designation":
            self.picker = QPushButton(tr("Choose Contracting Parties…"))
            self.picker.clicked.connect(lambda: view.pick_requested.emit("madrid", group.path))
        if self.picker is not None:
            self.picker.setObjectName(f"pick:{group.path}")
            head.addWidget(self.picker)
        self.add_button = QPushButton(
            tr("Add {item}").format(item=tr(group.item_label or group.label))
        )
        self.add_button.setObjectName(f"add:{group.path}")
        self.add_button.clicked.connect(lambda: view.add_item(group.path))
        head.addWidget(self.add_button)
        outer.addLayout(head)
        if group.help:
            help_label = QLabel(tr(group.help))
            help_label.setWordWrap(True)
            help_label.setObjectName("helpText")
            outer.addWidget(help_label)
        self.items_box = QVBoxLayout()
        outer.addLayout(self.items_box)
        self.item_frames: list[Card] = []
        self._chunks: list[QWidget] = []
        self._count = 0  # items the frames are being built for

    def items(self) -> list[Any]:
        value = get_path(self.view.document.data, self.group.path)
        return value if isinstance(value, list) else []

    def rebuild(self, eager: int | None = None) -> None:
        """Recreate the item widgets from the data (after add, remove, move or undo).

        With ``eager``, only that many items are built now; the view builds the rest in
        slices (``FormView.build_pending``).
        """
        self.view.drop_bindings(self.group.path + "[")
        self.view.forget_marks(self.item_frames)
        for chunk in self._chunks:
            chunk.setParent(None)
            chunk.deleteLater()
        self._chunks = []
        self.item_frames = []
        items = self.items()
        self._count = len(items)
        self.build_more(None if eager is None else eager)
        if self.pending:
            self.view.queue_build(self)
        full = self.group.max is not None and len(items) >= self.group.max
        self.add_button.setEnabled(not full)

    @property
    def pending(self) -> bool:
        """Items of the data still without widgets."""
        return len(self.item_frames) < self._count

    def build_more(self, limit: int | None = None, deadline: float | None = None) -> None:
        """Build the next item frames: at most ``limit`` of them, or until ``deadline``.

        The frames go into a hidden container shown once at the end: a frame shown on its
        own re-lays out the whole form, and a long goods list then cost ~10 ms per item.
        """
        if not self.pending or limit == 0:
            return
        chunk = QWidget(self)
        chunk.hide()
        box = QVBoxLayout(chunk)
        box.setContentsMargins(0, 0, 0, 0)
        built = 0
        while self.pending and (limit is None or built < limit):
            if deadline is not None and built and time.perf_counter() >= deadline:
                break
            frame = self._item_frame(len(self.item_frames), self._count, chunk)
            self.item_frames.append(frame)
            box.addWidget(frame)
            built += 1
        self._chunks.append(chunk)
        self.items_box.addWidget(chunk)
        chunk.show()

    def _item_frame(self, index: int, count: int, parent: QWidget) -> Card:
        # note: built inside its final parent; reparenting a built subtree re-applies the
        # style sheet to every widget in it (tens of ms for a long goods list).
        frame = Card(
            self._item_title(index),
            f"item:{self.group.path}[{index}]",
            heading=False,
            parent=parent,
        )
        layout = frame.box
        tools = frame.head
        for text, tip, enabled, slot in (
            (
                "↑",
                tr("Move up"),
                index > 0,
                lambda: self.view.move_item(self.group.path, index, -1),
            ),
            (
                "↓",
                tr("Move down"),
                index < count - 1,
                lambda: self.view.move_item(self.group.path, index, 1),
            ),
            (
                "✕",
                tr("Remove"),
                count > self.group.min,
                lambda: self.view.remove_item(self.group.path, index),
            ),
        ):
            button = QToolButton(frame)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(f"{tip} {self._item_title(index)}")
            button.setEnabled(enabled)
            button.clicked.connect(slot)
            tools.addWidget(button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        base = f"{self.group.path}[{index}]"
        for f in self.fields:
            self.view.add_row(form, f, f"{base}.{f.key}")
        if self.compact:
            # one field per item (designated Contracting Parties): a row of a list, the
            # field beside its buttons, not a card with a title (five filled the screen)
            frame.title_label.hide()
            form.setContentsMargins(0, 0, 0, 0)
            tools.insertLayout(0, form, 1)
            frame.box.setContentsMargins(6, 2, 6, 2)
        else:
            layout.addLayout(form)
        return frame

    @property
    def compact(self) -> bool:
        """Items of a single field are shown as rows of a compact list."""
        return len(self.fields) == 1

    def _item_title(self, index: int) -> str:
        title = f"{tr(self.group.item_label or self.group.label)} {index + 1}"
        items = self.items()
        number_field = next((f for f in self.fields if f.role == "nice_class"), None)
        if number_field is not None and index < len(items):
            item = items[index] if isinstance(items[index], dict) else {}
            number = item.get(number_field.key)
            heading = nice_heading(number)
            if heading:
                title += f" — {tr('Class')} {number}: {heading}"
        return title

    def retitle(self) -> None:
        for index, frame in enumerate(self.item_frames):
            frame.setTitle(self._item_title(index))


class FormView(QScrollArea):
    """The whole generated form of one document."""

    edited = Signal(str)
    structure_changed = Signal(str)
    pick_requested = Signal(str, str)  # picker ("nice" | "madrid"), group path
    attach_requested = Signal(object, str)  # binding, local file path
    term_list_requested = Signal()  # "Install a term list…" in a goods and services list
    built = Signal()  # every group item has its widgets (after a build in steps)

    def __init__(
        self,
        form: FormDef,
        document: ApplicationDocument,
        term_search: Callable[[str, str], list[str]] | None = None,
        parent: QWidget | None = None,
        sections: Collection[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = form
        self.document = document
        self.term_search = term_search
        #: the sections built (None: all); a counter wizard page shows one
        self.only = set(sections) if sections is not None else None
        #: sections whose findings are marked (None: every one). Untouched required fields
        #: stay neutral until their section is left or Check is pressed (``reveal``).
        self.revealed: set[str] | None = None
        #: fields the user edited: their findings show at once, wherever they are
        self.touched: set[str] = set()
        self.bindings: dict[str, Binding] = {}
        self.sections: dict[str, Card] = {}
        self.groups: dict[str, GroupEditor] = {}
        self._marked: dict[QWidget, str] = {}
        self._findings: list[Finding] = []
        self._queue: list[GroupEditor] = []
        self._pending_sections: list[SectionDef] = []
        self._eager: int | None = None
        self._batch_timer = QTimer(self)
        self._batch_timer.setSingleShot(True)
        self._batch_timer.setInterval(0)
        self._batch_timer.timeout.connect(self._build_slice)
        self.label_width = self.fontMetrics().averageCharWidth() * 28
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # note: the scroll area itself took a Tab stop with nothing drawn for it (the first
        # Tab after Ctrl+N seemed lost); the fields take focus, the wheel still scrolls
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        #: where Tab goes after the form's last field (the side panel); not back to the top
        self.exit_widget: QWidget | None = None
        inner = QWidget()
        inner.setObjectName("formInner")
        self._column = QVBoxLayout(inner)
        self._column.setSpacing(12)
        self.setWidget(inner)
        self._build()
        self._column.addStretch(1)
        self.update_visibility()
        self.fix_tab_order()

    # -- building --------------------------------------------------------------
    @property
    def building(self) -> bool:
        """Sections or group items are still being built between events."""
        return bool(self._queue or self._pending_sections)

    def queue_build(self, editor: GroupEditor) -> None:
        if editor not in self._queue:
            self._queue.append(editor)
        self._batch_timer.start()

    def _build_slice(self) -> None:
        """Build pending items for about BATCH_MS, then let events (typing, paint) in."""
        deadline = time.perf_counter() + BATCH_MS / 1000
        while self._pending_sections and time.perf_counter() < deadline:
            self._build_section(self._pending_sections.pop(0))
        while self._queue and time.perf_counter() < deadline:
            self._queue[0].build_more(deadline=deadline)
            if not self._queue[0].pending:
                self._queue.pop(0)
        self.update_visibility()
        if self.building:
            self._batch_timer.start()
        else:
            self._finish_building()

    def stop_building(self) -> None:
        """The view is being closed: build nothing more."""
        self._batch_timer.stop()
        self._queue.clear()
        self._pending_sections.clear()

    def build_through(self, section_id: str) -> None:
        """Build the sections up to ``section_id`` now (the user goes there); the items of
        their groups still come in slices."""
        ids = [s.id for s in self._pending_sections]
        if section_id not in ids:
            return
        for _ in range(ids.index(section_id) + 1):
            self._build_section(self._pending_sections.pop(0))
        self.update_visibility()
        self._batch_timer.start()

    def build_pending(self) -> None:
        """Build every pending section and item now (before focusing a field or restructuring)."""
        if not self.building:
            return
        self._batch_timer.stop()
        while self._pending_sections:
            self._build_section(self._pending_sections.pop(0))
        for editor in self._queue:
            editor.build_more()
        self._queue.clear()
        self.update_visibility()
        self._finish_building()

    def _finish_building(self) -> None:
        self.fix_tab_order()
        self.mark_findings(self._findings)
        self.built.emit()

    def _eager_items(self) -> int | None:
        """Items per group to build at once: all of a small document, a few of a large one
        (adding, removing or moving one item rebuilds one group: always at once)."""
        items = sum(
            len(v)
            for g in self.form.groups
            if isinstance(v := get_path(self.document.data, g.path), list)
        )
        return EAGER_ITEMS if items > LAZY_ABOVE else None

    def _build(self) -> None:
        """The sections in order; those of a large document after FIRST_SLICE_MS later."""
        self._eager = self._eager_items()
        deadline = time.perf_counter() + FIRST_SLICE_MS / 1000
        for section in self.form.sections:
            if self.only is not None and section.id not in self.only:
                continue
            late = self._eager is not None and self.sections and time.perf_counter() > deadline
            if late or self._pending_sections:
                self._pending_sections.append(section)
            else:
                self._build_section(section)
        if self._pending_sections:
            self._batch_timer.start()

    def _build_section(self, section: SectionDef) -> None:
        eager = self._eager
        box = Card(
            section_title(section.item, section.label),
            f"section:{section.id}",
            parent=self.widget(),
        )
        layout = box.box
        if section.help:
            help_label = QLabel(tr(section.help))
            help_label.setWordWrap(True)
            help_label.setObjectName("helpText")
            layout.addWidget(help_label)
        form_layout: QFormLayout | None = None
        emitted: set[str] = set()
        for f in self.form.fields:
            if f.section != section.id:
                continue
            if not f.group:
                if form_layout is None:
                    form_layout = QFormLayout()
                    form_layout.setFieldGrowthPolicy(
                        QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow
                    )
                    layout.addLayout(form_layout)
                self.add_row(form_layout, f, f.path)
            elif f.group not in emitted:
                emitted.add(f.group)
                form_layout = None
                group = self.form.group(f.group)
                assert group is not None
                editor = GroupEditor(self, group, box)
                self.groups[group.path] = editor
                layout.addWidget(editor)
                editor.rebuild(eager)
        self._column.insertWidget(len(self.sections), box)  # before the final stretch
        self.sections[section.id] = box

    def add_row(self, layout: QFormLayout, f: FieldDef, path: str) -> Binding:
        label = QLabel(tr(f.label) + (" *" if f.required else ""))
        label.setWordWrap(True)
        # A fixed label column: wrapped labels get their true height, and columns align.
        label.setFixedWidth(self.label_width)
        label.setFixedHeight(label.heightForWidth(self.label_width))
        # note: fixed width and height, so layouts need not ask the label its height for
        # each width: with hundreds of rows that made every relayout cost tens of ms.
        policy = label.sizePolicy()
        policy.setHeightForWidth(False)
        label.setSizePolicy(policy)
        search = None
        if f.role == "goods_terms" and self.term_search is not None:
            finder = self.term_search

            def search(text: str, path: str = path) -> list[str]:
                return finder(text, path)

        binding = make_binding(f, path, label, search)
        widget = binding.widget
        widget.setObjectName(f"field:{path}")
        widget.setAccessibleName(tr(f.label))
        binding.focus_widget.setAccessibleName(tr(f.label))
        if f.help:
            widget.setToolTip(tr(f.help))
            label.setToolTip(tr(f.help))
            widget.setAccessibleDescription(tr(f.help))
        label.setBuddy(binding.focus_widget)
        binding.set(get_path(self.document.data, path))
        binding.changed.connect(self._on_binding_changed)
        if isinstance(widget, AttachmentField):
            widget.file_chosen.connect(lambda p, b=binding: self.attach_requested.emit(b, p))
        if isinstance(widget, TextListField) and widget.search_edit is not None:
            widget.install_requested.connect(self.term_list_requested)
        if isinstance(widget, QCheckBox):
            # as wide as its box and text: in error its frame surrounds the box, not an
            # empty full-width bar
            widget.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        if self._long_label(label):
            layout.addRow(label)
            layout.addRow(widget)
        else:
            layout.addRow(label, widget)
        self.bindings[path] = binding
        return binding

    def _long_label(self, label: QLabel) -> bool:
        """A label that would wrap to more than two lines in the label column (long official
        item names) goes above its field, across the whole row; it keeps wrapping there."""
        lines = label.height() / max(1, label.fontMetrics().lineSpacing())
        if lines <= 2.5:
            return False
        label.setMinimumSize(0, 0)
        label.setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX)
        policy = label.sizePolicy()
        policy.setHeightForWidth(True)
        label.setSizePolicy(policy)
        return True

    def drop_bindings(self, prefix: str) -> None:
        for path in [p for p in self.bindings if p.startswith(prefix)]:
            binding = self.bindings.pop(path)
            self._marked.pop(binding.widget, None)

    def forget_marks(self, widgets: list[Card]) -> None:
        """Widgets about to be deleted: never restyle them again (a marked item frame left
        here made the next check raise "already deleted" once its item was removed)."""
        for widget in widgets:
            self._marked.pop(widget, None)

    # -- editing ---------------------------------------------------------------
    def _on_binding_changed(self, binding: Binding) -> None:
        set_or_clear(self.document.data, binding.path, binding.get())
        if binding.field.role == "nice_class" and binding.field.group in self.groups:
            self.groups[binding.field.group].retitle()
        self.update_visibility()
        self.edited.emit(binding.path)

    def set_value(self, path: str, value: Any) -> None:
        """Set a value as if the user had typed it (used by attachments and pickers)."""
        binding = self.bindings.get(path)
        set_or_clear(self.document.data, path, value)
        if binding is not None:
            binding.set(value)
        self.update_visibility()
        self.edited.emit(path)

    def add_item(self, group_path: str, item: dict[str, Any] | None = None) -> None:
        items = self._items(group_path)
        items.append(item if item is not None else new_group_item(self.form, group_path))
        self._restructure(group_path)

    def remove_item(self, group_path: str, index: int) -> None:
        items = self._items(group_path)
        if 0 <= index < len(items):
            del items[index]
        self._restructure(group_path)

    def move_item(self, group_path: str, index: int, delta: int) -> None:
        items = self._items(group_path)
        target = index + delta
        if 0 <= index < len(items) and 0 <= target < len(items):
            items[index], items[target] = items[target], items[index]
        self._restructure(group_path)

    def replace_items(self, group_path: str, items: list[Any]) -> None:
        set_path(self.document.data, group_path, items)
        self._restructure(group_path)

    def _items(self, group_path: str) -> list[Any]:
        items = get_path(self.document.data, group_path)
        if not isinstance(items, list):
            items = []
            set_path(self.document.data, group_path, items)
        return items

    def _restructure(self, group_path: str) -> None:
        self.groups[group_path].rebuild()  # at once; other groups go on building in steps
        self.update_visibility()
        self.fix_tab_order()
        self.structure_changed.emit(group_path)

    def refresh(self, data: dict[str, Any]) -> None:
        """Show ``data`` (undo/redo, reload) without emitting edits."""
        self._queue.clear()  # every group is rebuilt from the new data
        if self._pending_sections:  # sections still to come read the new data when built
            self._batch_timer.start()
        self.document.data = data
        eager = self._eager_items()  # undo on a large document: built in steps as well
        for group in self.groups.values():
            group.rebuild(eager)
        for path, binding in self.bindings.items():
            binding.set(get_path(data, path))
        for group in self.groups.values():
            group.retitle()
        self.update_visibility()
        self.fix_tab_order()

    # -- conditions, order, findings -------------------------------------------
    def update_visibility(self) -> None:
        for binding in self.bindings.values():
            if binding.field.when:
                shown = holds(self.form, self.document.data, binding.field.when, binding.path)
                if binding.widget.isVisibleTo(self) != shown or binding.widget.isHidden() == shown:
                    binding.widget.setVisible(shown)
                    binding.label.setVisible(shown)

    def fix_tab_order(self) -> None:
        """Tab follows the form: walk the layouts in visual order."""
        inner = self.widget()
        if inner is None:
            return
        chain = [w for w in _walk(inner.layout()) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        if chain and self.exit_widget is not None:
            chain.append(self.exit_widget)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def first_field(self) -> QWidget | None:
        """The first widget Tab reaches in the form (where a new application starts)."""
        inner = self.widget()
        chain = _walk(inner.layout()) if inner is not None else iter(())
        return next(
            (w for w in chain if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()),
            None,
        )

    def binding_for(self, path: str) -> Binding | None:
        """The binding of a finding's path, or of its nearest enclosing field."""
        candidate = path
        while candidate:
            if candidate in self.bindings:
                return self.bindings[candidate]
            if candidate.endswith("]"):
                candidate = candidate[: candidate.rfind("[")]
            else:
                candidate = candidate.rpartition(".")[0]
        return None

    def widget_for(self, path: str) -> QWidget | None:
        binding = self.binding_for(path)
        if binding is not None:
            return binding.widget
        candidate = path
        while candidate:
            bare = candidate.split("[")[0]
            if bare in self.groups and "[" in candidate and candidate.endswith("]"):
                for frame in self.groups[bare].item_frames:
                    if frame.objectName() == f"item:{candidate}":
                        return frame
                if self.groups[bare].pending:
                    return None  # its item is not built yet: marked when it is
            if candidate in self.groups:
                return self.groups[candidate]
            candidate = (
                candidate[: candidate.rfind("[")]
                if candidate.endswith("]")
                else candidate.rpartition(".")[0]
            )
        field = self.form.field(path.split("[")[0]) if "[" not in path else None
        if field is not None:
            return self.sections.get(field.section)
        return None

    def section_of(self, path: str) -> str | None:
        """The section a finding's path belongs to (None when the form does not say)."""
        candidate = re.sub(r"\[\d+\]", "", path)
        while candidate:
            field = self.form.field(candidate)
            if field is not None:
                return field.section
            group = self.form.group(candidate)
            if group is not None:
                return group.section
            candidate = candidate.rpartition(".")[0]
        return None

    def shows(self, finding: Finding) -> bool:
        """Marked now: its section was revealed, it is about something filled in (a wrong
        value, not a missing one), or about a field the user edited."""
        if self.revealed is None:
            return True
        try:
            value = get_path(self.document.data, finding.path)
        except (KeyError, IndexError, TypeError, ValueError):
            value = None
        if value not in (None, "", [], {}):
            return True
        if any(finding.path == t or finding.path.startswith(t + ".") for t in self.touched):
            return True
        section = self.section_of(finding.path)
        return section is None or section in self.revealed

    def reveal(self, section: str | None = None) -> None:
        """Show the findings of ``section`` (left by the user), or of all (Check)."""
        if section is None:
            self.revealed = None
        elif self.revealed is not None:
            self.revealed.add(section)
        self.mark_findings(self._findings)

    def mark_findings(self, findings: list[Finding]) -> None:
        """Inline problems: a red (error) or amber (warning) frame and the message as tooltip."""
        self._findings = findings
        wanted: dict[QWidget, tuple[str, list[str]]] = {}
        for finding in findings:
            if finding.severity == Severity.INFO or not self.shows(finding):
                continue
            widget = self.widget_for(finding.path)
            if widget is None:
                continue
            level, texts = wanted.get(widget, ("warning", []))
            if finding.severity == Severity.ERROR:
                level = "error"
            texts.append(finding_text(finding))
            wanted[widget] = (level, texts)
        for widget in list(self._marked):
            if widget not in wanted:
                self._set_problem(widget, "", "")
                del self._marked[widget]
        for widget, (level, texts) in wanted.items():
            tip = "\n".join(texts)
            if self._marked.get(widget) != level + tip:
                self._set_problem(widget, level, tip)
                self._marked[widget] = level + tip

    def _set_problem(self, widget: QWidget, level: str, tip: str) -> None:
        widget.setProperty("problem", level)
        base = widget.property("baseToolTip")
        if base is None:
            base = widget.toolTip()
            widget.setProperty("baseToolTip", base)
        widget.setToolTip("\n".join(t for t in (tip, base) if t))
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def focus_path(self, path: str) -> bool:
        """Scroll to a finding's field, focus it and flash it."""
        self.build_pending()
        widget = self.widget_for(path)
        if widget is None:
            return False
        self.ensureWidgetVisible(widget, 40, 80)
        binding = self.binding_for(path)
        (binding.focus_widget if binding else widget).setFocus(Qt.FocusReason.OtherFocusReason)
        widget.setProperty("flash", True)
        widget.style().unpolish(widget)
        widget.style().polish(widget)

        def unflash() -> None:
            widget.setProperty("flash", False)
            widget.style().unpolish(widget)
            widget.style().polish(widget)

        QTimer.singleShot(1500, widget, unflash)
        return True

    def scroll_to_section(self, section_id: str) -> None:
        self.build_through(section_id)
        box = self.sections.get(section_id)
        if box is not None:
            self.verticalScrollBar().setValue(box.y())

    def current_section(self) -> str:
        """The section at the top of the viewport (remembered for crash recovery)."""
        top = self.verticalScrollBar().value()
        current = next(iter(self.sections), self.form.sections[0].id)
        for section in self.form.sections:
            box = self.sections.get(section.id)
            if box is not None and box.y() <= top + 10:
                current = section.id
        return current


def _param_text(value: Any) -> Any:
    """Field labels and choice codes inside a message are shown in the user's language."""
    if value is None:
        return tr("(not given)")
    if is_amount_param(value):
        return money(value["amount"], value["currency"])
    if not isinstance(value, str):
        return value
    return tr(LABELS[value]) if value in LABELS else tr(value)


#: Findings whose message carries long source notes in English (reference data notes): the
#: desktop app shows a short, translated sentence and the notes on demand (finding_details).
TO_BE_CONFIRMED_CODE = "REFDATA-TBC"


def finding_text(finding: Finding) -> str:
    """The translated message with its parameters filled in."""
    if finding.code == TO_BE_CONFIRMED_CODE:
        count = finding.params.get("count")
        n = count if isinstance(count, int) else len(finding_details(finding))
        return trn("%n fee figure(s) to be confirmed: check them at the source before paying", n)
    message = tr(finding.message)
    params = {k: _param_text(v) for k, v in finding.params.items()}
    try:
        return message.format(**params)
    except (KeyError, IndexError, ValueError):
        return message


def finding_details(finding: Finding) -> list[str]:
    """The long notes a short finding stands for (each figure's source), as the reference
    data states them; [] for a finding shown whole."""
    if finding.code != TO_BE_CONFIRMED_CODE:
        return []
    notes = finding.params.get("notes")
    if isinstance(notes, list):
        return [str(note) for note in notes]
    items = finding.params.get("items")
    return [str(items)] if items else []


def _walk(layout: QLayout | None) -> Iterator[QWidget]:
    """Widgets of a layout tree in visual order (the form's reading order)."""
    if layout is None:
        return
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None:
            if widget.layout() is not None and not widget.focusProxy():
                yield from _walk(widget.layout())
                if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(widget, Card):
                    yield widget
            elif widget.layout() is not None:
                # a composite editor (date + calendar button, terms + search): its focus
                # proxy first, then its other parts, all inside the form's chain
                proxy = widget.focusProxy()
                if proxy is not None:
                    yield proxy
                yield from (w for w in _walk(widget.layout()) if w is not proxy)
            else:
                yield widget.focusProxy() or widget
        elif item.layout() is not None:
            yield from _walk(item.layout())
