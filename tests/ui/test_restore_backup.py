"""File ▸ Restore from backup… (issue 11, item 5): the backups with their date and reports,
restoring puts the copy in place, keeps the current file aside and reopens the list."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTableWidget

from desktop_app.domain.model import Report
from desktop_app.storage import ReportStore
from desktop_app.storage.backups import list_backups
from ui_helpers import child


def _named(name: str, year: int) -> Report:
    report = Report(year=year)
    report.promoter.name = name
    return report


def test_restore_lists_the_backups_and_restores_one_keeping_the_current_file(qtbot, show_window, db_path):
    store = ReportStore.open(db_path)
    store.create(_named("OCMW Oud", 2015))
    store.close()
    ReportStore.open(db_path, backups=True).close()  # the copy taken at a start
    store = ReportStore.open(db_path)
    store.create(_named("OCMW Later", 2016))
    store.close()
    current = hashlib.sha256(db_path.read_bytes()).hexdigest()

    window = show_window()
    assert window.report_list.rowCount() == 2
    dialog = window.restore_from_backup()
    qtbot.waitExposed(dialog)
    table = child(dialog, "backupList", QTableWidget)
    assert table.rowCount() == 1
    assert "2015  OCMW Oud" in table.item(0, 1).text() and "OCMW Later" not in table.item(0, 1).text()
    [backup] = list_backups(db_path)
    assert table.item(0, 0).text() == f"{backup.taken_at:%d-%m-%Y %H:%M}"
    note = child(dialog, "restoreNote", QLabel).text()
    assert "reports-before-restore-" in note

    qtbot.mouseClick(child(dialog, "restoreBackup", QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.report_list.rowCount() == 1, timeout=3000)
    assert window.report_list.item(0, 0).text() == "OCMW Oud"
    asides = list(db_path.parent.glob("reports-before-restore-*.sqlite"))
    assert len(asides) == 1
    assert hashlib.sha256(asides[0].read_bytes()).hexdigest() == current
    assert "kept as " + asides[0].name in window.statusBar().currentMessage()
    # The window goes on with the restored file.
    window.new_report()
    assert window.wizard is not None
    window.close_report()
    assert window.report_list.rowCount() == 2


def test_without_backups_the_dialog_says_so_and_restores_nothing(qtbot, open_report, db_path):
    window, wizard, _report_id = open_report(_named("OCMW Open", 2016))
    dialog = window.restore_from_backup()
    qtbot.waitExposed(dialog)
    assert child(dialog, "backupList", QTableWidget).rowCount() == 0
    assert "no backups yet" in child(dialog, "restoreIntro", QLabel).text()
    assert not child(dialog, "restoreBackup", QPushButton).isEnabled()
    dialog.reject()
    assert QApplication.activeModalWidget() is None or QApplication.activeModalWidget() is not dialog
