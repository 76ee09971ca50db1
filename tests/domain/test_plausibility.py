"""Plausibility checks (issue 13): what is probably a mistake gets a warning at its field."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.checks import Severity, check_report, errors
from desktop_app.domain.model import TRAINING_CATEGORIES, Report
from factories import TODAY, make_valid_report

WARNING = Severity.WARNING


def found(report: Report, code: str, today: dt.date = TODAY) -> list[tuple[str, str]]:
    return [(p.path, p.severity.value) for p in check_report(report, today=today) if p.code == code]


def message(report: Report, code: str, today: dt.date = TODAY):
    return next(p.message for p in check_report(report, today=today) if p.code == code)


# --- an empty training section ----------------------------------------------------------------


def test_an_entirely_empty_training_section_is_a_warning_on_the_grid():
    report = make_valid_report()
    report.training = {}
    assert found(report, "training-empty") == [("training", "warning")]
    assert not errors(check_report(report, today=TODAY))
    text = message(report, "training-empty")
    assert "opleiding" in text.nl and "formation" in text.fr


def test_training_with_only_zeros_is_empty_too():
    report = make_valid_report()
    report.training = {c: {o.id: 0 for o in report.ocmws} for c in TRAINING_CATEGORIES}
    assert found(report, "training-empty") == [("training", "warning")]


def test_one_person_counted_anywhere_is_not_empty():
    report = make_valid_report()
    report.training = {"social-activation-pathway": {"o3": 1}}
    assert found(report, "training-empty") == []


def test_counts_of_an_ocmw_no_longer_in_the_cluster_do_not_fill_the_section():
    report = make_valid_report()
    report.training = {"assessment": {"o9": 0}}
    assert found(report, "training-empty") == [("training", "warning")]


@pytest.mark.parametrize("typed", [{"training.assessment.o1": "drie"}])
def test_a_cell_typed_but_unreadable_is_not_an_empty_section(typed):
    report = make_valid_report()
    report.training = {}
    report.unreadable = dict(typed)
    assert found(report, "training-empty") == []


def test_a_negative_count_is_not_an_empty_section_but_its_own_error():
    report = make_valid_report()
    report.training = {"assessment": {"o2": -2}}
    assert found(report, "training-empty") == []
    assert found(report, "count-negative") == [("training.assessment.o2", "error")]


# --- names of persons and places with digits --------------------------------------------------

PERSON_AND_PLACE_FIELDS = [
    ("signatories", "president", "signatories.president"),
    ("signatories", "secretary", "signatories.secretary"),
    ("signatories", "place", "signatories.place"),
    ("promoter", "contact_person", "promoter.contactPerson"),
    ("promoter", "municipality", "promoter.municipality"),
]


@pytest.mark.parametrize(("owner", "attribute", "path"), PERSON_AND_PLACE_FIELDS)
@pytest.mark.parametrize("typed", ["50.000,00", "Jan Janssens 2", "An Peeters (09 123 45 67)", "٣"])
def test_a_person_or_place_name_with_digits_is_a_warning_at_its_field(owner, attribute, path, typed):
    report = make_valid_report()
    setattr(getattr(report, owner), attribute, typed)
    assert found(report, "name-with-digits") == [(path, "warning")]
    assert not errors(check_report(report, today=TODAY))


def test_the_message_quotes_the_name_and_says_what_belongs_there():
    report = make_valid_report()
    report.signatories.president = "50.000,00"
    text = message(report, "name-with-digits")
    assert "50.000,00" in text.nl and "50.000,00" in text.fr
    assert "voorzitter" in text.nl and "président" in text.fr
    report = make_valid_report()
    report.promoter.municipality = "9000 Gent"
    text = message(report, "name-with-digits")
    assert "gemeente" in text.nl and "commune" in text.fr


def test_a_long_name_is_quoted_shortened():
    report = make_valid_report()
    report.signatories.secretary = "1" * 5000
    text = message(report, "name-with-digits")
    assert len(text.nl) < 300 and "…" in text.nl and len(text.fr) < 300


@pytest.mark.parametrize("name", ["Marie-Christine Van den Bossche", "Jean d'Ursel", "Łęcka", "O'Brien", "Sint-Genesius-Rode"])
def test_names_without_digits_pass(name):
    report = make_valid_report()
    report.signatories.president = name
    report.promoter.municipality = name
    assert found(report, "name-with-digits") == []


def test_organisation_and_partner_names_may_hold_digits():
    report = make_valid_report()
    report.members[0].name = "OCMW Twee 2000"
    report.partnerships[0].partner = "Werkwinkel 3"
    report.promoter.street = "Kerkstraat 1"
    assert found(report, "name-with-digits") == []


# --- agreement dates ---------------------------------------------------------------------------


def test_an_agreement_dated_after_the_reporting_year_is_a_warning():
    report = make_valid_report()  # the report of 2016, checked on 10 February 2017
    report.partnerships[0].agreement_date = dt.date(2017, 1, 5)
    assert found(report, "agreement-date-after-year") == [("partnerships[0].agreementDate", "warning")]
    text = message(report, "agreement-date-after-year")
    assert "2016" in text.nl and "05-01-2017" in text.nl
    assert "2016" in text.fr and "05/01/2017" in text.fr
    assert "1" in text.nl  # partnership 1


def test_an_agreement_dated_on_the_last_day_of_the_year_or_before_is_fine():
    report = make_valid_report()
    report.partnerships[0].agreement_date = dt.date(2016, 12, 31)
    report.partnerships[1].agreement_date = dt.date(2009, 3, 1)
    assert check_report(report, today=TODAY) == []


def test_an_agreement_dated_in_the_future_is_a_warning_and_not_also_after_the_year():
    report = make_valid_report()
    report.partnerships[1].agreement_date = dt.date(2017, 2, 11)
    assert found(report, "agreement-date-future") == [("partnerships[1].agreementDate", "warning")]
    assert found(report, "agreement-date-after-year") == []
    assert "11-02-2017" in message(report, "agreement-date-future").nl


def test_an_agreement_dated_today_is_not_in_the_future():
    report = make_valid_report()
    report.partnerships[1].agreement_date = TODAY
    assert found(report, "agreement-date-future") == []
    assert found(report, "agreement-date-after-year") == [("partnerships[1].agreementDate", "warning")]


def test_an_agreement_date_without_a_year_is_only_checked_against_today():
    report = make_valid_report()
    report.year = None
    report.partnerships[0].agreement_date = dt.date(2016, 5, 1)
    assert found(report, "agreement-date-after-year") == []
    report.partnerships[0].agreement_date = dt.date(2030, 5, 1)
    assert found(report, "agreement-date-future") == [("partnerships[0].agreementDate", "warning")]


# --- the signature date ------------------------------------------------------------------------


def test_a_signature_before_the_end_of_the_reporting_year_is_a_warning():
    report = make_valid_report()
    report.signatories.date = dt.date(2016, 12, 31)
    assert found(report, "signature-early") == [("signatories.date", "warning")]
    report.signatories.date = dt.date(2017, 1, 1)
    assert found(report, "signature-early") == []
