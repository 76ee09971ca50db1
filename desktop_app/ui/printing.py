"""Printing a PDF from the program: a preview first, then Qt's print dialog, then the pages
rendered and painted on the printer in a worker thread, with progress and Cancel.

Qt Widgets cannot draw PDF pages (that needs QtPdf, which PySide6-Essentials leaves out), so
each page is rendered by PDFium (``pypdfium2``) at the printer's resolution, at most
:data:`MAX_DPI`, and painted on the ``QPrinter`` as pictures, one band of the page at a time: a
band is a few megabytes whatever the resolution, and Cancel is heard between two bands. The page
is printed at its own size on the paper (an A4 page on A4 paper is printed 1:1, its own margins
kept); on other paper it is scaled to fit and centred.

Why a raster path on every system: Qt's print dialog and ``QPrinter`` reach the printer the same
way on Windows, macOS and Linux, and only pictures can be painted on them without QtPdf.
Handing the PDF itself to CUPS (``lp``) would keep it as vectors on Linux and macOS, but not on
Windows, and the print dialog's choices would have to be translated into CUPS options by hand.

PDFium is not thread-safe, not even across documents: every call into it holds
:data:`PDFIUM_LOCK`, and each thread opens its own document from the bytes.

Imported only when the user prints: it loads QtPrintSupport and PDFium.
"""

from __future__ import annotations

import collections
import math
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPalette, QPixmap, QShortcut
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..export.outside import PDF, OutsideFileError, read_outside_file
from .background import Cancelled, Task, run_in_background
from .language import ui_language
from .screen_fit import fit_to_screen
from .widgets.plain import PLAIN, as_plain, warn, window_title

# Sharp text and fine lines on paper; higher only makes the print job larger.
MAX_DPI = 600
POINTS_PER_INCH = 72
# Pixels per band painted at once (32 rows of an A4 page at 600 dpi, 640 kB). Qt holds
# Python's lock while it paints a band (its PDF and print engines compress the picture), so the
# band's size bounds the window's pause: with 8 jobs on 2 cores, bands of 500,000 pixels paused
# it 169 ms, of 125,000 80 ms; a whole page would be seconds. Smaller bands cost little time
# (2 %) and make the print job a little larger (15 %).
BAND_PIXELS = 160_000
# Band heights in multiples of the JPEG block Qt may compress them with, so no seam shows.
BAND_ROWS_STEP = 16

# Every call into PDFium, from any thread.
PDFIUM_LOCK = threading.RLock()

# PDFium's pixel layouts as Qt's image formats (BGRX in memory is Qt's RGB32 on little-endian).
_IMAGE_FORMATS = {
    "BGRX": QImage.Format.Format_RGB32 if sys.byteorder == "little" else QImage.Format.Format_RGBX8888,
    "L": QImage.Format.Format_Grayscale8,
}

# The outcomes of a print job.
PRINTED, CANCELLED, FAILED, NOT_STARTED = "printed", "cancelled", "failed", "not started"


class PrintError(Exception):
    """The PDF could not be printed (it cannot be read, or the printer refused)."""


class PrintCancelled(Cancelled):
    """The user cancelled the print job; ``painted`` pages had already gone to the printer's
    engine, ``withdrawn`` tells whether the system took the job back."""

    def __init__(self, painted: int, total: int, withdrawn: bool):
        super().__init__()
        self.painted, self.total, self.withdrawn = painted, total, withdrawn


def page_count(pdf_bytes: bytes) -> int:
    """How many pages the PDF has; :class:`PrintError` if PDFium cannot read it."""
    with PDFIUM_LOCK:
        document = _open(pdf_bytes)
        try:
            return len(document)
        finally:
            document.close()


def paint_pdf(printer: QPrinter, pdf_bytes: bytes, from_page: int = 1, to_page: int = 0,
              pages: set[int] | None = None, task: Task | None = None) -> int:
    """Paint the pages ``from_page`` to ``to_page`` (counted from 1; 0 means the last page) of
    the PDF on ``printer``, one printer page each; return how many pages were painted.

    ``pages``, when given, keeps only those page numbers (for ranges like ``1-2,4``). May run in
    a worker thread (Qt paints on a QPrinter from any thread); ``task`` then hears how far it got
    and asks it to stop, which raises :class:`PrintCancelled`. Raises :class:`PrintError` when
    the PDF cannot be read or the printer cannot be started.
    """
    with PDFIUM_LOCK:
        document = _open(pdf_bytes)
    try:
        with PDFIUM_LOCK:
            last = len(document)
        first = max(1, from_page or 1)
        end = min(last, to_page) if to_page else last
        numbers = [n for n in range(first, end + 1) if pages is None or n in pages]
        if not numbers:
            return 0
        dpi = min(printer.resolution(), MAX_DPI)
        grayscale = printer.colorMode() == QPrinter.ColorMode.GrayScale
        printer.setFullPage(True)  # the PDF brings its own margins
        if task is not None:
            task.progress(0, len(numbers))
            if task.cancelled():
                raise PrintCancelled(0, len(numbers), True)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError("the printer could not be started")
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            for position, number in enumerate(numbers):
                if position and not printer.newPage():
                    raise PrintError("the printer refused a new page")
                if task is not None:
                    task.progress(position, len(numbers))
                stopped_at = _paint_page(painter, document, number - 1, dpi, grayscale, task)
                if stopped_at is not None:
                    if printer.abort():
                        raise PrintCancelled(position, len(numbers), True)
                    # The system keeps what was painted (Qt's PDF and CUPS engines cannot take a
                    # job back): finish this page rather than leave half of it on the paper.
                    _paint_page(painter, document, number - 1, dpi, grayscale, None, stopped_at)
                    raise PrintCancelled(position + 1, len(numbers), False)
                if task is not None and task.cancelled() and position + 1 < len(numbers):
                    raise PrintCancelled(position + 1, len(numbers), printer.abort())
        finally:
            painter.end()
        return len(numbers)
    finally:
        with PDFIUM_LOCK:
            document.close()


def _paint_page(painter: QPainter, document, index: int, dpi: int, grayscale: bool, task: Task | None,
                start: int = 0) -> int | None:
    """Render page ``index`` band by band from row ``start`` and paint it, fitted to the
    painter's page. Returns None when the page is painted, or the row where it stopped because
    ``task`` was cancelled."""
    scale = dpi / POINTS_PER_INCH
    with PDFIUM_LOCK:
        page = document[index]
        width, height = math.ceil(page.get_width() * scale), math.ceil(page.get_height() * scale)
    try:
        target = _fit(width, height, painter.viewport().width(), painter.viewport().height())
        factor = target.width() / width
        rows = max(BAND_ROWS_STEP, BAND_PIXELS // width // BAND_ROWS_STEP * BAND_ROWS_STEP)
        for top in range(start, height, rows):
            if task is not None and task.cancelled():
                return top
            band = min(rows, height - top)
            image, bitmap = _render_band(page, scale, top, band, height, grayscale)
            try:
                painter.drawImage(QRectF(target.x(), target.y() + top * factor, target.width(), band * factor), image)
            finally:
                del image
                with PDFIUM_LOCK:
                    bitmap.close()
        return None
    finally:
        with PDFIUM_LOCK:
            page.close()


def _render_band(page, scale: float, top: int, rows: int, height: int, grayscale: bool):
    """Rows ``top`` to ``top + rows`` of the page as an image borrowing PDFium's bitmap (the
    caller closes the bitmap after painting the image)."""
    bottom = height - top - rows
    # PDFium takes the crop in points and rounds it up to pixels: aim just under whole pixels.
    crop = (0, (bottom - 0.001) / scale, 0, (top - 0.001) / scale)
    with PDFIUM_LOCK:
        bitmap = page.render(scale=scale, crop=crop, grayscale=grayscale, optimize_mode="print",
                             prefer_bgrx=True, fill_color=(255, 255, 255, 255))
    fmt = _IMAGE_FORMATS.get(bitmap.mode)
    if fmt is None:
        with PDFIUM_LOCK:
            bitmap.close()
        raise PrintError(f"unexpected pixel format {bitmap.mode}")
    return QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt), bitmap


def render_page(pdf_bytes: bytes, index: int, dpi: float) -> QImage:
    """Page ``index`` (from 0) of the PDF as an image of ``dpi`` pixels per inch, as a viewer
    shows it (signature fields drawn); for the preview, from any thread."""
    with PDFIUM_LOCK:
        document = _open(pdf_bytes)
        try:
            page = document[index]
            bitmap = page.render(scale=dpi / POINTS_PER_INCH, prefer_bgrx=True, fill_color=(255, 255, 255, 255))
            try:
                return QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                              _IMAGE_FORMATS["BGRX"]).copy()
            finally:
                bitmap.close()
                page.close()
        finally:
            document.close()


def _open(pdf_bytes: bytes) -> pdfium.PdfDocument:
    """A PDFium document of the bytes; the caller holds :data:`PDFIUM_LOCK`."""
    try:
        document = pdfium.PdfDocument(pdf_bytes)
    except pdfium.PdfiumError as error:
        raise PrintError(f"the PDF cannot be read: {error}") from None
    document.init_forms()  # draw the signature fields as they appear in a viewer
    return document


def _fit(width: int, height: int, room_width: int, room_height: int) -> QRectF:
    """The rectangle, centred in the room, of an image scaled to fit it, proportions kept."""
    scale = min(room_width / width, room_height / height)
    w, h = width * scale, height * scale
    return QRectF((room_width - w) / 2, (room_height - h) / 2, w, h)


# -- the window's side --------------------------------------------------------------------------


def print_pdf(parent: QWidget | None, pdf_path: Path | str) -> PrintPreviewDialog | None:
    """Read the PDF at ``pdf_path`` and show its print preview (window-modal, not blocking),
    from which it is printed; None when it could not be read (the user was told why) or the
    user cancelled the read. The file is read in a worker: it may be on a network share that
    stopped answering; Cancel, or closing the window, drops what the read gives."""
    path = Path(pdf_path)

    def read(task: Task) -> bytes:
        data = read_outside_file(path, PDF)
        task.raise_if_cancelled()  # read after all: dropped, no preview
        return data

    translate = QCoreApplication.translate
    try:
        data = run_in_background(parent, read, title=translate("Printing", "Print"), label=lambda _done, _total: translate(
            "Printing", "Reading %1…").replace("%1", path.name), object_name="readingPdf", abandonable=True)
    except Cancelled:
        return None
    except OutsideFileError as refused:
        warn(parent, QCoreApplication.translate("Printing", "Print"), refused.message.get(ui_language()))
        return None
    return _preview(parent, data, path.name, str(path))


def print_pdf_data(parent: QWidget | None, data: bytes, name: str) -> PrintPreviewDialog | None:
    """Show the print preview of the PDF ``data`` (a draft made in memory) named ``name``;
    None when PDFium cannot read it (the user was told)."""
    return _preview(parent, data, name, name)


def _preview(parent: QWidget | None, data: bytes, name: str, shown_as: str) -> PrintPreviewDialog | None:
    try:
        count = page_count(data)
    except PrintError:
        warn(parent, QCoreApplication.translate("Printing", "Print"), QCoreApplication.translate(
            "Printing", "The PDF %1 cannot be read, so it cannot be printed.").replace("%1", shown_as))
        return None
    dialog = PrintPreviewDialog(parent, data, name, count)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def ask_and_print(parent: QWidget | None, data: bytes, name: str, count: int,
                  printer: QPrinter | None = None) -> str:
    """Ask for a printer and the pages in Qt's print dialog, then print the PDF ``data`` in a
    worker thread with progress and Cancel. Returns :data:`PRINTED`, :data:`CANCELLED`,
    :data:`FAILED` (the user was told) or :data:`NOT_STARTED` (the print dialog was closed)."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(name)
    printer.setFromTo(1, count)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(window_title(QCoreApplication.translate("Printing", "Print %1").replace("%1", name)))
    dialog.setMinMax(1, count)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return NOT_STARTED
    from_page, to_page, pages = 1, count, None
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            pages = {n for n in range(1, count + 1) if ranges.contains(n)}
        from_page, to_page = printer.fromPage() or 1, printer.toPage() or count
    return print_in_background(parent, printer, data, name, from_page, to_page, pages)


def print_in_background(parent: QWidget | None, printer: QPrinter, data: bytes, name: str,
                        from_page: int = 1, to_page: int = 0, pages: set[int] | None = None) -> str:
    """Print on ``printer`` in a worker thread, showing "Page 2 of 5" and Cancel; tell the user
    when it was cancelled or failed. Returns :data:`PRINTED`, :data:`CANCELLED` or :data:`FAILED`."""
    title = QCoreApplication.translate("Printing", "Print")

    def label(done: int, total: int) -> str:
        if not total:
            return QCoreApplication.translate("Printing", "Preparing %1 for the printer…").replace("%1", name)
        return QCoreApplication.translate("Printing", "Page %1 of %2").replace(
            "%1", str(min(done + 1, total))).replace("%2", str(total))

    try:
        run_in_background(parent, lambda task: paint_pdf(printer, data, from_page, to_page, pages, task),
                          title=QCoreApplication.translate("Printing", "Printing %1").replace("%1", name),
                          label=label, object_name="printProgress",
                          show_after_ms=0)
    except PrintCancelled as stopped:
        QMessageBox.information(parent, title, as_plain(cancelled_text(stopped, _output_file(printer))))
        return CANCELLED
    except PrintError:
        warn(parent, title, QCoreApplication.translate(
            "Printing", "The PDF could not be printed. Check the printer and try again."))
        return FAILED
    return PRINTED


def _output_file(printer: QPrinter) -> str | None:
    """The file a printer writes to ("Print to file (PDF)" in the print dialog), else None."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return printer.outputFileName()
    return None


def cancelled_text(stopped: PrintCancelled, output_file: str | None) -> str:
    """What to tell the user about a print job cancelled after ``stopped.painted`` pages: a
    file printed to holds those pages (no printer is involved); a printer may still print them
    (the system cannot take them back); one page is spoken of in the singular."""
    translate = QCoreApplication.translate
    if not stopped.painted:
        if output_file:
            text = translate("Printing", "Printing was cancelled. Nothing was written.")
        else:
            text = translate("Printing", "Printing was cancelled. Nothing was sent to the printer.")
    elif stopped.withdrawn:
        text = translate("Printing", "Printing was cancelled. The print job was withdrawn.")
    elif output_file:
        text = translate("Printing", "Printing to a file was cancelled after page %1 of %2: the file %3 holds "
                         "only the pages written so far, not the whole document.")
    elif stopped.painted == 1:
        text = translate("Printing", "Printing was cancelled after page 1 of %2. The system cannot withdraw a "
                         "page already handed to it: that page may still come out of the printer.")
    else:
        text = translate("Printing", "Printing was cancelled after page %1 of %2. The system cannot withdraw "
                         "pages already handed to it: those %1 pages may still come out of the printer.")
    # The file's name last: it may hold "%1" itself.
    return text.replace("%1", str(stopped.painted)).replace("%2", str(stopped.total)).replace(
        "%3", output_file or "")


class PrintPreviewDialog(QDialog):
    """The pages of a PDF as they will be printed, one at a time, rendered as pictures in a
    worker thread; Page Up / Page Down turn the pages, Ctrl++ / Ctrl+- / Ctrl+0 zoom, Ctrl+P
    (or Print…) prints, Escape closes.

    Why a dialog of our own rather than ``QPrintPreviewDialog``: that one asks for the pages
    through ``paintRequested`` on the window's thread, all of them at the printer's resolution
    each time a setting changes, and prints the same way; its tool bar cannot be reached with
    Tab. Here each page is rendered at the screen's resolution when it is shown, off the
    window's thread, and printing goes through the worker with progress and Cancel.
    """

    printed = Signal(str)  # the outcome of a print started here

    ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)

    def __init__(self, parent: QWidget | None, data: bytes, name: str, count: int):
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.data, self.name, self.count = data, name, count
        self.index, self.zoom = 0, 1.0
        self.outcome = NOT_STARTED
        self._images: dict[tuple[int, float], QImage] = {}
        self._wanted: list[tuple[int, float]] = []
        self._wake = threading.Condition()
        self._closing = False

        self.page_label = QLabel(objectName="previewPage", alignment=Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea(objectName="previewArea")
        self.scroll.setWidget(self.page_label)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setBackgroundRole(QPalette.ColorRole.Dark)  # the page's edges show
        self.position = QLabel(objectName="previewPosition", textFormat=PLAIN)
        self.previous_button = QPushButton(objectName="previousPageButton")
        self.next_button = QPushButton(objectName="nextPageButton")
        self.zoom_out_button = QPushButton(objectName="zoomOutButton")
        self.zoom_in_button = QPushButton(objectName="zoomInButton")
        self.print_button = QPushButton(objectName="printButton")
        self.print_button.setDefault(True)
        self.close_button = QPushButton(objectName="closeButton")
        row = QHBoxLayout()
        for widget in (self.previous_button, self.position, self.next_button):
            row.addWidget(widget)
        row.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_in_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.print_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(row)

        self.previous_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.print_button.clicked.connect(self.print_document)
        self.close_button.clicked.connect(self.reject)
        keys: list[tuple[object, Callable[[], None]]] = [
            (QKeySequence.StandardKey.MoveToPreviousPage, self.previous_page),
            (QKeySequence.StandardKey.MoveToNextPage, self.next_page),
            (QKeySequence(Qt.Key.Key_Home), lambda: self.show_page(0)),
            (QKeySequence(Qt.Key.Key_End), lambda: self.show_page(self.count - 1)),
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence("Ctrl+="), self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            (QKeySequence("Ctrl+0"), self.zoom_fit),
            (QKeySequence.StandardKey.Print, self.print_document),
        ]
        for sequence, slot in keys:
            QShortcut(sequence, self, activated=slot)
        # The worker leaves its pictures here; a timer on the window's thread picks them up
        # (no signal is emitted from the worker: the dialog may be gone by then).
        self._finished: collections.deque[tuple[int, float, QImage]] = collections.deque()
        self._pickup = QTimer(self, interval=30)
        self._pickup.timeout.connect(self._pick_up)
        self._pickup.start()

        # Read here, in the window's thread, for the worker.
        self._screen_dpi = (self.logicalDpiY() or 96) * self.devicePixelRatioF()
        self._worker = threading.Thread(target=self._render_pages, name="print-preview", daemon=True)
        self._worker.start()
        self.retranslate()
        self.resize(720, 820)
        self._fitted = False

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not self._fitted:
            fit_to_screen(self)  # a small screen (1024 × 700) keeps the buttons in view
        super().showEvent(event)
        if not self._fitted:  # the room there is is known once shown
            self._fitted = True
            self.zoom_fit()

    # -- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(window_title(self.tr("Print preview – %1").replace("%1", self.name)))
        self.previous_button.setText(self.tr("◀ &Previous page"))
        self.previous_button.setToolTip(self.tr("Previous page (Page Up)"))
        self.next_button.setText(self.tr("&Next page ▶"))
        self.next_button.setToolTip(self.tr("Next page (Page Down)"))
        self.zoom_out_button.setText(self.tr("Zoom &out"))
        self.zoom_out_button.setToolTip(self.tr("Smaller (Ctrl+-); Ctrl+0 fits the page to the window"))
        self.zoom_in_button.setText(self.tr("Zoom &in"))
        self.zoom_in_button.setToolTip(self.tr("Larger (Ctrl++)"))
        self.print_button.setText(self.tr("P&rint…"))
        self.print_button.setToolTip(self.tr("Choose the printer and the pages, then print (Ctrl+P)"))
        self.close_button.setText(self.tr("&Close"))
        self.page_label.setAccessibleName(self.tr("Page as it will be printed"))
        self._show()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- turning pages and zooming ----------------------------------------------------------

    def show_page(self, index: int) -> None:
        """Show page ``index`` (from 0), within the document."""
        self.index = max(0, min(self.count - 1, index))
        self._show()

    def previous_page(self) -> None:
        self.show_page(self.index - 1)

    def next_page(self) -> None:
        self.show_page(self.index + 1)

    def zoom_in(self) -> None:
        self._set_zoom(next((z for z in self.ZOOMS if z > self.zoom + 0.01), self.ZOOMS[-1]))

    def zoom_out(self) -> None:
        self._set_zoom(next((z for z in reversed(self.ZOOMS) if z < self.zoom - 0.01), self.ZOOMS[0]))

    def zoom_fit(self) -> None:
        """The zoom at which a whole A4 page fits the room there is."""
        room = self.scroll.viewport().size()
        dpi = self.logicalDpiY() or 96
        page_height = 11.69 * dpi  # A4, in pixels at 100 %
        self._set_zoom(round(max(0.25, min(3.0, (room.height() - 16) / page_height)), 2))

    def _set_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        self._show()

    def _show(self) -> None:
        self.position.setText(self.tr("Page %1 of %2").replace("%1", str(self.index + 1)).replace(
            "%2", str(self.count)))
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < self.count - 1)
        self.zoom_in_button.setEnabled(self.zoom < self.ZOOMS[-1])
        self.zoom_out_button.setEnabled(self.zoom > self.ZOOMS[0])
        image = self._images.get((self.index, self.zoom))
        if image is None:
            self.page_label.setPixmap(QPixmap())
            self.page_label.setText(self.tr("Preparing page %1…").replace("%1", str(self.index + 1)))
        else:
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            self.page_label.setPixmap(pixmap)
        self._ask_for(self.index)

    # -- rendering in the worker ------------------------------------------------------------

    def _ask_for(self, index: int) -> None:
        """Have the worker render this page, then the next pages, at the zoom shown."""
        wanted = [(n, self.zoom) for n in (index, index + 1, index - 1, index + 2)
                  if 0 <= n < self.count and (n, self.zoom) not in self._images]
        with self._wake:
            self._wanted = wanted
            self._wake.notify()

    def _render_pages(self) -> None:
        """The worker: render what is wanted, one page at a time, until the dialog closes."""
        while True:
            with self._wake:
                while not self._wanted and not self._closing:
                    self._wake.wait()
                if self._closing:
                    return
                index, zoom = self._wanted.pop(0)
                dpi = self._screen_dpi * zoom
            try:
                image = render_page(self.data, index, dpi)
            except PrintError:
                return
            self._finished.append((index, zoom, image))

    def _pick_up(self) -> None:
        while self._finished:
            self._rendered(*self._finished.popleft())

    def _rendered(self, index: int, zoom: float, image: QImage) -> None:
        self._images[(index, zoom)] = image
        if len(self._images) > 12:  # keep memory bounded: the pages shown last
            for key in list(self._images)[:-12]:
                if key != (self.index, self.zoom):
                    del self._images[key]
        if (index, zoom) == (self.index, self.zoom):
            self._show()

    # -- printing and closing ---------------------------------------------------------------

    def print_document(self) -> str:
        """Ask for the printer and print, with progress and Cancel; close the preview once
        printed. Returns the outcome (see :func:`ask_and_print`)."""
        self.outcome = ask_and_print(self, self.data, self.name, self.count)
        if self.outcome != NOT_STARTED:
            self.printed.emit(self.outcome)
        if self.outcome == PRINTED:
            self.accept()
        return self.outcome

    def done(self, result: int) -> None:
        with self._wake:
            self._closing = True
            self._wake.notify()
        self._worker.join(2)  # at most the page being rendered
        super().done(result)
