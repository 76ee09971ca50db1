"""Printing an exported PDF from the program, through Qt's print dialog.

Qt Widgets cannot draw PDF pages (that needs QtPdf, which PySide6-Essentials leaves out), so
each page is rendered by PDFium (``pypdfium2``) at the printer's resolution, at most
:data:`MAX_DPI`, and painted on the ``QPrinter`` as an image, one page at a time. The page is
printed at its own size on the paper (an A4 page on A4 paper is printed 1:1, its own margins
kept); on other paper it is scaled to fit and centred.

Imported only when the user prints: it loads QtPrintSupport and PDFium.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from ..export.outside import PDF, OutsideFileError, read_outside_file
from .language import ui_language
from .widgets.plain import warn, window_title

# Enough for sharp text on paper; a higher resolution only makes the print job larger.
MAX_DPI = 300
POINTS_PER_INCH = 72


# PDFium's pixel layouts (asked for in byte order R, G, B) as Qt's image formats.
_IMAGE_FORMATS = {
    "RGBX": QImage.Format.Format_RGBX8888,
    "RGBA": QImage.Format.Format_RGBA8888,
    "RGB": QImage.Format.Format_RGB888,
    "L": QImage.Format.Format_Grayscale8,
}


class PrintError(Exception):
    """The PDF could not be printed (it cannot be read, or the printer refused)."""


def page_count(pdf_bytes: bytes) -> int:
    """How many pages the PDF has; :class:`PrintError` if PDFium cannot read it."""
    document = _open(pdf_bytes)
    try:
        return len(document)
    finally:
        document.close()


def paint_pdf(printer: QPrinter, pdf_bytes: bytes, from_page: int = 1, to_page: int = 0,
              pages: set[int] | None = None) -> int:
    """Paint the pages ``from_page`` to ``to_page`` (counted from 1; 0 means the last page) of
    the PDF on ``printer``, one printer page each; return how many pages were painted.

    ``pages``, when given, keeps only those page numbers (for ranges like ``1-2,4``). Raises
    :class:`PrintError` when the PDF cannot be read or the printer cannot be started.
    """
    document = _open(pdf_bytes)
    try:
        last = len(document)
        first = max(1, from_page or 1)
        end = min(last, to_page) if to_page else last
        numbers = [n for n in range(first, end + 1) if pages is None or n in pages]
        if not numbers:
            return 0
        dpi = min(printer.resolution(), MAX_DPI)
        grayscale = printer.colorMode() == QPrinter.ColorMode.GrayScale
        printer.setFullPage(True)  # the PDF brings its own margins
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError("the printer could not be started")
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            for position, number in enumerate(numbers):
                if position and not printer.newPage():
                    raise PrintError("the printer refused a new page")
                image = _render(document[number - 1], dpi, grayscale)
                target = _fit(image.width(), image.height(), painter.viewport().width(), painter.viewport().height())
                painter.drawImage(target, image)
        finally:
            painter.end()
        return len(numbers)
    finally:
        document.close()


def print_pdf(parent: QWidget | None, pdf_path: Path | str) -> bool:
    """Ask for a printer and the pages in Qt's print dialog, then print the PDF at
    ``pdf_path``. Returns True when it was sent to the printer; tells the user when it could
    not be read or printed."""
    path = Path(pdf_path)
    title = QCoreApplication.translate("Printing", "Print")
    try:
        data = read_outside_file(path, PDF)
    except OutsideFileError as refused:
        warn(parent, title, refused.message.get(ui_language()))
        return False
    try:
        page_count(data)
    except PrintError:
        warn(parent, title, QCoreApplication.translate(
            "Printing", "The PDF %1 cannot be read, so it cannot be printed.").replace("%1", str(path)))
        return False
    return print_pdf_data(parent, data, path.name)


def print_pdf_data(parent: QWidget | None, data: bytes, name: str) -> bool:
    """Ask for a printer and the pages, then print the PDF ``data`` (a draft made in memory)
    as the document ``name``. Returns True when it was sent to the printer."""
    title = QCoreApplication.translate("Printing", "Print")
    try:
        count = page_count(data)
    except PrintError:
        warn(parent, title, QCoreApplication.translate(
            "Printing", "The PDF %1 cannot be read, so it cannot be printed.").replace("%1", name))
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(name)
    printer.setFromTo(1, count)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(window_title(QCoreApplication.translate("Printing", "Print %1").replace("%1", name)))
    dialog.setMinMax(1, count)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    from_page, to_page, pages = 1, count, None
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            pages = {n for n in range(1, count + 1) if ranges.contains(n)}
        from_page, to_page = printer.fromPage() or 1, printer.toPage() or count
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        paint_pdf(printer, data, from_page, to_page, pages)
    except PrintError:
        QGuiApplication.restoreOverrideCursor()
        warn(parent, title, QCoreApplication.translate(
            "Printing", "The PDF could not be printed. Check the printer and try again."))
        return False
    QGuiApplication.restoreOverrideCursor()
    return True


def _open(pdf_bytes: bytes) -> pdfium.PdfDocument:
    try:
        document = pdfium.PdfDocument(pdf_bytes)
    except pdfium.PdfiumError as error:
        raise PrintError(f"the PDF cannot be read: {error}") from None
    document.init_forms()  # draw the signature fields as they appear in a viewer
    return document


def _render(page, dpi: int, grayscale: bool) -> QImage:
    """One page as an image of ``dpi`` pixels per inch."""
    bitmap = page.render(scale=dpi / POINTS_PER_INCH, grayscale=grayscale, optimize_mode="print",
                         rev_byteorder=True, prefer_bgrx=True, fill_color=(255, 255, 255, 255))
    try:
        fmt = _IMAGE_FORMATS.get(bitmap.mode)
        if fmt is None:
            raise PrintError(f"unexpected pixel format {bitmap.mode}")
        # The QImage only borrows PDFium's buffer: copy it before the bitmap goes.
        return QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
    finally:
        bitmap.close()
        page.close()


def _fit(width: int, height: int, room_width: int, room_height: int) -> QRectF:
    """The rectangle, centred in the room, of an image scaled to fit it, proportions kept."""
    scale = min(room_width / width, room_height / height)
    w, h = width * scale, height * scale
    return QRectF((room_width - w) / 2, (room_height - h) / 2, w, h)
