"""The main window: the reports in the database (and the bin), and the wizard of the report
that is open. One window; the list and the wizard take turns in a stacked widget.

The status bar says "All changes saved" only after the store confirmed the save. When saving
fails, a banner above the wizard says why until a later save succeeds, with Retry and Save a
copy; closing the report or the window then asks what to do with the changes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QSettings, QTimer, qVersion
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..logfile import logger, prepare as prepare_log
from ..storage import Holder, ReportStore, ReportSummary, StorageError
from .autosave import FAILED, PENDING, SAVED, AutoSaver
from .collector import collect_on_window_thread
from .errors import failure_reason, log_location_text
from .i18n import LANGUAGE_NAMES, UI_LANGUAGES, remember_ui_language, shared_translators
from .keys import install_stray_alt_filter, install_stray_alt_filter_everywhere
from .language import format_timestamp, ui_language
from .qt_namespace import Qt, make_now
from .report_list import ReportListModel, ReportListView
from .widgets import plain

if TYPE_CHECKING:
    from ..domain.model import Report

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

# Not translated: in both languages, so the menu is found whichever language is shown. Alt+G
# is free on every page in Dutch and in French.
LANGUAGE_MENU_TITLE = "Taal / Lan&gue"

# What closing asks when the last changes are not saved.
COPY, RETRY, DISCARD, KEEP_OPEN = "copy", "retry", "discard", "keep-open"

_log = logger("window")

STATUS_WIDTH = 480  # pixels at most for the save state in the status bar
UNDO_NOTE_MS = 15000  # how long "Member removed – Undo" stays in the status bar


def state_label(state: str) -> str:
    """The translated name of a report state."""
    source = STATE_LABELS.get(state)
    return QCoreApplication.translate("ReportState", source) if source else state


class MainWindow(QMainWindow):
    """The reports of one store; opening one shows its wizard in the same window."""

    def __init__(self, store: ReportStore, settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        # The window's workers and the store's writer never run Python's collector (collector.py).
        collect_on_window_thread()
        self.store = store
        self.settings = settings
        self.wizard: ReportWizard | None = None
        self.saver: AutoSaver | None = None
        self.report_id: int | None = None
        self._export_panel: ExportPanel | None = None
        self.read_only_view: ReadOnlyView | None = None  # a submission file shown, not imported
        self._store_closed = False
        self._settling = False  # close_report is settling the open report's unsaved changes
        self._close_when_settled = False  # the window was asked to close meanwhile
        self._summaries: list[ReportSummary] = []
        self._list_language = ui_language()  # of the texts in the lists
        self._stray_alt = None  # Alt+letter never types the letter: set once the window exists

        self._build_actions()
        self._build_list_page()
        self._build_menus()
        self.save_status = QLabel(objectName="saveStatus")
        self.statusBar().addPermanentWidget(self.save_status)
        self.copy_path: Path | None = None  # where the last copy of the open report was saved
        # The save banner and the undo note: built before the first report is shown (see
        # _build_report_bars); the list the program starts on has neither.
        self.save_banner: QFrame | None = None
        self.undo_note: QLabel | None = None

        self.stack = QStackedWidget(objectName="stack")
        self.stack.addWidget(self.list_page)
        central = QWidget(objectName="central")
        self._central_layout = QVBoxLayout(central)
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        self._central_layout.setSpacing(0)
        self._central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.resize(1180, 760)

        self.retranslate()  # also fills the lists
        # Qt's namespace of enums (about 15 ms, see qt_namespace.py) is made once the list is
        # on the screen, before a key can need it. The list's frame is painted in the same
        # pass as its rows (asking Qt for the list's viewport would cost 12 ms: see pages/base.py).
        _AfterFirstPaint(self.report_list, self._after_first_paint)

    @staticmethod
    def _after_first_paint() -> None:
        make_now()
        # The log's writer in a turn of its own: a key pressed meanwhile waits for one of them.
        QTimer.singleShot(0, prepare_log)

    # -- construction ---------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(name: str, slot, shortcut=None) -> QAction:
            a = QAction(self, objectName=name)
            if shortcut is not None:
                set_shortcut(a, shortcut)
            a.triggered.connect(slot)
            return a

        self.new_action = action("newReport", self.new_report, QKeySequence.StandardKey.New)
        self.new_from_previous_action = action("newFromPrevious", self.new_report_from_previous, QKeySequence("Ctrl+Shift+N"))
        self.open_action = action("openReport", self.open_selected, QKeySequence.StandardKey.Open)
        self.close_report_action = action("closeReport", self.close_report, QKeySequence.StandardKey.Close)
        self.open_submission_action = action("openSubmission", self.open_submission_file, QKeySequence("Ctrl+Shift+O"))
        self.read_scan_action = action("readScannedPrint", self.read_scanned_print)
        self.sign_pdf_action = action("signPdf", self.sign_pdf)
        self.verify_pdf_action = action("verifyPdf", self.verify_pdf)
        self.restore_backup_action = action("restoreFromBackup", self.restore_from_backup)
        self.delete_action = action("deleteReport", self.delete_selected)
        self.restore_action = action("restoreReport", self.restore_selected)
        self.empty_bin_action = action("emptyBin", self.empty_bin)
        self.quit_action = action("quit", self.close, QKeySequence.StandardKey.Quit)
        # F1 (the platform's help key) opens the guide, which About holds until there is a
        # help of its own.
        self.about_action = action("about", self.show_about, QKeySequence.StandardKey.HelpContents)
        self.whats_this_action = action("whatsThis", self.whats_this, QKeySequence("Shift+F1"))
        # Undo and redo act on the open report's stack (see undo.py); both redo keys of the
        # systems work everywhere.
        self.undo_action = action("undo", self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = action("redo", self.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])

    def _build_list_page(self) -> None:
        self.list_page = QWidget(objectName="listPage")
        self.tabs = QTabWidget(objectName="reportTabs")

        self.report_list = ReportListView(ReportListModel(4, lambda s: [
            self._year_text(s), state_label(s.state), format_timestamp(s.updated_at, self._list_language)]),
            objectName="reportList")
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

        self.bin_list = ReportListView(ReportListModel(3, lambda s: [
            self._year_text(s), format_timestamp(s.deleted_at or "", self._list_language)]),
            objectName="binList")
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

        # Delete works on the selected report while the list has the focus. The context is set
        # by its name, as a .ui file does: Qt.ShortcutContext would make the Qt namespace.
        set_shortcut(self.delete_action, QKeySequence.StandardKey.Delete)
        self.delete_action.setProperty("shortcutContext", "WidgetWithChildrenShortcut")
        self.report_list.addAction(self.delete_action)

        self.report_list.activated.connect(lambda _index: self.open_selected())
        self.report_list.selectionModel().selectionChanged.connect(self._update_actions)
        self.bin_list.selectionModel().selectionChanged.connect(self._update_actions)
        self.tabs.currentChanged.connect(self._update_actions)

    def _build_report_bars(self) -> None:
        """The save banner and the undo note, before the first report is shown (called when
        a report is closed, which comes before every opening): built then, their buttons
        come before the report's fields in the Tab order, as when the window built them."""
        if self.save_banner is not None:
            return
        self._build_undo_note()
        self._build_save_banner()
        self._central_layout.insertWidget(0, self.save_banner)
        self._retranslate_report_bars()

    def _build_save_banner(self) -> None:
        """The banner that stays above the wizard while the report is not saved (or its checks
        could not run), until a later save succeeds."""
        self.save_banner = QFrame(objectName="saveBanner")
        self.save_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.save_banner.setAutoFillBackground(True)
        self.save_banner_text = QLabel(objectName="saveBannerText", wordWrap=True)
        self.save_banner_text.setTextFormat(Qt.TextFormat.PlainText)  # paths and messages, never markup
        self.save_banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(objectName="retrySaveButton")
        self.retry_button.clicked.connect(self.retry_save)
        self.save_copy_button = QPushButton(objectName="saveCopyButton")
        self.save_copy_button.clicked.connect(lambda: self.save_copy())
        layout = QHBoxLayout(self.save_banner)
        layout.addWidget(self.save_banner_text, 1)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.save_copy_button, 0, Qt.AlignmentFlag.AlignTop)
        self.save_banner.hide()

    def _build_undo_note(self) -> None:
        """"Member removed – Undo" in the status bar after a row is removed, for a while."""
        self.undo_note = QLabel(objectName="undoNote")
        self.undo_note_button = QPushButton(objectName="undoNoteButton", flat=True)
        self.undo_note_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+Z from the keyboard
        # Drawn as a link, so that it reads as something to click in the status bar's text.
        self.undo_note_button.setStyleSheet(
            "QPushButton { color: palette(link); text-decoration: underline; border: none; padding: 0 4px; }")
        self.undo_note_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.undo_note_button.clicked.connect(self.undo)
        self.statusBar().addWidget(self.undo_note)
        self.statusBar().addWidget(self.undo_note_button)
        self._undo_note_timer = QTimer(self, singleShot=True, interval=UNDO_NOTE_MS)
        self._undo_note_timer.timeout.connect(self.hide_undo_note)
        self.hide_undo_note()

    def show_undo_note(self, text: str) -> None:
        """Say in the status bar what was removed, with a button that undoes it."""
        self._build_report_bars()
        self.undo_note.setText(self.tr("%1 –").replace("%1", text))
        self.undo_note.show()
        self.undo_note_button.show()
        self._undo_note_timer.start()

    def hide_undo_note(self, *_args) -> None:
        if self.undo_note is None:
            return
        self.undo_note.hide()
        self.undo_note_button.hide()

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
                     self.read_scan_action, self.close_report_action, None, self.sign_pdf_action, self.verify_pdf_action,
                     None, self.restore_backup_action, None, self.delete_action, self.restore_action, self.empty_bin_action, None, self.quit_action):
            if item is None:
                self.file_menu.addSeparator()
            else:
                self.file_menu.addAction(item)
        # The language menu: its title and each language's name stay as they are in every
        # language, so whoever cannot read the current one still finds their own.
        # No Alt+letter for Edit either (Bewerken / Édition share letters with fields); Alt or
        # F10 reaches it, and Ctrl+Z needs no menu.
        self.edit_menu = self.menuBar().addMenu("")
        self.edit_menu.setObjectName("editMenu")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.language_menu = self.menuBar().addMenu(LANGUAGE_MENU_TITLE)
        self.language_menu.setObjectName("languageMenu")
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code in UI_LANGUAGES:
            # The text as a property: QAction(text, parent) makes PySide6 load QIcon and its 150 theme
            # icons (about 1.5 ms) while it chooses among the constructor's overloads.
            action = QAction(self, text=LANGUAGE_NAMES[code], objectName=f"language_{code}", checkable=True)
            action.triggered.connect(lambda _checked=False, code=code: self.switch_language(code))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.setObjectName("helpMenu")
        self.help_menu.addAction(self.whats_this_action)
        self.help_menu.addAction(self.about_action)

    # -- help -----------------------------------------------------------------------------

    def show_about(self) -> None:
        """Help ▸ About (F1): the guide to the form, the version, the data folder and the log."""
        from .dialogs.about import AboutDialog

        dialog = AboutDialog(self.store.path, self, anchor=self.help_key_of(QApplication.focusWidget()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def help_key_of(self, widget: QWidget | None) -> str | None:
        """The help key of the field ``widget`` is or belongs to (a table: its current cell's);
        None outside the open report."""
        from .widgets.grid import EntryGridModel, GridView

        if self.wizard is None or widget is None or not self.wizard.isAncestorOf(widget):
            return None
        while widget is not None and widget is not self.wizard:
            if isinstance(widget, GridView):
                index = widget.currentIndex()
                model = widget.model()
                if index.isValid() and isinstance(model, EntryGridModel):
                    return model.help_key(index) or widget.property("helpKey")
                if index.isValid() and hasattr(model, "COLUMNS"):
                    return f"{model.COLLECTION}.{model.COLUMNS[index.column()]}"
                return widget.property("helpKey")
            if widget.property("helpKey"):
                return widget.property("helpKey")
            widget = widget.parentWidget()
        return None

    def whats_this(self) -> None:
        """Help ▸ What's This (Shift+F1): the explanation of the field with the focus (of a
        table's current cell), at the field; elsewhere the pointer asks what to explain."""
        from PySide6.QtWidgets import QAbstractItemView, QWhatsThis

        widget = QApplication.focusWidget()
        text, anchor = "", None
        if widget is not None and self.wizard is not None and self.wizard.isAncestorOf(widget):
            view = widget
            while view is not None and not isinstance(view, QAbstractItemView):
                view = view.parentWidget() if view is not self.wizard else None
            if view is not None and view.currentIndex().isValid():
                text = str(view.currentIndex().data(Qt.ItemDataRole.WhatsThisRole) or "")
                rect = view.visualRect(view.currentIndex())
                anchor = view.viewport().mapToGlobal(rect.bottomLeft())
            if not text:
                text = widget.whatsThis() or (view.whatsThis() if view is not None else "")
                anchor = widget.mapToGlobal(widget.rect().bottomLeft())
        if text:
            QWhatsThis.showText(anchor, text, widget)
        else:
            QWhatsThis.enterWhatsThisMode()

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
        # No Alt+letter: every letter of Help / Hulp / Aide is a field's on some page. F1 opens
        # the help; Alt or F10 reaches the menu bar.
        self.help_menu.setTitle(self.tr("Help"))
        self.edit_menu.setTitle(self.tr("Edit"))
        self._check_language()
        texts = {
            self.new_action: self.tr("&New report"),
            self.new_from_previous_action: self.tr("New from &last year's"),
            self.open_action: self.tr("&Open"),
            self.close_report_action: self.tr("&Close report"),
            self.open_submission_action: self.tr("Open &submission file…"),
            self.read_scan_action: self.tr("Read a scanned &print…"),
            self.sign_pdf_action: self.tr("Si&gn a PDF…"),
            self.verify_pdf_action: self.tr("&Verify a signed PDF…"),
            self.restore_backup_action: self.tr("Restore from &backup…"),
            self.delete_action: self.tr("&Delete"),
            self.restore_action: self.tr("&Restore from the bin"),
            self.empty_bin_action: self.tr("&Empty the bin…"),
            self.quit_action: self.tr("&Quit"),
            self.about_action: self.tr("&About Clusterverslag"),
            self.whats_this_action: self.tr("&What's this?"),
        }
        for action, text in texts.items():
            action.setText(text)
        self._update_undo_actions()
        if self.save_banner is not None:
            self._retranslate_report_bars()
        self.new_from_previous_action.setStatusTip(self.tr(
            "A report for the next year with the identification, members and partnerships of the selected one."))
        self.open_submission_action.setStatusTip(self.tr(
            "Check a submission file, then import it as a new report or only look at it."))
        self.read_scan_action.setStatusTip(self.tr(
            "Read the data codes of a scanned or photographed print back into the report, then import it or "
            "only look at it."))
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
        missing = self.tr("(promoter not filled in yet)")
        self._list_language = ui_language()
        self.report_list.list_model().set_headers(
            [self.tr("Promoter"), self.tr("Year"), self.tr("State"), self.tr("Last change")], missing)
        self.bin_list.list_model().set_headers([self.tr("Promoter"), self.tr("Year"), self.tr("Deleted on")], missing)
        # Sized from what a column can show, once per language, never from the rows.
        sample_time = format_timestamp("2026-12-31T23:59:00", self._list_language)
        self.report_list.fit_columns([["0000", "–"], [state_label(state) for state in STATE_LABELS], [sample_time]])
        self.bin_list.fit_columns([["0000", "–"], [sample_time]])
        self.report_list.setAccessibleName(self.tr("Reports"))
        self.bin_list.setAccessibleName(self.tr("Reports in the bin"))
        self.bin_hint.setText(self.tr(
            "Deleted reports stay here until you empty the bin. Restore brings one back to the list."))
        self.refresh_lists()
        self._show_save_state()
        self._update_title()

    def _retranslate_report_bars(self) -> None:
        self.undo_note_button.setText(self.tr("Undo"))
        self.undo_note_button.setToolTip(self.tr("Undo (Ctrl+Z)"))
        self.retry_button.setText(self.tr("Retry"))
        self.retry_button.setToolTip(self.tr("Try to save the report again now."))
        self.save_copy_button.setText(self.tr("Save a copy…"))
        self.save_copy_button.setToolTip(self.tr(
            "Save the report in a file of its own elsewhere, for example on a USB stick."))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stray_alt is None:
            self._stray_alt = install_stray_alt_filter(self)
            install_stray_alt_filter_everywhere(QApplication.instance())  # the dialogs too

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
        self._list_language = language
        selected = self.selected_report_id()
        self._fill(self.report_list, reports, selected)
        self._fill(self.bin_list, deleted, None)
        self.tabs.setTabText(0, self.tr("Reports (%1)").replace("%1", str(len(reports))))
        self.tabs.setTabText(1, self.tr("Bin (%1)").replace("%1", str(len(deleted))))
        self.report_hint.setText(
            self.tr("Open a report to go on with it, or start a new one.") if reports else
            self.tr("No reports yet. Choose New report to start the report of the year just ended."))
        self._update_actions()

    @staticmethod
    def _fill(table: ReportListView, summaries: list[ReportSummary], selected: int | None) -> None:
        """Show ``summaries``, the report ``selected`` selected again (else the first)."""
        table.list_model().set_summaries(summaries)
        row = table.list_model().row_of(selected) if selected is not None else -1
        if row < 0 and summaries:
            row = 0
        if row >= 0:
            table.select_row(row)

    def _year_text(self, summary: ReportSummary) -> str:
        return str(summary.year) if summary.year is not None else "–"

    @staticmethod
    def _selected_id(table: ReportListView) -> int | None:
        return table.selected_id()

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
        self.empty_bin_action.setEnabled(listing and self.bin_list.list_model().rowCount() > 0)
        self.close_report_action.setEnabled(not listing)
        self._update_undo_actions()
        for button, action in ((self.open_button, self.open_action), (self.delete_button, self.delete_action),
                               (self.new_from_previous_button, self.new_from_previous_action),
                               (self.restore_button, self.restore_action), (self.empty_bin_button, self.empty_bin_action)):
            button.setEnabled(action.isEnabled())

    def _undo_stack(self):
        """The open report's undo stack; None on the list and in the read-only views."""
        if self.wizard is None or self.read_only_view is not None or self.wizard.read_only:
            return None
        return self.wizard.undo_stack

    def _update_undo_actions(self, *_args) -> None:
        stack = self._undo_stack()
        for action, able, text, plain_text, named_text in (
                (self.undo_action, stack is not None and stack.canUndo(), stack and stack.undoText(),
                 self.tr("&Undo"), self.tr("&Undo: %1")),
                (self.redo_action, stack is not None and stack.canRedo(), stack and stack.redoText(),
                 self.tr("&Redo"), self.tr("&Redo: %1"))):
            action.setEnabled(bool(able))
            action.setText(named_text.replace("%1", text) if able and text else plain_text)

    def undo(self) -> None:
        """Edit ▸ Undo (Ctrl+Z): take back the last change to the open report."""
        if self._undo_stack() is not None:
            self.wizard.undo()

    def redo(self) -> None:
        """Edit ▸ Redo (Ctrl+Shift+Z, Ctrl+Y): make the last change taken back again."""
        if self._undo_stack() is not None:
            self.wizard.redo()

    # -- actions --------------------------------------------------------------------------

    def new_report(self) -> int | None:
        """Start an empty report for the year just ended and open it."""
        from ..domain.model import Report  # here: the list the program starts on needs no report model

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
        saver = AutoSaver(self.store, report_id, lambda: wizard.report, self, prepare=wizard.store_unstored)
        wizard.store_failed.connect(saver.fail)
        wizard.check_failed.connect(self._show_save_state)
        wizard.report_changed.connect(saver.schedule)
        wizard.report_changed.connect(self._update_title)
        # A page change saves at once without waiting for the disk (a slow share: 250 ms).
        wizard.currentIdChanged.connect(lambda _id: saver.save_soon())
        wizard.finished.connect(lambda _result: self.close_report())
        for signal in (wizard.undo_stack.indexChanged, wizard.undo_stack.canUndoChanged,
                       wizard.undo_stack.canRedoChanged):
            signal.connect(self._update_undo_actions)
        wizard.undo_stack.indexChanged.connect(self.hide_undo_note)
        wizard.row_removed.connect(self.show_undo_note)
        saver.state_changed.connect(self._show_save_state)
        saver.state_changed.connect(lambda _state: self._check_stale(saver))
        self.wizard, self.saver, self.report_id = wizard, saver, report_id
        self._export_panel = None
        # The export buttons go at the foot of the check page, when that page is built.
        wizard.check_page_built.connect(lambda: self._add_export_panel(wizard, saver, report_id))
        self.copy_path = None
        _log.info("report %s opened", report_id)
        self.stack.addWidget(wizard)
        self.stack.setCurrentWidget(wizard)
        wizard.show()
        self._update_actions()
        self._update_title()
        self._show_save_state()
        return wizard

    def _add_export_panel(self, wizard: ReportWizard, saver: AutoSaver, report_id: int) -> None:
        from .export_panel import ExportPanel

        if wizard is not self.wizard:
            return  # a report closed meanwhile
        panel = ExportPanel(wizard, self.store, report_id, saver, self.settings)
        panel.exported.connect(lambda _record: self.refresh_lists())
        panel.status.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self._export_panel = panel

    @property
    def export_panel(self) -> ExportPanel | None:
        """The export buttons of the open report (its check page is built for them)."""
        if self.wizard is not None and self._export_panel is None:
            self.wizard.check_page.ensure_built()
        return self._export_panel

    def close_report(self) -> bool:
        """Save and close the open report, back to the list; False if it could not be saved."""
        self._build_report_bars()  # for the report that may be opened next
        if self.read_only_view is not None:
            return self._close_read_only()
        if self.wizard is None or self.saver is None:
            return True
        self._settling = True
        try:
            settled = self._settle_unsaved()
        except BaseException:
            self.wizard.show()  # the wizard hid itself on Close: never leave an open report unseen
            raise
        finally:
            self._settling = False
        close_window, self._close_when_settled = self._close_when_settled, False
        if not settled:
            self.wizard.show()
            return False  # kept open: the window too, though it was asked to close meanwhile
        _log.info("report %s closed%s", self.report_id, "" if self.saver.state == SAVED else " without its last changes")
        self._drop_open_report()
        if close_window:
            QTimer.singleShot(0, self.close)
        return True

    def _drop_open_report(self) -> None:
        """Back to the list without saving, and give the report free for other windows."""
        wizard, saver, report_id = self.wizard, self.saver, self.report_id
        self.wizard, self.saver, self.report_id, self._export_panel = None, None, None, None
        self.copy_path = None
        self.hide_undo_note()
        self.stack.setCurrentWidget(self.list_page)
        self.stack.removeWidget(wizard)
        wizard.deleteLater()
        saver.close()  # nothing more is saved; a save still being written ends first
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
        code = getattr(error, "code", None)  # any other failure is shown by the banner alone
        if saver is not self.saver or code not in ("stale-revision", "file-replaced"):
            return
        if getattr(saver, "stale_offered", False):
            return
        saver.stale_offered = True
        QTimer.singleShot(0, lambda: self._offer_copy(saver, code))

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
            self.store = ReportStore.open(path, backups=True, background=True)
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

    def _settle_unsaved(self) -> bool:
        """Save the open report; when that fails, ask until the changes are saved, copied to a
        file, or knowingly given up. False when the user keeps the report open."""
        if self.saver.flush():
            return True
        self.wizard.show()  # the question is about this report: keep it in view (Close hid it)
        while True:
            choice = self.ask_unsaved(failure_reason(self.saver.last_error) if self.saver.last_error else "")
            if choice == RETRY and self.retry_save():
                return True
            if choice == COPY and self.save_copy() is not None:
                return True
            if choice == DISCARD:
                return True
            if choice == KEEP_OPEN:
                return False

    def retry_save(self) -> bool:
        """Take in what could not be taken in, run the checks again if they failed, and save
        now; True when the report is saved."""
        if self.wizard is None or self.saver is None:
            return True
        if self.wizard.check_error is not None:
            self.wizard.check(refresh=True)
        return self.saver.save_now()

    def save_copy(self, path: Path | str | None = None) -> Path | None:
        """Save the open report in a file of its own (``path``, or one the user chooses): its
        submission file when it has no errors, else a database file holding only this report.
        Returns the file written, or None (cancelled, or it could not be written: said so)."""
        if self.wizard is None:
            return None
        from ..export.copy import SUBMISSION, copy_format, write_copy
        from ..export.files import export_basename

        report = self.wizard.report
        try:
            self.wizard.store_unstored()  # what the widgets hold, as far as it can be taken in
        except Exception:  # noqa: BLE001 - already shown and logged by the saver
            pass
        kind, data = copy_format(report)
        if path is None:
            path = self._choose_copy_path(kind, export_basename(report))
            if path is None:
                return None
        path = Path(path)
        from .background import run_in_background

        snapshot = report.copy()  # the worker's own: the window's report is not touched from two threads
        try:
            # A writing job (a USB stick or a share may be slow): the window goes on painting,
            # and a close waits for the file to be whole. Not cancellable: the copy is what
            # the user asked for when a save failed, and it is written in one go.
            run_in_background(self, lambda _task: write_copy(snapshot, path, kind, data),
                              title=self.tr("Save a copy of the report"),
                              label=lambda _done, _total: self.tr("Saving a copy as %1…").replace("%1", path.name),
                              object_name="copyProgress", cancellable=False)
        except Exception as error:  # noqa: BLE001 - the user must know the copy is not there
            _log.error("the copy of report %s could not be written to %s", self.report_id, path,
                       exc_info=(type(error), error, error.__traceback__))
            self.warn(self.tr("No copy saved"), self.tr("The copy could not be written to %1:\n%2").replace(
                "%1", str(path)).replace("%2", failure_reason(error)))
            return None
        _log.info("a copy of report %s was saved to %s", self.report_id, path)
        self.copy_path = path
        if kind == SUBMISSION:
            text = self.tr("A copy was saved as the submission file %1. File ▸ Open submission file… imports it.")
        else:
            text = self.tr("The report still has errors, so it cannot be a submission file yet. A copy was saved "
                           "as the database file %1, which holds this report only; open it with "
                           "clusterverslag --db followed by that file name.")
        self.inform(self.tr("Copy saved"), text.replace("%1", str(path)))
        self._show_save_state()
        return path

    def _choose_copy_path(self, kind: str, basename: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        from ..export.copy import SUBMISSION
        from .export_panel import remember_folder, remembered_folder

        if kind == SUBMISSION:
            name, wanted = f"{basename}.xml", self.tr("Submission files (*.xml)")
        else:
            name, wanted = f"{basename}-kopie.sqlite" if self.wizard.report.language == "nl" else f"{basename}-copie.sqlite", \
                self.tr("Clusterverslag database files (*.sqlite)")
        folder = remembered_folder(self.settings, "copy/lastFolder")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy of the report"), str(Path(folder) / name),
                                                wanted)
        if not chosen:
            return None
        remember_folder(self.settings, "copy/lastFolder", Path(chosen).parent)
        return Path(chosen)

    def rescue_after_error(self) -> str:
        """After an unexpected error: try to save the open report, else keep a copy in the
        log's folder; return what happened, in the window's language, for the error dialog."""
        if self.wizard is None or self.saver is None or self.read_only_view is not None:
            return self.tr("No report was being edited; the reports in the list are saved.")
        if self.retry_save():
            return self.tr("The report is saved.")
        from ..export.copy import copy_format, write_copy
        from ..export.files import export_basename
        from ..logfile import log_path

        reason = failure_reason(self.saver.last_error) if self.saver.last_error else ""
        folder = log_path().parent if log_path() is not None else None
        if folder is not None:
            report = self.wizard.report
            kind, data = copy_format(report)
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            path = folder / f"{export_basename(report)}-{stamp}.{kind}"
            try:
                write_copy(report, path, kind, data)
            except Exception:  # noqa: BLE001 - said below
                _log.exception("the rescue copy could not be written to %s", path)
            else:
                _log.info("a copy of report %s was saved to %s", self.report_id, path)
                self.copy_path = path
                self._show_save_state()
                return self.tr("The last changes could not be saved (%1). A copy of the report was saved as %2.").replace(
                    "%1", reason).replace("%2", str(path))
        return self.tr("The last changes could not be saved (%1). They are still in the window: use Retry or "
                       "Save a copy… before closing.").replace("%1", reason)

    # -- submission files and signed PDFs ---------------------------------------------------

    def open_submission_file(self, path: Path | str | None = None):
        """Choose a submission file (unless ``path`` is given) and check it. A refused file
        shows its problems and nothing is imported; a file that was read shows what it holds,
        to import it as a new report or to look at it read-only. Returns the dialog shown (not
        blocking), or None when the user cancelled."""
        from .dialogs.submission import choose_submission_file, read_submission_or_explain

        path = Path(path) if path else choose_submission_file(self, self.settings)
        if path is None:
            return None
        result, refusal = read_submission_or_explain(self, path)
        if result is None:
            return refusal
        return self._offer_submission(path, result)

    def read_scanned_print(self, paths: list[Path | str] | None = None):
        """Choose the pages of a scanned or photographed print (unless ``paths`` are given),
        read their data codes back into the submission file off the window's thread, and go
        on as *Open submission file…* does with it. Why a print cannot be read is shown in a
        message box. Returns the dialog shown (not blocking), or None when the user cancelled."""
        from .dialogs.scan import choose_scan_files, read_scan_or_explain, scan_source

        chosen = [Path(path) for path in paths] if paths else choose_scan_files(self, self.settings)
        if not chosen:
            return None
        result, refusal = read_scan_or_explain(self, chosen)
        if result is None:
            return refusal
        return self._offer_submission(scan_source(chosen), result)

    def _offer_submission(self, source: Path, result):
        """Show what an accepted submission file holds, to import it or view it read-only."""
        from .dialogs.submission import open_summary_dialog

        dialog = open_summary_dialog(self, source, result)
        dialog.import_chosen.connect(lambda: self.import_report(result.report))
        dialog.view_chosen.connect(lambda: self.show_read_only(result.report, source))
        return dialog

    def import_report(self, report: Report) -> int | None:
        """Store ``report`` (read from a submission file or a scanned print) as a new report and
        open it. When a stored report already has this content (the same file imported before),
        ask first: open that one, import it again as another report, or do nothing (the command
        line refuses without ``--again``)."""
        try:
            same = self.store.reports_with_content(report)
        except StorageError as error:
            self.warn(self.tr("The report cannot be created"), error.message.get(ui_language()))
            return None
        if same:
            existing, in_bin = same[0]
            choice = self._ask_import_again(existing, in_bin)
            if choice == "open":
                return existing if self.open_report(existing) is not None else None
            if choice != "again":
                return None
        return self._create_and_open(lambda: self.store.create(report))

    def _ask_import_again(self, existing: int, in_bin: bool) -> str:
        """Ask what to do with a report that is stored already: "open", "again" or ""."""
        from PySide6.QtWidgets import QMessageBox  # here, as in every method that asks: not loaded at start

        box = QMessageBox(QMessageBox.Icon.Question, plain.window_title(self.tr("Already imported")),
                          plain.as_plain(self.tr("This report is already among your reports (report %1%2).")
                                   .replace("%1", str(existing))
                                   .replace("%2", self.tr(", in the bin") if in_bin else "")),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("alreadyImported")
        box.setInformativeText(self.tr("Importing it again makes a second, separate report."))
        open_button = None if in_bin else box.addButton(self.tr("&Open that report"),
                                                        QMessageBox.ButtonRole.AcceptRole)
        again_button = box.addButton(self.tr("&Import as another report"), QMessageBox.ButtonRole.ActionRole)
        cancel_button = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(open_button or cancel_button)
        box.setEscapeButton(cancel_button)
        box.exec()
        clicked = box.clickedButton()
        if clicked is open_button and open_button is not None:
            return "open"
        return "again" if clicked is again_button else ""

    def show_read_only(self, report: Report, source: Path) -> ReportWizard | None:
        """Show ``report`` read-only under a banner naming ``source``: an in-memory copy,
        nothing saved to the user's reports. Closing it returns to the list."""
        from .read_only import ReadOnlyView

        if not self.close_report():
            return None
        view = ReadOnlyView(report, source, self.stack)
        return self._show_view(view, lambda: self.import_report(view.report))

    def show_open_elsewhere(self, report: Report, report_id: int, holder: Holder) -> ReportWizard | None:
        """Show a stored report that another window has open, read-only, under a banner saying
        where it is open; its button keeps it as a copy (a new report)."""
        from .open_elsewhere import OpenElsewhereView

        view = OpenElsewhereView(report, report_id, holder, self.stack)
        return self._show_view(view, self.keep_as_copy)

    def _show_view(self, view, on_import) -> ReportWizard:
        """Show a read-only view of a report in the window; its button calls ``on_import``."""
        view.wizard.finished.connect(lambda _result: self.close_report())
        view.import_requested.connect(on_import)
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
        report is saved and closed first; the current file is renamed aside, never deleted.

        The copy is checked, copied and put in place in a worker (a writing job, see
        ``background.py``): the window goes on painting, *Cancel* stops it until the copy is
        whole (nothing changed then), and closing the window waits for it. Returns once it has
        ended, True when the backup was restored."""
        import sqlite3

        from ..storage.backups import restore_backup
        from .background import Cancelled, Task, run_in_background

        if not self.close_report():
            return False
        path, backup = self.store.path, Path(backup)
        self.store.close()
        self._store_closed = True

        def work(task: Task) -> Path | None:
            def progress(done: int, total: int) -> None:
                task.raise_if_cancelled()  # stops SQLite's copy between two steps
                task.progress(done, total)

            return restore_backup(path, backup, progress=progress, before_replacing=task.raise_if_cancelled)

        aside, restored = None, False
        try:
            aside = run_in_background(
                self, work, title=self.tr("Restore from backup"),
                label=lambda _done, _total: self.tr("Restoring the backup…"), object_name="restoreProgress",
                cancelling=self.tr("Cancelling… The current file stays in its place."))
        except Cancelled:
            _log.info("the restore of %s was cancelled: nothing was changed", backup)
            self.statusBar().showMessage(self.tr("Restore cancelled: nothing was changed."), 20000)
        except (OSError, sqlite3.Error) as error:
            _log.error("the backup %s could not be restored over %s", backup, path,
                       exc_info=(type(error), error, error.__traceback__))
            self.warn(self.tr("The backup cannot be restored"), self.tr(
                "Nothing was changed: the current file is still in its place.\n\n%1").replace("%1", str(error)))
        else:
            restored = True
            _log.info("the backup %s was restored over %s; the file before it is kept as %s", backup, path, aside)
        try:
            # No copy now of what was just restored from a copy; the ten-minute copies go on.
            self.store = ReportStore.open(path)
            self.store.backups = True
        except StorageError as error:
            self.warn(self.tr("The reports cannot be read"), error.message.get(ui_language()))
            self._summaries = []
            self.report_list.list_model().set_summaries([])
            self.bin_list.list_model().set_summaries([])
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
        row = self.report_list.selected_row()
        model = self.report_list.list_model()
        name = model.text(row, 0) if row >= 0 else ""
        year = model.text(row, 1) if row >= 0 else ""
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
        count = self.bin_list.list_model().rowCount()
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

    def inform(self, title: str, text: str) -> None:
        """Tell about something that was done."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self, title, plain.as_plain(text))

    def ask_unsaved(self, reason: str) -> str:
        """Ask what to do with changes that could not be saved: COPY, RETRY, DISCARD or
        KEEP_OPEN (Escape). Saving a copy is the default."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not saved"), self.tr(
            "The last changes to this report could not be saved:\n%1\n\nWhat do you want to do with them?").replace(
            "%1", reason), parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        buttons = {
            box.addButton(self.tr("Save a copy…"), QMessageBox.ButtonRole.AcceptRole): COPY,
            box.addButton(self.tr("Retry"), QMessageBox.ButtonRole.ActionRole): RETRY,
            box.addButton(self.tr("Close and lose the changes"), QMessageBox.ButtonRole.DestructiveRole): DISCARD,
        }
        keep = box.addButton(self.tr("Keep the report open"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(next(iter(buttons)))
        box.setEscapeButton(keep)
        box.exec()
        return buttons.get(box.clickedButton(), KEEP_OPEN)

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
            self.save_status.setProperty("state", "")
            if self.save_banner is not None:
                self.save_banner.hide()
            return
        state = self.saver.state
        reason = failure_reason(self.saver.last_error) if self.saver.last_error else ""
        if state == SAVED:
            self.save_status.setText(self.tr("All changes saved"))
            self.save_status.setToolTip("")
        elif state == PENDING:
            self.save_status.setText(self.tr("Saving…"))
        elif state == FAILED:
            # Elided: a long reason must not widen the window; the banner shows it whole.
            text = self.tr("Not saved: %1").replace("%1", reason)
            self.save_status.setText(self.save_status.fontMetrics().elidedText(
                text, Qt.TextElideMode.ElideRight, STATUS_WIDTH))
            self.save_status.setToolTip(plain.as_plain(text))
        self.save_status.setProperty("state", state)
        self._show_save_banner(state, reason)

    def _show_save_banner(self, state: str, reason: str) -> None:
        self._build_report_bars()
        check_error = self.wizard.check_error if self.wizard is not None else None
        lines = []
        if state == FAILED:
            lines.append(self.tr("Not saved: %1").replace("%1", reason))
            lines.append(self.tr("What you typed is kept in this window; saving is tried again every few seconds and "
                                 "at every change."))
            if self.copy_path is not None:
                lines.append(self.tr("A copy was saved as %1.").replace("%1", str(self.copy_path)))
        if check_error is not None:
            lines.append(self.tr("The checks and computed figures could not be updated: %1 The list of problems "
                                 "may be out of date.").replace("%1", failure_reason(check_error)))
        if not lines:
            self.save_banner.hide()
            return
        lines.append(log_location_text())
        self.save_banner_text.setText("\n".join(lines))
        self.save_copy_button.setVisible(state == FAILED)
        self.save_banner.setProperty("state", "failed" if state == FAILED else "warning")
        palette = self.save_banner.palette()
        palette.setColor(self.save_banner.backgroundRole(), QColor("#fde2e1" if state == FAILED else "#fff4ce"))
        palette.setColor(self.save_banner.foregroundRole(), QColor("#1a1a1a"))
        self.save_banner.setPalette(palette)
        self.save_banner.show()

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
        if self._settling:
            # Closing the report is under way (asking what to do with changes not saved, or
            # writing a copy in a worker, whose "Copy saved" has a message box of its own): the
            # window closes once that is done, not by closing the report a second time inside it.
            self._close_when_settled = True
            event.ignore()
            return
        if not self.close_report():
            event.ignore()
            return
        if self.settings is not None:
            self.settings.setValue(geometry_key(), self.saveGeometry())
        self._store_closed = True
        self.store.close()
        event.accept()


def set_shortcut(action: QAction, key: QKeySequence | QKeySequence.StandardKey) -> None:
    """``action.setShortcut(key)``, done as Qt does it (a list of the one sequence): PySide6's
    ``setShortcut`` makes the Qt namespace (see qt_namespace.py) while it chooses among its
    overloads, ``setShortcuts`` with a list does not."""
    sequence = key if isinstance(key, QKeySequence) else QKeySequence(key)  # no copy: the same overloads
    action.setShortcuts([sequence] if not sequence.isEmpty() else [])


class _AfterFirstPaint(QObject):
    """Calls ``then`` from the event loop once ``widget`` has painted itself the first time
    (after the rest of that paint: its children are painted in the same pass)."""

    def __init__(self, widget: QWidget, then):
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


def after_first_paint(widget: QWidget, then) -> None:
    """Call ``then`` from the event loop once ``widget`` has first painted (see _AfterFirstPaint)."""
    _AfterFirstPaint(widget, then)


def geometry_key() -> str:
    """The settings key of the window geometry; it names the Qt version, so state saved by
    another Qt is never restored into this one."""
    return f"mainWindow/geometry-qt{qVersion()}"
