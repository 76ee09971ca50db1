"""Rules on part 4 of the form, training (opleiding / formation): counts of persons per
category and OCMW."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import TRAINING_CATEGORIES, training_path
from ..text import Text
from .base import ERROR, Context, Finding, rule

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
