"""Every check of a report: it fires on the field it concerns, with the right code, severity
and a message in Dutch and French, and stays silent on a complete, valid report."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.checks import Problem, Severity, check_report, errors, signature_deadline
from desktop_app.domain.model import CostLine, Partnership, Report
from desktop_app.domain.money import AmountError, parse_amount

ERROR = Severity.ERROR
WARNING = Severity.WARNING
TODAY = dt.date(2017, 2, 10)


def valid_number(first_eight: str) -> str:
    digits = f"{first_eight}{97 - int(first_eight) % 97:02d}"
    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"


def invalid_number(first_eight: str) -> str:
    """Ten digits in the right form whose check digits are one off."""
    check = 97 - int(first_eight) % 97
    wrong = check - 1 if check > 1 else check + 1
    digits = f"{first_eight}{wrong:02d}"
    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"


def problems_with(report: Report, code: str, today: dt.date = TODAY) -> list[Problem]:
    return [p for p in check_report(report, today=today) if p.code == code]


def assert_fires(report: Report, code: str, severity: Severity, path: str, today: dt.date = TODAY) -> Problem:
    found = problems_with(report, code, today)
    assert found, f"{code} did not fire; got {[(p.code, p.path) for p in check_report(report, today=today)]}"
    at_path = [p for p in found if p.path == path]
    assert at_path, f"{code} fired on {[p.path for p in found]}, not on {path}"
    problem = at_path[0]
    assert problem.severity is severity
    assert problem.is_error is (severity is ERROR)
    assert problem.message.nl.strip(), "empty Dutch message"
    assert problem.message.fr.strip(), "empty French message"
    assert problem.message.nl != problem.message.fr, "the French message is not translated"
    assert "{" not in problem.message.nl + problem.message.fr, "a placeholder was not filled in"
    return problem


# --- the complete, valid report ---------------------------------------------------------------


def test_the_valid_report_has_no_problem_at_all(valid_report):
    assert check_report(valid_report, today=TODAY) == []


def test_the_valid_report_helper_builds_valid_enterprise_numbers(valid_report):
    assert valid_number("02123456") == "0212.345.668"
    assert valid_report.promoter.enterprise_number == "0212.345.668"
    assert invalid_number("02123456") == "0212.345.667"


def test_the_valid_report_also_passes_without_optional_fields(valid_report):
    valid_report.promoter.enterprise_number = ""
    valid_report.members[0].enterprise_number = ""
    valid_report.partnerships = []  # a cluster may have no official partnership
    valid_report.training = {"assessment": {"o1": 1}}  # an empty training section is a warning
    assert check_report(valid_report, today=TODAY) == []


# --- each check, where it fires ---------------------------------------------------------------


def _set(obj_path: str, value):
    """A mutator that sets one attribute of the report, e.g. ``promoter.postal_code``."""

    def mutate(report: Report) -> None:
        target = report
        *parents, last = obj_path.split(".")
        for part in parents:
            if part.startswith("members[") or part.startswith("partnerships["):
                name, index = part[:-1].split("[")
                target = getattr(target, name)[int(index)]
            else:
                target = getattr(target, part)
        setattr(target, last, value)

    return mutate


def _cost(category: str, column: str, value: int):
    def mutate(report: Report) -> None:
        report.costs[category].set(column, value)

    return mutate


def _drop_members(keep: int):
    def mutate(report: Report) -> None:
        del report.members[keep:]

    return mutate


def _add_partnership(**fields):
    def mutate(report: Report) -> None:
        report.partnerships.append(Partnership(**fields))

    return mutate


def _count(category: str, ocmw_id: str, value: int):
    def mutate(report: Report) -> None:
        report.set_count(category, ocmw_id, value)

    return mutate


def _both(*mutators):
    def mutate(report: Report) -> None:
        for m in mutators:
            m(report)

    return mutate


CASES = [
    # (id, mutator, code, severity, path)
    ("year-missing", _set("year", None), "year-missing", ERROR, "reportingYear"),
    ("year-unknown", _set("year", 2002), "year-unknown", ERROR, "reportingYear"),
    ("year-not-ended", _set("year", 2017), "year-not-ended", WARNING, "reportingYear"),
    ("year-in-the-future", _set("year", 2031), "year-not-ended", WARNING, "reportingYear"),
    *[
        (f"promoter-{key}-missing", _set(f"promoter.{attribute}", ""), "promoter-field-missing", ERROR, f"promoter.{key}")
        for key, attribute in [
            ("name", "name"),
            ("street", "street"),
            ("postalCode", "postal_code"),
            ("municipality", "municipality"),
            ("contactPerson", "contact_person"),
            ("phone", "phone"),
            ("email", "email"),
        ]
    ],
    ("promoter-street-blank", _set("promoter.street", "   "), "promoter-field-missing", ERROR, "promoter.street"),
    ("postal-code-3-digits", _set("promoter.postal_code", "999"), "postal-code-malformed", ERROR, "promoter.postalCode"),
    ("postal-code-leading-0", _set("promoter.postal_code", "0999"), "postal-code-malformed", ERROR, "promoter.postalCode"),
    ("postal-code-letters", _set("promoter.postal_code", "B-9000"), "postal-code-malformed", ERROR, "promoter.postalCode"),
    ("email-no-at", _set("promoter.email", "an.peeters.example.be"), "email-malformed", ERROR, "promoter.email"),
    ("email-no-domain-dot", _set("promoter.email", "an@example"), "email-malformed", ERROR, "promoter.email"),
    ("email-space", _set("promoter.email", "an peeters@example.be"), "email-malformed", ERROR, "promoter.email"),
    ("phone-short", _set("promoter.phone", "09 123 45"), "phone-malformed", ERROR, "promoter.phone"),
    ("phone-words", _set("promoter.phone", "bel het onthaal"), "phone-malformed", ERROR, "promoter.phone"),
    (
        "promoter-number-9-digits", _set("promoter.enterprise_number", "0212.345.66"),
        "enterprise-number-malformed", ERROR, "promoter.enterpriseNumber",
    ),
    (
        "promoter-number-letters", _set("promoter.enterprise_number", "BTW onbekend"),
        "enterprise-number-malformed", ERROR, "promoter.enterpriseNumber",
    ),
    (
        "member-number-11-digits", _set("members[1].enterprise_number", "0212.345.6680"),
        "enterprise-number-malformed", ERROR, "members[1].enterpriseNumber",
    ),
    (
        "promoter-number-checksum", _set("promoter.enterprise_number", invalid_number("02123456")),
        "enterprise-number-invalid", ERROR, "promoter.enterpriseNumber",
    ),
    (
        "member-number-checksum", _set("members[1].enterprise_number", invalid_number("07654321")),
        "enterprise-number-invalid", ERROR, "members[1].enterpriseNumber",
    ),
    (
        "member-number-checksum-first", _set("members[0].enterprise_number", "BE 0212 345 669"),
        "enterprise-number-invalid", ERROR, "members[0].enterpriseNumber",
    ),
    ("members-one", _drop_members(1), "members-too-few", ERROR, "members"),
    ("members-none", _drop_members(0), "members-too-few", ERROR, "members"),
    ("member-name-missing", _set("members[1].name", ""), "member-name-missing", ERROR, "members[1].name"),
    ("member-name-blank", _set("members[0].name", "  "), "member-name-missing", ERROR, "members[0].name"),
    ("member-duplicate", _set("members[1].name", " ocmw TWEE "), "member-duplicate", WARNING, "members[1].name"),
    ("member-same-as-promoter", _set("members[0].name", "OCMW Voorbeeld"), "member-duplicate", WARNING, "members[0].name"),
    ("narrative-empty", _set("narrative", ""), "narrative-empty", ERROR, "narrative"),
    ("narrative-blank", _set("narrative", " \r\n\t "), "narrative-empty", ERROR, "narrative"),
    ("narrative-too-long", _set("narrative", "x" * 3001), "narrative-too-long", ERROR, "narrative"),
    ("partner-missing", _set("partnerships[0].partner", ""), "partnership-partner-missing", ERROR, "partnerships[0].partner"),
    (
        "second-partner-missing",
        _add_partnership(partner=" ", category="other", agreement_reference="X-1"),
        "partnership-partner-missing", ERROR, "partnerships[2].partner",
    ),
    ("category-missing", _set("partnerships[1].category", ""), "partnership-category-missing", ERROR, "partnerships[1].category"),
    ("category-unknown", _set("partnerships[0].category", "VDAB"), "partnership-category-missing", ERROR, "partnerships[0].category"),
    (
        "reference-missing", _set("partnerships[0].agreement_reference", ""),
        "partnership-reference-missing", ERROR, "partnerships[0].agreementReference",
    ),
    ("count-negative", _count("assessment", "o2", -1), "count-negative", ERROR, "training.assessment.o2"),
    ("count-negative-promoter", _count("work-linked-training", "o1", -5), "count-negative", ERROR, "training.work-linked-training.o1"),
    ("public-share-negative", _cost("personnel", "publicShare", -1), "amount-negative", ERROR, "costs.personnel.publicShare"),
    ("total-negative", _cost("operating", "totalAmount", -100), "amount-negative", ERROR, "costs.operating.totalAmount"),
    ("ocmw-share-negative", _cost("training", "ocmwShare", -1), "amount-negative", ERROR, "costs.training.ocmwShare"),
    ("income-negative", _cost("activated-wages", "income", -1), "amount-negative", ERROR, "costs.activated-wages.income"),
    ("subsidy-negative", _set("subsidy", -1), "amount-negative", ERROR, "subsidyAmount"),
    (
        "shares-exceed-total", _cost("training", "income", 500_26),
        "shares-exceed-total", ERROR, "costs.training.totalAmount",
    ),
    (
        "shares-on-an-empty-line", _cost("operating", "publicShare", 1),
        "shares-exceed-total", ERROR, "costs.operating.totalAmount",
    ),
    ("president-missing", _set("signatories.president", ""), "signatory-missing", ERROR, "signatories.president"),
    ("secretary-missing", _set("signatories.secretary", " "), "signatory-missing", ERROR, "signatories.secretary"),
    ("place-missing", _set("signatories.place", ""), "signatory-missing", ERROR, "signatories.place"),
    ("date-missing", _set("signatories.date", None), "signatory-missing", ERROR, "signatories.date"),
    ("signature-late", _set("signatories.date", dt.date(2017, 3, 1)), "signature-late", WARNING, "signatories.date"),
    ("signature-much-later", _set("signatories.date", dt.date(2018, 1, 5)), "signature-late", WARNING, "signatories.date"),
    ("signature-early", _set("signatories.date", dt.date(2016, 6, 1)), "signature-early", WARNING, "signatories.date"),
    ("subsidy-differs", _set("subsidy", 12_500_00), "subsidy-differs", WARNING, "subsidyAmount"),
    (
        "unjustified-amount", _cost("personnel", "publicShare", 50_000_00),
        "unjustified-amount", WARNING, "costs.unjustifiedAmount",
    ),
    (
        "input-unreadable", _set("unreadable", {"costs.training.income": "12,3,4"}),
        "input-unreadable", ERROR, "costs.training.income",
    ),
    (
        "ocmw-id-duplicate", _set("members[1].id", "o2"),
        "ocmw-id-duplicate", ERROR, "members",
    ),
    (
        "count-unknown-ocmw", _count("assessment", "o9", 3),
        "count-unknown-ocmw", ERROR, "training.assessment.o9",
    ),
    ("year-malformed", _set("year", 10_000), "year-malformed", ERROR, "reportingYear"),
    ("language-unknown", _set("language", "de"), "language-unknown", ERROR, "language"),
    (
        "text-unwritable-character", _set("partnerships[1].partner", "De\x00Cirkel"),
        "text-unwritable-character", ERROR, "partnerships[1].partner",
    ),
    ("training-empty", _set("training", {}), "training-empty", WARNING, "training"),
    ("president-digits", _set("signatories.president", "50.000,00"), "name-with-digits", WARNING, "signatories.president"),
    ("municipality-digits", _set("promoter.municipality", "9000 Gent"), "name-with-digits", WARNING, "promoter.municipality"),
    (
        "agreement-after-year", _set("partnerships[0].agreement_date", dt.date(2017, 1, 2)),
        "agreement-date-after-year", WARNING, "partnerships[0].agreementDate",
    ),
    (
        "agreement-in-the-future", _set("partnerships[1].agreement_date", dt.date(2017, 6, 1)),
        "agreement-date-future", WARNING, "partnerships[1].agreementDate",
    ),
    ("name-too-long", _set("members[0].name", "OCMW " * 1000), "text-too-long", ERROR, "members[0].name"),
    ("unprintable", _set("promoter.contact_person", "An \U0001F984 Peeters"), "text-unprintable-character", WARNING, "promoter.contactPerson"),
    ("right-to-left", _set("partnerships[0].description", "שלום"), "text-right-to-left", WARNING, "partnerships[0].description"),
]


@pytest.mark.parametrize(("mutate", "code", "severity", "path"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_check_fires(valid_report, mutate, code, severity, path):
    assert check_report(valid_report, today=TODAY) == []
    mutate(valid_report)
    assert_fires(valid_report, code, severity, path)


ALL_CODES = sorted({c[2] for c in CASES})


@pytest.mark.parametrize("code", ALL_CODES)
def test_the_check_is_silent_on_the_valid_report(valid_report, code):
    assert problems_with(valid_report, code) == []


def test_every_check_the_issue_names_is_covered():
    named = {
        "year-missing", "year-unknown", "year-not-ended", "promoter-field-missing",
        "postal-code-malformed", "email-malformed", "phone-malformed", "enterprise-number-malformed",
        "enterprise-number-invalid", "members-too-few", "member-name-missing", "member-duplicate",
        "narrative-empty", "narrative-too-long", "partnership-partner-missing",
        "partnership-category-missing", "partnership-reference-missing", "count-negative",
        "amount-negative", "shares-exceed-total", "signatory-missing", "signature-late",
        "subsidy-differs", "unjustified-amount", "input-unreadable",
    }
    assert named <= set(ALL_CODES)


def test_every_rule_has_a_case_of_its_own():
    from desktop_app.domain.check_rules import RULES

    assert {r.code for r in RULES} <= set(ALL_CODES)


# --- details of single checks -----------------------------------------------------------------


def test_year_before_the_first_rule_names_2003(valid_report):
    valid_report.year = 2002
    problem = assert_fires(valid_report, "year-unknown", ERROR, "reportingYear")
    assert "2003" in problem.message.nl and "2003" in problem.message.fr


def test_year_2003_is_known(valid_report):
    valid_report.year = 2003
    valid_report.signatories.date = dt.date(2004, 2, 10)
    assert problems_with(valid_report, "year-unknown", today=dt.date(2004, 2, 10)) == []


def test_the_year_just_ended_is_not_a_warning_on_new_years_day(valid_report):
    assert problems_with(valid_report, "year-not-ended", today=dt.date(2017, 1, 1)) == []


def test_the_current_year_is_not_ended_until_31_december(valid_report):
    valid_report.signatories.date = None
    problem = assert_fires(valid_report, "year-not-ended", WARNING, "reportingYear", today=dt.date(2016, 12, 31))
    assert "2016" in problem.message.nl and "2016" in problem.message.fr


def test_the_missing_promoter_field_is_named_in_the_message(valid_report):
    valid_report.promoter.contact_person = ""
    problem = assert_fires(valid_report, "promoter-field-missing", ERROR, "promoter.contactPerson")
    assert "contactpersoon" in problem.message.nl
    assert "personne de contact" in problem.message.fr


def test_an_empty_postal_code_is_missing_not_malformed(valid_report):
    valid_report.promoter.postal_code = ""
    valid_report.promoter.email = ""
    valid_report.promoter.phone = ""
    codes = {p.code for p in check_report(valid_report, today=TODAY)}
    assert codes == {"promoter-field-missing"}


@pytest.mark.parametrize("typed", ["0212345668", "BE 0212 345 668", "be0212.345.668", "0212 345 668"])
def test_enterprise_number_in_any_accepted_form_is_valid(valid_report, typed):
    valid_report.promoter.enterprise_number = typed
    assert check_report(valid_report, today=TODAY) == []


def test_an_invalid_member_number_is_reported_on_that_member_only(valid_report):
    valid_report.members[1].enterprise_number = invalid_number("07654321")
    found = problems_with(valid_report, "enterprise-number-invalid")
    assert [p.path for p in found] == ["members[1].enterpriseNumber"]


def test_three_ocmws_in_all_is_enough_two_is_not(valid_report):
    assert len(valid_report.ocmws) == 3
    assert problems_with(valid_report, "members-too-few") == []
    valid_report.remove_member(1)
    problem = assert_fires(valid_report, "members-too-few", ERROR, "members")
    assert "1" in problem.message.nl and "1" in problem.message.fr  # one member still to add


def test_more_than_three_ocmws_is_fine(valid_report):
    valid_report.add_member("OCMW Vier")
    assert check_report(valid_report, today=TODAY) == []


def test_member_duplicate_names_the_member(valid_report):
    valid_report.members[1].name = "OCMW Twee"
    problem = assert_fires(valid_report, "member-duplicate", WARNING, "members[1].name")
    assert "OCMW Twee" in problem.message.nl and "OCMW Twee" in problem.message.fr
    assert [p.path for p in problems_with(valid_report, "member-duplicate")] == ["members[1].name"]


def test_member_name_missing_names_the_member_number_counting_from_one(valid_report):
    valid_report.members[1].name = ""
    problem = assert_fires(valid_report, "member-name-missing", ERROR, "members[1].name")
    assert "2" in problem.message.nl and "2" in problem.message.fr


# The narrative: at most 3,000 Unicode characters; a Windows line break counts as one.

NARRATIVE_PIECES = ["é", "😀", "ç", "a", "€", "\r\n", "ß", "→"]


def narrative_of(length: int, with_crlf: bool = True) -> str:
    """A text of exactly ``length`` characters as the form counts them, with non-ASCII letters,
    an emoji and Windows line breaks."""
    pieces = NARRATIVE_PIECES if with_crlf else [p for p in NARRATIVE_PIECES if p != "\r\n"]
    text = "".join(pieces[i % len(pieces)] for i in range(length))
    return text


def test_the_narrative_piece_builder_counts_like_a_person():
    text = narrative_of(3000)
    assert len(text.replace("\r\n", "\n")) == 3000
    assert "é" in text and "😀" in text and "\r\n" in text
    assert len(text) > 3000  # the raw string is longer: its \r\n count twice in len()
    assert len(text.encode("utf-8")) > 3000


def test_3000_characters_with_accents_emoji_and_crlf_is_fine(valid_report):
    valid_report.narrative = narrative_of(3000)
    assert problems_with(valid_report, "narrative-too-long") == []
    assert check_report(valid_report, today=TODAY) == []


def test_3000_characters_without_line_breaks_is_fine(valid_report):
    valid_report.narrative = narrative_of(3000, with_crlf=False)
    assert check_report(valid_report, today=TODAY) == []


def test_3001_characters_is_an_error_that_says_how_many(valid_report):
    valid_report.narrative = narrative_of(3001)
    problem = assert_fires(valid_report, "narrative-too-long", ERROR, "narrative")
    assert "3.001" in problem.message.nl and "3.000" in problem.message.nl
    assert "3\u00a0001" in problem.message.fr and "3\u00a0000" in problem.message.fr


def test_3001_characters_without_line_breaks_is_an_error(valid_report):
    valid_report.narrative = "é" * 3001
    assert_fires(valid_report, "narrative-too-long", ERROR, "narrative")


def test_a_crlf_counts_as_one_character(valid_report):
    valid_report.narrative = "a" * 2998 + "\r\n" + "b"  # 3,000 characters, 3,001 code units
    assert problems_with(valid_report, "narrative-too-long") == []
    valid_report.narrative = "a" * 2999 + "\r\n" + "b"
    assert_fires(valid_report, "narrative-too-long", ERROR, "narrative")


def test_an_empty_narrative_is_not_also_too_long(valid_report):
    valid_report.narrative = ""
    assert problems_with(valid_report, "narrative-too-long") == []


def test_partnership_messages_count_from_one(valid_report):
    valid_report.partnerships[1].agreement_reference = ""
    problem = assert_fires(valid_report, "partnership-reference-missing", ERROR, "partnerships[1].agreementReference")
    assert "2" in problem.message.nl and "2" in problem.message.fr


def test_a_partnership_with_every_field_empty_has_three_errors(valid_report):
    valid_report.partnerships.append(Partnership())
    found = {p.code: p.path for p in check_report(valid_report, today=TODAY)}
    assert found == {
        "partnership-partner-missing": "partnerships[2].partner",
        "partnership-category-missing": "partnerships[2].category",
        "partnership-reference-missing": "partnerships[2].agreementReference",
    }


@pytest.mark.parametrize("category", [
    "regional-employment-service", "training-provider", "social-economy", "local-government",
    "welfare-organisation", "private-company", "other",
])
def test_every_partnership_category_is_accepted(valid_report, category):
    valid_report.partnerships[0].category = category
    assert check_report(valid_report, today=TODAY) == []


def test_a_zero_count_is_fine(valid_report):
    valid_report.set_count("assessment", "o2", 0)
    assert check_report(valid_report, today=TODAY) == []


def test_a_zero_count_of_a_removed_ocmw_is_no_problem(valid_report):
    valid_report.set_count("assessment", "o9", 0)
    assert check_report(valid_report, today=TODAY) == []


def test_amount_negative_names_the_line_and_the_column(valid_report):
    valid_report.costs["personnel"].public_share = -1
    problem = assert_fires(valid_report, "amount-negative", ERROR, "costs.personnel.publicShare")
    assert "Personeelskosten" in problem.message.nl and "publiek deel" in problem.message.nl
    assert "Frais de personnel" in problem.message.fr and "part publique" in problem.message.fr
    assert [p.path for p in problems_with(valid_report, "amount-negative")] == ["costs.personnel.publicShare"]


def test_shares_equal_to_the_total_are_fine(valid_report):
    valid_report.costs["training"] = CostLine(1_000_00, 400_00, 300_00, 300_00)
    assert problems_with(valid_report, "shares-exceed-total") == []


def test_shares_one_cent_above_the_total_are_an_error_with_both_amounts(valid_report):
    valid_report.costs["training"] = CostLine(1_000_00, 400_00, 300_00, 300_01)
    problem = assert_fires(valid_report, "shares-exceed-total", ERROR, "costs.training.totalAmount")
    assert "1.000,01" in problem.message.nl and "1.000,00" in problem.message.nl
    assert "1\u00a0000,01" in problem.message.fr and "1\u00a0000,00" in problem.message.fr


def test_signing_on_28_february_of_the_next_year_is_on_time(valid_report):
    valid_report.signatories.date = dt.date(2017, 2, 28)
    assert check_report(valid_report, today=dt.date(2017, 2, 28)) == []


def test_signing_on_1_march_is_late_and_the_message_names_the_deadline(valid_report):
    valid_report.signatories.date = dt.date(2017, 3, 1)
    problem = assert_fires(valid_report, "signature-late", WARNING, "signatories.date", today=dt.date(2017, 3, 1))
    assert "28" in problem.message.nl and "2017" in problem.message.nl
    assert "28" in problem.message.fr and "2017" in problem.message.fr
    # A warning, not an error: the report can still be exported.
    assert errors(check_report(valid_report, today=dt.date(2017, 3, 1))) == []


def test_29_february_after_a_leap_year_report_is_late(valid_report):
    valid_report.year = 2015
    valid_report.signatories.date = dt.date(2016, 2, 29)
    assert signature_deadline(2015) == dt.date(2016, 2, 28)
    assert_fires(valid_report, "signature-late", WARNING, "signatories.date", today=dt.date(2016, 3, 1))


def test_signing_early_in_january_is_fine(valid_report):
    valid_report.signatories.date = dt.date(2017, 1, 2)
    assert check_report(valid_report, today=TODAY) == []


def test_subsidy_differs_names_both_amounts(valid_report):
    valid_report.subsidy = 9_000_00
    valid_report.costs["personnel"].public_share = 40_000_00  # still 10,000.00 demonstrated
    problem = assert_fires(valid_report, "subsidy-differs", WARNING, "subsidyAmount")
    assert "9.000,00" in problem.message.nl and "10.000,00" in problem.message.nl
    assert "9\u00a0000,00" in problem.message.fr and "10\u00a0000,00" in problem.message.fr


def test_an_entered_subsidy_equal_to_the_rule_is_no_warning(valid_report):
    valid_report.subsidy = 10_000_00
    assert check_report(valid_report, today=TODAY) == []


def test_unjustified_amount_states_the_amount(valid_report):
    # demonstrated: 20,000.00 + 5,000.00 + 1,000.00 + 500.25 = 26,500.25; remove personnel's 20,000.00
    # and activated wages' 5,000.00 -> 1,500.25 demonstrated, 8,499.75 unjustified.
    valid_report.costs["personnel"].public_share = 50_000_00
    valid_report.costs["activated-wages"].ocmw_share = 7_000_00
    problem = assert_fires(valid_report, "unjustified-amount", WARNING, "costs.unjustifiedAmount")
    assert "8.499,75" in problem.message.nl
    assert "8\u00a0499,75" in problem.message.fr
    assert errors(check_report(valid_report, today=TODAY)) == []


def test_demonstrating_exactly_the_subsidy_leaves_no_warning():
    report = Report(year=2016)
    report.costs["personnel"] = CostLine(10_000_00, 0, 0, 0)
    assert [p for p in check_report(report, today=TODAY) if p.code == "unjustified-amount"] == []
    report.costs["personnel"] = CostLine(9_999_99, 0, 0, 0)
    assert [p.code for p in check_report(report, today=TODAY) if p.code == "unjustified-amount"] == ["unjustified-amount"]


def test_input_unreadable_gives_what_was_typed_and_why(valid_report):
    valid_report.unreadable = {"costs.training.income": "12,3,4"}
    problem = assert_fires(valid_report, "input-unreadable", ERROR, "costs.training.income")
    with pytest.raises(AmountError) as caught:
        parse_amount("12,3,4")
    assert "12,3,4" in problem.message.nl and "12,3,4" in problem.message.fr
    assert caught.value.reason.nl in problem.message.nl
    assert caught.value.reason.fr in problem.message.fr


@pytest.mark.parametrize(
    ("path", "typed", "nl_reason"),
    [
        ("reportingYear", "zestien", "vier cijfers"),
        ("signatories.date", "31-02-2017", "bestaat niet"),
        ("training.assessment.o2", "3,5", "geheel aantal"),
        ("subsidyAmount", "1,234", "twee cijfers"),
    ],
)
def test_input_unreadable_in_other_fields(valid_report, path, typed, nl_reason):
    valid_report.unreadable = {path: typed}
    problem = assert_fires(valid_report, "input-unreadable", ERROR, path)
    assert typed in problem.message.nl and nl_reason in problem.message.nl


def test_an_unreadable_year_is_not_also_reported_as_missing(valid_report):
    valid_report.year = None
    valid_report.unreadable = {"reportingYear": "zestien"}
    assert [p.path for p in check_report(valid_report, today=TODAY) if p.path == "reportingYear"] == ["reportingYear"]
    assert problems_with(valid_report, "year-missing") == []


def test_an_unreadable_signature_date_is_not_also_reported_as_missing(valid_report):
    valid_report.signatories.date = None
    valid_report.unreadable = {"signatories.date": "31-02-2017"}
    found = [p.code for p in check_report(valid_report, today=TODAY) if p.path == "signatories.date"]
    assert found == ["input-unreadable"]


def test_a_currency_sign_alone_is_reported_not_crashed(valid_report):
    valid_report.unreadable = {"costs.operating.totalAmount": "€"}
    assert_fires(valid_report, "input-unreadable", ERROR, "costs.operating.totalAmount")


# --- order and the error / warning split ------------------------------------------------------


def test_errors_sort_before_warnings(valid_report):
    valid_report.subsidy = 12_500_00  # warning
    valid_report.signatories.date = dt.date(2017, 3, 5)  # warning
    valid_report.members[1].name = "OCMW Twee"  # warning
    valid_report.narrative = ""  # error
    valid_report.costs["operating"].income = -1  # error, near the end of the form
    valid_report.signatories.place = ""  # error, at the very end of the form
    problems = check_report(valid_report, today=TODAY)
    severities = [p.severity for p in problems]
    assert ERROR in severities and WARNING in severities
    first_warning = severities.index(WARNING)
    assert all(s is ERROR for s in severities[:first_warning])
    assert all(s is WARNING for s in severities[first_warning:])


def test_errors_keep_the_order_of_the_form(valid_report):
    valid_report.year = None
    valid_report.narrative = ""
    valid_report.signatories.place = ""
    codes = [p.code for p in check_report(valid_report, today=TODAY)]
    assert codes == ["year-missing", "narrative-empty", "signatory-missing"]


def test_errors_keeps_only_the_blocking_problems(valid_report):
    valid_report.subsidy = 12_500_00
    valid_report.narrative = ""
    problems = check_report(valid_report, today=TODAY)
    assert {p.code for p in problems} == {"subsidy-differs", "narrative-empty"}
    assert [p.code for p in errors(problems)] == ["narrative-empty"]


def test_an_empty_report_is_full_of_errors_but_does_not_crash():
    problems = check_report(Report(), today=TODAY)
    codes = {p.code for p in problems}
    assert {"year-missing", "promoter-field-missing", "members-too-few", "narrative-empty", "signatory-missing"} <= codes
    assert all(p.message.nl and p.message.fr for p in problems)


def test_check_report_does_not_change_the_report(valid_report):
    valid_report.unreadable = {"costs.training.income": "12,3,4"}
    before = valid_report.copy()
    check_report(valid_report, today=TODAY)
    assert valid_report == before


def test_a_signature_in_december_of_the_reporting_year_is_early_and_on_new_years_day_is_not(valid_report):
    valid_report.signatories.date = dt.date(valid_report.year, 12, 31)
    assert "signature-early" in {p.code for p in check_report(valid_report, today=dt.date(2017, 2, 10))}
    valid_report.signatories.date = dt.date(valid_report.year + 1, 1, 1)
    assert "signature-early" not in {p.code for p in check_report(valid_report, today=dt.date(2017, 2, 10))}


def test_a_control_character_pasted_into_a_text_is_an_error_at_its_field(valid_report):
    valid_report.members[1].name = "OCMW\x0bDrie"
    problems = check_report(valid_report, today=dt.date(2017, 2, 10))
    assert [(p.code, p.path, p.severity.value) for p in problems] == [
        ("text-unwritable-character", "members[1].name", "error")
    ]
    assert "U+000B" in problems[0].message.nl and "U+000B" in problems[0].message.fr


def test_a_report_language_other_than_dutch_or_french_is_an_error(valid_report):
    valid_report.language = "de"
    assert [(p.code, p.path) for p in check_report(valid_report, today=dt.date(2017, 2, 10))] == [
        ("language-unknown", "language")
    ]
