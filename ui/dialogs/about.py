"""About: the versions a support desk asks for, and a check for updates when the user asks.

Shows the program, Qt and Python versions, every reference data table in effect with the
date it is valid as of, where it came from and how old it is (older than a year is marked),
and the schemas and formats this program reads and writes (``filingassist.about``). The
update check runs only on the button, off the GUI thread; the app never checks by itself.
"""

from __future__ import annotations

import html
from typing import Any

import PySide6
from PySide6.QtCore import QSettings, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from filingassist import about, updates
from ui.dialogs.fit import fit_to_screen
from ui.errors import details
from ui.i18n import RTL_LANGUAGES, current_language, isolate, tr, trn
from ui.ops import Op, retire
from ui.tasks import TaskRunner

UPDATE_URL_KEY = "update_url"


def _table(headers: list[str], rows: list[list[str]]) -> str:
    esc = html.escape
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    table = "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
    return f"{table}<tr>{head}</tr>{body}</table>"


def about_html(info: about.About) -> str:
    """The About text (cells already escaped; stale tables in bold)."""
    esc = html.escape
    build = tr("desktop build") if info.frozen else tr("installed package")
    program = [
        [esc(tr("Filing Assistant")), esc(isolate(info.app_version)) + f" ({esc(build)})"],
        ["Qt", esc(isolate(qVersion())) + f" (PySide6 {esc(PySide6.__version__)})"],
        ["Python", esc(isolate(info.python_version))],
    ]
    origin = {
        "shipped": tr("shipped with the program"),
        "installed": tr("installed from a data pack"),
    }
    tables = []
    for t in info.tables:
        age = (
            f"<b>{esc(trn('%n day(s): older than a year, check for an update', t.age_days))}</b>"
            if t.stale
            else esc(trn("%n day(s)", t.age_days))
        )
        tables.append(
            [
                esc(t.name),
                esc(isolate(t.version)),
                esc(isolate(t.valid_as_of.isoformat())),
                esc(origin.get(t.origin, t.origin)),
                age,
            ]
        )
    schemas = [[esc(s.name), esc(isolate(s.version)), esc(tr(s.detail))] for s in info.schemas]
    version = tr("Version {version}").format(version=info.app_version)
    direction = "rtl" if current_language() in RTL_LANGUAGES else "ltr"
    return (
        f"<html dir='{direction}'><body dir='{direction}'>"
        f"<h2>{esc(tr('Filing Assistant'))}</h2><p>{esc(version)}</p>"
        f"<h3>{esc(tr('Program'))}</h3>"
        + _table([tr("Component"), tr("Version")], program)
        + f"<h3>{esc(tr('Reference data'))}</h3>"
        + _table([tr("Table"), tr("Version"), tr("Valid as of"), tr("Origin"), tr("Age")], tables)
        + f"<h3>{esc(tr('Schemas and formats'))}</h3>"
        + _table([tr("Name"), tr("Version"), tr("Details")], schemas)
        + "</body></html>"
    )


class AboutDialog(QDialog):
    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(tr("About Filing Assistant"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.tasks = tasks
        self.finished.connect(self._on_finished)
        self.info = about.about()
        layout = QVBoxLayout(self)
        self.view = QTextBrowser()
        self.view.setHtml(about_html(self.info))
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Update address:")))
        self.url = QLineEdit(str(QSettings().value(UPDATE_URL_KEY) or ""))
        self.url.setObjectName("updateUrl")
        self.url.setPlaceholderText("https://…/updates.json")
        row.addWidget(self.url, 1)
        self.check_button = QPushButton(tr("Check for updates"))
        self.check_button.setObjectName("checkUpdates")
        self.check_button.clicked.connect(self.check_updates)
        row.addWidget(self.check_button)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("updateStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 640)

    def copy(self) -> None:
        """The whole text to the clipboard, for a support request."""
        QGuiApplication.clipboard().setText(self.view.toPlainText())

    def check_updates(self) -> None:
        url = self.url.text().strip()
        if not url:
            self.status.setText(tr("Enter the address of an update index first."))
            return
        QSettings().setValue(UPDATE_URL_KEY, url)
        self.check_button.setEnabled(False)
        self.status.setText(tr("Checking…"))
        Op(self, lambda: updates.check(url)).success(self._checked).failure(self._check_failed).run(
            self.tasks
        )

    def _checked(self, info: updates.UpdateInfo) -> None:
        self.check_button.setEnabled(True)
        lines = []
        if not info.anything:
            lines.append(tr("Up to date: no newer program or reference data."))
        if info.program_version:
            lines.append(tr("Program {version} is available.").format(version=info.program_version))
        if info.newer_datasets:
            shown = ", ".join(f"{n} {new}" for n, (_now, new) in info.newer_datasets.items())
            lines.append(tr("Newer reference data: {tables}.").format(tables=shown))
        self.status.setText(" ".join(lines))

    def _check_failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.status.setText(tr("Could not check for updates: {error}").format(error=details(exc)))

    def _on_finished(self, _result: Any) -> None:
        retire(self)  # a check still running must not touch a closed dialog
