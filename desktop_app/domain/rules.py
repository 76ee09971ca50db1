"""The yearly rules of the cluster subsidy, kept as data.

A rule covers a range of reporting years. A year after the last known rule follows the last
known rule; a year before the first has none. Add a row here when a royal decree changes the
amount; nothing else in the program compares years.
"""

from __future__ import annotations

from dataclasses import dataclass

from .money import Cents
from .text import Text


@dataclass(frozen=True)
class YearRule:
    """What the subsidy is for reports of the years ``first_year`` to ``last_year``."""

    first_year: int
    last_year: int | None  # None: still in force
    subsidy: Cents
    focus: Text
    advance_percent: int = 75


RULES: tuple[YearRule, ...] = (
    YearRule(
        2003,
        2014,
        12_500_00,
        Text(
            "Socioprofessionele inschakeling: tewerkstelling en opleiding",
            "Insertion socioprofessionnelle : emploi et formation",
        ),
    ),
    YearRule(
        2015,
        None,
        10_000_00,
        Text(
            "Sociale activering: maatschappelijke participatie",
            "Activation sociale : participation sociale",
        ),
    ),
)

FIRST_YEAR = RULES[0].first_year


def rule_for_year(year: int | None) -> YearRule | None:
    """The rule for reports of ``year``; the last rule for later years; ``None`` before the first."""
    if year is None or year < FIRST_YEAR:
        return None
    for rule in RULES:
        if rule.last_year is None or year <= rule.last_year:
            if year >= rule.first_year:
                return rule
    return RULES[-1]
