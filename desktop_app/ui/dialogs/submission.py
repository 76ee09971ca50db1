"""Opening a submission file: choosing it, reading it as untrusted input, and telling the user
what was found.

A file that is refused shows every problem (line, element, what is wrong) in
:class:`SubmissionProblemsDialog`, and nothing is imported. A file that was read shows what it
holds in :class:`SubmissionSummaryDialog`, with the two ways to go on: import it as a new
report, or only look at it. This is how a member OCMW gets a real copy of the report.

Both dialogs open window-modal without blocking (``open()``) and delete themselves when closed.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QSettings, Qt, QTimer, Signal
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
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.checks import Problem
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


# A file read within this time is shown at once; a longer read shows a progress dialog.
QUICK_READ_SECONDS = 0.05
PROGRESS_DELAY_MS = 300


def read_submission_or_explain(parent: QWidget | None, path: Path, read=None, reading_text: str | None = None):
    """Read the submission file at ``path`` in the user's language: ``(result, None)`` with
    the ``ImportResult``, ``(None, dialog)`` for a refused file, the dialog that shows its
    problems opened (window-modal, not blocking), or ``(None, None)`` when the user cancelled
    a long read. Nothing is imported either way.

    The file is read and checked in a worker thread while the window goes on drawing and
    answering: a file near the size limit takes a second or two (the schema, tens of
    thousands of counts). A read that is not done after a moment shows a progress dialog
    with Cancel; a cancelled read finishes unseen and its result is dropped.

    ``read``, when given, is called in the worker instead of reading ``path`` (with the
    window's language) and returns the ``ImportResult``: *Read a scanned print…* puts the
    file back together from the codes there, then checks it the same way. An exception other
    than a refusal of the file is raised here, in the window's thread; ``reading_text`` is
    what the progress dialog says.
    """
    from ...export.submission import SubmissionError, read_submission_file

    language = ui_language()
    outcome: dict = {}

    def work() -> None:
        try:
            outcome["result"] = read(language) if read else read_submission_file(path, language)
        except SubmissionError as refused:
            outcome["problems"] = refused.problems
        except BaseException as error:  # noqa: BLE001 - handed to the window's thread below
            outcome["error"] = error

    worker = threading.Thread(target=work, name="read-submission", daemon=True)
    worker.start()
    worker.join(QUICK_READ_SECONDS)
    if worker.is_alive() and not _wait_with_progress(parent, path, worker, reading_text):
        return None, None
    if "error" in outcome:
        raise outcome["error"]
    if "result" in outcome:
        return outcome["result"], None
    dialog = SubmissionProblemsDialog(parent, path, outcome["problems"])
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return None, dialog


def _wait_with_progress(parent: QWidget | None, path: Path, worker: threading.Thread,
                        reading_text: str | None = None) -> bool:
    """Keep the window alive until ``worker`` is done; False when the user cancelled."""
    progress = QProgressDialog(parent)
    progress.setObjectName("readingSubmission")
    progress.setWindowTitle(QCoreApplication.translate("SubmissionFile", "Open submission file"))
    progress.setLabelText(reading_text or QCoreApplication.translate("SubmissionFile", "Reading and checking %1…").replace(
        "%1", path.name))
    progress.setRange(0, 0)  # how long lxml takes cannot be told in advance
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.hide()  # shown only if the reading lasts (a QProgressDialog shows itself otherwise)
    started = time.monotonic()
    loop = QEventLoop()

    def look() -> None:
        if not worker.is_alive() or progress.wasCanceled():
            loop.quit()
        elif not progress.isVisible() and time.monotonic() - started >= PROGRESS_DELAY_MS / 1000:
            progress.show()

    timer = QTimer(interval=20)
    timer.timeout.connect(look)
    progress.canceled.connect(loop.quit)
    timer.start()
    loop.exec()
    timer.stop()
    cancelled = progress.wasCanceled() and worker.is_alive()
    progress.close()
    progress.deleteLater()
    return not cancelled


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
    "SubmissionProblemsDialog",
    "SubmissionSummaryDialog",
    "choose_submission_file",
    "open_summary_dialog",
    "read_submission_or_explain",
]
