"""The main window: the list of reports, new, new from last year's, open, delete to the bin,
restore, empty the bin; and building the window without showing it."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMenu, QTableView

from desktop_app.domain.model import Report
from desktop_app.storage import ReportStore
from desktop_app.ui import create_main_window
from factories import make_valid_report
from ui_helpers import add_report, child, row_count, stored, table_rows


def rows(table: QTableView) -> list[list[str]]:
    return table_rows(table)


def test_create_main_window_builds_without_showing(qapp, db_path):
    report_id = add_report(db_path, make_valid_report())
    window = create_main_window(db_path, report_id)
    try:
        assert not window.isVisible()
        assert window.findChild(QLineEdit, "promoter.name").text() == "OCMW Voorbeeld"
        for name in ("members", "partnerships", "training", "costs", "narrative", "signatories.date"):
            assert window.findChild(object, name) is not None, name
    finally:
        window.close()


def test_the_list_shows_promoter_year_state_and_last_change(show_window, db_path):
    store = ReportStore.open(db_path)
    draft = store.create(Report(year=2015))
    exported = store.create(make_valid_report())
    store.record_export(exported, "ab" * 32, "/tmp/a.pdf", "/tmp/a.xml")
    changed = store.create(make_valid_report())
    store.record_export(changed, "cd" * 32, "/tmp/b.pdf", "/tmp/b.xml")
    report = store.load(changed)
    report.narrative = "Nog aangepast."
    store.save(changed, report)
    store.close()

    window = show_window()
    listed = {r[2]: r for r in rows(child(window, "reportList", QTableView))}
    assert set(listed) == {"Draft", "Exported", "Changed since export"}
    assert listed["Draft"][:2] == ["(promoter not filled in yet)", "2015"]
    assert listed["Exported"][:2] == ["OCMW Voorbeeld", "2016"]
    assert re.fullmatch(r"\d\d-\d\d-\d{4} \d\d:\d\d", listed["Draft"][3])  # the Belgian form
    assert draft and exported


def test_new_report_opens_its_wizard(qtbot, show_window, db_path):
    window = show_window()
    qtbot.mouseClick(window.new_button, Qt.MouseButton.LeftButton)
    assert window.wizard is not None and window.stack.currentWidget() is window.wizard
    assert window.wizard.report.year is not None
    store = ReportStore.open(db_path)
    assert len(store.list_reports()) == 1
    store.close()


def test_new_from_last_years_keeps_the_cluster(qtbot, show_window, db_path):
    add_report(db_path, make_valid_report())
    window = show_window()
    window.report_list.selectRow(0)
    qtbot.mouseClick(window.new_from_previous_button, Qt.MouseButton.LeftButton)
    report = stored(db_path, window.report_id)
    assert report.year == 2017
    assert report.promoter.name == "OCMW Voorbeeld"
    assert [m.name for m in report.members] == ["OCMW Twee", "OCMW Drie"]
    assert report.narrative == "" and report.training == {}


def test_open_with_enter_and_close_back_to_the_list(qtbot, show_window, db_path):
    report_id = add_report(db_path, make_valid_report())
    window = show_window()
    table = child(window, "reportList", QTableView)
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.report_id == report_id
    assert "OCMW Voorbeeld" in window.windowTitle()
    name = child(window, "promoter.name", QLineEdit)
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "OCMW Nieuw")
    qtbot.mouseClick(window.wizard.button(window.wizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert window.wizard is None and window.stack.currentWidget() is window.list_page
    assert rows(table)[0][0] == "OCMW Nieuw"
    assert stored(db_path, report_id).promoter.name == "OCMW Nieuw"


def test_delete_asks_first_then_restore_and_empty_the_bin(qtbot, show_window, db_path, monkeypatch):
    add_report(db_path, make_valid_report())
    window = show_window()
    answers = []
    monkeypatch.setattr(window, "confirm", lambda title, text: answers.pop(0))
    window.report_list.selectRow(0)

    answers.append(False)
    qtbot.mouseClick(window.delete_button, Qt.MouseButton.LeftButton)
    assert row_count(window.report_list) == 1

    answers.append(True)
    qtbot.mouseClick(window.delete_button, Qt.MouseButton.LeftButton)
    assert row_count(window.report_list) == 0
    assert row_count(window.bin_list) == 1
    assert window.tabs.tabText(1) == "Bin (1)"

    window.tabs.setCurrentIndex(1)
    window.bin_list.selectRow(0)
    qtbot.mouseClick(window.restore_button, Qt.MouseButton.LeftButton)
    assert row_count(window.report_list) == 1 and row_count(window.bin_list) == 0

    window.report_list.selectRow(0)
    answers.append(True)
    window.delete_action.trigger()
    answers.append(True)
    qtbot.mouseClick(window.empty_bin_button, Qt.MouseButton.LeftButton)
    store = ReportStore.open(db_path)
    assert store.list_reports() == [] and store.list_reports(deleted=True) == []
    store.close()


def test_menus_and_the_place_of_the_language_menu(show_window):
    window = show_window()
    file_menu = child(window, "fileMenu", QMenu)
    names = [a.objectName() for a in file_menu.actions() if not a.isSeparator()]
    assert names == ["newReport", "newFromPrevious", "openReport", "openSubmission", "readScannedPrint", "closeReport",
                     "signPdf", "verifyPdf", "restoreFromBackup", "deleteReport", "restoreReport", "emptyBin", "quit"]
    assert child(window, "languageMenu", QMenu) is not None


def test_buttons_follow_the_selection(show_window, db_path):
    window = show_window()
    assert not window.open_button.isEnabled() and not window.delete_button.isEnabled()
    assert window.new_button.isEnabled() and not window.new_from_previous_button.isEnabled()
