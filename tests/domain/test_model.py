"""The report model: members, a copy, and the report of the next year."""

from __future__ import annotations

import datetime as dt

from desktop_app.domain.model import (
    COST_CATEGORIES,
    PROMOTER_ID,
    CostLine,
    Partnership,
    Report,
    cost_path,
    member_path,
    partnership_path,
    training_path,
)


def test_a_new_report_has_the_promoter_and_every_cost_line():
    report = Report()
    assert report.promoter.id == PROMOTER_ID == "o1"
    assert report.ocmws == [report.promoter]
    assert list(report.costs) == list(COST_CATEGORIES)
    assert all(line == CostLine() for line in report.costs.values())
    assert report.subsidy is None  # follows the year's rule


def test_two_new_reports_share_nothing():
    first, second = Report(), Report()
    first.add_member("OCMW Twee")
    first.costs["personnel"].total_amount = 100
    first.set_count("assessment", "o1", 3)
    assert second.members == []
    assert second.costs["personnel"].total_amount == 0
    assert second.training == {}


def test_add_member_gives_fresh_ids():
    report = Report()
    first = report.add_member("OCMW Twee", "0212.345.668")
    second = report.add_member("OCMW Drie")
    assert (first.id, second.id) == ("o2", "o3")
    assert first.name == "OCMW Twee" and first.enterprise_number == "0212.345.668"
    assert report.members == [first, second]
    assert report.ocmws == [report.promoter, first, second]


def test_add_member_after_a_removal_never_reuses_an_id_in_use():
    report = Report()
    report.add_member("A")
    report.add_member("B")
    report.add_member("C")  # o4
    report.remove_member(0)  # o2 gone
    fresh = report.add_member("D")
    ids = [o.id for o in report.ocmws]
    assert len(set(ids)) == len(ids)
    assert fresh.id not in ("o1", "o3", "o4")


def test_add_member_skips_ids_that_counts_still_refer_to():
    report = Report()
    report.set_count("assessment", "o2", 5)  # e.g. a count left from an imported file
    member = report.add_member("Nieuw")
    assert member.id != "o2"
    assert report.count("assessment", member.id) == 0


def test_remove_member_drops_that_members_counts_only():
    report = Report()
    second = report.add_member("OCMW Twee")
    third = report.add_member("OCMW Drie")
    for category in ("assessment", "collective-pretraining"):
        report.set_count(category, "o1", 1)
        report.set_count(category, second.id, 2)
        report.set_count(category, third.id, 3)
    removed = report.remove_member(0)
    assert removed is second
    assert report.members == [third]
    for category in ("assessment", "collective-pretraining"):
        assert second.id not in report.training[category]
        assert report.count(category, "o1") == 1
        assert report.count(category, third.id) == 3


def test_count_and_set_count():
    report = Report()
    assert report.count("assessment", "o1") == 0
    report.set_count("assessment", "o1", 12)
    assert report.count("assessment", "o1") == 12
    assert report.training == {"assessment": {"o1": 12}}


def test_copy_is_deep(valid_report):
    original = valid_report
    copy = original.copy()
    assert copy == original

    copy.promoter.name = "Ander"
    copy.members[0].name = "Ander lid"
    copy.add_member("Extra")
    copy.partnerships[0].partner = "Actiris"
    copy.set_count("assessment", "o1", 99)
    copy.costs["personnel"].public_share = 0
    copy.signatories.president = "Iemand anders"
    copy.unreadable["reportingYear"] = "twintig"

    fresh = original.copy()
    assert original.promoter.name == "OCMW Voorbeeld"
    assert original.members[0].name == "OCMW Twee"
    assert len(original.members) == 2
    assert original.partnerships[0].partner == "VDAB"
    assert original.count("assessment", "o1") == 1
    assert original.costs["personnel"].public_share == 30_000_00
    assert original.signatories.president == "Jan Janssens"
    assert original.unreadable == {}
    assert fresh == original != copy


def test_next_year_keeps_identification_members_and_partnerships(valid_report):
    valid_report.subsidy = 9_000_00
    valid_report.language = "fr"
    following = valid_report.next_year()
    assert following.year == 2017
    assert following.language == "fr"
    assert following.promoter == valid_report.promoter
    assert following.members == valid_report.members
    assert following.partnerships == valid_report.partnerships


def test_next_year_starts_narrative_counts_costs_and_signatures_empty(valid_report):
    valid_report.subsidy = 9_000_00
    valid_report.unreadable["costs.training.income"] = "12,3,4"
    following = valid_report.next_year()
    assert following.narrative == ""
    assert following.training == {}
    assert all(line == CostLine() for line in following.costs.values())
    assert list(following.costs) == list(COST_CATEGORIES)
    assert following.signatories.president == following.signatories.secretary == ""
    assert following.signatories.place == "" and following.signatories.date is None
    assert following.subsidy is None  # the new year's agreement: back to the rule
    assert following.unreadable == {}


def test_next_year_does_not_share_objects_with_the_old_report(valid_report):
    following = valid_report.next_year()
    following.promoter.phone = "000"
    following.members[0].name = "Veranderd"
    following.partnerships[0].agreement_reference = "NIEUW"
    assert valid_report.promoter.phone == "+32 9 123 45 67"
    assert valid_report.members[0].name == "OCMW Twee"
    assert valid_report.partnerships[0].agreement_reference == "SO-2016-14"


def test_next_year_without_a_year():
    assert Report().next_year().year is None


def test_next_year_keeps_the_agreement_date():
    report = Report(year=2016)
    report.partnerships.append(Partnership(partner="VDAB", agreement_date=dt.date(2016, 2, 1)))
    assert report.next_year().partnerships[0].agreement_date == dt.date(2016, 2, 1)


def test_field_paths_of_the_submission_format():
    assert member_path(1, "enterpriseNumber") == "members[1].enterpriseNumber"
    assert partnership_path(0, "agreementReference") == "partnerships[0].agreementReference"
    assert training_path("assessment", "o2") == "training.assessment.o2"
    assert cost_path("personnel", "publicShare") == "costs.personnel.publicShare"


def test_cost_line_get_and_set_by_format_name():
    line = CostLine()
    line.set("publicShare", 30_000_00)
    assert line.public_share == 30_000_00
    assert line.get("publicShare") == 30_000_00
    line.set("totalAmount", 50_000_00)
    assert line.get("totalAmount") == 50_000_00


def test_removing_a_member_also_drops_its_unreadable_counts():
    report = Report(year=2016)
    two, three = report.add_member("Twee"), report.add_member("Drie")
    report.unreadable = {
        f"training.assessment.{two.id}": "vier",
        f"training.assessment.{three.id}": "drie?",
        "costs.personnel.totalAmount": "12,3,4",
    }
    report.remove_member(0)
    assert report.unreadable == {
        f"training.assessment.{three.id}": "drie?",
        "costs.personnel.totalAmount": "12,3,4",
    }
