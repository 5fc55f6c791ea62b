"""The counter wizard's pages. Each is built inside ``speaking(filer language)`` so its
texts are the filer's; the staff's controls live in the window's staff bar.

Pages: Welcome (language, then kind) → one page per form section (the signature section
comes after the review) → Review (both languages side by side) → Signature → Finish.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from filingassist.counter import SIGNATURE_SECTION
from filingassist.formdefs import FormDef
from filingassist.formdefs.definition import SectionDef
from filingassist.model.document import ApplicationDocument
from filingassist.model.findings import Finding, Severity
from ui.choices import choice_label
from ui.counter.formpage import CounterFormView
from ui.formview.renderer import finding_text, section_title
from ui.i18n import LANGUAGES, N_, direction_of, speaking, tr
from ui.printouts.render import Printout, make_document
from ui.printouts.summary import summary_printout

KINDS = (
    ("trademark", N_("Trademark"), N_("Protect a name, logo or sign in this country.")),
    ("madrid", N_("Madrid (MM2)"), N_("Protect your trademark in other countries at once.")),
    ("patent", N_("Patent"), N_("Protect an invention (international patent request).")),
)


def wizard_sections(form: FormDef) -> list[SectionDef]:
    """The question pages: every section in the official order, the signature last (it
    is signed after the review, on its own page)."""
    return [s for s in form.sections if s.id != SIGNATURE_SECTION]


class Page(QWidget):
    """A page in the filer's language: a title, then its content."""

    def __init__(self, lang: str, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName(name)
        self.setLayoutDirection(direction_of(lang))
        self.box = QVBoxLayout(self)
        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.box.addWidget(self.title)

    def say(self, text: str, name: str = "") -> QLabel:
        """A wrapped paragraph under what the page shows so far."""
        label = QLabel(text)
        label.setWordWrap(True)
        label.setObjectName(name)
        self.box.addWidget(label)
        return label


class ChoiceButton(QPushButton):
    """A large button whose title and explanation wrap (a button's own text never does)."""

    def __init__(self, title: str, explain: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(title)
        self.setAccessibleDescription(explain)
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 12)
        for text, name in ((title, "choiceTitle"), (explain, "choiceText")):
            label = QLabel(text)
            label.setObjectName(name)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            box.addWidget(label)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(300, 150)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(200, 150)


class WelcomePage(Page):
    """Choose your language (every language in its own name), then what to file."""

    language_chosen = Signal(str)
    kind_chosen = Signal(str)

    def __init__(self, lang: str, note: str = "", parent: QWidget | None = None) -> None:
        with speaking(lang):
            super().__init__(lang, tr("Welcome"), "counterWelcome", parent)
            self.note = self.say(note, "welcomeNote")
            self.note.setVisible(bool(note))
            self.say(tr("Choose your language:"))
            grid = QGridLayout()
            for index, (code, name) in enumerate(LANGUAGES.items()):
                button = QPushButton(name)
                button.setObjectName(f"lang:{code}")
                button.setCheckable(True)
                button.setChecked(code == lang)
                button.setProperty("big", True)
                button.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
                grid.addWidget(button, index // 3, index % 3)
            self.box.addLayout(grid)
            self.say(tr("What do you want to file?"))
            kinds = QHBoxLayout()
            for kind, label, explain in KINDS:
                button = ChoiceButton(tr(label), tr(explain))
                button.setObjectName(f"kind:{kind}")
                button.clicked.connect(lambda _=False, k=kind: self.kind_chosen.emit(k))
                kinds.addWidget(button)
            self.box.addLayout(kinds)
            self.box.addStretch(1)


class QuestionPage(Page):
    """One section of the form: its fields with help; findings once the page is left."""

    def __init__(
        self,
        lang: str,
        form: FormDef,
        doc: ApplicationDocument,
        section: SectionDef,
        parent: QWidget | None = None,
    ) -> None:
        with speaking(lang):
            super().__init__(lang, section_title(section.item, section.label), "", parent)
            self.setObjectName(f"counterPage:{section.id}")
            self.section = section
            self.warned = False
            if section.help:
                self.say(tr(section.help))
            self.view = CounterFormView(form, doc, [section.id], lang)
            self.view.setObjectName("counterForm")
            self.box.addWidget(self.view, 1)
            self.problems = QListWidget()
            self.problems.setObjectName("pageFindings")
            self.problems.setWordWrap(True)
            self.problems.setMaximumHeight(120)
            self.problems.hide()
            self.box.addWidget(self.problems)

    def mine(self, findings: list[Finding]) -> list[Finding]:
        """Findings about this page's section (INFO left out)."""
        return [
            f
            for f in findings
            if f.severity is not Severity.INFO and self.view.section_of(f.path) == self.section.id
        ]

    def show_findings(self, findings: list[Finding], reveal: bool) -> list[Finding]:
        """Mark and list this page's findings (all of them when ``reveal``); returns them."""
        mine = self.mine(findings)
        with speaking(self.lang):
            if reveal:
                self.view.reveal(self.section.id)
            self.view.mark_findings(findings)
            shown = [f for f in mine if self.view.shows(f)]
            self.problems.clear()
            for finding in shown:
                mark = "⛔" if finding.severity is Severity.ERROR else "⚠"
                self.problems.addItem(f"{mark} {finding_text(finding)}")
        self.problems.setVisible(bool(shown))
        return shown


class ReviewPage(Page):
    """The application in the filer's language and the staff's, side by side."""

    def __init__(
        self,
        lang: str,
        staff_lang: str,
        form: FormDef,
        doc: ApplicationDocument,
        quote: dict[str, Any] | None,
        parent: QWidget | None = None,
    ) -> None:
        with speaking(lang):
            super().__init__(lang, tr("Check your application"), "counterReview", parent)
            self.say(tr("Read it with the staff. Go back to change anything before you sign."))
        row = QHBoxLayout()
        self.columns: dict[str, QTextBrowser] = {}
        for which in dict.fromkeys((lang, staff_lang)):
            with speaking(which):
                column = QVBoxLayout()
                head = QLabel(tr("In {language}").format(language=LANGUAGES[which]))
                head.setObjectName("reviewHeading")
                browser = QTextBrowser()
                browser.setObjectName(f"review:{which}")
                browser.setLayoutDirection(direction_of(which))
                printout = summary_printout(form, doc, "", None, None, quote)
                document = make_document(printout)
                document.setParent(browser)
                browser.setDocument(document)
                column.addWidget(head)
                column.addWidget(browser, 1)
                frame = QFrame()
                frame.setLayoutDirection(direction_of(which))
                frame.setLayout(column)
                row.addWidget(frame, 1)
                self.columns[which] = browser
        self.box.addLayout(row, 1)


class SignaturePage(Page):
    """The filer types their name; the signature is that name between slashes."""

    changed = Signal()

    def __init__(
        self, lang: str, form: FormDef, doc: ApplicationDocument, parent: QWidget | None = None
    ) -> None:
        with speaking(lang):
            super().__init__(lang, tr("Sign your application"), "counterSignature", parent)
            self.say(
                tr(
                    "Type your full name. Your signature is your name between two slashes. "
                    "The staff then signs the filing for the office; you need no key."
                )
            )
            self.name = QLineEdit(str(doc.get("signature.signatory") or ""))
            self.name.setObjectName("signatoryName")
            self.name.setPlaceholderText(tr("Your full name"))
            self.name.setAccessibleName(tr("Your full name"))
            self.name.setLayoutDirection(direction_of(lang))
            self.preview = QLabel()
            self.preview.setObjectName("signaturePreview")
            self.preview.setWordWrap(True)
            capacity = form.field("signature.capacity")
            self.capacity = QComboBox()
            self.capacity.setObjectName("signatoryCapacity")
            for code in (
                capacity.choices if capacity and isinstance(capacity.choices, tuple) else ()
            ):
                self.capacity.addItem(choice_label(str(code)), code)
            current = doc.get("signature.capacity")
            if current:
                self.capacity.setCurrentIndex(max(0, self.capacity.findData(current)))
            self.confirm = QCheckBox(tr("I have checked the application and it is correct."))
            self.confirm.setObjectName("signatureConfirm")
            self.status = QLabel()
            self.status.setObjectName("signatureStatus")
            self.status.setWordWrap(True)
            for label, widget in (
                (tr("Your full name"), self.name),
                (tr("Signs as"), self.capacity),
            ):
                caption = QLabel(label)
                caption.setWordWrap(True)
                self.box.addWidget(caption)
                self.box.addWidget(widget)
            self.box.addWidget(self.preview)
            self.box.addWidget(self.confirm)
            self.box.addWidget(self.status)
            self.box.addStretch(1)
            self._signature_text = tr("Your signature: {signature}")
        self.name.textChanged.connect(self._update)
        self.confirm.toggled.connect(self._update)
        self._update()

    def typed_name(self) -> str:
        return " ".join(self.name.text().split()).strip("/ ")

    def ready(self) -> bool:
        return bool(self.typed_name()) and self.confirm.isChecked()

    def _update(self) -> None:
        name = self.typed_name()
        self.preview.setText(self._signature_text.format(signature=f"/{name}/") if name else "")
        self.changed.emit()


class FinishPage(Page):
    """Signed: the fee due in plain words, how to pay here, then the handover."""

    def __init__(
        self,
        lang: str,
        fee_html: str,
        package_id: str,
        parent: QWidget | None = None,
    ) -> None:
        with speaking(lang):
            super().__init__(lang, tr("Your application is signed"), "counterFinish", parent)
            self.say(
                tr(
                    "The staff now sends it to the office and prints a summary for you, with "
                    "the fee to pay and the number of your filing."
                )
            )
            self.say(tr("Package id: {id}").format(id=package_id[:16] + "…"), "finishPackage")
            fees = QTextBrowser()
            fees.setObjectName("finishFees")
            fees.setLayoutDirection(direction_of(lang))
            rtl = direction_of(lang) == Qt.LayoutDirection.RightToLeft
            where = "rtl" if rtl else "ltr"
            body = f"<html dir='{where}'><body dir='{where}'>{fee_html}</body></html>"
            document = make_document(Printout(tr("Fees and how to pay"), body, rtl=rtl))
            document.setParent(fees)
            fees.setDocument(document)
            self.box.addWidget(fees, 1)
        self.fees = fees


def today() -> dt.date:
    return dt.date.today()
