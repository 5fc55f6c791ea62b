"""Outbox, receipts and notices: what has been sent, what came back, and what is due.

Each view keeps one row per package (or notice) and updates it in place; rows are made
anew only when the list itself changes (a package added or gone). So a refresh never
deletes the row a user is about to click, or a progress bar being updated, under them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from filingassist.app import Notice, OutboxItem, Receipt
from filingassist.events import Progress
from ui.errors import transport_text
from ui.formview.widgets import human_size
from ui.i18n import N_, isolate, tr, trn

STATES = {
    "queued": N_("Queued"),
    "uploading": N_("Sending"),
    "sending": N_("Sending"),
    "uploaded": N_("Sent, awaiting receipt"),
    "submitted": N_("Sent, awaiting receipt"),
    "receipted": N_("Receipted"),
    "refused": N_("Refused"),
    "receipt_invalid": N_("Receipt could not be verified"),
}
KEY_ROLE = Qt.ItemDataRole.UserRole + 6
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


class OutboxView(QWidget):
    """Per-package progress bars (bytes, rate, time left), states, next retry, "send now"."""

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
        top.addWidget(self.summary, 1)
        top.addWidget(self.send_button)
        self.tree = QTreeWidget()
        self.tree.setObjectName("outbox")
        self.tree.setAccessibleName(tr("Outbox"))
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [
                tr("Package"),
                tr("State"),
                tr("Progress"),
                tr("Rate"),
                tr("Time left"),
                tr("Next retry"),
                tr("Details"),
            ]
        )
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        self.bars: dict[str, QProgressBar] = {}
        self.items: dict[str, QTreeWidgetItem] = {}

    def show_items(self, items: list[OutboxItem]) -> None:
        keys = [e.package_id for e in items]
        if keys != list(self.items):
            self._new_rows(keys)
        for entry in items:
            self._fill(entry)
        pending = sum(1 for e in items if e.state in ACTIVE)
        self.summary.setText(
            trn("%n package(s) waiting to be sent or receipted", pending)
            if pending
            else tr("Nothing waiting to be sent.")
        )

    def _new_rows(self, keys: list[str]) -> None:
        self.tree.clear()
        self.bars.clear()
        self.items.clear()
        for pid in keys:
            item = QTreeWidgetItem([pid[:16]])
            item.setData(0, KEY_ROLE, pid)
            item.setToolTip(0, pid)
            self.tree.addTopLevelItem(item)
            bar = QProgressBar()
            bar.setAccessibleName(tr("Progress of {package}").format(package=pid[:16]))
            self.tree.setItemWidget(item, 2, bar)
            self.bars[pid] = bar
            self.items[pid] = item

    def _fill(self, entry: OutboxItem) -> None:
        item, bar = self.items[entry.package_id], self.bars[entry.package_id]
        item.setText(1, state_label(entry.state))
        for column in (3, 4):  # rate and time left belong to an upload under way
            item.setText(column, "")
        item.setText(5, self._when(entry.next_attempt_at))
        item.setText(6, self._details(entry))
        item.setToolTip(6, "; ".join(entry.refusal_reasons) or entry.last_error or "")
        done = entry.state in ("receipted", "submitted", "uploaded")
        self._set_bar(bar, entry.size if done else entry.offset, entry.size)

    @staticmethod
    def _set_bar(bar: QProgressBar, sent: int, total: int) -> None:
        bar.setRange(0, max(total, 1))
        bar.setValue(min(sent, max(total, 1)))
        bar.setFormat(isolate(f"{human_size(sent)} / {human_size(total)}"))

    def on_sync_progress(self, progress: Progress) -> None:
        bar = self.bars.get(progress.package_id)
        if bar is None:
            return
        self._set_bar(bar, progress.sent, progress.total)
        item = self.items[progress.package_id]
        item.setText(1, state_label("sending"))
        rate = progress.rate
        item.setText(3, isolate(f"{human_size(int(rate))}/s") if rate else "")
        item.setText(4, duration(progress.eta))

    @staticmethod
    def _when(timestamp: float) -> str:
        return dt.datetime.fromtimestamp(timestamp).strftime("%H:%M:%S") if timestamp else ""

    @staticmethod
    def _details(entry: OutboxItem) -> str:
        if entry.refusal_reasons:
            return "; ".join(entry.refusal_reasons)
        if entry.state in ACTIVE:  # waiting to be sent again: why, in plain words
            return transport_text(entry.last_error or "")
        return entry.last_error or ""


class ReceiptsView(QWidget):
    """Receipts from the office; double-click (or "Open") shows one as a printable document."""

    open_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setObjectName("receipts")
        self.tree.setAccessibleName(tr("Receipts"))
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [tr("Application number"), tr("Filing date"), tr("Package"), tr("Received")]
        )
        self.tree.itemActivated.connect(
            lambda item: self.open_requested.emit(item.data(0, KEY_ROLE))
        )
        self.open_button = QPushButton(tr("Open receipt"))
        self.open_button.clicked.connect(self._open_current)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)
        self.receipts: list[Receipt] = []
        self.rows: list[QTreeWidgetItem] = []

    def show_items(self, receipts: list[Receipt]) -> None:
        if [r.package_id for r in receipts] != [r.package_id for r in self.receipts]:
            self.tree.clear()
            self.rows = [QTreeWidgetItem() for _ in receipts]
            self.tree.addTopLevelItems(self.rows)
        self.receipts = list(receipts)
        for item, receipt in zip(self.rows, receipts, strict=True):
            texts = (
                receipt.application_number,
                receipt.filed_at.replace("T", " ")[:19],
                receipt.package_id[:16],
                receipt.received_at.replace("T", " ")[:19],
            )
            for column, text in enumerate(texts):
                item.setText(column, text)
            item.setData(0, KEY_ROLE, receipt)

    def _open_current(self) -> None:
        item = self.tree.currentItem() or self.tree.topLevelItem(0)
        if item is not None:
            self.open_requested.emit(item.data(0, KEY_ROLE))


class NoticesView(QWidget):
    """Office notices with their deadline, days left and a button to start the response."""

    respond_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setObjectName("notices")
        self.tree.setAccessibleName(tr("Notices"))
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [tr("Notice"), tr("Application"), tr("Deadline"), tr("Days left"), tr("Response"), ""]
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.tree, 1)
        self.notices: list[Notice] = []
        self.rows: list[QTreeWidgetItem] = []

    def show_items(self, notices: list[Notice], today: dt.date | None = None) -> None:
        today = today or dt.date.today()
        if [(n.office, n.seq) for n in notices] != [(n.office, n.seq) for n in self.notices]:
            self._new_rows(len(notices))
        self.notices = list(notices)
        for item, notice in zip(self.rows, notices, strict=True):
            self._fill(item, notice, today)

    def _new_rows(self, count: int) -> None:
        self.tree.clear()
        self.rows = [QTreeWidgetItem() for _ in range(count)]
        self.tree.addTopLevelItems(self.rows)
        for row, item in enumerate(self.rows):
            button = QPushButton(tr("Respond"))
            button.clicked.connect(
                lambda _=False, r=row: self.respond_requested.emit(self.notices[r])
            )
            self.tree.setItemWidget(item, 5, button)

    @staticmethod
    def _fill(item: QTreeWidgetItem, notice: Notice, today: dt.date) -> None:
        deadline: dt.date | None = None
        if notice.deadline:
            try:
                deadline = dt.date.fromisoformat(notice.deadline[:10])
            except ValueError:
                deadline = None
        left = (deadline - today).days if deadline is not None else None
        texts = (
            notice_title(notice),
            notice.application_number,
            isolate(deadline.isoformat()) if deadline is not None else "",
            ""
            if left is None
            else (trn("%n day(s)", left) if left >= 0 else trn("overdue by %n day(s)", -left)),
            response_text(notice),
        )
        for column, text in enumerate(texts):
            item.setText(column, text)
