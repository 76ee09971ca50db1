"""The table of check rules: each rule can be found, read and run on its own, and declares
truthfully what it reports (code, severity, part of the form, paths, messages)."""

from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, given, settings

from desktop_app.domain.check_rules import PARTS, RULES, Context, rule_for
from desktop_app.domain.check_rules.base import Severity, fill
from desktop_app.domain.checks import check_report
from desktop_app.domain.text import Text
from factories import TODAY, make_valid_report
from strategies import any_date, widget_reports

RULE_IDS = [r.code for r in RULES]


def test_every_rule_has_its_own_code():
    assert len(RULE_IDS) == len(set(RULE_IDS)), sorted(c for c in RULE_IDS if RULE_IDS.count(c) > 1)


def test_rule_for_finds_a_rule_by_its_code():
    for rule in RULES:
        assert rule_for(rule.code) is rule
    with pytest.raises(KeyError):
        rule_for("no-such-rule")


@pytest.mark.parametrize("rule", RULES, ids=RULE_IDS)
def test_the_rule_declares_what_it_reports(rule):
    assert rule.code and rule.code == rule.code.lower() and " " not in rule.code
    assert isinstance(rule.severity, Severity)
    assert rule.part in PARTS
    assert rule.paths and all(isinstance(p, str) and p for p in rule.paths)
    assert rule.description, f"{rule.find.__name__} has no docstring"
    assert rule.messages
    for key, message in rule.messages.items():
        assert isinstance(message, Text)
        assert message.nl.strip() and message.fr.strip(), f"{rule.code}[{key}] lacks a language"
        assert message.nl != message.fr, f"{rule.code}[{key}] is not translated"
        names_nl = {name for _, name, _, _ in string.Formatter().parse(message.nl) if name}
        names_fr = {name for _, name, _, _ in string.Formatter().parse(message.fr) if name}
        assert names_nl == names_fr, f"{rule.code}[{key}] fills different values in nl and fr"


def test_the_rules_are_in_the_order_of_the_form():
    parts = [PARTS.index(r.part) for r in RULES]
    assert parts == sorted(parts)


def test_check_report_is_every_rule_run_on_its_own():
    report = make_valid_report()
    report.year = None
    report.members[1].name = "OCMW Twee"
    report.costs["training"].income = -1
    one_by_one = [p for rule in RULES for p in rule.problems(Context(report, TODAY))]
    assert sorted(check_report(report, today=TODAY), key=repr) == sorted(one_by_one, key=repr)


def test_a_rule_fills_each_language_with_its_own_words():
    assert fill(Text("{a} en {n}", "{a} et {n}"), {"a": Text("ja", "oui"), "n": 3}) == Text("ja en 3", "oui et 3")


def test_a_path_pattern_matches_what_it_says():
    rule = rule_for("promoter-field-missing")
    assert rule.covers("promoter.contactPerson")
    assert not rule.covers("promoter.enterpriseNumber")
    assert not rule.covers("members[0].name")
    numbers = rule_for("enterprise-number-invalid")
    assert numbers.covers("members[12].enterpriseNumber") and numbers.covers("promoter.enterpriseNumber")
    assert not numbers.covers("members[x].enterpriseNumber")
    assert rule_for("count-negative").covers("training.work-linked-training.o2")
    assert not rule_for("count-negative").covers("training.assessment")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=widget_reports(), today=any_date)
def test_every_problem_is_at_a_path_its_rule_declares(report, today):
    for problem in check_report(report, today=today):
        rule = rule_for(problem.code)
        assert problem.severity is rule.severity
        assert rule.covers(problem.path), f"{problem.code} reported {problem.path}, not in {rule.paths}"


def test_the_readme_lists_every_rule_under_its_part_and_severity():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    table = readme.split("### The checks", 1)[1].split("\n\n", 3)[2]
    rows = {}
    for line in table.splitlines()[2:]:
        part, errors, warnings = (cell.strip() for cell in line.strip("|").split("|"))
        rows[part] = (errors, warnings)
    names = {"any": "any field", "check-sign": "check and sign"}
    for rule in RULES:
        errors, warnings = rows[names.get(rule.part, rule.part)]
        cell = errors if rule.severity is Severity.ERROR else warnings
        assert f"`{rule.code}`" in cell, f"README does not list {rule.code} under {rule.part}"
    listed = sum(cell.count("`") // 2 for pair in rows.values() for cell in pair)
    assert listed == len(RULES)
