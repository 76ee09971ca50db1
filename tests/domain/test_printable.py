"""Characters the PDF cannot print, or prints wrongly, get a warning at their field (issue 15)
instead of boxes or reversed words on the paper to sign."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.checks import check_report, errors
from factories import TODAY, make_valid_report


def found(report, code):
    return [(p.path, p.severity.value, p.message) for p in check_report(report, today=TODAY) if p.code == code]


@pytest.mark.parametrize(("typed", "shown"), [
    ("Jan \U0001F984 Janssens", "«\U0001F984» (U+1F984)"),  # an emoji DejaVu Sans lacks
    ("王小明", "«王» (U+738B)"),
    ("ไทย", "«ไ» (U+0E44)"),
    ("An\uE000", "(U+E000)"),  # private use
])
def test_a_character_the_fonts_cannot_draw_is_named_in_a_warning_at_its_field(typed, shown):
    report = make_valid_report()
    report.signatories.secretary = typed
    [(path, severity, message)] = found(report, "text-unprintable-character")
    assert (path, severity) == ("signatories.secretary", "warning")
    assert shown in message.nl and shown in message.fr
    assert "niet afgedrukt" in message.nl and "pas imprimé" in message.fr
    assert not errors(check_report(report, today=TODAY))


def test_one_character_and_several_are_said_in_the_singular_and_the_plural():
    report = make_valid_report()
    report.narrative += " \U0001F984"
    [(_, _, one)] = found(report, "text-unprintable-character")
    assert one.nl.startswith("Dit teken wordt niet afgedrukt: «\U0001F984»")
    assert one.fr.startswith("Ce caractère ne sera pas imprimé : «\U0001F984»")
    report.narrative += " 中文 \U0001F984"
    [(_, _, many)] = found(report, "text-unprintable-character")
    assert many.nl.startswith("Deze tekens worden niet afgedrukt: «\U0001F984» (U+1F984), «中» (U+4E2D), «文»")
    assert many.fr.startswith("Ces caractères ne seront pas imprimés : «\U0001F984»")


def test_many_different_characters_are_listed_five_then_counted():
    report = make_valid_report()
    report.partnerships[0].description = "一二三四五六七八"
    [(_, _, message)] = found(report, "text-unprintable-character")
    assert message.nl.count("(U+") == 5 and "nog 3 andere" in message.nl and "3 autres" in message.fr


@pytest.mark.parametrize("typed", [
    "Łęcka-Dubois", "Ørsted Æblegård", "Ζωή", "Жанна", "Çağlar Şahin", "Nguyễn Văn Anh",
    "Zoë\u0301 Müller",  # a combining accent the fonts have: printed on its letter
    "50 € – “ok” … ’", "\U0001F600",  # DejaVu Sans draws this face
    "regel een\r\nregel twee\ttab",
])
def test_what_the_fonts_draw_passes(typed):
    report = make_valid_report()
    report.narrative = typed
    report.signatories.place = typed.splitlines()[0]
    assert found(report, "text-unprintable-character") == []
    assert found(report, "text-right-to-left") == []


def test_a_control_character_is_an_error_of_its_own_not_also_unprintable():
    report = make_valid_report()
    report.members[1].name = "OCMW\x0bDrie"
    assert found(report, "text-unprintable-character") == []


@pytest.mark.parametrize(("typed", "quoted"), [
    ("مرحبا بكم", "مرحبا بكم"),
    ("OCMW שלום Gent", "שלום"),
])
def test_right_to_left_text_is_a_warning_that_quotes_it(typed, quoted):
    report = make_valid_report()
    report.promoter.contact_person = typed
    [(path, severity, message)] = found(report, "text-right-to-left")
    assert (path, severity) == ("promoter.contactPerson", "warning")
    assert quoted in message.nl and quoted in message.fr
    assert "van rechts naar links" in message.nl and "de droite à gauche" in message.fr
    assert found(report, "text-unprintable-character") == []  # the fonts have these letters


def test_every_text_field_is_looked_at():
    report = make_valid_report()
    report.promoter.street = "Kerkstraat 1 \U0001F984"
    report.members[0].name = "OCMW \U0001F984"
    report.partnerships[1].agreement_reference = "SE-\U0001F984"
    assert [p for p, _, _ in found(report, "text-unprintable-character")] == [
        "promoter.street", "members[0].name", "partnerships[1].agreementReference"]


def test_the_quick_search_agrees_with_the_fonts_table_for_every_character():
    from desktop_app.domain.check_rules.general import _NOT_XML, _not_printed
    from desktop_app.domain.font_coverage import is_printable

    planes = list(range(0x10000)) + list(range(0x1F000, 0x1FB00)) + [0x10800, 0x1E900, 0xE0001, 0x10FFFF]
    for code in planes:
        character = chr(code)
        expected = not (is_printable(character) or character in "\t\n\r" or _NOT_XML.match(character))
        assert bool(_not_printed(character)) is expected, hex(code)


def test_a_large_report_with_accents_and_hebrew_gets_one_warning():
    """200 partnerships and a 3,000-character narrative of accented Latin and Hebrew: the
    accents are printed, the Hebrew gets the one right-to-left warning at the narrative. How
    long these checks take (they run at every key) is measured by ``benchmarks/bench_checks.py``
    on this same report, against one pass over its text, not limited here."""
    from desktop_app.domain.model import Partnership

    report = make_valid_report()
    report.partnerships = [Partnership(f"Partnër {i}", "other", f"R-{i}", None, "Beschrijving é è " * 8)
                           for i in range(200)]
    report.narrative = ("Een verhaal met accenten é à ç en שלום. " * 80)[:3000]
    problems = check_report(report, today=TODAY)
    assert [(p.code, p.path, p.severity.value) for p in problems] == [("text-right-to-left", "narrative", "warning")]


def test_the_quick_path_for_common_letters_agrees_with_the_pattern():
    """Texts of Latin letters skip the pattern (issue 17: compiling it cost every start 2 ms);
    below U+0250 both must find the same characters unprinted."""
    from desktop_app.domain.check_rules import general

    for code in range(general._COMMON_LIMIT):
        character = chr(code)
        assert (character in general._common_printed()) == (not general._unprintable().findall(character)), hex(code)


@given(st.text(alphabet=st.characters(max_codepoint=0x260), max_size=40))
def test_unprinted_characters_are_found_with_and_without_the_quick_path(text):
    from desktop_app.domain.check_rules import general

    assert general._not_printed(text) == list(dict.fromkeys(general._unprintable().findall(text)))
