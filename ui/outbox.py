"""Outbox, receipts and notices: what has been sent, what came back, and what is due.

Each view is a table over a keyed model (``ui.models.table``): a refresh compares the
new rows with the shown ones on the worker thread and the GUI thread only applies the
difference (``dataChanged`` for the rows that changed); a sync progress event updates
one row, and its bar is painted by a delegate (``ui.models.progress``), not a widget per
row. Rows name what a person recognises: the mark or title, the applicant, the kind of
application and the office, with the state in plain words ("Filed", not "Receipted").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from filingassist.app import Notice, OutboxRow, PackageLabel, ReceiptRow
from filingassist.events import Progress
from ui.errors import transport_text
from ui.formview.widgets import human_size
from ui.i18n import N_, isolate, tr, trn
from ui.models.drafts import kind_label
from ui.models.progress import PROGRESS_ROLE, ProgressDelegate
from ui.models.table import ROW_ROLE, SORT_ROLE, KeyedTableModel, Plan, ranges

#: Outbox states in the words a filer uses ("Filed": the office's receipt is here).
STATES = {
    "queued": N_("Waiting to be sent"),
    "uploading": N_("Sending"),
    "sending": N_("Sending"),
    "uploaded": N_("Sent, awaiting receipt"),
    "submitted": N_("Sent, awaiting receipt"),
    "receipted": N_("Filed"),
    "refused": N_("Refused by the office"),
    "receipt_invalid": N_("Receipt could not be verified"),
}
KEY_ROLE = Qt.ItemDataRole.UserRole + 6
#: Progress events are shown together every this many ms (one repaint, not one per event).
PROGRESS_MS = 50
ACTIVE = ("queued", "uploading", "uploaded", "submitted")


NOTICE_KINDS = {
    "irregularity": N_("Irregularity"),
    "acknowledgement": N_("Acknowledgement"),
    "refusal": N_("Provisional refusal"),
    "registration": N_("Registration"),
    "fee_reminder": N_("Fee reminder"),
}


def notice_title(notice: Notice) -> str:
    kind = notice.kind
    label = tr(NOTICE_KINDS[kind]) if kind in NOTICE_KINDS else kind
    return f"{label}: {notice.text}" if notice.text else label


def response_text(notice: Notice) -> str:
    """What became of the response to a notice: its outbox state, and late if so."""
    state = notice.response_state
    if not state:
        return ""
    text = state_label(state)
    if notice.response_late:
        text += " · " + tr("late")
    return text


def state_label(state: str) -> str:
    return tr(STATES[state]) if state in STATES else state


def duration(seconds: float | None) -> str:
    if seconds is None or seconds < 0:
        return ""
    seconds = int(seconds)
    if seconds < 60:
        return tr("{n} s").format(n=seconds)
    if seconds < 3600:
        return tr("{m} min {s} s").format(m=seconds // 60, s=seconds % 60)
    return tr("{h} h {m} min").format(h=seconds // 3600, m=(seconds % 3600) // 60)


def when(timestamp: float) -> str:
    return dt.datetime.fromtimestamp(timestamp).strftime("%H:%M:%S") if timestamp else ""


def stamp(iso: str) -> str:
    """An ISO date-time as 'YYYY-MM-DD HH:MM:SS' (kept left to right in Arabic)."""
    return isolate(iso.replace("T", " ")[:19]) if iso else ""


def applicants_text(label: PackageLabel) -> str:
    return "; ".join(label.applicants)


def office_text(code: str, name: str) -> str:
    """'US — United States Patent and Trademark Office', or the code alone."""
    return f"{isolate(code)} — {name}" if name and name != code else isolate(code)


def title_text(label: PackageLabel) -> str:
    return label.title or tr("(no mark or title)")


#: Typing in a list's filter box is read after this many ms without a key (one plan, not one
#: per letter).
FILTER_MS = 150


class FilterBox(QLineEdit):
    """A list's filter: ``changed(text)`` once typing pauses; the view plans it on the
    worker (``KeyedTableModel.plan_filter``), so 10,000 rows never block typing."""

    changed = Signal(str)

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setPlaceholderText(tr("Filter: mark or title, applicant, reference, office, number"))
        self.setAccessibleName(tr("Filter the list"))
        self.setClearButtonEnabled(True)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(FILTER_MS)
        self._pause.timeout.connect(lambda: self.changed.emit(self.text()))
        self.textChanged.connect(self._pause.start)

    def find_key_on(self, view: QWidget) -> None:
        """Ctrl+F (the platform's Find key) anywhere in ``view`` goes to this box."""
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), view)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self._take_focus)

    def _take_focus(self) -> None:
        self.setFocus()
        self.selectAll()


def _table(name: str, model: KeyedTableModel[Any], stretch: int) -> QTableView:
    """A read-only, row-selecting, sortable table over ``model``."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    # note: a uniform row height; no row is measured for its text (10,000 rows)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    return table


class OutboxModel(KeyedTableModel[OutboxRow]):
    """Outbox rows keyed by package id, with the live upload progress of a sync pass."""

    HEADERS = (
        N_("Mark or title"),
        N_("Applicant"),
        N_("Kind of application"),
        N_("Office"),
        N_("State"),
        N_("Progress"),
        N_("Transfer rate"),
        N_("Time left"),
        N_("Next attempt"),
        N_("Queued at"),
        N_("Details"),
    )
    TITLE, APPLICANT, KIND, OFFICE, STATE, PROGRESS, RATE, LEFT, NEXT, QUEUED, DETAILS = range(11)

    def __init__(self) -> None:
        super().__init__()
        #: the latest progress event of each package being uploaded in this pass
        self.live: dict[str, Progress] = {}

    def key(self, row: OutboxRow) -> str:
        return row.item.package_id

    def apply(self, plan: Plan[OutboxRow]) -> None:
        super().apply(plan)
        for package_id in list(self.live):  # progress of an upload that is over
            i = self.row_of(package_id)
            if i is None or self.rows[i].item.state not in ("queued", "uploading"):
                del self.live[package_id]

    def search_text(self, row: OutboxRow) -> str:
        """Mark or title, applicants, reference and office (code and name)."""
        label = row.label
        return " ".join(
            (label.title, *label.applicants, label.reference, row.item.office, row.office_name)
        )

    def summary(self, rows: list[OutboxRow]) -> int:
        """How many packages wait to be sent or receipted (counted on the worker)."""
        return sum(1 for r in rows if r.item.state in ACTIVE)

    def summary_delta(self, before: Any, gone: list[OutboxRow], came: list[OutboxRow]) -> Any:
        """The count kept up to date from the rows read again (not every row)."""
        if not isinstance(before, int):
            return None
        return before - self.summary(gone) + self.summary(came)

    def set_progress(self, progress: Progress) -> None:
        """One package's upload progress: one row's state, bar, rate and time left."""
        self.set_progress_many([progress])

    def set_progress_many(self, updates: list[Progress]) -> None:
        """Progress of packages: ``dataChanged`` for each run of their rows, state to time
        left (rows not listed yet are left to the refresh after the pass)."""
        rows = []
        for progress in updates:
            row = self.row_of(progress.package_id)
            if row is not None:
                self.live[progress.package_id] = progress
                rows.append(row)
        for first, last in ranges(sorted(rows)):
            self.dataChanged.emit(self.index(first, self.STATE), self.index(last, self.LEFT))

    def _live(self, row: OutboxRow) -> Progress | None:
        item = row.item
        return self.live.get(item.package_id) if item.state in ("queued", "uploading") else None

    def sent(self, row: OutboxRow) -> tuple[int, int]:
        item, live = row.item, self._live(row)
        if live is not None:
            return live.sent, live.total
        if item.state in ("receipted", "submitted", "uploaded"):
            return item.size, item.size
        return item.offset, item.size

    def cell(self, row: OutboxRow, column: int, role: int) -> Any:
        item = row.item
        if role == PROGRESS_ROLE and column == self.PROGRESS:
            return self.sent(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TITLE:
                return tr("Package {package}").format(package=item.package_id)
            if column == self.DETAILS:  # the whole plain sentence: a 1366 px cell cuts it
                return self._text(row, column) or None
            if column in (self.APPLICANT, self.OFFICE):
                return self.cell(row, column, Qt.ItemDataRole.DisplayRole)
            return None
        if role == SORT_ROLE:
            if column == self.PROGRESS:
                done, total = self.sent(row)
                return done / total if total else 0.0
            if column == self.NEXT:
                return item.next_attempt_at
            if column == self.QUEUED:
                return item.created_at
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(row, column)

    def _text(self, row: OutboxRow, column: int) -> str:
        item, live = row.item, self._live(row)
        if column == self.TITLE:
            return title_text(row.label)
        if column == self.APPLICANT:
            return applicants_text(row.label)
        if column == self.KIND:
            return kind_label(row.label.kind) if row.label.kind else ""
        if column == self.OFFICE:
            return office_text(item.office, row.office_name)
        if column == self.STATE:
            return state_label("sending" if live is not None else item.state)
        if column == self.PROGRESS:
            done, total = self.sent(row)
            return isolate(f"{human_size(done)} / {human_size(total)}")
        if column == self.RATE:
            return isolate(f"{human_size(int(live.rate))}/s") if live and live.rate else ""
        if column == self.LEFT:
            return duration(live.eta) if live is not None else ""
        if column == self.NEXT:
            return when(item.next_attempt_at) if item.state in ACTIVE else ""
        if column == self.QUEUED:
            return stamp(item.created_at)
        if item.refusal_reasons:
            return "; ".join(item.refusal_reasons)
        if item.state in ACTIVE:  # waiting to be sent again: why, in plain words
            return transport_text(item.last_error or "")
        return item.last_error or ""


class OutboxView(QWidget):
    """The outbox: what each package is, its state, progress, next attempt; "Send now"."""

    send_now_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.send_button = QPushButton(tr("Send now"))
        self.send_button.setObjectName("sendNow")
        self.send_button.setToolTip(tr("Try to send every queued package now (Ctrl+Shift+Return)"))
        self.send_button.clicked.connect(self.send_now_requested)
        self.filter = FilterBox("outboxFilter")
        self.filter.find_key_on(self)
        top.addWidget(self.summary, 1)
        top.addWidget(self.filter, 1)
        top.addWidget(self.send_button)
        self.model = OutboxModel()
        self.table = _table("outbox", self.model, OutboxModel.TITLE)
        self.table.setAccessibleName(tr("Outbox"))
        self.table.setItemDelegateForColumn(OutboxModel.PROGRESS, ProgressDelegate(self.table))
        self.table.sortByColumn(OutboxModel.QUEUED, Qt.SortOrder.AscendingOrder)
        m = OutboxModel
        # why a package waits or was refused sits beside its state, not past the right edge
        # of a 1366 px screen (the columns were 1,480 px wide: it took a sideways scroll)
        header = self.table.horizontalHeader()
        header.moveSection(header.visualIndex(m.DETAILS), header.visualIndex(m.STATE) + 1)
        widths = {
            m.APPLICANT: 150,
            m.KIND: 130,
            m.OFFICE: 150,
            m.STATE: 150,
            m.DETAILS: 280,
            m.PROGRESS: 120,
            m.RATE: 90,
            m.LEFT: 80,
            m.NEXT: 90,
            m.QUEUED: 140,
        }
        metrics = header.fontMetrics()
        for column, width in widths.items():
            label = tr(m.HEADERS[column])  # the whole header, in every language
            self.table.setColumnWidth(column, max(width, metrics.horizontalAdvance(label) + 24))
        self._show_transfer_columns(False)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._progress: dict[str, Progress] = {}
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(PROGRESS_MS)
        self._flush.timeout.connect(self._show_progress)
        self._summarise()

    def show_items(self, rows: list[OutboxRow]) -> None:
        """Show ``rows`` (planned here; the window plans on the worker: ``show_plan``)."""
        self.show_plan(self.model.plan(rows))

    def show_plan(self, plan: Plan[OutboxRow]) -> None:
        self.model.apply(plan)
        self._summarise()
        self._show_transfer_columns(bool(self.model.live))

    def _show_transfer_columns(self, sending: bool) -> None:
        """Transfer rate and time left have words only while a package is being sent:
        shown then, hidden otherwise, so the other columns fit the screen."""
        for column in (OutboxModel.RATE, OutboxModel.LEFT):
            self.table.setColumnHidden(column, not sending)

    def _summarise(self) -> None:
        """The count of the rows shown (kept by the model from its plans)."""
        pending = self.model.summary_value or 0
        self.summary.setText(
            trn("%n package(s) waiting to be sent or receipted", pending)
            if pending
            else tr("Nothing waiting to be sent.")
        )

    def update_rows(self, package_ids: list[str], rows: list[OutboxRow]) -> bool:
        """Rows a sync pass changed, read again by id (False: one is not listed yet)."""
        model = self.model
        if any(model.key(r) not in model.source for r in rows):
            return False
        self.show_plan(model.plan_changes(list(package_ids), rows, move=False))
        return True

    def on_sync_progress(self, progress: Progress) -> None:
        """Kept, and shown with the others of the last 50 ms (a pass reports often)."""
        self._progress[progress.package_id] = progress
        if not self._flush.isActive():
            self._flush.start()

    def _show_progress(self) -> None:
        pending, self._progress = self._progress, {}
        self.model.set_progress_many(list(pending.values()))
        self._show_transfer_columns(bool(self.model.live))


class ReceiptsModel(KeyedTableModel[ReceiptRow]):
    HEADERS = (
        N_("Mark or title"),
        N_("Applicant"),
        N_("Kind of application"),
        N_("Office"),
        N_("Application number"),
        N_("Filing date and time"),
        N_("Receipt received"),
    )

    def key(self, row: ReceiptRow) -> str:
        return row.receipt.package_id

    def search_text(self, row: ReceiptRow) -> str:
        """Mark or title, applicants, reference, office and application number."""
        label, receipt = row.label, row.receipt
        return " ".join(
            (
                label.title,
                *label.applicants,
                label.reference,
                receipt.office,
                row.office_name,
                receipt.application_number,
            )
        )

    def cell(self, row: ReceiptRow, column: int, role: int) -> Any:
        receipt = row.receipt
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return tr("Package {package}").format(package=receipt.package_id)
        if role == SORT_ROLE:
            return {5: receipt.filed_at, 6: receipt.received_at}.get(column)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            title = title_text(row.label)
            if receipt.kind == "response":
                return tr("Response: {title}").format(title=title)
            return title
        texts = (
            "",
            applicants_text(row.label),
            kind_label(row.label.kind) if row.label.kind else "",
            office_text(receipt.office, row.office_name),
            isolate(receipt.application_number),
            stamp(receipt.filed_at),
            stamp(receipt.received_at),
        )
        return texts[column]


class ReceiptsView(QWidget):
    """Receipts from the office; double-click (or "Open") shows one as a printable document."""

    open_requested = Signal(object)  # Receipt

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.model = ReceiptsModel()
        self.table = _table("receipts", self.model, 0)
        self.table.setAccessibleName(tr("Receipts"))
        self.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
        for column, width in {1: 180, 2: 150, 3: 200, 4: 160, 5: 150, 6: 150}.items():
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        self.open_button = QPushButton(tr("Open receipt"))
        self.open_button.clicked.connect(self._open_current)
        self.filter = FilterBox("receiptsFilter")
        self.filter.find_key_on(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)

    def show_items(self, rows: list[ReceiptRow]) -> None:
        self.model.set_rows(rows)

    def show_plan(self, plan: Plan[ReceiptRow]) -> None:
        self.model.apply(plan)

    def _open(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.open_requested.emit(row.receipt)

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        if index.isValid():
            self._open(index)


class NoticesModel(KeyedTableModel[Notice]):
    HEADERS = (
        N_("Notice"),
        N_("Application number"),
        N_("Deadline"),
        N_("Days left"),
        N_("Response"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.today = dt.date.today()

    def key(self, row: Notice) -> tuple[str, int]:
        return (row.office, row.seq)

    @staticmethod
    def deadline(notice: Notice) -> dt.date | None:
        if not notice.deadline:
            return None
        try:
            return dt.date.fromisoformat(notice.deadline[:10])
        except ValueError:
            return None

    def cell(self, row: Notice, column: int, role: int) -> Any:
        deadline = self.deadline(row)
        left = (deadline - self.today).days if deadline is not None else None
        if role == SORT_ROLE:
            return {2: deadline.isoformat() if deadline else None, 3: left}.get(column)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return notice_title(row)
        if column == 1:
            return isolate(row.application_number)
        if column == 2:
            return isolate(deadline.isoformat()) if deadline is not None else ""
        if column == 3:
            if left is None:
                return ""
            return trn("%n day(s)", left) if left >= 0 else trn("overdue by %n day(s)", -left)
        return response_text(row)


class NoticesView(QWidget):
    """Office notices with their deadline and days left; "Respond" starts the response."""

    respond_requested = Signal(object)  # Notice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.model = NoticesModel()
        self.table = _table("notices", self.model, 0)
        self.table.setAccessibleName(tr("Notices"))
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        for column, width in {1: 160, 2: 110, 3: 140, 4: 200}.items():
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self._respond)
        self.table.doubleClicked.connect(self._respond)
        self.respond_button = QPushButton(tr("Respond…"))
        self.respond_button.setObjectName("respond")
        self.respond_button.setToolTip(tr("Start the response to the selected notice"))
        self.respond_button.clicked.connect(self._respond_selected)
        self.respond_button.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        self.model.rowsRemoved.connect(self._update_button)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.respond_button, 0, Qt.AlignmentFlag.AlignRight)

    def show_items(self, notices: list[Notice], today: dt.date | None = None) -> None:
        self.model.today = today or dt.date.today()
        self.model.set_rows(notices)

    def _selected(self) -> QModelIndex:
        rows = self.table.selectionModel().selectedRows()
        return rows[0] if rows else QModelIndex()

    def _update_button(self) -> None:
        self.respond_button.setEnabled(self._selected().isValid())

    def _respond_selected(self) -> None:
        self._respond(self._selected())

    def _respond(self, index: QModelIndex) -> None:
        notice = index.data(ROW_ROLE) if index.isValid() else None
        if notice is not None:
            self.respond_requested.emit(notice)
