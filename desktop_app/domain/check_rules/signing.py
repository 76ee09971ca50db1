"""Rules on the last part of the form, check and sign: who signs, where and when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..labels import FIELD_LABELS
from ..text import Text
from .base import ERROR, WARNING, Context, Finding, rule

PART = "check-sign"

DEADLINE_DAY = (2, 28)  # signed before 28 February of the following year


def signature_deadline(year: int) -> dt.date | None:
    """The last day to sign the report of ``year``: 28 February of the next year; ``None``
    when that day falls outside the calendar (years 1 to 9999), as for the report of 9999."""
    if not dt.MINYEAR <= year + 1 <= dt.MAXYEAR:
        return None
    return dt.date(year + 1, *DEADLINE_DAY)


def is_signature_late(year: int, date: dt.date) -> bool:
    """True when ``date`` is after the deadline of the report of ``year``. Compared as
    numbers, so that it holds for every year the field takes, 0 and 9999 included."""
    return (date.year, date.month, date.day) > (year + 1, *DEADLINE_DAY)


@rule(
    "signatory-missing", ERROR, PART, "signatories.{president,secretary,place,date}",
    name=Text("Vul de {label} in.", "Indiquez le champ « {label} »."),
    date=Text("Vul de datum van ondertekening in.", "Indiquez la date de signature."),
)
def signatory_missing(context: Context) -> Iterator[Finding]:
    """No president, secretary, place or date of signing (and no date typed that could not
    be read)."""
    report = context.report
    for key in ("president", "secretary", "place"):
        if not getattr(report.signatories, key).strip():
            yield Finding(f"signatories.{key}", {"label": FIELD_LABELS[key]}, "name")
    if report.signatories.date is None and "signatories.date" not in report.unreadable:
        yield Finding("signatories.date", message="date")


@rule(
    "signature-late", WARNING, PART, "signatories.date",
    Text("Het verslag moet ondertekend zijn vóór 28 februari {next}; deze datum is laat.",
         "Le rapport doit être signé avant le 28 février {next} ; cette date est tardive."),
)
def signature_late(context: Context) -> Iterator[Finding]:
    """Signed after 28 February of the next year: late, which the program says but allows."""
    report = context.report
    date = report.signatories.date
    if date is not None and report.year is not None and is_signature_late(report.year, date):
        yield Finding("signatories.date", {"next": report.year + 1})


@rule(
    "signature-early", WARNING, PART, "signatories.date",
    Text("De ondertekening valt vóór het einde van het verslagjaar {year}.",
         "La signature précède la fin de l'année du rapport {year}."),
)
def signature_early(context: Context) -> Iterator[Finding]:
    """Signed before the reporting year ended."""
    report = context.report
    date = report.signatories.date
    if (date is not None and report.year is not None and not is_signature_late(report.year, date)
            and date.year <= report.year):
        yield Finding("signatories.date", {"year": report.year})
