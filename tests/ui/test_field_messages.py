"""The message at the field: a keyboard user reads a field's problem in the page's message
line and a screen reader gets it as the accessible description; the focus stays visible on a
marked field; empty required fields wait until they are left; warnings are counted apart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QWidget

from desktop_app.domain.model import Report
from desktop_app.ui.widgets.marking import COLOURS, PROBLEM_ROLE
from desktop_app.ui.wizard import PageId
from factories import make_valid_report
from ui_helpers import child, type_in_cell, type_text


def message_line(wizard, page_id: PageId):
    return child(wizard.pages[page_id], "fieldMessage")


def shown_message(wizard, page_id: PageId) -> str:
    line = message_line(wizard, page_id)
    assert line.isVisible()
    return line.text()


@pytest.mark.parametrize("page_id, name, typed, expected", [
    (PageId.IDENTIFICATION, "promoter.email", "an.peeters@", "niet geldig"),
    (PageId.IDENTIFICATION, "promoter.enterpriseNumber", "0212.345.678", "bestaat niet"),
    (PageId.IDENTIFICATION, "reportingYear", "20l6", "20l6"),
    (PageId.CHECK_SIGN, "signatories.date", "31-02-2024", "31-02-2024"),
])
def test_a_bad_value_is_said_in_words_when_the_keyboard_leaves_and_comes_back(qtbot, open_report, page_id, name, typed,
                                                                                expected):
    _window, wizard, _ = open_report(make_valid_report())
    field = type_text(qtbot, wizard, page_id, name, typed)
    reason = field.accessibleDescription()
    assert field.property("problem") == "error"
    assert expected in reason, reason
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not field
    # Just left: the line under the form says it.
    text = shown_message(wizard, page_id)
    assert reason and reason in text and field.accessibleName() in text
    assert message_line(wizard, page_id).accessibleDescription() == text
    # Back on the field: said again, and the field still describes it.
    field.setFocus(Qt.FocusReason.BacktabFocusReason)
    assert QApplication.focusWidget() is field
    assert reason in shown_message(wizard, page_id)
    assert field.accessibleDescription() == reason


def test_the_message_names_the_dutch_reason_of_a_bad_email(qtbot, open_report):
    _window, wizard, _ = open_report(make_valid_report())
    field = type_text(qtbot, wizard, PageId.IDENTIFICATION, "promoter.email", "an.peeters@")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    text = shown_message(wizard, PageId.IDENTIFICATION)
    assert "Dit e-mailadres is niet geldig" in text
    assert "E-mail of the contact person" in text


def test_a_count_that_cannot_be_read_is_said_at_its_cell(qtbot, open_report):
    _window, wizard, _ = open_report(make_valid_report())
    wizard.show_page(PageId.TRAINING)
    grid = child(wizard, "training")
    index = type_in_cell(qtbot, grid, 1, 0, "x")
    reason = index.data(PROBLEM_ROLE).reason
    assert "«x»" in reason
    # Enter went down a row; the cell just left is still said, and again when back at it.
    assert QApplication.focusWidget() is grid and grid.currentIndex() == grid.model().index(2, 0)
    assert reason in shown_message(wizard, PageId.TRAINING)
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    assert grid.currentIndex() == index
    assert reason in shown_message(wizard, PageId.TRAINING)
    assert grid.accessibleDescription() == reason
    assert index.data(Qt.ItemDataRole.AccessibleDescriptionRole) == reason
    # Tab to the next cell: the cell just left is still said.
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    assert grid.currentIndex() != index
    assert reason in shown_message(wizard, PageId.TRAINING)
    assert grid.accessibleDescription() == ""  # the current cell has no problem


def test_an_amount_that_cannot_be_read_is_said_at_its_cell(qtbot, open_report):
    _window, wizard, _ = open_report(make_valid_report())
    wizard.show_page(PageId.COSTS)
    grid = child(wizard, "costs")
    index = type_in_cell(qtbot, grid, 0, 1, "10.000,0,0")
    reason = index.data(PROBLEM_ROLE).reason
    assert "10.000,0,0" in reason
    assert reason in shown_message(wizard, PageId.COSTS)  # Enter went down a row: still said
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    assert grid.currentIndex() == index
    assert grid.accessibleDescription() == reason
    # Away from the table with the keyboard (to the subsidy field): still said.
    child(wizard, "subsidyAmount").setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is child(wizard, "subsidyAmount"))
    assert reason in shown_message(wizard, PageId.COSTS)


def test_the_mouse_on_a_marked_field_shows_its_message(qtbot, open_report):
    report = make_valid_report()
    report.promoter.phone = "12"
    _window, wizard, _ = open_report(report)
    wizard.show_page(PageId.IDENTIFICATION)
    qtbot.wait(10)
    phone = child(wizard, "promoter.phone")
    child(wizard, "promoter.name").setFocus()
    assert shown_message(wizard, PageId.IDENTIFICATION) == ""
    qtbot.mouseMove(phone)
    qtbot.waitUntil(lambda: phone.accessibleDescription() in shown_message(wizard, PageId.IDENTIFICATION))


def test_the_message_line_keeps_its_height(qtbot, open_report):
    report = make_valid_report()
    report.promoter.email = "x"
    _window, wizard, _ = open_report(report)
    wizard.show_page(PageId.IDENTIFICATION)
    line = message_line(wizard, PageId.IDENTIFICATION)
    content = child(wizard.pages[PageId.IDENTIFICATION], "pageScroll")
    child(wizard, "promoter.name").setFocus()
    before = (line.geometry(), content.geometry())
    assert line.text() == ""
    child(wizard, "promoter.email").setFocus()
    assert line.text()
    assert (line.geometry(), content.geometry()) == before


def pixel(widget: QWidget, x: int, y: int) -> QColor:
    return widget.grab().toImage().pixelColor(x, y)


def near(colour: QColor, expected: QColor) -> bool:
    return all(abs(a - b) <= 40 for a, b in zip(colour.getRgb()[:3], expected.getRgb()[:3]))


def test_the_focus_stays_visible_on_a_marked_field(qtbot, open_report):
    report = make_valid_report()
    report.promoter.email = "x"
    report.promoter.phone = "1"
    _window, wizard, _ = open_report(report)
    wizard.show_page(PageId.IDENTIFICATION)
    email, phone = child(wizard, "promoter.email"), child(wizard, "promoter.phone")
    red = QColor(COLOURS["error"])
    highlight = QApplication.palette().color(QPalette.ColorRole.Highlight)
    phone.setFocus()
    qtbot.waitUntil(lambda: email.hasFocus() is False)
    # Not focused: red all around.
    assert near(pixel(email, email.width() // 2, 1), red)
    email.setFocus()
    qtbot.waitUntil(email.hasFocus)
    qtbot.wait(10)
    # Focused: a frame in the highlight colour, the red kept as a bar on the left.
    assert near(pixel(email, email.width() // 2, 1), highlight), pixel(email, email.width() // 2, 1).name()
    assert near(pixel(email, 2, email.height() // 2), red)
    assert not near(highlight, red)


def marked(wizard, severity: str = "error") -> list[str]:
    names = [w.objectName() for w in wizard.findChildren(QWidget) if w.property("problem") == severity
             and w.objectName() != "fieldMessage"]
    for grid_name in ("members", "partnerships", "training", "costs"):
        model = child(wizard, grid_name).model()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                mark = model.index(row, column).data(PROBLEM_ROLE)
                if mark and mark.severity == severity:
                    names.append(f"{grid_name}[{row},{column}]")
    return names


def steps(wizard) -> list[str]:
    list_ = child(wizard, "steps", QListWidget)
    return [list_.item(row).text() for row in range(list_.count())]


def test_a_new_report_opens_without_red_until_a_field_is_left(qtbot, open_report):
    _window, wizard, _ = open_report(Report(year=2016))
    wizard.show_page(PageId.IDENTIFICATION)
    assert [p for p in wizard.problems if p.is_error]  # the checks find them all ...
    assert marked(wizard) == []  # ... but nothing is red yet
    assert not any("error" in text for text in steps(wizard)), steps(wizard)
    assert all(page.error_count() == 0 for page in wizard.pages.values())

    # Tab out of the empty name: only that field turns red, and the part counts one error.
    name = child(wizard, "promoter.name")
    name.setFocus()
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    assert marked(wizard) == ["promoter.name"]
    assert wizard.pages[PageId.IDENTIFICATION].title() == "Identification (1 error(s))"
    assert "Identification (1 error(s))" in steps(wizard)[0]
    assert name.accessibleDescription() in shown_message(wizard, PageId.IDENTIFICATION)

    # Opening the check page shows every problem.
    wizard.show_page(PageId.CHECK_SIGN)
    errors = {p.path for p in wizard.problems if p.is_error}
    assert {"promoter.street", "narrative", "signatories.president"} <= errors
    shown = set(marked(wizard))
    assert {"promoter.street", "narrative", "signatories.president", "members"} <= shown
    assert child(wizard, "problems", QListWidget).count() == len(wizard.problems)


def test_a_new_partnership_row_is_red_only_after_its_cells_are_left(qtbot, open_report):
    _window, wizard, _ = open_report(make_valid_report())
    wizard.show_page(PageId.PARTNERSHIPS)
    child(wizard, "addPartnership").click()
    grid = child(wizard, "partnerships")
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # leaves the partner empty, stays on the cell
    qtbot.waitUntil(lambda: QApplication.focusWidget() is grid)
    row = grid.model().rowCount() - 1
    assert marked(wizard) == []
    grid.setCurrentIndex(grid.model().index(row, 1))  # to the category: the partner was left
    assert marked(wizard) == [f"partnerships[{row},0]"]


def test_warnings_are_counted_apart_from_errors(open_report):
    report = make_valid_report()
    report.subsidy = 9_000_00  # differs from the year's 10.000,00: a warning
    report.promoter.email = "x"  # an error
    _window, wizard, _ = open_report(report)
    costs = wizard.pages[PageId.COSTS]
    warnings = [p for p in wizard.problems if not p.is_error and wizard.page_id_for(p.path) == PageId.COSTS]
    assert warnings and costs.error_count() == 0 and costs.warning_count() == len(warnings)
    assert costs.title() == f"Costs ({len(warnings)} warning(s))"
    identification = wizard.pages[PageId.IDENTIFICATION]
    assert identification.error_count() == 1 and identification.warning_count() == 0
    assert identification.title() == "Identification (1 error(s))"


def test_counts_in_dutch_and_french(qtbot, open_report, compiled_translations):
    from desktop_app.ui.i18n import shared_translators

    report = make_valid_report()
    report.subsidy = 9_000_00
    report.promoter.email = "x"
    report.promoter.phone = "1"
    _window, wizard, _ = open_report(report)
    shared_translators().install("nl")
    qtbot.waitUntil(lambda: "fout" in wizard.pages[PageId.IDENTIFICATION].title())
    assert wizard.pages[PageId.IDENTIFICATION].title() == "Identificatie (2 fouten)"
    assert wizard.pages[PageId.COSTS].title().endswith("(1 waarschuwing)") or "waarschuwingen)" in \
        wizard.pages[PageId.COSTS].title()
    shared_translators().install("fr")
    qtbot.waitUntil(lambda: "erreur" in wizard.pages[PageId.IDENTIFICATION].title())
    assert wizard.pages[PageId.IDENTIFICATION].title() == "Identification (2 erreurs)"
    assert "avertissement" in wizard.pages[PageId.COSTS].title()


def test_the_codes_of_empty_fields_are_codes_the_checks_give():
    """A renamed check code would otherwise mark an empty field at once again, silently."""
    from desktop_app.domain.checks import check_report
    from desktop_app.domain.model import Organisation, Partnership
    from desktop_app.ui.widgets.marking import EMPTY_FIELD_CODES

    report = Report()
    report.members = [Organisation("o2", name="")]
    report.partnerships = [Partnership()]
    given = {problem.code for problem in check_report(report)}
    assert EMPTY_FIELD_CODES <= given, EMPTY_FIELD_CODES - given
