"""The domain's table of printable characters is the fonts' own (issue 15): it is generated from
the embedded fonts' cmaps and cannot drift from them or from the fonts the PDF uses."""

from __future__ import annotations

import hashlib
import importlib.util
import unicodedata
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFontFile

from desktop_app.domain import font_coverage

ROOT = Path(__file__).resolve().parents[2]
FONT_DIR = ROOT / "resources" / "fonts"


def load_tool():
    spec = importlib.util.spec_from_file_location("make_font_coverage", ROOT / "tools" / "make_font_coverage.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def fonts() -> dict[str, TTFontFile]:
    return {name: TTFontFile(str(FONT_DIR / name)) for name in font_coverage.FONT_SHA256}


def test_the_table_is_made_from_the_fonts_the_pdf_embeds():
    from desktop_app.export.pdf import _FONT_FILES

    assert sorted(Path(f).name for f in _FONT_FILES.values()) == sorted(font_coverage.FONT_SHA256)
    for name, digest in font_coverage.FONT_SHA256.items():
        assert hashlib.sha256((FONT_DIR / name).read_bytes()).hexdigest() == digest, (
            f"{name} changed: run `make font-coverage`")


def test_the_table_is_exactly_what_both_fonts_map_to_a_glyph(fonts):
    mapped = set.intersection(*({c for c, g in f.charToGlyph.items() if g} for f in fonts.values()))
    table = {c for first, last in font_coverage.RANGES for c in range(first, last + 1)}
    assert table == mapped
    for code in sorted(mapped)[::97] + [0x20, 0x41, 0xE9, 0x20AC, 0x0141]:
        assert font_coverage.is_printable(chr(code))


def test_the_generated_module_is_what_the_tool_writes_now():
    assert load_tool().source(ROOT) == (ROOT / "desktop_app" / "domain" / "font_coverage.py").read_text(encoding="utf-8"), (
        "desktop_app/domain/font_coverage.py is out of date: run `make font-coverage`")


@pytest.mark.parametrize(("character", "printable"), [
    ("a", True), ("é", True), ("Ł", True), ("€", True), ("Ж", True), ("\u0301", True),
    ("\U0001F600", True),  # DejaVu Sans draws this face
    ("\U0001F984", False), ("中", False), ("ไ", False), ("\uE000", False), ("\U0010FFFF", False),
])
def test_is_printable_answers_for_single_characters(character, printable):
    assert font_coverage.is_printable(character) is printable


def test_combining_marks_the_fonts_cover_take_no_room_and_so_print_on_their_letter(fonts):
    # reportlab places glyphs one after the other without shaping; a combining mark lands on
    # the letter before it only because the font gives it no advance width. Three marks of
    # DejaVu Sans have a width: two Cyrillic signs drawn around a number and one Arabic vowel
    # sign; they are rare enough to accept as they print.
    wide = set()
    for font in fonts.values():
        for code in font.charToGlyph:
            if unicodedata.category(chr(code)) in ("Mn", "Me") and font.charWidths.get(code, 0):
                wide.add(code)
    assert wide <= {0x0488, 0x0489, 0x065A}
