"""The report wizard: the six parts of the form as pages, in the order of the form.

The wizard owns the flow and all wiring between pages: when a page reports a change it stores
that page into the report, lets the pages that compute from it refresh what they compute, runs
the domain's checks, marks the fields and counts the errors and warnings in the page titles and
the list of parts (a page only where its marks or counts changed), then emits ``report_changed``
for whoever saves. A required field that is still empty is
marked (and counted) only once the user has left it or has opened the check page, which lists
every problem at all times. Next is never blocked: the parts can be filled in any
order, and the list of parts at the side goes straight to any of them.

Opening a report makes and builds only the page it shows first (the other pages' modules are
not even imported: see :class:`Pages`), and runs no check: once the window has painted that
page, the checks run (its marks and counts show one frame later; until then nothing shows a
mark, a count or "no problems", not even zero), then the other pages are made and built, one
per turn of the event loop (:meth:`ReportWizard.build_remaining_pages`), or at once when they
are needed: turned to, asked for a widget, or a field of theirs shown. A page is shown the
report, its computed values, its marks and read-only state when it is built.

Nothing here may stop what was typed from reaching the saver: a page whose ``store`` raises is
remembered (``unstored_pages``) and reported through ``store_failed``, and the saver takes it
again before every save (:meth:`ReportWizard.store_unstored`); computations or checks that
raise are reported through ``check_failed`` after the change was handed on to be saved.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from enum import IntEnum
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPaintEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
    QWizard,
)

from ..domain.model import Report
from ..logfile import logger
from . import pages
from .language import ui_language
from .pages.base import ReportPage, page_title
from .undo import Kind, ReportChange, UndoKeysFilter, difference, replace_report
from .widgets.grid import GridView
from .widgets.marking import EMPTY_FIELD_CODES, Mark, marks_by_path

if TYPE_CHECKING:
    from ..domain.checks import Problem
    from .pages.check_sign import CheckSignPage

_log = logger("wizard")


class PageId(IntEnum):
    """The pages, in the order of the form."""

    IDENTIFICATION = 0
    NARRATIVE = 1
    PARTNERSHIPS = 2
    TRAINING = 3
    COSTS = 4
    CHECK_SIGN = 5


# What the wizard knows of each page before the page is made (its module imported).
PAGE_KINDS: dict[PageId, pages.PageKind] = {
    PageId.IDENTIFICATION: pages.IDENTIFICATION,
    PageId.NARRATIVE: pages.NARRATIVE,
    PageId.PARTNERSHIPS: pages.PARTNERSHIPS,
    PageId.TRAINING: pages.TRAINING,
    PageId.COSTS: pages.COSTS,
    PageId.CHECK_SIGN: pages.CHECK_SIGN,
}


# The pages to refresh (ReportPage.refresh) after a change stored from a page: each page
# stores only its own part of the report, and computes from its own part and from the
# identification page's (the year, the language, the members), so a change elsewhere leaves
# their computed values as they are. Refreshing all six after every typed amount cost a
# cost cell's Enter about 0.2 ms for nothing.
REFRESHED_AFTER: dict[PageId, tuple[PageId, ...]] = {
    PageId.IDENTIFICATION: tuple(PageId),
    PageId.NARRATIVE: (PageId.NARRATIVE,),
    PageId.PARTNERSHIPS: (PageId.PARTNERSHIPS,),
    PageId.TRAINING: (PageId.TRAINING,),
    PageId.COSTS: (PageId.COSTS,),
    PageId.CHECK_SIGN: (PageId.CHECK_SIGN,),
}


@lru_cache(maxsize=4096)
def _pages_owning(path: str) -> tuple[PageId, ...]:
    """The pages that show the field ``path`` (kept: the same paths are marked after every change)."""
    return tuple(page_id for page_id, kind in PAGE_KINDS.items() if kind.owns(path))


def page_class(page_id: PageId) -> type[ReportPage]:
    """The class of a page, its module imported on first use: opening a report imports only
    the module of the page it shows first. (Plain import statements: PyInstaller finds them.)"""
    if page_id == PageId.IDENTIFICATION:
        from .pages.identification import IdentificationPage as found
    elif page_id == PageId.NARRATIVE:
        from .pages.narrative import NarrativePage as found
    elif page_id == PageId.PARTNERSHIPS:
        from .pages.partnerships import PartnershipsPage as found
    elif page_id == PageId.TRAINING:
        from .pages.training import TrainingPage as found
    elif page_id == PageId.COSTS:
        from .pages.costs import CostsPage as found
    else:
        from .pages.check_sign import CheckSignPage as found
    return found


class Pages(Mapping):
    """The wizard's pages by id, all six. A page is made when first asked for (its module
    imported, the page added to the wizard) and built when shown or asked for a widget of its
    own; ``made`` gives those that exist without making the others."""

    def __init__(self, make) -> None:
        self._make = make
        self._made: dict[PageId, ReportPage] = {}

    def __getitem__(self, page_id: PageId) -> ReportPage:
        page = self._made.get(page_id)
        if page is None:
            if page_id not in PAGE_KINDS:
                raise KeyError(page_id)
            page = self._made[PageId(page_id)] = self._make(PageId(page_id))
        return page

    def __iter__(self) -> Iterator[PageId]:
        return iter(PageId)

    def __len__(self) -> int:
        return len(PageId)

    def __contains__(self, page_id: object) -> bool:
        return page_id in PAGE_KINDS

    def made(self) -> dict[PageId, ReportPage]:
        """The pages made so far, by id, in the order of the form."""
        return {page_id: self._made[page_id] for page_id in PageId if page_id in self._made}


class ReportWizard(QWizard):
    """Edits one report in place; emits ``report_changed`` after every change."""

    report_changed = Signal()
    problems_checked = Signal(list)  # the problems of the report, after every check
    store_failed = Signal(object)  # the exception of a page that could not take in its widgets
    check_failed = Signal(object)  # the exception of the computations or checks, None once they run again
    row_removed = Signal(str)  # "Member removed", "Partnership removed": said with a way to undo it
    check_page_built = Signal()  # the check page's widgets exist: the export buttons can go at its foot

    def __init__(self, report: Report, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reportWizard")
        self.report = report
        self.read_only = False
        self.problems: list[Problem] = []
        # Whether the checks have run: they run once the report has painted (and at every
        # change), and until then nothing shows a mark, a count or "no problems", not even zero.
        self.checked = False
        # Paths of the fields the user has left, and whether the check page was opened: until
        # then an empty required field is not marked (see EMPTY_FIELD_CODES).
        self.left_paths: set[str] = set()
        self.every_problem_shown = False
        self.unstored_pages: dict[PageId, ReportPage] = {}  # pages whose store() failed, in order
        self._language_changed = False  # since every page last refreshed (see check)
        self.check_error: BaseException | None = None
        # Undo and redo (see undo.py): the report as last taken in, and the typing run that
        # the next keystroke may join: (field path, serial of its command, text, word done).
        self.undo_stack = QUndoStack(self, objectName="undoStack")
        self._undo_keys = UndoKeysFilter(self.undo, self.redo, self)
        self._snapshot: Report = report.copy()
        self._run: tuple[str, int, str, bool] | None = None
        self._serial = 0
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)

        # The problems counted on each page, also for pages not made yet (the list of parts).
        self._counts: dict[PageId, tuple[int, int]] = {page_id: (0, 0) for page_id in PageId}
        # Only the page shown first is made now; the others when turned to or asked for, or
        # after the first paint (build_remaining_pages). QWizard turns only to pages it has:
        # nextId and validateCurrentPage let it go on to a page not made yet.
        self.pages = Pages(self._make_page)
        self.pages[PageId.IDENTIFICATION]  # asking makes it: the page shown first
        self.setStartId(PageId.IDENTIFICATION)

        self.steps = StepList(objectName="steps")
        self.steps.setFixedWidth(190)
        self.steps.setWordWrap(True)
        for _ in PageId:
            self.steps.addItem("")
        self.steps.currentRowChanged.connect(self._step_chosen)
        self.setSideWidget(self.steps)
        self.currentIdChanged.connect(self._page_shown)

        self.retranslate()
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self._painted = False
        self._building_rest = False
        # The page shown first is built when the wizard is shown (QWizard initialises it then),
        # inside its window: built here, its fields would come first in the Tab order.
        self._page_shown(self.currentId())

    # -- pages made and built when needed --------------------------------------------------

    def _make_page(self, page_id: PageId) -> ReportPage:
        page = page_class(page_id)()
        self.setPage(page_id, page)
        page.report_changed.connect(lambda page=page: self.store_page(page))
        page.built.connect(lambda page=page: self._page_built(page))
        page.set_problem_counts(*self._counts[page_id])
        if page_id == PageId.CHECK_SIGN:
            page.problem_activated.connect(self.go_to_field)
        return page

    @property
    def check_page(self) -> CheckSignPage:
        """The check page (made when first asked for)."""
        return self.pages[PageId.CHECK_SIGN]  # type: ignore[return-value]

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        # Every page follows the one before, made or not (QWizard would count only those made).
        current = self.currentId()
        return current + 1 if 0 <= current < PageId.CHECK_SIGN else -1

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt's name
        # QWizard asks this before it turns to the next page, which must then exist.
        following = self.nextId()
        if following != -1:
            self.pages[PageId(following)]  # asking makes it
        return super().validateCurrentPage()

    def built_pages(self) -> list[ReportPage]:
        """The pages whose widgets exist, in the order of the form."""
        return [page for page in self.pages.made().values() if page.is_built()]

    def _page_built(self, page: ReportPage) -> None:
        """Show the report in the widgets of ``page``, just built, as on every other page."""
        page.load(self.report)
        page.refresh(self.report)
        if self.checked:
            if page.KIND is PAGE_KINDS[PageId.CHECK_SIGN]:
                page.show_problems(self._listed(), ui_language())
            self._mark_page(page, self._marks_by_page(self._shown_problems())[self._id_of(page)])
        if self.read_only:
            page.set_read_only()
        # The page's tables and text editors are attributes of the page: asking Qt for its
        # children would wrap widgets Qt made, which PySide6 does slowly the first time.
        for widget in list(vars(page).values()):
            if isinstance(widget, GridView):
                widget.selectionModel().currentChanged.connect(
                    lambda _current, previous, grid=widget: self._fields_left([grid.cell_path(previous)]))
            elif isinstance(widget, QPlainTextEdit):
                widget.setUndoRedoEnabled(False)  # the report's stack undoes, not the editor
        # Widgets made after the window come last in its Tab order, after the list of parts:
        # the list goes back after the page's last field, where it was when every page was
        # built with the window (Tab: Back, Next, the page's fields, the list of parts). The
        # page's widgets are the end of the chain; only they are looked at (wrapping other
        # widgets of the window from the chain left the menus' wrappers invalid).
        widget = self.window().previousInFocusChain()
        while widget is not None and page.content.isAncestorOf(widget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                QWidget.setTabOrder(widget, self.steps)
                break
            widget = widget.previousInFocusChain()
        if page.KIND is PAGE_KINDS[PageId.CHECK_SIGN]:
            self.check_page_built.emit()

    def build_all_pages(self) -> None:
        """Build every page now and run the checks: each field of the report is then a widget
        of the window, with its marks."""
        for page_id in PageId:
            self.pages[page_id].ensure_built()
        if not self.checked:
            self.check()

    def build_remaining_pages(self) -> None:
        """Build the pages not built yet one per turn of the event loop, so that a key typed
        meanwhile waits at most for one page (a few milliseconds)."""
        if self._building_rest:
            return
        self._building_rest = True

        def next_page() -> None:
            if not self.isVisible():
                return  # the report was closed meanwhile
            for page_id in PageId:
                page = self.pages[page_id]
                if not page.is_built():
                    page.ensure_built()
                    QTimer.singleShot(0, self, next_page)
                    return

        QTimer.singleShot(0, self, next_page)

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
            self._language_changed = True
            self.retranslate()
            # Texts computed from the report (notes, the problem list) once every page has
            # retranslated its own.
            QTimer.singleShot(0, self._show_report_texts)
        elif event.type() == QEvent.Type.StyleChange:
            # QWizard has just laid out again with QWizardPage's own title of the page shown,
            # which may lag behind the one shown (ReportPage._show_title).
            page = self.currentPage()
            if isinstance(page, ReportPage):
                page.sync_title()
        super().changeEvent(event)

    def _show_report_texts(self) -> None:
        self.check(refresh=True)

    # -- changes --------------------------------------------------------------------------

    def set_read_only(self) -> None:
        """Show the report without letting anything in it be changed (for a submission file
        that is only looked at); ``report_changed`` is never emitted afterwards."""
        self.read_only = True
        self.undo_stack.clear()
        for page in self.built_pages():
            page.set_read_only()
        self.show_every_problem()

    def store_page(self, page: ReportPage) -> None:
        """Take what the user typed on ``page`` into the report, then update everything that
        depends on it."""
        if self.read_only:
            page.load(self.report)  # nothing can be typed; should anything slip through, undo it
            return
        page_id = self._id_of(page)
        try:
            page.store(self.report)
        except Exception as error:  # noqa: BLE001 - the text stays in the widgets; the saver says so
            self.unstored_pages[page_id] = page
            self.store_failed.emit(error)
            return
        self.unstored_pages.pop(page_id, None)
        try:
            self._record_change()
        except Exception:  # noqa: BLE001 - undo must never keep a change from being saved
            _log.exception("the change could not be put on the undo stack")
            self.undo_stack.clear()
            self._snapshot, self._run = self.report.copy(), None
        # Saving comes first: computations and checks that fail must not keep the text from the file.
        self.report_changed.emit()
        self.check(refresh=True, changed=page_id)

    def store_unstored(self) -> None:
        """Take into the report the pages whose ``store`` failed before; raises the error of
        the first that still fails (it stays remembered). Called before every save."""
        if not self.unstored_pages:
            return
        for page_id, page in list(self.unstored_pages.items()):
            page.store(self.report)
            del self.unstored_pages[page_id]
        self.check(refresh=True)

    # -- undo and redo --------------------------------------------------------------------

    def _record_change(self) -> None:
        """Put the change just taken in on the undo stack (typing in a field joins the run of
        that field's keystrokes)."""
        before = self._snapshot
        if self.report == before:
            return
        after = self.report.copy()
        self._snapshot = after
        focus = QApplication.focusWidget()
        grid = _grid_of(focus)
        current = grid.currentIndex() if grid is not None else None
        change = difference(before, after, current.row() if current is not None and current.isValid() else None,
                            after_is_kept=True)  # after is the snapshot: copied, never changed
        if change is None:
            return
        field, text = None, ""
        if change.kind is Kind.EDIT and isinstance(focus, (QLineEdit, QPlainTextEdit)) and \
                focus.objectName() == change.path_after and grid is None:
            field, text = change.path_after, _text_of(focus)
        self._serial += 1
        command = ReportChange(self.restore, before, after, change, self._change_text(change), field, self._serial)
        if field is not None:
            typed = _inserted(self._run[2] if self._run and self._run[0] == field else "", text)
            top = self.undo_stack.command(self.undo_stack.index() - 1) if self.undo_stack.index() else None
            continues = (self._run is not None and self._run[0] == field and top is not None
                         and getattr(top, "serial", None) == self._run[1]
                         and not (self._run[3] and typed and not typed.isspace()))
            command.merge_into = self._run[1] if continues else None
            serial = self._run[1] if continues else self._serial
            self._run = (field, serial, text, bool(typed) and typed.isspace())
        else:
            self._run = None
        self.undo_stack.push(command)
        if change.kind is Kind.REMOVED:
            self.row_removed.emit(command.text())

    def _change_text(self, change) -> str:
        texts = {
            ("members", Kind.ADDED): self.tr("Member added"),
            ("members", Kind.REMOVED): self.tr("Member removed"),
            ("members", Kind.MOVED): self.tr("Member moved"),
            ("partnerships", Kind.ADDED): self.tr("Partnership added"),
            ("partnerships", Kind.REMOVED): self.tr("Partnership removed"),
            ("partnerships", Kind.MOVED): self.tr("Partnership moved"),
        }
        return texts.get((change.collection, change.kind), self.tr("Change"))

    def undo(self) -> None:
        """Take back the last change (what a cell's open editor holds counts as one)."""
        if self.read_only:
            return
        self._commit_editing()
        self._run = None
        self.undo_stack.undo()

    def redo(self) -> None:
        """Make the last change taken back again."""
        if self.read_only:
            return
        self._commit_editing()
        self._run = None
        self.undo_stack.redo()

    def _commit_editing(self) -> None:
        focus = QApplication.focusWidget()
        grid = _grid_of(focus)
        if grid is not None and focus is not grid and grid.state() == QAbstractItemView.State.EditingState:
            editor = focus
            while editor.parentWidget() is not grid.viewport():
                editor = editor.parentWidget()
            grid.commitData(editor)
            grid.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def restore(self, report: Report, path: str | None) -> None:
        """Put ``report`` back as the open report (undo, redo): every page shows it, it is saved
        like any change, and the page and field ``path`` are shown."""
        self._run = None
        field = self.findChild(QWidget, path) if path else None
        shown_text = _text_of(field) if isinstance(field, (QLineEdit, QPlainTextEdit)) else None
        replace_report(self.report, report)
        self._snapshot = self.report.copy()
        self.unstored_pages.clear()
        for page in self.built_pages():
            page.load(self.report)
        self.report_changed.emit()
        self.check(refresh=True)
        if path:
            self.go_to_field(path)
            if shown_text is not None and QApplication.focusWidget() is field:
                # The cursor where the text changed, rather than the whole field selected.
                _put_cursor(field, _changed_end(shown_text, _text_of(field)))

    def _id_of(self, page: ReportPage) -> PageId:
        return next(page_id for page_id, candidate in self.pages.made().items() if candidate is page)

    def check(self, *, refresh: bool = False, changed: PageId | None = None) -> bool:
        """Run the domain's checks and show the problems at their fields and in the titles
        (with ``refresh``, first let every page update what it computes; with ``changed``
        too, only the pages that compute from what that page stores: see REFRESHED_AFTER).
        False, with ``check_failed`` emitted and the error logged, when a computation or a
        check raised."""
        try:
            if refresh:
                # Every page after a change of the window's language, also when a change comes
                # before the refresh the language change queued (_show_report_texts).
                refreshed = tuple(PageId) if changed is None or self._language_changed else REFRESHED_AFTER[changed]
                for page_id, page in self.pages.made().items():
                    if page_id in refreshed and page.is_built():
                        page.refresh(self.report)
                if len(refreshed) == len(PageId):
                    self._language_changed = False
            self._check()
        except Exception as error:  # noqa: BLE001 - shown and logged, never lost
            _log.error("the computations or checks of the report failed",
                       exc_info=(type(error), error, error.__traceback__))
            self.check_error = error
            self.check_failed.emit(error)
            return False
        if self.check_error is not None:
            self.check_error = None
            self.check_failed.emit(None)
        return True

    def _check(self) -> None:
        from ..domain.checks import check_report  # not at start-up: after the first paint

        problems = check_report(self.report)
        self.problems = problems
        self.checked = True
        # The checks' messages in the window's language: the report's language is that of its
        # PDF and submission file only.
        check_page = self.pages.made().get(PageId.CHECK_SIGN)
        if check_page is not None and check_page.is_built():
            check_page.show_problems(self._listed(), ui_language())
        self._show_marks()
        self.problems_checked.emit(problems)

    def _listed(self) -> list[tuple[str, Problem]]:
        """The problems with the heading of the page each belongs to, for the check page."""
        return [(self.page_heading(self.page_id_for(problem.path)), problem) for problem in self.problems]

    def page_heading(self, page_id: PageId) -> str:
        """The name of a page, translated, without its counts (whether the page is made or not)."""
        return PAGE_KINDS[page_id].heading()

    def is_shown(self, problem: Problem) -> bool:
        """Whether ``problem`` is marked at its field and counted in the titles: always, except
        an empty required field the user has not left yet while the check page was never
        opened."""
        return (self.every_problem_shown or problem.code not in EMPTY_FIELD_CODES
                or problem.path in self.left_paths)

    def show_every_problem(self) -> None:
        """Mark every problem from now on, empty required fields too."""
        if not self.every_problem_shown:
            self.every_problem_shown = True
            self._show_marks()

    def _show_marks(self) -> None:
        if not self.checked:
            return  # nothing is known yet: no mark, and no count either (not even zero)
        shown = self._shown_problems()
        counts = {page_id: [0, 0] for page_id in PageId}
        for problem in shown:
            counts[self.page_id_for(problem.path)][0 if problem.is_error else 1] += 1
        self._counts = {page_id: (errors, warnings) for page_id, (errors, warnings) in counts.items()}
        by_page = self._marks_by_page(shown)
        for page_id, page in self.pages.made().items():
            page.set_problem_counts(*self._counts[page_id])
            if page.is_built():
                self._mark_page(page, by_page[page_id])
        self._show_steps()

    def _shown_problems(self) -> list[Problem]:
        return [problem for problem in self.problems if self.is_shown(problem)]

    @staticmethod
    def _marks_by_page(shown: list[Problem]) -> dict[PageId, dict[str, Mark]]:
        """The marks of the problems ``shown`` (see is_shown), by page and by path."""
        by_page: dict[PageId, dict[str, Mark]] = {page_id: {} for page_id in PageId}
        for path, mark in marks_by_path(shown, ui_language()).items():
            for page_id in _pages_owning(path):
                by_page[page_id][path] = mark
        return by_page

    @staticmethod
    def _mark_page(page: ReportPage, marks: dict[str, Mark]) -> None:
        """Show ``marks``, those of the page's own fields, on ``page``."""
        page.show_marks_if_changed(marks)
        page.update_field_message()

    def _fields_left(self, paths: list[str | None]) -> None:
        new = {path for path in paths if path} - self.left_paths
        if not new:
            return
        self.left_paths |= new
        if not self.every_problem_shown and any(
                problem.code in EMPTY_FIELD_CODES and problem.path in new for problem in self.problems):
            self._show_marks()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, (QLineEdit, QPlainTextEdit)) and self.isAncestorOf(new) and \
                not new.property("undoKeysFiltered"):
            new.installEventFilter(self._undo_keys)
            new.setProperty("undoKeysFiltered", True)
        if old is None or not self.isAncestorOf(old):
            return
        self._run = None  # leaving a field ends its typing run
        paths = []
        widget = old
        while widget is not None and widget is not self:
            if isinstance(widget, GridView):
                if new is widget or (new is not None and widget.isAncestorOf(new)):
                    return  # from a cell's editor back to its table: still there
                paths += [widget.objectName(), widget.cell_path(widget.currentIndex())]
            elif widget.objectName() and any(kind.owns(widget.objectName()) for kind in PAGE_KINDS.values()):
                paths.append(widget.objectName())
            widget = widget.parentWidget()
        self._fields_left(paths)

    def page_id_for(self, path: str) -> PageId:
        """The page that shows the field ``path`` (the check page for anything else)."""
        for page_id, kind in PAGE_KINDS.items():
            if kind.owns(path):
                return page_id
        return PageId.CHECK_SIGN

    # -- navigation -----------------------------------------------------------------------

    def show_page(self, page_id: PageId) -> None:
        """Go to a page, through Next and Back as the wizard allows (Next is never blocked)."""
        guard = len(PageId) * 2
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
        # QWizard shows QWizardPage's own title of a page when it turns to it: the page just
        # left takes the title it showed, now that this costs no relayout (ReportPage._show_title).
        for made_id, page in self.pages.made().items():
            if made_id != page_id:
                page.sync_title()
        if page_id == PageId.CHECK_SIGN:
            self.show_every_problem()
        if page_id in self.pages and self.steps.currentRow() != page_id:
            self.steps.blockSignals(True)
            self.steps.setCurrentRow(page_id)
            self.steps.blockSignals(False)

    def _step_chosen(self, row: int) -> None:
        if row >= 0:
            in_list = self.steps.hasFocus()
            self.show_page(PageId(row))
            if in_list:
                # Turning the page gives its first field the focus; going through the list with
                # the arrow keys must not: what is typed next would land in that field.
                self.steps.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_steps(self) -> None:
        made = self.pages.made()
        for page_id in PageId:
            item = self.steps.item(page_id)
            title = made[page_id].title() if page_id in made else page_title(self.page_heading(page_id),
                                                                             *self._counts[page_id])
            text = f"{page_id + 1}. {title}"
            if item.text() != text:
                item.setText(text)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._painted:
            # The report is on the screen: in the next turn of the event loop its checks (the
            # marks show one frame later), then the other pages, one per turn after that, so
            # that a key typed meanwhile waits for one of them at most.
            self._painted = True
            QTimer.singleShot(0, self, self._after_first_paint)

    def _after_first_paint(self) -> None:
        if not self.checked:  # a change may have run them already
            self.check()
        self.build_remaining_pages()

    # -- keys -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            # QDialog closes on Escape: here that would close the report at a stray key.
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = QApplication.focusWidget()
            if isinstance(focus, QAbstractButton):
                super().keyPressEvent(event)  # a button with the focus is pressed
                return
            # Enter in a field turns to the next page; it never closes the report (the last
            # page's default button is Close).
            if not self.button(QWizard.WizardButton.NextButton).isVisible():
                event.accept()
                return
            # Enter in a list, a table or the narrative belongs to that widget, never to Next.
            while focus is not None and focus is not self:
                if isinstance(focus, (QAbstractItemView, QPlainTextEdit)):
                    event.accept()
                    return
                focus = focus.parentWidget()
        super().keyPressEvent(event)


def _grid_of(widget: QWidget | None) -> GridView | None:
    """The table ``widget`` is or edits a cell of."""
    while widget is not None:
        if isinstance(widget, GridView):
            return widget
        widget = widget.parentWidget()
    return None


def _text_of(field: QLineEdit | QPlainTextEdit) -> str:
    return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()


def _common_prefix(a: str, b: str, limit: int) -> int:
    """How many characters ``a`` and ``b`` share at their start, at most ``limit``. Found by
    halving with slices compared in C: a character loop in Python over a narrative of 3,000
    characters cost a few milliseconds at every key."""
    low, high = 0, min(limit, len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _common_suffix(a: str, b: str, limit: int) -> int:
    """How many characters ``a`` and ``b`` share at their end, at most ``limit``."""
    low, high = 0, min(limit, len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[len(a) - middle:] == b[len(b) - middle:]:
            low = middle
        else:
            high = middle - 1
    return low


def _inserted(old: str, new: str) -> str:
    """The text typed into ``old`` to make ``new`` (empty for a deletion)."""
    start = _common_prefix(old, new, min(len(old), len(new)))
    end = _common_suffix(old, new, min(len(old), len(new)) - start)
    return new[start:len(new) - end]


def _changed_end(old: str, new: str) -> int:
    """Where in ``new`` the part that differs from ``old`` ends."""
    end = _common_suffix(old, new, min(len(old), len(new)))
    start = _common_prefix(old, new, min(len(old), len(new)) - end)
    return max(start, len(new) - end)


def _put_cursor(field: QLineEdit | QPlainTextEdit, position: int) -> None:
    if isinstance(field, QPlainTextEdit):
        cursor = field.textCursor()
        cursor.setPosition(min(position, len(field.toPlainText())))
        field.setTextCursor(cursor)
    else:
        field.deselect()
        field.setCursorPosition(position)


class StepList(QListWidget):
    """The list of parts at the side: the arrow keys go from part to part; typing in it does
    nothing (a list would jump to the part whose name starts with what is typed, and the rest
    would go into the page's first field). A frame shows when it has the focus."""

    FOCUS_STYLE = "StepList:focus { border: 2px solid palette(highlight); }"

    def __init__(self, parent: QWidget | None = None, **properties):
        super().__init__(parent, **properties)
        self.setStyleSheet(self.FOCUS_STYLE)

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt's name
        return  # typing never chooses a part
