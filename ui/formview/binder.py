"""Bindings: get and set a field's value on its widget, chosen by the type's widget hint.

One class per hint (line, text, date, combo, check, spin, money, list, file); never one per field.
A binding knows its concrete document path, so the form writes values with ``set_path``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from filingassist.formdefs import FieldDef
from filingassist.money import as_decimal, canonical, format_amount, parse_amount
from ui.formview.widgets import AttachmentField, DateField, TextListField
from ui.i18n import current_language
from ui.refsource import CODE_ROLE, choice_model


class Binding(QObject):
    """One field slot on screen: its widget, its label and its concrete path."""

    changed = Signal(object)  # the binding

    def __init__(self, field: FieldDef, path: str, label: QLabel, widget: QWidget) -> None:
        super().__init__(widget)
        self.field = field
        self.path = path
        self.label = label
        self.widget = widget
        self.loading = False

    def get(self) -> Any:
        raise NotImplementedError

    def _set(self, value: Any) -> None:
        raise NotImplementedError

    def set(self, value: Any) -> None:
        """Show ``value`` without reporting it back as an edit."""
        self.loading = True
        try:
            self._set(value)
        finally:
            self.loading = False

    def _emit(self, *_: Any) -> None:
        if not self.loading:
            self.changed.emit(self)

    @property
    def focus_widget(self) -> QWidget:
        return self.widget.focusProxy() or self.widget


class LineBinding(Binding):
    def __init__(self, field: FieldDef, path: str, label: QLabel, widget: QLineEdit) -> None:
        super().__init__(field, path, label, widget)
        self.edit = widget
        if field.max_length:
            widget.setMaxLength(field.max_length)
        widget.textEdited.connect(self._emit)

    def get(self) -> Any:
        return self.edit.text()

    def _set(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.edit.text() != text:
            self.edit.setText(text)


class TextBinding(Binding):
    def __init__(self, field: FieldDef, path: str, label: QLabel, widget: QPlainTextEdit) -> None:
        super().__init__(field, path, label, widget)
        self.edit = widget
        widget.setTabChangesFocus(True)
        widget.setFixedHeight(widget.fontMetrics().lineSpacing() * 3 + 14)
        widget.textChanged.connect(self._emit)

    def get(self) -> Any:
        return self.edit.toPlainText()

    def _set(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.edit.toPlainText() != text:
            self.edit.setPlainText(text)


class ValueBinding(Binding):
    """For our own field widgets (date, term list, attachment): value(), set_value(), changed."""

    def __init__(
        self,
        field: FieldDef,
        path: str,
        label: QLabel,
        widget: DateField | TextListField | AttachmentField,
    ) -> None:
        super().__init__(field, path, label, widget)
        self.field_widget = widget
        widget.changed.connect(self._emit)

    def get(self) -> Any:
        return self.field_widget.value()

    def _set(self, value: Any) -> None:
        self.field_widget.set_value(value)


class ComboBinding(Binding):
    def __init__(self, field: FieldDef, path: str, label: QLabel, widget: QComboBox) -> None:
        super().__init__(field, path, label, widget)
        self.combo = widget
        widget.setModel(choice_model(field.choices))
        widget.setMaxVisibleItems(20)
        # Long country names must not force the whole form wider than the window.
        widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        widget.setMinimumContentsLength(18)
        widget.currentIndexChanged.connect(self._emit)

    def get(self) -> Any:
        return self.combo.currentData(CODE_ROLE)

    def _set(self, value: Any) -> None:
        combo = self.combo
        index = combo.findData(value, CODE_ROLE) if value not in (None, "") else 0
        if index < 0:  # a code the list does not know: keep it visible, not silently dropped
            combo.addItem(str(value))
            index = combo.count() - 1
            combo.setItemData(index, value, CODE_ROLE)
        combo.setCurrentIndex(index)


class CheckBinding(Binding):
    def __init__(self, field: FieldDef, path: str, label: QLabel, widget: QCheckBox) -> None:
        super().__init__(field, path, label, widget)
        self.box = widget
        widget.toggled.connect(self._emit)

    def get(self) -> Any:
        return self.box.isChecked()

    def _set(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class SpinBinding(Binding):
    """Whole numbers in a line edit, so "no value" stays distinguishable from 0."""

    def __init__(self, field: FieldDef, path: str, label: QLabel, widget: QLineEdit) -> None:
        super().__init__(field, path, label, widget)
        self.edit = widget
        low = field.min_value if field.min_value is not None else -(2**31)
        high = field.max_value if field.max_value is not None else 2**31 - 1
        widget.setValidator(QIntValidator(low, high, widget))
        widget.setMaximumWidth(120)
        widget.textEdited.connect(self._emit)

    def get(self) -> Any:
        text = self.edit.text().strip()
        try:
            return int(text)
        except ValueError:
            return None

    def _set(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.edit.text() != text:
            self.edit.setText(text)


class MoneyBinding(Binding):
    """An amount typed with the language's separators ("4,394.00" in English, "4 394,00" in
    French), stored as a canonical decimal string; shown formatted once editing ends.
    Text that is not an amount is kept as typed, so the check names it instead of the
    value being silently dropped."""

    def __init__(self, field: FieldDef, path: str, label: QLabel, widget: QLineEdit) -> None:
        super().__init__(field, path, label, widget)
        self.edit = widget
        widget.setMaximumWidth(160)
        widget.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        widget.textEdited.connect(self._emit)
        widget.editingFinished.connect(self._tidy)

    def get(self) -> Any:
        text = self.edit.text().strip()
        if not text:
            return None
        try:
            return canonical(parse_amount(text, current_language()))
        except ValueError:
            return text

    def _set(self, value: Any) -> None:
        if value is not None and self.get() == value:
            return  # the same amount as typed: leave the filer's text and cursor alone
        amount = as_decimal(value)
        if amount is not None:
            text = format_amount(amount, current_language())
        else:
            text = "" if value is None else str(value)
        if self.edit.text() != text:
            self.edit.setText(text)

    def _tidy(self) -> None:
        amount = as_decimal(self.get())
        if amount is not None:
            self.set(canonical(amount))
            self.edit.setText(format_amount(amount, current_language()))


def make_binding(
    field: FieldDef, path: str, label: QLabel, term_search: Callable[[str], list[str]] | None = None
) -> Binding:
    """The widget and binding for ``field`` according to its type's widget hint."""
    hint = field.ftype.widget
    if hint == "text":
        return TextBinding(field, path, label, QPlainTextEdit())
    if hint == "date":
        return ValueBinding(field, path, label, DateField())
    if hint == "combo":
        return ComboBinding(field, path, label, QComboBox())
    if hint == "check":
        return CheckBinding(field, path, label, QCheckBox())
    if hint == "spin":
        return SpinBinding(field, path, label, QLineEdit())
    if hint == "money":
        return MoneyBinding(field, path, label, QLineEdit())
    if hint == "list":
        return ValueBinding(field, path, label, TextListField(term_search))
    if hint == "file":
        return ValueBinding(field, path, label, AttachmentField(field.media_types))
    return LineBinding(field, path, label, QLineEdit())
