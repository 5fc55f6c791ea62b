"""Printouts to PDF: real point sizes, A4 or Letter, a running header and page numbers.

A ``QTextDocument`` laid out against the PDF writer (``setPaintDevice``) measures its
point sizes at the writer's resolution, so 10.5 pt in the style sheet is 10.5 pt on
paper; laid out against the screen and printed at 300 dpi (what ``QTextDocument.print_``
does with a page size in device pixels) it came out near 4 pt. Pages are painted one by
one so each gets the header (kind, reference, date, package) and "Page n of N".

QTextDocument shapes Arabic, lays it out right to left and falls back to the Noto CJK
fonts glyph by glyph; QPdfWriter embeds the fonts it draws with.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QRawFont,
    QTextDocument,
    QTextFrame,
    QTextOption,
)
from PySide6.QtPrintSupport import QPrinter

from ui.i18n import N_, tr

#: Paper sizes offered, by the name shown to the user.
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
BODY_PT = 10.5
CELL_PADDING_PT = 4.0
SMALL_PT = 9.0
MARGIN_MM = 18.0
RESOLUTION = 300
FONT_FAMILIES = [
    "Noto Sans",
    # Noto Sans Arabic maps its lam-alef ligatures to Unicode (Naskh does not), so the
    # text of a PDF can be read back and searched.
    "Noto Sans Arabic",
    "Noto Sans CJK SC",
    "DejaVu Sans",
]
PAGE_OF = N_("Page {page} of {pages}")

STYLE = f"""
body {{ font-size: {BODY_PT}pt; }}
p {{ margin-top: 1pt; margin-bottom: 1pt; }}
p.value {{ margin-left: 14pt; margin-right: 14pt; }}
p.note {{ font-size: {BODY_PT}pt; margin-top: 10pt; }}
td {{ font-size: {BODY_PT}pt; padding: 2pt; }}
th {{ font-size: {BODY_PT}pt; font-weight: bold; padding: 2pt; background: #eeeeee; }}
span.label {{ font-weight: bold; }}
"""


@dataclass(frozen=True)
class Printout:
    """A document ready to print: its title, running header lines and body (HTML)."""

    title: str
    body_html: str
    header: tuple[str, ...] = ()
    rtl: bool = False
    #: Extra words for a person checking a PDF (not printed).
    keywords: tuple[str, ...] = field(default=())


def default_page_size() -> str:
    """Letter where the locale measures in US units (US, Canada's English, Mexico...)."""
    system = QLocale().measurementSystem()
    return "Letter" if system == QLocale.MeasurementSystem.ImperialUSSystem else "A4"


def _font() -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(BODY_PT)
    return font


def make_document(printout: Printout) -> QTextDocument:
    """The body as a text document (for the on-screen preview and for the PDF)."""
    doc = QTextDocument()
    option = QTextOption()
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if printout.rtl else Qt.LayoutDirection.LeftToRight
    )
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setDefaultFont(_font())
    doc.setDefaultStyleSheet(STYLE)
    doc.setDocumentMargin(0)
    doc.setHtml(printout.body_html)
    _pad_tables(doc.rootFrame(), 96)
    return doc


def _pad_tables(frame: QTextFrame, dpi: int) -> None:
    """Cell padding in points: HTML's cellpadding counts device pixels (1/300 in in a PDF)."""
    for child in frame.childFrames():
        if child.frameFormat().isTableFormat():
            fmt = child.frameFormat().toTableFormat()
            fmt.setCellPadding(CELL_PADDING_PT * dpi / 72)
            child.setFrameFormat(fmt)
        _pad_tables(child, dpi)


def write_pdf(printout: Printout, out: Path, page_size: str | None = None) -> Path:
    """Write ``printout`` as a PDF on A4 or Letter paper; returns ``out``.

    Safe to call on a worker thread (it only draws on the PDF writer).
    """
    writer = QPdfWriter(str(out))
    writer.setResolution(RESOLUTION)
    writer.setTitle(printout.title)
    writer.setCreator("filingassist")
    paint_pages(writer, printout, page_size)
    _fix_text_mapping(out)
    return out


def print_on(printer: QPrinter, printout: Printout, page_size: str | None = None) -> None:
    """Print ``printout`` on ``printer`` (a physical printer, or a QPrinter writing a PDF)
    exactly as ``write_pdf`` lays it out: real point sizes, header, "Page n of N".

    ``QTextDocument.print_`` would lay the text out against the screen (about 4 pt on
    paper) and leave out the running header and the page numbers.
    """
    printer.setDocName(printout.title)
    printer.setCreator("filingassist")
    paint_pages(printer, printout, page_size)
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        _fix_text_mapping(Path(printer.outputFileName()))


def paint_pages(
    device: QPdfWriter | QPrinter, printout: Printout, page_size: str | None = None
) -> None:
    """Lay ``printout`` out against ``device`` at its own resolution and paint every page."""
    size = PAGE_SIZES[page_size or default_page_size()]
    margins = QMarginsF(MARGIN_MM, MARGIN_MM + 6, MARGIN_MM, MARGIN_MM + 4)
    device.setPageLayout(
        QPageLayout(
            QPageSize(size),
            QPageLayout.Orientation.Portrait,
            margins,
            QPageLayout.Unit.Millimeter,
        )
    )
    dpi = device.resolution()
    doc = make_document(printout)
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultStyleSheet(STYLE)
    doc.setHtml(printout.body_html)  # again, so the layout measures against the device
    _pad_tables(doc.rootFrame(), dpi)
    body = device.pageLayout().paintRectPixels(dpi)
    doc.setPageSize(QSizeF(body.width(), body.height()))
    pages = max(1, doc.pageCount())
    painter = QPainter(device)
    if not painter.isActive():
        raise OSError(tr("The printer could not be started."))
    try:
        for index in range(pages):
            if index:
                device.newPage()
            _paint_page(painter, doc, printout, index, pages, QRectF(body))
    finally:
        painter.end()


#: CJK radicals (Kangxi and supplement): Noto CJK draws 马 and ⻢ with one glyph.
_RADICALS = range(0x2E80, 0x2FE0)
_UNIFIED = [*range(0x3400, 0x4DC0), *range(0x4E00, 0xA000)]
_CMAP = re.compile(rb"begincmap.*?endcmap", re.S)
_CODE = re.compile(rb"<(2[EF][0-9A-F]{2})>")


@functools.lru_cache(maxsize=1)
def _radical_to_ideograph() -> dict[int, int]:
    """Radical code point → the ideograph the CJK font draws with the same glyph."""
    font = QFont()
    font.setFamily("Noto Sans CJK SC")
    raw = QRawFont.fromFont(font)
    if not raw.isValid():
        return {}
    unified = raw.glyphIndexesForString("".join(map(chr, _UNIFIED)))
    first: dict[int, int] = {}
    for code, glyph in zip(_UNIFIED, unified, strict=False):
        if glyph:
            first.setdefault(glyph, code)
    radicals = raw.glyphIndexesForString("".join(map(chr, _RADICALS)))
    mapping = {}
    for code, glyph in zip(_RADICALS, radicals, strict=False):
        nfkc = unicodedata.normalize("NFKC", chr(code))
        if nfkc != chr(code) and len(nfkc) == 1:
            mapping[code] = ord(nfkc)
        elif glyph in first:
            mapping[code] = first[glyph]
    return mapping


def _fix_text_mapping(pdf: Path) -> None:
    """Make the PDF's text say 马, not the radical ⻢ drawn with the same glyph.

    Qt's PDF writer maps each glyph back to the first code point the font gives it, and
    Noto CJK gives the radicals (U+2E80–U+2FDF) the glyphs of common ideographs, so
    copied or searched text came out as radicals. The ToUnicode maps are plain text and
    every code is four hex digits, so the fix is a same-length edit (no offsets move).
    """
    data = pdf.read_bytes()
    mapping = _radical_to_ideograph()

    def code(match: re.Match[bytes]) -> bytes:
        value = int(match.group(1), 16)
        return f"<{mapping.get(value, value):04X}>".encode()

    def cmap(match: re.Match[bytes]) -> bytes:
        return _CODE.sub(code, match.group(0))

    fixed = _CMAP.sub(cmap, data)
    if fixed != data:
        pdf.write_bytes(fixed)


def _paint_page(
    painter: QPainter,
    doc: QTextDocument,
    printout: Printout,
    index: int,
    pages: int,
    body: QRectF,
) -> None:
    """One page: its slice of the body, the header above it and the page number below.

    The painter's origin is the top left of the printable body (inside the margins).
    """
    height = body.height()
    painter.save()
    painter.translate(0, -index * height)
    # One device pixel in from each page edge: pagination puts a line moved to the next
    # page exactly on the boundary, and Qt draws every line that touches the clip, so a
    # full-height clip printed it (invisibly clipped, but in the PDF's text) on both pages.
    # Sideways the clip reaches into the margins: a table's outer border sits on the edge.
    doc.drawContents(painter, QRectF(-20, index * height + 1, body.width() + 40, height - 2))
    painter.restore()
    _paint_margins(painter, printout, index, pages, body)


def _paint_margins(
    painter: QPainter, printout: Printout, index: int, pages: int, body: QRectF
) -> None:
    font = _font()
    font.setPointSizeF(SMALL_PT)
    painter.save()
    painter.setFont(font)
    line = painter.fontMetrics().height()
    option = QTextOption(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if printout.rtl else Qt.LayoutDirection.LeftToRight
    )
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    header = list(printout.header)
    top = -line * (len(header) + 0.6)
    for i, text in enumerate(header):
        painter.drawText(QRectF(0, top + i * line, body.width(), line), text, option)
    painter.drawLine(0, int(-line * 0.4), int(body.width()), int(-line * 0.4))
    centre = QTextOption(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
    centre.setTextDirection(option.textDirection())
    footer = tr(PAGE_OF).format(page=index + 1, pages=pages)
    painter.drawText(QRectF(0, body.height() + line * 0.6, body.width(), line), footer, centre)
    painter.restore()
