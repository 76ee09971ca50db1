"""Money: amounts typed the Belgian way are read exactly, or refused with a reason."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.money import (
    AmountError,
    format_amount,
    format_plain,
    parse_amount,
    parse_plain,
    percentage,
)

NBSP = "\u00a0"
NNBSP = "\u202f"


@pytest.mark.parametrize(
    "typed",
    [
        "1.234,56",
        "1234,56",
        "1 234,56",
        f"1{NBSP}234,56",
        f"1{NNBSP}234,56",
        "1234.56",
        "€ 1.234,56",
        "€1.234,56",
        "1.234,56 EUR",
        f"1.234,56{NBSP}EUR",
        "1.234,56 €",
        "1.234,56 eur",
        "EUR 1.234,56",
        "euro 1.234,56",
        "1.234,56 euro",
        "  1.234,56  ",
    ],
)
def test_belgian_forms_of_an_amount_read_exactly(typed):
    assert parse_amount(typed) == 123456


@pytest.mark.parametrize(
    ("typed", "cents"),
    [
        ("0", 0),
        ("0,05", 5),
        ("0,5", 50),
        ("12,5", 1250),
        ("12.5", 1250),
        ("12500", 1250000),
        ("12.500", 1250000),  # a dot before three digits groups thousands
        ("12.500,00", 1250000),
        ("1.234.567,89", 123456789),
        ("1 234 567,89", 123456789),
        ("+12,00", 1200),
    ],
)
def test_other_amounts(typed, cents):
    assert parse_amount(typed) == cents


def test_a_minus_is_read_so_that_the_checks_can_refuse_it():
    assert parse_amount("-12,50") == -1250
    assert parse_amount("−12,50") == -1250  # the Unicode minus sign


@pytest.mark.parametrize("typed", ["", "   ", NBSP])
def test_an_empty_field_is_no_amount(typed):
    assert parse_amount(typed) is None


@pytest.mark.parametrize(
    "typed",
    [
        "12,3,4",
        "1.2.3,4",
        "1,234.56",
        "1,234",  # three decimals: never read as one thousand two hundred and thirty-four
        "abc",
        ",5",
        "1.234,567",
        "12,",
        "1.23.456",
        "1.234 567,89",  # two different group separators
        "12a",
        "1 234.56",
        "-",
        "€",
        "EUR",
        "€ -",
        "12 EUR 50",
        "1e3",
        "0x10",
        "10" + "0" * 13 + ",00",  # larger than any subsidy file can hold
    ],
)
def test_ambiguous_or_wrong_amounts_are_errors_never_guesses(typed):
    with pytest.raises(AmountError) as caught:
        parse_amount(typed)
    reason = caught.value.reason
    assert reason.nl.strip() and reason.fr.strip()
    assert reason.nl != reason.fr
    assert caught.value.text == typed


def test_three_decimals_says_why():
    with pytest.raises(AmountError) as caught:
        parse_amount("1,234")
    assert "twee cijfers" in caught.value.reason.nl
    assert "deux chiffres" in caught.value.reason.fr


def test_an_amount_error_is_a_value_error():
    with pytest.raises(ValueError):
        parse_amount("abc")


@given(st.text(max_size=30))
def test_any_typed_text_gives_cents_none_or_an_amount_error(typed):
    try:
        result = parse_amount(typed)
    except AmountError as problem:
        assert problem.reason.nl and problem.reason.fr
    else:
        assert result is None or type(result) is int


@given(st.text(alphabet="0123456789.,  €EUR-", max_size=20))
def test_amount_like_text_gives_cents_none_or_an_amount_error(typed):
    try:
        result = parse_amount(typed)
    except AmountError:
        pass
    else:
        assert result is None or type(result) is int


def test_formatting_the_belgian_way():
    assert format_amount(123456, "nl") == "1.234,56"
    assert format_amount(123456, "fr") == f"1{NBSP}234,56"
    assert format_amount(0, "nl") == "0,00"
    assert format_amount(5, "fr") == "0,05"
    assert format_amount(1_000_000_00, "nl") == "1.000.000,00"
    assert format_amount(1_000_000_00, "fr") == f"1{NBSP}000{NBSP}000,00"
    assert format_amount(-123456, "nl") == "-1.234,56"
    assert format_amount(123456, "nl", currency=True) == f"1.234,56{NBSP}EUR"
    assert format_amount(123456, "fr", currency=True) == f"1{NBSP}234,56{NBSP}EUR"


@given(st.integers(min_value=0, max_value=10**13), st.sampled_from(["nl", "fr"]), st.booleans())
def test_formatted_amounts_read_back_to_the_same_cents(cents, language, currency):
    text = format_amount(cents, language, currency=currency)
    assert parse_amount(text) == cents
    assert parse_amount(f"-{text}") == -cents


@given(st.integers(min_value=-(10**13), max_value=10**13))
def test_plain_form_round_trips(cents):
    text = format_plain(cents)
    result = parse_plain(text)
    assert result == cents
    assert type(result) is int


def test_plain_form_of_the_submission_file():
    assert format_plain(1_250_000) == "12500.00"
    assert format_plain(5) == "0.05"
    assert format_plain(0) == "0.00"
    assert parse_plain("12500.00") == 1_250_000
    assert parse_plain(" 0.05 ") == 5


@pytest.mark.parametrize("text", ["12500", "12500.0", "12500.000", "12,500.00", "1.234,56", "", "abc", ".50"])
def test_plain_form_refuses_anything_else(text):
    with pytest.raises(ValueError):
        parse_plain(text)


@pytest.mark.parametrize(
    ("cents", "percent", "expected"),
    [
        (10_000_00, 75, 7_500_00),
        (12_500_00, 75, 9_375_00),
        (2, 75, 2),  # 1.5 cent rounds half up
        (1, 75, 1),  # 0.75 cent
        (1_234_567, 75, 925_925),  # 925 925.25 cents
        (-2, 75, -2),
        (0, 75, 0),
    ],
)
def test_percentage_in_whole_cents(cents, percent, expected):
    result = percentage(cents, percent)
    assert result == expected
    assert type(result) is int
