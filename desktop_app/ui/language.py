"""How the window writes numbers and dates for people: the Belgian way, in Dutch or French.

The language of the window (``ui_language``) follows Qt's default locale, which the language
menu will set. Amounts and counts inside a report are written in the report's language (the
language of its PDF), so what is typed and what is printed look the same.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ..domain.fields import format_date, format_timestamp  # noqa: F401 (the window's dates are the domain's)


def __getattr__(name: str):
    """``format_count``: the window formats counts the domain way. Taken from the domain's money
    module when a page first asks for it: the list the program starts on shows no count."""
    if name == "format_count":
        from ..domain.money import format_count

        return format_count
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def ui_language() -> str:
    """``fr`` when the window speaks French, else ``nl``."""
    return "fr" if QLocale().language() == QLocale.Language.French else "nl"


def format_fingerprint(hex_digest: str) -> str:
    """The first 16 hex digits of a SHA-256 in groups of four, as the PDF prints them:
    ``3f2a 9c1b 0d4e 7a65``."""
    head = hex_digest.strip().lower()[:16]
    return " ".join(head[i:i + 4] for i in range(0, len(head), 4))
