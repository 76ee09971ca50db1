"""Rules on part 3 of the form, the partnerships (samenwerkingsverbanden / partenariats)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..fields import format_date
from ..model import PARTNERSHIP_CATEGORIES, partnership_path
from ..text import Text
from .base import ERROR, WARNING, Context, Finding, rule

PART = "partnerships"


@rule(
    "partnership-partner-missing", ERROR, PART, "partnerships[*].partner",
    Text("Vul de partner van samenwerkingsverband {n} in.", "Indiquez le partenaire du partenariat {n}."),
)
def partnership_partner_missing(context: Context) -> Iterator[Finding]:
    """A partnership without a partner."""
    for index, partnership in enumerate(context.report.partnerships):
        if not partnership.partner.strip():
            yield Finding(partnership_path(index, "partner"), {"n": index + 1})


@rule(
    "partnership-category-missing", ERROR, PART, "partnerships[*].category",
    Text("Kies de categorie van samenwerkingsverband {n}.", "Choisissez la catégorie du partenariat {n}."),
)
def partnership_category_missing(context: Context) -> Iterator[Finding]:
    """A partnership without one of the seven categories."""
    for index, partnership in enumerate(context.report.partnerships):
        if partnership.category not in PARTNERSHIP_CATEGORIES:
            yield Finding(partnership_path(index, "category"), {"n": index + 1})


@rule(
    "partnership-reference-missing", ERROR, PART, "partnerships[*].agreementReference",
    Text("Vul de referentie van de overeenkomst van samenwerkingsverband {n} in: enkel "
         "samenwerkingsverbanden op basis van een overeenkomst tellen mee.",
         "Indiquez la référence de la convention du partenariat {n} : seuls les partenariats "
         "fondés sur une convention sont pris en compte."),
)
def partnership_reference_missing(context: Context) -> Iterator[Finding]:
    """A partnership without the reference of its agreement: only official partnerships,
    based on an agreement, count."""
    for index, partnership in enumerate(context.report.partnerships):
        if not partnership.agreement_reference.strip():
            yield Finding(partnership_path(index, "agreementReference"), {"n": index + 1})


def _agreement_dates(context: Context) -> Iterator[tuple[int, dt.date]]:
    for index, partnership in enumerate(context.report.partnerships):
        if partnership.agreement_date is not None:
            yield index, partnership.agreement_date


def date_text(date: dt.date) -> Text:
    """A date as each language writes it (15-02-2017 / 15/02/2017)."""
    return Text(format_date(date, "nl"), format_date(date, "fr"))


@rule(
    "agreement-date-future", WARNING, PART, "partnerships[*].agreementDate",
    Text("De datum van de overeenkomst van samenwerkingsverband {n} ({date}) ligt in de toekomst.",
         "La date de la convention du partenariat {n} ({date}) est dans le futur."),
)
def agreement_date_future(context: Context) -> Iterator[Finding]:
    """An agreement dated after today."""
    for index, date in _agreement_dates(context):
        if date > context.today:
            yield Finding(partnership_path(index, "agreementDate"), {"n": index + 1, "date": date_text(date)})


@rule(
    "agreement-date-after-year", WARNING, PART, "partnerships[*].agreementDate",
    Text("De overeenkomst van samenwerkingsverband {n} is gedateerd na het verslagjaar {year} "
         "({date}): enkel samenwerkingsverbanden die in {year} op een overeenkomst berustten, "
         "horen in dit verslag.",
         "La convention du partenariat {n} est datée après l'année du rapport {year} ({date}) : "
         "seuls les partenariats fondés sur une convention en {year} ont leur place dans ce "
         "rapport."),
)
def agreement_date_after_year(context: Context) -> Iterator[Finding]:
    """An agreement dated after the reporting year (and not in the future, which says so
    itself): the partnership did not rest on it during the year reported on."""
    year = context.report.year
    if year is None:
        return
    for index, date in _agreement_dates(context):
        if date.year > year and date <= context.today:
            yield Finding(partnership_path(index, "agreementDate"),
                          {"n": index + 1, "year": year, "date": date_text(date)})
