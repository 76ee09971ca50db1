"""Short text fields have a length limit (issue 15): a name of thousands of characters is not a
name. The limits are errors at the field, in the window and in ``validate`` alike."""

from __future__ import annotations

import pytest

from desktop_app.domain.check_rules.general import TEXT_LIMITS
from desktop_app.domain.checks import check_report, errors
from desktop_app.domain.model import Partnership, Report
from factories import TODAY, make_valid_report

# (path, how to set it, its limit as the README gives it)
FIELDS = [
    ("promoter.name", lambda r, v: setattr(r.promoter, "name", v), 200),
    ("promoter.street", lambda r, v: setattr(r.promoter, "street", v), 100),
    ("promoter.municipality", lambda r, v: setattr(r.promoter, "municipality", v), 80),
    ("promoter.contactPerson", lambda r, v: setattr(r.promoter, "contact_person", v), 100),
    ("promoter.phone", lambda r, v: setattr(r.promoter, "phone", v), 30),
    ("promoter.email", lambda r, v: setattr(r.promoter, "email", v), 254),
    ("members[1].name", lambda r, v: setattr(r.members[1], "name", v), 200),
    ("partnerships[0].partner", lambda r, v: setattr(r.partnerships[0], "partner", v), 200),
    ("partnerships[1].agreementReference", lambda r, v: setattr(r.partnerships[1], "agreement_reference", v), 100),
    ("partnerships[0].description", lambda r, v: setattr(r.partnerships[0], "description", v), 1000),
    ("signatories.president", lambda r, v: setattr(r.signatories, "president", v), 100),
    ("signatories.secretary", lambda r, v: setattr(r.signatories, "secretary", v), 100),
    ("signatories.place", lambda r, v: setattr(r.signatories, "place", v), 80),
]


def too_long(report: Report) -> list[tuple[str, str]]:
    return [(p.path, p.severity.value) for p in check_report(report, today=TODAY) if p.code == "text-too-long"]


def filler(path: str, length: int) -> str:
    """A value of ``length`` characters that no other check minds in the field at ``path``."""
    if path.endswith("email"):
        return "a" * (length - len("@ocmw.be")) + "@ocmw.be"
    if path.endswith("phone"):
        return "0" + "9" * (length - 1)
    return ("Van den Bossche-" * (length // 16 + 1))[:length - 1] + "e"


@pytest.mark.parametrize(("path", "put", "limit"), FIELDS, ids=[f[0] for f in FIELDS])
def test_a_text_at_its_limit_passes_and_one_more_character_is_an_error_at_the_field(path, put, limit):
    report = make_valid_report()
    put(report, filler(path, limit))
    assert too_long(report) == [], path
    put(report, filler(path, limit + 1))
    assert too_long(report) == [(path, "error")]


def test_the_table_holds_the_limits_the_tests_and_the_readme_give():
    assert {path.split(".")[-1]: limit for path, _, limit in FIELDS} == TEXT_LIMITS


def test_a_name_of_5000_characters_says_its_length_and_the_limit_in_both_languages():
    report = make_valid_report()
    report.signatories.president = "Jan Janssens " * 384 + "Jan Janssen"  # 5,003 characters
    report.signatories.president = report.signatories.president[:5000]
    problem = next(p for p in check_report(report, today=TODAY) if p.code == "text-too-long")
    assert "5.000" in problem.message.nl and "100" in problem.message.nl
    assert "voorzitter" in problem.message.nl
    assert "5\u00a0000" in problem.message.fr and "100" in problem.message.fr
    assert "président" in problem.message.fr
    assert len(problem.message.nl) < 200  # the message does not quote the text


def test_spaces_around_a_name_do_not_count():
    report = make_valid_report()
    report.signatories.place = " " * 500 + "Voorbeeld" + " " * 500
    assert too_long(report) == []


def test_characters_count_as_a_person_counts_them_not_as_bytes():
    report = make_valid_report()
    report.signatories.secretary = "Łęcka-Dubois " * 7 + "Łęcka"  # 96 characters, 112 UTF-8 bytes
    assert len(report.signatories.secretary) <= 100 < len(report.signatories.secretary.encode())
    assert too_long(report) == []


def test_every_member_and_partnership_is_checked():
    report = make_valid_report()
    report.add_member("x" * 201)
    report.partnerships.append(Partnership(partner="y" * 201, category="other", agreement_reference="z" * 101))
    assert too_long(report) == [
        ("members[2].name", "error"),
        ("partnerships[2].partner", "error"),
        ("partnerships[2].agreementReference", "error"),
    ]


def test_a_report_with_a_too_long_name_cannot_be_exported():
    report = make_valid_report()
    report.promoter.name = "OCMW " * 1000
    assert [p.code for p in errors(check_report(report, today=TODAY))] == ["text-too-long"]
