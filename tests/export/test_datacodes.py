"""The data codes on the final PDF (issue 16): the submission file, compressed, in numbered
QR codes in the band at the foot of the pages, two a page at most, never over text; each code
names its report by the full fingerprint. Read back with an independent reader (zbar), the
text positions with pdftotext."""

from __future__ import annotations

import hashlib
import io
import random
import re
import shutil
import string
import subprocess
import zlib

import pytest
from pypdf import PdfReader

from desktop_app.domain.model import Partnership
from desktop_app.export import datacodes
from desktop_app.export.datacodes import (
    CorruptChunk,
    FingerprintMismatch,
    MissingChunks,
    MixedReports,
    assemble,
    base45_decode,
    base45_encode,
    encode_chunks,
    parse_chunk,
)
from desktop_app.export.pdf import BAND_TOP, CODE_BOTTOM, CODE_GAP, CODE_SIZE, MARGIN_X, PAGE_HEIGHT, PAGE_WIDTH, render_pdf
from desktop_app.export.submission import to_xml
from factories import make_long_report, make_valid_report

ALPHANUMERIC = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


# --- the layout, without a PDF ------------------------------------------------------------------

@pytest.mark.parametrize("data, text", [(b"AB", "BB8"), (b"Hello!!", "%69 VD92EX0"), (b"base-45", "UJCLQE7W581"),
                                        (b"ietf!", "QED8WEX0"), (b"", "")])
def test_base45_is_rfc_9285(data, text):
    assert base45_encode(data) == text
    assert base45_decode(text) == data


@pytest.mark.parametrize("text", ["GGW", "A", "ABCD", "ab", "ZZZ"])
def test_base45_refuses_what_is_not_base45(text):
    with pytest.raises(ValueError):
        base45_decode(text)


def test_every_byte_string_goes_through_base45():
    rng = random.Random(3)
    for size in range(0, 70):
        data = bytes(rng.randrange(256) for _ in range(size))
        assert base45_decode(base45_encode(data)) == data


def chunks_of(xml: bytes) -> list[tuple[datacodes.Chunk, str]]:
    return [(parse_chunk(text), f"code {n}") for n, text in enumerate(encode_chunks(xml), start=1)]


def test_a_chunk_says_what_it_is_in_qr_alphanumeric_characters():
    xml = to_xml(make_long_report())
    texts = encode_chunks(xml)
    fingerprint = hashlib.sha256(xml).hexdigest()
    assert len(texts) == -(-len(zlib.compress(xml, 9)) // datacodes.CHUNK_BYTES)
    for number, text in enumerate(texts, start=1):
        assert set(text) <= ALPHANUMERIC
        assert text.startswith(f"CV1:{fingerprint.upper()}:{number}/{len(texts)}:")
        chunk = parse_chunk(text)
        assert (chunk.fingerprint, chunk.number, chunk.count) == (fingerprint, number, len(texts))
        assert len(chunk.data) <= datacodes.CHUNK_BYTES
    # The chunks are the zlib stream, cut in order.
    assert b"".join(parse_chunk(t).data for t in texts) == zlib.compress(xml, 9)


def test_chunks_in_any_order_and_repeated_give_the_exact_file_back():
    xml = to_xml(make_long_report())
    found = chunks_of(xml)
    shuffled = found + found[:2]
    random.Random(1).shuffle(shuffled)
    assert assemble(shuffled) == xml


def test_missing_chunks_are_named_with_their_pages():
    xml = to_xml(make_long_report())
    found = chunks_of(xml)
    count = len(found)
    assert count >= 4
    kept = [entry for entry in found if entry[0].number not in (2, 3)]
    with pytest.raises(MissingChunks) as missing:
        assemble(kept)
    assert missing.value.numbers == [2, 3] and missing.value.count == count
    assert missing.value.pages == [1, 2]  # chunks 1-2 on page 1, 3-4 on page 2
    assert [datacodes.page_of_chunk(n) for n in (1, 2, 3, 4, 5)] == [1, 1, 2, 2, 3]


def test_codes_of_two_reports_are_refused_naming_both():
    first, second = make_valid_report(), make_valid_report()
    second.promoter.name = "OCMW Ander"
    one, two = to_xml(first), to_xml(second)
    with pytest.raises(MixedReports) as mixed:
        assemble(chunks_of(one) + chunks_of(two)[:1])
    assert set(mixed.value.fingerprints) == {hashlib.sha256(one).hexdigest(), hashlib.sha256(two).hexdigest()}


def test_damaged_codes_are_told_apart_from_other_codes():
    text = encode_chunks(to_xml(make_valid_report()))[0]
    assert parse_chunk(hashlib.sha256(b"x").hexdigest()) is None  # the fingerprint's own QR code
    assert parse_chunk("https://example.be") is None
    for broken, kind in ((text[:40], "prefix"), (text.replace("CV1:", "CV2:", 1), "version"),
                         (text[:text.index("/")] + "/0" + text[text.index(":", 70):], "number"),
                         (text + "ab", "data")):
        with pytest.raises(CorruptChunk) as error:
            parse_chunk(broken, "page 1")
        assert error.value.kind == kind and error.value.where == "page 1"


def test_copies_that_differ_and_data_that_is_not_the_fingerprinted_file_are_refused():
    xml = to_xml(make_long_report())
    found = chunks_of(xml)
    first = found[0][0]
    changed = datacodes.Chunk(first.fingerprint, 1, first.count, bytes([first.data[0] ^ 1]) + first.data[1:])
    with pytest.raises(CorruptChunk) as error:
        assemble(found + [(changed, "page 9")])
    assert error.value.kind == "copies"
    with pytest.raises((CorruptChunk, FingerprintMismatch)):
        assemble([(changed, "page 1")] + found[1:])
    # A whole other file, with this file's fingerprint: inflates well, but is not the file named.
    other = zlib.compress(b"<other/>", 9)
    with pytest.raises(FingerprintMismatch):
        assemble([(datacodes.Chunk(first.fingerprint, 1, 1, other), "page 1")])


def test_a_file_too_large_for_paper_gets_no_codes():
    noise = random.Random(5).randbytes(datacodes.CHUNK_BYTES * datacodes.MAX_CHUNKS + 1)
    assert encode_chunks(noise) == []


# --- on the PDF -------------------------------------------------------------------------------

needs_poppler = pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils not installed")
needs_zbar = pytest.mark.skipif(not shutil.which("zbarimg"), reason="zbar-tools not installed")


def zbar_pages(pdf: bytes, tmp_path, dpi: int = 150) -> list[list[str]]:
    """The texts of the QR codes zbar reads on each page, rendered like a 150 dpi scan."""
    (tmp_path / "r.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-gray", "-png", "-r", str(dpi), str(tmp_path / "r.pdf"), str(tmp_path / "p")],
                   check=True)
    pages = []
    for picture in sorted(tmp_path.glob("p-*.png"), key=lambda p: int(p.stem.split("-")[1])):
        out = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sqrcode.enable", str(picture)],
                             capture_output=True, text=True).stdout
        pages.append([line for line in out.splitlines() if line])
    return pages


@needs_poppler
@needs_zbar
@pytest.mark.parametrize("make", [make_valid_report, make_long_report])
def test_the_final_pdf_carries_the_submission_file_in_codes_zbar_reads(make, tmp_path):
    report = make()
    xml = to_xml(report)
    pdf = render_pdf(report, xml)
    pages = zbar_pages(pdf, tmp_path)
    found = []
    for page, texts in enumerate(pages, start=1):
        ours = [t for t in texts if t.startswith("CV1:")]
        assert len(ours) <= 2
        for text in ours:
            chunk = parse_chunk(text)
            assert datacodes.page_of_chunk(chunk.number) == page
            found.append((chunk, page))
    assert assemble(found) == xml
    # The fingerprint's own QR code is still on the signature page, and only there.
    digest = hashlib.sha256(xml).hexdigest()
    assert [page for page, texts in enumerate(pages, start=1) if digest in texts] == [len(pages)]


@needs_poppler
def test_no_text_is_printed_where_the_codes_are(tmp_path):
    report = make_long_report()
    pdf = render_pdf(report, to_xml(report))
    (tmp_path / "r.pdf").write_bytes(pdf)
    html = subprocess.run(["pdftotext", "-bbox", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    codes_left = PAGE_WIDTH - MARGIN_X - 2 * CODE_SIZE - CODE_GAP
    band_top = PAGE_HEIGHT - BAND_TOP  # pdftotext measures from the top
    band_bottom = PAGE_HEIGHT - CODE_BOTTOM
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html)
    assert words
    for x0, y0, x1, y1, word in words:
        x0, y0, x1, y1 = map(float, (x0, y0, x1, y1))
        overlaps_band = y1 > band_top - 4 * 2.835 and y0 < band_bottom
        if overlaps_band:  # only the words saying what the codes are, left of the codes
            assert x1 <= codes_left and y0 >= band_top - 0.5, (word, x0, y0, x1, y1)


@needs_poppler
@needs_zbar
def test_a_report_with_more_codes_than_its_pages_hold_gets_pages_of_codes(tmp_path):
    report = make_valid_report()
    rng = random.Random(7)
    letters = string.ascii_letters + string.digits
    # Text that does not compress: the data outgrows what two codes a page can hold.
    report.partnerships = [Partnership(f"P{n}", "other", f"R{n}", None,
                                       "".join(rng.choice(letters) for _ in range(900)))
                           for n in range(6)]
    xml = to_xml(report)
    codes = encode_chunks(xml)
    pdf = render_pdf(report, xml)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == datacodes.page_of_chunk(len(codes))
    last = reader.pages[-1].extract_text()
    assert "Gegevenscodes (vervolg)" in last and f"Pagina {len(reader.pages)} / {len(reader.pages)}" in last
    pages = zbar_pages(pdf, tmp_path)
    found = [(parse_chunk(t), n) for n, texts in enumerate(pages, 1) for t in texts if t.startswith("CV1:")]
    assert assemble(found) == xml
