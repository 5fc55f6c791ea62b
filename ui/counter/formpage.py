"""The form view of one wizard page: the generated widgets of one section, larger, with
the plain-language help written out under each field (not hidden in a tooltip)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from filingassist.formdefs import FieldDef, FormDef
from filingassist.model.document import ApplicationDocument
from filingassist.model.findings import Finding
from ui.counter.help import help_for
from ui.formview.binder import Binding
from ui.formview.renderer import FormView
from ui.i18n import speaking, tr

#: Text size of the counter (its style sheet sets it for every widget of the window).
FONT_PT = 14
#: The label column, in average characters (the desktop form's is 28).
LABEL_CHARS = 22


class CounterFormView(FormView):
    """A FormView of some sections whose fields each carry a visible help line."""

    def __init__(
        self,
        form: FormDef,
        document: ApplicationDocument,
        sections: Collection[str],
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        from ui.counter.fieldactions import terms_for

        self.help_labels: dict[str, QLabel] = {}
        self.lang = lang
        with speaking(lang):
            super().__init__(
                form,
                document,
                term_search=lambda text, path: terms_for(document, text, path),
                parent=parent,
                sections=sections,
            )
        self.revealed = set()  # neutral until the page is left or Check is pressed
        for card in self.sections.values():
            card.title_label.hide()  # the page's own title names the section

    # Widgets made later (an item added, the data replaced, findings marked) speak the
    # filer's language too, not the staff's installed one.
    def _restructure(self, group_path: str) -> None:
        with speaking(self.lang):
            super()._restructure(group_path)

    def refresh(self, data: dict[str, Any]) -> None:
        with speaking(self.lang):
            super().refresh(data)

    def _build_slice(self) -> None:
        with speaking(self.lang):
            super()._build_slice()

    def build_pending(self) -> None:
        with speaking(self.lang):
            super().build_pending()

    def mark_findings(self, findings: list[Finding]) -> None:
        with speaking(self.lang):
            super().mark_findings(findings)

    def add_row(self, layout: QFormLayout, f: FieldDef, path: str) -> Binding:
        binding = super().add_row(layout, f, path)
        self._fit_label(binding.label)
        text = help_for(self.form.kind, f)
        if text:
            label = QLabel(tr(text))
            label.setWordWrap(True)
            label.setObjectName("plainHelp")
            layout.addRow(label)
            self.help_labels[path] = label
        return binding

    @staticmethod
    def _fit_label(label: QLabel) -> None:
        """The form's label column is measured in the desktop's font when a row is made;
        the counter's larger text (its style sheet) needs the column measured again."""
        font = QFont(label.font())
        font.setPointSize(FONT_PT)
        metrics = QFontMetrics(font)
        width = metrics.averageCharWidth() * LABEL_CHARS
        lines = metrics.boundingRect(
            0, 0, width, 10_000, int(Qt.TextFlag.TextWordWrap), label.text()
        )
        label.setFixedWidth(width)
        label.setFixedHeight(lines.height() + 4)

    def drop_bindings(self, prefix: str) -> None:
        super().drop_bindings(prefix)
        for path in [p for p in self.help_labels if p.startswith(prefix)]:
            del self.help_labels[path]

    def update_visibility(self) -> None:
        super().update_visibility()
        for path, label in getattr(self, "help_labels", {}).items():
            binding = self.bindings.get(path)
            if binding is not None:
                label.setVisible(not binding.widget.isHidden())
