"""Page 3: the partnerships table from the keyboard."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton

from desktop_app.domain.model import Partnership, Report
from desktop_app.ui.wizard import PageId
from desktop_app.ui.widgets.marking import PROBLEM_ROLE
from ui_helpers import child, stored, type_in_cell


def test_partnership_typed_in_the_table(qtbot, open_report, db_path):
    window, wizard, report_id = open_report()
    wizard.show_page(PageId.PARTNERSHIPS)
    table = child(wizard, "partnerships")
    child(wizard, "addPartnership", QPushButton).click()
    qtbot.keyClicks(QApplication.focusWidget(), "VDAB")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.model().index(0, 0).data() == "VDAB")

    # The category from its list: select the cell, F2, choose with the arrow keys, Enter.
    table.setCurrentIndex(table.model().index(0, 1))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.model().index(0, 1).data(Qt.ItemDataRole.EditRole) == "regional-employment-service")

    type_in_cell(qtbot, table, 0, 2, "SO-2016-14")
    type_in_cell(qtbot, table, 0, 3, "01-02-2016")
    type_in_cell(qtbot, table, 0, 4, "Gezamenlijke intakes")
    window.saver.flush()
    assert stored(db_path, report_id).partnerships == [Partnership(
        "VDAB", "regional-employment-service", "SO-2016-14", dt.date(2016, 2, 1), "Gezamenlijke intakes")]
    assert table.model().index(0, 3).data() == "01-02-2016"


def test_a_date_that_cannot_be_read_is_kept_and_marked(qtbot, open_report, db_path):
    window, wizard, report_id = open_report(Report(year=2016, partnerships=[Partnership("VDAB")]))
    wizard.show_page(PageId.PARTNERSHIPS)
    table = child(wizard, "partnerships")
    index = type_in_cell(qtbot, table, 0, 3, "31-02-2016")
    assert index.data() == "31-02-2016"
    assert index.data(PROBLEM_ROLE).severity == "error"
    window.saver.flush()
    report = stored(db_path, report_id)
    assert report.partnerships[0].agreement_date is None
    assert report.unreadable == {"partnerships[0].agreementDate": "31-02-2016"}


def test_removing_a_partnership_moves_the_typed_dates_with_their_rows(qtbot, open_report, db_path):
    report = Report(year=2016, partnerships=[Partnership("A"), Partnership("B")])
    report.unreadable["partnerships[1].agreementDate"] = "morgen"
    window, wizard, report_id = open_report(report)
    wizard.show_page(PageId.PARTNERSHIPS)
    table = child(wizard, "partnerships")
    table.setCurrentIndex(table.model().index(0, 0))
    child(wizard, "removePartnership", QPushButton).click()
    window.saver.flush()
    saved = stored(db_path, report_id)
    assert [p.partner for p in saved.partnerships] == ["B"]
    assert saved.unreadable == {"partnerships[0].agreementDate": "morgen"}


def test_the_note_says_only_agreements_count(open_report):
    _window, wizard, _ = open_report()
    assert "agreement" in child(wizard, "partnershipsNote").text()
