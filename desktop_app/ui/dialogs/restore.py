"""File ▸ Restore from backup…: the copies in the ``backups`` folder, with their date and the
reports in each (year, promoter), newest first.

Choosing one and *Restore* puts it in the place of the database; the current file is not
deleted but renamed aside with the time in its name, which the dialog says before anything is
done. The dialog opens window-modal without blocking (``open()``); ``restore_chosen`` carries
the chosen copy.

The list is read in a worker thread: finding the reports in each copy opens every backup file
(about 100–150 ms for twenty copies of 2,500 reports, far more on a network share that stopped
answering). The dialog shows at once, saying *Reading the backups…*, and fills its list when
the worker answers; a failure is said in the dialog. Cancel or Escape closes it meanwhile, and
what the worker gives later is dropped (the worker only reads, and its thread does not keep
the program running).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...logfile import logger
from ...storage.backups import Backup, aside_path, has_backups, list_backups
from ..language import format_date, ui_language

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
POLL_MS = 20  # how often the dialog looks whether the worker has answered
# Reports named per backup, the newest years first; the rest are counted. All of them made each
# row as tall as its list: with 2,500 reports, sizing 22 such rows took 370 ms.
LISTED_REPORTS = 10

_log = logger("window")


def _list_in_background(db_path: Path, outcome: dict) -> None:
    """The worker: list the backups into ``outcome`` (it holds nothing of the dialog, which
    may be gone when this ends)."""
    try:
        outcome["backups"] = list_backups(db_path)
    except Exception as error:  # noqa: BLE001 - said in the dialog, which may still be open
        outcome["error"] = error
    outcome["done"] = True


class RestoreDialog(QDialog):
    """The backups of one database; *Restore* emits :attr:`restore_chosen` with the file."""

    restore_chosen = Signal(Path)

    def __init__(self, db_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.db_path = Path(db_path)
        self.backups: list[Backup] = []
        self.listed = False  # the worker answered with the list
        self.listing_error: str | None = None  # why the backups could not be read
        self.intro = QLabel(objectName="restoreIntro", wordWrap=True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 2, objectName="backupList")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel(objectName="restoreNote", wordWrap=True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreBackup")
        self.buttons.accepted.connect(self._restore)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.itemActivated.connect(lambda _item: self._restore())

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(720, 460)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.retranslate()
        self.table.setFocus()
        self._outcome: dict = {}
        threading.Thread(target=_list_in_background, args=(self.db_path, self._outcome),
                         name="backup-listing", daemon=True).start()
        self._poll = QTimer(self, interval=POLL_MS)  # dies with the dialog: a late answer goes nowhere
        self._poll.timeout.connect(self._take_listing)
        self._poll.start()

    def _take_listing(self) -> None:
        """Show the worker's answer once it has come."""
        if not self._outcome.get("done"):
            return
        self._poll.stop()
        error = self._outcome.get("error")
        if error is not None:
            _log.error("the backups of %s could not be listed", self.db_path,
                       exc_info=(type(error), error, error.__traceback__))
            self.listing_error = str(error) or type(error).__name__
        else:
            self.backups = self._outcome["backups"]
            self.listed = True
        self.table.setRowCount(len(self.backups))
        self.retranslate()
        if self.backups:
            self.table.selectRow(0)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore from backup"))
        if self.listing_error is not None:
            intro = self.tr("The backups cannot be read:\n%1").replace("%1", self.listing_error)
        elif not self.listed:
            intro = self.tr("Reading the backups…")
        elif self.backups:
            intro = self.tr(
                "Copies of your reports, taken when the program starts after a change and every ten minutes "
                "while you work. The newest ten are kept, and one per month before that.")
        else:
            intro = self.tr("There are no backups yet: one is taken when the program starts "
                            "after a change, and every ten minutes while you work.")
        self.intro.setText(intro)
        self.table.setHorizontalHeaderLabels([self.tr("Taken on"), self.tr("Reports in it")])
        self.table.setAccessibleName(self.tr("Backups"))
        self.restore_button.setText(self.tr("&Restore"))
        language = ui_language()
        for row, backup in enumerate(self.backups):
            when = QTableWidgetItem(f"{format_date(backup.taken_at.date(), language)} {backup.taken_at:%H:%M}")
            when.setData(PATH_ROLE, str(backup.path))
            self.table.setItem(row, 0, when)
            self.table.setItem(row, 1, QTableWidgetItem(self._reports_text(backup)))
        self.table.resizeRowsToContents()
        self._update()

    def _reports_text(self, backup: Backup) -> str:
        if backup.reports is None:
            return self.tr("(this copy cannot be read)")
        if not backup.reports:
            return self.tr("(no reports)")
        lines = []
        for report in backup.reports[:LISTED_REPORTS]:
            year = str(report.year) if report.year is not None else "–"
            name = report.promoter_name.strip() or self.tr("(promoter not filled in yet)")
            line = f"{year}  {name}"
            if report.deleted:
                line += " " + self.tr("(in the bin)")
            lines.append(line)
        if len(backup.reports) > LISTED_REPORTS:
            lines.append(self.tr("… and %n more", "", len(backup.reports) - LISTED_REPORTS))
        return "\n".join(lines)

    def chosen(self) -> Backup | None:
        """The backup selected in the list."""
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update(self) -> None:
        backup = self.chosen()
        usable = backup is not None and backup.reports is not None
        self.restore_button.setEnabled(usable)
        if usable:
            self.note.setText(self.tr(
                "Restoring replaces the reports by those of this copy. The current file is not deleted: "
                "it is kept in %2, its name followed by the date and time of the restore (%1).")
                .replace("%1", aside_path(self.db_path).name).replace("%2", str(self.db_path.parent)))
        else:
            self.note.setText("")

    def _restore(self) -> None:
        backup = self.chosen()
        if backup is None or backup.reports is None:
            return
        self.accept()
        self.restore_chosen.emit(backup.path)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def open_restore_dialog(parent: QWidget | None, db_path: Path) -> RestoreDialog:
    """Show the backups of ``db_path`` (window-modal, not blocking)."""
    dialog = RestoreDialog(db_path, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog


def restore_at_start(db_path: Path, message: str):
    """The database cannot be opened because it is damaged: offer to restore a backup before
    the window opens. Returns the store on the restored file, or None (nothing was changed)."""
    import sqlite3

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from ...storage import ReportStore, StorageError
    from ...storage.backups import restore_backup
    from ..widgets.plain import as_plain

    if not has_backups(db_path):
        return None
    question = QCoreApplication.translate("RestoreDialog", "Restore a backup now?")
    answer = QMessageBox.question(
        None, "Clusterverslag", as_plain(message + "\n\n" + question),  # the message names the file
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return None
    dialog = RestoreDialog(db_path)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
        return None
    try:
        restore_backup(db_path, dialog.chosen().path)
        store = ReportStore.open(db_path)  # no copy now of what was just restored from a copy
    except (OSError, sqlite3.Error, StorageError) as error:
        reason = error.message.get(ui_language()) if isinstance(error, StorageError) else str(error)
        QMessageBox.warning(None, "Clusterverslag", as_plain(QCoreApplication.translate(
            "RestoreDialog", "The backup cannot be restored:\n%1").replace("%1", reason)))
        return None
    store.backups = True
    return store
