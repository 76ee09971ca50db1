"""No text breaks the PDF, and none makes it slow (issue 15, item 3): a name or a description
of any length prints, in full, in time that grows linearly with its length.

Time itself is not measured here (the machine is shared); the work is: how often reportlab
measures a string while it lays the pages out. Linear growth gives about 4 times the work for
4 times the text; the old layout gave 12 to 16 times (a 100,000-character name took a minute).
``benchmarks/bench_long_text.py`` prints the times."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.export import pdf
from desktop_app.export.pdf import render_pdf
from factories import make_valid_report

FIELDS = {
    "promoter": lambda report, text: setattr(report.promoter, "name", text),
    "member": lambda report, text: setattr(report.members[0], "name", text),
    "partner": lambda report, text: setattr(report.partnerships[0], "partner", text),
    "description": lambda report, text: setattr(report.partnerships[0], "description", text),
    "contact": lambda report, text: setattr(report.promoter, "contact_person", text),
}


def text_of(length: int, spaces: bool) -> str:
    unit = "Sint-Lievens-Houtem " if spaces else "SintLievensHoutem"
    return (unit * (length // len(unit) + 1))[:length]


def measured(monkeypatch, field: str, length: int, spaces: bool) -> int:
    """How many strings reportlab measured to render the report with that text."""
    calls = [0]
    real = TTFont.stringWidth  # every measure of the embedded DejaVu Sans comes through here

    def counting(self, *args, **kwargs):
        calls[0] += 1
        return real(self, *args, **kwargs)

    report = make_valid_report()
    FIELDS[field](report, text_of(length, spaces))
    render_pdf(make_valid_report(), b"<x/>")  # the fonts registered before counting
    monkeypatch.setattr(TTFont, "stringWidth", counting)
    try:
        render_pdf(report, b"<x/>")
    finally:
        monkeypatch.undo()
    return calls[0]


@pytest.mark.parametrize("field", sorted(FIELDS))
@pytest.mark.parametrize("spaces", [True, False], ids=["words", "one-word"])
def test_the_work_grows_linearly_with_the_text(monkeypatch, field, spaces):
    small = measured(monkeypatch, field, 5_000, spaces)
    large = measured(monkeypatch, field, 20_000, spaces)
    assert large / small < 6, (small, large)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
@pytest.mark.parametrize("field", ["promoter", "member", "partner", "description"])
def test_an_800_character_name_prints_in_full(field, tmp_path):
    text = " ".join(f"naam{i:03d}" for i in range(100))[:800]
    word = "X" * 800
    report = make_valid_report()
    FIELDS[field](report, text)
    if field == "partner":
        report.partnerships[1].partner = word
    else:
        report.partnerships[1].description = word
    path = tmp_path / "lang.pdf"
    path.write_bytes(render_pdf(report, b"<x/>"))
    printed = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    flat = re.sub(r"\s+", "", printed)
    # Every word, in order (a page's footer and header may come between two lines).
    position = 0
    for token in text.split():
        position = flat.index(token, position) + len(token)
    # The word may break over pages: read only the text frames, without the header, the band
    # of data codes and the footer between its lines.
    top, bottom = pdf.MARGIN_TOP, pdf.PAGE_HEIGHT - pdf.MARGIN_BOTTOM
    framed = subprocess.run(["pdftotext", "-r", "72", "-x", "0", "-y", str(int(top) - 1), "-W", str(int(pdf.PAGE_WIDTH)),
                             "-H", str(int(bottom - top) + 2), str(path), "-"],
                            capture_output=True, text=True, check=True).stdout
    assert word in re.sub(r"\s+", "", framed)
    assert ("Noot 1: volledige tekst") in printed  # the long text of a cell, in full after its table
