"""Local validation: field checks from the form definitions, then the named rules.

``validate_document(doc)`` is what the UI calls on every keystroke and the CLI's
``validate`` prints; see ``rules.engine`` for the order of work and docs/rules.md for
the rule table.
"""

from __future__ import annotations

import datetime as dt

from filingassist.model.document import ApplicationDocument
from filingassist.model.findings import Finding
from filingassist.rules.engine import validate
from filingassist.rules.registry import BlobGetter


def validate_document(
    doc: ApplicationDocument, *, blobs: BlobGetter | None = None, today: dt.date | None = None
) -> list[Finding]:
    """Every finding for ``doc``, errors first.

    Args:
        doc: the application.
        blobs: returns an attachment's bytes by SHA-256 (image size, sequence listing
            checks); without it those checks look only at what the document records.
        today: the date for period checks when the document has no filing date.
    """
    return validate(doc, blobs=blobs, today=today)


__all__ = ["validate_document"]
