"""An entirely empty training section is a warning at the grid (issue 13), shown like an empty
required field: once the user has left the grid or opened the check page, not on a new report."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.domain.model import Report
from desktop_app.ui.wizard import PageId
from ui_helpers import child, type_in_cell


def new_report() -> Report:
    report = Report(year=2016)
    report.add_member("OCMW Twee")
    report.add_member("OCMW Drie")
    return report


def test_the_empty_training_grid_is_marked_once_left_and_then_filled_it_goes(qtbot, open_report):
    _window, wizard, _ = open_report(new_report())
    assert "training-empty" in {p.code for p in wizard.problems}
    wizard.show_page(PageId.TRAINING)
    grid = child(wizard, "training")
    page = wizard.pages[PageId.TRAINING]
    assert grid.property("problem") in (None, "")
    assert page.warning_count() == 0

    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Tab)  # through the cells ...
    while QApplication.focusWidget() is grid or grid.isAncestorOf(QApplication.focusWidget()):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # ... and out of the grid
    qtbot.waitUntil(lambda: grid.property("problem") == "warning", timeout=2000)
    assert page.warning_count() == 1 and page.error_count() == 0
    assert "opleiding" in grid.accessibleDescription() or "training" in grid.accessibleDescription()

    type_in_cell(qtbot, grid, 6, 2, "3")
    qtbot.waitUntil(lambda: grid.property("problem") in (None, ""), timeout=2000)
    assert "training-empty" not in {p.code for p in wizard.problems}


def test_opening_the_check_page_shows_it_at_once(open_report):
    _window, wizard, _ = open_report(new_report())
    wizard.show_page(PageId.CHECK_SIGN)
    assert child(wizard, "training").property("problem") == "warning"
    assert wizard.pages[PageId.TRAINING].warning_count() == 1
