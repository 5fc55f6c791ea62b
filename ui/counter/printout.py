"""What the filer takes away from the counter, in the filer's language.

First a block the filer needs at the cash desk and later: the package id as text and as a
QR code (the office's staff scan it to find the filing), the fee due in plain words with
how to pay at this office; then the application laid out as its official form (the same
summary as the desktop's). Printed to the default printer, or written as a PDF into the
office's print folder (``CounterConfig.print_folder``), never into the data folder.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import segno
from PySide6.QtPrintSupport import QPrinter

from filingassist.counter import CounterConfig
from filingassist.formdefs import FormDef
from filingassist.model.document import ApplicationDocument
from ui.i18n import N_, speaking, tr
from ui.printouts.markup import decimal, heading, ltr, table
from ui.printouts.render import Printout, print_on, write_pdf
from ui.printouts.summary import fee_sheet_html, summary_printout
from ui.refsource import money

#: Error correction M (15 %) survives a crease or a smudge on a counter printout.
QR_ERROR = "m"
QR_SCALE = 6
QR_SIZE_PT = 110
KEEP = N_("Keep this paper. Show it when you pay and when you ask about your application.")


def qr_code(package_id: str) -> segno.QRCode:
    """The QR code of a package id (what a scanner reads back)."""
    return segno.make(package_id, error=QR_ERROR, micro=False)


def fee_due_text(quote: dict[str, Any] | None) -> str:
    """The fee due in one plain sentence (in the current language)."""
    total = decimal(quote.get("total")) if quote else None
    if quote is None or total is None:
        return tr("The fee cannot be worked out yet: the staff will tell you what to pay.")
    amount = money(total, str(quote.get("currency") or ""))
    if quote.get("incomplete"):
        return tr("You have to pay at least {amount}; the staff will tell you the rest.").format(
            amount=amount
        )
    return tr("You have to pay {amount} in total.").format(amount=amount)


def payment_html(quote: dict[str, Any] | None, config: CounterConfig, lang: str) -> str:
    """Fee due, the itemised sheet and how to pay at this office (current language)."""
    parts = [f"<p><b>{html.escape(fee_due_text(quote))}</b></p>", fee_sheet_html(quote)]
    how = config.payment_text(lang)
    if how:
        parts.append(heading(tr("How to pay at this office"), 11, 8))
        parts.append("".join(f"<p>{html.escape(line)}</p>" for line in how.splitlines()))
    return "".join(parts)


def filer_printout(
    form: FormDef,
    doc: ApplicationDocument,
    signed: Any,
    quote: dict[str, Any] | None,
    config: CounterConfig,
    lang: str,
) -> Printout:
    """The summary for the filer, in ``lang``; ``signed`` is the SignedPackage."""
    with speaking(lang):
        summary = summary_printout(form, doc, "", None, signed, quote)
        uri = qr_code(signed.package_id).png_data_uri(scale=QR_SCALE, border=4)
        office = config.office_name_in(lang) or tr("this office")
        block = [
            heading(tr("Your filing at {office}").format(office=office), 14, 0),
            f"<p>{html.escape(tr(KEEP))}</p>",
            table([(tr("Package id"), html.escape(ltr(signed.package_id)))]),
            f"<p><img src='{uri}' width='{QR_SIZE_PT}' height='{QR_SIZE_PT}'/></p>",
            heading(tr("Fees and how to pay"), 12, 8),
            payment_html(quote, config, lang),
            "<hr/>",
        ]
    body = summary.body_html
    start = body.index(">", body.index("<body")) + 1
    return Printout(
        title=summary.title,
        body_html=body[:start] + "".join(block) + body[start:],
        header=summary.header,
        rtl=summary.rtl,
        keywords=(signed.package_id,),
    )


def print_out(
    printout: Printout,
    config: CounterConfig,
    name: str,
    lang: str,
    printer: QPrinter | None = None,
) -> Path | None:
    """Print to the office's print folder (a PDF, returned) or to ``printer`` (the default
    printer when None); the page numbers and running header are in ``lang`` like the body."""
    with speaking(lang):
        if config.print_folder is not None and printer is None:
            config.print_folder.mkdir(parents=True, exist_ok=True)
            return write_pdf(printout, config.print_folder / f"{name}.pdf")
        print_on(printer or QPrinter(QPrinter.PrinterMode.HighResolution), printout)
    return None
