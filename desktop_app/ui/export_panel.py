"""The final export, at the foot of the check page: Export… writes the PDF to sign and the
submission file side by side, and the report's earlier exports stay listed with what can be
done with their PDF (open, show in its folder, print, sign, verify).

Each export shows its folder; one older than the report's content is marked as such, and
Print and Sign ask before they use its PDF. The newest export whose files are still there is
selected when the list is shown.

The export is recorded in the database after the report was saved, so the record's content
hash is the report's as exported and a later change shows as "changed since export". The PDF
and the submission file are made and written in a worker thread (a copy of the report), so the
window goes on drawing; an export that lasts shows its progress with Cancel, which stops it
before anything is written. reportlab, pypdf and the signing libraries are imported only when
first needed, never at start-up.

Whether each export's files are still there is asked in worker threads, one per folder, each
time the list is read: the folder may be a network share that stopped answering, where asking
never ends, and the window must not wait for it. Until the answer comes, the row shows its
names as they are recorded and the buttons that need the PDF stay disabled; a folder that does
not answer keeps them so, and is not asked again while its question is open. The buttons act
on what was found (Print… and Verify… read the PDF in a worker, Sign… too).
"""

from __future__ import annotations

import sys
import threading
from collections import deque
from pathlib import Path

from PySide6.QtCore import QDir, QEvent, QProcess, QSettings, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.checks import Problem, check_report, errors
from ..storage import ExportRecord, ReportStore, StorageError
from ..storage.store import content_fingerprint
from .autosave import SAVED, AutoSaver
from .background import Cancelled, Task, run_in_background
from .language import format_fingerprint, format_timestamp, ui_language
from .widgets import plain

FOLDER_KEY = "export/lastFolder"
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
OUTDATED_ROLE = Qt.ItemDataRole.UserRole + 2  # True on the first cell of an export older than the report
# Errors listed in the refusal; the check page lists them all.
LISTED_ERRORS = 12
# Rows of the list of exports shown without scrolling.
VISIBLE_EXPORTS = 3
STATE_COLOURS = {"draft": "", "exported": "#2e7d32", "changed": "#b26a00"}
# The columns of the list of exports (the folder last, so the others keep their place).
WHEN, FINGERPRINT, PDF, XML, FOLDER = range(5)

_remembered: dict[str, str] = {}  # the last folders when the window has no QSettings (tests)
POLL_MS = 20  # how often the panel looks for the workers' answers on the files


def _look_at_folder(folder: str, files: list[str], answers: deque) -> None:
    """The worker: whether ``folder`` is a folder and each of ``files`` (in it) a file; the
    answers go to ``answers`` as ``(path, kind, there)``, the folder's last. Holds nothing of
    the panel, which may be gone when this ends (or never ends, on a share that hangs)."""
    for path in files:
        try:
            there = Path(path).is_file()
        except OSError:
            there = False
        answers.append((path, "file", there))
    try:
        there = Path(folder).is_dir()
    except OSError:
        there = False
    answers.append((folder, "folder", there))


def remembered_folder(settings: QSettings | None, key: str) -> str:
    """The folder chosen last time for ``key``, else the user's documents folder."""
    value = settings.value(key, "") if settings is not None else _remembered.get(key, "")
    if value and Path(str(value)).is_dir():
        return str(value)
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


def remember_folder(settings: QSettings | None, key: str, folder: Path | str) -> None:
    """Keep ``folder`` for the next time a folder is asked for ``key``."""
    if settings is not None:
        settings.setValue(key, str(folder))
    else:
        _remembered[key] = str(folder)


def open_file(path: Path) -> bool:
    """Open a file in the program the system uses for it (the PDF viewer)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    """Show the folder of ``path`` in the file manager, with the file selected where the
    system allows it."""
    if sys.platform == "win32":
        return QProcess.startDetached("explorer.exe", [f"/select,{QDir.toNativeSeparators(str(path))}"])[0]
    if sys.platform == "darwin":
        return QProcess.startDetached("open", ["-R", str(path)])[0]
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


class ExportPanel(QWidget):
    """Export… and the list of the report's exports, for the report open in ``wizard``; it
    places itself at the foot of the wizard's check page."""

    exported = Signal(object)  # the ExportRecord just written
    status = Signal(str)  # a short message for the status bar

    def __init__(self, wizard, store: ReportStore, report_id: int, saver: AutoSaver,
                 settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportPanel")
        self.wizard = wizard
        self.store = store
        self.report_id = report_id
        self.saver = saver
        self.settings = settings
        self.records: list[ExportRecord] = []
        self.state = "draft"
        # What the workers found: is each file (each folder) there? Missing: not known yet.
        self.files_there: dict[str, bool] = {}
        self.folders_there: dict[str, bool] = {}
        self._asking: set[str] = set()  # folders whose worker has not answered all yet
        self._ask_again: dict[str, list[str]] = {}  # folders to ask again once their worker answers
        self._answers: deque = deque()
        self._answer_timer = QTimer(self, interval=POLL_MS)
        self._answer_timer.timeout.connect(self._take_answers)
        self._row_chosen_by_panel = False  # the selection is the panel's default, not the user's
        self._selecting = False  # the panel is filling or selecting rows itself

        self.box = QGroupBox(objectName="exportBox")
        self.export_button = QPushButton(objectName="exportButton")
        self.state_label = QLabel(objectName="exportState", wordWrap=True)
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A draft to proofread, at any time (errors allowed): never an export, never recorded.
        self.print_draft_button = QPushButton(objectName="printDraftButton")
        self.export_draft_button = QPushButton(objectName="exportDraftButton")
        top = QHBoxLayout()
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.state_label, 1)
        top.addWidget(self.print_draft_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.export_draft_button, 0, Qt.AlignmentFlag.AlignTop)

        self.table = QTableWidget(0, 5, objectName="exports")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FOLDER, QHeaderView.ResizeMode.Stretch)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a narrow column ends its label in "…"

        self.open_button = QPushButton(objectName="openPdfButton")
        self.folder_button = QPushButton(objectName="showFolderButton")
        self.print_button = QPushButton(objectName="printButton")
        self.sign_button = QPushButton(objectName="signButton")
        self.verify_button = QPushButton(objectName="verifyButton")
        self.actions_row = QWidget(objectName="exportActions")
        actions = QHBoxLayout(self.actions_row)
        actions.setContentsMargins(0, 0, 0, 0)
        for button in (self.open_button, self.folder_button, self.print_button, self.sign_button, self.verify_button):
            actions.addWidget(button)
        actions.addStretch(1)

        box_layout = QVBoxLayout(self.box)
        box_layout.addLayout(top)
        box_layout.addWidget(self.table)
        box_layout.addWidget(self.actions_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)

        # At the foot of the check page, after its list of problems in the tab order.
        wizard.check_page.export_buttons.addWidget(self)
        chain = [wizard.check_page.problems, self.export_button, self.print_draft_button,
                 self.export_draft_button, self.table,
                 self.open_button, self.folder_button, self.print_button, self.sign_button, self.verify_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

        self.export_button.clicked.connect(self.export)
        self.print_draft_button.clicked.connect(self.print_draft)
        self.export_draft_button.clicked.connect(self.export_draft)
        self.open_button.clicked.connect(self.open_pdf)
        self.folder_button.clicked.connect(self.show_folder)
        self.print_button.clicked.connect(self.print_pdf)
        self.sign_button.clicked.connect(self.sign_pdf)
        self.verify_button.clicked.connect(self.verify_pdf)
        self.table.itemActivated.connect(lambda _item: self.open_pdf())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        saver.state_changed.connect(self._saved)

        self.retranslate()  # also reads the exports

    # -- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("Final export"))
        self.export_button.setText(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr(
            "Write the PDF to sign and the submission file into a folder you choose."))
        self.print_draft_button.setText(self.tr("Print &draft…"))
        self.export_draft_button.setText(self.tr("Export dra&ft…"))
        draft_tip = self.tr(
            "A draft to proofread, also while errors remain: the same pages, marked DRAFT – DO NOT "
            "SIGN on every page, without signature fields or fingerprint, with the problems still "
            "open on its last page.")
        self.print_draft_button.setToolTip(draft_tip)
        self.export_draft_button.setToolTip(draft_tip)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Exported on"), self.tr("Fingerprint"), self.tr("PDF"), self.tr("Submission file"),
             self.tr("Folder")])
        for column in range(self.table.columnCount()):
            item = self.table.horizontalHeaderItem(column)
            item.setToolTip(item.text())
        self.table.setAccessibleName(self.tr("Exports of this report"))
        self.open_button.setText(self.tr("&Open PDF"))
        self.open_button.setToolTip(self.tr("Open the PDF in the system's PDF viewer."))
        self.folder_button.setText(self.tr("Show in folde&r"))
        self.print_button.setText(self.tr("Pr&int…"))
        self.sign_button.setText(self.tr("Si&gn…"))
        self.sign_button.setToolTip(self.tr("Sign the PDF digitally with a certificate file or the eID card."))
        self.verify_button.setText(self.tr("&Verify…"))
        self.verify_button.setToolTip(self.tr("Check the signatures of the PDF and its submission file."))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the list -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the report's exports and state from the store again."""
        try:
            self.records = self.store.exports(self.report_id)
            self.state = self.store.state(self.report_id)
        except StorageError:
            self.records = []
        selected = self.selected_record()
        language = ui_language()
        self._selecting = True
        try:
            self._fill(selected, language)
        finally:
            self._selecting = False
        shown = min(len(self.records), VISIBLE_EXPORTS)
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + shown * self.table.verticalHeader().defaultSectionSize()
                                  + 2 * self.table.frameWidth())
        self.table.setVisible(bool(self.records))
        self.actions_row.setVisible(bool(self.records))
        self._show_state()
        self._update_buttons()
        self._ask_whether_files_are_there()

    def _fill(self, selected: ExportRecord | None, language: str) -> None:
        """The rows of the exports, ``selected`` kept selected (else the default row)."""
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            when = QTableWidgetItem(format_timestamp(record.exported_at, language))
            when.setData(RECORD_ROLE, record.id)
            fingerprint = QTableWidgetItem(format_fingerprint(record.sha256))
            fingerprint.setToolTip(self.tr("SHA-256 of the submission file: %1").replace("%1", record.sha256))
            self.table.setItem(row, 0, when)
            self.table.setItem(row, 1, fingerprint)
            for column in (PDF, XML):
                self.table.setItem(row, column, QTableWidgetItem())
            self._show_files(row, record)
            folder = plain.as_plain(str(Path(record.pdf_path).parent))
            folder_item = QTableWidgetItem(folder)
            folder_item.setToolTip(folder)
            self.table.setItem(row, FOLDER, folder_item)
            if selected is not None and record.id == selected.id:
                self.table.selectRow(row)
        self._show_outdated()
        if self.records and self.selected_record() is None:
            self._choose_default_row()

    def _show_files(self, row: int, record: ExportRecord) -> None:
        """The PDF and submission file cells of ``row``, as far as the workers have answered."""
        for column, path_text in ((PDF, record.pdf_path), (XML, record.xml_path)):
            item = self.table.item(row, column)
            if item is None:
                continue
            path = Path(path_text)
            there = self.files_there.get(path_text)
            if there is False:
                item.setText(self.tr("%1 (not found)").replace("%1", path.name))
                item.setToolTip(plain.as_plain(self.tr("No longer at %1").replace("%1", str(path))))
                item.setForeground(Qt.GlobalColor.gray)
            else:
                item.setText(path.name)
                tip = str(path) if there else self.tr("%1\n(checking whether it is still there…)").replace(
                    "%1", str(path))
                item.setToolTip(plain.as_plain(tip))
                item.setForeground(self.table.palette().color(QPalette.ColorRole.Text))

    def _choose_default_row(self) -> None:
        """The newest export whose files are both known to be there, else the newest."""
        whole = [row for row, record in enumerate(self.records)
                 if self.files_there.get(record.pdf_path) and self.files_there.get(record.xml_path)]
        selecting, self._selecting = self._selecting, True
        try:
            self.table.selectRow(whole[0] if whole else 0)
        finally:
            self._selecting = selecting
        self._row_chosen_by_panel = True

    def _ask_whether_files_are_there(self) -> None:
        """Start a worker for each folder of the exports not being asked already."""
        by_folder: dict[str, list[str]] = {}
        for record in self.records:
            for path_text in (record.pdf_path, record.xml_path):
                by_folder.setdefault(str(Path(path_text).parent), []).append(path_text)
        for folder, files in by_folder.items():
            if folder in self._asking:
                # Its worker has not answered yet: asked again once it has (its answer may be
                # older than this refresh), not now: a share that hangs gets one thread, not
                # one per refresh.
                self._ask_again[folder] = files
                continue
            self._ask(folder, files)
        if self._asking and not self._answer_timer.isActive():
            self._answer_timer.start()

    def _ask(self, folder: str, files: list[str]) -> None:
        self._asking.add(folder)
        threading.Thread(target=_look_at_folder, args=(folder, files, self._answers),
                         name="export-files", daemon=True).start()

    def files_checked(self) -> bool:
        """Whether every worker asking about the exports' files has answered."""
        return not self._asking

    def _take_answers(self) -> None:
        """Show what the workers found since the last look."""
        changed = False
        while self._answers:
            path, kind, there = self._answers.popleft()
            if kind == "folder":
                self._asking.discard(path)
                changed |= self.folders_there.get(path) is not there
                self.folders_there[path] = there
                if path in self._ask_again:
                    self._ask(path, self._ask_again.pop(path))
            else:
                changed |= self.files_there.get(path) is not there
                self.files_there[path] = there
        if not self._asking:
            self._answer_timer.stop()
        if not changed:
            return
        for row, record in enumerate(self.records):
            self._show_files(row, record)
        if self._row_chosen_by_panel and self.records:
            self._choose_default_row()
        self._update_buttons()

    def _show_state(self) -> None:
        if self.state == "exported":
            text = self.tr("Exported: the latest files below hold the report as it is now.")
        elif self.state == "changed":
            text = self.tr("Changed since the last export: export again, so that the PDF to sign holds the changes.")
        else:
            text = self.tr("Not exported yet. Export writes the PDF to sign and the submission file "
                           "into a folder you choose, once the report has no errors.")
        self.state_label.setText(text)
        colour = STATE_COLOURS.get(self.state, "")
        self.state_label.setStyleSheet(f"color: {colour};" if colour else "")
        self.state_label.setProperty("state", self.state)

    def is_outdated(self, record: ExportRecord) -> bool:
        """Whether the report was changed after ``record`` was exported (its content now is
        not the content exported)."""
        return bool(record.content_hash) and record.content_hash != content_fingerprint(self.wizard.report)

    def _show_outdated(self) -> None:
        """Mark the exports older than the report's content, in their first column."""
        language = ui_language()
        for row, record in enumerate(self.records):
            item = self.table.item(row, WHEN)
            if item is None:
                continue
            when = format_timestamp(record.exported_at, language)
            outdated = self.is_outdated(record)
            text = self.tr("%1 – older than the report").replace("%1", when) if outdated else when
            if item.text() != text:
                item.setText(text)
                item.setToolTip(self.tr(
                    "The report was changed after this export: its PDF does not hold the changes.")
                    if outdated else "")
                item.setForeground(QColor(STATE_COLOURS["changed"]) if outdated
                                   else self.table.palette().color(QPalette.ColorRole.Text))
            item.setData(OUTDATED_ROLE, outdated)

    def _saved(self, state: str) -> None:
        if state == SAVED:
            try:
                new_state = self.store.state(self.report_id)
            except StorageError:
                return
            self._show_outdated()
            if new_state != self.state:
                self.state = new_state
                self._show_state()

    def _use_older_export(self, question: str) -> bool:
        """Whether to go on with the selected export: at once when it holds the report as it
        is now, else when the user says so to ``question``."""
        record = self.selected_record()
        if record is None or not self.is_outdated(record):
            return True
        return plain.ask(self, self.tr("Older export"), self.tr(
            "This export is older than the report: the report was changed after %1, and this PDF "
            "does not hold those changes.\n\n%2").replace(
            "%1", format_timestamp(record.exported_at, ui_language())).replace("%2", question))

    def selected_record(self) -> ExportRecord | None:
        """The export selected in the list."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        record_id = self.table.item(rows[0].row(), 0).data(RECORD_ROLE)
        return next((r for r in self.records if r.id == record_id), None)

    def _selected_pdf(self) -> Path | None:
        record = self.selected_record()
        return Path(record.pdf_path) if record is not None else None

    def _pdf_there(self, pdf: Path | None) -> bool:
        """Whether a worker found ``pdf`` there (not known yet: False)."""
        return pdf is not None and self.files_there.get(str(pdf)) is True

    def _folder_there(self, pdf: Path | None) -> bool:
        return pdf is not None and self.folders_there.get(str(pdf.parent)) is True

    def _selection_changed(self) -> None:
        if not self._selecting:
            self._row_chosen_by_panel = False  # the user chose: the panel no longer moves the selection
        self._update_buttons()

    def _update_buttons(self) -> None:
        pdf = self._selected_pdf()
        exists = self._pdf_there(pdf)
        for button in (self.open_button, self.print_button, self.sign_button, self.verify_button):
            button.setEnabled(exists)
        self.folder_button.setEnabled(self._folder_there(pdf))

    # -- exporting ------------------------------------------------------------------------

    def export(self) -> ExportRecord | None:
        """Export the report into a folder the user chooses and record it; None when it was
        refused, cancelled or failed (the user was told why)."""
        report = self.wizard.report
        blocking = errors(check_report(report))
        if blocking:
            self._refuse(blocking)
            return None
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder for the PDF and the submission file"),
            remembered_folder(self.settings, FOLDER_KEY))
        if not folder:
            return None
        folder_path = Path(folder)
        remember_folder(self.settings, FOLDER_KEY, folder_path)

        from ..export.files import ExportRefused, export_basename, export_report, write_failure_reason

        base = export_basename(report)
        targets = [folder_path / f"{base}.pdf", folder_path / f"{base}.xml"]
        existing = [path.name for path in targets if path.exists()]
        if existing and not self._confirm_replace(folder_path, existing):
            return None
        # The record takes the content hash of the stored report: store exactly what is exported.
        # The save goes to the writer now, with the export's own copy taken at the same moment,
        # and the worker waits for its commit before writing anything (on a slow disk a save
        # takes 250 ms, which the window does not wait for).
        save = self.saver.submit_now()
        snapshot = report.copy()  # the worker's own: the window's report is not touched from two threads

        def work(task):
            while not save.wait(0.05):
                task.raise_if_cancelled()
            if save.error is not None or save.unprepared is not None:
                return None  # not saved, so not exported: said on the window's thread
            return export_report(snapshot, folder_path, before_writing=task.raise_if_cancelled)

        try:
            try:
                result = run_in_background(
                    self.window(), work,
                    title=self.tr("Export"), label=lambda _done, _total: self.tr(
                        "Making the PDF and the submission file…"), object_name="exportProgress")
            finally:
                save.wait()  # a save is never cut off (Cancel may come while it is written)
                self.saver.take_outcome(save)  # shown before anything else is said
        except Cancelled:
            self.status.emit(self.tr("Export cancelled: nothing was written."))
            return None
        except ExportRefused as refused:
            self._refuse(refused.problems)
            return None
        except OSError as failure:
            self._warn(self.tr("Not exported"), self.tr(
                "The files could not be written in %1:\n%2\n\nChoose another folder, or check that "
                "the files are not open in another program.").replace("%1", str(folder_path)).replace(
                "%2", write_failure_reason(failure).get(ui_language())))
            return None
        if result is None:  # the worker found the save failed
            from .errors import failure_reason

            message = failure_reason(self.saver.last_error) if self.saver.last_error else ""
            self._warn(self.tr("Not exported"), self.tr(
                "The report could not be saved, so it was not exported:\n%1").replace("%1", message))
            return None
        try:
            record = self.store.record_export(self.report_id, result.sha256, str(result.pdf_path), str(result.xml_path))
        except StorageError as error:
            self._warn(self.tr("Export not recorded"), self.tr(
                "The files were written, but the export could not be recorded in the database:\n%1").replace(
                "%1", error.message.get(ui_language())))
            return None
        # Just written: there, without asking (the workers of the refresh confirm it).
        self.files_there[str(result.pdf_path)] = self.files_there[str(result.xml_path)] = True
        self.folders_there[str(folder_path)] = True
        self.refresh()
        self.table.selectRow(0)
        self.status.emit(self.tr("Exported: %1 and %2 in %3.").replace("%1", result.pdf_path.name).replace(
            "%2", result.xml_path.name).replace("%3", str(folder_path)))
        self.exported.emit(record)
        return record

    # -- the draft ----------------------------------------------------------------------

    def draft_pdf(self) -> bytes:
        """The draft of the report as it is now, with every problem the checks find."""
        return _render_draft(self.wizard.report.copy())

    def _draft_in_background(self) -> bytes | None:
        """The draft, made in a worker while the window goes on; None when cancelled."""
        snapshot = self.wizard.report.copy()
        try:
            return run_in_background(self.window(), lambda _task: _render_draft(snapshot),
                                     title=self.tr("Draft"), label=lambda _done, _total: self.tr("Making the draft…"),
                                     object_name="draftProgress")
        except Cancelled:
            return None

    def draft_name(self) -> str:
        from ..export.files import export_basename

        suffix = "projet" if self.wizard.report.language == "fr" else "ontwerp"
        return f"{export_basename(self.wizard.report)}-{suffix}.pdf"

    def export_draft(self) -> Path | None:
        """Write the draft where the user chooses; the path, or None when cancelled or failed
        (the user was told why)."""
        start = Path(remembered_folder(self.settings, FOLDER_KEY)) / self.draft_name()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the draft"), str(start),
                                              self.tr("PDF files (*.pdf)"))
        if not name:
            return None
        path = Path(name)
        snapshot = self.wizard.report.copy()

        def work(task: Task) -> None:
            from ..export.files import atomic_write

            data = _render_draft(snapshot)
            task.raise_if_cancelled()  # nothing written yet
            atomic_write(path, data)

        try:
            run_in_background(self.window(), work, title=self.tr("Draft"),
                              label=lambda _done, _total: self.tr("Making the draft…"), object_name="draftProgress")
        except Cancelled:
            self.status.emit(self.tr("Draft cancelled: nothing was written."))
            return None
        except OSError as failure:
            self._warn(self.tr("Draft not written"), self.tr("The draft could not be written to %1:\n%2")
                       .replace("%2", failure.strerror or str(failure)).replace("%1", str(path)))
            return None
        remember_folder(self.settings, FOLDER_KEY, path.parent)
        self.status.emit(self.tr("Draft written (not to be signed): %1").replace("%1", str(path)))
        return path

    def print_draft(self):
        """Show the print preview of the draft, from which it is printed; the preview dialog,
        or None when cancelled."""
        data = self._draft_in_background()
        if data is None:
            return None
        printing = _printing()
        preview = printing.print_pdf_data(self.window(), data, self.draft_name())
        self._told_when_printed(preview)
        return preview

    def _told_when_printed(self, preview) -> None:
        if preview is None:
            return
        name = preview.name

        def printed(outcome: str) -> None:
            if outcome == "printed":
                self.status.emit(self.tr("Sent to the printer: %1").replace("%1", name))

        preview.printed.connect(printed)

    def _refuse(self, problems: list[Problem]) -> None:
        """Tell which errors block the export, then point at the first one in the list."""
        language = ui_language()  # the window's, whatever the report's
        lines = []
        for problem in problems[:LISTED_ERRORS]:
            page = self.wizard.page_heading(self.wizard.page_id_for(problem.path))
            lines.append(self.tr("• %1: %2").replace("%1", page).replace("%2", problem.message.get(language)))
        if len(problems) > LISTED_ERRORS:
            lines.append(self.tr("… and %1 more: the list of problems on this page shows them all.").replace(
                "%1", str(len(problems) - LISTED_ERRORS)))
        self._warn(self.tr("Not exported"), self.tr(
            "The report still has errors: solve them first. Nothing was written.\n\n%1").replace(
            "%1", "\n".join(lines)))
        problems_list = self.wizard.check_page.problems
        if problems_list.count():
            problems_list.setCurrentRow(0)
            problems_list.setFocus()

    def _confirm_replace(self, folder: Path, names: list[str]) -> bool:
        if len(names) == 2:
            holds = self.tr("The folder %1 already holds %2 and %3.").replace("%3", names[1])
        else:
            holds = self.tr("The folder %1 already holds %2.")
        holds = holds.replace("%1", str(folder)).replace("%2", names[0])
        return plain.ask(self, self.tr("Replace the files?"), self.tr(
            "%1\n\nReplace them with this export? A PDF that was already signed loses its "
            "signatures.").replace("%1", holds))

    def _warn(self, title: str, text: str) -> None:
        plain.warn(self, title, text)

    # -- what can be done with an exported PDF ---------------------------------------------

    def open_pdf(self) -> None:
        """Open the selected export's PDF in the system's viewer."""
        pdf = self._selected_pdf()
        if self._pdf_there(pdf) and not open_file(pdf):
            self._warn(self.tr("Open PDF"), self.tr(
                "No program to show PDF files was found. The PDF is at %1.").replace("%1", str(pdf)))

    def show_folder(self) -> None:
        """Show the folder of the selected export in the file manager."""
        pdf = self._selected_pdf()
        if self._folder_there(pdf):
            show_in_folder(pdf)

    def print_pdf(self):
        """Show the print preview of the selected export's PDF, from which it is printed; the
        preview dialog, or None."""
        pdf = self._selected_pdf()
        if not self._pdf_there(pdf):  # as a worker found it: asking here could hang on a dead share
            return None
        if not self._use_older_export(self.tr(
                "Print this older PDF anyway? To print the report as it is now, export it again first.")):
            return None
        preview = _printing().print_pdf(self.window(), pdf)
        self._told_when_printed(preview)
        return preview

    def sign_pdf(self):
        """Open the signing dialog on the selected export's PDF."""
        pdf = self._selected_pdf()
        if not self._pdf_there(pdf):  # as a worker found it: asking here could hang on a dead share
            return None
        if not self._use_older_export(self.tr(
                "Sign this older PDF anyway? To sign the report as it is now, export it again first.")):
            return None
        return _signing_dialogs().open_signing_dialog(self.window(), pdf)

    def verify_pdf(self):
        """Open the dialog that checks the signatures of the selected export's PDF."""
        pdf = self._selected_pdf()
        if not self._pdf_there(pdf):  # as a worker found it: asking here could hang on a dead share
            return None
        return _signing_dialogs().open_verify_dialog(self.window(), pdf)


def _render_draft(report) -> bytes:
    """The draft PDF of ``report`` with every problem the checks find (from any thread)."""
    from ..export.pdf import OpenProblem, render_draft

    problems = [OpenProblem(p.is_error, p.path, p.message) for p in check_report(report)]
    return render_draft(report, problems)


def _printing():
    """The printing module, imported on first use (it loads QtPrintSupport and PDFium)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        from . import printing
    finally:
        QGuiApplication.restoreOverrideCursor()
    return printing


def _signing_dialogs():
    """The signing dialogs' module, imported on first use (it loads pyHanko and reportlab)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        from .dialogs import signing
    finally:
        QGuiApplication.restoreOverrideCursor()
    return signing

