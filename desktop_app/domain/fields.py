"""Reading and checking the typed values of single fields: counts, years, dates, e-mail,
postal codes, enterprise numbers. Each reader returns a value or raises :class:`FieldError`
with the reason in both languages; none of them guesses.
"""

from __future__ import annotations

import datetime as dt
import re

from .text import Text


class FieldError(ValueError):
    """A typed value that cannot be read; ``reason`` says why in Dutch and French."""

    def __init__(self, text: str, reason: Text):
        super().__init__(f"{text!r}: {reason.nl}")
        self.text = text
        self.reason = reason


_NOT_A_COUNT = Text(
    "Vul een geheel aantal personen in (bv. 12).",
    "Indiquez un nombre entier de personnes (p. ex. 12).",
)
NOT_A_YEAR = Text(
    "Vul een jaartal van vier cijfers in (bv. 2016).",
    "Indiquez une année de quatre chiffres (p. ex. 2016).",
)
_NOT_A_DATE = Text(
    "Vul een datum in als dd-mm-jjjj (bv. 15-02-2017).",
    "Indiquez une date au format jj/mm/aaaa (p. ex. 15/02/2017).",
)
_NO_SUCH_DAY = Text(
    "Deze dag bestaat niet.",
    "Ce jour n'existe pas.",
)


# The last year the year field takes: four digits.
MAX_YEAR = 9999
# The largest count the wizard takes: nine digits.
MAX_COUNT = 999_999_999


def parse_count(text: str) -> int | None:
    """A whole number of persons; ``None`` for an empty field. A minus sign is read (the
    checks refuse negative counts); anything else that is not a whole number is an error."""
    stripped = text.strip()
    if not stripped:
        return None
    if not re.fullmatch(r"[-−]?\d{1,9}", stripped):
        raise FieldError(text, _NOT_A_COUNT)
    return int(stripped.replace("−", "-"))


def parse_year(text: str) -> int | None:
    """A four-digit year; ``None`` for an empty field."""
    stripped = text.strip()
    if not stripped:
        return None
    if not re.fullmatch(r"\d{4}", stripped):
        raise FieldError(text, NOT_A_YEAR)
    return int(stripped)


_DATE_FORMS = (
    re.compile(r"(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})"),
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
)


def parse_date(text: str) -> dt.date | None:
    """A date as Dutch (``15-02-2017``) or French (``15/02/2017``) users write it, or ISO
    (``2017-02-15``); ``None`` for an empty field."""
    stripped = text.strip()
    if not stripped:
        return None
    for form in _DATE_FORMS:
        match = form.fullmatch(stripped)
        if match:
            try:
                return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                raise FieldError(text, _NO_SUCH_DAY) from None
    raise FieldError(text, _NOT_A_DATE)


def format_date(value: dt.date | None, language: str) -> str:
    """``15-02-2017`` in Dutch, ``15/02/2017`` in French; empty for no date."""
    if value is None:
        return ""
    separator = "/" if language == "fr" else "-"
    return f"{value.day:02d}{separator}{value.month:02d}{separator}{value.year:04d}"


def format_timestamp(iso_text: str | None, language: str) -> str:
    """A stored ISO timestamp as local date and time, the Belgian way: ``15-02-2017 10:12``
    (nl) or ``15/02/2017 10:12`` (fr). A time with an offset is turned into the computer's
    local time; one without is taken as local already; text that is no timestamp is returned
    as it is."""
    try:
        moment = dt.datetime.fromisoformat(iso_text or "")
    except (TypeError, ValueError):
        return iso_text or ""
    if moment.tzinfo is not None:
        try:
            moment = moment.astimezone()
        except (OverflowError, ValueError, OSError):
            pass  # at the ends of the calendar: shown in its own offset
    return f"{format_date(moment.date(), language)} {moment:%H:%M}"


_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+")


def is_valid_email(text: str) -> bool:
    """A plausible e-mail address: one @, a domain with a dot, no spaces."""
    return bool(_EMAIL.fullmatch(text.strip()))


def is_valid_postal_code(text: str) -> bool:
    """A Belgian postal code: four digits, 1000 to 9999."""
    return bool(re.fullmatch(r"[1-9]\d{3}", text.strip()))


def is_valid_phone(text: str) -> bool:
    """A phone number: digits with the usual separators, at least nine digits."""
    stripped = text.strip()
    return bool(re.fullmatch(r"\+?[\d\s./()-]+", stripped)) and len(re.sub(r"\D", "", stripped)) >= 9


def enterprise_number_digits(text: str) -> str | None:
    """The ten digits of an enterprise number typed as ``0123.456.789``, ``0123456789`` or
    ``BE 0123 456 789``; ``None`` when it is not ten digits in one of those forms."""
    stripped = re.sub(r"^BE\s*", "", text.strip(), flags=re.IGNORECASE)
    if not re.fullmatch(r"[\d.\s]+", stripped):
        return None
    digits = re.sub(r"[.\s]", "", stripped)
    return digits if len(digits) == 10 else None


def enterprise_number_checksum_ok(digits: str) -> bool:
    """The last two digits equal 97 - (the first eight digits mod 97)."""
    return int(digits[8:]) == 97 - int(digits[:8]) % 97


def format_enterprise_number(text: str) -> str:
    """The dotted form ``0123.456.789`` of a typed number; the text unchanged if unreadable."""
    digits = enterprise_number_digits(text)
    if digits is None:
        return text.strip()
    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"
