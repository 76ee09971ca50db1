"""The message line under a page's form: the problem of the field that has the focus, or that
the mouse rests on, in words, so that a keyboard user reads what a tooltip only shows to a
mouse. The line keeps a fixed height (two lines of text), so showing or clearing a message
never moves the form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QSizePolicy, QWidget

from .marking import COLOURS, PROBLEM_ROLE, Mark
from .plain import as_plain

BACKGROUNDS = {"error": "#fdecea", "warning": "#fff4e0"}
LINES = 2  # the text lines the message line holds; a longer message ends in "…"


def field_name(widget: QWidget) -> str:
    """What a user calls ``widget``: its accessible name, else its label's text."""
    return widget.accessibleName() or widget.objectName()


def problem_of(widget: QWidget, index=None) -> tuple[str, Mark] | None:
    """The problem shown at ``widget`` (at the cell ``index`` of a table, by default its current
    cell), with the field's name: ``(name, mark)``; None when the field has none."""
    if isinstance(widget, QAbstractItemView):
        index = widget.currentIndex() if index is None else index
        mark = index.data(PROBLEM_ROLE) if index is not None and index.isValid() else None
        if mark:
            model = widget.model()
            row = model.headerData(index.row(), Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole)
            column = model.headerData(index.column(), Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            if str(row).isdigit():  # a list of records: "Partnerships 2, Partner"
                name = QCoreApplication.translate("FieldMessage", "%1 %2, %3").replace(
                    "%1", field_name(widget)).replace("%2", str(row)).replace("%3", str(column))
            else:  # a grid: "Personnel costs, OCMW share"
                name = QCoreApplication.translate("FieldMessage", "%1, %2").replace(
                    "%1", str(row)).replace("%2", str(column))
            return name, mark
    severity = widget.property("problem")
    if severity:
        return field_name(widget), Mark(severity, str(widget.property("problemReason") or ""))
    return None


def field_of(widget: QWidget | None, root: QWidget) -> QWidget | None:
    """The field (a table for its cells and their editors) that ``widget`` belongs to, within
    ``root``; None outside it."""
    found = None
    while widget is not None and widget is not root:
        if isinstance(widget, QAbstractItemView):
            found = widget
        widget = widget.parentWidget()
    if widget is None:
        return None
    return found


class FieldMessage(QLabel):
    """Shows one field's problem: ``Error – E-mail: This e-mail address is not valid``."""

    def __init__(self, parent: QWidget | None = None, **properties):
        super().__init__(parent, **properties)
        self.setTextFormat(Qt.TextFormat.PlainText)  # the message quotes what the user typed
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._full = ""
        self._severity = ""
        self._update_height()

    def _update_height(self) -> None:
        margins = self.contentsMargins()
        self.setFixedHeight(self.fontMetrics().lineSpacing() * LINES + 8 + margins.top() + margins.bottom())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._update_height()
            self._fit()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def show_problem(self, name: str, mark: Mark | None) -> None:
        """Show ``mark`` of the field ``name``; clear the line for None."""
        if mark is None:
            text, severity = "", ""
        else:
            kind = (QCoreApplication.translate("FieldMessage", "Error") if mark.severity == "error"
                    else QCoreApplication.translate("FieldMessage", "Warning"))
            reason = " ".join(mark.reason.split("\n"))
            text = QCoreApplication.translate("FieldMessage", "%1 – %2: %3").replace("%1", kind).replace(
                "%2", name).replace("%3", reason)
            severity = mark.severity
        self.setProperty("problem", severity)
        if severity != self._severity:
            self._severity = severity
            colour = COLOURS.get(severity)
            background = BACKGROUNDS.get(severity)
            self.setStyleSheet(
                f"QLabel {{ border-left: 4px solid {colour}; padding-left: 6px; color: {colour}; "
                f"background: {background}; font-weight: bold; }}"
                if colour else "QLabel { border-left: 4px solid transparent; padding-left: 6px; }"
            )
        if text != self._full:
            self._full = text
            self.setToolTip(as_plain(text))  # the message quotes what was typed
            self.setAccessibleDescription(text)
            self._fit()

    def message(self) -> str:
        """The whole message shown (the line may end it in "…" when it does not fit)."""
        return self._full

    def _fit(self) -> None:
        """Show as much of the message as the fixed height holds, whole words, then "…"."""
        text = self._full
        width = self.contentsRect().width() - 12  # the padding and bar of the style sheet
        if width <= 0 or not text:
            self.setText(text)
            return
        room = self.fontMetrics().lineSpacing() * LINES
        flags = Qt.TextFlag.TextWordWrap

        def fits(candidate: str) -> bool:
            return self.fontMetrics().boundingRect(0, 0, width, 100_000, flags, candidate).height() <= room

        if not fits(text):
            words = text.split(" ")
            low, high = 0, len(words)
            while low < high:  # the most words that fit with the ellipsis
                middle = (low + high + 1) // 2
                if fits(" ".join(words[:middle]) + " …"):
                    low = middle
                else:
                    high = middle - 1
            text = " ".join(words[:low]) + " …"
        if self.text() != text:
            self.setText(text)


class HoverWatcher(QObject):
    """Tells ``changed`` which field the mouse rests on (None when it rests on none)."""

    def __init__(self, changed, parent: QObject | None = None):
        super().__init__(parent)
        self._changed = changed

    def watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self)
        if isinstance(widget, QAbstractItemView):
            widget.viewport().setMouseTracking(True)
            widget.entered.connect(lambda index, view=widget: self._changed(view, index))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Enter:
            self._changed(watched, None)
        elif event.type() == QEvent.Type.Leave:
            self._changed(None, None)
        return False
