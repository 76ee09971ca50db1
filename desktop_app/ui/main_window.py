"""The main window: the reports in the database (and the bin), and the wizard of the report
that is open. One window; the list and the wizard take turns in a stacked widget."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSettings, Qt, QTimer, qVersion
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.model import Report
from ..storage import Holder, ReportStore, ReportSummary, StorageError
from .autosave import FAILED, PENDING, SAVED, AutoSaver
from .i18n import LANGUAGE_NAMES, UI_LANGUAGES, remember_ui_language, shared_translators
from .language import format_timestamp, ui_language
from .widgets import plain

if TYPE_CHECKING:
    # Imported when a report is first opened: the program starts on the list of reports
    # without loading the wizard's six pages.
    from .export_panel import ExportPanel
    from .read_only import ReadOnlyView
    from .wizard import ReportWizard

STATE_LABELS = {
    "draft": QT_TRANSLATE_NOOP("ReportState", "Draft"),
    "exported": QT_TRANSLATE_NOOP("ReportState", "Exported"),
    "changed": QT_TRANSLATE_NOOP("ReportState", "Changed since export"),
}

ID_ROLE = Qt.ItemDataRole.UserRole + 1

# Not translated: in both languages, so the menu is found whichever language is shown. Alt+G
# is free on every page in Dutch and in French.
LANGUAGE_MENU_TITLE = "Taal / Lan&gue"


def state_label(state: str) -> str:
    """The translated name of a report state."""
    source = STATE_LABELS.get(state)
    return QCoreApplication.translate("ReportState", source) if source else state


class MainWindow(QMainWindow):
    """The reports of one store; opening one shows its wizard in the same window."""

    def __init__(self, store: ReportStore, settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.store = store
        self.settings = settings
        self.wizard: ReportWizard | None = None
        self.saver: AutoSaver | None = None
        self.report_id: int | None = None
        self.export_panel: ExportPanel | None = None
        self.read_only_view: ReadOnlyView | None = None  # a submission file shown, not imported
        self._store_closed = False
        self._summaries: list[ReportSummary] = []

        self._build_actions()
        self._build_list_page()
        self._build_menus()
        self.save_status = QLabel(objectName="saveStatus")
        self.statusBar().addPermanentWidget(self.save_status)

        self.stack = QStackedWidget(objectName="stack")
        self.stack.addWidget(self.list_page)
        self.setCentralWidget(self.stack)
        self.resize(1180, 760)

        self.retranslate()  # also fills the lists

    # -- construction ---------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(name: str, slot, shortcut=None) -> QAction:
            a = QAction(self, objectName=name)
            if shortcut is not None:
                a.setShortcut(shortcut)
            a.triggered.connect(slot)
            return a

        self.new_action = action("newReport", self.new_report, QKeySequence.StandardKey.New)
        self.new_from_previous_action = action("newFromPrevious", self.new_report_from_previous, QKeySequence("Ctrl+Shift+N"))
        self.open_action = action("openReport", self.open_selected, QKeySequence.StandardKey.Open)
        self.close_report_action = action("closeReport", self.close_report, QKeySequence.StandardKey.Close)
        self.open_submission_action = action("openSubmission", self.open_submission_file, QKeySequence("Ctrl+Shift+O"))
        self.sign_pdf_action = action("signPdf", self.sign_pdf)
        self.verify_pdf_action = action("verifyPdf", self.verify_pdf)
        self.restore_backup_action = action("restoreFromBackup", self.restore_from_backup)
        self.delete_action = action("deleteReport", self.delete_selected)
        self.restore_action = action("restoreReport", self.restore_selected)
        self.empty_bin_action = action("emptyBin", self.empty_bin)
        self.quit_action = action("quit", self.close, QKeySequence.StandardKey.Quit)

    def _build_list_page(self) -> None:
        self.list_page = QWidget(objectName="listPage")
        self.tabs = QTabWidget(objectName="reportTabs")

        self.report_list = self._make_table("reportList", 4)
        self.report_hint = QLabel(objectName="reportHint", wordWrap=True)
        self.new_button, self.new_from_previous_button = QPushButton(), QPushButton()
        self.open_button, self.delete_button = QPushButton(), QPushButton()
        reports_tab = QWidget()
        reports_layout = QVBoxLayout(reports_tab)
        reports_layout.addWidget(self.report_hint)
        reports_layout.addWidget(self.report_list, 1)
        reports_layout.addLayout(self._button_row(
            (self.new_button, self.new_action), (self.new_from_previous_button, self.new_from_previous_action),
            (self.open_button, self.open_action), (self.delete_button, self.delete_action)))

        self.bin_list = self._make_table("binList", 3)
        self.bin_hint = QLabel(objectName="binHint", wordWrap=True)
        self.restore_button, self.empty_bin_button = QPushButton(), QPushButton()
        bin_tab = QWidget()
        bin_layout = QVBoxLayout(bin_tab)
        bin_layout.addWidget(self.bin_hint)
        bin_layout.addWidget(self.bin_list, 1)
        bin_layout.addLayout(self._button_row(
            (self.restore_button, self.restore_action), (self.empty_bin_button, self.empty_bin_action)))

        self.tabs.addTab(reports_tab, "")
        self.tabs.addTab(bin_tab, "")
        layout = QVBoxLayout(self.list_page)
        layout.addWidget(self.tabs)

        # Delete works on the selected report while the list has the focus.
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.report_list.addAction(self.delete_action)

        self.report_list.itemActivated.connect(lambda _item: self.open_selected())
        self.report_list.itemSelectionChanged.connect(self._update_actions)
        self.bin_list.itemSelectionChanged.connect(self._update_actions)
        self.tabs.currentChanged.connect(self._update_actions)

    @staticmethod
    def _make_table(name: str, columns: int) -> QTableWidget:
        table = QTableWidget(0, columns, objectName=name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.setTabKeyNavigation(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, columns):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return table

    @staticmethod
    def _button_row(*pairs: tuple[QPushButton, QAction]) -> QHBoxLayout:
        row = QHBoxLayout()
        for button, action in pairs:
            button.clicked.connect(action.trigger)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.setObjectName("fileMenu")
        for item in (self.new_action, self.new_from_previous_action, self.open_action, self.open_submission_action,
                     self.close_report_action, None, self.sign_pdf_action, self.verify_pdf_action,
                     None, self.restore_backup_action, None, self.delete_action, self.restore_action, self.empty_bin_action, None, self.quit_action):
            if item is None:
                self.file_menu.addSeparator()
            else:
                self.file_menu.addAction(item)
        # The language menu: its title and each language's name stay as they are in every
        # language, so whoever cannot read the current one still finds their own.
        self.language_menu = self.menuBar().addMenu(LANGUAGE_MENU_TITLE)
        self.language_menu.setObjectName("languageMenu")
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code in UI_LANGUAGES:
            action = QAction(LANGUAGE_NAMES[code], self, objectName=f"language_{code}", checkable=True)
            action.triggered.connect(lambda _checked=False, code=code: self.switch_language(code))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

    # -- the language of the window ---------------------------------------------------------

    def switch_language(self, language: str) -> None:
        """Show every window in ``language`` (``nl`` or ``fr``) at once, and remember it."""
        shared_translators().install(language)
        remember_ui_language(language, self.settings)
        self._check_language()

    def _check_language(self) -> None:
        action = self.language_actions.get(ui_language())
        if action is not None and not action.isChecked():
            action.setChecked(True)

    # -- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every visible text; called at creation and on a language change."""
        self.file_menu.setTitle(self.tr("&File"))
        self._check_language()
        texts = {
            self.new_action: self.tr("&New report"),
            self.new_from_previous_action: self.tr("New from &last year's"),
            self.open_action: self.tr("&Open"),
            self.close_report_action: self.tr("&Close report"),
            self.open_submission_action: self.tr("Open &submission file…"),
            self.sign_pdf_action: self.tr("Si&gn a PDF…"),
            self.verify_pdf_action: self.tr("&Verify a signed PDF…"),
            self.restore_backup_action: self.tr("Restore from &backup…"),
            self.delete_action: self.tr("&Delete"),
            self.restore_action: self.tr("&Restore from the bin"),
            self.empty_bin_action: self.tr("&Empty the bin…"),
            self.quit_action: self.tr("&Quit"),
        }
        for action, text in texts.items():
            action.setText(text)
        self.new_from_previous_action.setStatusTip(self.tr(
            "A report for the next year with the identification, members and partnerships of the selected one."))
        self.open_submission_action.setStatusTip(self.tr(
            "Check a submission file, then import it as a new report or only look at it."))
        self.sign_pdf_action.setStatusTip(self.tr("Sign an exported PDF with a certificate file or the eID card."))
        self.verify_pdf_action.setStatusTip(self.tr(
            "Check the signatures of a PDF and the submission file embedded in it."))
        self.restore_backup_action.setStatusTip(self.tr(
            "Put back a copy of your reports from the backups folder; the current file is kept aside."))
        buttons = {
            self.new_button: self.tr("New report"),
            self.new_from_previous_button: self.tr("New from last year's"),
            self.open_button: self.tr("Open"),
            self.delete_button: self.tr("Delete"),
            self.restore_button: self.tr("Restore"),
            self.empty_bin_button: self.tr("Empty the bin…"),
        }
        for button, text in buttons.items():
            button.setText(text)
        self.report_list.setHorizontalHeaderLabels(
            [self.tr("Promoter"), self.tr("Year"), self.tr("State"), self.tr("Last change")])
        self.bin_list.setHorizontalHeaderLabels([self.tr("Promoter"), self.tr("Year"), self.tr("Deleted on")])
        self.report_list.setAccessibleName(self.tr("Reports"))
        self.bin_list.setAccessibleName(self.tr("Reports in the bin"))
        self.bin_hint.setText(self.tr(
            "Deleted reports stay here until you empty the bin. Restore brings one back to the list."))
        self.refresh_lists()
        self._show_save_state()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the lists ------------------------------------------------------------------------

    def refresh_lists(self) -> None:
        """Read the reports and the bin from the store again."""
        if self._store_closed:
            return
        language = ui_language()
        try:
            reports = self.store.list_reports()
            deleted = self.store.list_reports(deleted=True)
        except StorageError as error:
            self.warn(self.tr("The reports cannot be read"), error.message.get(language))
            return
        self._summaries = reports
        selected = self.selected_report_id()
        self._fill(self.report_list, reports, lambda s: [
            self._year_text(s), state_label(s.state), format_timestamp(s.updated_at, language)], selected)
        self._fill(self.bin_list, deleted, lambda s: [
            self._year_text(s), format_timestamp(s.deleted_at or "", language)], None)
        self.tabs.setTabText(0, self.tr("Reports (%1)").replace("%1", str(len(reports))))
        self.tabs.setTabText(1, self.tr("Bin (%1)").replace("%1", str(len(deleted))))
        self.report_hint.setText(
            self.tr("Open a report to go on with it, or start a new one.") if reports else
            self.tr("No reports yet. Choose New report to start the report of the year just ended."))
        self._update_actions()

    def _fill(self, table: QTableWidget, summaries: list[ReportSummary], columns, selected: int | None) -> None:
        table.setRowCount(len(summaries))
        for row, summary in enumerate(summaries):
            name = summary.promoter_name.strip()
            first = QTableWidgetItem(name or self.tr("(promoter not filled in yet)"))
            if not name:
                font = first.font()
                font.setItalic(True)
                first.setFont(font)
            first.setData(ID_ROLE, summary.id)
            table.setItem(row, 0, first)
            for column, text in enumerate(columns(summary), start=1):
                table.setItem(row, column, QTableWidgetItem(text))
            if summary.id == selected:
                table.selectRow(row)
        if table.currentRow() < 0 and summaries:
            table.selectRow(0)

    def _year_text(self, summary: ReportSummary) -> str:
        return str(summary.year) if summary.year is not None else "–"

    @staticmethod
    def _selected_id(table: QTableWidget) -> int | None:
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        return table.item(rows[0].row(), 0).data(ID_ROLE)

    def selected_report_id(self) -> int | None:
        """The report selected in the list, if any."""
        return self._selected_id(self.report_list)

    def _update_actions(self, *_args) -> None:
        listing = self.wizard is None
        self.restore_backup_action.setEnabled(not self._store_closed and self.store.path is not None)
        has_selection = self.selected_report_id() is not None
        self.new_from_previous_action.setEnabled(bool(self._summaries))
        self.open_action.setEnabled(listing and has_selection)
        self.delete_action.setEnabled(listing and has_selection)
        self.restore_action.setEnabled(listing and self._selected_id(self.bin_list) is not None)
        self.empty_bin_action.setEnabled(listing and self.bin_list.rowCount() > 0)
        self.close_report_action.setEnabled(not listing)
        for button, action in ((self.open_button, self.open_action), (self.delete_button, self.delete_action),
                               (self.new_from_previous_button, self.new_from_previous_action),
                               (self.restore_button, self.restore_action), (self.empty_bin_button, self.empty_bin_action)):
            button.setEnabled(action.isEnabled())

    # -- actions --------------------------------------------------------------------------

    def new_report(self) -> int | None:
        """Start an empty report for the year just ended and open it."""
        report = Report(year=dt.date.today().year - 1, language=ui_language())
        return self._create_and_open(lambda: self.store.create(report))

    def new_report_from_previous(self) -> int | None:
        """Start next year's report from the selected one (or the latest year) and open it."""
        source = self.report_id or self.selected_report_id()
        if source is None and self._summaries:
            source = max(self._summaries, key=lambda s: (s.year or 0, s.updated_at)).id
        if source is None:
            return None
        return self._create_and_open(lambda: self.store.create_from_previous(source))

    def _create_and_open(self, create) -> int | None:
        if not self.close_report():
            return None
        try:
            report_id = create()
        except StorageError as error:
            self.warn(self.tr("The report cannot be created"), error.message.get(ui_language()))
            return None
        self.open_report(report_id)
        return report_id

    def open_selected(self) -> None:
        """Open the report selected in the list."""
        report_id = self.selected_report_id()
        if report_id is not None:
            self.open_report(report_id)

    def open_report(self, report_id: int) -> ReportWizard | None:
        """Show the wizard of a report (closing the one that was open)."""
        from .export_panel import ExportPanel
        from .wizard import ReportWizard

        if not self.close_report():
            return None
        try:
            report = self.store.load(report_id)
            holder = self.store.claim(report_id)
        except StorageError as error:
            self.warn(self.tr("The report cannot be opened"), error.message.get(ui_language()))
            return None
        if holder is not None:
            # Another window writes this report: show it here read-only, say where it is open.
            return self.show_open_elsewhere(report, report_id, holder)
        wizard = ReportWizard(report, self.stack)
        wizard.setWindowFlags(Qt.WindowType.Widget)  # a page of this window, not a dialog
        saver = AutoSaver(self.store, report_id, lambda: wizard.report, self)
        wizard.report_changed.connect(saver.schedule)
        wizard.report_changed.connect(self._update_title)
        wizard.currentIdChanged.connect(lambda _id: saver.flush())
        wizard.finished.connect(lambda _result: self.close_report())
        saver.state_changed.connect(self._show_save_state)
        saver.state_changed.connect(lambda _state: self._check_stale(saver))
        panel = ExportPanel(wizard, self.store, report_id, saver, self.settings)  # at the foot of the check page
        panel.exported.connect(lambda _record: self.refresh_lists())
        panel.status.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.wizard, self.saver, self.report_id, self.export_panel = wizard, saver, report_id, panel
        self.stack.addWidget(wizard)
        self.stack.setCurrentWidget(wizard)
        wizard.show()
        self._update_actions()
        self._update_title()
        self._show_save_state()
        return wizard

    def close_report(self) -> bool:
        """Save and close the open report, back to the list; False if it could not be saved."""
        if self.read_only_view is not None:
            return self._close_read_only()
        if self.wizard is None or self.saver is None:
            return True
        if not self.saver.flush() and not self.confirm(
            self.tr("Not saved"),
            self.tr("The last changes could not be saved:\n%1\n\nClose the report anyway?").replace(
                "%1", self.saver.last_error.message.get(ui_language()) if self.saver.last_error else ""),
        ):
            self.wizard.show()
            return False
        self._drop_open_report()
        return True

    def _drop_open_report(self) -> None:
        """Back to the list without saving, and give the report free for other windows."""
        wizard, saver, report_id = self.wizard, self.saver, self.report_id
        self.wizard, self.saver, self.report_id, self.export_panel = None, None, None, None
        self.stack.setCurrentWidget(self.list_page)
        self.stack.removeWidget(wizard)
        wizard.deleteLater()
        saver.deleteLater()
        if report_id is not None:
            self.store.release(report_id)
        self.refresh_lists()
        self._update_actions()
        self._update_title()
        self._show_save_state()

    # -- a report changed by another window ----------------------------------------------------

    def _check_stale(self, saver: AutoSaver) -> None:
        """When a save was refused because another window or program saved the report in
        between, or because the database file was replaced (a backup restored elsewhere),
        offer (once) to keep what was typed here as a copy. Asked after the save has returned,
        not from inside it."""
        error = saver.last_error
        if saver is not self.saver or error is None or error.code not in ("stale-revision", "file-replaced"):
            return
        if getattr(saver, "stale_offered", False):
            return
        saver.stale_offered = True
        QTimer.singleShot(0, lambda: self._offer_copy(saver, error.code))

    def _offer_copy(self, saver: AutoSaver, code: str = "stale-revision") -> int | None:
        if saver is not self.saver or self.wizard is None:
            return None
        if code == "file-replaced":
            if not self.confirm(self.tr("The file was replaced"), self.tr(
                    "The file of your reports was moved, deleted or replaced by another program (for "
                    "example a backup restored in another window), so what you typed here was not saved "
                    "in it.\n\nKeep what you typed as a new report in the file that is there now?")):
                return None
            if not self._reopen_store():
                return None
        elif not self.confirm(self.tr("Changed in another window"), self.tr(
                "This report was changed in another window or program since you opened it, so what "
                "you typed here was not saved over it.\n\nKeep what you typed as a copy (a new report)? "
                "The report as the other window saved it stays as it is.")):
            return None
        return self.keep_as_copy()

    def _reopen_store(self) -> bool:
        """Open the database at the same place again (the file there is no longer the one
        opened); the open report keeps its text in the window."""
        path = self.store.path
        if path is None:
            return False
        self.store.close()
        try:
            self.store = ReportStore.open(path, backups=True)
        except StorageError as error:
            self._store_closed = True
            self.warn(self.tr("The reports cannot be read"), error.message.get(ui_language()))
            return False
        self._store_closed = False
        return True

    def keep_as_copy(self) -> int | None:
        """Store the open report, as it is in the window, as a new report, and open that one.
        The report it came from is left as it is stored."""
        if self.wizard is None:
            return None
        try:
            copy_id = self.store.create(self.wizard.report)
        except StorageError as error:
            self.warn(self.tr("The copy cannot be saved"), error.message.get(ui_language()))
            return None
        if self.read_only_view is not None:
            self._close_read_only()
        else:
            self._drop_open_report()
        self.open_report(copy_id)
        self.statusBar().showMessage(self.tr("Kept as a copy: a new report."), 10000)
        return copy_id

    # -- submission files and signed PDFs ---------------------------------------------------

    def open_submission_file(self, path: Path | str | None = None):
        """Choose a submission file (unless ``path`` is given) and check it. A refused file
        shows its problems and nothing is imported; a file that was read shows what it holds,
        to import it as a new report or to look at it read-only. Returns the dialog shown (not
        blocking), or None when the user cancelled."""
        from .dialogs.submission import choose_submission_file, open_summary_dialog, read_submission_or_explain

        path = Path(path) if path else choose_submission_file(self, self.settings)
        if path is None:
            return None
        result, refusal = read_submission_or_explain(self, path)
        if result is None:
            return refusal
        dialog = open_summary_dialog(self, path, result)
        dialog.import_chosen.connect(lambda: self.import_report(result.report))
        dialog.view_chosen.connect(lambda: self.show_read_only(result.report, path))
        return dialog

    def import_report(self, report: Report) -> int | None:
        """Store ``report`` (read from a submission file) as a new report and open it."""
        return self._create_and_open(lambda: self.store.create(report))

    def show_read_only(self, report: Report, source: Path) -> ReportWizard | None:
        """Show ``report`` read-only under a banner naming ``source``: an in-memory copy,
        nothing saved to the user's reports. Closing it returns to the list."""
        from .read_only import ReadOnlyView

        if not self.close_report():
            return None
        view = ReadOnlyView(report, source, self.stack)
        view.wizard.finished.connect(lambda _result: self.close_report())
        view.import_requested.connect(lambda: self.import_report(view.report))
        self.read_only_view, self.wizard = view, view.wizard
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        self._update_actions()
        self._update_title()
        self._show_save_state()
        return view.wizard

    def show_open_elsewhere(self, report: Report, report_id: int, holder: Holder) -> ReportWizard | None:
        """Show a stored report that another window has open, read-only, under a banner saying
        where it is open; its button keeps it as a copy (a new report)."""
        from .open_elsewhere import OpenElsewhereView

        view = OpenElsewhereView(report, report_id, holder, self.stack)
        view.wizard.finished.connect(lambda _result: self.close_report())
        view.import_requested.connect(self.keep_as_copy)
        self.read_only_view, self.wizard = view, view.wizard
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        self._update_actions()
        self._update_title()
        self._show_save_state()
        return view.wizard

    def _close_read_only(self) -> bool:
        view = self.read_only_view
        self.read_only_view, self.wizard = None, None
        self.stack.setCurrentWidget(self.list_page)
        self.stack.removeWidget(view)
        view.close_store()
        view.deleteLater()
        self.refresh_lists()
        self._update_actions()
        self._update_title()
        self._show_save_state()
        return True

    def _choose_pdf(self, title: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        from .export_panel import remember_folder, remembered_folder

        path, _ = QFileDialog.getOpenFileName(self, title, remembered_folder(self.settings, "pdf/lastFolder"),
                                              self.tr("PDF files (*.pdf)"))
        if not path:
            return None
        remember_folder(self.settings, "pdf/lastFolder", Path(path).parent)
        return Path(path)

    def sign_pdf(self):
        """Choose an exported PDF and open the signing dialog on it."""
        path = self._choose_pdf(self.tr("Choose the PDF to sign"))
        if path is None:
            return None
        from .dialogs.signing import open_signing_dialog

        return open_signing_dialog(self, path)

    def verify_pdf(self):
        """Choose a signed PDF and show its signatures and whether its submission file matches."""
        path = self._choose_pdf(self.tr("Choose the signed PDF to verify"))
        if path is None:
            return None
        from .dialogs.signing import open_verify_dialog

        return open_verify_dialog(self, path)

    # -- backups --------------------------------------------------------------------------

    def restore_from_backup(self):
        """Show the backups of the database; choosing one restores it. Returns the dialog
        (window-modal, not blocking), or None for a database that is not a file."""
        if self._store_closed or self.store.path is None:
            return None
        from .dialogs.restore import open_restore_dialog

        dialog = open_restore_dialog(self, self.store.path)
        dialog.restore_chosen.connect(self.restore_backup)
        return dialog

    def restore_backup(self, backup: Path) -> bool:
        """Put the copy ``backup`` in the place of the database and open it again. The open
        report is saved and closed first; the current file is renamed aside, never deleted."""
        import sqlite3

        from ..storage.backups import restore_backup

        if not self.close_report():
            return False
        path = self.store.path
        self.store.close()
        self._store_closed = True
        try:
            aside = restore_backup(path, Path(backup))
        except (OSError, sqlite3.Error) as error:
            aside = None
            self.warn(self.tr("The backup cannot be restored"), self.tr(
                "Nothing was changed: the current file is still in its place.\n\n%1").replace("%1", str(error)))
            restored = False
        else:
            restored = True
        try:
            # No copy now of what was just restored from a copy; the ten-minute copies go on.
            self.store = ReportStore.open(path)
            self.store.backups = True
        except StorageError as error:
            self.warn(self.tr("The reports cannot be read"), error.message.get(ui_language()))
            self._summaries = []
            self.report_list.setRowCount(0)
            self.bin_list.setRowCount(0)
            return False
        self._store_closed = False
        self.refresh_lists()
        if restored:
            text = (self.tr("The backup was restored. The file before it is kept as %1.").replace("%1", aside.name)
                    if aside else self.tr("The backup was restored."))
            self.statusBar().showMessage(text, 20000)
        return restored

    def delete_selected(self) -> None:
        """Move the selected report to the bin, after asking."""
        report_id = self.selected_report_id()
        if report_id is None:
            return
        row = self.report_list.currentRow()
        name = self.report_list.item(row, 0).text() if row >= 0 else ""
        year = self.report_list.item(row, 1).text() if row >= 0 else ""
        if not self.confirm(self.tr("Delete report"), self.tr(
                "Move the report %1 %2 to the bin?\n\nYou can restore it from the bin until you empty the bin."
        ).replace("%1", name).replace("%2", year)):
            return
        try:
            self.store.delete(report_id)
        except StorageError as error:
            self.warn(self.tr("The report cannot be deleted"), error.message.get(ui_language()))
        self.refresh_lists()
        self.statusBar().showMessage(self.tr("The report is in the bin."), 5000)

    def restore_selected(self) -> None:
        """Bring the report selected in the bin back to the list."""
        report_id = self._selected_id(self.bin_list)
        if report_id is None:
            return
        try:
            self.store.restore(report_id)
        except StorageError as error:
            self.warn(self.tr("The report cannot be restored"), error.message.get(ui_language()))
        self.refresh_lists()
        self.statusBar().showMessage(self.tr("The report is back in the list."), 5000)

    def empty_bin(self) -> None:
        """Delete the reports in the bin for good, after asking."""
        count = self.bin_list.rowCount()
        if not count or not self.confirm(self.tr("Empty the bin"), self.tr(
                "Delete the %n report(s) in the bin for good? This cannot be undone.", "", count)):
            return
        try:
            self.store.empty_bin()
        except StorageError as error:
            self.warn(self.tr("The bin cannot be emptied"), error.message.get(ui_language()))
        self.refresh_lists()

    # -- asking and telling (tests replace these) --------------------------------------------

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question; No is the default."""
        return plain.ask(self, title, text)

    def warn(self, title: str, text: str) -> None:
        """Tell about something that went wrong."""
        plain.warn(self, title, text)

    # -- state shown ----------------------------------------------------------------------

    def _show_save_state(self, *_args) -> None:
        if self.read_only_view is not None:
            self.save_status.setText(self.tr("Read-only: nothing is saved"))
            self.save_status.setToolTip("")
            self.save_status.setProperty("state", "read-only")
            return
        if self.saver is None:
            self.save_status.setText("")
            self.save_status.setToolTip("")
            return
        state = self.saver.state
        if state == SAVED:
            self.save_status.setText(self.tr("All changes saved"))
            self.save_status.setToolTip("")
        elif state == PENDING:
            self.save_status.setText(self.tr("Saving…"))
        elif state == FAILED:
            self.save_status.setText(self.tr("Not saved yet: trying again…"))
            if self.saver.last_error:
                self.save_status.setToolTip(plain.as_plain(self.saver.last_error.message.get(ui_language())))
        self.save_status.setProperty("state", state)

    def _update_title(self) -> None:
        title = "Clusterverslag"
        if self.read_only_view is not None:
            title = f"{self.read_only_view.title_text()} – {title}"
        elif self.wizard is not None:
            report = self.wizard.report
            name = report.promoter.name.strip() or self.tr("New report")
            year = f" {report.year}" if report.year else ""
            title = f"{name}{year} – {title}"
        title = plain.window_title(title)  # a name may hold "[*]"
        if self.windowTitle() != title:
            self.setWindowTitle(title)

    # -- closing --------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._store_closed:
            event.accept()
            return
        if not self.close_report():
            event.ignore()
            return
        if self.settings is not None:
            self.settings.setValue(geometry_key(), self.saveGeometry())
        self._store_closed = True
        self.store.close()
        event.accept()


def geometry_key() -> str:
    """The settings key of the window geometry; it names the Qt version, so state saved by
    another Qt is never restored into this one."""
    return f"mainWindow/geometry-qt{qVersion()}"
