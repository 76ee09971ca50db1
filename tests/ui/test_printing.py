"""Printing an exported PDF: every page painted on a QPrinter, here one that writes a PDF file
(no print dialog), then read back by poppler."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from desktop_app.export.files import render_export
from desktop_app.ui.printing import MAX_DPI, PrintError, page_count, paint_pdf, print_pdf
from factories import make_valid_report

needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is missing")


@pytest.fixture(scope="module")
def exported_pdf() -> bytes:
    _xml, pdf = render_export(make_valid_report())
    return pdf


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def dark_share(pgm: bytes) -> float:
    """The share of pixels darker than mid-grey in a binary PGM (P5) image."""
    fields, position = [], 0
    while len(fields) < 4:  # P5, width, height, maximum
        while pgm[position:position + 1].isspace():
            position += 1
        end = position
        while not pgm[end:end + 1].isspace():
            end += 1
        fields.append(pgm[position:end])
        position = end
    pixels = pgm[position + 1:]
    assert fields[0] == b"P5" and len(pixels) == int(fields[1]) * int(fields[2])
    return sum(1 for value in pixels if value < 128) / len(pixels)


@needs_poppler
def test_every_page_is_printed_and_shows_the_report(qapp, tmp_path, exported_pdf):
    output = tmp_path / "printed.pdf"
    printer = pdf_printer(output)
    assert printer.resolution() > MAX_DPI  # so the cap is what sets the resolution

    painted = paint_pdf(printer, exported_pdf)

    pages = page_count(exported_pdf)
    assert painted == pages >= 2
    assert len(PdfReader(output).pages) == pages
    first = subprocess.run(["pdftoppm", "-r", "40", "-gray", "-f", "1", "-l", "1", str(output)],
                           capture_output=True, check=True).stdout
    share = dark_share(first)
    assert 0.005 < share < 0.5, share  # text and tables, not a blank or black page


def test_the_page_range_is_honoured(qapp, tmp_path, exported_pdf):
    output = tmp_path / "page2.pdf"
    assert paint_pdf(pdf_printer(output), exported_pdf, 2, 2) == 1
    assert len(PdfReader(output).pages) == 1

    output = tmp_path / "from2.pdf"
    assert paint_pdf(pdf_printer(output), exported_pdf, 2, 0) == page_count(exported_pdf) - 1

    output = tmp_path / "chosen.pdf"
    assert paint_pdf(pdf_printer(output), exported_pdf, 1, 0, pages={1}) == 1
    assert len(PdfReader(output).pages) == 1


def test_a_file_that_is_no_pdf_is_refused(qapp, tmp_path):
    with pytest.raises(PrintError):
        paint_pdf(pdf_printer(tmp_path / "x.pdf"), b"not a pdf at all")
    assert not (tmp_path / "x.pdf").exists()


def test_a_pdf_that_cannot_be_read_is_told_not_printed(qapp, tmp_path, monkeypatch):
    told = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *args: told.append(args))
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7 but nothing else")
    assert print_pdf(None, broken) is None  # no preview
    assert print_pdf(None, tmp_path / "missing.pdf") is None
    assert len(told) == 2 and "cannot be read" in told[0][2] and "broken.pdf" in told[0][2]
