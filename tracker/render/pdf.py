"""Paint a ClinicReport to a paged A4 PDF with QTextDocument + QPdfWriter.

Text stays text (selectable, searchable); Persian is shaped by Qt when `rtl` is set.
The body is laid out once at 96 px/inch, then each page is painted through a clip, with
the header (title, date range) and footer ("patient-reported", "Page 2 of 6") drawn by
QPainter so the page numbers are known and right. Needs a QGuiApplication, not a window.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from tracker.domain.errors import KnownError
from tracker.services.reports.clinic_summary import ClinicReport

#: Layout unit of the document: CSS-like pixels, so <img width="660"> means the same on every screen.
DOC_DPI = 96
PDF_DPI = 1200
MARGIN_MM = 15.0
HEADER_PX = 34  # header band above the body, in document pixels
FOOTER_PX = 30
#: Fonts with Latin and Arabic-script glyphs; Qt falls back through the list.
FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "Vazirmatn", "Tahoma", "Arial"]


class PdfWriteFailed(KnownError):
    message = "The PDF could not be saved there. Check that the folder exists and you can write to it, then try again."


def _font(points: float, bold: bool = False) -> QFont:
    """A font sized in document pixels (points at 96 px/inch), independent of any device's dpi."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(max(1, round(points * DOC_DPI / 72)))
    font.setBold(bold)
    return font


def _layout_device() -> QImage:
    """A 96-dpi paint device for the text layout, so the screen's dpi never changes the PDF."""
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(DOC_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def build_document(report: ClinicReport, width_px: float, height_px: float, *, rtl: bool) -> QTextDocument:
    doc = QTextDocument()
    device = _layout_device()
    doc.documentLayout().setPaintDevice(device)
    doc.tj_layout_device = device  # keep it alive as long as the document
    base = QFont()
    base.setFamilies(FONT_FAMILIES)
    base.setPointSizeF(10)
    doc.setDefaultFont(base)
    doc.setDocumentMargin(0)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    for name, png in report.images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), QImage.fromData(png, "PNG"))
    doc.setHtml(report.html)
    doc.setPageSize(QSizeF(width_px, height_px))
    start_pages_at_whole_blocks(doc, height_px)
    return doc


def _line_span(doc: QTextDocument, block: QTextBlock) -> tuple[float, float]:
    """Top and bottom of a block's first line, in document coordinates."""
    rect = doc.documentLayout().blockBoundingRect(block)
    layout = block.layout()
    if layout is None or layout.lineCount() == 0:
        return rect.top(), rect.bottom()
    line = layout.lineAt(0).rect()
    return rect.top() + line.top(), rect.top() + line.bottom()


def start_pages_at_whole_blocks(doc: QTextDocument, page_height: float) -> int:
    """A heading whose next line falls on the next page starts that page instead, so no
    heading sits alone at the bottom of a page; so does a block whose first line (a chart
    picture) would straddle two pages — Qt left one starting 0.05 px above a page's end, so
    a sliver of the chart was printed at the foot of one page and its top cut off on the next.
    Returns how many blocks moved.

    Blocks are moved one at a time, top down, with a full layout in between: moving one
    pushes everything after it down (QTextDocument's incremental relayout after a format
    change left later blocks unlaid, so the whole document is marked dirty each time).
    """
    moved = 0
    checked = -1
    while True:
        block = _first_block_to_move(doc, page_height, after=checked)
        if block is None:
            return moved
        fmt = QTextBlockFormat()
        fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(block).mergeBlockFormat(fmt)
        doc.markContentsDirty(0, doc.characterCount())
        checked = block.blockNumber()
        moved += 1


def _first_block_to_move(doc: QTextDocument, page_height: float, *, after: int) -> QTextBlock | None:
    block = doc.begin()
    while block.isValid():
        following = block.next()
        if block.blockNumber() > after:
            top, bottom = _line_span(doc, block)
            if block.blockFormat().headingLevel() > 0 and following.isValid():
                next_top, _ = _line_span(doc, following)
                if int(bottom // page_height) != int((next_top + 1) // page_height):
                    return block
            elif bottom - top < page_height and int(top // page_height) != int((bottom - 0.01) // page_height):
                return block
        block = following
    return None


def render_pdf(report: ClinicReport, out_path: Path | str, *, locale: QLocale | None = None, rtl: bool | None = None) -> None:
    """Write the report as a PDF at `out_path` (through a temporary file, then renamed)."""
    out_path = Path(out_path)
    rtl = report.rtl if rtl is None else rtl
    locale = locale or QLocale()
    tmp = out_path.with_name(f".{out_path.name}.part")
    try:
        _paint(report, tmp, locale, rtl)
        os.replace(tmp, out_path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise PdfWriteFailed(detail=type(exc).__name__) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _paint(report: ClinicReport, path: Path, locale: QLocale, rtl: bool) -> None:
    if not path.parent.is_dir():
        raise FileNotFoundError(str(path.parent))
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setTitle(report.title)
    writer.setCreator("Treatment Journey")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter))
    scale = PDF_DPI / DOC_DPI
    page_rect = writer.pageLayout().paintRectPixels(PDF_DPI)
    width_px = page_rect.width() / scale
    height_px = page_rect.height() / scale
    body_height = height_px - HEADER_PX - FOOTER_PX
    doc = build_document(report, width_px, body_height, rtl=rtl)
    pages = doc.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("cannot open the PDF for writing")
    try:
        painter.scale(scale, scale)
        for index in range(pages):
            if index:
                writer.newPage()
            _header_footer(painter, report, index + 1, pages, width_px, height_px, locale, rtl)
            painter.save()
            painter.translate(0, HEADER_PX)
            clip = QRectF(0, index * body_height, width_px, body_height)
            painter.translate(0, -clip.top())
            doc.drawContents(painter, clip)
            painter.restore()
    finally:
        painter.end()


def _header_footer(painter: QPainter, report: ClinicReport, page: int, pages: int, width: float, height: float, locale: QLocale, rtl: bool) -> None:
    # With a right-to-left painter Qt mirrors AlignLeft/AlignRight itself (no AlignAbsolute).
    start = Qt.AlignmentFlag.AlignLeft
    end = Qt.AlignmentFlag.AlignRight
    middle = Qt.AlignmentFlag.AlignVCenter
    painter.save()
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    painter.setPen(QColor("#1F3A5F"))
    header = QRectF(0, 0, width, HEADER_PX - 10)
    if page > 1:  # page 1 has the heading and the date range in its body: said once
        painter.setFont(_font(9, bold=True))
        painter.drawText(header, start | middle, report.title)
        painter.setFont(_font(9))
        painter.drawText(header, end | middle, report.date_range)
        painter.setPen(QPen(QColor("#9AA5B1"), 0.8))
        painter.drawLine(0, HEADER_PX - 8, width, HEADER_PX - 8)
    painter.setPen(QPen(QColor("#9AA5B1"), 0.8))
    painter.drawLine(0, height - FOOTER_PX + 6, width, height - FOOTER_PX + 6)
    painter.setPen(QColor("#333333"))
    footer = QRectF(0, height - FOOTER_PX + 8, width, FOOTER_PX - 8)
    painter.setFont(_font(8))
    painter.drawText(footer, start | middle, report.footer)
    label = report.page_label.format(page=locale.toString(page), pages=locale.toString(pages))
    painter.drawText(footer, end | middle, label)
    painter.restore()
