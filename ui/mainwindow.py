"""The main window: Home and Compose pages, actions with shortcuts, status bar, notifications."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
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

from filingassist.app import Workspace
from filingassist.errors import FilingError
from ui.bridge import EventBridge
from ui.compose import ComposeView
from ui.dialogs.about import AboutDialog
from ui.dialogs.receipt import DocumentDialog
from ui.dialogs.settings import SettingsDialog
from ui.dialogs.sign import SignDialog
from ui.errors import show_error, user_message
from ui.home import HomeView
from ui.i18n import isolate, tr
from ui.printing import receipt_html, summary_html
from ui.refsource import valid_as_of, warm_term_list
from ui.tasks import TaskRunner
from ui.updatecheck import UpdateWatcher

log = logging.getLogger(__name__)
SYNC_INTERVAL_MS = 30_000
NATIVE = QKeySequence.SequenceFormat.NativeText


class MainWindow(QMainWindow):
    draft_opened = Signal(str)
    language_change_requested = Signal(str)

    def __init__(
        self, ws: Workspace, tasks: TaskRunner, bridge: EventBridge, restore_session: bool = True
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.ws, self.tasks, self.bridge = ws, tasks, bridge
        self.compose: ComposeView | None = None
        self.tray: QSystemTrayIcon | None = None
        self.connectivity = "offline"
        self._syncing = False
        self.closed = False
        self._pending_response: dict[str, Any] | None = None
        self.last_notification = ""
        self.receipt_dialog: DocumentDialog | None = None
        self.error_box: QMessageBox | None = None
        self.setWindowTitle(tr("Filing Assistant"))
        self.resize(1280, 820)
        self.pages = QStackedWidget()
        self.home = HomeView()
        self.pages.addWidget(self.home)
        self.setCentralWidget(self.pages)
        self._build_actions()
        self._build_status()
        self._connect()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(200)
        self._refresh_timer.timeout.connect(self.refresh_home)
        self._sync_timer = QTimer(self)
        self._sync_timer.setInterval(SYNC_INTERVAL_MS)
        self._sync_timer.timeout.connect(lambda: self.sync(send_now=False))
        if hasattr(ws, "sync_once"):
            self._sync_timer.start()
        geometry = QSettings().value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self._fit_to_screen()
        self.refresh_home()
        self._run(valid_as_of, self._show_valid_as_of)
        self._run(warm_term_list, None, lambda exc: log.warning("term list: %s", exc))
        if restore_session:
            self._restore_session()
        self._update_actions()

    # -- background work -------------------------------------------------------
    def _guard(self, callback: Callable[[Any], None] | None) -> Callable[[Any], None] | None:
        """The callback, unless the window has been closed by the time the result arrives."""
        if callback is None:
            return None

        def call(value: Any) -> None:
            if not self.closed:
                callback(value)

        return call

    def _run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Read in the background; a closed window ignores the result or the error."""
        self.tasks.run(fn, self._guard(on_done), self._guard(on_error or self.show_error))

    def _write(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Write on the serial lane; a closed window ignores the result or the error."""
        self.tasks.write(fn, self._guard(on_done), self._guard(on_error or self.show_error))

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
    def _action(self, text: str, slot: Any, shortcut: Any = None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text} ({QKeySequence(shortcut).toString(NATIVE)})")
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
        self.act_settings = a(
            tr("Settings…"), self.open_settings, QKeySequence.StandardKey.Preferences, "settings"
        )
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
        for act in (self.act_validate, self.act_sign, self.act_send):
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
        """offline / reachable / sending."""
        self.connectivity = state
        text = {
            "offline": "● " + tr("Offline"),
            "reachable": "● " + tr("Office reachable"),
            "sending": "● " + tr("Sending…"),
        }[state]
        color = {"offline": "#9e9e9e", "reachable": "#2e7d32", "sending": "#1565c0"}[state]
        self.conn_label.setText(f"<span style='color:{color}'>{text}</span>")
        self.conn_label.setAccessibleName(text)
        self.update_watcher.connectivity_changed(state)

    def _show_valid_as_of(self, date: Any) -> None:
        self.refdata_label.setText(
            tr("Reference data valid as of {date}").format(date=isolate(date.isoformat()))
            if date
            else tr("Reference data: not available")
        )

    def _connect(self) -> None:
        d = self.home.drafts
        d.open_requested.connect(self.open_draft)
        d.new_requested.connect(
            lambda kind: self.new_from_basic_mark() if kind == "basic" else self.new_draft(kind)
        )
        d.filters_changed.connect(self.refresh_home)
        self.home.outbox.send_now_requested.connect(lambda: self.sync(send_now=True))
        self.home.receipts.open_requested.connect(self.open_receipt)
        self.home.notices.respond_requested.connect(self.respond_to_notice)
        self.home.drafts.from_basic.setVisible(hasattr(self.ws, "new_from_basic_mark"))
        self.bridge.draft_saved.connect(self.on_draft_saved)
        self.bridge.draft_status_changed.connect(self.on_draft_saved)
        self.bridge.outbox_changed.connect(self.on_outbox_changed)
        self.bridge.sync_progress.connect(self.on_sync_progress)
        self.bridge.receipt_received.connect(self.on_receipt_received)
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
        self.act_sign.setEnabled(composing and hasattr(self.ws, "pack"))
        self.act_send.setEnabled(hasattr(self.ws, "sync_once"))

    def show_error(self, exc: BaseException) -> None:
        """A background task failed: say what happened in the user's language."""
        if self.closed:
            return
        self.error_box = show_error(self, tr("Filing Assistant"), exc)

    # -- home ------------------------------------------------------------------
    def show_home(self) -> None:
        if self.compose is not None:
            self.compose.save_now()
        self.pages.setCurrentWidget(self.home)
        QSettings().remove("session/draft")
        self.refresh_home()
        self._update_actions()

    def refresh_home(self) -> None:
        if self.closed:
            return
        d = self.home.drafts
        kind, search = d.kind.currentData(), d.search.text().strip() or None
        self._run(lambda: self.ws.drafts(kind=kind, search=search, limit=500), d.show_rows)
        self.on_outbox_changed({})
        for name, view in (("receipts", self.home.receipts), ("notices", self.home.notices)):
            getter = getattr(self.ws, name, None)
            if getter is not None:
                self._run(getter, view.show_items, lambda exc: log.warning("%s", exc))

    def on_draft_saved(self, payload: dict[str, Any]) -> None:
        if self.closed:
            return
        self._refresh_timer.start()

    def on_outbox_changed(self, payload: dict[str, Any]) -> None:
        if self.closed:
            return
        getter = getattr(self.ws, "outbox", None)
        if getter is not None:
            self._run(getter, self.home.outbox.show_items, lambda exc: log.warning("%s", exc))

    def on_sync_progress(self, payload: dict[str, Any]) -> None:
        self.set_connectivity("sending")
        self.home.outbox.on_sync_progress(payload)

    def on_receipt_received(self, payload: dict[str, Any]) -> None:
        self.last_notification = str(payload.get("package_id", ""))
        self.notify(
            tr("Receipt received"),
            tr("The office has receipted package {package}.").format(
                package=str(payload.get("package_id", ""))[:16]
            ),
        )
        self.refresh_home()

    def notify(self, title: str, message: str) -> None:
        """A desktop notification when the system has a tray; the status bar otherwise."""
        self.statusBar().showMessage(f"{title}: {message}", 15000)
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                self.tray = QSystemTrayIcon(self.windowIcon(), self)
                self.tray.show()
            self.tray.showMessage(title, message)

    # -- drafts ----------------------------------------------------------------
    def new_draft(self, kind: str) -> None:
        self._write(lambda: self.ws.new_draft(kind), lambda info: self.open_draft(info.id))

    def new_from_basic_mark(self) -> None:
        maker = getattr(self.ws, "new_from_basic_mark", None)
        if maker is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, tr("Choose the basic mark record"))
        if path:
            self._write(lambda: maker(Path(path)), lambda info: self.open_draft(info.id))

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Import an application"), "", tr("Application documents (*.json)")
        )
        if path:
            self._write(
                lambda: self.ws.import_file(Path(path)), lambda info: self.open_draft(info.id)
            )

    def open_draft(
        self, draft_id: str, section: str | None = None, scroll: int | None = None
    ) -> None:
        """Load in the background, then show the form."""
        self._run(
            lambda: self.ws.load(draft_id),
            lambda doc: self._show_compose(draft_id, doc, section, scroll),
            self._open_failed,
        )

    def _open_failed(self, exc: BaseException) -> None:
        QSettings().remove("session/draft")
        self.show_error(exc)

    def _show_compose(
        self, draft_id: str, doc: Any, section: str | None, scroll: int | None
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
        self.pages.addWidget(self.compose)
        self.pages.setCurrentWidget(self.compose)
        self.compose.restore_place(section, scroll)
        self.compose.remember_place()
        self.compose.describe_attachments()
        self.compose.undo_stack.canUndoChanged.connect(self.on_can_undo_changed)
        if self._pending_response is not None:
            self.compose.set_responding(self._pending_response)
            self._pending_response = None
        self._update_actions()
        self.draft_opened.emit(draft_id)

    def on_draft_saved_here(self, draft_id: str, revision: int) -> None:
        self._update_actions()

    def on_can_undo_changed(self, can: bool) -> None:
        self._update_actions()

    def close_compose(self) -> None:
        if self.compose is not None:
            self.compose.flush()
            self.compose.shutdown()
            self.pages.removeWidget(self.compose)
            self.compose.deleteLater()
            self.compose = None

    def _restore_session(self) -> None:
        settings = QSettings()
        draft_id = settings.value("session/draft")
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
        if self.compose is not None:
            findings = self.compose.validate_now()
            self.compose.side.setCurrentWidget(self.compose.findings_panel)
            if findings:
                self.compose.view.focus_path(findings[0].path)

    def undo(self) -> None:
        if self.compose is not None:
            self.compose.undo_stack.undo()

    def redo(self) -> None:
        if self.compose is not None:
            self.compose.undo_stack.redo()

    # -- sign, send, print -----------------------------------------------------
    def sign(self) -> SignDialog | None:
        if self.compose is None:
            return None
        self.compose.flush()
        findings = self.compose.validate_now()
        dialog = SignDialog(
            self.ws,
            self.tasks,
            self.compose.draft_id,
            self.compose.document.copy(),
            findings,
            self,
            responds_to=self.compose.responding,
        )
        dialog.signed.connect(self.on_signed)
        dialog.open()
        return dialog

    def on_signed(self, info: Any) -> None:
        self.statusBar().showMessage(
            tr("Signed: package {package}").format(
                package=str(getattr(info, "package_id", ""))[:16]
            ),
            10000,
        )
        for warning in getattr(info, "warnings", []) or []:
            self.statusBar().showMessage(str(warning), 10000)
        self.on_outbox_changed({})
        self.refresh_home()

    def sync(self, send_now: bool = False) -> None:
        """One sync pass in the background; "send now" first skips the retry waits."""
        if self._syncing or self.closed:
            return
        ws = self.ws

        def work() -> Any:
            if not ws.offices():
                return None
            if send_now:
                ws.send_now()
            return ws.sync_once()

        self._syncing = True
        if send_now:
            self.set_connectivity("sending")
        self._run(work, self._synced, self._sync_failed)

    def _synced(self, result: Any) -> None:
        self._syncing = False
        if result is None:
            self.set_connectivity("offline")
            self.conn_label.setToolTip(tr("No office is set up: add one in Settings."))
            return
        errors = getattr(result, "errors", {}) or {}
        self.set_connectivity("offline" if errors and not result.changed else "reachable")
        self.conn_label.setToolTip("; ".join(str(e) for e in errors.values()))
        for package_id in getattr(result, "receipted", []) or []:
            self.on_receipt_received({"package_id": package_id})
        self.on_outbox_changed({})
        self.refresh_home()

    def _sync_failed(self, exc: BaseException) -> None:
        self._syncing = False
        self.conn_label.setToolTip(user_message(exc))
        self.set_connectivity("offline")
        if not isinstance(exc, FilingError):
            log.warning("sync failed: %s", exc)
        self.on_outbox_changed({})

    def print_summary(self) -> DocumentDialog | None:
        if self.compose is None:
            return None
        form = self.compose.form
        body = summary_html(form, self.compose.document, self.compose.draft_id)
        dialog = DocumentDialog(
            tr("Application summary"), body, f"summary-{self.compose.draft_id}.pdf", self
        )
        dialog.open()
        return dialog

    def open_receipt(self, receipt: Any) -> DocumentDialog:
        dialog = DocumentDialog(tr("Filing receipt"), receipt_html(receipt), "receipt.pdf", self)
        self.receipt_dialog = dialog
        dialog.open()
        return dialog

    def respond_to_notice(self, notice: Any) -> None:
        """Open the draft the notice is about, so the response starts from the application."""
        package_id = notice.get("package_id") if isinstance(notice, dict) else None

        def find() -> str | None:
            for record in self.ws.packages():
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

        self._run(find, opened)

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.ws, self.tasks, self)
        dialog.accepted.connect(
            lambda: self.language_change_requested.emit(dialog.chosen_language())
        )
        dialog.open()
        return dialog

    # -- lifetime --------------------------------------------------------------
    def retire(self) -> None:
        """Stop timers; results and events that arrive from now on are ignored."""
        self.closed = True
        self.update_watcher.retired = True
        self._sync_timer.stop()
        self._refresh_timer.stop()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.retire()
        draft = (
            self.compose.draft_id
            if self.compose is not None and self.pages.currentWidget() is self.compose
            else None
        )
        if self.compose is not None:
            self.compose.flush()
            self.compose.shutdown()
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        if draft is None:
            settings.remove("session/draft")
        self.tasks.wait_idle(30000)
        super().closeEvent(event)


def current_widget(window: MainWindow) -> QWidget | None:
    return window.pages.currentWidget()
