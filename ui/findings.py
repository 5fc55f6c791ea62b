"""The findings panel: errors and warnings of the open document, click to jump to the field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QStyle, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from filingassist.formdefs import FormDef
from filingassist.model.findings import Finding, Severity
from ui.formview.renderer import finding_details, finding_text
from ui.i18n import tr, trn

RLM = "\u200f"  # right-to-left mark
PATH_ROLE = Qt.ItemDataRole.UserRole + 2
SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 7
#: The "Details" row under a short finding: clicking it shows or hides the long notes.
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 8
ICONS = {
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def where_text(form: FormDef, path: str, rtl: bool = False) -> str:
    """ "Applicant 1 › Name" for ``applicants[0].name``; the section for document-wide paths.
    Right-to-left the separator points left, the reading way, held in place by marks (RLM).
    note: Qt drew U+203A unmirrored in an Arabic row (seen in findings_window_ar.png), so the
    left-pointing character is written, not left to the bidi algorithm."""
    parts: list[str] = []
    abstract = ""
    for piece in path.split("."):
        name, _, rest = piece.partition("[")
        abstract = f"{abstract}.{name}" if abstract else name
        group = form.group(abstract)
        field = form.field(abstract)
        if group is not None:
            index = rest.split("]")[0]
            label = tr(group.item_label or group.label)
            parts.append(f"{label} {int(index) + 1}" if index.isdigit() else tr(group.label))
        elif field is not None:
            parts.append(tr(field.label))
    separator = f" {RLM}‹{RLM} " if rtl else " › "
    return separator.join(parts) if parts else path


def _detail_notes(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """The note rows under a finding's "Details" row."""
    notes = []
    for j in range(item.childCount()):
        head = item.child(j)
        if head is not None and head.data(0, DETAILS_ROLE):
            notes += [n for k in range(head.childCount()) if (n := head.child(k)) is not None]
    return notes


class FindingsPanel(QWidget):
    """A list of findings; ``activated(path)`` when the user picks one."""

    activated = Signal(str)
    suggestion_chosen = Signal(str, str)  # path, suggested value

    def __init__(self, form: FormDef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("findingsSummary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("findings")
        self.tree.setAccessibleName(tr("Findings"))
        # One column, two lines per finding (message, then where): nothing is cut off in a
        # narrow side panel or in a long translation.
        self.tree.setHeaderLabels([tr("Problem")])
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.header().setStretchLastSection(True)
        # Row heights depend on the column width once text wraps: re-lay out on resize.
        self.tree.header().sectionResized.connect(self._fit_rows)
        self.tree.itemActivated.connect(self._on_item)
        self.tree.itemClicked.connect(self._on_item)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self._shown: tuple[tuple[str, str, str], ...] | None = None
        self.findings: list[Finding] = []
        #: the revision shown is signed (the compose view's signed bar says so)
        self.signed = False
        self._icons: dict[Severity, QIcon] = {}

    def show_findings(self, findings: list[Finding]) -> None:
        """Show the findings; while typing usually only one message changes, so rows are
        updated in place when the list has the same findings in the same places."""
        key = tuple((f.code, f.path, f.text()) for f in findings)
        self.findings = findings
        if key == self._shown:
            return
        same_rows = self._shown is not None and [k[:2] for k in key] == [k[:2] for k in self._shown]
        previous = self._shown or ()
        self._shown = key
        if same_rows:
            for index, (finding, old) in enumerate(zip(findings, previous, strict=True)):
                if old[2] != finding.text():
                    item = self.tree.topLevelItem(index)
                    if item is not None:
                        self._fill(item, finding)
                        self._fit_item(item)
        else:
            self.tree.clear()
            items = []
            for finding in findings:
                item = QTreeWidgetItem()
                self._fill(item, finding)
                items.append(item)
            self.tree.addTopLevelItems(items)
            for item in items:  # suggestions shown; a finding's details only when asked
                item.setExpanded(True)
            self._fit_rows()
        self._summarise()

    def set_signed(self, signed: bool) -> None:
        """The revision shown is signed: "ready to sign" would say it was not (issue 16, 9)."""
        if signed != self.signed:
            self.signed = signed
            if self._shown is not None:
                self._summarise()

    def _summarise(self) -> None:
        findings = self.findings
        errors = sum(1 for f in findings if f.severity == Severity.ERROR)
        warnings = sum(1 for f in findings if f.severity == Severity.WARNING)
        if not findings and self.signed:
            self.summary.setText(tr("No problems found. This revision is signed."))
        elif not findings:
            self.summary.setText(tr("No problems found. The application is ready to sign."))
        elif errors:
            self.summary.setText(
                tr("{errors}, {warnings}").format(
                    errors=trn("%n error(s)", errors), warnings=trn("%n warning(s)", warnings)
                )
            )
        else:
            self.summary.setText(
                tr("No errors; {warnings}").format(warnings=trn("%n warning(s)", warnings))
            )

    def show_checking(self) -> None:
        """The first check runs in the background: say so instead of an empty list."""
        self.summary.setText(tr("Checking the application…"))

    def show_check_failed(self, message: str) -> None:
        """A background check failed: say why; the next edit or "Check" tries again."""
        self.summary.setText(
            tr("The application could not be checked: {error}").format(error=message)
        )

    def _fill(self, item: QTreeWidgetItem, finding: Finding) -> None:
        """Text, icon, tooltip and suggestion rows of one finding."""
        # note: arrows are not mirrored by the bidi algorithm: choose the one pointing left
        arrow = f"←{RLM}" if self.isRightToLeft() else "→"
        where = where_text(self.form, finding.path, self.isRightToLeft())
        item.setText(0, f"{finding_text(finding)}\n{arrow} {where}")
        item.setData(0, PATH_ROLE, finding.path)
        if finding.severity not in self._icons:
            self._icons[finding.severity] = self.style().standardIcon(ICONS[finding.severity])
        item.setIcon(0, self._icons[finding.severity])
        tip = finding_text(finding)
        if finding.basis:
            tip += "\n" + tr("Basis: {basis}").format(basis=finding.basis)
        if finding.suggestions:
            tip += "\n" + tr("Suggestions: {items}").format(items=", ".join(finding.suggestions))
        details = finding_details(finding)
        if details:
            tip += "\n\n" + "\n".join(f"• {note}" for note in details)
        item.setToolTip(0, tip)
        item.takeChildren()
        if details:
            self._add_details(item, finding.path, details)
        if finding.suggestions and "other" not in finding.params:
            for suggestion in finding.suggestions[:5]:
                child = QTreeWidgetItem([tr("Replace with “{text}”").format(text=suggestion)])
                child.setData(0, PATH_ROLE, finding.path)
                child.setData(0, SUGGESTION_ROLE, suggestion)
                item.addChild(child)
            item.setExpanded(True)

    def _add_details(self, item: QTreeWidgetItem, path: str, details: list[str]) -> None:
        """A "Details" row under the finding; its notes appear when it is clicked."""
        head = QTreeWidgetItem([tr("Details: where each figure comes from")])
        head.setData(0, PATH_ROLE, path)
        head.setData(0, DETAILS_ROLE, True)
        head.setToolTip(0, "\n".join(details))
        for note in details:
            child = QTreeWidgetItem([note])
            child.setData(0, PATH_ROLE, path)
            child.setToolTip(0, note)
            head.addChild(child)
        item.addChild(head)
        item.setExpanded(True)

    def _fit_rows(self, *_: object) -> None:
        """Give each row the height its wrapped text needs at the current width."""
        width = self._text_width()
        metrics = self.tree.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None:
                self._fit_item(item, width, metrics, flags)
                # a detail note wraps in the width left beside two levels of indentation
                inner = max(80, width - 2 * self.tree.indentation())
                for note in _detail_notes(item):
                    self._fit_item(note, inner, metrics, flags)

    def _fit_item(
        self,
        item: QTreeWidgetItem,
        width: int = 0,
        metrics: Any = None,
        flags: int = int(Qt.TextFlag.TextWordWrap),
    ) -> None:
        width = width or self._text_width()
        metrics = metrics or self.tree.fontMetrics()
        rect = metrics.boundingRect(QRect(0, 0, width, 100_000), flags, item.text(0))
        item.setSizeHint(0, QSize(width, rect.height() + 8))

    def _text_width(self) -> int:
        """The width the delegate wraps a row's text in: the column less the icon, the
        indentation and the item margins (measured wider, a row was one line short and its
        last line was cut to "…")."""
        column = self.tree.header().sectionSize(0)
        return max(80, column - self.tree.iconSize().width() - self.tree.indentation() - 24)

    def _on_item(self, item: QTreeWidgetItem) -> None:
        if item.data(0, DETAILS_ROLE):
            item.setExpanded(not item.isExpanded())
            return
        suggestion = item.data(0, SUGGESTION_ROLE)
        if suggestion is not None:
            self.suggestion_chosen.emit(str(item.data(0, PATH_ROLE)), str(suggestion))
        else:
            self.activated.emit(str(item.data(0, PATH_ROLE)))

    @property
    def error_count(self) -> int:
        return sum(1 for f in self.findings if f.severity == Severity.ERROR)
