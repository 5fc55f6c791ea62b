"""The bulk import wizard: a spreadsheet of applications to signed, queued packages.

Choose the sheet → map its columns when the headers differ from the template → read the
per-row report → import the valid rows → sign them with one key unlock → queue them.
Every step runs as an operation (``ui.ops.Op.tracked``) on the worker: the window stays
responsive, a bar shows the rows done, and Cancel stops the step. An import cancelled
half-way leaves the store as it was (``Workspace.bulk_import`` stores the rows in one
transaction); packages signed before a cancel are kept (each is complete and can be
queued from the next run of the step or the CLI's ``outbox add``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from filingassist.app import (
    FeeTotal,
    KeyInfo,
    OfficeRecord,
    PackageInfo,
    SheetColumns,
    Workspace,
)
from filingassist.errors import ValidationFailed
from filingassist.events import ChangeSet
from ui.dialogs.passphrase import RememberedPassphrase
from ui.errors import user_message
from ui.i18n import N_, isolate, tr
from ui.models.drafts import KIND_LABELS
from ui.models.table import SORT_ROLE, KeyedTableModel
from ui.ops import Job, Op, retire
from ui.tasks import TaskRunner

#: A column of the sheet the user chose not to import.
IGNORE = ""
STEP_TEXT = {
    "check": N_("Checking rows"),
    "import": N_("Importing rows"),
    "sign": N_("Signing"),
    "queue": N_("Queuing"),
}


def column_title(title: tuple[str, ...]) -> str:
    return " — ".join(tr(t) for t in title)


def guess(header: str, columns: SheetColumns) -> str:
    """The template column a sheet header most likely means: same key or same title,
    ignoring case and spacing; IGNORE when none matches."""

    def norm(text: str) -> str:
        return "".join(ch for ch in text.casefold() if ch.isalnum())

    wanted = norm(header)
    for column in columns.template:
        if wanted in (norm(column.key), norm(column_title(column.title))):
            return column.key
        if wanted == norm(" ".join(column.title)):
            return column.key
    return IGNORE


def reporter(job: Job, step: str) -> Callable[[str, int, int | None], None]:
    """The core's progress callback for ``job``: shows the rows done and stops the step
    (``Cancelled``) once the user pressed Cancel."""

    def report(_step: str, done: int, total: int | None) -> None:
        job.raise_if_cancelled()
        job.progress(done, total or 0, step)

    return report


class ReportModel(KeyedTableModel[Any]):
    """The per-row report (``batch.ReportEntry``): row, column, field, code, message."""

    HEADERS = (
        N_("Row"),
        N_("Column"),
        N_("Field"),
        N_("Severity"),
        N_("Rule"),
        N_("Message"),
        N_("Client reference"),
    )

    def key(self, row: Any) -> Any:
        return id(row)

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role == SORT_ROLE and column == 0:
            return row.row
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        severity = {"error": N_("Error"), "warning": N_("Warning"), "info": N_("Note")}
        texts = (
            str(row.row),
            row.column,
            row.field,
            tr(severity.get(row.severity, row.severity)),
            row.code,
            row.text(tr),
            row.client_ref,
        )
        return texts[column]


class FeeTotalsTable(QTableWidget):
    """The fees of the packages signed, per client reference and currency (the totals
    ``filingassist pack --all-valid`` prints), then per currency over all clients, as
    ``Workspace.fee_totals`` gives them."""

    HEADERS = (
        N_("Client reference"),
        N_("Currency"),
        N_("Fees"),
        N_("Packages"),
        N_("Quotes incomplete"),
    )

    def __init__(self, name: str) -> None:
        super().__init__(0, len(self.HEADERS))
        self.setObjectName(name)
        self.setHorizontalHeaderLabels([tr(h) for h in self.HEADERS])
        self.verticalHeader().hide()
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setAccessibleName(tr("Fee totals"))
        self.hide()

    def show_totals(self, totals: list[FeeTotal]) -> None:
        rows = totals
        self.setRowCount(len(rows))
        for n, total in enumerate(rows):
            ref = total.client_ref
            who = tr("All clients") if ref is None else (ref or tr("(no client reference)"))
            cells = (who, total.currency, str(total.total), str(total.packages))
            for column, text in enumerate((*cells, str(total.incomplete))):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if ref is None:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(n, column, item)
        self.setVisible(bool(rows))


class BulkImportWizard(QDialog):
    """Import a bulk sheet, sign and queue its applications; ``done_batch`` at the end
    with the package ids queued."""

    done_batch = Signal(list)

    def __init__(self, ws: Workspace, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulkImport")
        self.setWindowTitle(tr("Import applications from a spreadsheet"))
        self.ws, self.tasks = ws, tasks
        self.columns: dict[str, str] = {}
        self.sheet: SheetColumns | None = None
        self.result: Any = None  # batch.BulkResult of the check
        self.imported: list[str] = []
        self.signed: list[PackageInfo] = []
        self.not_signed: list[str] = []
        self.queued: list[str] = []
        self.totals: list[FeeTotal] = []
        self.running: Op[Any] | None = None
        self.pages = QStackedWidget()
        self._build_choose()
        self._build_columns()
        self._build_report()
        self._build_sign()
        self._build_queue()
        self._build_done()
        self.status = QLabel()
        self.status.setObjectName("bulkStatus")
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("bulkProgress")
        self.bar.hide()
        self.back_button = QPushButton(tr("Back"))
        self.next_button = QPushButton()
        self.next_button.setObjectName("bulkNext")
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setObjectName("bulkCancel")
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        self.cancel_button.clicked.connect(self._cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self.resize(900, 560)
        self._show(self.choose_page)

    # -- pages ----------------------------------------------------------------
    def _page(self, heading: str) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = QLabel(f"<h3>{heading}</h3>")
        title.setWordWrap(True)
        layout.addWidget(title)
        self.pages.addWidget(page)
        return page, layout

    def _build_choose(self) -> None:
        self.choose_page, layout = self._page(tr("1. Choose the spreadsheet"))
        hint = QLabel(
            tr(
                "One row per application, as in the template ('filingassist template'). "
                "CSV and XLSX files are read; formulas are refused."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("bulkKind")
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(tr(label), kind)
        self.path = QLineEdit()
        self.path.setObjectName("bulkPath")
        self.path.textChanged.connect(self._update_buttons)
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(tr("Kind of application:"), self.kind)
        form.addRow(tr("Spreadsheet:"), row)
        layout.addLayout(form)
        template = QPushButton(tr("Write a template…"))
        template.setObjectName("bulkTemplate")
        template.setToolTip(
            tr("A sheet with one column per field of the form, titles and an example row.")
        )
        template.clicked.connect(self._write_template)
        layout.addWidget(template, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def _build_columns(self) -> None:
        self.columns_page, layout = self._page(tr("2. Match the columns"))
        hint = QLabel(
            tr(
                "These columns of the sheet are not in the template. Choose the template "
                "column each one holds, or ignore it."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.mapping = QTableWidget(0, 2)
        self.mapping.setObjectName("bulkMapping")
        self.mapping.setHorizontalHeaderLabels([tr("Column in the sheet"), tr("Template column")])
        self.mapping.verticalHeader().hide()
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.mapping, 1)

    def _build_report(self) -> None:
        self.report_page, layout = self._page(tr("3. Report"))
        self.summary = QLabel()
        self.summary.setObjectName("bulkSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.report = ReportModel()
        self.report_table = QTableView()
        self.report_table.setObjectName("bulkReport")
        self.report_table.setModel(self.report)
        self.report_table.verticalHeader().hide()
        self.report_table.setWordWrap(False)
        self.report_table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.report_table, 1)
        save = QPushButton(tr("Save the report…"))
        save.clicked.connect(self._save_report)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignRight)

    def _build_sign(self) -> None:
        self.sign_page, layout = self._page(tr("4. Sign"))
        self.sign_text = QLabel()
        self.sign_text.setWordWrap(True)
        layout.addWidget(self.sign_text)
        form = QFormLayout()
        self.key = QComboBox()
        self.key.setObjectName("bulkKey")
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("bulkPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("Signing key:"), self.key)
        form.addRow(tr("Passphrase:"), self.passphrase)
        self.memory = RememberedPassphrase(self.ws, self.passphrase, "bulkRemember")
        form.addRow("", self.memory.box)
        self.key.currentIndexChanged.connect(
            lambda _i: self.memory.show_for(self.key.currentData())
        )
        layout.addLayout(form)
        layout.addStretch(1)

    def _build_queue(self) -> None:
        self.queue_page, layout = self._page(tr("5. Put in the outbox"))
        self.queue_text = QLabel()
        self.queue_text.setWordWrap(True)
        layout.addWidget(self.queue_text)
        form = QFormLayout()
        self.office = QComboBox()
        self.office.setObjectName("bulkOffice")
        form.addRow(tr("Send to:"), self.office)
        layout.addLayout(form)
        self.queue_totals = FeeTotalsTable("bulkQueueTotals")
        layout.addWidget(self.queue_totals, 1)

    def _build_done(self) -> None:
        self.done_page, layout = self._page(tr("Done"))
        self.done_text = QLabel()
        self.done_text.setObjectName("bulkDone")
        self.done_text.setWordWrap(True)
        layout.addWidget(self.done_text)
        self.done_totals = FeeTotalsTable("bulkDoneTotals")
        layout.addWidget(self.done_totals, 1)

    # -- navigation -----------------------------------------------------------
    def _show(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.pages.currentWidget() or self.choose_page
        busy = self.running is not None
        texts = {
            self.choose_page: tr("Check the sheet"),
            self.columns_page: tr("Check the sheet"),
            self.report_page: tr("Import the valid rows"),
            self.sign_page: tr("Sign"),
            self.queue_page: tr("Put in the outbox"),
            self.done_page: tr("Close"),
        }
        self.next_button.setText(texts[page])
        ready = {
            self.choose_page: bool(self.path.text().strip()),
            self.report_page: bool(self.result is not None and self.result.to_import),
            self.sign_page: self.key.count() > 0,
            self.queue_page: self.office.count() > 0,
        }
        self.next_button.setEnabled(not busy and ready.get(page, True))
        self.memory.show_for(self.key.currentData())  # e.g. forgotten after a wrong one
        self.back_button.setEnabled(
            not busy and page in (self.columns_page, self.report_page) and not self.imported
        )
        self.cancel_button.setText(tr("Stop") if busy else tr("Close"))

    def _back(self) -> None:
        self.status.clear()
        self._show(self.choose_page)

    def _next(self) -> None:
        page = self.pages.currentWidget()
        if page is self.choose_page:
            self._read_header()
        elif page is self.columns_page:
            self.columns = self._chosen_columns()
            self._check()
        elif page is self.report_page:
            self._import()
        elif page is self.sign_page:
            self._sign()
        elif page is self.queue_page:
            self._queue()
        else:
            self.accept()

    def _chosen_columns(self) -> dict[str, str]:
        """Sheet header → template key (IGNORE) as chosen on the columns page."""
        chosen = {}
        for row in range(self.mapping.rowCount()):
            item, combo = self.mapping.item(row, 0), self.mapping.cellWidget(row, 1)
            if item is not None and isinstance(combo, QComboBox):
                chosen[item.text()] = str(combo.currentData())
        return chosen

    def _write_template(self) -> None:
        """The template of the chosen kind (as ``filingassist template`` writes it), with
        column titles in the user's language."""
        kind = str(self.kind.currentData())
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Write a template"),
            f"{kind}-template.xlsx",
            tr("Spreadsheets (*.csv *.xlsx)"),
        )
        if not path:
            return
        out = Path(path)
        if out.suffix.lower() not in (".xlsx", ".csv"):
            out = out.with_suffix(".xlsx")
        ws = self.ws

        def written(columns: int) -> None:
            self.status.setText(
                tr(
                    "Template written: {path} ({n} columns). Fill in one row per application."
                ).format(path=isolate(str(out)), n=columns)
            )

        (
            Op(self, lambda: ws.write_template(kind, out, tr))
            .success(written)
            .failure(lambda exc: self.status.setText(user_message(exc)))
            .run(self.tasks)
        )

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Choose the spreadsheet"), "", tr("Spreadsheets (*.csv *.xlsx)")
        )
        if path:
            self.path.setText(path)

    def _cancel(self) -> None:
        if self.running is not None:
            self.running.cancel()
            self.status.setText(tr("Stopping…"))
        else:
            self.reject()

    def done(self, result: int) -> None:  # noqa: D401 - Qt override: closing in any way
        retire(self)
        super().done(result)

    # -- running steps --------------------------------------------------------
    def _run(
        self,
        step: str,
        work: Callable[[Job], Any],
        success: Callable[[Any], None],
        cancelled: Callable[[], None],
    ) -> None:
        self.status.setText(tr(STEP_TEXT[step]) + "…")
        self.bar.setRange(0, 0)
        self.bar.show()

        def ended() -> None:
            self.running = None
            self.bar.hide()
            self._update_buttons()

        def ok(value: Any) -> None:
            ended()
            self.status.clear()
            success(value)

        def failed(exc: BaseException) -> None:
            ended()
            self.status.setText(user_message(exc))

        def stopped() -> None:
            ended()
            cancelled()

        self.running = (
            Op.tracked(self, work)
            .progress(self._progress)
            .success(ok)
            .failure(failed)
            .cancelled(stopped)
        )
        self._update_buttons()
        self.running.serial(self.tasks)

    def _progress(self, done: int, total: int, step: str) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        text = tr(STEP_TEXT.get(step, step))
        self.status.setText(f"{text}: {isolate(f'{done} / {total}')}" if total else text)

    def _read_header(self) -> None:
        ws, path, kind = self.ws, Path(self.path.text().strip()), str(self.kind.currentData())
        self._run("check", lambda _job: ws.sheet_columns(path, kind), self._got_header, self._idle)

    def _idle(self) -> None:
        self.status.setText(tr("Stopped."))

    def _got_header(self, sheet: SheetColumns) -> None:
        self.sheet = sheet
        unknown = sheet.unknown
        if not unknown:
            self.columns = {}
            self._check()
            return
        self.mapping.setRowCount(len(unknown))
        for row, header in enumerate(unknown):
            item = QTableWidgetItem(header)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.mapping.setItem(row, 0, item)
            combo = QComboBox()
            combo.addItem(tr("(ignore this column)"), IGNORE)
            for column in sheet.template:
                combo.addItem(f"{column_title(column.title)} ({column.key})", column.key)
            combo.setCurrentIndex(max(0, combo.findData(guess(header, sheet))))
            combo.setAccessibleName(tr("Template column for {column}").format(column=header))
            self.mapping.setCellWidget(row, 1, combo)
        self._show(self.columns_page)

    def _sheet_args(self) -> tuple[Path, str, dict[str, str]]:
        return Path(self.path.text().strip()), str(self.kind.currentData()), dict(self.columns)

    def _check(self) -> None:
        ws, (path, kind, columns) = self.ws, self._sheet_args()

        def work(job: Job) -> Any:
            return ws.bulk_import(
                path,
                kind,
                dry_run=True,
                progress=reporter(job, "check"),
                columns=columns,
                workers=None,
            )

        self._run("check", work, self._checked, self._idle)

    def _checked(self, result: Any) -> None:
        self.result = result
        self.report.set_rows(list(result.entries))
        self.report_table.resizeColumnsToContents()
        self.summary.setText(
            tr(
                "Rows read: {rows}. Ready to import: {ready}. With errors: {invalid}. "
                "Imported before: {already}."
            ).format(
                rows=result.rows,
                ready=len(result.to_import),
                invalid=result.invalid,
                already=result.already,
            )
        )
        self._show(self.report_page)
        if not result.to_import:
            self.status.setText(tr("No row can be imported: correct the sheet and check it again."))

    def _save_report(self) -> None:
        if self.result is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save the report"), "report.csv", tr("Spreadsheets (*.csv *.xlsx)")
        )
        if path:
            self.ws.write_bulk_report(self.result, Path(path), tr)

    def _import(self) -> None:
        ws, (path, kind, columns) = self.ws, self._sheet_args()

        def work(job: Job) -> Any:
            return ws.bulk_import(
                path,
                kind,
                only_valid=True,
                progress=reporter(job, "import"),
                columns=columns,
                workers=None,
            )

        def stopped() -> None:
            self.status.setText(tr("Import stopped: nothing was imported."))

        self._run("import", work, self._imported, stopped)

    def _imported(self, result: Any) -> None:
        self.imported = list(result.imported)
        self.tasks.changed.emit(ChangeSet(drafts=True))  # the core emits no event per row
        self.sign_text.setText(
            tr("Applications imported: {n}. Sign them with one key to make their packages.").format(
                n=len(self.imported)
            )
        )
        Op(self, self.ws.keys).success(self._show_keys).run(self.tasks)
        self._show(self.sign_page)

    def _show_keys(self, keys: list[KeyInfo]) -> None:
        self.key.clear()
        for key in keys:
            self.key.addItem(key.name, key.name)
        if not keys:
            self.status.setText(
                tr("There is no signing key yet: create one in the sign dialog of any draft.")
            )
        self._update_buttons()

    def _sign(self) -> None:
        ws, ids = self.ws, [i for i in self.imported if i not in self._signed_ids()]
        name = str(self.key.currentData())
        if self.memory.missing(name):
            self.status.setText(tr("Type the key's passphrase."))
            self.passphrase.setFocus()
            return
        passphrase, remember = self.memory.typed(), self.memory.wanted()
        signed, not_signed = self.signed, self.not_signed

        def work(job: Job) -> int:
            signer = ws.unlock_key(name, passphrase, remember=remember)
            for done, result in enumerate(ws.pack_many(ids, signer, workers=None), start=1):
                if isinstance(result, ValidationFailed):
                    not_signed.append(str(result))
                else:
                    signed.append(result)  # kept if the user stops the batch
                job.progress(done, len(ids), "sign")
                job.raise_if_cancelled()
            return len(ids)

        def stopped() -> None:
            self.status.setText(
                tr("Signing stopped: {n} packages signed are kept.").format(n=len(self.signed))
            )
            self._after_sign()

        self._run("sign", work, lambda _n: self._after_sign(), stopped)

    def _signed_ids(self) -> set[str]:
        return {p.record.draft_id for p in self.signed}

    def _after_sign(self) -> None:
        self.passphrase.clear()
        if not self.signed:
            return
        text = tr("Packages signed: {n}.").format(n=len(self.signed))
        if self.not_signed:
            text += " " + tr("Not signed (errors): {n}.").format(n=len(self.not_signed))
        self.queue_text.setText(text)
        ws, signed = self.ws, list(self.signed)
        Op(self, lambda: ws.fee_totals(signed)).success(self._show_totals).run(self.tasks)
        Op(self, self.ws.offices).success(self._show_offices).run(self.tasks)
        self._show(self.queue_page)

    def _show_totals(self, totals: list[FeeTotal]) -> None:
        self.totals = totals
        self.queue_totals.show_totals(totals)
        self.done_totals.show_totals(totals)

    def _show_offices(self, offices: list[OfficeRecord]) -> None:
        self.office.clear()
        for office in offices:
            self.office.addItem(f"{office.code} — {office.name}", office.code)
        if not offices:
            self.status.setText(
                tr("No office is set up: add one in Settings, then put the packages in the outbox.")
            )
        self._update_buttons()

    def _queue(self) -> None:
        ws, office = self.ws, str(self.office.currentData())
        paths = [p.path for p in self.signed]

        def work(job: Job) -> list[str]:
            items = ws.queue_many(paths, office, progress=reporter(job, "queue"), workers=None)
            return [i.package_id for i in items]

        def stopped() -> None:
            self.tasks.changed.emit(ChangeSet(outbox=True))
            self.status.setText(tr("Stopped: run the step again to queue the rest."))

        self._run("queue", work, self._queued, stopped)

    def _queued(self, ids: list[str]) -> None:
        self.queued = ids
        self.done_text.setText(
            tr(
                "Imported: {imported}. Signed: {signed}. In the outbox: {queued}. "
                "They are sent with the next sync (or Send now in the Outbox)."
            ).format(imported=len(self.imported), signed=len(self.signed), queued=len(ids))
        )
        self._show(self.done_page)
        self.done_batch.emit(ids)
