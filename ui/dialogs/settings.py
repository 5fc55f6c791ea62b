"""Settings: offices and their certificate fingerprints, keys, language, data folder."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from filingassist.app import KeyInfo, OfficeRecord, Workspace
from ui.dialogs.fit import fit_columns, fit_to_screen
from ui.dialogs.passphrase import IDLE_MINUTES_RANGE, idle_minutes, set_idle_minutes
from ui.errors import details, user_message
from ui.i18n import LANGUAGES, current_language, isolate, tr
from ui.ops import Op
from ui.tasks import TaskRunner


class SettingsDialog(QDialog):
    def __init__(self, ws: Workspace, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.setObjectName("settingsDialog")
        self.setWindowTitle(tr("Settings"))
        self.ws = ws
        tabs = QTabWidget()
        tabs.addTab(self._offices_tab(), tr("Offices"))
        tabs.addTab(self._keys_tab(), tr("Keys"))
        tabs.addTab(self._general_tab(), tr("Language and data"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        fit_to_screen(self, 860, 480)

    def _offices_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.offices = QTreeWidget()
        self.offices.setObjectName("offices")
        self.offices.setRootIsDecorated(False)
        self.offices.setHeaderLabels(
            [tr("Office"), tr("Office address"), tr("Certificate fingerprint (SHA-256)")]
        )
        fit_columns(self.offices)
        layout.addWidget(self.offices, 1)
        row = QFormLayout()
        self.office_url = QLineEdit()
        self.office_url.setObjectName("officeUrl")
        self.office_url.setPlaceholderText("https://…")
        self.office_url.setAccessibleName(tr("Office address"))
        self.office_token = QLineEdit()
        self.office_token.setObjectName("officeToken")
        self.office_token.setAccessibleName(tr("Account token"))
        self.office_token.setEchoMode(QLineEdit.EchoMode.Password)
        fp_row = QHBoxLayout()
        self.office_fp = QLineEdit()
        self.office_fp.setObjectName("officeFingerprint")
        self.office_fp.setAccessibleName(tr("Certificate fingerprint (SHA-256)"))
        self.fetch = QPushButton(tr("Ask the office"))
        self.fetch.setObjectName("fetchFingerprint")
        self.fetch.clicked.connect(self._fetch_fingerprint)
        fp_row.addWidget(self.office_fp, 1)
        fp_row.addWidget(self.fetch)
        self.add_button = QPushButton(tr("Add office"))
        self.add_button.setObjectName("addOffice")
        self.add_button.clicked.connect(self._add_office)
        self.office_status = QLabel(
            tr("Compare the fingerprint with the one the office gave you before adding it.")
        )
        self.office_status.setWordWrap(True)
        row.addRow(tr("Office address"), self.office_url)
        row.addRow(tr("Account token"), self.office_token)
        row.addRow(tr("Certificate fingerprint (SHA-256)"), fp_row)
        row.addRow("", self.add_button)
        layout.addLayout(row)
        layout.addWidget(self.office_status)
        self._load_offices()
        return page

    def _load_offices(self) -> None:
        Op(self, self.ws.offices).success(self._show_offices).failure(self._fetch_failed).run(
            self.tasks
        )

    def _show_offices(self, offices: list[OfficeRecord]) -> None:
        self.offices.clear()
        for office in offices:
            self.offices.addTopLevelItem(
                QTreeWidgetItem([office.code, office.url, office.fingerprint])
            )

    def _fetch_fingerprint(self) -> None:
        url, ws = self.office_url.text().strip(), self.ws
        self.office_status.setText(tr("Asking the office…"))
        Op(self, lambda: ws.discover_office(url)).success(self._fetched).failure(
            self._fetch_failed
        ).run(self.tasks)

    def _fetched(self, result: tuple[dict[str, object], str]) -> None:
        _, fingerprint = result
        self.office_fp.setText(fingerprint)
        self.office_status.setText(
            tr("Compare the fingerprint with the one the office gave you before adding it.")
        )

    def _add_office(self) -> None:
        url, fp = self.office_url.text().strip(), self.office_fp.text().strip()
        token = self.office_token.text().strip() or None
        self.add_button.setEnabled(False)
        self.office_status.setText(tr("Adding the office…"))
        ws = self.ws
        Op(self, lambda: ws.add_office(url, fp, token)).success(self._added).failure(
            self._add_failed
        ).serial(self.tasks)

    def _added(self, _: OfficeRecord) -> None:
        self.add_button.setEnabled(True)
        self.office_url.clear()
        self.office_fp.clear()
        self.office_token.clear()
        self.office_status.setText(tr("Office added."))
        self._load_offices()

    def _add_failed(self, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        self._fetch_failed(exc)

    def _fetch_failed(self, exc: BaseException) -> None:
        self.office_status.setText(user_message(exc))
        self.office_status.setToolTip(details(exc))

    def _keys_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.keys = QTreeWidget()
        self.keys.setRootIsDecorated(False)
        self.keys.setHeaderLabels([tr("Name"), tr("Subject"), tr("Valid until"), tr("Fingerprint")])
        fit_columns(self.keys)
        Op(self, self.ws.keys).success(self._show_keys).failure(self._fetch_failed).run(self.tasks)
        self.keys.setObjectName("settingsKeys")
        layout.addWidget(self.keys)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("New keys are created from the sign dialog.")), 1)
        self.delete_key_button = QPushButton(tr("Delete key…"))
        self.delete_key_button.setObjectName("deleteKey")
        self.delete_key_button.clicked.connect(self._delete_key)
        row.addWidget(self.delete_key_button)
        layout.addLayout(row)
        idle = QFormLayout()
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("forgetPassphrasesAfter")
        self.idle_minutes.setRange(*IDLE_MINUTES_RANGE)
        self.idle_minutes.setValue(idle_minutes())
        self.idle_minutes.setSuffix(tr(" min"))
        self.idle_minutes.setAccessibleName(tr("Forget remembered passphrases after"))
        idle.addRow(tr("Forget remembered passphrases after"), self.idle_minutes)
        layout.addLayout(idle)
        explain = QLabel(
            tr(
                "A passphrase remembered for the session is forgotten when it has not been "
                "used for this long, when you quit, and with “Lock keys now”."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.key_status = QLabel()
        self.key_status.setObjectName("keyStatus")
        self.key_status.setWordWrap(True)
        layout.addWidget(self.key_status)
        return page

    def _delete_key(self) -> None:
        """Delete the chosen key after a confirmation that names it."""
        item = self.keys.currentItem()
        if item is None:
            self.key_status.setText(tr("Choose the key to delete."))
            return
        name = item.text(0)
        self.confirm_box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("Delete key"),
            tr(
                "Delete the key {name}? It cannot be undone: you cannot sign with it any "
                "more. Packages it signed stay valid."
            ).format(name=isolate(name)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        self.confirm_box.setDefaultButton(QMessageBox.StandardButton.No)
        self.confirm_box.finished.connect(lambda answer: self._confirmed_delete(name, answer))
        self.confirm_box.open()

    def _confirmed_delete(self, name: str, answer: int) -> None:
        if answer != QMessageBox.StandardButton.Yes:
            return
        ws = self.ws

        def reload(_name: str) -> None:
            self.key_status.setText(tr("Key deleted."))
            Op(self, ws.keys).success(self._show_keys).failure(self._key_failed).run(self.tasks)

        Op(self, lambda: ws.delete_key(name)).success(reload).failure(self._key_failed).serial(
            self.tasks
        )

    def _key_failed(self, exc: BaseException) -> None:
        self.key_status.setText(user_message(exc))
        self.key_status.setToolTip(details(exc))

    def _show_keys(self, keys: list[KeyInfo]) -> None:
        self.keys.clear()
        for key in keys:
            item = QTreeWidgetItem(
                [key.name, key.subject, str(key.not_after), key.fingerprint_sha256[:32]]
            )
            item.setToolTip(3, key.fingerprint_sha256)
            self.keys.addTopLevelItem(item)

    def _general_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.language = QComboBox()
        self.language.setAccessibleName(tr("Language"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(current_language()))
        form.addRow(tr("Language"), self.language)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(str(self.ws.home))
        self.folder.setAccessibleName(tr("Data folder"))
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form.addRow(tr("Data folder"), folder_row)
        note = QLabel(tr("A new data folder is used from the next start."))
        note.setWordWrap(True)
        form.addRow("", note)
        return page

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, tr("Data folder"), self.folder.text())
        if path:
            self.folder.setText(path)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def accept(self) -> None:
        settings = QSettings()
        settings.setValue("language", self.chosen_language())
        set_idle_minutes(self.ws, self.idle_minutes.value())
        if self.folder.text().strip() != str(self.ws.home):
            settings.setValue("data_folder", self.folder.text().strip())
        super().accept()
