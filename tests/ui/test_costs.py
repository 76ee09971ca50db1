"""Page 5: the cost table and the money below it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.domain.model import COST_CATEGORIES, CostLine, Report
from desktop_app.ui.wizard import PageId
from desktop_app.ui.widgets.marking import PROBLEM_ROLE
from ui_helpers import child, stored, type_in_cell, type_text


def test_amounts_typed_the_belgian_way(qtbot, open_report, db_path):
    window, wizard, report_id = open_report()
    wizard.show_page(PageId.COSTS)
    costs = child(wizard, "costs")
    type_in_cell(qtbot, costs, 0, 0, "50.000,00")
    type_in_cell(qtbot, costs, 0, 2, "30000")
    type_in_cell(qtbot, costs, 4, 0, "1234,5")
    model = costs.model()
    assert model.index(0, 4).data() == "20.000,00"  # cluster share, computed
    assert model.index(5, 0).data() == "51.234,50"  # totals row
    assert model.index(5, 4).data() == "21.234,50"
    assert child(wizard, "demonstratedAmount").text() == "21.234,50"
    assert child(wizard, "unjustifiedAmount").text() == "0,00"
    assert child(wizard, "advanceAmount").text() == "7.500,00"
    assert child(wizard, "balanceAmount").text() == "2.500,00"
    window.saver.flush()
    report = stored(db_path, report_id)
    assert report.costs["personnel"] == CostLine(50_000_00, 0, 30_000_00, 0)
    assert report.costs["operating"].total_amount == 1_234_50


def test_the_model_accepts_text_through_set_data(open_report, db_path):
    window, wizard, report_id = open_report()
    model = child(wizard, "costs").model()
    assert (model.rowCount(), model.columnCount()) == (6, 5)
    assert model.setData(model.index(0, 0), "50.000,00")
    assert model.setData(model.index(0, 2), "30.000,00")
    assert model.index(0, 4).data() == "20.000,00"
    for row in range(5):
        assert not model.flags(model.index(row, 4)) & Qt.ItemFlag.ItemIsEditable
    for column in range(5):
        assert not model.flags(model.index(5, column)) & Qt.ItemFlag.ItemIsEditable
        assert not model.setData(model.index(5, column), "1,00")
    window.saver.flush()
    assert stored(db_path, report_id).costs["personnel"].public_share == 30_000_00


def test_a_wrong_amount_stays_as_typed_and_is_marked(qtbot, open_report, db_path):
    window, wizard, report_id = open_report()
    wizard.show_page(PageId.COSTS)
    costs = child(wizard, "costs")
    index = type_in_cell(qtbot, costs, 1, 1, "12,3,4")
    assert index.data() == "12,3,4"
    mark = index.data(PROBLEM_ROLE)
    assert mark.severity == "error" and "12,3,4" in mark.reason
    assert index.data(Qt.ItemDataRole.ToolTipRole) == mark.reason
    assert wizard.pages[PageId.COSTS].title() == "Costs (1 error(s), 1 warning(s))"  # and the unjustified amount
    window.saver.flush()
    report = stored(db_path, report_id)
    assert report.costs["activated-wages"].ocmw_share == 0
    assert report.unreadable == {"costs.activated-wages.ocmwShare": "12,3,4"}

    # Corrected, the mark goes and the value is read.
    type_in_cell(qtbot, costs, 1, 1, "12,34")
    assert index.data(PROBLEM_ROLE) is None
    window.saver.flush()
    assert stored(db_path, report_id).unreadable == {}


def test_subsidy_follows_the_rule_until_typed_and_is_marked_when_it_differs(qtbot, open_report, db_path):
    window, wizard, report_id = open_report(Report(year=2016))
    wizard.show_page(PageId.COSTS)
    subsidy = child(wizard, "subsidyAmount")
    assert subsidy.text() == "" and subsidy.placeholderText() == "10.000,00"
    type_text(qtbot, wizard, PageId.COSTS, "subsidyAmount", "9.500,00")
    assert subsidy.property("problem") == "warning"
    assert "10.000,00" in child(wizard, "subsidyRule").text()
    assert child(wizard, "advanceAmount").text() == "7.125,00"
    # Nothing demonstrated yet: all of the advance goes back.
    assert child(wizard, "balanceAmount").text() == "7.125,00"
    assert "pay back" in wizard.pages[PageId.COSTS].balance_label.text()
    window.saver.flush()
    assert stored(db_path, report_id).subsidy == 9_500_00
    child(wizard, "useRuleSubsidy").click()
    assert subsidy.property("problem") == ""
    window.saver.flush()
    assert stored(db_path, report_id).subsidy is None


def test_balance_to_pay_back_when_costs_do_not_justify_the_advance(open_report):
    report = Report(year=2016)
    report.costs["personnel"] = CostLine(5_000_00)
    _window, wizard, _ = open_report(report)
    assert child(wizard, "unjustifiedAmount").text() == "5.000,00"
    assert child(wizard, "unjustifiedAmount").property("problem") == "warning"
    assert child(wizard, "balanceAmount").text() == "2.500,00"
    assert "pay back" in wizard.pages[PageId.COSTS].balance_label.text()


def test_amounts_are_written_in_the_language_of_the_report(open_report):
    report = Report(year=2016, language="fr")
    report.costs[COST_CATEGORIES[0]] = CostLine(1_234_567_89)
    _window, wizard, _ = open_report(report)
    assert child(wizard, "costs").model().index(0, 0).data() == "1\u00a0234\u00a0567,89"


def test_delete_empties_a_cell(qtbot, open_report, db_path):
    report = Report(year=2016)
    report.costs["operating"] = CostLine(1_000_00)
    window, wizard, report_id = open_report(report)
    wizard.show_page(PageId.COSTS)
    costs = child(wizard, "costs")
    costs.setFocus()
    costs.setCurrentIndex(costs.model().index(4, 0))
    qtbot.keyClick(costs, Qt.Key.Key_Delete)
    assert costs.model().index(4, 0).data() == "0,00"
    window.saver.flush()
    assert stored(db_path, report_id).costs["operating"].total_amount == 0


def test_changing_the_report_language_rewrites_the_amounts(qtbot, open_report):
    report = Report(year=2016)
    report.costs["personnel"] = CostLine(50_000_00)
    _window, wizard, _ = open_report(report)
    wizard.show_page(PageId.IDENTIFICATION)
    language = child(wizard, "language")
    language.setFocus()
    qtbot.keyClick(language, Qt.Key.Key_Down)
    assert child(wizard, "costs").model().index(0, 0).data() == "50\u00a0000,00"
    assert child(wizard, "demonstratedAmount").text() == "50\u00a0000,00"
