"""The print preview and printing in a worker (issue 15 item 3, issue 17 "nothing on the
window's thread longer than 100 ms"): pages shown as pictures and turned with the keyboard,
printed on a QPrinter that writes a PDF file (read back with pypdf and poppler), the window's
event loop running meanwhile, Cancel stopping the job and saying so, failures shown."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from desktop_app.export.files import render_export
from desktop_app.ui import printing
from desktop_app.ui.i18n import shared_translators
from factories import make_large_report, make_valid_report

needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is missing")


@pytest.fixture(scope="module")
def large_pdf() -> bytes:
    """Many pages (19 with the band of data codes): 200 partnerships and 20 member OCMWs."""
    _xml, pdf = render_export(make_large_report())
    return pdf


@pytest.fixture(scope="module")
def small_pdf() -> bytes:
    _xml, pdf = render_export(make_valid_report())
    return pdf


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


class Messages:
    """The message boxes shown, answered at once."""

    def __init__(self, monkeypatch):
        self.seen: list[tuple[str, str, str]] = []
        for kind in ("information", "warning"):
            monkeypatch.setattr(QMessageBox, kind, staticmethod(
                lambda _parent, title, text, *_a, kind=kind: self.seen.append((kind, title, text))))


PAGE_SECONDS = 0.8  # added to each page in the test of a print that goes on


class Ticks:
    """A QTimer ticking every 10 ms on the window's thread: the longest gap between two ticks
    is the longest time the window could not repaint."""

    def __init__(self):
        self.times: list[float] = []
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(lambda: self.times.append(time.monotonic()))
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        gaps = [b - a for a, b in zip(self.times, self.times[1:])]
        return max(gaps) if gaps else float("inf")


def progress_dialog(name: str = "printProgress") -> QProgressDialog | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QProgressDialog) and w.objectName() == name), None)


def open_preview(qtbot, data: bytes, name: str = "verslag.pdf") -> printing.PrintPreviewDialog:
    preview = printing.print_pdf_data(None, data, name)
    assert preview is not None
    qtbot.addWidget(preview)
    qtbot.waitExposed(preview)
    preview.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is preview, timeout=2000)
    return preview


def shown_image_width(preview) -> int:
    pixmap = preview.page_label.pixmap()
    return 0 if pixmap is None or pixmap.isNull() else pixmap.width()


# -- the preview -------------------------------------------------------------------------------


def test_the_preview_shows_the_pages_as_pictures_and_turns_them_with_the_keyboard(qtbot, large_pdf):
    preview = open_preview(qtbot, large_pdf)
    count = printing.page_count(large_pdf)
    assert preview.count == count >= 15
    assert preview.position.text() == f"Page 1 of {count}"
    qtbot.waitUntil(lambda: shown_image_width(preview) > 100, timeout=5000)
    first = preview.page_label.pixmap().toImage()

    qtbot.keyClick(preview, Qt.Key.Key_PageDown)
    assert preview.position.text() == f"Page 2 of {count}"
    qtbot.waitUntil(lambda: shown_image_width(preview) > 100, timeout=5000)
    assert preview.page_label.pixmap().toImage() != first  # another page, not the same picture

    qtbot.keyClick(preview, Qt.Key.Key_End)
    assert preview.position.text() == f"Page {count} of {count}" and not preview.next_button.isEnabled()
    qtbot.keyClick(preview, Qt.Key.Key_PageDown)  # no page after the last
    assert preview.index == count - 1
    qtbot.keyClick(preview, Qt.Key.Key_Home)
    qtbot.keyClick(preview, Qt.Key.Key_PageUp)
    assert preview.index == 0 and not preview.previous_button.isEnabled()

    qtbot.waitUntil(lambda: shown_image_width(preview) > 100, timeout=5000)
    width = shown_image_width(preview)
    qtbot.keyClick(preview, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shown_image_width(preview) > width * 1.1, timeout=5000)
    qtbot.keyClick(preview, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(preview, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: 0 < shown_image_width(preview) < width, timeout=5000)

    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    assert not preview.isVisible()


def test_the_preview_picture_is_the_page(qtbot, small_pdf):
    """The picture is the page: mostly white, with text (dark pixels) on it."""
    preview = open_preview(qtbot, small_pdf)
    qtbot.waitUntil(lambda: shown_image_width(preview) > 100, timeout=5000)
    image = preview.page_label.pixmap().toImage()
    assert abs(image.height() / image.width() - 297 / 210) < 0.02  # an A4 page
    dark = sum(1 for y in range(0, image.height(), 4) for x in range(0, image.width(), 4)
               if image.pixelColor(x, y).lightness() < 128)
    total = len(range(0, image.height(), 4)) * len(range(0, image.width(), 4))
    assert 0.005 < dark / total < 0.3


@pytest.mark.parametrize("language, title, position, print_text", [
    ("nl", "Afdrukvoorbeeld – verslag.pdf", "Pagina 1 van 3", "Af&drukken…"),  # the valid report: 3 pages
    ("fr", "Aperçu avant impression – verslag.pdf", "Page 1 sur 3", "&Imprimer…"),
])
def test_the_preview_speaks_the_window_language(qtbot, small_pdf, compiled_translations, language, title,
                                                position, print_text):
    shared_translators().install(language)
    preview = open_preview(qtbot, small_pdf)
    assert preview.windowTitle() == title
    assert preview.position.text() == position
    assert preview.print_button.text() == print_text
    for button in (preview.previous_button, preview.next_button, preview.zoom_in_button,
                   preview.zoom_out_button, preview.close_button):
        assert "&" in button.text() and button.text() != button.text().upper()


@needs_poppler
def test_print_from_the_preview_with_ctrl_p(qtbot, tmp_path, small_pdf, monkeypatch):
    out = tmp_path / "printed.pdf"

    def accept(dialog):
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    preview = open_preview(qtbot, small_pdf)
    with qtbot.waitSignal(preview.printed) as outcome:
        qtbot.keyClick(preview, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert outcome.args == [printing.PRINTED]
    assert not preview.isVisible()  # printed: the preview closes
    assert len(PdfReader(out).pages) == printing.page_count(small_pdf)


def test_closing_the_print_dialog_prints_nothing_and_keeps_the_preview(qtbot, small_pdf, monkeypatch):
    monkeypatch.setattr(QPrintDialog, "exec", lambda _dialog: QPrintDialog.DialogCode.Rejected)
    preview = open_preview(qtbot, small_pdf)
    assert preview.print_document() == printing.NOT_STARTED
    assert preview.isVisible()


# -- printing in a worker ----------------------------------------------------------------------


@needs_poppler
def test_the_window_goes_on_while_pages_print_at_600_dpi(qtbot, tmp_path, large_pdf, monkeypatch):
    messages = Messages(monkeypatch)
    out = tmp_path / "printed.pdf"
    printer = pdf_printer(out)
    assert printer.resolution() >= printing.MAX_DPI == 600
    labels: list[str] = []
    watch = QTimer(interval=20)
    watch.timeout.connect(lambda: (dialog := progress_dialog()) is not None and dialog.isVisible()
                          and labels.append(dialog.labelText()))
    watch.start()
    # Each page takes PAGE_SECONDS longer than it does: painted on the window's thread, a page
    # would stop the window at least that long, however fast or loaded the machine.
    real_paint_page = printing._paint_page
    monkeypatch.setattr(printing, "_paint_page", lambda *args: (time.sleep(PAGE_SECONDS), real_paint_page(*args))[1])
    ticks = Ticks()
    started = time.monotonic()
    outcome = printing.print_in_background(None, printer, large_pdf, "verslag.pdf", 1, 3)
    took = time.monotonic() - started
    longest = ticks.stop()
    watch.stop()
    assert outcome == printing.PRINTED and messages.seen == []
    assert len(PdfReader(out).pages) == 3
    assert "Page 1 of 3" in labels and "Page 3 of 3" in labels
    # The window's thread kept turning: ticks all along, no gap as long as a page (a machine
    # shared with other jobs pauses it a tenth of a second now and then).
    assert len(ticks.times) > took / 0.15
    assert longest < PAGE_SECONDS / 2, f"the window stopped for {longest:.2f} s of {took:.2f} s"
    print(f"\n600 dpi, 3 pages: {took:.2f} s, longest gap on the window's thread {longest * 1000:.0f} ms")
    # Printed at 600 dpi: the page's picture has about 600 pixels per inch.
    listing = subprocess.run(["pdfimages", "-list", "-f", "1", "-l", "1", str(out)], capture_output=True,
                             text=True, check=True).stdout.splitlines()[2:]
    assert listing and all(int(line.split()[12]) in range(590, 611) for line in listing), listing


@needs_poppler
def test_cancel_stops_printing_promptly_and_says_so(qtbot, tmp_path, large_pdf, monkeypatch):
    messages = Messages(monkeypatch)
    out = tmp_path / "printed.pdf"
    cancelled_at = []

    after_cancel: list[str] = []
    count = printing.page_count(large_pdf)

    def cancel_at_page_two() -> None:
        dialog = progress_dialog()
        if cancelled_at and dialog is not None and dialog.isVisible():
            after_cancel.append(dialog.labelText())
        if dialog is not None and dialog.isVisible() and dialog.labelText() == f"Page 2 of {count}" and not cancelled_at:
            cancelled_at.append(True)
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the keyboard's Cancel

    watch = QTimer(interval=10)
    watch.timeout.connect(cancel_at_page_two)
    watch.start()
    outcome = printing.print_in_background(None, pdf_printer(out), large_pdf, "verslag.pdf")
    watch.stop()
    assert cancelled_at, "the progress dialog never showed page 2"
    assert outcome == printing.CANCELLED
    assert set(after_cancel) <= {"Cancelling…"}  # shown while the page under way is finished
    [(kind, _title, text)] = messages.seen
    assert kind == "information" and "cancelled" in text and "printed" not in text.replace("Nothing was printed", "").replace(str(out), "")
    # Qt's PDF engine cannot withdraw a job: the pages painted are said, and are all there is.
    assert f"after page 2 of {count}" in text
    assert len(PdfReader(out).pages) == 2
    assert progress_dialog() is None or not progress_dialog().isVisible()


def test_a_printer_that_cannot_start_is_told(qtbot, tmp_path, small_pdf, monkeypatch):
    messages = Messages(monkeypatch)
    printer = pdf_printer(tmp_path / "no such folder" / "printed.pdf")
    assert printing.print_in_background(None, printer, small_pdf, "verslag.pdf") == printing.FAILED
    [(kind, _title, text)] = messages.seen
    assert kind == "warning" and "could not be printed" in text


@needs_poppler
def test_cancel_when_printing_to_a_file_says_the_file_holds_only_part(qtbot, tmp_path, large_pdf, monkeypatch):
    # Qt's print dialog offers "Print to file (PDF)": cancelled, the file is there with the pages
    # painted so far; no printer is involved, so none is talked about.
    messages = Messages(monkeypatch)
    out = tmp_path / "printed.pdf"
    count = printing.page_count(large_pdf)

    def cancel_at_page_one() -> None:
        dialog = progress_dialog()
        if dialog is not None and dialog.isVisible() and dialog.labelText() == f"Page 1 of {count}":
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    watch = QTimer(interval=10)
    watch.timeout.connect(cancel_at_page_one)
    watch.start()
    outcome = printing.print_in_background(None, pdf_printer(out), large_pdf, "verslag.pdf")
    watch.stop()
    assert outcome == printing.CANCELLED
    assert len(PdfReader(out).pages) == 1
    [(_kind, _title, text)] = messages.seen
    assert f"after page 1 of {count}" in text
    assert str(out) in text and "printer" not in text
    assert "1 pages" not in text


@pytest.mark.parametrize("language, painted, expected, wrong", [
    ("nl", 1, "die pagina kan nog uit de printer komen", "1 pagina's"),
    ("fr", 1, "cette page peut encore sortir de l'imprimante", "1 pages"),
    ("nl", 3, "die 3 pagina's kunnen nog uit de printer komen", None),
    ("fr", 3, "ces 3 pages peuvent encore sortir de l'imprimante", None),
])
def test_a_cancelled_print_job_speaks_of_one_page_in_the_singular(qapp, compiled_translations, language, painted,
                                                                   expected, wrong):
    shared_translators().install(language)
    text = printing.cancelled_text(printing.PrintCancelled(painted, 5, False), None)
    assert expected in text.replace("\u2019", "'")
    assert wrong is None or wrong not in text
