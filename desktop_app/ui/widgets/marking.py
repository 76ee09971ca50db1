"""Problems shown at their field: a coloured border and the reason.

A widget is marked with a ``problem`` property (``error``, ``warning`` or empty) that tests and
tools can read, a border drawn by a small style sheet of its own (unmarked widgets keep the
native look), and the reason as tooltip, accessible description and ``problemReason``
property (which the page's message line reads). Table cells are marked by their model through
:data:`PROBLEM_ROLE` and framed by the table (:func:`draw_mark`).

A marked field that has the keyboard focus keeps a visible focus frame: its border turns to
the palette's highlight colour, three pixels wide, and the problem's colour stays as a wide bar
on its left side, so neither hides the other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QWidget

from .plain import as_plain

if TYPE_CHECKING:  # the checks are imported once the report has painted (see the wizard)
    from ...domain.checks import Problem

ERROR = "error"
WARNING = "warning"
COLOURS = {ERROR: "#c62828", WARNING: "#c77700"}

# The model role that holds a cell's Mark (or None).
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 40

# The checks' codes that say a required field is still empty. Such a problem is shown at its
# field only once the user has left the field or opened the check page: a new report does not
# open with every field in red.
EMPTY_FIELD_CODES = frozenset({
    "year-missing",
    "promoter-field-missing",
    "members-too-few",
    "member-name-missing",
    "narrative-empty",
    "partnership-partner-missing",
    "partnership-category-missing",
    "partnership-reference-missing",
    "signatory-missing",
    "training-empty",  # a warning, but about a part not filled in yet all the same
})


class Mark(NamedTuple):  # not a dataclass: making one costs the report's opening about 0.5 ms
    """What to show at one field: the worst severity and every reason, one per line."""

    severity: str
    reason: str


def marks_by_path(problems: list[Problem], language: str) -> dict[str, Mark]:
    """The problems of a report grouped by field path, messages in ``language`` (the window's)."""
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


def marked_style(widget: QWidget, severity: str) -> str:
    """The style sheet of a widget marked with ``severity``: a coloured border, and when the
    widget has the focus a highlight-coloured frame with the colour kept as a bar on the left.
    Border and padding add up to the same width in both states, so the text never moves."""
    name = _qt_class_name(widget)
    colour = COLOURS[severity]
    focus = QApplication.palette().color(QPalette.ColorRole.Highlight).name()
    return (
        f"{name} {{ border: 2px solid {colour}; border-left: 6px solid {colour}; "
        "border-radius: 3px; padding: 1px; }"
        f"{name}:focus {{ border: 3px solid {focus}; border-left: 6px solid {colour}; "
        "padding: 0px; padding-left: 1px; }"
    )


def mark_widget(widget: QWidget, mark: Mark | None, hint: str | None = None) -> None:
    """Show ``mark`` at ``widget`` (or clear it); ``hint`` is the tooltip without a problem,
    by default the widget's explanation (``field_help.apply_help``)."""
    if hint is None:
        hint = str(widget.property("helpText") or "")
    severity = mark.severity if mark else ""
    tooltip = as_plain(mark.reason if mark else hint)  # a reason quotes what was typed
    if widget.property("problem") == severity and widget.toolTip() == tooltip:
        return
    widget.setProperty("problem", severity)
    widget.setProperty("problemReason", mark.reason if mark else "")
    widget.setToolTip(tooltip)
    describe = getattr(widget, "describe_current_problem", None)
    if describe is not None:
        describe()  # a table describes its current cell's problem, else its own
    else:
        widget.setAccessibleDescription(mark.reason if mark else "")
    widget.setStyleSheet(marked_style(widget, severity) if severity else "")


def describe_editor(editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
    """Give a cell's editor the cell's problem as its accessible description."""
    mark = index.data(PROBLEM_ROLE)
    editor.setAccessibleDescription(mark.reason if mark else "")


class ProblemDelegate(QStyledItemDelegate):
    """The delegate of the tables one types in: a cell's editor describes the cell's problem
    to screen readers. The frame of a marked cell is drawn by the table (:func:`draw_mark`,
    ``GridView.paintEvent``), not here: a paint of our own for every cell of every repaint
    cost more than the rest of a typed amount."""

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        super().setEditorData(editor, index)
        describe_editor(editor, index)


def draw_mark(painter: QPainter, rect, mark: Mark, focused: bool, palette: QPalette) -> None:
    """A coloured frame inside ``rect`` for ``mark``; a focused cell gets a highlight-coloured
    frame outside it, so the focus stays visible on a marked cell."""
    painter.save()
    inset = 1
    if focused:
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
        painter.drawRect(rect.adjusted(1, 1, -1, -1))
        inset = 4
    painter.setPen(QPen(QColor(COLOURS.get(mark.severity, COLOURS[ERROR])), 2))
    painter.drawRect(rect.adjusted(inset, inset, -inset, -inset))
    painter.restore()
