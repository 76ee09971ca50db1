"""What every page of the wizard does, so the wizard can treat them alike.

A page shows one part of a report. It reads the report in :meth:`ReportPage.load` and writes
what the user typed back in :meth:`ReportPage.store`: those two are its only boundary with the
model. When the user changes anything it emits ``report_changed``; the wizard then stores the
page, lets the pages that compute from it :meth:`refresh` what they compute from the report
(through ``domain.compute``), runs the checks and hands each page the marks of its fields.

A page's own widgets go into :attr:`ReportPage.content`, which scrolls when the window is too
small for it (a large system font, a small screen). They are made by :meth:`ReportPage.build`
when the page is first needed (shown, asked for one of its widgets, or once the window has
painted the report: see the wizard), not when the page is made: opening a report builds the
page it shows first and paints it before the other five are built. Under the content, outside
the scrolling part, the message line (:class:`FieldMessage`) says the problem of the field that has the focus or the
mouse, or else of the field just left.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPersistentModelIndex, QPoint, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ...domain.model import Report
from . import PageKind
from ..widgets.field_message import FieldMessage, HoverWatcher, field_of, problem_of
from ..widgets.grid import GridView
from ..widgets.marking import Mark


class ProblemCounts(QObject):
    """The counts of a page's title, ``2 errors, 1 warning``: plural forms need ``tr`` with a
    number, and PySide's ``tr`` looks in the context of the object's own class, so the texts
    live here rather than in every page class."""

    def text(self, errors: int, warnings: int) -> str:
        counts = []
        if errors:
            counts.append(self.tr("%n error(s)", "", errors))
        if warnings:
            counts.append(self.tr("%n warning(s)", "", warnings))
        return ", ".join(counts)


_COUNTS = ProblemCounts()


def page_title(heading: str, errors: int, warnings: int) -> str:
    """A page's title: its name, then its counts when it has problems, ``Costs (2 errors)``."""
    counts = _COUNTS.text(errors, warnings)
    if not counts:
        return heading
    return QCoreApplication.translate("ReportPage", "%1 (%2)").replace("%1", heading).replace("%2", counts)


class _StaleTitleWatch(QObject):
    """The net under ReportPage._show_title: whatever else makes QWizard lay out again (an
    option, a style sheet, a later Qt) puts QWizardPage's own title of the page shown back on
    the label, which may be a count behind. When the label paints a text that is not the title
    of the page shown, that page gives QWizard its title, in the next turn (not while painting)."""

    def __init__(self, label: QLabel):
        super().__init__(label)
        self.pages: list[ReportPage] = []
        label.installEventFilter(self)

    @classmethod
    def watch(cls, label: QLabel, page: ReportPage) -> None:
        watch = label.findChild(cls)
        if watch is None:
            watch = cls(label)
        if page not in watch.pages:
            watch.pages.append(page)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            for page in self.pages:
                wizard = page.wizard()
                if wizard is not None and wizard.currentPage() is page and watched.text() != page.title():
                    QTimer.singleShot(0, page.sync_title)
        return False


class ReportPage(QWizardPage):
    """A page of the report wizard."""

    report_changed = Signal()
    built = Signal()  # the page's widgets were just made (ensure_built)

    KIND: PageKind  # its name and the field paths it shows, known before its module is imported

    def __init__(self, parent: QWidget | None = None):
        self._built = False  # first: __getattr__ reads it
        self._building = False
        # The title shown (title() returns it); while the page is shown QWizardPage's own copy
        # may lag behind it (see _show_title), and _title_label is the label QWizard shows it in.
        self._title = ""
        self._title_in_qt = True
        self._title_label: QLabel | None = None
        super().__init__(parent)
        self._errors = 0
        self._warnings = 0
        self._loading = False
        self._marks_shown: dict[str, Mark] | None = None  # see show_marks_if_changed

        # The page's widgets go into ``content`` (subclasses lay it out), which scrolls.
        self.content = QWidget(objectName="pageContent")
        self.scroll = QScrollArea(objectName="pageScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        # A viewport of our own rather than asking for Qt's: the first Python call returning a
        # QWidget that Qt made has PySide6 create every widget class of QtWidgets to find its
        # type (about 80 enums, 12 ms at start-up); a widget made here is returned as it is.
        viewport = QWidget(objectName="pageViewport")
        viewport.setAutoFillBackground(False)
        self.scroll.setViewport(viewport)
        self.scroll.setWidget(self.content)
        self.content.setAutoFillBackground(False)
        self.field_message = FieldMessage(objectName="fieldMessage")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll, 1)
        outer.addWidget(self.field_message)

        self._hovered: tuple[QWidget, QPersistentModelIndex | None] | None = None
        self._left: tuple[QWidget, QPersistentModelIndex | None] | None = None  # the field just left
        self._hover_watcher = HoverWatcher(self._hover_changed, self)
        self._watching = False
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self._show_title()  # the list of parts shows it before the page is built

    # -- the page's widgets ------------------------------------------------------------------

    def build(self) -> None:
        """Make the page's widgets into ``content`` (subclasses); called once, by ensure_built."""

    def is_built(self) -> bool:
        """Whether the page's widgets exist."""
        return self._built

    def ensure_built(self) -> None:
        """Make the page's widgets if they do not exist yet, then emit ``built`` (the wizard
        then shows the report in them: load, computed values, marks, read-only)."""
        if self._built or self._building:
            return
        self._building = True
        try:
            self.build()
        finally:
            self._building = False
        self._built = True
        self.built.emit()

    def __getattr__(self, name: str):
        # A widget of a page not built yet (``page.table``): the page is built first, so that
        # whoever asks for a page's widget gets it whenever the page was made.
        state = self.__dict__
        if state.get("_built") is False and not state.get("_building") and not name.startswith("__"):
            self.ensure_built()
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.ensure_built()  # QWizard turns to the page
        super().initializePage()

    # -- the boundary with the model -------------------------------------------------------

    def load(self, report: Report) -> None:
        """Show ``report`` in the page's widgets."""
        raise NotImplementedError

    def store(self, report: Report) -> None:
        """Write what the widgets hold into ``report`` (typed text that cannot be read goes
        to ``report.unreadable`` under its path)."""
        raise NotImplementedError

    def refresh(self, report: Report) -> None:
        """Update what the page computes or copies from other parts of ``report``."""

    def set_read_only(self) -> None:
        """Show the report without letting it be changed: text fields read-only (still
        selectable and reachable from the keyboard), tables not editable, choices disabled,
        buttons that add, remove or fill in hidden."""
        for edit in self.findChildren(QLineEdit):
            edit.setReadOnly(True)
        for editor in self.findChildren(QPlainTextEdit):
            editor.setReadOnly(True)
        for grid in self.findChildren(GridView):
            grid.set_read_only()
        for choice in self.findChildren(QComboBox):
            choice.setEnabled(False)
        for button in self.findChildren(QPushButton):
            button.setEnabled(False)
            button.hide()

    # -- problems ----------------------------------------------------------------------------

    def owns(self, path: str) -> bool:
        """Whether the field ``path`` is on this page."""
        return self.KIND.owns(path)

    def show_marks(self, marks: dict[str, Mark]) -> None:
        """Mark the page's fields; ``marks`` holds only this page's paths."""

    def show_marks_if_changed(self, marks: dict[str, Mark]) -> None:
        """:meth:`show_marks`, unless these are the marks the page shows already (after a
        change elsewhere most pages' marks stay as they are). A retranslation puts the fields'
        explanations back as their tooltips, so the page is marked afresh after it."""
        if marks != self._marks_shown:
            self.show_marks(marks)
            self._marks_shown = dict(marks)

    def focus_field(self, path: str) -> bool:
        """Put the keyboard focus on the field ``path`` (select its cell); False if unknown."""
        return False

    def set_problem_counts(self, errors: int, warnings: int) -> None:
        """Show in the title how many errors and warnings the page holds, apart."""
        if (errors, warnings) == (self._errors, self._warnings):
            return  # the title is as it was (a change of language sets it in retranslate)
        self._errors, self._warnings = errors, warnings
        self._show_title()

    def problem_count(self) -> int:
        """Errors and warnings shown on the page, together."""
        return self._errors + self._warnings

    def error_count(self) -> int:
        return self._errors

    def warning_count(self) -> int:
        return self._warnings

    # -- the message line ---------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_built()
        super().showEvent(event)
        if not self._watching:
            self._watching = True
            for widget in self.content.findChildren(QWidget):
                if isinstance(widget, (QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView)) and \
                        field_of(widget.parentWidget(), self.content) is None:
                    self._hover_watcher.watch(widget)
                    if isinstance(widget, QAbstractItemView) and widget.selectionModel() is not None:
                        widget.selectionModel().currentChanged.connect(
                            lambda _current, previous, view=widget: self._cell_left(view, previous))
        self.update_field_message()

    def _owns_widget(self, widget: QWidget | None) -> bool:
        return widget is not None and self.content.isAncestorOf(widget)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if self._owns_widget(old):
            field = field_of(old, self.content) or old
            index = field.currentIndex() if isinstance(field, QAbstractItemView) else None
            self._left = (field, QPersistentModelIndex(index) if index is not None else None)
        if self._owns_widget(new):
            self.reveal(field_of(new, self.content) or new)
        if self._owns_widget(old) or self._owns_widget(new):
            self.update_field_message()

    def reveal(self, widget: QWidget) -> None:
        """Scroll the page so that the whole of ``widget`` shows (as much of it as fits,
        from its top left). Qt's ``ensureWidgetVisible`` shows only a text field's cursor."""
        top_left = widget.mapTo(self.content, QPoint(0, 0))
        viewport = self.scroll.viewport().size()
        width, height = min(widget.width(), viewport.width() - 16), min(widget.height(), viewport.height() - 16)
        margin_x, margin_y = max(width // 2, 0) + 8, max(height // 2, 0) + 8
        self.scroll.ensureVisible(top_left.x() + width // 2, top_left.y() + height // 2, margin_x, margin_y)

    def _cell_left(self, view: QAbstractItemView, previous) -> None:
        if previous.isValid():
            self._left = (view, QPersistentModelIndex(previous))
            self.update_field_message()

    def _hover_changed(self, widget: QWidget | None, index) -> None:
        if widget is None:
            self._hovered = None
        else:
            self._hovered = (widget, QPersistentModelIndex(index) if index is not None else None)
        self.update_field_message()

    def update_field_message(self) -> None:
        """Show in the message line the problem of the field the mouse rests on, else of the
        field with the focus, else of the field just left; clear it when none has one."""
        candidates = []
        if self._hovered is not None:
            candidates.append(self._hovered)
        focus = QApplication.focusWidget()
        if self._owns_widget(focus):
            candidates.append((field_of(focus, self.content) or focus, None))
        if self._left is not None:
            candidates.append(self._left)
        for widget, index in candidates:
            if index is not None and not index.isValid():
                continue
            found = problem_of(widget, index)
            if found is not None:
                self.field_message.show_problem(*found)
                return
        self.field_message.show_problem("", None)

    # -- texts -------------------------------------------------------------------------------

    def heading(self) -> str:
        """The page's name, translated, without the count."""
        return self.KIND.heading()

    def retranslate(self) -> None:
        """Set every visible text of the page; called at creation and on a language change."""
        self._marks_shown = None  # the explanations set now replace the marks' tooltips
        self._show_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            if self._built:
                self.retranslate()
            else:
                self._show_title()  # the rest is translated when the page is built
        super().changeEvent(event)

    def title(self) -> str:
        """The page's title as shown: its name and its counts."""
        return self._title

    def setTitle(self, title: str) -> None:  # noqa: N802 - Qt's name
        self._title = title
        self._title_in_qt = True
        super().setTitle(title)

    def setSubTitle(self, subtitle: str) -> None:  # noqa: N802 - Qt's name
        if subtitle == self.subTitle():
            return
        # QWizard lays the page out again and shows QWizardPage's own title: bring it up to date.
        self.sync_title()
        super().setSubTitle(subtitle)

    def _show_title(self) -> None:
        heading = page_title(self.heading(), self._errors, self._warnings)
        if heading == self._title:
            return
        shown, self._title = self._title, heading
        # For the page it shows, QWizardPage.setTitle has QWizard lay out again and repaint its
        # whole window (it hides and shows everything under its header): 3 to 6 ms at the
        # Enter that changes a count. The label that shows the title takes the new text alone;
        # QWizardPage's own copy, which QWizard reads again when it lays out (a page change, a
        # subtitle, a style), follows when that can happen: sync_title.
        label = self._shown_title_label(shown)
        if label is None:
            self.setTitle(heading)
        else:
            label.setText(heading)
            self._title_in_qt = False

    def sync_title(self) -> None:
        """Give QWizardPage the title shown, before QWizard reads it: when the page is no
        longer shown (free then), or before a relayout of the page shown."""
        if not self._title_in_qt:
            self.setTitle(self._title)

    def _shown_title_label(self, shown: str) -> QLabel | None:
        """The label showing this page's title ``shown`` if the wizard shows this page: the one
        visible label of the wizard outside its pages with that text (QWizard makes it, in its
        header in ModernStyle), looked for once and then checked; None if the page is not shown
        or no single such label is found (QWizardPage.setTitle then shows the title)."""
        wizard = self.wizard()
        if wizard is None or wizard.currentPage() is not self or not shown:
            return None
        label = self._title_label
        try:
            if label is not None and label.text() == shown and label.isVisibleTo(wizard):
                return label
        except RuntimeError:  # deleted by Qt (it keeps its header, but be sure)
            pass
        pages = wizard.findChildren(QWizardPage)
        found = [label for label in wizard.findChildren(QLabel)
                 if label.text() == shown and label.isVisibleTo(wizard)
                 and not any(page.isAncestorOf(label) for page in pages)]
        self._title_label = found[0] if len(found) == 1 else None
        if self._title_label is not None:
            _StaleTitleWatch.watch(self._title_label, self)
        return self._title_label

    def _user_changed(self, *_args) -> None:
        """Slot for the widgets' change signals: report a change unless the page is loading."""
        if not self._loading:
            self.report_changed.emit()
