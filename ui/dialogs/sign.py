"""The sign dialog: what will be signed (summary, files, fees, warnings), key and passphrase.

The fee quote, the key list and signing run as operations (``ui.ops``) bound to the
dialog: it opens at once, stays responsive, and a result that arrives after it was closed
is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from filingassist.app import KeyInfo, Notice, OfficeRecord, PackageInfo, Quote, Workspace
from filingassist.errors import AlreadyQueued, WrongPassphrase
from filingassist.model.document import ApplicationDocument
from filingassist.model.findings import Finding, Severity
from filingassist.model.walk import title_of
from ui.dialogs.fit import fit_to_screen
from ui.dialogs.newkey import NewKeyDialog
from ui.dialogs.passphrase import RememberedPassphrase
from ui.errors import details, show_error, user_message
from ui.fees import stale_text, table_text
from ui.findings import where_text
from ui.formview.renderer import finding_details, finding_text
from ui.formview.widgets import human_size
from ui.i18n import isolate, tr
from ui.ops import Op
from ui.refsource import money
from ui.tasks import TaskRunner


def destination_code(ws: Workspace, doc: ApplicationDocument) -> str:
    """The code of the office the application is filed with (its ``receiving_office``)."""
    field = ws.form(doc).role_field("receiving_office")
    return str((doc.get(field.path) if field is not None else "") or "").strip().upper()


def _receiving(ws: Workspace, doc: ApplicationDocument) -> tuple[str, list[OfficeRecord], bool]:
    """(office code named, offices here that receive it, whether any office is set up)."""
    code, offices = destination_code(ws, doc), ws.offices()
    receiving = [o for o in offices if code and code in o.receives_for(doc.kind)]
    return code, receiving, bool(offices)


class SignDialog(QDialog):
    signed = Signal(object)  # PackageInfo

    def __init__(
        self,
        ws: Workspace,
        tasks: TaskRunner,
        draft_id: str,
        doc: ApplicationDocument,
        findings: list[Finding],
        parent: QWidget | None = None,
        responds_to: Notice | None = None,
    ) -> None:
        super().__init__(parent)
        self.responds_to = responds_to
        self.setObjectName("signDialog")
        self.setWindowTitle(tr("Sign the application"))
        self.ws, self.tasks, self.draft_id, self.doc = ws, tasks, draft_id, doc
        self.result_info: PackageInfo | None = None
        form = ws.form(doc)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{tr(form.title)}</h2>"))
        info = QFormLayout()
        info.addRow(tr("Title:"), QLabel(title_of(form, doc.data) or tr("(untitled)")))
        names = ", ".join(
            str(a.get("name", "")) for a in doc.get("applicants") or [] if isinstance(a, dict)
        )
        info.addRow(tr("Applicants:"), QLabel(names))
        self.fees = QLabel(tr("Working…"))
        self.fees.setObjectName("signFees")
        info.addRow(tr("Fees:"), self.fees)
        #: Names of the fee tables past their review date: signing asks before going on.
        self.stale_tables: list[str] = []
        self.stale_warning = QLabel()
        self.stale_warning.setObjectName("signStaleFees")
        self.stale_warning.setWordWrap(True)
        self.stale_warning.hide()
        info.addRow("", self.stale_warning)
        # a quote problem is shown, it does not stop signing
        Op(self, lambda: ws.fees(doc)).success(self._show_quote).failure(
            lambda exc: self.fees.setText(user_message(exc))
        ).run(tasks)
        if responds_to is not None:
            from ui.outbox import notice_title

            answer = QLabel(notice_title(responds_to))
            answer.setObjectName("signRespondsTo")
            answer.setWordWrap(True)
            info.addRow(tr("Response to:"), answer)
        layout.addLayout(info)
        layout.addWidget(QLabel(tr("Files in the package:")))
        self.files = QListWidget()
        self.files.setObjectName("signFiles")
        self.files.addItem(tr("Application data (XML and JSON)"))
        for ref in doc.attachments():
            self.files.addItem(f"{ref.get('name')} · {human_size(int(ref.get('size', 0)))}")
        self.files.setMaximumHeight(110)
        layout.addWidget(self.files)
        errors = [f for f in findings if f.severity == Severity.ERROR]
        warnings = [f for f in findings if f.severity == Severity.WARNING]
        self.problems = QListWidget()
        self.problems.setObjectName("signWarnings")
        for f in errors + warnings:
            icon = tr("Error:") if f.severity == Severity.ERROR else tr("Warning:")
            self.problems.addItem(f"{icon} {finding_text(f)} ({where_text(form, f.path)})")
            details = finding_details(f)  # a short finding's notes, on hover
            if details:
                item = self.problems.item(self.problems.count() - 1)
                if item is not None:
                    item.setToolTip("\n".join(f"• {note}" for note in details))
        if errors or warnings:
            layout.addWidget(QLabel(tr("Problems:")))
            self.problems.setMaximumHeight(110)
            layout.addWidget(self.problems)
        keys = QFormLayout()
        key_row = QHBoxLayout()
        self.key = QComboBox()
        self.key.setObjectName("signKey")
        self.key.setAccessibleName(tr("Signing key"))
        self.new_key = QPushButton(tr("New key…"))
        self.new_key.clicked.connect(self._create_key)
        key_row.addWidget(self.key, 1)
        key_row.addWidget(self.new_key)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("signPassphrase")
        self.passphrase.setAccessibleName(tr("Passphrase"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.memory = RememberedPassphrase(ws, self.passphrase, "signRemember")
        self.remember = self.memory.box
        self.key.currentIndexChanged.connect(
            lambda _i: self.memory.show_for(self.key.currentData())
        )
        self.queue = QCheckBox(tr("Put it in the outbox to send when the office is reachable"))
        self.queue.setObjectName("signQueue")
        self.queue.setChecked(True)
        #: Where the package will go: the offices set up here that receive it.
        self.office = QComboBox()
        self.office.setObjectName("signOffice")
        self.office.setAccessibleName(tr("Office"))
        self.destination = QLabel(tr("Working…"))
        self.destination.setObjectName("signDestination")
        self.destination.setWordWrap(True)
        keys.addRow(tr("Key:"), key_row)
        keys.addRow(tr("Passphrase:"), self.passphrase)
        keys.addRow("", self.remember)
        layout.addLayout(keys)
        layout.addWidget(self.queue)
        self.where = QFormLayout()
        self.where.addRow(tr("Goes to:"), self.office)
        self.where.addRow("", self.destination)
        self.where.setRowVisible(self.office, False)
        layout.addLayout(self.where)
        if responds_to is not None:  # a response always goes to the office that asked
            self.queue.setEnabled(False)
            self.destination.setText(
                tr("The response goes to the office that sent the notice ({office}).").format(
                    office=isolate(responds_to.office)
                )
            )
        else:
            Op(self, lambda: _receiving(ws, doc)).success(self._show_destination).failure(
                lambda exc: self.destination.setText(user_message(exc))
            ).run(tasks)
        self.status = QLabel()
        self.status.setObjectName("signStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = self.buttons.addButton(
            tr("Sign"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_button.setObjectName("signButton")
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        if errors:
            self.sign_button.setEnabled(False)
            self.status.setText(tr("Correct the errors before signing."))
        fit_to_screen(self, 620, 640)
        self.reload_keys()

    def _show_destination(self, found: tuple[str, list[OfficeRecord], bool]) -> None:
        """Say where the package goes; without an office that receives it, it stays here."""
        code, receiving, any_office = found
        self.office.clear()
        for office in receiving:
            self.office.addItem(f"{office.name} ({office.code})", office.code)
        self.where.setRowVisible(self.office, bool(receiving))
        if receiving:
            self.destination.setText(
                tr("Sent to this office when it is reachable; it files it for {code}.").format(
                    code=isolate(code)
                )
            )
        elif not any_office:
            self.destination.setText(
                tr(
                    "No office is set up: the signed package stays here. Add the office in "
                    "Settings, then put it in the outbox from the draft."
                )
            )
        else:
            self.destination.setText(
                tr(
                    "No office set up here receives this kind of application for {code}: the "
                    "signed package stays here until you add one (Settings), then put it in "
                    "the outbox from the draft."
                ).format(code=isolate(code or "?"))
            )
        self.queue.setEnabled(bool(receiving))
        self.queue.setChecked(bool(receiving))

    def _show_quote(self, quote: Quote | None) -> None:
        if quote is None:
            self.fees.setText(tr("not available"))
            return
        self.fees.setText(
            money(quote.total, quote.currency)
            + " · "
            + table_text(quote)
            + (" · " + tr("(to be confirmed)") if quote.to_be_confirmed else "")
        )
        self.stale_tables = [t.name for t in quote.stale_tables]
        warning = stale_text(quote)
        self.stale_warning.setText(warning)
        self.stale_warning.setVisible(bool(warning))

    def reload_keys(self, select: str | None = None) -> None:
        """List the profile's keys (in the background); choose ``select`` when given."""
        Op(self, self.ws.keys).success(lambda keys: self._show_keys(keys, select)).failure(
            self._key_failed
        ).run(self.tasks)

    def _show_keys(self, keys: list[KeyInfo], select: str | None) -> None:
        self.key.clear()
        for key in keys:
            self.key.addItem(key.name, key.name)
        if select is not None:
            self.key.setCurrentIndex(max(self.key.findData(select), 0))
            self.status.setText(tr("Key created."))
        self.memory.show_for(self.key.currentData())

    def _create_key(self) -> None:
        """One dialog asks for name, e-mail and passphrase (twice); the new key's
        passphrase is put in the passphrase box, ready to sign."""
        dialog = NewKeyDialog(self)
        self.key_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name, email, passphrase = dialog.values()
        self.passphrase.setText(passphrase)
        self.create_key(name, email)

    def create_key(self, name: str, email: str) -> None:
        """Create a key protected by the passphrase typed in the dialog (serial lane)."""
        if not self.passphrase.text():
            self.status.setText(tr("Type the passphrase for the new key first."))
            return
        passphrase, ws = self.passphrase.text(), self.ws
        self.status.setText(tr("Creating the key…"))
        Op(
            self,
            lambda: ws.create_key(
                name.strip(), passphrase.encode("utf-8"), email=email.strip() or None
            ),
        ).success(lambda info: self.reload_keys(select=info.name)).failure(self._key_failed).serial(
            self.tasks
        )

    def _key_failed(self, exc: BaseException) -> None:
        self.status.setText(user_message(exc))
        self.status.setToolTip(details(exc))

    def confirm_stale(self) -> bool:
        """Ask before signing with fees from a table past its review date (names it)."""
        answer = QMessageBox.question(
            self,
            tr("Fee data out of date"),
            tr(
                "The fee table {tables} is past its review date: the fees may have changed. "
                "Sign anyway?"
            ).format(tables=", ".join(isolate(t) for t in self.stale_tables)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def confirm_again(self, exc: AlreadyQueued) -> bool:
        """Ask before filing a revision again that is already queued or filed (names it)."""
        earlier = exc.package_ids[0] if exc.package_ids else ""
        answer = QMessageBox.question(
            self,
            tr("Already in the outbox or filed"),
            tr(
                "This revision was already signed as package {package}, which is in the "
                "outbox or filed. Signing it again gives a second application, with its "
                "own number and fees. Sign and file it again?"
            ).format(package=isolate(earlier[:16])),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def sign(self, again: bool = False) -> None:
        key = self.key.currentData()
        if not key:
            self.status.setText(tr("Choose or create a key first."))
            return
        if self.stale_tables and not again and not self.confirm_stale():
            self.status.setText(tr("Not signed: the fee data is out of date."))
            return
        if self.memory.missing(key):
            self.status.setText(tr("Type the key's passphrase."))
            self.passphrase.setFocus()
            return
        passphrase, remember = self.memory.typed(), self.memory.wanted()
        office = self.office.currentData() if self.queue.isChecked() else None
        self.sign_button.setEnabled(False)
        self.status.setText(tr("Signing… (you can keep working)"))

        ws, draft_id, notice = self.ws, self.draft_id, self.responds_to

        def work() -> PackageInfo:
            signer = ws.unlock_key(key, passphrase, remember=remember)
            if notice is not None:
                return ws.respond_to_notice(notice.office, notice.seq, draft_id, signer)
            info = ws.pack(draft_id, signer, again=again)
            if office:
                ws.queue(info.package_id, office, again=again)
            return info

        Op(self, work).success(self._done).failure(self._failed).serial(self.tasks)

    def _done(self, info: PackageInfo) -> None:
        self.result_info = info
        self.signed.emit(info)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.sign_button.setEnabled(True)
        if isinstance(exc, WrongPassphrase):  # a remembered one was forgotten: ask again
            self.passphrase.clear()
            self.memory.show_for(self.key.currentData())
            self.passphrase.setFocus()
        if isinstance(exc, AlreadyQueued):
            if self.confirm_again(exc):
                self.sign(again=True)
            else:
                self.status.setText(tr("Not signed: this revision is already filed or queued."))
            return
        self.status.setText(tr("Signing failed: {error}").format(error=user_message(exc)))
        self.status.setToolTip(details(exc))
        self.error_box = show_error(self, tr("Sign the application"), exc)
