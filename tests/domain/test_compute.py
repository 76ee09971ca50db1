"""What the program computes from the entered figures: cost columns, the subsidy balance and
the training totals."""

from __future__ import annotations

import pytest

from desktop_app.domain import compute
from desktop_app.domain.model import COST_CATEGORIES, COST_COLUMNS, TRAINING_CATEGORIES, CostLine, Report


def costs_report(year=2016, subsidy=None, **lines: CostLine) -> Report:
    report = Report(year=year, subsidy=subsidy)
    for category, line in lines.items():
        report.costs[category.replace("_", "-")] = line
    return report


def test_the_seeds_worked_example_personnel_line():
    # A staff member costs 50,000.00 a year; a first-job subsidy pays 30,000.00 (public share).
    line = CostLine(total_amount=50_000_00, ocmw_share=0, public_share=30_000_00, income=0)
    assert compute.cluster_share(line) == 20_000_00


def test_the_seeds_worked_example_in_the_column_totals():
    report = costs_report(personnel=CostLine(50_000_00, 0, 30_000_00, 0))
    totals = compute.column_totals(report)
    assert totals == {
        "totalAmount": 50_000_00,
        "ocmwShare": 0,
        "publicShare": 30_000_00,
        "income": 0,
        "clusterShare": 20_000_00,
    }
    assert list(totals) == list(COST_COLUMNS)


def test_cluster_share_subtracts_ocmw_share_public_share_and_income():
    line = CostLine(total_amount=10_000_00, ocmw_share=1_000_00, public_share=2_000_00, income=500_50)
    assert compute.cluster_share(line) == 6_499_50


def test_column_totals_add_every_cost_category():
    report = costs_report(
        personnel=CostLine(50_000_00, 0, 30_000_00, 0),
        activated_wages=CostLine(8_000_00, 2_000_00, 1_000_00, 0),
        third_party_agreements=CostLine(1_500_00, 0, 0, 500_00),
        training=CostLine(750_50, 250_25, 0, 0),
        operating=CostLine(99, 0, 0, 0),
    )
    totals = compute.column_totals(report)
    assert totals["totalAmount"] == 60_251_49
    assert totals["ocmwShare"] == 2_250_25
    assert totals["publicShare"] == 31_000_00
    assert totals["income"] == 500_00
    assert totals["clusterShare"] == 26_501_24
    assert totals["clusterShare"] == sum(compute.cluster_share(report.costs[c]) for c in COST_CATEGORIES)
    assert totals["clusterShare"] == (
        totals["totalAmount"] - totals["ocmwShare"] - totals["publicShare"] - totals["income"]
    )


def test_an_empty_report_computes_zeros():
    report = Report()
    assert compute.column_totals(report) == dict.fromkeys(COST_COLUMNS, 0)
    assert compute.demonstrated_amount(report) == 0
    assert compute.unjustified_amount(report) == 0
    assert compute.advance_amount(report) == 0
    assert compute.balance_amount(report) == 0


def test_more_demonstrated_than_the_subsidy_leaves_nothing_unjustified():
    # 2016: subsidy 10,000.00; the worked example demonstrates 20,000.00.
    report = costs_report(personnel=CostLine(50_000_00, 0, 30_000_00, 0))
    summary = compute.financial_summary(report)
    assert summary.subsidy == 10_000_00
    assert summary.rule_subsidy == 10_000_00
    assert not summary.differs_from_rule
    assert summary.demonstrated == 20_000_00
    assert summary.unjustified == 0  # never below zero
    assert summary.advance == 7_500_00
    assert summary.balance == 2_500_00  # positive: still to receive


def test_exactly_the_subsidy_demonstrated():
    report = costs_report(personnel=CostLine(12_000_00, 0, 2_000_00, 0))
    assert compute.demonstrated_amount(report) == 10_000_00
    assert compute.unjustified_amount(report) == 0
    assert compute.balance_amount(report) == 2_500_00


def test_too_little_demonstrated_gives_an_unjustified_amount_and_a_balance_to_pay_back():
    report = costs_report(operating=CostLine(4_000_00, 0, 0, 0))
    summary = compute.financial_summary(report)
    assert summary.demonstrated == 4_000_00
    assert summary.unjustified == 6_000_00  # 10,000.00 - 4,000.00
    assert summary.advance == 7_500_00
    assert summary.balance == -3_500_00  # negative: the advance was too much, pay back


def test_shares_above_the_total_never_make_more_than_the_subsidy_unjustified():
    # Shares that exceed a line's total (an error at that line) give a negative cluster share;
    # "EUR 10,001.00 of the subsidy is not justified" would be untrue: at most all of it is.
    report = costs_report(personnel=CostLine(1_00, 2_00, 0, 0))
    assert compute.demonstrated_amount(report) == -1_00
    summary = compute.financial_summary(report)
    assert summary.unjustified == 10_000_00
    assert summary.balance == -7_500_00  # the whole advance to pay back, not more


def test_part_of_the_advance_justified_gives_a_smaller_balance_to_receive():
    report = costs_report(operating=CostLine(9_000_00, 0, 0, 0))
    assert compute.unjustified_amount(report) == 1_000_00
    assert compute.balance_amount(report) == 1_500_00


def test_the_2014_rule_advance_and_balance():
    report = costs_report(year=2014, personnel=CostLine(50_000_00, 0, 30_000_00, 0))
    summary = compute.financial_summary(report)
    assert summary.subsidy == 12_500_00
    assert summary.advance == 9_375_00
    assert summary.balance == 3_125_00


def test_the_agreements_subsidy_drives_advance_and_balance():
    report = costs_report(subsidy=8_000_01, operating=CostLine(20_000_00, 0, 0, 0))
    summary = compute.financial_summary(report)
    assert summary.subsidy == 8_000_01
    assert summary.rule_subsidy == 10_000_00
    assert summary.differs_from_rule
    assert summary.advance == 6_000_01  # 600,000.75 cents rounds half up
    assert summary.balance == 2_000_00


def test_a_negative_cluster_share_lowers_the_demonstrated_amount():
    # Shares above the total are an error of the checks; the computation stays plain arithmetic.
    report = costs_report(
        personnel=CostLine(10_000_00, 0, 0, 0),
        training=CostLine(100_00, 0, 200_00, 0),
    )
    assert compute.demonstrated_amount(report) == 9_900_00


def test_every_money_computation_returns_int():
    report = costs_report(subsidy=10_001_01, personnel=CostLine(5_000_01, 1, 2, 3))
    summary = compute.financial_summary(report)
    for value in (
        summary.subsidy, summary.demonstrated, summary.unjustified, summary.advance, summary.balance,
        *compute.column_totals(report).values(),
    ):
        assert type(value) is int


def training_report() -> Report:
    report = Report(year=2016)
    second = report.add_member("OCMW Twee")
    third = report.add_member("OCMW Drie")
    report.set_count("assessment", "o1", 12)
    report.set_count("assessment", second.id, 4)
    report.set_count("assessment", third.id, 0)
    report.set_count("collective-pretraining", "o1", 3)
    report.set_count("social-activation-pathway", third.id, 5)
    return report


def test_training_total_per_category_over_the_cluster():
    report = training_report()
    assert compute.training_total(report, "assessment") == 16
    assert compute.training_total(report, "collective-pretraining") == 3
    assert compute.training_total(report, "work-linked-training") == 0


def test_training_total_per_ocmw_over_the_categories():
    report = training_report()
    assert compute.ocmw_training_total(report, "o1") == 15
    assert compute.ocmw_training_total(report, "o2") == 4
    assert compute.ocmw_training_total(report, "o3") == 5


def test_total_activated_is_the_sum_of_every_category_a_person_can_count_twice():
    report = training_report()
    assert compute.total_activated(report) == 24
    assert compute.total_activated(report) == sum(
        compute.training_total(report, c) for c in TRAINING_CATEGORIES
    )


def test_counts_of_a_removed_member_no_longer_count():
    report = training_report()
    report.remove_member(0)  # OCMW Twee, 4 assessments
    assert compute.training_total(report, "assessment") == 12
    assert compute.total_activated(report) == 20


@pytest.mark.parametrize("category", TRAINING_CATEGORIES)
def test_every_training_category_counts_in_the_total(category):
    report = Report()
    report.set_count(category, "o1", 7)
    assert compute.total_activated(report) == 7


# --- totals count only readable, non-negative values ------------------------------------------
# A negative or unreadable cell is an error at the cell; in the totals it counts as nothing, and
# the total says how many cells it left out.


def test_a_negative_count_counts_as_nothing_in_every_training_total():
    report = training_report()
    report.set_count("assessment", "o2", -2)  # was 4
    assert compute.training_total(report, "assessment") == 12
    assert compute.ocmw_training_total(report, "o2") == 0
    assert compute.total_activated(report) == 20


def test_a_row_with_minus_two_never_totals_minus_one_person():
    report = Report()
    report.add_member("OCMW Twee")
    report.set_count("assessment", "o1", 1)
    report.set_count("assessment", "o2", -2)
    assert compute.training_total(report, "assessment") == 1
    assert compute.total_activated(report) == 1


def test_a_training_total_names_the_cells_it_leaves_out():
    report = training_report()
    report.set_count("assessment", "o2", -2)
    report.unreadable["training.assessment.o3"] = "drie"
    total = compute.training_total_detail(report, category="assessment")
    assert total.value == 12
    assert total.left_out == ("training.assessment.o2", "training.assessment.o3")
    assert compute.training_total_detail(report, ocmw_id="o2").left_out == ("training.assessment.o2",)
    assert compute.training_total_detail(report, ocmw_id="o1").left_out == ()
    everything = compute.training_total_detail(report)
    assert everything.value == compute.total_activated(report) == 20
    assert len(everything.left_out) == 2


def test_a_negative_amount_counts_as_nothing_in_the_cluster_share_and_the_totals():
    report = costs_report(personnel=CostLine(10_000_00, -1_000_00, 0, 0), training=CostLine(-500_00, 0, 0, 0))
    assert compute.cluster_share(report.costs["personnel"]) == 10_000_00
    assert compute.cluster_share(report.costs["training"]) == 0
    totals = compute.column_totals(report)
    assert totals["totalAmount"] == 10_000_00 and totals["ocmwShare"] == 0
    assert totals["clusterShare"] == 10_000_00
    assert compute.demonstrated_amount(report) == 10_000_00


def test_a_cost_total_names_the_cells_it_leaves_out():
    report = costs_report(personnel=CostLine(10_000_00, -1_000_00, 0, 0))
    report.unreadable["costs.training.income"] = "12,3,4"
    assert compute.cost_total_detail(report, column="ocmwShare").left_out == ("costs.personnel.ocmwShare",)
    assert compute.cost_total_detail(report, column="income").left_out == ("costs.training.income",)
    assert compute.cost_total_detail(report, column="totalAmount").left_out == ()
    share = compute.cost_total_detail(report, category="personnel", column="clusterShare")
    assert share == compute.Total(10_000_00, ("costs.personnel.ocmwShare",))
    assert compute.cost_total_detail(report, column="clusterShare").left_out == (
        "costs.personnel.ocmwShare", "costs.training.income")
