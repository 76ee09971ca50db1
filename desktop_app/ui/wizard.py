"""The report wizard: the six parts of the form as pages, in the order of the form.

The wizard owns the flow and all wiring between pages: when a page reports a change it stores
that page into the report, lets every page refresh what it computes, runs the domain's checks,
marks the fields and counts the problems in the page titles and the list of parts, then emits
``report_changed`` for whoever saves. Next is never blocked: the parts can be filled in any
order, and the list of parts at the side goes straight to any of them.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListWidget,
    QPlainTextEdit,
    QWidget,
    QWizard,
)

from ..domain.checks import Problem, check_report
from ..domain.model import Report
from .pages.base import ReportPage
from .pages.check_sign import CheckSignPage
from .pages.costs import CostsPage
from .pages.identification import IdentificationPage
from .pages.narrative import NarrativePage
from .pages.partnerships import PartnershipsPage
from .pages.training import TrainingPage
from .widgets.marking import marks_by_path


class PageId(IntEnum):
    """The pages, in the order of the form."""

    IDENTIFICATION = 0
    NARRATIVE = 1
    PARTNERSHIPS = 2
    TRAINING = 3
    COSTS = 4
    CHECK_SIGN = 5


PAGE_CLASSES: dict[PageId, type[ReportPage]] = {
    PageId.IDENTIFICATION: IdentificationPage,
    PageId.NARRATIVE: NarrativePage,
    PageId.PARTNERSHIPS: PartnershipsPage,
    PageId.TRAINING: TrainingPage,
    PageId.COSTS: CostsPage,
    PageId.CHECK_SIGN: CheckSignPage,
}


class ReportWizard(QWizard):
    """Edits one report in place; emits ``report_changed`` after every change."""

    report_changed = Signal()
    problems_checked = Signal(list)  # the problems of the report, after every check

    def __init__(self, report: Report, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reportWizard")
        self.report = report
        self.read_only = False
        self.problems: list[Problem] = []
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)

        self.pages: dict[PageId, ReportPage] = {}
        for page_id, page_class in PAGE_CLASSES.items():
            page = page_class()
            self.setPage(page_id, page)
            self.pages[page_id] = page
            page.report_changed.connect(lambda page=page: self.store_page(page))
        self.check_page: CheckSignPage = self.pages[PageId.CHECK_SIGN]  # type: ignore[assignment]
        self.check_page.problem_activated.connect(self.go_to_field)

        self.steps = QListWidget(objectName="steps")
        self.steps.setFixedWidth(190)
        self.steps.setWordWrap(True)
        for _ in self.pages:
            self.steps.addItem("")
        self.steps.currentRowChanged.connect(self._step_chosen)
        self.setSideWidget(self.steps)
        self.currentIdChanged.connect(self._page_shown)

        self.retranslate()
        for page in self.pages.values():
            page.load(report)
        self.check()
        self._page_shown(self.currentId())

    # -- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Texts of the wizard itself (the pages translate their own)."""
        # Our own texts for all buttons, so they follow a language change at once. Their
        # mnemonics (Alt+B, Alt+N, Alt+C) are kept free on every page.
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Close"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self.steps.setAccessibleName(self.tr("Parts of the report"))
        self._show_steps()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # Texts computed from the report (notes, the problem list) once every page has
            # retranslated its own.
            QTimer.singleShot(0, self._show_report_texts)
        super().changeEvent(event)

    def _show_report_texts(self) -> None:
        for page in self.pages.values():
            page.refresh(self.report)
        self.check()

    # -- changes --------------------------------------------------------------------------

    def set_read_only(self) -> None:
        """Show the report without letting anything in it be changed (for a submission file
        that is only looked at); ``report_changed`` is never emitted afterwards."""
        self.read_only = True
        for page in self.pages.values():
            page.set_read_only()

    def store_page(self, page: ReportPage) -> None:
        """Take what the user typed on ``page`` into the report, then update everything that
        depends on it."""
        if self.read_only:
            page.load(self.report)  # nothing can be typed; should anything slip through, undo it
            return
        page.store(self.report)
        for other in self.pages.values():
            other.refresh(self.report)
        self.check()
        self.report_changed.emit()

    def check(self) -> None:
        """Run the domain's checks and show the problems at their fields and in the titles."""
        problems = check_report(self.report)
        self.problems = problems
        language = self.report.language
        marks = marks_by_path(problems, language)
        counts = dict.fromkeys(self.pages, 0)
        listed: list[tuple[str, Problem]] = []
        for problem in problems:
            page_id = self.page_id_for(problem.path)
            counts[page_id] += 1
            listed.append((self.pages[page_id].heading(), problem))
        for page_id, page in self.pages.items():
            page.set_problem_count(counts[page_id])
            page.show_marks({path: mark for path, mark in marks.items() if page.owns(path)})
        self.check_page.show_problems(listed, language)
        self._show_steps()
        self.problems_checked.emit(problems)

    def page_id_for(self, path: str) -> PageId:
        """The page that shows the field ``path`` (the check page for anything else)."""
        for page_id, page in self.pages.items():
            if page.owns(path):
                return page_id
        return PageId.CHECK_SIGN

    # -- navigation -----------------------------------------------------------------------

    def show_page(self, page_id: PageId) -> None:
        """Go to a page, through Next and Back as the wizard allows (Next is never blocked)."""
        guard = len(self.pages) * 2
        while self.currentId() != page_id and guard:
            guard -= 1
            if self.currentId() < page_id:
                self.next()
            else:
                self.back()

    def go_to_field(self, path: str) -> None:
        """Show the page of the field ``path`` and put the focus on that field."""
        page_id = self.page_id_for(path)
        self.show_page(page_id)
        self.pages[page_id].focus_field(path)

    def _page_shown(self, page_id: int) -> None:
        if page_id in self.pages and self.steps.currentRow() != page_id:
            self.steps.blockSignals(True)
            self.steps.setCurrentRow(page_id)
            self.steps.blockSignals(False)

    def _step_chosen(self, row: int) -> None:
        if row >= 0:
            self.show_page(PageId(row))

    def _show_steps(self) -> None:
        for page_id, page in self.pages.items():
            item = self.steps.item(page_id)
            text = f"{page_id + 1}. {page.title()}"
            if item.text() != text:
                item.setText(text)

    # -- keys -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in a list, a table or the narrative belongs to that widget, never to Next.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = QApplication.focusWidget()
            while focus is not None and focus is not self:
                if isinstance(focus, (QAbstractItemView, QPlainTextEdit)):
                    event.accept()
                    return
                focus = focus.parentWidget()
        super().keyPressEvent(event)
