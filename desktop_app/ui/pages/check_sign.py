"""Page 6, check and sign: who signs, where and when, and every problem the checks find, each
one a way to its field."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.fields import FieldError, format_date, parse_date
from ...domain.model import Report
from ..field_help import apply_help
from ..language import format_count
from ..widgets.marking import COLOURS, Mark, mark_widget
from ..widgets.plain import as_plain
from ..widgets.widths import fit_width
from . import CHECK_SIGN
from .base import ReportPage

if TYPE_CHECKING:
    from ...domain.checks import Problem

SIGNATORY_FIELDS = ("president", "secretary", "place")
PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class ProblemList(QListWidget):
    """The list of problems. It asks for the height of a few lines only: the page scrolls
    when the window is small, and it should then scroll as little as possible, so that the
    export buttons under the list stay in view; a larger window gives the list the rest."""

    LINES = 4

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.fontMetrics().lineSpacing() * self.LINES + 2 * self.frameWidth() + 4)


class CheckSignPage(ReportPage):
    """Signatories, then the list of problems."""

    KIND = CHECK_SIGN

    problem_activated = Signal(str)  # the field path of the problem the user chose

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("checkSignPage")
        self._language = "nl"
        self._shown: list[tuple[str, str, str, str]] | None = None

    def build(self) -> None:
        """The page's widgets (see ReportPage.ensure_built: made when the page is first needed)."""
        self.fields: dict[str, QLineEdit] = {key: QLineEdit(objectName=f"signatories.{key}") for key in SIGNATORY_FIELDS}
        self.date = QLineEdit(objectName="signatories.date")
        fit_width(self.date, "00-00-0000", 140)
        self.deadline = QLabel(objectName="signatureDeadline", wordWrap=True)
        self.labels = {key: QLabel() for key in (*SIGNATORY_FIELDS, "date")}
        for key, label in self.labels.items():
            label.setBuddy(self.fields.get(key, self.date))

        self.sign_box = QGroupBox()
        form = QFormLayout()
        for key in SIGNATORY_FIELDS:
            form.addRow(self.labels[key], self.fields[key])
        date_row = QHBoxLayout()
        date_row.addWidget(self.date)
        date_row.addWidget(self.deadline, 1)
        form.addRow(self.labels["date"], date_row)
        self.sign_box.setLayout(form)

        self.check_box = QGroupBox()
        self.summary = QLabel(objectName="problemSummary", wordWrap=True)
        self.problems = ProblemList(objectName="problems")
        self.problems.setWordWrap(True)
        self.problems.setUniformItemSizes(False)
        self.problems.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.problems.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.problems_hint = QLabel(objectName="problemsHint", wordWrap=True)
        check_layout = QVBoxLayout(self.check_box)
        check_layout.addWidget(self.summary)
        check_layout.addWidget(self.problems, 1)
        check_layout.addWidget(self.problems_hint)

        # The export issue puts its buttons here.
        self.export_area = QWidget(objectName="exportArea")
        self.export_buttons = QHBoxLayout(self.export_area)
        self.export_buttons.setObjectName("exportButtons")
        self.export_buttons.setContentsMargins(0, 0, 0, 0)

        layout = QVBoxLayout(self.content)
        layout.addWidget(self.sign_box)
        layout.addWidget(self.check_box, 1)
        layout.addWidget(self.export_area)

        chain = [*self.fields.values(), self.date, self.problems]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

        for field in (*self.fields.values(), self.date):
            field.textEdited.connect(self._user_changed)
        self.problems.itemActivated.connect(self._item_activated)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setSubTitle(self.tr("Who signs the report, and what still needs attention."))
        self.sign_box.setTitle(self.tr("Signature"))
        self.check_box.setTitle(self.tr("Check"))
        texts = {
            "president": (self.tr("&President:"), self.tr("Name of the president")),
            "secretary": (self.tr("S&ecretary:"), self.tr("Name of the secretary (general director)")),
            "place": (self.tr("P&lace:"), self.tr("Place of signing")),
            "date": (self.tr("&Date:"), self.tr("Date of signing")),
        }
        for key, (label, accessible) in texts.items():
            self.labels[key].setText(label)
            self.fields.get(key, self.date).setAccessibleName(accessible)
        self._show_date_pattern()
        for key in SIGNATORY_FIELDS:
            apply_help(self.fields[key], f"signatories.{key}")
        apply_help(self.date, "signatories.date")
        self.problems.setAccessibleName(self.tr("Problems of the report"))
        apply_help(self.problems, "problems")
        self.problems_hint.setText(self.tr("Double-click a problem, or select it and press Enter, to go to its field."))
        self._shown = None  # rebuild the list in the new language at the next check

    # -- model boundary -------------------------------------------------------------------

    def load(self, report: Report) -> None:
        self._language = report.language
        signatories = report.signatories
        for key in SIGNATORY_FIELDS:
            self.fields[key].setText(getattr(signatories, key))
        self.date.setText(report.unreadable.get("signatories.date", format_date(signatories.date, report.language)))
        self._show_deadline(report)

    def store(self, report: Report) -> None:
        for key in SIGNATORY_FIELDS:
            setattr(report.signatories, key, self.fields[key].text())
        typed = self.date.text()
        try:
            report.signatories.date = parse_date(typed)
            report.unreadable.pop("signatories.date", None)
        except FieldError:
            report.signatories.date = None
            report.unreadable["signatories.date"] = typed

    def refresh(self, report: Report) -> None:
        if report.language != self._language and "signatories.date" not in report.unreadable and not self.date.hasFocus():
            self.date.setText(format_date(report.signatories.date, report.language))
        self._language = report.language
        self._show_deadline(report)

    def _show_date_pattern(self) -> None:
        # The separator of the report's language (the date is written that way), the letters
        # of the window's.
        self.date.setPlaceholderText(self.tr("dd/mm/yyyy") if self._language == "fr" else self.tr("dd-mm-yyyy"))

    def _show_deadline(self, report: Report) -> None:
        from ...domain.checks import signature_deadline  # the checks load after the first paint

        self._show_date_pattern()
        deadline = None if report.year is None else signature_deadline(report.year)
        if deadline is None:
            self.deadline.setText("")
            return
        self.deadline.setText(self.tr("Sign before %1.").replace("%1", format_date(deadline, report.language)))

    # -- problems -------------------------------------------------------------------------

    def show_marks(self, marks: dict[str, Mark]) -> None:
        for key in SIGNATORY_FIELDS:
            mark_widget(self.fields[key], marks.get(f"signatories.{key}"))
        mark_widget(self.date, marks.get("signatories.date"))

    def focus_field(self, path: str) -> bool:
        key = path.removeprefix("signatories.")
        field = self.fields.get(key) or (self.date if key == "date" else None)
        if field is None:
            return False
        field.setFocus()
        field.selectAll()
        return True

    def show_problems(self, problems: list[tuple[str, Problem]], language: str) -> None:
        """List every problem, each after the name of its page: ``(page heading, problem)``."""
        shown = [(part, p.severity.value, p.path, p.message.get(language)) for part, p in problems]
        if shown == self._shown:
            return
        self._shown = shown
        errors = sum(1 for _, p in problems if p.is_error)
        warnings = len(problems) - errors
        current_path = self.problems.currentItem().data(PATH_ROLE) if self.problems.currentItem() else None
        self.problems.clear()
        kinds = {"error": self.tr("Error"), "warning": self.tr("Warning")}
        for part, severity, path, message in shown:
            item = QListWidgetItem(self.tr("%1 – %2: %3").replace("%1", kinds[severity]).replace("%2", part).replace(
                "%3", message))
            item.setForeground(QColor(COLOURS[severity]))
            item.setData(PATH_ROLE, path)
            item.setToolTip(as_plain(message))  # it may quote what was typed
            self.problems.addItem(item)
            if path == current_path:
                self.problems.setCurrentItem(item)
        if not problems:
            self.summary.setText(self.tr("No problems: the report is complete."))
        else:
            self.summary.setText(self.tr(
                "Errors: %1. Warnings: %2. Errors must be solved before the final export; "
                "warnings are for your attention."
            ).replace("%1", format_count(errors, language)).replace("%2", format_count(warnings, language)))

    def _item_activated(self, item: QListWidgetItem) -> None:
        self.problem_activated.emit(item.data(PATH_ROLE))
