"""Single fields: counts, years, dates, contact details and enterprise numbers."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.fields import (
    FieldError,
    enterprise_number_checksum_ok,
    enterprise_number_digits,
    format_date,
    format_enterprise_number,
    is_valid_email,
    is_valid_phone,
    is_valid_postal_code,
    parse_count,
    parse_date,
    parse_year,
)


def assert_field_error(reader, typed):
    with pytest.raises(FieldError) as caught:
        reader(typed)
    assert caught.value.text == typed
    assert caught.value.reason.nl.strip() and caught.value.reason.fr.strip()
    assert caught.value.reason.nl != caught.value.reason.fr
    return caught.value


@pytest.mark.parametrize(("typed", "count"), [("0", 0), ("12", 12), (" 7 ", 7), ("-3", -3), ("−3", -3)])
def test_parse_count(typed, count):
    result = parse_count(typed)
    assert result == count
    assert type(result) is int


@pytest.mark.parametrize("typed", ["", "  "])
def test_an_empty_count_is_none(typed):
    assert parse_count(typed) is None


@pytest.mark.parametrize("typed", ["1,5", "1.5", "12a", "twaalf", "1 000", "+", "-", "1e3", "1234567890"])
def test_a_count_that_is_not_a_whole_number_is_an_error(typed):
    assert_field_error(parse_count, typed)


@pytest.mark.parametrize(("typed", "year"), [("2016", 2016), (" 2003 ", 2003)])
def test_parse_year(typed, year):
    assert parse_year(typed) == year


def test_an_empty_year_is_none():
    assert parse_year("") is None


@pytest.mark.parametrize("typed", ["16", "20166", "2016a", "'16", "twintig"])
def test_a_year_that_is_not_four_digits_is_an_error(typed):
    assert_field_error(parse_year, typed)


@pytest.mark.parametrize(
    "typed",
    ["15-02-2017", "15/02/2017", "2017-02-15", "15.02.2017", "15-2-2017", " 15/02/2017 "],
)
def test_parse_date_in_dutch_french_and_iso_forms(typed):
    assert parse_date(typed) == dt.date(2017, 2, 15)


def test_an_empty_date_is_none():
    assert parse_date("") is None
    assert parse_date("  ") is None


@pytest.mark.parametrize("typed", ["31-02-2017", "29-02-2017", "2017-13-01", "00/01/2017"])
def test_a_day_that_does_not_exist_is_an_error(typed):
    error = assert_field_error(parse_date, typed)
    assert "bestaat niet" in error.reason.nl


def test_29_february_of_a_leap_year_exists():
    assert parse_date("29-02-2016") == dt.date(2016, 2, 29)


@pytest.mark.parametrize("typed", ["15-02-17", "15 februari 2017", "2017/02/15", "15022017", "morgen"])
def test_a_date_in_another_form_is_an_error(typed):
    assert_field_error(parse_date, typed)


def test_format_date():
    assert format_date(dt.date(2017, 2, 15), "nl") == "15-02-2017"
    assert format_date(dt.date(2017, 2, 15), "fr") == "15/02/2017"
    assert format_date(None, "nl") == ""


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_a_formatted_date_reads_back(language):
    day = dt.date(2016, 12, 1)
    assert parse_date(format_date(day, language)) == day


@pytest.mark.parametrize("typed", ["0123.456.789", "0123456789", "BE 0123 456 789", "be0123.456.789", " 0123 456 789 "])
def test_enterprise_number_forms(typed):
    assert enterprise_number_digits(typed) == "0123456789"
    assert format_enterprise_number(typed) == "0123.456.789"


@pytest.mark.parametrize("typed", ["0123.456.78", "01234567890", "0123-456-789", "ABC", "NL 0123456789", ""])
def test_enterprise_number_that_is_not_ten_digits(typed):
    assert enterprise_number_digits(typed) is None
    assert format_enterprise_number(typed) == typed.strip()


def test_enterprise_number_checksum():
    # 97 - (02123456 mod 97) = 68
    assert enterprise_number_checksum_ok("0212345668")
    assert not enterprise_number_checksum_ok("0212345669")
    # 01234567 mod 97 = 48, so 0123.456.789 is not a real number
    assert not enterprise_number_checksum_ok("0123456789")
    assert enterprise_number_checksum_ok("0123456749")


def test_enterprise_number_checksum_when_the_remainder_is_zero():
    first_eight = str(97 * 100_000).zfill(8)  # 09700000, a multiple of 97: check digits 97
    assert enterprise_number_checksum_ok(first_eight + "97")
    assert not enterprise_number_checksum_ok(first_eight + "00")


@pytest.mark.parametrize("text", ["an.peeters@example.be", "info@ocmw-gent.be", "a.b@sub.cpas.brussels", " x@y.be "])
def test_valid_email(text):
    assert is_valid_email(text)


@pytest.mark.parametrize("text", ["", "an.peeters", "an@example", "an @example.be", "a@@example.be", "@example.be", "an@.be"])
def test_invalid_email(text):
    assert not is_valid_email(text)


@pytest.mark.parametrize("text", ["1000", "9999", "9000", " 8500 "])
def test_valid_postal_code(text):
    assert is_valid_postal_code(text)


@pytest.mark.parametrize("text", ["", "999", "0999", "99999", "B-9000", "9 000", "abcd"])
def test_invalid_postal_code(text):
    assert not is_valid_postal_code(text)


@pytest.mark.parametrize("text", ["+32 9 123 45 67", "09 123 45 67", "09/123.45.67", "0471 12 34 56", "(09) 123-45-67"])
def test_valid_phone(text):
    assert is_valid_phone(text)


@pytest.mark.parametrize("text", ["", "123", "09 12 34", "bel me", "09 123 45 67 ext. 3"])
def test_invalid_phone(text):
    assert not is_valid_phone(text)
