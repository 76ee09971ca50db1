"""Problems shown at their field: a coloured border and the reason.

A widget is marked with a ``problem`` property (``error``, ``warning`` or empty) that tests and
tools can read, a border drawn by a small style sheet of its own (unmarked widgets keep the
native look), and the reason as tooltip and accessible description. Table cells are marked by
their model through :data:`PROBLEM_ROLE` and drawn by :class:`ProblemDelegate`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ...domain.checks import Problem
from .plain import as_plain

ERROR = "error"
WARNING = "warning"
COLOURS = {ERROR: "#c62828", WARNING: "#c77700"}

# The model role that holds a cell's Mark (or None).
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 40


@dataclass(frozen=True)
class Mark:
    """What to show at one field: the worst severity and every reason, one per line."""

    severity: str
    reason: str


def marks_by_path(problems: list[Problem], language: str) -> dict[str, Mark]:
    """The problems of a report grouped by field path, messages in the report's language."""
    marks: dict[str, Mark] = {}
    for problem in problems:
        severity = ERROR if problem.is_error else WARNING
        text = problem.message.get(language)
        old = marks.get(problem.path)
        if old is not None:
            severity = ERROR if ERROR in (old.severity, severity) else WARNING
            text = f"{old.reason}\n{text}"
        marks[problem.path] = Mark(severity, text)
    return marks


def _qt_class_name(widget: QWidget) -> str:
    """The Qt class a style sheet selector can name (``QLineEdit`` for a subclass)."""
    for cls in type(widget).__mro__:
        if cls.__module__.startswith("PySide6"):
            return cls.__name__
    return "QWidget"


def mark_widget(widget: QWidget, mark: Mark | None, hint: str = "") -> None:
    """Show ``mark`` at ``widget`` (or clear it); ``hint`` is the tooltip without a problem."""
    severity = mark.severity if mark else ""
    tooltip = as_plain(mark.reason if mark else hint)  # a reason quotes what was typed
    if widget.property("problem") == severity and widget.toolTip() == tooltip:
        return
    widget.setProperty("problem", severity)
    widget.setToolTip(tooltip)
    widget.setAccessibleDescription(mark.reason if mark else "")
    if severity:
        widget.setStyleSheet(
            f"{_qt_class_name(widget)} {{ border: 2px solid {COLOURS[severity]}; "
            "border-radius: 3px; padding: 1px; }"
        )
    else:
        widget.setStyleSheet("")


class ProblemDelegate(QStyledItemDelegate):
    """Draws a coloured frame around a cell whose model gives a Mark in PROBLEM_ROLE."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        mark = index.data(PROBLEM_ROLE)
        if mark:
            painter.save()
            painter.setPen(QPen(QColor(COLOURS.get(mark.severity, COLOURS[ERROR])), 2))
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
            painter.restore()
