"""Page 6: signatories, and the list of problems that leads to their fields."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget

from desktop_app.domain.model import Report
from desktop_app.ui.wizard import PageId
from factories import make_valid_report
from ui_helpers import child, stored, type_text


def test_signatories_typed(qtbot, open_report, db_path):
    window, wizard, report_id = open_report()
    type_text(qtbot, wizard, PageId.CHECK_SIGN, "signatories.president", "Jan Janssens")
    type_text(qtbot, wizard, PageId.CHECK_SIGN, "signatories.secretary", "Marie Dubois")
    type_text(qtbot, wizard, PageId.CHECK_SIGN, "signatories.place", "Voorbeeld")
    type_text(qtbot, wizard, PageId.CHECK_SIGN, "signatories.date", "15-02-2017")
    window.saver.flush()
    signatories = stored(db_path, report_id).signatories
    assert (signatories.president, signatories.secretary, signatories.place, signatories.date) == (
        "Jan Janssens", "Marie Dubois", "Voorbeeld", dt.date(2017, 2, 15))


def item_for(problems: QListWidget, path: str):
    for row in range(problems.count()):
        if problems.item(row).data(Qt.ItemDataRole.UserRole + 1) == path:
            return problems.item(row)
    raise AssertionError(f"no problem listed for {path}")


def test_double_click_on_a_problem_focuses_its_field(qtbot, open_report):
    report = make_valid_report()
    report.promoter.email = "an.peeters@"
    _window, wizard, _ = open_report(report)
    wizard.show_page(PageId.CHECK_SIGN)
    problems = child(wizard, "problems", QListWidget)
    item = item_for(problems, "promoter.email")
    rect = problems.visualItemRect(item)
    # A real double-click is a click followed by a double-click event (QTest sends only the latter).
    qtbot.mouseClick(problems.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(problems.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert wizard.currentId() == PageId.IDENTIFICATION
    assert QApplication.focusWidget() is child(wizard, "promoter.email")


def test_enter_on_a_problem_selects_its_cell(qtbot, open_report):
    report = make_valid_report()
    report.unreadable["training.work-linked-training.o3"] = "veel"
    _window, wizard, _ = open_report(report)
    wizard.show_page(PageId.CHECK_SIGN)
    problems = child(wizard, "problems", QListWidget)
    problems.setFocus()
    problems.setCurrentItem(item_for(problems, "training.work-linked-training.o3"))
    qtbot.keyClick(problems, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.TRAINING
    grid = child(wizard, "training")
    assert QApplication.focusWidget() is grid
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (4, 2)


def test_every_problem_is_listed_and_counted_in_the_titles(open_report):
    _window, wizard, _ = open_report(Report(year=2016))
    wizard.show_page(PageId.CHECK_SIGN)  # from here on every problem is marked
    problems = child(wizard, "problems", QListWidget)
    assert problems.count() == len(wizard.problems) > 0
    errors = warnings = 0
    for page_id, page in wizard.pages.items():
        errors += page.error_count()
        warnings += page.warning_count()
        counts = ", ".join([f"{page.error_count()} error(s)"] * bool(page.error_count())
                           + [f"{page.warning_count()} warning(s)"] * bool(page.warning_count()))
        assert page.title() == (f"{page.heading()} ({counts})" if counts else page.heading())
    assert errors == sum(p.is_error for p in wizard.problems)
    assert errors + warnings == len(wizard.problems)
    assert wizard.pages[PageId.IDENTIFICATION].title().startswith("Identification (")


def test_a_complete_report_has_no_errors(open_report):
    _window, wizard, _ = open_report(make_valid_report())
    assert not [p for p in wizard.problems if p.is_error]
    assert "Errors: 0" in child(wizard, "problemSummary").text() or "No problems" in child(wizard, "problemSummary").text()


def test_next_is_never_blocked(qtbot, open_report):
    _window, wizard, _ = open_report(Report())
    for page_id in list(PageId)[1:]:
        qtbot.mouseClick(wizard.button(wizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        assert wizard.currentId() == page_id


def test_enter_in_a_table_does_not_turn_the_page(qtbot, open_report):
    _window, wizard, _ = open_report()
    wizard.show_page(PageId.COSTS)
    costs = child(wizard, "costs")
    costs.setFocus()
    costs.setCurrentIndex(costs.model().index(0, 0))
    qtbot.keyClick(costs, Qt.Key.Key_Return)  # goes down a cell
    qtbot.keyClick(costs, Qt.Key.Key_F2)  # opens the editor
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # closes it
    assert wizard.currentId() == PageId.COSTS


def test_enter_in_a_field_goes_to_the_next_page(qtbot, open_report):
    _window, wizard, _ = open_report()
    field = type_text(qtbot, wizard, PageId.IDENTIFICATION, "promoter.name", "X")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.NARRATIVE


def test_the_wizard_shortcuts_turn_the_pages(qtbot, open_report):
    _window, wizard, _ = open_report()
    child(wizard, "promoter.name").setFocus()
    # A mnemonic "animates" the click: the button fires a moment later.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.NARRATIVE, timeout=1000)
    qtbot.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.IDENTIFICATION, timeout=1000)


def test_tab_order_of_the_signature(qtbot, open_report):
    _window, wizard, _ = open_report()
    wizard.show_page(PageId.CHECK_SIGN)
    child(wizard, "signatories.president").setFocus()
    order = ["signatories.president"]
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().objectName())
    assert order == ["signatories.president", "signatories.secretary", "signatories.place", "signatories.date", "problems"]
