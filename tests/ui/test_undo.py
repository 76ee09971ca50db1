"""Undo and redo of every change to a report (Edit ▸ Undo, Ctrl+Z; Redo, Ctrl+Shift+Z and
Ctrl+Y): typing, grid cells, members and partnerships added, removed and moved, the subsidy
reset; across pages, saved by the autosave, never in a read-only view."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from desktop_app.domain.model import CostLine, Organisation, Partnership, Report
from desktop_app.ui.wizard import PageId
from ui_helpers import child, stored, type_in_cell, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def full_report() -> Report:
    report = Report(year=2016, narrative="Het jaar.")
    report.promoter.name = "OCMW Lier"
    report.members = [Organisation("o2", "OCMW Nijlen"), Organisation("o3", "OCMW Duffel", "0212.345.678"),
                      Organisation("o4", "OCMW Berlaar")]
    report.set_count("assessment", "o1", 4)
    report.set_count("assessment", "o3", 7)
    report.set_count("work-linked-training", "o3", 2)
    report.partnerships = [
        Partnership("VDAB", "regional-employment-service", "OV-1", dt.date(2016, 2, 1), "Trajecten"),
        Partnership("De Winning", "social-economy", "OV-2", dt.date(2016, 3, 1), "Werkplekken"),
        Partnership("CVO", "training-provider", "OV-3", dt.date(2016, 4, 1), "Lessen"),
    ]
    report.costs["personnel"] = CostLine(5_000_000, 0, 3_000_000, 0)
    report.subsidy = 900_000
    return report


def undo(qtbot, window):
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Z, CTRL)


def redo(qtbot, window, key="shift-z"):
    widget = QApplication.focusWidget() or window
    if key == "ctrl-y":
        qtbot.keyClick(widget, Qt.Key.Key_Y, CTRL)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL | SHIFT)


def test_typing_is_undone_a_word_at_a_time_and_redone(qtbot, open_report):
    window, wizard, _ = open_report(full_report())
    before = wizard.report.copy()
    field = type_text(qtbot, wizard, PageId.IDENTIFICATION, "promoter.contactPerson", "An Peeters", replace=False)
    typed = wizard.report.copy()
    assert typed.promoter.contact_person == "An Peeters"
    undo(qtbot, window)
    assert field.text() == "An "
    undo(qtbot, window)
    assert field.text() == ""
    assert wizard.report == before
    assert not window.undo_action.isEnabled()
    undo(qtbot, window)  # nothing left: the field's own undo must not act either
    assert field.text() == "" and wizard.report == before
    redo(qtbot, window)
    assert field.text() == "An "
    redo(qtbot, window, "ctrl-y")
    assert field.text() == "An Peeters"
    assert wizard.report == typed


def test_a_typing_run_ends_when_the_field_is_left(qtbot, open_report):
    window, wizard, _ = open_report(full_report())
    type_text(qtbot, wizard, PageId.IDENTIFICATION, "promoter.phone", "03", replace=False)
    type_text(qtbot, wizard, PageId.IDENTIFICATION, "promoter.street", "Markt", replace=False)
    phone = child(wizard, "promoter.phone", QLineEdit)
    phone.setFocus()
    phone.end(False)
    qtbot.keyClicks(phone, "48")
    undo(qtbot, window)
    assert phone.text() == "03"
    assert child(wizard, "promoter.street", QLineEdit).text() == "Markt"


@pytest.mark.parametrize("page, grid, row, column, text, check", [
    (PageId.TRAINING, "training", 1, 2, "5", lambda r: r.count("collective-pretraining", "o3") == 5),
    (PageId.COSTS, "costs", 1, 0, "1.250,00", lambda r: r.costs["activated-wages"].total_amount == 125_000),
    (PageId.COSTS, "costs", 0, 2, "x", lambda r: r.unreadable.get("costs.personnel.publicShare") == "x"),
    (PageId.PARTNERSHIPS, "partnerships", 1, 0, "Groep", lambda r: r.partnerships[1].partner == "Groep"),
    (PageId.IDENTIFICATION, "members", 2, 1, "0", lambda r: r.members[2].enterprise_number == "0"),
])
def test_a_grid_cell_is_undone_and_redone(qtbot, open_report, page, grid, row, column, text, check):
    window, wizard, _ = open_report(full_report())
    before = wizard.report.copy()
    wizard.show_page(page)
    view = child(wizard, grid)
    type_in_cell(qtbot, view, row, column, text)
    assert check(wizard.report)
    after = wizard.report.copy()
    undo(qtbot, window)
    assert wizard.report == before
    assert view.model().index(row, column).data() != text
    redo(qtbot, window)
    assert wizard.report == after and check(wizard.report)


def test_emptying_a_cell_with_delete_is_undone(qtbot, open_report):
    window, wizard, _ = open_report(full_report())
    before = wizard.report.copy()
    wizard.show_page(PageId.TRAINING)
    view = child(wizard, "training")
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 2))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert wizard.report.count("assessment", "o3") == 0
    undo(qtbot, window)
    assert wizard.report == before


def test_a_removed_member_comes_back_with_its_counts_at_its_place(qtbot, open_report):
    window, wizard, _ = open_report(full_report())
    before = wizard.report.copy()
    wizard.show_page(PageId.IDENTIFICATION)
    members = child(wizard, "members")
    members.select_cell(members.model().index(1, 0))
    child(wizard, "removeMember", QPushButton).click()
    assert [m.name for m in wizard.report.members] == ["OCMW Nijlen", "OCMW Berlaar"]
    assert wizard.report.count("assessment", "o3") == 0
    note = child(window, "undoNote", QLabel)
    button = child(window, "undoNoteButton", QPushButton)
    assert note.isVisible() and note.text() == "Member removed –" and button.isVisible()
    removed = wizard.report.copy()
    wizard.show_page(PageId.COSTS)
    undo(qtbot, window)
    assert wizard.report == before
    assert wizard.currentId() == PageId.IDENTIFICATION
    assert members.currentIndex().row() == 1 and members.hasFocus()
    assert not note.isVisible()
    training = child(wizard, "training").model()
    assert training.index(0, 2).data() == "7"  # the counts are back in the grid too
    redo(qtbot, window)
    assert wizard.report == removed


def test_the_undo_button_of_the_status_bar_brings_back_a_partnership(qtbot, open_report):
    window, wizard, _ = open_report(full_report())
    before = wizard.report.copy()
    wizard.show_page(PageId.PARTNERSHIPS)
    table = child(wizard, "partnerships")
    table.select_cell(table.model().index(0, 2))
    child(wizard, "removePartnership", QPushButton).click()
    assert [p.partner for p in wizard.report.partnerships] == ["De Winning", "CVO"]
    assert child(window, "undoNote", QLabel).text() == "Partnership removed –"
    qtbot.mouseClick(child(window, "undoNoteButton", QPushButton), Qt.MouseButton.LeftButton)
    assert wizard.report == before
    assert table.currentIndex().row() == 0


@pytest.mark.parametrize("button, expected", [
    ("moveMemberUp", ["OCMW Duffel", "OCMW Nijlen", "OCMW Berlaar"]),
    ("moveMemberDown", ["OCMW Nijlen", "OCMW Berlaar", "OCMW Duffel"]),
    ("addMember", ["OCMW Nijlen", "OCMW Duffel", "OCMW Berlaar", ""]),
])
def test_moving_and_adding_members_is_undone(qtbot, open_report, button, expected):
    window, wizard, _ = open_report(full_report())
    before = wizard.report.copy()
    wizard.show_page(PageId.IDENTIFICATION)
    members = child(wizard, "members")
    members.select_cell(members.model().index(1, 0))
    child(wizard, button, QPushButton).click()
    if button == "addMember":
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert [m.name for m in wizard.report.members] == expected
    after = wizard.report.copy()
    undo(qtbot, window)
    assert wizard.report == before
    if button != "addMember":
        assert members.currentIndex().row() == 1  # the moved member, back at its place
    redo(qtbot, window)
    assert wizard.report == after


def test_the_subsidy_reset_is_undone(qtbot, open_report):
    window, wizard, _ = open_report(full_report())
    wizard.show_page(PageId.COSTS)
    child(wizard, "useRuleSubsidy", QPushButton).click()
    assert wizard.report.subsidy is None
    undo(qtbot, window)
    assert wizard.report.subsidy == 900_000
    assert child(wizard, "subsidyAmount", QLineEdit).text() == "9.000,00"


def test_undo_shows_the_page_and_field_of_the_change(qtbot, open_report):
    window, wizard, _ = open_report(full_report())
    type_text(qtbot, wizard, PageId.IDENTIFICATION, "promoter.email", "a@b.be", replace=False)
    wizard.show_page(PageId.CHECK_SIGN)
    child(wizard, "signatories.place", QLineEdit).setFocus()
    undo(qtbot, window)
    assert wizard.currentId() == PageId.IDENTIFICATION
    field = child(wizard, "promoter.email", QLineEdit)
    assert field.hasFocus() and field.text() == ""


def test_an_undo_after_the_autosave_is_saved(qtbot, open_report, db_path):
    window, wizard, report_id = open_report(full_report())
    before = stored(db_path, report_id)
    wizard.show_page(PageId.PARTNERSHIPS)
    table = child(wizard, "partnerships")
    table.select_cell(table.model().index(1, 0))
    child(wizard, "removePartnership", QPushButton).click()
    qtbot.waitUntil(lambda: len(stored(db_path, report_id).partnerships) == 2, timeout=2000)
    undo(qtbot, window)
    qtbot.waitUntil(lambda: window.saver.state == "saved", timeout=2000)
    assert stored(db_path, report_id) == before
    redo(qtbot, window)
    qtbot.waitUntil(lambda: window.saver.state == "saved", timeout=2000)
    assert [p.partner for p in stored(db_path, report_id).partnerships] == ["VDAB", "CVO"]


def test_the_narrative_is_undone_by_the_report_not_by_the_editor(qtbot, open_report):
    window, wizard, _ = open_report(full_report())
    wizard.show_page(PageId.NARRATIVE)
    editor = child(wizard, "narrative")
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Goed.")
    assert editor.toPlainText().endswith("Goed.")
    undo(qtbot, window)
    undo(qtbot, window)
    assert editor.toPlainText() == "Het jaar."
    undo(qtbot, window)
    assert editor.toPlainText() == "Het jaar."


def test_nothing_can_be_undone_in_a_read_only_view(qtbot, show_window, tmp_path):
    window = show_window()
    wizard = window.show_read_only(full_report(), tmp_path / "x.xml")
    before = wizard.report.copy()
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    wizard.show_page(PageId.IDENTIFICATION)
    field = child(wizard, "promoter.name", QLineEdit)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    wizard.undo()
    assert wizard.report == before and field.text() == "OCMW Lier"
    assert wizard.undo_stack.count() == 0


def test_ctrl_z_in_an_open_cell_editor_takes_back_what_it_holds(qtbot, open_report):
    window, wizard, _ = open_report(full_report())
    before = wizard.report.copy()
    wizard.show_page(PageId.COSTS)
    view = child(wizard, "costs")
    view.setFocus()
    view.setCurrentIndex(view.model().index(2, 0))
    qtbot.keyClick(view, "1")
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "2")
    assert isinstance(editor, QLineEdit) and editor.text() == "12"
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert wizard.report == before
    assert view.model().index(2, 0).data() == "0,00"
    redo(qtbot, window)
    assert wizard.report.costs["third-party-agreements"].total_amount == 1200


@pytest.mark.parametrize("button, expected", [
    ("movePartnershipUp", ["De Winning", "VDAB", "CVO"]),
    ("movePartnershipDown", ["VDAB", "CVO", "De Winning"]),
])
def test_moving_a_partnership_is_undone(qtbot, open_report, button, expected):
    window, wizard, _ = open_report(full_report())
    before = wizard.report.copy()
    wizard.show_page(PageId.PARTNERSHIPS)
    table = child(wizard, "partnerships")
    table.select_cell(table.model().index(1, 3))
    child(wizard, button, QPushButton).click()
    assert [p.partner for p in wizard.report.partnerships] == expected
    moved = wizard.report.copy()
    assert table.currentIndex().row() == expected.index("De Winning")
    undo(qtbot, window)
    assert wizard.report == before
    assert table.currentIndex().row() == 1  # the moved partnership, back at its place
    redo(qtbot, window)
    assert wizard.report == moved
    assert table.currentIndex().row() == expected.index("De Winning")
