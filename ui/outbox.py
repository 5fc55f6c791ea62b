"""Outbox, receipts and notices: what has been sent, what came back, and what is due.

Each view rebuilds its rows only when what it is given differs from what it shows, so a
refresh that brings nothing new leaves the rows (and a row the user is about to click,
or a progress bar being updated) in place.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

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

from filingassist.events import Progress
from ui.formview.widgets import human_size
from ui.i18n import N_, isolate, tr

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


def notice_title(notice: Any) -> str:
    kind = str(_attr(notice, "kind", "") or "")
    label = tr(NOTICE_KINDS[kind]) if kind in NOTICE_KINDS else kind
    text = str(_attr(notice, "text", "") or "")
    return f"{label}: {text}" if text else label


def response_text(notice: Any) -> str:
    """What became of the response to a notice: its outbox state, and late if so."""
    state = _attr(notice, "response_state")
    if not state:
        return ""
    text = state_label(str(state))
    if _attr(notice, "response_late"):
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


def _attr(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


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
        self.shown: list[Any] | None = None

    def show_items(self, items: list[Any]) -> None:
        if items == self.shown:
            return
        self.shown = list(items)
        self.tree.clear()
        self.bars.clear()
        self.items.clear()
        for entry in items:
            pid = str(_attr(entry, "package_id"))
            state = str(_attr(entry, "state", ""))
            item = QTreeWidgetItem(
                [
                    pid[:16],
                    state_label(state),
                    "",
                    "",
                    "",
                    self._when(_attr(entry, "next_attempt_at")),
                    self._details(entry),
                ]
            )
            item.setData(0, KEY_ROLE, pid)
            item.setToolTip(0, pid)
            item.setToolTip(6, item.text(6))
            self.tree.addTopLevelItem(item)
            bar = QProgressBar()
            bar.setAccessibleName(tr("Progress of {package}").format(package=pid[:16]))
            size = int(_attr(entry, "size", 0) or 0)
            offset = int(_attr(entry, "offset", 0) or 0)
            if state in ("receipted", "submitted", "uploaded"):
                offset = size
            self._set_bar(bar, offset, size)
            self.tree.setItemWidget(item, 2, bar)
            self.bars[pid] = bar
            self.items[pid] = item
        pending = sum(1 for e in items if _attr(e, "state") in ACTIVE)
        self.summary.setText(
            tr("{n} packages waiting to be sent or receipted").format(n=pending)
            if pending
            else tr("Nothing waiting to be sent.")
        )

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
        self.shown = None  # the rows now show more than the last list: redraw the next one

    @staticmethod
    def _when(value: Any) -> str:
        if not value:
            return ""
        if isinstance(value, int | float):
            value = dt.datetime.fromtimestamp(value)
        if isinstance(value, dt.datetime):
            return value.strftime("%H:%M:%S")
        return str(value)

    @staticmethod
    def _details(entry: Any) -> str:
        reasons = _attr(entry, "refusal_reasons") or []
        if reasons:
            return "; ".join(str(r) for r in reasons)
        return str(_attr(entry, "last_error") or "")


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
        self.receipts: list[Any] = []

    def show_items(self, receipts: list[Any]) -> None:
        if receipts == self.receipts and self.tree.topLevelItemCount() == len(receipts):
            return
        self.receipts = list(receipts)
        self.tree.clear()
        for receipt in receipts:
            item = QTreeWidgetItem(
                [
                    str(
                        _attr(receipt, "application_number", "")
                        or _attr(receipt, "filing_number", "")
                    ),
                    str(_attr(receipt, "filed_at", "") or "").replace("T", " ")[:19],
                    str(_attr(receipt, "package_id", ""))[:16],
                    str(_attr(receipt, "received_at", "") or "").replace("T", " ")[:19],
                ]
            )
            item.setData(0, KEY_ROLE, receipt)
            self.tree.addTopLevelItem(item)

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
        self.shown: tuple[list[Any], dt.date] | None = None

    def show_items(self, notices: list[Any], today: dt.date | None = None) -> None:
        today = today or dt.date.today()
        if self.shown == (notices, today):
            return
        self.shown = (list(notices), today)
        self.tree.clear()
        for notice in notices:
            deadline = _attr(notice, "deadline")
            if isinstance(deadline, str):
                try:
                    deadline = dt.date.fromisoformat(deadline[:10])
                except ValueError:
                    deadline = None
            left = (deadline - today).days if isinstance(deadline, dt.date) else None
            item = QTreeWidgetItem(
                [
                    notice_title(notice),
                    str(_attr(notice, "application_number", "") or ""),
                    isolate(deadline.isoformat()) if isinstance(deadline, dt.date) else "",
                    ""
                    if left is None
                    else (
                        tr("{n} days").format(n=left)
                        if left >= 0
                        else tr("overdue by {n} days").format(n=-left)
                    ),
                    response_text(notice),
                ]
            )
            self.tree.addTopLevelItem(item)
            button = QPushButton(tr("Respond"))
            button.clicked.connect(lambda _=False, n=notice: self.respond_requested.emit(n))
            self.tree.setItemWidget(item, 5, button)
