"""Everything the program computes from what the user entered.

The wizard, the exports and the command line all take their totals from here.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import COST_CATEGORIES, ENTERED_COST_COLUMNS, TRAINING_CATEGORIES, CostLine, Report
from .money import Cents, percentage
from .rules import rule_for_year


def cluster_share(line: CostLine) -> Cents:
    """The part of a cost paid from the cluster subsidy: total - OCMW - public - income."""
    return line.total_amount - line.ocmw_share - line.public_share - line.income


def column_totals(report: Report) -> dict[str, Cents]:
    """The sum of each of the five cost columns, by format name."""
    totals = {
        column: sum(report.costs[c].get(column) for c in COST_CATEGORIES)
        for column in ENTERED_COST_COLUMNS
    }
    totals["clusterShare"] = sum(cluster_share(report.costs[c]) for c in COST_CATEGORIES)
    return totals


def rule_subsidy(report: Report) -> Cents | None:
    """The subsidy the year's rule gives, or ``None`` without a (known) year."""
    rule = rule_for_year(report.year)
    return None if rule is None else rule.subsidy


def subsidy_amount(report: Report) -> Cents:
    """The subsidy of the report: the agreement's amount when entered, else the year's rule."""
    if report.subsidy is not None:
        return report.subsidy
    return rule_subsidy(report) or 0


def subsidy_differs_from_rule(report: Report) -> bool:
    """True when an entered subsidy is not what the year's rule gives."""
    rule = rule_subsidy(report)
    return report.subsidy is not None and rule is not None and report.subsidy != rule


def demonstrated_amount(report: Report) -> Cents:
    """The total of the cluster-share column: how much of the subsidy the costs justify."""
    return column_totals(report)["clusterShare"]


def unjustified_amount(report: Report) -> Cents:
    """Subsidy minus demonstrated amount, never below zero: what goes back to the State."""
    return max(0, subsidy_amount(report) - demonstrated_amount(report))


def advance_amount(report: Report) -> Cents:
    """The advance paid on the agreement (75 % of the subsidy), rounded half up to the cent."""
    rule = rule_for_year(report.year)
    percent = rule.advance_percent if rule else 75
    return percentage(subsidy_amount(report), percent)


def balance_amount(report: Report) -> Cents:
    """What is still to come after the advance: positive is to receive, negative to pay back."""
    return subsidy_amount(report) - unjustified_amount(report) - advance_amount(report)


def training_total(report: Report, category: str) -> int:
    """Persons counted in one training category over all OCMWs of the cluster."""
    return sum(report.count(category, o.id) for o in report.ocmws)


def ocmw_training_total(report: Report, ocmw_id: str) -> int:
    """Persons counted for one OCMW over all categories."""
    return sum(report.count(category, ocmw_id) for category in TRAINING_CATEGORIES)


def total_activated(report: Report) -> int:
    """The total number of activated persons: the sum of every category's total.

    A person can count in more than one category, as the form's instructions say.
    """
    return sum(training_total(report, category) for category in TRAINING_CATEGORIES)


@dataclass(frozen=True)
class FinancialSummary:
    """The amounts below the cost table, computed together."""

    subsidy: Cents
    rule_subsidy: Cents | None
    differs_from_rule: bool
    demonstrated: Cents
    unjustified: Cents
    advance: Cents
    balance: Cents


def financial_summary(report: Report) -> FinancialSummary:
    """Subsidy, demonstrated, unjustified, advance and balance of a report."""
    return FinancialSummary(
        subsidy=subsidy_amount(report),
        rule_subsidy=rule_subsidy(report),
        differs_from_rule=subsidy_differs_from_rule(report),
        demonstrated=demonstrated_amount(report),
        unjustified=unjustified_amount(report),
        advance=advance_amount(report),
        balance=balance_amount(report),
    )
