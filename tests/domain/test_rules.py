"""The yearly subsidy rules, kept as data."""

from __future__ import annotations

import pytest

from desktop_app.domain import compute
from desktop_app.domain.model import Report
from desktop_app.domain.rules import FIRST_YEAR, RULES, rule_for_year


@pytest.mark.parametrize("year", [2003, 2008, 2014])
def test_socio_professional_years_give_12500(year):
    rule = rule_for_year(year)
    assert rule is not None
    assert rule.subsidy == 12_500_00
    assert "tewerkstelling" in rule.focus.nl
    assert "emploi" in rule.focus.fr


@pytest.mark.parametrize("year", [2015, 2016, 2020])
def test_social_activation_years_give_10000(year):
    rule = rule_for_year(year)
    assert rule is not None
    assert rule.subsidy == 10_000_00
    assert "activering" in rule.focus.nl.lower()
    assert "activation" in rule.focus.fr.lower()


def test_a_year_after_the_last_rule_follows_the_last_rule():
    assert rule_for_year(2031) is RULES[-1]
    assert rule_for_year(2031).subsidy == 10_000_00


@pytest.mark.parametrize("year", [2002, 1990, None])
def test_no_rule_before_the_first_year_or_without_a_year(year):
    assert rule_for_year(year) is None


def test_the_first_year_is_2003():
    assert FIRST_YEAR == 2003


def test_the_rules_cover_every_year_without_gap_or_overlap():
    for earlier, later in zip(RULES, RULES[1:]):
        assert earlier.last_year is not None
        assert later.first_year == earlier.last_year + 1
    assert RULES[-1].last_year is None
    for year in range(FIRST_YEAR, 2040):
        covering = [r for r in RULES if r.first_year <= year and (r.last_year is None or year <= r.last_year)]
        assert covering == [rule_for_year(year)]


def test_the_advance_is_75_percent_in_every_rule():
    assert all(rule.advance_percent == 75 for rule in RULES)


@pytest.mark.parametrize(
    ("year", "subsidy"),
    [(2014, 12_500_00), (2015, 10_000_00), (2031, 10_000_00), (2002, None), (None, None)],
)
def test_a_report_takes_its_subsidy_from_the_years_rule(year, subsidy):
    report = Report(year=year)
    assert compute.rule_subsidy(report) == subsidy
    assert compute.subsidy_amount(report) == (subsidy or 0)
    assert not compute.subsidy_differs_from_rule(report)


def test_an_entered_subsidy_wins_and_shows_that_it_differs_from_the_rule():
    report = Report(year=2016, subsidy=9_000_00)
    assert compute.subsidy_amount(report) == 9_000_00
    assert compute.rule_subsidy(report) == 10_000_00
    assert compute.subsidy_differs_from_rule(report)


def test_an_entered_subsidy_equal_to_the_rule_does_not_differ():
    report = Report(year=2014, subsidy=12_500_00)
    assert not compute.subsidy_differs_from_rule(report)


def test_an_entered_subsidy_without_a_known_rule_does_not_differ():
    report = Report(year=2002, subsidy=5_000_00)
    assert compute.subsidy_amount(report) == 5_000_00
    assert not compute.subsidy_differs_from_rule(report)
