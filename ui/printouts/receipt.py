"""The filing receipt a filer keeps: what the office signed, as a person reads it."""

from __future__ import annotations

import html
from typing import Any

from ui.i18n import N_, tr
from ui.models.drafts import KIND_LABELS
from ui.printouts.markup import heading, lines, ltr, rtl, table, when
from ui.printouts.render import Printout
from ui.printouts.summary import fee_sheet_html

KEEP_NOTE = N_("Keep this receipt: it proves the date the office received your application.")
VERIFIED = N_(
    "The office's signature on this receipt was verified with the office's certificate "
    "(SHA-256 fingerprint {fingerprint})."
)
NOT_VERIFIED = N_(
    "The office's signature on this receipt could not be verified: "
    "do not rely on this printout; ask the office."
)
RESPONSE_TITLE = N_("Receipt for a response")
MARK = N_("Mark")
TITLE = N_("Title of invention")
APPLICANTS = N_("Applicant(s)")
FILED_AT = N_("Filing date and time")
FEES_PAID = N_("Fees paid")
LATE = N_("Received after the deadline")
KIND_OF_APPLICATION = N_("Kind of application")


def receipt_printout(details: Any) -> Printout:
    """``details`` is the Workspace's ``ReceiptDetails`` for one package."""
    kind = tr(KIND_LABELS.get(details.application_kind, details.application_kind or "—"))
    filed = when(details.filed_at)
    office = details.office_name
    if details.office_code and details.office_code not in office:
        office = f"{office} ({details.office_code})"
    rows: list[tuple[str, str]] = [
        (tr("Office"), html.escape(office)),
        (tr("Application number"), html.escape(ltr(details.application_number))),
        (tr(FILED_AT), html.escape(ltr(filed))),
        (tr(KIND_OF_APPLICATION), html.escape(kind)),
    ]
    if details.title:
        label = TITLE if details.application_kind == "patent" else MARK
        rows.append((tr(label), lines(details.title)))
    if details.applicants:
        rows.append((tr(APPLICANTS), lines("\n".join(details.applicants))))
    if details.reference:
        rows.append((tr("Reference"), lines(details.reference)))
    if details.receipt_kind == "response" and details.late:
        rows.append((tr(LATE), html.escape(tr("Yes"))))
    rows += [
        (tr("Package"), html.escape(ltr(details.package_id))),
        (tr("Package digest") + " (SHA-256)", html.escape(ltr(details.package_digest))),
        (tr("Received"), html.escape(ltr(when(details.received_at)))),
    ]
    title = tr("Filing receipt") if details.receipt_kind != "response" else tr(RESPONSE_TITLE)
    if details.signature_verified:
        sentence = tr(VERIFIED).format(fingerprint=ltr(details.certificate_fingerprint))
    else:
        sentence = tr(NOT_VERIFIED)
    body = [heading(title, 15, 0), table(rows)]
    if details.fees:
        body.append(heading(tr(FEES_PAID), 12, 12))
        body.append(fee_sheet_html(details.fees, titled=False))
    body.append(f"<p class='note'><b>{html.escape(sentence)}</b></p>")
    body.append(f"<p class='note'>{html.escape(tr(KEEP_NOTE))}</p>")
    direction = "rtl" if rtl() else "ltr"
    return Printout(
        title=title,
        body_html=f"<html dir='{direction}'><body dir='{direction}'>{''.join(body)}</body></html>",
        header=(
            " · ".join([kind, ltr(details.application_number), ltr(filed)]),
            f"{tr('Package')}: {ltr(details.package_id)}",
            f"{tr('Package digest')} (SHA-256): {ltr(details.package_digest)}",
        ),
        rtl=rtl(),
    )
