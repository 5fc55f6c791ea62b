"""The bar above a draft made with an older version of its form, and the report of what
an upgrade changes.

"Upgrade to vN" first asks the core what the upgrade would do (a dry run) and shows it;
confirming saves the upgraded draft as a new revision (the older one stays in the history).
Both run as operations on the store lane (``ui.ops``), after the draft's last save.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from filingassist.app import ChangeKind, DraftUpgrade, UpgradeChange, UpgradeOutcome, Workspace
from filingassist.formdefs import FieldDef, get_form
from ui.errors import details, show_error
from ui.i18n import isolate, tr, trn
from ui.ops import Op
from ui.tasks import TaskRunner

_INDEX = re.compile(r"\[\d+\]")


def kind_label(kind: ChangeKind) -> str:
    """What the upgrade did, in plain words."""
    labels = {
        ChangeKind.MOVED: tr("Moved"),
        ChangeKind.CONVERTED: tr("Converted"),
        ChangeKind.DEFAULTED: tr("Given a default"),
        ChangeKind.ADDED: tr("New field, empty"),
        ChangeKind.CHANGED: tr("Meaning changed"),
        ChangeKind.DROPPED: tr("Dropped"),
        ChangeKind.LOST: tr("Not carried over"),
    }
    return labels[kind]


def _field_def(form_id: str, version: int, path: str) -> FieldDef | None:
    return get_form(form_id, version).field(_INDEX.sub("", path))


def field_label(report: DraftUpgrade, change: UpgradeChange) -> str:
    """The translated label of the field a change is about (the newer form's, else the
    older's), after the group items it is in ("Ground 2 · State"); the path when neither
    form knows it."""
    path = change.target or change.source
    abstract = _INDEX.sub("", path)
    for version in (change.to_version, change.from_version):
        form = get_form(report.form, version)
        found = form.field(abstract) or form.group(abstract)
        if found is None:
            continue
        items = []
        for match in re.finditer(r"\[(\d+)\]", path):
            group = form.group(_INDEX.sub("", path[: match.start()]))
            if group is not None:
                name = tr(group.item_label or group.label)
                items.append(f"{name} {isolate(str(int(match.group(1)) + 1))}")
        return " · ".join([*items, tr(found.label)])
    return path


def _value(value: Any, field: FieldDef | None = None) -> str:
    if value is None:
        return ""
    label = field.label_of(str(value)) if field is not None else None
    if label:  # a choice: its label, as the form shows it
        return tr(label)
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if isinstance(value, list):  # a whole group: how many items it holds
        return trn("%n item(s)", len(value))
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return isolate(text if len(text) <= 80 else text[:77] + "…")


def summary_text(report: DraftUpgrade) -> str:
    """The dialog's heading: what the upgrade does (or did, or why it cannot)."""
    versions = {"old": report.from_version, "new": report.to_version}
    if report.outcome == UpgradeOutcome.LOCKED:
        return tr(
            "This draft is not upgraded: its current revision is signed, and upgrading "
            "would make the draft differ from the signed package. Edit the draft (or "
            "file the package as it is), then upgrade."
        )
    if report.outcome == UpgradeOutcome.CURRENT:
        return tr("This draft already uses the newest version of the form.")
    if report.outcome == UpgradeOutcome.WOULD_UPGRADE:
        head = tr(
            "Upgrading saves this draft with version {new} of the form as a new revision; "
            "the revision made with version {old} stays in the history."
        ).format(**versions)
    else:
        head = tr("The draft now uses version {new} of the form (revision {n}).").format(
            new=report.to_version, n=report.revision
        )
    lines = [head]
    lost = len(report.not_carried)
    if lost:
        lines.append(trn("%n value(s) cannot be carried over: give them again.", lost))
    if report.errors:
        lines.append(
            trn("After the upgrade, the draft has %n error(s) to fix.", len(report.errors))
        )
    return "\n".join(lines)


class UpgradeDialog(QDialog):
    """What an upgrade changes (``preview``: before it is made, with "Upgrade")."""

    def __init__(self, report: DraftUpgrade, preview: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formUpgradeReport")
        self.setWindowTitle(
            tr("Upgrade to version {new} of the form").format(new=report.to_version)
        )
        self.setModal(True)
        self.report = report
        heading = QLabel(summary_text(report))
        heading.setObjectName("formUpgradeSummary")
        heading.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("formUpgradeChanges")
        self.tree.setHeaderLabels([tr("Change"), tr("Field"), tr("Before"), tr("After")])
        self.tree.setWordWrap(True)
        # what the filer must give again first
        rows: list[tuple[QTreeWidgetItem, UpgradeChange]] = []
        for change in sorted(report.changes, key=lambda c: not c.kind.not_carried):
            item = QTreeWidgetItem(
                [
                    kind_label(change.kind),
                    field_label(report, change),
                    _value(
                        change.before, _field_def(report.form, report.from_version, change.source)
                    ),
                    _value(change.after, _field_def(report.form, report.to_version, change.target)),
                ]
            )
            for column in range(4):
                item.setToolTip(column, tr(change.note))
            self.tree.addTopLevelItem(item)
            rows.append((item, change))
        for column, widest in enumerate((180, 380, 160, 160)):
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, min(self.tree.columnWidth(column), widest))
        for row, change in rows:
            note = QTreeWidgetItem([tr(change.note)])  # why, under the change, full width
            note.setToolTip(0, tr(change.note))
            row.addChild(note)
            note.setFirstColumnSpanned(True)
        self.tree.expandAll()
        self.note = QLabel()  # the whole note of the chosen change (a long one is cut above)
        self.note.setObjectName("formUpgradeNote")
        self.note.setWordWrap(True)
        self.tree.currentItemChanged.connect(self._show_note)
        buttons = QDialogButtonBox()
        self.upgrade_button: QPushButton | None = None
        if preview and report.outcome == UpgradeOutcome.WOULD_UPGRADE:
            self.upgrade_button = buttons.addButton(
                tr("Upgrade to v{new}").format(new=report.to_version),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            self.upgrade_button.setObjectName("confirmUpgrade")
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(940, 540)

    def _show_note(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        self.note.setText(item.toolTip(0) if item is not None else "")


class UpgradeBar(QFrame):
    """Shown while the open draft uses an older version of its form."""

    upgraded = Signal(object)  # the DraftUpgrade of the saved upgrade

    def __init__(
        self,
        ws: Workspace,
        tasks: TaskRunner,
        draft_id: str,
        versions: tuple[int, int],
        before: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("formUpgradeBar")
        self.ws, self.tasks, self.draft_id = ws, tasks, draft_id
        self.before = before  # queue the draft's last save first (the store lane keeps order)
        self.dialog: UpgradeDialog | None = None
        old, new = versions
        self.label = QLabel(
            tr("This draft uses an older version of the form (v{old}).").format(old=old)
        )
        self.label.setObjectName("formUpgradeText")
        self.label.setWordWrap(True)
        self.button = QPushButton(tr("Upgrade to v{new}").format(new=new))
        self.button.setObjectName("upgradeForm")
        self.button.clicked.connect(self.preview)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.setStyleSheet(
            "#formUpgradeBar { background: #e3f2fd; border: 1px solid #90caf9;"
            " border-radius: 4px; padding: 4px; }"
        )

    def preview(self) -> None:
        """Ask the core what the upgrade would do, then show it with "Upgrade"."""
        self.before()
        self.button.setEnabled(False)
        ws, draft_id = self.ws, self.draft_id
        Op(self, lambda: ws.upgrade_drafts([draft_id], dry_run=True)[0]).success(
            self._show_preview
        ).failure(self._failed).serial(self.tasks)

    def _show_preview(self, report: DraftUpgrade) -> None:
        self.button.setEnabled(True)
        self.dialog = UpgradeDialog(report, preview=True, parent=self)
        self.dialog.accepted.connect(self.upgrade)
        self.dialog.open()

    def upgrade(self) -> None:
        self.before()
        self.button.setEnabled(False)
        ws, draft_id = self.ws, self.draft_id
        Op(self, lambda: ws.upgrade_drafts([draft_id])[0]).success(self._done).failure(
            self._failed
        ).serial(self.tasks)

    def _done(self, report: DraftUpgrade) -> None:
        self.button.setEnabled(True)
        if report.outcome == UpgradeOutcome.UPGRADED:
            self.upgraded.emit(report)
            return
        self.dialog = UpgradeDialog(report, preview=False, parent=self)
        self.dialog.open()

    def _failed(self, exc: BaseException) -> None:
        self.button.setEnabled(True)
        self.label.setToolTip(details(exc))
        self.error_box = show_error(self, tr("Upgrade the form"), exc)
