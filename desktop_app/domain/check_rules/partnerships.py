"""Rules on part 3 of the form, the partnerships (samenwerkingsverbanden / partenariats)."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import PARTNERSHIP_CATEGORIES, partnership_path
from ..text import Text
from .base import ERROR, Context, Finding, rule

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
