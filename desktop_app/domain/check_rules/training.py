"""Rules on part 4 of the form, training (opleiding / formation): counts of persons per
category and OCMW."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import TRAINING_CATEGORIES, training_path
from ..text import Text
from .base import ERROR, WARNING, Context, Finding, rule

PART = "training"


@rule(
    "count-unknown-ocmw", ERROR, PART, "training.*.*",
    Text("Een aantal hoort bij een OCMW dat niet meer in de cluster staat.",
         "Un nombre se rapporte à un CPAS qui ne fait plus partie du cluster."),
)
def count_unknown_ocmw(context: Context) -> Iterator[Finding]:
    """A count other than 0 for an OCMW that is not in the cluster."""
    for category in TRAINING_CATEGORIES:
        for ocmw_id, value in context.report.training.get(category, {}).items():
            if ocmw_id not in context.ocmw_ids and value:
                yield Finding(training_path(category, ocmw_id))


@rule(
    "count-negative", ERROR, PART, "training.*.*",
    Text("Een aantal personen kan niet negatief zijn.", "Un nombre de personnes ne peut pas être négatif."),
)
def count_negative(context: Context) -> Iterator[Finding]:
    """A negative count of persons."""
    for category in TRAINING_CATEGORIES:
        for ocmw_id, value in context.report.training.get(category, {}).items():
            if ocmw_id in context.ocmw_ids and value < 0:
                yield Finding(training_path(category, ocmw_id))


@rule(
    "training-empty", WARNING, PART, "training",
    Text("Er is geen enkele persoon geteld in het luik opleiding. Vul per OCMW het aantal personen "
         "per categorie in; had echt geen enkel OCMW iemand in opleiding, dan mag deze "
         "waarschuwing blijven.",
         "Aucune personne n'est comptée dans le volet formation. Indiquez par CPAS le nombre de "
         "personnes par catégorie ; si vraiment aucun CPAS n'a eu de personne en formation, cet "
         "avertissement peut rester."),
)
def training_empty(context: Context) -> Iterator[Finding]:
    """Not one person counted in any training category for any OCMW of the cluster, and
    nothing typed there that could not be read: the section was probably forgotten."""
    report = context.report
    if any(path.startswith("training.") for path in report.unreadable):
        return
    if any(report.count(c, i) for c in TRAINING_CATEGORIES for i in context.ocmw_ids):
        return
    yield Finding("training")
