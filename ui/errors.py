"""Errors as a person reads them: a translated sentence first, the technical text as details.

Core exceptions carry English, developer-facing text ("no draft with id 'x'"); the window
shows what happened in the user's language and keeps that text only as the details.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from filingassist.errors import (
    AlreadyQueued,
    FilingError,
    InputError,
    NotFound,
    NotReceivedByOffice,
    PassphraseNeeded,
    RejectedByOffice,
    SigningError,
    SyncError,
    TransientSyncError,
    UsageError,
    ValidationFailed,
    VerificationError,
    WrongPassphrase,
)
from ui.i18n import N_, tr

log = logging.getLogger(__name__)

#: Most specific class first: the first match names the message.
MESSAGES: tuple[tuple[type[BaseException], str], ...] = (
    (
        NotFound,
        N_(
            "It is no longer in this data folder: it may have been deleted, or it "
            "belongs to another data folder."
        ),
    ),
    (
        NotReceivedByOffice,
        N_(
            "That office does not receive this kind of application for the office the "
            "application names: add the office that does, or correct the application."
        ),
    ),
    (AlreadyQueued, N_("This revision is already in the outbox or filed.")),
    (PassphraseNeeded, N_("Type the key's passphrase.")),
    (
        WrongPassphrase,
        N_(
            "The passphrase does not open the key: type it again (a passphrase remembered "
            "for this session has been forgotten)."
        ),
    ),
    (UsageError, N_("This cannot be done now.")),
    (InputError, N_("The file or the data could not be read.")),
    (ValidationFailed, N_("The application has errors: correct them first.")),
    (SigningError, N_("The application could not be signed: check the key and its passphrase.")),
    (VerificationError, N_("A signature or a certificate could not be verified.")),
    (TransientSyncError, N_("The office cannot be reached now; sending is retried later.")),
    (RejectedByOffice, N_("The office refused the package.")),
    (SyncError, N_("Sending to the office failed.")),
    (FilingError, N_("The action failed.")),
    (OSError, N_("The disk could not be read or written (full, or not allowed).")),
)
UNEXPECTED = N_("Something unexpected went wrong; the details help to report it.")


def user_message(exc: BaseException) -> str:
    """A translated sentence that says what went wrong, in the user's words."""
    for kind, message in MESSAGES:
        if isinstance(exc, kind):
            return tr(message)
    return tr(UNEXPECTED)


#: Words of a transport error (requests, urllib3, sockets) and what they mean to a filer.
_TRANSPORT: tuple[tuple[tuple[str, ...], str], ...] = (
    (("certificate", "ssl", "fingerprint"), N_("The office's certificate could not be checked.")),
    (("timed out", "timeout"), N_("The office did not answer in time.")),
    (
        ("connection", "refused", "unreachable", "resolve", "max retries", "reset", "eof"),
        N_("The office could not be reached."),
    ),
    (("429", "503", "502", "504", "busy"), N_("The office was busy.")),
)


def transport_text(raw: str) -> str:
    """A short sentence for a stored sending error (a table cell shows it whole; the raw
    text goes in the tooltip): never a cut-off "HTTPConnectionPool(host=…"."""
    if not raw:
        return ""
    lowered = raw.lower()
    for words, message in _TRANSPORT:
        if any(w in lowered for w in words):
            return tr(message) + " " + tr("It is tried again later.")
    return tr("Sending failed; it is tried again later.")


def details(exc: BaseException) -> str:
    """The technical text (English) for a report, with the place when the error names one."""
    where = getattr(exc, "where", "")
    text = str(exc) or type(exc).__name__
    return f"{text} ({where})" if where and where not in text else text


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> QMessageBox:
    """A warning box: the translated sentence, the technical text under "Show Details"."""
    log.info("shown to the user: %s", details(exc))
    box = QMessageBox(QMessageBox.Icon.Warning, title, user_message(exc), parent=parent)
    box.setDetailedText(details(exc))
    box.setObjectName("errorBox")
    box.open()
    return box
