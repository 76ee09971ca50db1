"""Rules on part 5 of the form, the financial report: the cost table and the subsidy."""

from __future__ import annotations

from collections.abc import Iterator

from ..labels import COST_COLUMN_LABELS, COST_LABELS
from ..model import COST_CATEGORIES, ENTERED_COST_COLUMNS, cost_path
from ..money import format_amount
from ..text import Text
from .base import ERROR, WARNING, Context, Finding, rule

PART = "costs"


def amount_text(cents: int) -> Text:
    """An amount written the Belgian way in each language (1.234,56 / 1 234,56)."""
    return Text(format_amount(cents, "nl"), format_amount(cents, "fr"))


@rule(
    "amount-negative", ERROR, PART,
    ("costs.*.{totalAmount,ocmwShare,publicShare,income}", "subsidyAmount"),
    cell=Text("{line}, {column}: een bedrag kan niet negatief zijn.",
              "{line}, {column} : un montant ne peut pas être négatif."),
    subsidy=Text("Het subsidiebedrag kan niet negatief zijn.",
                 "Le montant du subside ne peut pas être négatif."),
)
def amount_negative(context: Context) -> Iterator[Finding]:
    """A negative amount in an entered cost column or in the subsidy."""
    report = context.report
    for category in COST_CATEGORIES:
        line = report.costs[category]
        for column in ENTERED_COST_COLUMNS:
            if line.get(column) < 0:
                label = COST_COLUMN_LABELS[column]
                yield Finding(
                    cost_path(category, column),
                    {"line": COST_LABELS[category], "column": Text(label.nl.lower(), label.fr.lower())},
                    "cell",
                )
    if report.subsidy is not None and report.subsidy < 0:
        yield Finding("subsidyAmount", message="subsidy")


@rule(
    "shares-exceed-total", ERROR, PART, "costs.*.totalAmount",
    Text("{line}: deel OCMW, publiek deel en inkomsten samen ({shares}) zijn groter dan het "
         "totaal bedrag ({total}).",
         "{line} : part CPAS, part publique et recettes ensemble ({shares}) dépassent le montant "
         "total ({total})."),
)
def shares_exceed_total(context: Context) -> Iterator[Finding]:
    """OCMW share, public share and income of a cost line add up to more than its total."""
    for category in COST_CATEGORIES:
        line = context.report.costs[category]
        shares = line.ocmw_share + line.public_share + line.income
        if shares > line.total_amount:
            yield Finding(cost_path(category, "totalAmount"), {
                "line": COST_LABELS[category], "shares": amount_text(shares),
                "total": amount_text(line.total_amount),
            })


@rule(
    "subsidy-differs", WARNING, PART, "subsidyAmount",
    Text("Het subsidiebedrag ({subsidy} EUR) verschilt van het bedrag voor {year} ({rule} EUR); "
         "controleer het met de overeenkomst.",
         "Le montant du subside ({subsidy} EUR) diffère du montant pour {year} ({rule} EUR) ; "
         "vérifiez-le avec la convention."),
)
def subsidy_differs(context: Context) -> Iterator[Finding]:
    """An entered subsidy that is not what the year's rule gives: check it with the agreement."""
    summary = context.summary
    if summary.differs_from_rule and summary.rule_subsidy is not None:
        yield Finding("subsidyAmount", {
            "subsidy": amount_text(summary.subsidy), "year": context.report.year,
            "rule": amount_text(summary.rule_subsidy),
        })


@rule(
    "unjustified-amount", WARNING, PART, "costs.unjustifiedAmount",
    Text("{amount} EUR van de subsidie is niet verantwoord en wordt teruggevorderd.",
         "{amount} EUR du subside ne sont pas justifiés et seront récupérés."),
)
def unjustified_amount(context: Context) -> Iterator[Finding]:
    """Part of the subsidy is not demonstrated by the costs: it goes back to the State."""
    if context.summary.unjustified > 0:
        yield Finding("costs.unjustifiedAmount", {"amount": amount_text(context.summary.unjustified)})
