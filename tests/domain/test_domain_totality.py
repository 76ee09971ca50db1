"""The domain is total: every function from a report accepts every value the widgets or a
valid-looking file can carry, and answers with problems, never with an exception."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings

from desktop_app.domain import compute
from desktop_app.domain.checks import Problem, check_report, errors, signature_deadline
from desktop_app.domain.model import TRAINING_CATEGORIES, Report
from desktop_app.storage.store import content_fingerprint
from factories import make_valid_report
from strategies import any_date, widget_reports

PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(report=widget_reports(), today=any_date)
def test_check_report_never_raises(report, today):
    problems = check_report(report, today=today)
    assert all(isinstance(p, Problem) for p in problems)
    for problem in problems:
        assert problem.message.nl and problem.message.fr


@PROPERTY
@given(report=widget_reports())
def test_every_computation_never_raises(report):
    summary = compute.financial_summary(report)
    assert summary.unjustified >= 0
    for category in TRAINING_CATEGORIES:
        compute.training_total(report, category)
    for ocmw in report.ocmws:
        compute.ocmw_training_total(report, ocmw.id)
    compute.total_activated(report)
    compute.column_totals(report)


@PROPERTY
@given(report=widget_reports())
def test_the_content_fingerprint_never_raises_and_is_stable(report):
    assert content_fingerprint(report) == content_fingerprint(report.copy())


@PROPERTY
@given(report=widget_reports())
def test_next_year_never_raises_and_keeps_a_year_the_field_can_hold(report):
    following = report.next_year()
    assert following.year is None or 1 <= following.year <= 9999
    check_report(following)


@pytest.mark.parametrize("year", [0, 1, 2002, 9998, 9999])
def test_every_four_digit_year_is_checked_without_raising(year):
    report = make_valid_report()
    report.year = year
    report.signatories.date = dt.date(9999, 12, 31)
    check_report(report, today=dt.date(2017, 2, 10))
    report.signatories.date = dt.date(1, 1, 1)
    check_report(report, today=dt.date(2017, 2, 10))


def test_year_9999_has_no_deadline_the_calendar_can_hold_and_is_never_late():
    assert signature_deadline(9998) == dt.date(9999, 2, 28)
    assert signature_deadline(9999) is None
    report = make_valid_report()
    report.year = 9999
    report.signatories.date = dt.date(9999, 12, 31)
    codes = [p.code for p in check_report(report, today=dt.date(2017, 2, 10))]
    assert "signature-late" not in codes and "signature-early" in codes
    assert not errors(check_report(report, today=dt.date(2017, 2, 10)))


def test_a_report_of_the_year_0000_is_refused_by_its_year_not_by_a_crash():
    report = make_valid_report()
    report.year = 0
    report.signatories.date = dt.date(1, 1, 1)
    codes = [p.code for p in check_report(report, today=dt.date(2017, 2, 10))]
    assert "year-unknown" in codes and "signature-late" not in codes


def test_the_report_after_9999_has_no_year():
    report = Report(year=9999)
    assert report.next_year().year is None


@pytest.mark.parametrize("digits", [14, 4300, 4301, 20_000])
def test_a_very_long_number_typed_in_an_amount_is_unreadable_not_a_crash(digits):
    typed = "1" + "7" * (digits - 1)
    report = make_valid_report()
    report.unreadable["costs.personnel.totalAmount"] = typed
    found = [p for p in check_report(report) if p.code == "input-unreadable"]
    assert found and "te groot" in found[0].message.nl


def test_a_long_run_of_zeros_is_read_as_zero():
    from desktop_app.domain.money import parse_amount

    assert parse_amount("0" * 5000 + ",50") == 50
