"""The main window: Home and Compose pages, actions with shortcuts, status bar, notifications.

Views refresh from change sets: what an operation changed (``TaskRunner.changed``) or a
core event says changed (``Event.changes``), gathered for 200 ms and read once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QSystemTrayIcon,
    QToolBar,
    QWidget,
)

from filingassist.app import (
    DraftInfo,
    DraftUpgrade,
    Notice,
    OutboxRow,
    PackageInfo,
    Receipt,
    ReceiptDetails,
    Workspace,
)
from filingassist.events import (
    EVENTS,
    ChangeSet,
    Event,
    OfficesChanged,
    OutboxChanged,
    SyncFinished,
    SyncProgress,
)
from filingassist.model.document import ApplicationDocument
from filingassist.model.findings import Finding
from ui.bridge import EventBridge
from ui.bulkimport import BulkImportWizard
from ui.compose import ComposeView
from ui.deleting import DeleteController
from ui.dialogs.about import AboutDialog
from ui.dialogs.receipt import DocumentDialog
from ui.dialogs.settings import SettingsDialog
from ui.dialogs.sign import SignDialog
from ui.errors import show_error
from ui.formupgrade import UpgradeDialog
from ui.home import HomeView
from ui.i18n import isolate, tr, trn
from ui.models.drafts import kind_label
from ui.models.table import KeyedTableModel, Plan, plan_refresh
from ui.ops import Op, alive, retire
from ui.outbox import office_text
from ui.printing import receipt_for, summary_for
from ui.refsource import TableStatus, refdata_freshness, warm_term_list
from ui.syncing import SyncController
from ui.tasks import TaskRunner
from ui.updatecheck import UpdateWatcher

log = logging.getLogger(__name__)
EVERYTHING = ChangeSet(drafts=True, outbox=True, receipts=True, notices=True, offices=True)
NATIVE = QKeySequence.SequenceFormat.NativeText
#: Drafts Home lists (newest first); the table is a model, 10,000 rows stay smooth.
DRAFTS_LISTED = 10_000


#: How often remembered passphrases past their idle time are removed (ms).
PASSPHRASE_IDLE_CHECK_MS = 20_000


def settings_keys() -> str:
    """The platform's Preferences key where it has one (macOS: Cmd+,); Ctrl+, elsewhere,
    as in most Linux and Windows applications (Qt defines no Preferences key there).
    note: asked once the application exists; at import time Qt has no platform to ask."""
    return QKeySequence(QKeySequence.StandardKey.Preferences).toString() or "Ctrl+,"


class MainWindow(QMainWindow):
    draft_opened = Signal(str)
    language_change_requested = Signal(str)
    sign_dialog_opened = Signal(object)  # SignDialog

    def __init__(
        self,
        ws: Workspace,
        tasks: TaskRunner,
        bridge: EventBridge,
        restore_session: bool = True,
        purge: bool = True,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.ws, self.tasks, self.bridge = ws, tasks, bridge
        self.compose: ComposeView | None = None
        self.tray: QSystemTrayIcon | None = None
        self.connectivity = "offline"
        self._pending_response: Notice | None = None
        self._pending_upgrade: DraftUpgrade | None = None
        self.upgrade_report: UpgradeDialog | None = None
        self._changes = ChangeSet()
        self._outbox_rows: set[str] = set()  # outbox rows changed (events that name them)
        self.last_notification = ""
        self.receipt_dialog: DocumentDialog | None = None
        self.sign_dialog: SignDialog | None = None
        self.bulk_wizard: BulkImportWizard | None = None
        self.error_box: QMessageBox | None = None
        self.syncer = SyncController(ws, tasks, self)
        self.setWindowTitle(tr("Filing Assistant"))
        self.resize(1280, 820)
        self.pages = QStackedWidget()
        self.home = HomeView()
        self.pages.addWidget(self.home)
        self.setCentralWidget(self.pages)
        self._build_actions()
        self._build_status()
        self.deleter = DeleteController(
            ws, tasks, self.home.drafts, self._closing_deleted, self.refresh_home
        )
        self._connect()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(200)
        self._refresh_timer.timeout.connect(self._refresh_changed)
        #: forgets remembered passphrases once idle too long (the core checks at each use too)
        self._idle_timer = QTimer(self)
        self._idle_timer.setInterval(PASSPHRASE_IDLE_CHECK_MS)
        self._idle_timer.timeout.connect(self.forget_idle_passphrases)
        self._idle_timer.start()
        self.syncer.start()
        geometry = QSettings().value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self._fit_to_screen()
        self.refresh_home()
        Op(self, refdata_freshness).success(self._show_refdata_status).run(tasks)
        Op(self, warm_term_list).failure(lambda exc: log.warning("term list: %s", exc)).run(tasks)
        # drafts a crash left untouched go before anything is listed or reopened (not
        # when the window is rebuilt in another language: its open draft is reopened)
        # only drafts made before this window: one made meanwhile (New…, or `filingassist
        # new` in a terminal) is not a crash's leftover
        started = dt.datetime.now(dt.UTC)
        work = (lambda: ws.purge_untouched(started)) if purge else list
        Op(self, work).success(
            lambda purged: self._restore_session(purged) if restore_session else None
        ).failure(self._log_warning).serial(tasks)
        self._update_actions()

    @property
    def closed(self) -> bool:
        return not alive(self)

    def _fit_to_screen(self) -> None:
        """First start: a comfortable size that never exceeds the screen (small laptops)."""
        screen = self.screen().availableGeometry() if self.screen() else None
        # note: the offscreen platform (tests, screenshots) has a nominal 800x600 screen
        if screen is None or QGuiApplication.platformName() == "offscreen":
            return
        # leave room for the window manager's frame and panels
        width = min(1280, screen.width() - 16)
        height = min(820, screen.height() - 40)
        self.resize(width, height)
        self.move(
            screen.x() + (screen.width() - width) // 2, screen.y() + (screen.height() - height) // 2
        )

    # -- chrome ----------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: str | QKeySequence.StandardKey | None = None,
        name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        keys = action.shortcut().toString(NATIVE)
        if keys:  # shown in menus by Qt, and here on the toolbar buttons' tooltips
            action.setToolTip(f"{text.replace('&', '')} ({keys})")
        action.setObjectName(name or text)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.act_home = a(tr("Home"), self.show_home, "Alt+Home", "home")
        self.act_new_tm = a(
            tr("New trademark application"),
            lambda: self.new_draft("trademark"),
            "Ctrl+N",
            "newTrademark",
        )
        self.act_new_mm2 = a(
            tr("New Madrid application (MM2)"),
            lambda: self.new_draft("madrid"),
            "Ctrl+Shift+M",
            "newMadrid",
        )
        self.act_new_pat = a(
            tr("New patent application"),
            lambda: self.new_draft("patent"),
            "Ctrl+Shift+P",
            "newPatent",
        )
        self.act_basic = a(
            tr("New MM2 from a basic mark…"), self.new_from_basic_mark, None, "newBasic"
        )
        self.act_import = a(tr("Import…"), self.import_file, "Ctrl+O", "import")
        self.act_save = a(tr("Save"), self.save, QKeySequence.StandardKey.Save, "save")
        self.act_validate = a(tr("Check"), self.validate, "F7", "validate")
        self.act_sign = a(tr("Sign…"), self.sign, "Ctrl+Shift+S", "sign")
        self.act_send = a(
            tr("Send now"), lambda: self.sync(send_now=True), "Ctrl+Shift+Return", "send"
        )
        self.act_print = a(
            tr("Print summary as PDF…"), self.print_summary, QKeySequence.StandardKey.Print, "print"
        )
        self.act_lock_keys = a(tr("Lock keys now"), self.lock_keys, "Ctrl+Shift+L", "lockKeys")
        self.act_settings = a(tr("Settings…"), self.open_settings, settings_keys(), "settings")
        self.act_quit = a(tr("Quit"), self.close, QKeySequence.StandardKey.Quit, "quit")
        self.act_undo = a(tr("Undo"), self.undo, QKeySequence.StandardKey.Undo, "undo")
        self.act_redo = a(tr("Redo"), self.redo, QKeySequence.StandardKey.Redo, "redo")
        menu = self.menuBar()
        file_menu = menu.addMenu(tr("&File"))
        for act in (
            self.act_new_tm,
            self.act_new_mm2,
            self.act_new_pat,
            self.act_basic,
            self.act_import,
            None,
            self.act_save,
            self.act_print,
            None,
            self.act_settings,
            self.act_quit,
        ):
            file_menu.addSeparator() if act is None else file_menu.addAction(act)
        edit_menu = menu.addMenu(tr("&Edit"))
        edit_menu.addAction(self.act_undo)
        edit_menu.addAction(self.act_redo)
        app_menu = menu.addMenu(tr("&Application"))
        for act in (self.act_validate, self.act_sign, self.act_lock_keys, self.act_send):
            app_menu.addAction(act)
        help_menu = menu.addMenu(tr("&Help"))
        help_menu.addAction(
            tr("About Filing Assistant"), lambda: AboutDialog(self.tasks, self).open()
        )
        toolbar = QToolBar(tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for act in (
            self.act_home,
            self.act_save,
            self.act_undo,
            self.act_redo,
            self.act_validate,
            self.act_sign,
            self.act_send,
            self.act_print,
            self.act_settings,
        ):
            toolbar.addAction(act)
        self.addToolBar(toolbar)

    def _build_status(self) -> None:
        self.conn_label = QLabel()
        self.conn_label.setObjectName("connectivity")
        self.refdata_label = QLabel(tr("Reference data: loading…"))
        self.refdata_label.setObjectName("refdataValid")
        self.busy_label = QLabel()
        bar = self.statusBar()
        bar.addPermanentWidget(self.busy_label)
        bar.addPermanentWidget(self.refdata_label)
        bar.addPermanentWidget(self.conn_label)
        self.update_watcher = UpdateWatcher(self.tasks, bar)  # checks when online, daily
        self.set_connectivity("offline")

    def set_connectivity(self, state: str) -> None:
        """no_office / offline / reachable / sending (from the last real attempt)."""
        self.connectivity = state
        text = {
            "no_office": "● " + tr("No office set up"),
            "offline": "● " + tr("Offline"),
            "reachable": "● " + tr("Office reachable"),
            "sending": "● " + tr("Sending…"),
        }[state]
        color = {
            "no_office": "#9e9e9e",
            "offline": "#c62828",
            "reachable": "#2e7d32",
            "sending": "#1565c0",
        }[state]
        self.conn_label.setText(f"<span style='color:{color}'>{text}</span>")
        self.conn_label.setAccessibleName(text)
        self.update_watcher.connectivity_changed(state)

    def _show_refdata_status(self, table: TableStatus | None) -> None:
        """The oldest fee table's age and review date; a red warning once it is past it.

        The bar shows the short form; the tooltip names the table and its dates.
        """
        if table is None:
            self.refdata_label.setText(tr("Reference data: not available"))
            return
        values = {
            "table": isolate(table.info.name),
            "date": isolate(table.info.valid_as_of.isoformat()),
            "age": trn("%n day(s) old", table.age_days),
            "review": isolate(table.info.review_date.isoformat()),
        }
        if table.stale:
            short = f"⚠ {tr('Fee data out of date')}: {values['table']}"
            self.refdata_label.setText(f"<b><span style='color:#b71c1c'>{short}</span></b>")
            tip = tr(
                "Warning: {table} is past its review date {review} ({age}): "
                "check the fees before paying"
            )
        else:
            short = trn("Fee data %n day(s) old", table.age_days)
            self.refdata_label.setText(short)
            tip = tr("Fee data: {table} read {date} ({age}), review by {review}")
        self.refdata_label.setToolTip(tip.format(**values))
        self.refdata_label.setAccessibleName(f"{short}. {tip.format(**values)}")

    def _connect(self) -> None:
        d = self.home.drafts
        d.open_requested.connect(self.open_draft)
        d.new_requested.connect(
            lambda kind: self.new_from_basic_mark() if kind == "basic" else self.new_draft(kind)
        )
        d.filters_changed.connect(self.refresh_home)
        d.bulk_requested.connect(self.open_bulk_import)
        self.home.outbox.send_now_requested.connect(lambda: self.sync(send_now=True))
        self.home.receipts.open_requested.connect(self.open_receipt)
        for view in (self.home.outbox, self.home.receipts):
            view.filter.changed.connect(
                lambda text, v=view: self.filter_list(v.model, v.show_plan, text)
            )
        self.home.notices.respond_requested.connect(self.respond_to_notice)
        for event in EVENTS:
            self.bridge.signal(event).connect(self.on_event)
        self.tasks.changed.connect(self.on_changes)
        self.syncer.state_changed.connect(self.on_sync_state)
        self.syncer.no_office.connect(self.say_no_office)
        self.tasks.busy_changed.connect(self.on_busy_changed)
        self.tasks.default_error = self.show_error

    def on_busy_changed(self, pending: int) -> None:
        self.busy_label.setText(tr("Working…") if pending else "")

    def _update_actions(self) -> None:
        composing = self.compose is not None and self.pages.currentWidget() is self.compose
        for act in (
            self.act_save,
            self.act_validate,
            self.act_sign,
            self.act_print,
            self.act_undo,
            self.act_redo,
        ):
            act.setEnabled(composing)

    def show_error(self, exc: BaseException) -> None:
        """A background task failed: say what happened in the user's language."""
        if self.closed:
            return
        self.error_box = show_error(self, tr("Filing Assistant"), exc)

    # -- home ------------------------------------------------------------------
    def show_home(self) -> None:
        if self.compose is not None and self.compose.undo_stack.count() == 0:
            self.close_compose()  # nothing typed: a draft made by "New…" is not kept
        if self.compose is not None:
            self.compose.save_now()
        self.pages.setCurrentWidget(self.home)
        QSettings().remove("session/draft")
        self.refresh_home()
        self._update_actions()

    def refresh_home(self) -> None:
        """Read everything Home shows (start, returning to Home)."""
        self.refresh(EVERYTHING)

    def refresh(self, changes: ChangeSet) -> None:
        """Read again what ``changes`` names, once each, in the background."""
        if self.closed:
            return
        ws, home = self.ws, self.home
        if changes.drafts:
            d = home.drafts
            kind, search = d.kind.currentData(), d.search.text().strip() or None
            shown = d.shown_filter()  # compared with the rows on the worker, as of now
            Op(
                self,
                lambda: d.plan_rows(
                    ws.drafts(kind=kind, search=search, limit=DRAFTS_LISTED), *shown
                ),
            ).success(d.show_plan).run(self.tasks)
        quiet = self._log_warning
        # the rows are compared with the shown ones on the worker (a refresh of 10,000
        # rows costs the GUI thread only the rows that changed: bench/views.py)
        # the outbox and receipts read only what changed since the version they show
        if changes.outbox:
            o, since = home.outbox, home.outbox.model.version
            Op(
                self,
                lambda: plan_refresh(
                    o.model, since, ws.list_version, ws.outbox_rows, ws.outbox_changes
                ),
            ).success(o.show_plan).failure(quiet).run(self.tasks)
            if self.compose is not None and self.compose.signed_bar.state is not None:
                self.compose.signed_bar.reload()
        if changes.receipts:
            r, seen = home.receipts, home.receipts.model.version
            Op(
                self,
                lambda: plan_refresh(
                    r.model, seen, ws.list_version, ws.receipt_rows, ws.receipt_changes
                ),
            ).success(r.show_plan).failure(quiet).run(self.tasks)
        if changes.notices:
            Op(self, ws.notices).success(home.notices.show_items).failure(quiet).run(self.tasks)

    def filter_list(
        self, model: KeyedTableModel[Any], show: Callable[[Plan[Any]], None], text: str
    ) -> None:
        """Filter a list on the worker (10,000 rows compared off the GUI thread)."""
        Op(self, lambda: model.plan_filter(text)).success(show).failure(self._log_warning).run(
            self.tasks
        )

    @staticmethod
    def _log_warning(exc: BaseException) -> None:
        log.warning("%s", exc)

    def on_changes(self, changes: ChangeSet) -> None:
        """Something changed: gather for a moment, then refresh what did (once).

        The timer is not restarted by later changes: a sync pass that changes a row every
        few milliseconds refreshes the lists every 200 ms, not only once it is over."""
        self._changes = self._changes | changes
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _refresh_changed(self) -> None:
        changes, self._changes = self._changes, ChangeSet()
        rows, self._outbox_rows = self._outbox_rows, set()
        self.refresh(changes)
        if rows and not changes.outbox and not self.closed:
            self._refresh_outbox_rows(sorted(rows))

    def _refresh_outbox_rows(self, package_ids: list[str]) -> None:
        """Read again only the outbox rows a sync pass changed (not all 10,000)."""
        ws, outbox = self.ws, self.home.outbox

        def shown(rows: list[OutboxRow]) -> None:
            if not outbox.update_rows(package_ids, rows):  # a row not listed yet
                self.on_changes(ChangeSet(outbox=True))

        Op(self, lambda: ws.outbox_rows(package_ids)).success(shown).failure(self._log_warning).run(
            self.tasks
        )

    def on_event(self, event: Event) -> None:
        """A core event (any thread, delivered here on the GUI thread)."""
        if isinstance(event, SyncProgress):
            if self.connectivity != "sending":
                self.set_connectivity("sending")
            self.home.outbox.on_sync_progress(event.progress)
            return
        if isinstance(event, SyncFinished) and event.receipted:
            self.on_receipts_received(list(event.receipted))
        if isinstance(event, OfficesChanged):
            self.syncer.office_changed()
        if isinstance(event, OutboxChanged) and event.package_ids:
            # the rows named are read again, not the whole outbox (a pass changes one at a
            # time, thousands in all)
            self._outbox_rows.update(event.package_ids)
            self.on_changes(dataclasses.replace(event.changes(), outbox=False))
            if self.compose is not None and self.compose.signed_bar.state is not None:
                self.compose.signed_bar.reload()
            return
        self.on_changes(event.changes())

    def on_sync_state(self, state: str, why: str) -> None:
        self.set_connectivity(state)
        if state == "sending":
            return
        when = QDateTime.currentDateTime().toString("HH:mm")
        tip = tr("Last attempt at {time}").format(time=when)
        self.conn_label.setToolTip(f"{tip}: {why}" if why else tip)

    def say_no_office(self) -> None:
        """ "Send now" with no office: nothing can be sent; say so and where to add one."""
        self.no_office_box = QMessageBox(
            QMessageBox.Icon.Information,
            tr("Send now"),
            tr(
                "No office is set up, so nothing can be sent. Add the office in Settings "
                "(Offices tab); signed packages wait here until then."
            ),
            parent=self,
        )
        self.no_office_box.setObjectName("noOfficeBox")
        self.no_office_box.open()

    def on_receipts_received(self, package_ids: list[str]) -> None:
        """One notification per pass: what was filed, where, under which number (read off
        the GUI thread); a pass that filed many says how many, not one line per package."""
        self.last_notification = package_ids[-1]
        if len(package_ids) > 1:
            self.notify(
                tr("Receipts received"),
                trn("%n application(s) filed: the receipts are in Receipts.", len(package_ids)),
            )
            return
        package_id, ws = package_ids[0], self.ws

        def unnamed(_: BaseException) -> None:  # e.g. the package was deleted since
            self.notify(
                tr("Receipt received"),
                tr("The office has receipted package {package}.").format(package=package_id[:16]),
            )

        Op(self, lambda: ws.receipt_details(package_id)).success(self._say_filed).failure(
            unnamed
        ).run(self.tasks)

    def _say_filed(self, details: ReceiptDetails) -> None:
        what = details.title or tr("(no mark or title)")
        if details.application_kind:
            what = f"{what} ({kind_label(details.application_kind)})"
        self.notify(
            tr("Receipt received"),
            tr("{what} was filed with {office}: application number {number}.").format(
                what=what,
                office=office_text(details.office_code, details.office_name),
                number=isolate(details.application_number),
            ),
        )

    def notify(self, title: str, message: str) -> None:
        """A desktop notification when the system has a tray; the status bar otherwise."""
        self.statusBar().showMessage(f"{title}: {message}", 15000)
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                self.tray = QSystemTrayIcon(self.windowIcon(), self)
                self.tray.show()
            self.tray.showMessage(title, message)

    # -- drafts ----------------------------------------------------------------
    def _open_new(self, make: Callable[[], DraftInfo]) -> None:
        """Create a draft on the store lane, then open it."""
        Op(self, make).success(lambda info: self.open_draft(info.id)).serial(self.tasks)

    def new_draft(self, kind: str) -> None:
        ws = self.ws
        self._open_new(lambda: ws.new_draft(kind))

    def new_from_basic_mark(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Choose the basic mark record"))
        if path:
            ws = self.ws
            self._open_new(lambda: ws.new_from_basic_mark(Path(path)))

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Import an application"), "", tr("Application documents (*.json)")
        )
        if path:
            ws = self.ws
            self._open_new(lambda: ws.import_file(Path(path)))

    def open_draft(
        self, draft_id: str, section: str | None = None, scroll: int | None = None
    ) -> None:
        """Load on the store lane (after any save still queued), then show the form."""
        ws = self.ws
        Op(self, lambda: ws.load(draft_id)).success(
            lambda doc: self._show_compose(draft_id, doc, section, scroll)
        ).failure(self._open_failed).serial(self.tasks)

    def _open_failed(self, exc: BaseException) -> None:
        QSettings().remove("session/draft")
        self.show_error(exc)

    def _show_compose(
        self, draft_id: str, doc: ApplicationDocument, section: str | None, scroll: int | None
    ) -> None:
        self.close_compose()
        try:
            compose = ComposeView(self.ws, self.tasks, draft_id, doc, self.pages)
        except Exception as exc:  # e.g. a form definition missing: stay on Home, say why
            log.exception("cannot show draft %s", draft_id)
            self.pages.setCurrentWidget(self.home)
            self._update_actions()
            self._open_failed(exc)
            return
        self.compose = compose
        self.compose.saved.connect(self.on_draft_saved_here)
        self.compose.upgraded.connect(self.on_draft_upgraded)
        self.pages.addWidget(self.compose)
        self.pages.setCurrentWidget(self.compose)
        self.compose.restore_place(section, scroll)
        if section is None and scroll is None:  # a new or just opened draft: type at once
            first = self.compose.view.first_field()
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.compose.remember_place()
        self.compose.describe_attachments()
        self.compose.undo_stack.canUndoChanged.connect(self.on_can_undo_changed)
        if self._pending_response is not None:
            self.compose.set_responding(self._pending_response)
            self._pending_response = None
        if self._pending_upgrade is not None:  # reopened after an upgrade: say what changed
            self.upgrade_report = UpgradeDialog(self._pending_upgrade, False, self.compose)
            self.upgrade_report.open()
            self._pending_upgrade = None
        self._update_actions()
        self.draft_opened.emit(draft_id)

    def on_draft_upgraded(self, report: DraftUpgrade) -> None:
        """The open draft now uses a newer form: open it again with that form, in place."""
        if self.compose is None or self.compose.draft_id != report.draft_id:
            return
        section = self.compose.view.current_section()
        scroll = self.compose.view.verticalScrollBar().value()
        self._pending_upgrade = report
        self.open_draft(report.draft_id, section, scroll)

    def on_draft_saved_here(self, draft_id: str, revision: int) -> None:
        self._update_actions()

    def on_can_undo_changed(self, can: bool) -> None:
        self._update_actions()

    def close_compose(self, discard: bool = True) -> None:
        """Close the open draft; ``discard`` an untouched one (not when it is reopened)."""
        if self.compose is not None:
            self.compose.flush()
            self.compose.shutdown()
            if discard:
                self._discard_if_untouched(self.compose.draft_id)
            self.pages.removeWidget(self.compose)
            self.compose.deleteLater()
            self.compose = None

    def _discard_if_untouched(self, draft_id: str) -> None:
        """ "New…" then closing without typing leaves no untitled draft behind."""
        ws = self.ws

        def discarded(gone: bool) -> None:
            if gone and QSettings().value("session/draft") == draft_id:
                QSettings().remove("session/draft")

        # bound to the task runner: it must run even when the window is closing
        Op(self.tasks, lambda: ws.discard_if_untouched(draft_id)).success(discarded).failure(
            self._log_warning
        ).serial(self.tasks)

    def _closing_deleted(self, ids: list[str]) -> None:
        """Drafts about to be deleted for good: an open one is closed first."""
        if self.compose is not None and self.compose.draft_id in ids:
            if self.pages.currentWidget() is self.compose:
                self.pages.setCurrentWidget(self.home)
            self.close_compose()
            QSettings().remove("session/draft")
            self._update_actions()

    def _restore_session(self, purged: list[str] | None = None) -> None:
        settings = QSettings()
        draft_id = settings.value("session/draft")
        if draft_id in (purged or []):
            settings.remove("session/draft")
            return
        if draft_id and settings.value("session/home") == str(self.ws.home):
            scroll = settings.value("session/scroll")
            self.open_draft(
                str(draft_id),
                str(settings.value("session/section") or ""),
                int(scroll) if scroll is not None else None,
            )

    def save(self) -> None:
        if self.compose is not None:
            self.compose._dirty = True
            self.compose.save_now()

    def validate(self) -> None:
        """ "Check": a full check in the background, then the first finding in focus."""
        compose = self.compose
        if compose is None:
            return
        compose.side.setCurrentWidget(compose.findings_panel)

        def focus(findings: list[Finding]) -> None:
            if findings:
                compose.view.focus_path(findings[0].path)

        compose.check_now(focus)

    def undo(self) -> None:
        if self.compose is not None:
            self.compose.undo_stack.undo()

    def redo(self) -> None:
        if self.compose is not None:
            self.compose.undo_stack.redo()

    # -- sign, send, print -----------------------------------------------------
    def sign(self) -> None:
        """Save, check in the background, then open the sign dialog (``sign_dialog_opened``)."""
        compose = self.compose
        if compose is None:
            return
        compose.flush()
        compose.check_now(lambda findings: self._open_sign_dialog(compose, findings))

    def _open_sign_dialog(self, compose: ComposeView, findings: list[Finding]) -> None:
        if compose is not self.compose:
            return  # another draft was opened meanwhile
        dialog = SignDialog(
            self.ws,
            self.tasks,
            compose.draft_id,
            compose.document.copy(),
            findings,
            self,
            responds_to=compose.responding,
        )
        dialog.signed.connect(self.on_signed)
        self.sign_dialog = dialog
        dialog.open()
        self.sign_dialog_opened.emit(dialog)

    def on_signed(self, info: PackageInfo) -> None:
        self.statusBar().showMessage(
            tr("Signed: package {package}").format(package=info.package_id[:16]), 10000
        )
        if self.compose is not None:
            self.compose.signed_bar.reload()
        for warning in info.warnings:
            self.statusBar().showMessage(str(warning), 10000)

    def sync(self, send_now: bool = False) -> None:
        """One sync pass in the background; "send now" first skips the retry waits."""
        if not self.closed:
            self.syncer.sync(send_now)

    def print_summary(self) -> DocumentDialog | None:
        if self.compose is None:
            return None
        printout = summary_for(
            self.ws, self.compose.form, self.compose.document, self.compose.draft_id
        )
        dialog = DocumentDialog(printout, f"summary-{self.compose.draft_id}.pdf", self)
        dialog.open()
        return dialog

    def open_receipt(self, receipt: Receipt) -> DocumentDialog:
        dialog = DocumentDialog(receipt_for(self.ws, receipt), "receipt.pdf", self)
        self.receipt_dialog = dialog
        dialog.open()
        return dialog

    def respond_to_notice(self, notice: Notice) -> None:
        """Open the draft the notice is about, so the response starts from the application."""
        package_id = notice.package_id
        ws = self.ws

        def find() -> str | None:
            for record in ws.packages():
                if record.package_id == package_id and record.draft_id:
                    return str(record.draft_id)
            return None

        def opened(draft_id: str | None) -> None:
            if draft_id:
                self._pending_response = notice
                self.open_draft(draft_id)
            else:
                message = tr("The application of this notice is not here.")
                self.statusBar().showMessage(message, 8000)

        Op(self, find).success(opened).run(self.tasks)

    def open_bulk_import(self) -> BulkImportWizard:
        """The bulk import wizard (spreadsheet → drafts → packages → outbox)."""
        wizard = BulkImportWizard(self.ws, self.tasks, self)
        self.bulk_wizard = wizard
        wizard.open()
        return wizard

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.ws, self.tasks, self)
        dialog.accepted.connect(
            lambda: self.language_change_requested.emit(dialog.chosen_language())
        )
        dialog.open()
        return dialog

    # -- remembered passphrases ---------------------------------------------------
    def lock_keys(self) -> None:
        """ "Lock keys now": forget every passphrase remembered in this session (on the
        store lane, so a signing already asked for runs first and the next one asks)."""
        memory = self.ws.passphrases
        if memory is None:
            return
        Op(self, memory.forget_all).success(
            lambda _n: self.statusBar().showMessage(
                tr("Keys locked: every remembered passphrase is forgotten."), 8000
            )
        ).serial(self.tasks)

    def forget_idle_passphrases(self) -> None:
        memory = self.ws.passphrases
        if memory is not None:
            Op(self, memory.expire_idle).serial(self.tasks)

    # -- lifetime --------------------------------------------------------------
    def retire(self) -> None:
        """Stop timers; results and events that arrive from now on are dropped."""
        if self.closed:
            return
        self.update_watcher.retired = True
        self.syncer.stop()
        self._refresh_timer.stop()
        self._idle_timer.stop()
        for event in EVENTS:
            self.bridge.signal(event).disconnect(self.on_event)
        self.tasks.changed.disconnect(self.on_changes)
        retire(self)
        retire(self.syncer)
        if self.bulk_wizard is not None:
            retire(self.bulk_wizard)  # a batch under way stops (an import rolls back)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.retire()
        draft = (
            self.compose.draft_id
            if self.compose is not None and self.pages.currentWidget() is self.compose
            else None
        )
        self.deleter.finalise()
        if self.compose is not None:
            self.compose.flush()
            self.compose.shutdown()
            self._discard_if_untouched(self.compose.draft_id)
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        if draft is None:
            settings.remove("session/draft")
        self.tasks.wait_idle(30000)
        super().closeEvent(event)


def current_widget(window: MainWindow) -> QWidget | None:
    return window.pages.currentWidget()
