"""Reading a scanned or photographed print back (issue 16): the pages of a long report as
pictures at 150, 200 and 300 dpi, spoilt as a scanner or a phone would, in any order, give the
submission file back byte for byte; what cannot be read is said precisely. The fuller sweep,
with times, is ``benchmarks/bench_scan.py``."""

from __future__ import annotations

import io
import os
import random

import pytest
from PIL import Image
from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from desktop_app.export import datacodes, scan
from desktop_app.export.pdf import render_pdf
from desktop_app.export.scan import ScanError, read_scan
from desktop_app.export.submission import to_xml
from factories import make_long_report, make_valid_report
from scan_pictures import distort, phone_like, render_pages, scanner_like


@pytest.fixture(scope="module")
def long_print():
    report = make_long_report()
    xml = to_xml(report)
    return xml, render_pdf(report, xml)


def save(picture: Image.Image, path, quality: int | None = None):
    if path.suffix == ".jpg":
        picture.save(path, "JPEG", quality=quality or 60)
    else:
        picture.save(path)
    return path


@pytest.mark.parametrize("dpi", [150, 200, 300])
def test_a_spoilt_scan_reads_back_byte_for_byte(long_print, dpi, tmp_path):
    xml, pdf = long_print
    pages = render_pages(pdf, dpi)
    count = len(datacodes.encode_chunks(xml))
    holding = pages[:datacodes.page_of_chunk(count)]  # the pages with codes
    files = []
    for index, page in enumerate(holding):
        how = (scanner_like if index % 2 else phone_like)(dpi * 10 + index)
        files.append(save(distort(page, how, seed=index), tmp_path / f"page-{index + 1}.jpg"))
    random.Random(dpi).shuffle(files)
    result = read_scan(files)
    assert result.data == xml
    assert result.count == count


def test_the_exported_pdf_itself_and_a_multi_page_tiff_read_back(long_print, tmp_path):
    xml, pdf = long_print
    (tmp_path / "print.pdf").write_bytes(pdf)
    assert read_scan([tmp_path / "print.pdf"]).data == xml
    pages = render_pages(pdf, 150)
    pages[0].save(tmp_path / "scan.tif", save_all=True, append_images=pages[1:], compression="tiff_deflate")
    assert read_scan([tmp_path / "scan.tif"]).data == xml


def test_a_missing_page_names_the_missing_codes_and_their_pages(long_print, tmp_path):
    xml, pdf = long_print
    pages = render_pages(pdf, 150)
    files = [save(page, tmp_path / f"p{n}.png") for n, page in enumerate(pages, start=1) if n != 2]
    count = len(datacodes.encode_chunks(xml))
    with pytest.raises(ScanError) as refused:
        read_scan(files)
    assert refused.value.code == "missing"
    assert refused.value.message.nl.startswith(f"Er ontbreken gegevenscodes: 3, 4 van {count}. Ze staan op pagina 2 ")
    assert f"Il manque des codes de données : 3, 4 sur {count}. Ils se trouvent sur la page 2 " in refused.value.message.fr
    assert "p6.png" in refused.value.message.nl  # a page without codes is named


def test_codes_of_two_reports_are_refused_with_both_fingerprints(long_print, tmp_path):
    xml, pdf = long_print
    other = make_valid_report()
    other_xml = to_xml(other)
    first = save(render_pages(pdf, 150)[0], tmp_path / "a.png")
    second = save(render_pages(render_pdf(other, other_xml), 150)[0], tmp_path / "b.png")
    with pytest.raises(ScanError) as refused:
        read_scan([first, second])
    assert refused.value.code == "mixed"
    for fingerprint in (datacodes.hashlib.sha256(xml).hexdigest(), datacodes.hashlib.sha256(other_xml).hexdigest()):
        assert fingerprint in refused.value.message.nl and fingerprint in refused.value.message.fr
    assert "a.png" in refused.value.message.nl and "b.png" in refused.value.message.nl


def qr_picture(texts: list[str], path):
    """A page holding QR codes of ``texts``, rendered at 150 dpi."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    for index, text in enumerate(texts):
        QrCode(text, width=60 * mm, height=60 * mm, qrLevel="M").drawOn(page, 20 * mm + index * 80 * mm, 150 * mm)
    page.showPage()
    page.save()
    return save(render_pages(buffer.getvalue(), 150)[0], path)


def test_a_picture_without_a_data_code_says_so(tmp_path):
    blank = save(Image.new("L", (1240, 1754), 255), tmp_path / "blank.png")
    other = qr_picture(["https://example.be"], tmp_path / "other.png")
    with pytest.raises(ScanError) as refused:
        read_scan([blank, other])
    assert refused.value.code == "no-code"
    assert refused.value.message.nl.startswith("Geen gegevenscode gevonden op blank.png; other.png.")
    assert refused.value.message.fr.startswith("Aucun code de données trouvé sur blank.png; other.png.")


def test_a_damaged_code_says_so(tmp_path):
    good = datacodes.encode_chunks(to_xml(make_valid_report()))[0]
    damaged = good[:good.index("/")] + "/0" + good[good.index(":", 70):]  # chunk 1 of 0
    picture = qr_picture([damaged], tmp_path / "damaged.png")
    with pytest.raises(ScanError) as refused:
        read_scan([picture])
    assert refused.value.code == "corrupt"
    assert "damaged.png" in refused.value.message.nl and "beschadigd" in refused.value.message.nl
    assert "endommagé" in refused.value.message.fr


def test_files_are_read_with_bounds(tmp_path, monkeypatch):
    text = tmp_path / "notes.png"
    text.write_text("not a picture")
    with pytest.raises(ScanError) as refused:
        read_scan([text])
    assert refused.value.code == "not-a-picture"
    with pytest.raises(ScanError) as refused:
        read_scan([tmp_path])
    assert refused.value.code == "file" and "map" in refused.value.message.nl
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.png")
        with pytest.raises(ScanError) as refused:
            read_scan([tmp_path / "pipe.png"])
        assert refused.value.code == "file"
    # A small file that declares a huge picture is refused before its pixels are decoded.
    bomb = tmp_path / "bomb.png"
    Image.new("1", (10_000, 10_000)).save(bomb)
    assert bomb.stat().st_size < 100_000
    with pytest.raises(ScanError) as refused:
        read_scan([bomb])
    assert refused.value.code == "too-many-pixels"
    monkeypatch.setattr(scan, "MAX_PAGES", 3)
    with pytest.raises(ScanError) as refused:
        read_scan([save(Image.new("L", (50, 50), 255), tmp_path / f"{n}.png") for n in range(4)])
    assert refused.value.code == "too-many-pages"
