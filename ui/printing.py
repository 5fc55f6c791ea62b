"""Printable documents: the application summary and the filing receipt, as PDF.

The UI's entry points; the layout lives in ``ui/printouts/`` (summary.py follows the
official form from its definition, receipt.py states what the office signed, render.py
paginates to A4 or Letter with a running header and page numbers).
"""

from __future__ import annotations

from typing import Any

from filingassist.app import Workspace
from filingassist.formdefs import FormDef
from filingassist.model.document import ApplicationDocument
from ui.printouts.markup import LRM, ltr
from ui.printouts.receipt import KEEP_NOTE, receipt_printout
from ui.printouts.render import PAGE_SIZES, Printout, default_page_size, make_document, write_pdf
from ui.printouts.summary import summary_printout

__all__ = [
    "KEEP_NOTE",
    "LRM",
    "PAGE_SIZES",
    "Printout",
    "default_page_size",
    "ltr",
    "make_document",
    "receipt_for",
    "summary_for",
    "write_pdf",
]


def summary_for(
    ws: Workspace, form: FormDef, doc: ApplicationDocument, draft_id: str = ""
) -> Printout:
    """The summary of an open draft, with its package when the current revision is signed.

    Fast (a few database reads and one hash of the package file): fine on the GUI thread.
    """
    signed = ws.signed_package(draft_id) if draft_id else None
    revision = ws.draft(draft_id).head if draft_id else None
    quote = ws.fees(doc)
    return summary_printout(
        form, doc, draft_id, revision, signed, quote.as_dict() if quote else None
    )


def receipt_for(ws: Workspace, receipt: Any) -> Printout:
    """The receipt of a stored receipt row (a dict or record with ``package_id``)."""
    package_id = receipt.get("package_id") if isinstance(receipt, dict) else receipt.package_id
    return receipt_printout(ws.receipt_details(str(package_id)))
