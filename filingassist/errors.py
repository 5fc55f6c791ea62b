"""The exception tree of the core (after httpx): callers catch the branch they can handle.

``FilingError`` is the root. Input that cannot be read is an ``InputError`` and always
names the place (file, JSON path, zip member, line) so the message alone tells the user
what to fix. The CLI maps ``InputError``/``UsageError`` to exit code 2.
"""

from __future__ import annotations

from typing import Any


class FilingError(Exception):
    """Root of every error the core raises on purpose."""


class UsageError(FilingError):
    """The caller asked for something that does not exist or makes no sense."""


class NotFound(UsageError):
    """A draft, revision, key, package or office that is not in the store."""


class PassphraseNeeded(UsageError):
    """A key was to be unlocked without a passphrase and none is remembered for it."""


class SchemaUnavailable(FilingError):
    """The official schema files are not on this machine, so XSD validation cannot run."""


class InputError(FilingError):
    """Hostile, malformed or unsupported input; ``where`` names the place."""

    def __init__(self, message: str, where: str = "") -> None:
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class ValidationFailed(FilingError):
    """An application has findings of severity error where none are allowed."""

    def __init__(self, message: str, findings: list[object] | None = None) -> None:
        self.findings = list(findings or [])
        super().__init__(message)


class SigningError(FilingError):
    """A key, certificate or passphrase problem while signing."""


class WrongPassphrase(SigningError):
    """The passphrase does not open the key (or the key file is damaged); a passphrase
    remembered for the session that fails is forgotten."""


class VerificationError(FilingError):
    """A package or receipt whose container, digests or signature do not check out."""


class DigestMismatch(VerificationError):
    """The signed message digest does not match the content: the content was altered."""


class Cancelled(FilingError):
    """Work stopped because the user (or a newer request) cancelled it."""


class SyncError(FilingError):
    """Something went wrong talking to an office."""


class TransientSyncError(SyncError):
    """Network trouble, 5xx, 429: try again later."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        self.retry_after = retry_after
        super().__init__(message)


class UploadIncomplete(SyncError):
    """The office has not got the whole package yet: resume the upload, then submit again."""


class UploadGone(SyncError):
    """The office no longer has this upload (expired, deleted): create a new one."""


class UploadProblem(FilingError):
    """Office side: the upload is missing, incomplete or damaged; the client should upload
    again. ``status`` is the HTTP status the office answers with."""

    def __init__(self, message: str, status: int) -> None:
        self.status = status
        super().__init__(message)


class TusError(FilingError):
    """Office side: a tus request the office refuses; ``status`` and ``headers`` are the
    HTTP answer (e.g. 409 with the upload's real offset, 413 over the size limit)."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.headers = headers or {}


class RejectedByOffice(SyncError):
    """The office refused the filing; retrying will not help."""

    def __init__(self, message: str, reasons: list[str] | None = None) -> None:
        self.reasons = list(reasons or [])
        super().__init__(message)


class AlreadyQueued(UsageError):
    """A package of this draft revision is already queued or filed with the office.

    Packing or queuing it again would file the same application twice (two application
    numbers, two fees); the caller must confirm explicitly (``again=True``, ``--again``).
    """

    def __init__(self, message: str, package_ids: list[str]) -> None:
        self.package_ids = list(package_ids)
        super().__init__(message)


class NotReceivedByOffice(UsageError):
    """The office does not declare (in its discovery document) that it receives this kind
    of application for the office code the application names: filing it there would put
    it before the wrong office."""

    def __init__(self, office: str, kind: str, wanted: str, received: list[str]) -> None:
        self.office, self.kind, self.wanted, self.received = office, kind, wanted, received
        receives = ", ".join(received) if received else "none"
        super().__init__(
            f"office {office} does not receive {kind} applications for {wanted or '(none named)'}"
            f" (it declares: {receives}); add the office that does, or correct the application"
        )


class Busy(FilingError):
    """Another process holds the data folder's lock for this work (a sync pass)."""


class SignerNotValid(VerificationError):
    """The signature is intact but the signer's certificate is not valid at the time checked.

    ``info`` (a ``packaging.cms.SignatureInfo``) still says who signed, so a report can show
    the signer beside the problem.
    """

    def __init__(self, message: str, info: Any) -> None:
        super().__init__(message)
        self.info = info


class StepNotRun(FilingError):
    """Self-test: a step could not start because an earlier step did not make what it needs."""


class CellValueError(FilingError):
    """Bulk sheets: one cell's value cannot be read (a yes/no, a number, a file). The row is
    reported with ``message`` (a message id, translated where shown) and ``params``; the
    other cells and rows are still checked."""

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.params = params
