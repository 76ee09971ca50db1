"""What every page of the wizard does, so the wizard can treat them alike.

A page shows one part of a report. It reads the report in :meth:`ReportPage.load` and writes
what the user typed back in :meth:`ReportPage.store`: those two are its only boundary with the
model. When the user changes anything it emits ``report_changed``; the wizard then stores the
page, lets every page :meth:`refresh` what it computes from the report (through
``domain.compute``), runs the checks and hands each page the marks of its fields.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QWidget, QWizardPage

from ...domain.model import Report
from ..widgets.grid import GridView
from ..widgets.marking import Mark


class ReportPage(QWizardPage):
    """A page of the report wizard."""

    report_changed = Signal()

    # The field paths this page shows: a path belongs to the page when it is one of these or
    # starts with one of them followed by "." or "[".
    PATH_PREFIXES: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._problem_count = 0
        self._loading = False

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
        return any(
            path == prefix or path.startswith((prefix + ".", prefix + "["))
            for prefix in self.PATH_PREFIXES
        )

    def show_marks(self, marks: dict[str, Mark]) -> None:
        """Mark the page's fields; ``marks`` holds only this page's paths."""

    def focus_field(self, path: str) -> bool:
        """Put the keyboard focus on the field ``path`` (select its cell); False if unknown."""
        return False

    def set_problem_count(self, count: int) -> None:
        """Show in the title how many problems the page holds."""
        self._problem_count = count
        self._show_title()

    def problem_count(self) -> int:
        return self._problem_count

    # -- texts -------------------------------------------------------------------------------

    def heading(self) -> str:
        """The page's name, translated, without the count."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every visible text of the page; called at creation and on a language change."""
        self._show_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_title(self) -> None:
        heading = self.heading()
        if self._problem_count:
            heading = QCoreApplication.translate("ReportPage", "%1 (%2)").replace("%1", heading).replace(
                "%2", str(self._problem_count)
            )
        self.setTitle(heading)

    def _user_changed(self, *_args) -> None:
        """Slot for the widgets' change signals: report a change unless the page is loading."""
        if not self._loading:
            self.report_changed.emit()
