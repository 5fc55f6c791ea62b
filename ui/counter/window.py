"""The counter window: one walk-in filer's session from welcome to handover.

Full screen, large controls. The staff bar (staff's language) holds what the staff does:
start the shift (unlock the counter's key once), Check, sign, finish and hand over, end
the session. Everything else is in the filer's language. The window keeps the filer's
draft in the counter's own data folder; handing over (or the idle timeout, or the next
start after a crash) wipes it with the no-trace deletion (``filingassist.counter``).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from filingassist import counter
from filingassist.app import PackageInfo, Signer, Workspace
from filingassist.counter import CounterConfig
from filingassist.formdefs import FormDef
from filingassist.model.document import ApplicationDocument
from filingassist.model.findings import Finding, Severity
from ui.counter import fieldactions
from ui.counter.formpage import FONT_PT
from ui.counter.pages import (
    FinishPage,
    QuestionPage,
    ReviewPage,
    SignaturePage,
    WelcomePage,
    today,
    wizard_sections,
)
from ui.counter.printout import filer_printout, payment_html, print_out
from ui.counter.shift import ShiftDialog
from ui.errors import show_error, user_message
from ui.i18n import LANGUAGES, N_, direction_of, speaking, tr
from ui.ops import Op, retire
from ui.printouts.receipt import receipt_printout
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)
AUTOSAVE_MS = 500
PRINT_AGAIN = N_(
    "The application is queued for the office. Press “Finish and hand over” to print "
    "again, or “End session” to erase it without a printout."
)
#: Larger text and controls than the desktop: filer and staff read the screen together.
STYLE = f"""
QWidget#counterRoot, QWidget#counterRoot * {{ font-size: {FONT_PT}pt; }}
QWidget#counterRoot QPushButton {{ min-height: 44px; padding: 6px 18px; }}
QWidget#counterRoot QPushButton[big="true"] {{ font-size: 17pt; padding: 12px; }}
QWidget#counterRoot QLineEdit, QWidget#counterRoot QComboBox {{ min-height: 36px; }}
QWidget#counterRoot QCheckBox::indicator {{ width: 26px; height: 26px; }}
QWidget#counterRoot QCheckBox {{ min-height: 36px; spacing: 10px; }}
QWidget#counterRoot QLabel#pageTitle {{ font-size: 20pt; font-weight: bold; }}
QWidget#counterRoot QLabel#choiceTitle {{ font-size: 18pt; font-weight: bold; }}
QWidget#counterRoot QLabel#stepLabel {{ font-size: 15pt; }}
QLabel#plainHelp {{ color: palette(placeholder-text); }}
QFrame#staffBar {{ background: palette(alternate-base); border-bottom: 1px solid palette(mid); }}
"""


class IdleWatch(QObject):
    """Input anywhere in the application restarts the countdown."""

    idle = Signal()

    def __init__(self, seconds: int, parent: QObject) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(seconds * 1000)
        self.timer.timeout.connect(self.idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    INPUT = {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in self.INPUT and self.timer.isActive():
            self.timer.start()
        return False

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class CounterWindow(QMainWindow):
    """The counter: staff bar, the wizard's pages, Back/Next and the step."""

    session_wiped = Signal()
    printed = Signal(object)  # Path of the PDF (print folder) or None (printer)
    signed = Signal(object)  # PackageInfo

    def __init__(
        self, ws: Workspace, tasks: TaskRunner, config: CounterConfig, staff_lang: str
    ) -> None:
        super().__init__()
        self.ws, self.tasks, self.config = ws, tasks, config
        self.staff_lang = staff_lang
        self.filer_lang = staff_lang
        self.staff_name = ""
        self.signer: Signer | None = None
        self.draft_id: str | None = None
        self.doc: ApplicationDocument | None = None
        self.form: FormDef | None = None
        self.pages: list[QWidget] = []
        self.index = -1
        self.package: PackageInfo | None = None
        #: A signing asked for and not yet answered: Sign stays off meanwhile, whatever the
        #: signature page says, so one press (or a name edited while the key signs) makes
        #: one package, never two.
        self.signing = False
        self.findings: list[Finding] = []
        self.last_printout: Path | None = None
        #: Where "Print" goes without a print folder; None: the system's default printer.
        self.printer: QPrinter | None = None
        self.warning: QMessageBox | None = None
        self.shift_dialog: ShiftDialog | None = None
        self._receipt_lang: dict[str, str] = {}
        #: Owner of the current session's operations (start, autosave, checks, attachments,
        #: signing, queueing): retired when the session ends, so a result that arrives after
        #: the handover's wipe (End session or the idle timeout while signing, say) is
        #: dropped by the operation helper instead of reaching the next filer's screen.
        self.session = QObject(self)
        self.setWindowTitle(tr("Filing Assistant — office counter"))
        root = QWidget()
        root.setObjectName("counterRoot")
        root.setStyleSheet(STYLE)
        self.setCentralWidget(root)
        outer = QVBoxLayout(root)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._staff_bar())
        self.stack = QStackedWidget()
        body = QVBoxLayout()
        body.setContentsMargins(24, 12, 24, 12)
        body.addWidget(self.stack, 1)
        body.addLayout(self._nav_bar())
        outer.addLayout(body, 1)
        self.welcome: WelcomePage | None = None
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(AUTOSAVE_MS)
        self._save_timer.timeout.connect(self.save_now)
        self.idle = IdleWatch(config.idle_timeout - config.idle_warning, self)
        self.idle.idle.connect(self.warn_idle)
        self._wipe_timer = QTimer(self)
        self._wipe_timer.setSingleShot(True)
        self._wipe_timer.setInterval(config.idle_warning * 1000)
        self._wipe_timer.timeout.connect(self.idle_expired)
        self.show_welcome()
        self.recover()

    # -- chrome ------------------------------------------------------------------
    def _staff_bar(self) -> QWidget:
        from PySide6.QtWidgets import QFrame

        bar = QFrame()
        bar.setObjectName("staffBar")
        row = QHBoxLayout(bar)
        office = self.config.office_name or tr("Office counter")
        self.office_label = QLabel(office)
        self.office_label.setObjectName("counterOffice")
        self.staff_label = QLabel(tr("No shift started"))
        self.staff_label.setObjectName("staffName")
        self.shift_button = QPushButton(tr("Start shift…"))
        self.shift_button.setObjectName("startShift")
        self.shift_button.clicked.connect(self.start_shift)
        self.check_button = QPushButton(tr("Check"))
        self.check_button.setObjectName("counterCheck")
        self.check_button.clicked.connect(self.check_page)
        self.sign_button = QPushButton(tr("Sign for the office"))
        self.sign_button.setObjectName("counterSign")
        self.sign_button.clicked.connect(self.sign)
        self.finish_button = QPushButton(tr("Finish and hand over"))
        self.finish_button.setObjectName("finishHandover")
        self.finish_button.clicked.connect(self.finish)
        self.end_button = QPushButton(tr("End session"))
        self.end_button.setObjectName("endSession")
        self.end_button.clicked.connect(self.confirm_end_session)
        row.addWidget(self.office_label)
        row.addWidget(self.staff_label, 1)
        for button in (
            self.check_button,
            self.sign_button,
            self.finish_button,
            self.end_button,
            self.shift_button,
        ):
            row.addWidget(button)
        return bar

    def _nav_bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.back = QPushButton()
        self.back.setObjectName("counterBack")
        self.back.clicked.connect(self.go_back)
        self.step = QLabel()
        self.step.setObjectName("stepLabel")
        self.step.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next = QPushButton()
        self.next.setObjectName("counterNext")
        self.next.clicked.connect(self.go_next)
        row.addWidget(self.back)
        row.addWidget(self.step, 1)
        row.addWidget(self.next)
        return row

    def _update_chrome(self) -> None:
        page = self.current_page()
        in_session = self.draft_id is not None
        self.check_button.setVisible(isinstance(page, QuestionPage))
        self.sign_button.setVisible(isinstance(page, SignaturePage))
        self.sign_button.setEnabled(
            isinstance(page, SignaturePage)
            and page.ready()
            and self.signer is not None
            and not self.signing
        )
        self.finish_button.setVisible(isinstance(page, FinishPage))
        self.end_button.setVisible(in_session)
        with speaking(self.filer_lang):
            self.back.setText(tr("Back"))
            self.next.setText(
                tr("Continue anyway")
                if isinstance(page, QuestionPage) and page.warned
                else tr("Next")
            )
            total = len(self.pages)
            self.step.setText(
                tr("Step {n} of {total}").format(n=self.index + 1, total=total) if total else ""
            )
        for widget in (self.back, self.next, self.step):
            widget.setLayoutDirection(direction_of(self.filer_lang))
        self.back.setVisible(in_session and self.index >= 0 and self.package is None)
        self.next.setVisible(
            in_session and self.index >= 0 and not isinstance(page, (SignaturePage, FinishPage))
        )
        self.step.setVisible(in_session)

    def current_page(self) -> QWidget | None:
        return self.pages[self.index] if 0 <= self.index < len(self.pages) else None

    # -- shift -------------------------------------------------------------------
    def start_shift(self) -> ShiftDialog:
        """The staff names themselves and unlocks the counter's key, once per shift."""
        if self.signer is not None:
            self.end_shift()
        dialog = ShiftDialog(self.ws, self.tasks, self.config.key, self)
        dialog.unlocked.connect(self.on_shift_started)
        self.shift_dialog = dialog
        dialog.open()
        return dialog

    def on_shift_started(self, staff: str, signer: Signer) -> None:
        self.staff_name, self.signer = staff, signer
        self.staff_label.setText(tr("Staff: {name}").format(name=staff))
        self.shift_button.setText(tr("End shift"))
        self._update_chrome()

    def end_shift(self) -> None:
        self.signer, self.staff_name = None, ""
        self.staff_label.setText(tr("No shift started"))
        self.shift_button.setText(tr("Start shift…"))
        self._update_chrome()

    # -- welcome and session -----------------------------------------------------
    def show_welcome(self, note: str = "") -> None:
        self._clear_pages()
        self.welcome = WelcomePage(self.filer_lang, note)
        self.welcome.language_chosen.connect(self.choose_language)
        self.welcome.kind_chosen.connect(self.start_session)
        self.stack.addWidget(self.welcome)
        self.stack.setCurrentWidget(self.welcome)
        self._update_chrome()

    def choose_language(self, lang: str) -> None:
        """The filer's language; the staff's stays as it is."""
        self.filer_lang = lang if lang in LANGUAGES else "en"
        self.show_welcome()

    def recover(self) -> None:
        """A previous session (a crash, a kill) is handed over and wiped, never reopened."""
        ws, office = self.ws, self.config.office
        Op(self, lambda: counter.handover(ws, office)).success(self._recovered).failure(
            self._recover_failed
        ).serial(self.tasks)

    def _recovered(self, done: counter.Handover) -> None:
        if done.wiped:
            log.info(
                "counter: a previous session was wiped (%d package(s) queued)", len(done.queued)
            )

    def _recover_failed(self, exc: BaseException) -> None:
        show_error(self, tr("A previous session could not be handed over"), exc)

    def start_session(self, kind: str) -> None:
        if self.welcome is not None:
            self.welcome.setEnabled(False)  # one session per click, however fast the clicks
        ws = self.ws
        Op(self.session, lambda: self._new(ws, kind)).success(self._session_ready).serial(
            self.tasks
        )

    @staticmethod
    def _new(ws: Workspace, kind: str) -> tuple[str, ApplicationDocument]:
        info = ws.new_draft(kind)
        return info.id, ws.load(info.id)

    def _session_ready(self, made: tuple[str, ApplicationDocument]) -> None:
        self.draft_id, self.doc = made
        self.form = self.ws.form(self.doc)
        self.package = None
        self.signing = False
        self.idle.timer.start()
        self._clear_pages()
        for section in wizard_sections(self.form):
            page = QuestionPage(self.filer_lang, self.form, self.doc, section)
            fieldactions.connect(self, self.session, self.ws, self.tasks, page.view)
            page.view.edited.connect(self._edited)
            page.view.structure_changed.connect(self._edited)
            self._add_page(page)
        # review, signature and finish are made when reached (they show the latest data)
        for _ in range(3):
            self._add_page(QWidget())
        self.show_page(0)

    def _add_page(self, page: QWidget) -> None:
        self.pages.append(page)
        self.stack.addWidget(page)

    def _clear_pages(self) -> None:
        while self.stack.count():
            widget = self.stack.widget(0)
            assert widget is not None
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.pages, self.index = [], -1

    def show_page(self, index: int) -> None:
        self.index = index
        page = self.pages[index]
        if self.stack.indexOf(page) < 0:
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self._update_chrome()

    def _replace_page(self, index: int, page: QWidget) -> None:
        old = self.pages[index]
        self.pages[index] = page
        if self.stack.indexOf(old) >= 0:
            self.stack.removeWidget(old)
        old.deleteLater()
        self.stack.addWidget(page)

    # -- editing, checking, navigation ----------------------------------------------
    def _edited(self, path: str) -> None:
        page = self.current_page()
        if isinstance(page, QuestionPage):
            page.view.touched.add(path)
        self._save_timer.start()

    def save_now(self) -> None:
        self._save_timer.stop()
        if self.doc is None or self.draft_id is None:
            return
        doc, draft_id, ws = self.doc.copy(), self.draft_id, self.ws
        Op(self.session, lambda: ws.save(draft_id, doc, "counter")).serial(self.tasks)

    def check_page(self, then: Any = None, reveal: bool = True) -> None:
        """Check the whole application; show the current page's findings."""
        if self.doc is None:
            return
        doc, ws = self.doc.copy(), self.ws
        page = self.current_page()

        def show(findings: list[Finding]) -> None:
            if page is not None and page not in self.pages:
                return  # the page was replaced meanwhile
            self.findings = findings
            shown = page.show_findings(findings, reveal) if isinstance(page, QuestionPage) else []
            if then is not None:
                then(shown)

        Op(self.session, lambda: ws.validate(doc)).success(show).run(self.tasks)

    def go_next(self) -> None:
        page = self.current_page()
        if isinstance(page, QuestionPage):
            self.save_now()
            if page.warned:
                self._advance()
                return

            def decide(shown: list[Finding]) -> None:
                if self.current_page() is not page:
                    return  # Next was pressed again meanwhile: the first check moved on
                if any(f.severity is Severity.ERROR for f in shown):
                    page.warned = True  # a second Next goes on: the review lists what is left
                    self._update_chrome()
                else:
                    self._advance()

            self.check_page(decide)
            return
        self._advance()

    def _advance(self) -> None:
        target = self.index + 1
        if target >= len(self.pages) or self.form is None or self.doc is None:
            return
        if target == len(self.pages) - 3:
            quote = self.ws.fees(self.doc)
            review = ReviewPage(
                self.filer_lang,
                self.staff_lang,
                self.form,
                self.doc,
                quote.as_dict() if quote else None,
            )
            self._replace_page(target, review)
        elif target == len(self.pages) - 2:
            signature = SignaturePage(self.filer_lang, self.form, self.doc)
            signature.changed.connect(self._update_chrome)
            self._replace_page(target, signature)
        self.show_page(target)

    def go_back(self) -> None:
        if self.index > 0 and self.package is None:
            self.show_page(self.index - 1)

    # -- signing -----------------------------------------------------------------------
    def sign(self) -> None:
        """The filer's text-string signature into the application; the counter's key signs
        the package, the manifest names the member of staff who witnessed it."""
        page = self.current_page()
        if not isinstance(page, SignaturePage) or self.doc is None or self.draft_id is None:
            return
        if self.signer is None:
            self.start_shift()
            return
        if self.signing:
            return
        self.signing = True
        self.sign_button.setEnabled(False)
        # Signed once what is already on the serial lane (a file still being stored) is
        # back in the document: the package holds what the filer saw, and that file's
        # arrival does not save a newer revision that leaves the package behind.
        Op(self.session, lambda: None).success(lambda _: self._sign_now(page)).serial(self.tasks)

    def _sign_now(self, page: SignaturePage) -> None:
        if page is not self.current_page() or self.doc is None or self.draft_id is None:
            self.signing = False
            return
        if self.signer is None:
            self.signing = False
            self._update_chrome()
            return
        counter.sign_as_filer(self.doc.data, page.typed_name(), today())
        capacity = page.capacity.currentData()
        if capacity:
            self.doc.data["signature"]["capacity"] = capacity
        witnessed = counter.attestation(self.doc.data, self.staff_name, self.config.office_name)
        doc, draft_id, ws, signer = self.doc.copy(), self.draft_id, self.ws, self.signer

        def work() -> PackageInfo:
            ws.save(draft_id, doc, "signed at the counter")
            return ws.pack(draft_id, signer, attestation=witnessed)

        Op(self.session, work).success(self._signed).failure(self._sign_failed).serial(self.tasks)

    def _signed(self, info: PackageInfo) -> None:
        self.signing = False
        self.package = info
        assert self.doc is not None
        quote = self.ws.fees(self.doc)
        with speaking(self.filer_lang):
            fees = payment_html(quote.as_dict() if quote else None, self.config, self.filer_lang)
        self._replace_page(len(self.pages) - 1, FinishPage(self.filer_lang, fees, info.package_id))
        self.show_page(len(self.pages) - 1)
        self.signed.emit(info)

    def _sign_failed(self, exc: BaseException) -> None:
        self.signing = False
        page = self.current_page()
        if isinstance(page, SignaturePage):
            with speaking(self.filer_lang):
                page.status.setText(tr("Not signed: {reason}").format(reason=user_message(exc)))
        self._update_chrome()
        show_error(self, tr("The application could not be signed"), exc)

    # -- handover ------------------------------------------------------------------------
    def finish(self) -> None:
        """Queue the signed package to the counter's office, print the filer's summary,
        then wipe the session."""
        if self.package is None or self.draft_id is None:
            return
        self.finish_button.setEnabled(False)
        package_id, ws, office = self.package.package_id, self.ws, self.config.office
        Op(self.session, lambda: ws.queue(package_id, office)).success(
            lambda _item: self._print_then_wipe()
        ).failure(self._finish_failed).serial(self.tasks)

    def _print_then_wipe(self) -> None:
        assert self.form is not None and self.doc is not None and self.draft_id is not None
        signed = self.ws.signed_package(self.draft_id)
        assert signed is not None  # signed from the current revision, nothing edited since
        quote = self.ws.fees(self.doc)
        printout = filer_printout(
            self.form,
            self.doc,
            signed,
            quote.as_dict() if quote else None,
            self.config,
            self.filer_lang,
        )
        try:
            name = f"summary-{signed.package_id[:16]}"
            self.last_printout = print_out(
                printout, self.config, name, self.filer_lang, self.printer
            )
        except Exception as exc:  # queued; the filer must not leave without the paper
            log.exception("counter printout")
            box = show_error(self, tr("The summary could not be printed"), exc)
            box.setInformativeText(tr(PRINT_AGAIN))
            self.finish_button.setEnabled(True)  # queueing again is a no-op, then print
            return
        self.printed.emit(self.last_printout)
        self._receipt_lang[signed.package_id] = self.filer_lang
        self.wipe(N_("Thank you. Your application is on its way to the office."))
        self.sync_for_receipt()

    def _finish_failed(self, exc: BaseException) -> None:
        self.finish_button.setEnabled(True)
        show_error(self, tr("The application could not be queued"), exc)

    def wipe(self, note: str = "") -> None:
        """Hand the session over (its signed package, if any, is queued) and erase it;
        ``note`` (an English message id) is shown on the welcome page in the filer's
        language."""
        self._save_timer.stop()
        self.idle.timer.stop()
        self._wipe_timer.stop()
        self._end_session_ops()
        ws, office = self.ws, self.config.office
        self.draft_id, self.doc, self.package, self.findings = None, None, None, []
        lang = self.filer_lang
        self.filer_lang = self.staff_lang
        with speaking(lang):
            shown = tr(note) if note else ""
        self.show_welcome(shown)
        Op(self, lambda: counter.handover(ws, office)).success(
            lambda _done: self.session_wiped.emit()
        ).failure(self._recover_failed).serial(self.tasks)

    def _end_session_ops(self) -> None:
        """Drop whatever the ended session's operations still return; the next session's
        operations belong to a new owner. (Their work still runs: the serial lane puts the
        handover after it, so a package signed meanwhile is queued, then wiped.)"""
        retire(self.session)
        self.session.deleteLater()
        self.session = QObject(self)

    def confirm_end_session(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("End session"),
            tr("Erase this filer's application from the counter now?"),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmEndSession")
        erase = box.addButton(tr("Erase"), QMessageBox.ButtonRole.DestructiveRole)
        box.finished.connect(lambda _r: self.wipe() if box.clickedButton() is erase else None)
        box.open()

    # -- receipts --------------------------------------------------------------------------
    def sync_for_receipt(self) -> None:
        """Send now; a receipt that arrives is printed for the filer (their language)."""
        if not self.ws.offices():
            return
        ws, office = self.ws, self.config.office
        Op(self, lambda: ws.sync_once(office, wait=5)).success(self._synced).failure(
            lambda exc: log.info("counter sync: %s", exc)
        ).run(self.tasks)

    def _synced(self, result: Any) -> None:
        for package_id in result.receipted:
            lang = self._receipt_lang.pop(package_id, self.staff_lang)
            with speaking(lang):
                printout = receipt_printout(self.ws.receipt_details(package_id))
            try:
                print_out(printout, self.config, f"receipt-{package_id[:16]}", lang, self.printer)
            except Exception:
                log.exception("counter receipt printout")

    # -- idle ----------------------------------------------------------------------------
    def warn_idle(self) -> None:
        """No input for a while: ask, then wipe after the warning period."""
        if self.draft_id is None:
            return
        with speaking(self.filer_lang):
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                tr("Are you still there?"),
                tr(
                    "This application will be erased in {n} seconds unless you touch the "
                    "screen or press a key."
                ).format(n=self.config.idle_warning),
                QMessageBox.StandardButton.NoButton,
                self,
            )
            stay = box.addButton(tr("I am still here"), QMessageBox.ButtonRole.AcceptRole)
        box.setObjectName("idleWarning")
        box.setLayoutDirection(direction_of(self.filer_lang))
        stay.clicked.connect(self._still_here)
        self.warning = box
        self._wipe_timer.start()
        box.open()

    def _still_here(self) -> None:
        self._wipe_timer.stop()
        self.warning = None
        self.idle.timer.start()

    def idle_expired(self) -> None:
        if self.warning is not None:
            self.warning.close()
            self.warning = None
        signed = self.package is not None
        self.wipe(N_("The previous session was closed after a long pause."))
        if signed:
            log.info("counter: idle session had a signed package; it was queued")

    # -- lifetime ------------------------------------------------------------------------
    def retire(self) -> None:
        self.idle.stop()
        self._save_timer.stop()
        self._wipe_timer.stop()
        retire(self.session)
        retire(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Closing (end of the day, shut-down) hands the session over now, not at the
        next start: the machine is left with nothing of the last filer."""
        in_session = self.draft_id is not None
        self.retire()
        self.tasks.wait_idle()
        if in_session:
            try:
                counter.handover(self.ws, self.config.office)
            except Exception:  # e.g. no office pinned: the next start tries again
                log.exception("counter: handover at close")
        super().closeEvent(event)


def counter_mode_wanted(asked: bool, config: CounterConfig) -> bool:
    """``--counter``, or the administrator's configuration. Unless the administrator locked
    it, a machine's own setting (``counter/enabled``) may switch the configured mode."""
    from PySide6.QtCore import QSettings

    if asked or config.locked:
        return asked or config.enabled
    own = QSettings().value("counter/enabled")
    return config.enabled if own is None else str(own).lower() in ("true", "1")


def run_counter(app: QApplication, config: CounterConfig) -> int:
    """Counter mode's event loop: its own data folder, full screen."""
    from PySide6.QtCore import QSettings

    from ui.i18n import install_language, system_language

    staff = install_language(app, str(QSettings().value("language") or system_language()))
    ws = Workspace.open(counter.home())
    tasks = TaskRunner(app, ws.tracked)
    window = CounterWindow(ws, tasks, config, staff)
    window.showFullScreen()
    from ui.app import EXIT_WHEN_IDLE_ENV

    if os.environ.get(EXIT_WHEN_IDLE_ENV):  # start-up timing and the smoke test
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    window.close()  # hands a session still open over (closeEvent), then retires
    window.deleteLater()
    tasks.wait_idle()
    ws.close()
    return int(code)
