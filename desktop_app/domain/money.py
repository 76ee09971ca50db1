"""Money as integer cents: reading amounts typed the Belgian way and writing them back.

Amounts never pass through ``float``. A typed amount is either read exactly or refused with a
reason; an ambiguous form (``12,3,4``, ``1.2.3,4``, three decimals) is an error, never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import Text

Cents = int

# Thousands may be grouped with a dot or with any kind of space (what Dutch and French write).
_SPACES = "\u0020\u00a0\u202f\u2009"
_CURRENCY = re.compile(r"^(?:€|euro|eur)\s*|\s*(?:€|euro|eur)$", re.IGNORECASE)
_GROUPED = re.compile(r"^\d{1,3}(?:([.\u0020\u00a0\u202f\u2009])\d{3})?(?:\1\d{3})*$")


@dataclass(frozen=True)
class AmountError(ValueError):
    """A typed amount that cannot be read; ``reason`` says why in both languages."""

    text: str
    reason: Text

    def __str__(self) -> str:  # pragma: no cover - for tracebacks during development
        return f"{self.text!r}: {self.reason.nl}"


_NOT_A_NUMBER = Text(
    "Dit is geen bedrag: gebruik cijfers, bv. 1.234,56.",
    "Ce n'est pas un montant : utilisez des chiffres, p. ex. 1 234,56.",
)
_TOO_MANY_DECIMALS = Text(
    "Een bedrag heeft hoogstens twee cijfers na de komma.",
    "Un montant a au plus deux chiffres après la virgule.",
)
_BAD_GROUPING = Text(
    "De duizendtallen zijn niet juist gegroepeerd (bv. 1.234.567,89).",
    "Les milliers ne sont pas groupés correctement (p. ex. 1 234 567,89).",
)
_TWO_DECIMAL_MARKS = Text(
    "Er staat meer dan één decimaalteken in dit bedrag.",
    "Ce montant contient plus d'un séparateur décimal.",
)
_TOO_LARGE = Text(
    "Dit bedrag is te groot.",
    "Ce montant est trop élevé.",
)

# Larger than any subsidy file could hold; keeps the XML and the PDF columns sane.
MAX_CENTS = 10**15
_MAX_WHOLE_DIGITS = len(str(MAX_CENTS // 100))


def parse_amount(text: str) -> Cents | None:
    """Read an amount as typed by a Belgian user; return cents, or ``None`` for an empty field.

    ``1.234,56``, ``1234,56``, ``1 234,56``, ``1234.56`` and ``€ 1.234,56`` all give 123456.
    A leading minus is read (the checks refuse negative amounts with their own message).
    Raises :class:`AmountError` for anything that is not exactly one amount.
    """
    original = text
    text = text.strip()
    if not text:
        return None
    text = _CURRENCY.sub("", text).strip()
    negative = False
    if text and text[0] in "-−+":
        negative = text[0] != "+"
        text = text[1:].strip()
    if not text or not re.fullmatch(r"[\d.,\u0020\u00a0\u202f\u2009]+", text) or not text[0].isdigit():
        raise AmountError(original, _NOT_A_NUMBER)

    if text.count(",") > 1:
        raise AmountError(original, _TWO_DECIMAL_MARKS)
    if "," in text:
        whole, fraction = text.split(",")
    elif text.count(".") == 1 and re.fullmatch(r"\d+\.\d{1,2}", text):
        # A single dot followed by one or two digits is a decimal point (1234.56).
        whole, fraction = text.split(".")
    else:
        whole, fraction = text, ""

    if not fraction.isdigit() and fraction != "":
        raise AmountError(original, _NOT_A_NUMBER if fraction.strip(_SPACES + ".") else _BAD_GROUPING)
    if len(fraction) > 2:
        raise AmountError(original, _TOO_MANY_DECIMALS)
    if "," in text and text.endswith(","):
        raise AmountError(original, _NOT_A_NUMBER)
    if not whole.isdigit():
        if not _GROUPED.fullmatch(whole):
            raise AmountError(original, _BAD_GROUPING)
        whole = re.sub(f"[.{_SPACES}]", "", whole)

    # Python refuses to turn more than 4,300 digits into a number; the limit comes long before.
    whole = whole.lstrip("0") or "0"
    if len(whole) > _MAX_WHOLE_DIGITS:
        raise AmountError(original, _TOO_LARGE)
    cents = int(whole) * 100 + int(fraction.ljust(2, "0") or 0)
    if cents >= MAX_CENTS:
        raise AmountError(original, _TOO_LARGE)
    return -cents if negative else cents


def format_count(number: int, language: str) -> str:
    """A whole number grouped the Belgian way: ``1.234`` in Dutch, ``1 234`` in French (with a
    no-break space, so a number never splits over two lines)."""
    separator = "\u00a0" if language == "fr" else "."
    sign = "-" if number < 0 else ""
    return sign + f"{abs(number):,}".replace(",", separator)


def format_amount(cents: Cents, language: str, *, currency: bool = False) -> str:
    """Write cents the Belgian way: ``1.234,56`` in Dutch, ``1 234,56`` in French.

    French groups thousands with a no-break space so an amount never splits over two lines.
    """
    sign = "-" if cents < 0 else ""
    whole, fraction = divmod(abs(cents), 100)
    result = f"{sign}{format_count(whole, language)},{fraction:02d}"
    return f"{result}\u00a0EUR" if currency else result


def format_plain(cents: Cents) -> str:
    """Write cents as the submission file wants them: ``12500.00``."""
    sign = "-" if cents < 0 else ""
    whole, fraction = divmod(abs(cents), 100)
    return f"{sign}{whole}.{fraction:02d}"


def parse_plain(text: str) -> Cents:
    """Read the submission file's form (``12500.00``); raise ``ValueError`` otherwise."""
    match = re.fullmatch(r"(-?)(\d+)\.(\d{2})", text.strip())
    if not match:
        raise ValueError(f"not an amount with two decimals: {text!r}")
    cents = int(match.group(2)) * 100 + int(match.group(3))
    return -cents if match.group(1) else cents


def percentage(cents: Cents, percent: int) -> Cents:
    """``percent`` % of an amount, rounded half up to the cent, in integers only."""
    value, remainder = divmod(abs(cents) * percent, 100)
    if remainder * 2 >= 100:
        value += 1
    return -value if cents < 0 else value
