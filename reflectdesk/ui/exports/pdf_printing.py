"""Printing a PDF that ReflectDesk wrote: Qt's print preview (with its Print button and
the system's print dialog), each page drawn from the very file that Save would write.

The PDFs are laid out by reportlab; to print the same pages rather than lay them out a
second time with Qt, each page is rasterised by PDFium (pypdfium2, about 9 MB in the
bundle; QtPdf would need the whole PySide6-Addons wheel) at the printer's resolution,
capped at PRINT_DPI, and drawn over the full sheet. The printer's paper is set to the
PDF's own page size, so an A4 or Letter export prints on A4 or Letter.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

# Text stays crisp at 300 dpi; an A4 page is then 35 MB as an image, twice that at 600.
PRINT_DPI = 300
POINTS_PER_INCH = 72


def pdf_page_size(pdf: Path) -> QPageSize:
    """The first page's size, as Qt names paper (A4, Letter, or a custom size)."""
    import pypdfium2 as pdfium  # on first print: not needed to start

    document = pdfium.PdfDocument(str(pdf))
    try:
        width, height = document[0].get_size()  # in points
    finally:
        document.close()
    return QPageSize(QSizeF(width, height), QPageSize.Unit.Point)


def set_up_printer(printer: QPrinter, pdf: Path) -> None:
    """Set ``printer`` to the PDF's paper, upright, drawing over the whole sheet (the
    PDF carries its own margins)."""
    layout = QPageLayout(
        pdf_page_size(pdf), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
    )
    printer.setPageLayout(layout)
    printer.setFullPage(True)
    printer.setDocName(pdf.stem)
    # The dialog's own printer works at screen resolution: the pages would print at 96
    # dpi. Set here, the preview and the print both draw at PRINT_DPI.
    printer.setResolution(PRINT_DPI)


def paint_pdf(pdf: Path, printer: QPrinter) -> int:
    """Draw every page of ``pdf`` on ``printer``; the number of pages drawn (0 when the
    printer could not be started)."""
    import pypdfium2 as pdfium

    painter = QPainter()
    if not painter.begin(printer):
        return 0
    document = pdfium.PdfDocument(str(pdf))
    try:
        scale = min(printer.resolution(), PRINT_DPI) / POINTS_PER_INCH
        sheet = printer.paperRect(QPrinter.Unit.DevicePixel)
        for index in range(len(document)):
            if index and not printer.newPage():
                return index
            # Bytes in R, G, B order (PDFium's own is B, G, R): Qt's RGB888. The bytes
            # are copied out: the preview records the image and draws it later, after
            # PDFium's bitmap is freed.
            bitmap = document[index].render(scale=scale, rev_byteorder=True)
            pixels = bytes(bitmap.buffer)
            rgb = QImage.Format.Format_RGB888
            image = QImage(pixels, bitmap.width, bitmap.height, bitmap.stride, rgb).copy()
            painter.drawImage(QRectF(0, 0, sheet.width(), sheet.height()), image)
        return len(document)
    finally:
        painter.end()
        document.close()


def open_print_preview(pdf: Path, parent: QWidget, title: str) -> QPrintPreviewDialog:
    """Open (not exec) the print preview of ``pdf``; the caller keeps the dialog and
    removes the file when it is finished."""
    dialog = QPrintPreviewDialog(parent)  # its own printer, which it keeps alive
    set_up_printer(dialog.printer(), pdf)
    dialog.setObjectName("printPreview")
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda printer: paint_pdf(pdf, printer))
    dialog.resize(900, 700)
    dialog.open()
    return dialog
