"""Opening a submission file: choosing it, reading it as untrusted input, and telling the user
what was found.

A file that is refused shows every problem (line, element, what is wrong) in
:class:`SubmissionProblemsDialog`, and nothing is imported. A file that was read shows what it
holds in :class:`SubmissionSummaryDialog`, with the two ways to go on: import it as a new
report, or only look at it. This is how a member OCMW gets a real copy of the report.

Both dialogs open window-modal without blocking (``open()``) and delete themselves when closed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.checks import Problem
from ..background import Cancelled, Task, run_in_background
from ..export_panel import remember_folder, remembered_folder
from ..language import format_count, format_fingerprint, ui_language
from ..widgets.marking import COLOURS
from ..widgets.plain import PLAIN, as_plain

FOLDER_KEY = "submission/lastFolder"


def choose_submission_file(parent: QWidget | None, settings: QSettings | None = None) -> Path | None:
    """Ask for the submission file to open; None when the user cancels."""
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("SubmissionFile", "Open a submission file"),
        remembered_folder(settings, FOLDER_KEY),
        QCoreApplication.translate("SubmissionFile", "Submission files (*.xml);;All files (*)"))
    if not path:
        return None
    remember_folder(settings, FOLDER_KEY, Path(path).parent)
    return Path(path)


# A read that lasts longer than this shows a progress dialog with Cancel.
PROGRESS_DELAY_MS = 300
# What the window says after a Cancel, in its status bar, for so long.
STATUS_MS = 10000


class ReadCancelled(Cancelled):
    """A read stopped on the user's Cancel; nothing of it was imported. ``pages``: of a
    scanned print, how many pages were read before it stopped (None when not known)."""

    def __init__(self, pages: int | None = None):
        super().__init__()
        self.pages = pages


def read_submission_or_explain(parent: QWidget | None, path: Path, read=None, *, title: str | None = None,
                               label=None, cancelling: str | None = None, cancelled_text=None):
    """Read the submission file at ``path`` in the user's language: ``(result, None)`` with
    the ``ImportResult``, ``(None, dialog)`` for a refused file, the dialog that shows its
    problems opened (window-modal, not blocking), or ``(None, None)`` when the user cancelled.
    Nothing is imported either way.

    The file is read and checked in a worker thread (:func:`..background.run_in_background`)
    while the window goes on drawing and answering: a file near the size limit takes a second
    or two under load (the schema, thousands of counts). A read that lasts shows a progress
    dialog (objectName ``readingSubmission``) with Cancel. Parsing and checking cannot be
    interrupted: after Cancel the dialog says so until the check under way has ended, its
    result is dropped (a refusal too), and the window's status bar says that nothing was
    imported. Closing the window meanwhile does not wait: the read is left to end on its own
    (a file on a network share that stopped answering may never end) and its result, whatever
    it is, is dropped; the window closes once this has returned.

    ``read``, when given, is called in the worker instead of reading ``path``, as
    ``read(language, task)``, and returns the ``ImportResult``: *Read a scanned print…* puts
    the file back together from the codes there (stopping between pages when ``task`` is
    cancelled, raising :class:`ReadCancelled`), then checks it the same way. ``title``,
    ``label(done, total)`` and ``cancelling`` are the progress dialog's texts, and
    ``cancelled_text(stopped)`` what the status bar says after a Cancel. An exception other
    than a refusal of the file is raised here, in the window's thread.
    """
    from ...export.submission import SubmissionError, read_submission_file

    language = ui_language()

    def work(task: Task):
        try:
            result = read(language, task) if read else read_submission_file(path, language)
        except Cancelled:
            raise
        except SubmissionError as refused:
            if task.cancelled():
                raise ReadCancelled() from None
            return None, refused.problems
        except Exception:
            if task.cancelled():
                raise ReadCancelled() from None
            raise
        if task.cancelled():
            raise ReadCancelled()  # read and checked after all: the result is dropped
        return result, None

    translate = QCoreApplication.translate
    reading = translate("SubmissionFile", "Reading and checking %1…").replace("%1", path.name)
    try:
        result, problems = run_in_background(
            parent, work, title=title or translate("SubmissionFile", "Open submission file"),
            label=label or (lambda _done, _total: reading), object_name="readingSubmission",
            show_after_ms=PROGRESS_DELAY_MS, abandonable=True,
            cancelling=cancelling or translate(
                "SubmissionFile", "Cancelling… The check under way cannot be interrupted: when it ends, its "
                "result is dropped and nothing is imported."))
    except Cancelled as stopped:  # on Cancel, or left to end on its own as the window closes
        if not isinstance(stopped, ReadCancelled):
            stopped = ReadCancelled()  # how far it got is not known
        text = cancelled_text(stopped) if cancelled_text else translate(
            "SubmissionFile", "Reading %1 was cancelled: nothing was imported.").replace("%1", path.name)
        _tell(parent, text)
        return None, None
    if result is not None:
        return result, None
    dialog = SubmissionProblemsDialog(parent, path, problems)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return None, dialog


def _tell(parent: QWidget | None, text: str) -> None:
    """Say ``text`` in the status bar of the window ``parent`` is in (when it has one)."""
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, STATUS_MS)


def _reason(problem, language: str) -> str:
    """The problem's message without the line and element it starts with (they have their own
    columns); the whole message when it does not start that way."""
    text = problem.message.get(language)
    if problem.line is None and problem.element is None:
        return text
    head, separator, rest = text.partition(" : " if language == "fr" else ": ")
    named = (problem.line is None or str(problem.line) in head) and (problem.element is None or problem.element in head)
    if separator and rest and named and len(head) <= 40 + len(problem.element or ""):
        return rest[:1].upper() + rest[1:]
    return text


class SubmissionProblemsDialog(QDialog):
    """Why a submission file was refused: one row per problem."""

    def __init__(self, parent: QWidget | None, path: Path, problems: list):
        super().__init__(parent)
        self.setObjectName("submissionProblemsDialog")
        self.path = Path(path)
        self.problems = list(problems)

        self.intro = QLabel(objectName="refusalIntro", wordWrap=True, textFormat=PLAIN)  # names the file
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 3, objectName="fileProblems")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_args: self.table.resizeRowsToContents())

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setObjectName("copyProblems")
        self.copy_button.clicked.connect(self.copy)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(760, 420)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        language = ui_language()
        self.setWindowTitle(self.tr("Submission file refused"))
        self.intro.setText(self.tr(
            "%1 cannot be opened: it is not a submission file this program can read, or it was "
            "changed after it was written. Nothing was imported.\n\nProblems found: %2.").replace(
            "%1", self.path.name).replace("%2", format_count(len(self.problems), language)))
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Element"), self.tr("Problem")])
        self.table.setAccessibleName(self.tr("Problems of the submission file"))
        self.copy_button.setText(self.tr("&Copy the list"))
        self.table.setRowCount(len(self.problems))
        for row, problem in enumerate(self.problems):
            cells = [str(problem.line) if problem.line else "–", problem.element or "–", _reason(problem, language)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setToolTip(as_plain(problem.message.get(language)))  # may quote the file
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if self.problems:
            self.table.selectRow(0)

    def problem_texts(self) -> list[str]:
        """Every problem as shown, each message naming its line and element."""
        return [problem.message.get(ui_language()) for problem in self.problems]

    def copy(self) -> None:
        """Put the file's name and every problem on the clipboard, to send to whoever made it."""
        QGuiApplication.clipboard().setText("\n".join([str(self.path), *self.problem_texts()]))


class SubmissionSummaryDialog(QDialog):
    """What a submission file holds, and what to do with it."""

    import_chosen = Signal()  # import it as a new report
    view_chosen = Signal()  # show it read-only

    def __init__(self, parent: QWidget | None, path: Path, result):
        super().__init__(parent)
        self.setObjectName("submissionSummaryDialog")
        self.path = Path(path)
        self.result = result

        self.intro = QLabel(objectName="summaryIntro", wordWrap=True)
        self.labels = [QLabel() for _ in range(5)]
        # What the file says, shown as text, never as HTML.
        self.file_value = QLabel(objectName="summaryFile", wordWrap=True, textFormat=PLAIN)
        self.promoter_value = QLabel(objectName="summaryPromoter", wordWrap=True, textFormat=PLAIN)
        self.year_value = QLabel(objectName="summaryYear", textFormat=PLAIN)
        self.members_value = QLabel(objectName="summaryMembers", wordWrap=True, textFormat=PLAIN)
        self.fingerprint_value = QLabel(objectName="summaryFingerprint", textFormat=PLAIN)
        values = (self.file_value, self.promoter_value, self.year_value, self.members_value, self.fingerprint_value)
        form = QFormLayout()
        for label, value in zip(self.labels, values):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
        self.checks_summary = QLabel(objectName="summaryChecks", wordWrap=True)
        self.problems = QListWidget(objectName="summaryProblems")
        self.problems.setWordWrap(True)
        self.problems.setTextElideMode(Qt.TextElideMode.ElideNone)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        self.view_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.view_button.setObjectName("viewButton")
        self.import_button.clicked.connect(self._import)
        self.view_button.clicked.connect(self._view)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.checks_summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        # Room for the list of problems when there are any; else just what the texts need.
        self.resize(680, 460 if result.problems else self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        language = ui_language()
        report = self.result.report
        self.setWindowTitle(self.tr("Open submission file"))
        self.intro.setText(self.tr(
            "The submission file was read and is in order. Import it as a new report to work on "
            "it, or only look at it."))
        for label, text in zip(self.labels, (self.tr("File:"), self.tr("Promoter:"), self.tr("Year:"),
                                             self.tr("Members:"), self.tr("Fingerprint:"))):
            label.setText(text)
        self.file_value.setText(str(self.path))
        self.promoter_value.setText(report.promoter.name)
        self.year_value.setText(str(report.year) if report.year is not None else "–")
        self.members_value.setText(", ".join(member.name for member in report.members) or "–")
        self.fingerprint_value.setText(format_fingerprint(self.result.sha256))
        self.fingerprint_value.setToolTip(self.tr("SHA-256 of the file: %1").replace("%1", self.result.sha256))
        # A file with errors is refused before it gets here: only warnings can remain.
        warnings = len(self.result.warnings)
        if not warnings:
            self.checks_summary.setText(self.tr("The checks find no problems."))
        else:
            self.checks_summary.setText(self.tr(
                "The checks find warnings: %1. They do not stop the report from being exported.").replace(
                "%1", format_count(warnings, language)))
        self.problems.setVisible(bool(warnings))
        self.problems.setAccessibleName(self.tr("Problems the checks find"))
        self.problems.clear()
        kinds = {"error": self.tr("Error"), "warning": self.tr("Warning")}
        for problem in self.result.problems:
            self._add_problem(problem, kinds, language)
        self.import_button.setText(self.tr("&Import as new report"))
        self.view_button.setText(self.tr("&Show read-only"))

    def _add_problem(self, problem: Problem, kinds: dict[str, str], language: str) -> None:
        item = QListWidgetItem(self.tr("%1: %2").replace("%1", kinds[problem.severity.value]).replace(
            "%2", problem.message.get(language)))
        item.setForeground(QColor(COLOURS[problem.severity.value]))
        self.problems.addItem(item)

    def _import(self) -> None:
        self.accept()
        self.import_chosen.emit()

    def _view(self) -> None:
        self.accept()
        self.view_chosen.emit()


def open_summary_dialog(parent: QWidget | None, path: Path, result) -> SubmissionSummaryDialog:
    """Show what the file holds (window-modal, not blocking); the dialog's signals say what
    the user chose."""
    dialog = SubmissionSummaryDialog(parent, path, result)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


__all__ = [
    "ReadCancelled",
    "SubmissionProblemsDialog",
    "SubmissionSummaryDialog",
    "choose_submission_file",
    "open_summary_dialog",
    "read_submission_or_explain",
]
