"""Totals in the grids count only readable, non-negative cells, and say when they leave one out
(issue 13): a row with -2 never totals -1 persons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor

from desktop_app.domain.model import Report
from desktop_app.ui.widgets.marking import COLOURS, PROBLEM_ROLE
from desktop_app.ui.wizard import PageId
from ui_helpers import child, type_in_cell

TOOLTIP = Qt.ItemDataRole.ToolTipRole
DESCRIPTION = Qt.ItemDataRole.AccessibleDescriptionRole


def three_ocmws() -> Report:
    report = Report(year=2016)
    report.promoter.name = "OCMW Een"
    report.add_member("OCMW Twee")
    report.add_member("OCMW Drie")
    return report


def test_a_negative_count_is_an_error_at_its_cell_and_left_out_of_every_total(qtbot, open_report, compiled_translations):
    window, wizard, _ = open_report(three_ocmws())
    window.findChild(QAction, "language_nl").trigger()
    wizard.show_page(PageId.TRAINING)
    grid = child(wizard, "training")
    model = grid.model()
    type_in_cell(qtbot, grid, 0, 0, "1")
    type_in_cell(qtbot, grid, 0, 1, "-2")
    assert model.index(0, 1).data(PROBLEM_ROLE).severity == "error"
    qtbot.waitUntil(lambda: model.index(0, 3).data() != "1", timeout=2000)
    assert model.index(0, 3).data() == "* 1"  # the category's total: never -1
    assert model.index(7, 1).data() == "* 0"  # OCMW Twee over every category
    assert model.index(7, 3).data() == "* 1"  # total activated persons
    assert model.index(7, 0).data() == "1"  # the promoter's total leaves nothing out
    assert "niet meegeteld" not in (model.index(7, 0).data(TOOLTIP) or "")
    assert "1 cel niet meegeteld" in model.index(0, 3).data(TOOLTIP)
    assert model.index(0, 3).data(DESCRIPTION) == model.index(0, 3).data(TOOLTIP)
    assert model.index(0, 3).data(Qt.ItemDataRole.ForegroundRole) == QColor(COLOURS["warning"])

    type_in_cell(qtbot, grid, 1, 1, "drie")  # unreadable: left out as well
    qtbot.waitUntil(lambda: "2 cellen" in (model.index(7, 1).data(TOOLTIP) or ""), timeout=2000)
    assert model.index(1, 3).data() == "* 0"

    type_in_cell(qtbot, grid, 0, 1, "2")
    type_in_cell(qtbot, grid, 1, 1, "3")
    qtbot.waitUntil(lambda: model.index(7, 3).data() == "6", timeout=2000)
    assert model.index(0, 3).data() == "3" and "niet meegeteld" not in (model.index(0, 3).data(TOOLTIP) or "")


def test_the_note_on_a_total_is_in_the_windows_language(qtbot, open_report, compiled_translations):
    window, wizard, _ = open_report(three_ocmws())
    window.findChild(QAction, "language_fr").trigger()
    wizard.show_page(PageId.TRAINING)
    grid = child(wizard, "training")
    model = grid.model()
    type_in_cell(qtbot, grid, 0, 1, "-2")
    type_in_cell(qtbot, grid, 2, 1, "-1")
    qtbot.waitUntil(lambda: bool(model.index(7, 1).data(TOOLTIP)), timeout=2000)
    assert "2 cellules non comptées" in model.index(7, 1).data(TOOLTIP)
    assert "1 cellule non comptée" in model.index(0, 3).data(TOOLTIP)
    window.findChild(QAction, "language_nl").trigger()
    assert "2 cellen niet meegeteld" in model.index(7, 1).data(TOOLTIP)


def test_a_negative_or_unreadable_amount_is_left_out_of_the_cost_totals(qtbot, open_report, compiled_translations):
    window, wizard, _ = open_report(three_ocmws())
    window.findChild(QAction, "language_nl").trigger()
    wizard.show_page(PageId.COSTS)
    grid = child(wizard, "costs")
    model = grid.model()
    type_in_cell(qtbot, grid, 0, 0, "10.000,00")  # personnel, total amount
    type_in_cell(qtbot, grid, 0, 1, "-1.000,00")  # personnel, OCMW share: negative
    type_in_cell(qtbot, grid, 3, 3, "12,3,4")  # training, income: unreadable
    assert model.index(0, 1).data(PROBLEM_ROLE).severity == "error"
    qtbot.waitUntil(lambda: model.index(0, 4).data() == "* 10.000,00", timeout=2000)  # the line's cluster share
    assert model.index(5, 1).data() == "* 0,00"  # OCMW shares: the negative one counts as nothing
    assert model.index(5, 3).data() == "* 0,00"
    assert model.index(5, 0).data() == "10.000,00"  # total amounts: nothing left out
    assert model.index(5, 4).data() == "* 10.000,00"
    assert "2 cellen niet meegeteld" in model.index(5, 4).data(TOOLTIP)
    assert child(wizard, "demonstratedAmount").text() == "10.000,00"
