"""Home: drafts (filter by kind and status, full-text search), outbox, receipts and notices."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from filingassist.app import DraftInfo
from ui.i18n import tr
from ui.models.drafts import ID_ROLE, KIND_LABELS, STATUS_LABELS, DraftsModel
from ui.models.table import Plan
from ui.outbox import NoticesView, OutboxView, ReceiptsView


@dataclass(frozen=True)
class DraftsPlan:
    """The drafts read, and the plan to show them under a status filter and hidden ids."""

    plan: Plan[DraftInfo]
    rows: list[DraftInfo]
    wanted: str | None
    hidden: frozenset[str]


class DraftsView(QWidget):
    """The list of drafts with its filters; ``open_requested(draft_id)``."""

    open_requested = Signal(str)
    delete_requested = Signal(list)  # draft ids (confirmed and undoable: ui.deleting)
    new_requested = Signal(str)
    bulk_requested = Signal()
    filters_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        new_row = QHBoxLayout()
        for kind, text in (
            ("trademark", tr("New trademark application")),
            ("madrid", tr("New Madrid application (MM2)")),
            ("patent", tr("New patent application")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"new:{kind}")
            button.clicked.connect(lambda _=False, k=kind: self.new_requested.emit(k))
            new_row.addWidget(button)
        self.from_basic = QPushButton(tr("New MM2 from a basic mark…"))
        self.from_basic.setObjectName("new:basic")
        self.from_basic.clicked.connect(lambda: self.new_requested.emit("basic"))
        new_row.addWidget(self.from_basic)
        self.bulk = QPushButton(tr("Import applications from a spreadsheet…"))
        self.bulk.setObjectName("new:bulk")
        self.bulk.clicked.connect(self.bulk_requested)
        new_row.addWidget(self.bulk)
        new_row.addStretch(1)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("draftSearch")
        self.search.setPlaceholderText(tr("Search all drafts (names, marks, terms…)"))
        self.search.setAccessibleName(tr("Search drafts"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.setObjectName("kindFilter")
        self.kind.setAccessibleName(tr("Kind"))
        self.kind.addItem(tr("All kinds"), None)
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(tr(label), kind)
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.setAccessibleName(tr("Status"))
        self.status.addItem(tr("Any status"), None)
        for status, label in STATUS_LABELS.items():
            self.status.addItem(tr(label), status)
        filters.addWidget(QLabel(tr("Search:")))
        filters.addWidget(self.search, 1)
        filters.addWidget(self.kind)
        filters.addWidget(self.status)
        self.model = DraftsModel()
        # note: the model sorts itself (a sort proxy calls Python per comparison: ~0.3 s
        # for 10,000 rows); the identity proxy forwards header clicks to it
        self.proxy = QIdentityProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("drafts")
        self.table.setAccessibleName(tr("Drafts"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # most recently saved first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # column widths from the visible rows and 100 more, not 1,000 (a first fill of
        # 10,000 drafts spent ~0.3 s measuring text)
        self.table.horizontalHeader().setResizeContentsPrecision(100)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._delete_selected)
        #: drafts deleted but still undoable: not listed (``show_rows``)
        self.hidden: set[str] = set()
        self.empty = QLabel(tr("No drafts yet. Start a new application above."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addLayout(new_row)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.filters_changed)
        self.search.textChanged.connect(self._debounce.start)
        self.kind.currentIndexChanged.connect(self.filters_changed)
        self.status.currentIndexChanged.connect(self.filters_changed)

    def _open_index(self, index: QModelIndex) -> None:
        self.open_requested.emit(str(self.proxy.data(index, ID_ROLE)))

    def selected_ids(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows()
        return [str(self.proxy.data(index, ID_ROLE)) for index in rows]

    def _delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.delete_requested.emit(ids)

    def _context_menu(self, at: QPoint) -> None:
        index = self.table.indexAt(at)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self.table)
        menu.setObjectName("draftMenu")
        menu.addAction(tr("Open"), lambda: self._open_index(index))
        delete = menu.addAction(tr("Delete…"), self._delete_selected)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        menu.popup(self.table.viewport().mapToGlobal(at))

    def shown_filter(self) -> tuple[str | None, frozenset[str]]:
        """The status asked and the drafts hidden (deleted, still undoable), as of now."""
        return self.status.currentData(), frozenset(self.hidden)

    def plan_rows(
        self, rows: list[DraftInfo], wanted: str | None, hidden: frozenset[str]
    ) -> DraftsPlan:
        """Compare the drafts read with those shown (on the worker: ~30 ms at 10,000)."""
        shown = [r for r in rows if (wanted is None or r.status == wanted) and r.id not in hidden]
        return DraftsPlan(self.model.plan(shown), rows, wanted, hidden)

    def show_rows(self, rows: list[DraftInfo]) -> None:
        """Show drafts as read (planned here, on the GUI thread)."""
        self.show_plan(self.plan_rows(rows, *self.shown_filter()))

    def show_plan(self, planned: DraftsPlan) -> None:
        """Apply a plan made on the worker; made before the status filter changed or a
        draft was hidden (deleted) or shown again (undo), it is made again here."""
        if (planned.wanted, planned.hidden) != self.shown_filter():
            planned = self.plan_rows(planned.rows, *self.shown_filter())
        first = self.model.rowCount() == 0
        self.model.apply(planned.plan)
        self.empty.setVisible(not self.model.rows)
        if first:  # note: measuring every row's text on each refresh cost ~50 ms at 10,000
            self.table.resizeColumnsToContents()
            self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


class HomeView(QTabWidget):
    """Drafts, outbox, receipts and notices in one place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home")
        self.drafts = DraftsView()
        self.outbox = OutboxView()
        self.receipts = ReceiptsView()
        self.notices = NoticesView()
        self.addTab(self.drafts, tr("Drafts"))
        self.addTab(self.outbox, tr("Outbox"))
        self.addTab(self.receipts, tr("Receipts"))
        self.addTab(self.notices, tr("Notices"))
