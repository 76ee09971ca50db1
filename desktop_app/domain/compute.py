"""Everything the program computes from what the user entered.

The wizard, the exports and the command line all take their totals from here. Totals count
only readable, non-negative values: a negative or unreadable cell is an error of the checks at
that cell, counts as nothing, and the ``*_detail`` functions say which cells a total left out.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import (
    COST_CATEGORIES,
    COST_COLUMNS,
    ENTERED_COST_COLUMNS,
    TRAINING_CATEGORIES,
    CostLine,
    Report,
    cost_path,
    training_path,
)
from .money import Cents, percentage
from .rules import rule_for_year


@dataclass(frozen=True)
class Total:
    """A computed total and the entered cells it leaves out, by path: those that hold a
    negative value or what was typed but cannot be read (each an error at its cell)."""

    value: int
    left_out: tuple[str, ...] = ()


def counted(value: int) -> int:
    """An entered value as the totals count it: a negative one counts as nothing."""
    return value if value >= 0 else 0


def cluster_share(line: CostLine) -> Cents:
    """The part of a cost paid from the cluster subsidy: total - OCMW - public - income, each
    column counted only when it is not negative."""
    return (counted(line.total_amount) - counted(line.ocmw_share) - counted(line.public_share)
            - counted(line.income))


def cost_total_detail(report: Report, category: str | None = None, column: str | None = None) -> Total:
    """A total of the cost table with the cells it leaves out: of one ``column`` (an entered
    one or ``clusterShare``) over one ``category`` or, without one, over every category."""
    categories = COST_CATEGORIES if category is None else (category,)
    columns = ENTERED_COST_COLUMNS if column in (None, "clusterShare") else (column,)
    left_out = tuple(
        cost_path(c, k) for c in categories for k in columns
        if report.costs[c].get(k) < 0 or cost_path(c, k) in report.unreadable
    )
    if column in (None, "clusterShare"):
        value = sum(cluster_share(report.costs[c]) for c in categories)
    else:
        value = sum(counted(report.costs[c].get(column)) for c in categories)
    return Total(value, left_out)


def column_totals(report: Report) -> dict[str, Cents]:
    """The sum of each of the five cost columns, by format name; a negative amount counts as
    nothing."""
    return {column: cost_total_detail(report, column=column).value for column in COST_COLUMNS}


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
    return cost_total_detail(report, column="clusterShare").value  # column_totals' clusterShare


def unjustified_amount(report: Report) -> Cents:
    """Subsidy minus demonstrated amount, never below zero nor above the subsidy (a negative
    cluster share, shares above a line's total, is an error there): what goes back to the State."""
    return _unjustified(subsidy_amount(report), demonstrated_amount(report))


def _unjustified(subsidy: Cents, demonstrated: Cents) -> Cents:
    return max(0, min(subsidy, subsidy - demonstrated))


def advance_amount(report: Report) -> Cents:
    """The advance paid on the agreement (75 % of the subsidy), rounded half up to the cent."""
    rule = rule_for_year(report.year)
    percent = rule.advance_percent if rule else 75
    return percentage(subsidy_amount(report), percent)


def balance_amount(report: Report) -> Cents:
    """What is still to come after the advance: positive is to receive, negative to pay back."""
    return _balance(subsidy_amount(report), unjustified_amount(report), advance_amount(report))


def _balance(subsidy: Cents, unjustified: Cents, advance: Cents) -> Cents:
    return subsidy - unjustified - advance


def training_total_detail(report: Report, category: str | None = None, ocmw_id: str | None = None) -> Total:
    """Persons counted in one training ``category`` (or all), for one OCMW (or every OCMW of
    the cluster), with the cells left out: a negative count or one typed but unreadable."""
    categories = TRAINING_CATEGORIES if category is None else (category,)
    ids = [o.id for o in report.ocmws] if ocmw_id is None else [ocmw_id]
    value, left_out = 0, []
    for c in categories:
        for i in ids:
            count = report.count(c, i)
            value += counted(count)
            if count < 0 or training_path(c, i) in report.unreadable:
                left_out.append(training_path(c, i))
    return Total(value, tuple(left_out))


def training_total(report: Report, category: str) -> int:
    """Persons counted in one training category over all OCMWs of the cluster."""
    return training_total_detail(report, category=category).value


def ocmw_training_total(report: Report, ocmw_id: str) -> int:
    """Persons counted for one OCMW over all categories."""
    return training_total_detail(report, ocmw_id=ocmw_id).value


def total_activated(report: Report) -> int:
    """The total number of activated persons: the sum of every category's total.

    A person can count in more than one category, as the form's instructions say.
    """
    return training_total_detail(report).value


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
    # Each amount once (the checks and the cost page ask for it after every typed amount):
    # the same as the functions above, which compute what they build on again.
    subsidy = subsidy_amount(report)
    demonstrated = demonstrated_amount(report)
    unjustified = _unjustified(subsidy, demonstrated)
    advance = advance_amount(report)
    return FinancialSummary(
        subsidy=subsidy,
        rule_subsidy=rule_subsidy(report),
        differs_from_rule=subsidy_differs_from_rule(report),
        demonstrated=demonstrated,
        unjustified=unjustified,
        advance=advance,
        balance=_balance(subsidy, unjustified, advance),
    )
