"""File ▸ Restore from backup… (issue 11, item 5): the backups with their date and reports,
restoring puts the copy in place, keeps the current file aside and reopens the list."""

from __future__ import annotations

import errno
import hashlib
import logging
import threading
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTableWidget

from desktop_app.domain.model import Report
from desktop_app.storage import ReportStore
from desktop_app.storage.backups import list_backups
from desktop_app.ui.dialogs import restore
from desktop_app.ui.dialogs.restore import RestoreDialog
from ui_helpers import cell_text, child, row_count


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
    assert row_count(window.report_list) == 2
    dialog = window.restore_from_backup()
    qtbot.waitExposed(dialog)
    table = child(dialog, "backupList", QTableWidget)
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=3000)  # read in a worker
    assert "2015  OCMW Oud" in table.item(0, 1).text() and "OCMW Later" not in table.item(0, 1).text()
    [backup] = list_backups(db_path)
    assert table.item(0, 0).text() == f"{backup.taken_at:%d-%m-%Y %H:%M}"
    note = child(dialog, "restoreNote", QLabel).text()
    assert "reports-before-restore-" in note

    qtbot.mouseClick(child(dialog, "restoreBackup", QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row_count(window.report_list) == 1, timeout=3000)
    assert cell_text(window.report_list, 0, 0) == "OCMW Oud"
    asides = list(db_path.parent.glob("reports-before-restore-*.sqlite"))
    assert len(asides) == 1
    assert hashlib.sha256(asides[0].read_bytes()).hexdigest() == current
    assert "kept as " + asides[0].name in window.statusBar().currentMessage()
    # The window goes on with the restored file.
    window.new_report()
    assert window.wizard is not None
    window.close_report()
    assert row_count(window.report_list) == 2


def test_without_backups_the_dialog_says_so_and_restores_nothing(qtbot, open_report, db_path):
    window, wizard, _report_id = open_report(_named("OCMW Open", 2016))
    dialog = window.restore_from_backup()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: "no backups yet" in child(dialog, "restoreIntro", QLabel).text(), timeout=3000)
    assert child(dialog, "backupList", QTableWidget).rowCount() == 0
    assert not child(dialog, "restoreBackup", QPushButton).isEnabled()
    dialog.reject()
    assert QApplication.activeModalWidget() is None or QApplication.activeModalWidget() is not dialog


def test_a_damaged_file_at_start_offers_a_backup_and_keeps_the_damaged_file(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog, QMessageBox

    from desktop_app.storage import StorageError
    from desktop_app.ui.dialogs import restore

    path = tmp_path / "reports.sqlite"
    store = ReportStore.open(path)
    for i in range(30):
        report = _named(f"OCMW {i}", 2016)
        report.narrative = "tekst " * 400
        store.create(report)
    store.close()
    ReportStore.open(path, backups=True).close()
    page = 4096
    with open(path, "r+b") as handle:  # damage pages in the middle
        for number in range(path.stat().st_size // page // 2, path.stat().st_size // page // 2 + 3):
            handle.seek(number * page)
            handle.write(bytes(range(256)) * (page // 256))
    damaged = hashlib.sha256(path.read_bytes()).hexdigest()
    try:
        ReportStore.open(path)
        raise AssertionError("the damaged file was opened")
    except StorageError as error:
        assert error.code == "damaged"
        message = error.message.get("nl")

    questions = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda parent, title, text, *args: questions.append(text) or QMessageBox.StandardButton.Yes))

    def choose_first(dialog):
        qtbot.waitUntil(lambda: dialog.listed, timeout=3000)  # the list is read in a worker
        dialog.table.selectRow(0)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(restore.RestoreDialog, "exec", choose_first)
    opened = restore.restore_at_start(path, message)
    assert opened is not None
    try:
        assert len(opened.list_reports()) == 30
        assert opened.backups
    finally:
        opened.close()
    assert "beschadigd" in questions[0] and questions[0].endswith("Restore a backup now?")
    [aside] = tmp_path.glob("reports-before-restore-*.sqlite")
    assert hashlib.sha256(aside.read_bytes()).hexdigest() == damaged
    assert len(list_backups(path)) == 1  # no copy of the restored copy


class HeldListing:
    """``restore.list_backups`` made to wait, inside the real call, until :meth:`release` (at
    most ``patience`` seconds, so that the code before the worker fails instead of hanging)."""

    def __init__(self, monkeypatch, patience: float = 5.0):
        self.gate, self.ended = threading.Event(), threading.Event()
        self.threads: list[str] = []

        def held(db_path):
            self.threads.append(threading.current_thread().name)
            self.gate.wait(patience)
            try:
                return list_backups(db_path)
            finally:
                self.ended.set()

        monkeypatch.setattr(restore, "list_backups", held)

    def release(self) -> None:
        self.gate.set()


def _with_one_backup(db_path) -> None:
    store = ReportStore.open(db_path)
    store.create(_named("OCMW Oud", 2015))
    store.close()
    ReportStore.open(db_path, backups=True).close()


def test_the_dialog_shows_at_once_and_fills_its_list_when_the_backups_are_read(qtbot, show_window, db_path,
                                                                               monkeypatch):
    """Listing opens every backup file (issue 17: 153 ms for 22 copies of 2,500 reports, and a
    share that stopped answering would freeze the window): the dialog opens before it ends."""
    _with_one_backup(db_path)
    window = show_window()
    held = HeldListing(monkeypatch)
    started = time.monotonic()
    dialog = window.restore_from_backup()
    assert time.monotonic() - started < 2.0 and not held.ended.is_set()
    qtbot.waitExposed(dialog)
    assert child(dialog, "restoreIntro", QLabel).text() == "Reading the backups…"
    table = child(dialog, "backupList", QTableWidget)
    assert table.rowCount() == 0 and not child(dialog, "restoreBackup", QPushButton).isEnabled()
    assert held.threads and held.threads[0] != threading.current_thread().name
    held.release()
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=3000)
    assert "2015  OCMW Oud" in table.item(0, 1).text()
    assert table.selectionModel().selectedRows()[0].row() == 0
    assert child(dialog, "restoreBackup", QPushButton).isEnabled()
    assert "Copies of your reports" in child(dialog, "restoreIntro", QLabel).text()
    dialog.reject()


def test_escape_while_the_backups_are_read_closes_the_dialog_and_drops_the_list(qtbot, show_window, db_path,
                                                                                monkeypatch):
    _with_one_backup(db_path)
    window = show_window()
    held = HeldListing(monkeypatch)
    dialog = window.restore_from_backup()
    qtbot.waitExposed(dialog)
    assert not held.ended.is_set()  # still reading
    chosen: list = []
    dialog.restore_chosen.connect(chosen.append)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not [w for w in QApplication.topLevelWidgets()
                                 if isinstance(w, RestoreDialog) and w.isVisible()], timeout=3000)
    held.release()
    assert held.ended.wait(5)
    qtbot.wait(100)  # the dialog's timer, had it survived, would take the list now
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, RestoreDialog) and w.isVisible()]
    assert chosen == [] and row_count(window.report_list) == 1
    # The menu opens the dialog again, and this time it is filled.
    again = window.restore_from_backup()
    qtbot.waitUntil(lambda: again.listed and again.table.rowCount() == 1, timeout=3000)
    again.reject()


def test_backups_that_cannot_be_read_are_said_in_the_dialog_and_logged(qtbot, show_window, db_path, monkeypatch,
                                                                       caplog):
    _with_one_backup(db_path)
    window = show_window()
    folder = db_path.parent / "backups"

    def failing(_db_path):
        raise OSError(errno.EIO, "Input/output error", str(folder))

    monkeypatch.setattr(restore, "list_backups", failing)
    with caplog.at_level(logging.ERROR, logger="clusterverslag"):
        dialog = window.restore_from_backup()
        intro = child(dialog, "restoreIntro", QLabel)
        qtbot.waitUntil(lambda: intro.text().startswith("The backups cannot be read"), timeout=3000)
    assert intro.text() == f"The backups cannot be read:\n[Errno 5] Input/output error: '{folder}'"
    assert dialog.table.rowCount() == 0 and not child(dialog, "restoreBackup", QPushButton).isEnabled()
    assert any("could not be listed" in record.getMessage() for record in caplog.records)
    dialog.reject()


def test_a_backup_with_many_reports_names_the_newest_ten_and_counts_the_rest(qtbot, db_path):
    """With 2,500 reports in each of 22 backups, rows as tall as their lists took 370 ms to size
    on the window's thread (issue 17); a row names ten reports, newest years first."""
    store = ReportStore.open(db_path)
    for year in range(2004, 2017):  # 13 reports
        store.create(_named(f"OCMW {year}", year))
    store.close()
    ReportStore.open(db_path, backups=True).close()
    dialog = RestoreDialog(db_path)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.listed, timeout=3000)
    lines = dialog.table.item(0, 1).text().split("\n")
    assert lines == [f"{year}  OCMW {year}" for year in range(2016, 2006, -1)] + ["… and 3 more"]
