"""Tables for typing into: every cell editable from the keyboard, problems drawn at cells,
header labels wrapped instead of cut."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFocusEvent, QFont, QKeyEvent, QPainter, QPalette, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QSizePolicy,
    QTableView,
    QWidget,
)

from ..field_help import help_text
from .marking import COLOURS, PROBLEM_ROLE, WARNING, Mark, ProblemDelegate, draw_mark
from .plain import as_plain

Index = QModelIndex | QPersistentModelIndex
WRAP_FLAGS = Qt.TextFlag.TextWordWrap
HEADER_MARGIN = 10  # room around a header label, in pixels
UNBREAKABLE = re.compile(r"[^\s/-]+[/-]?")  # a line can break at spaces and after "-" or "/"
PREFERRED_ROWS = 4  # the rows a growing list asks room for
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter  # numbers, typed and computed
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
EDITABLE = READ_ONLY | Qt.ItemFlag.ItemIsEditable
FLAGS_KEY = -1  # where a cell's flags are kept among its roles (which are never negative)
# The roles a repaint asks for, which depend only on the model's own state (a language change
# reaches the models after the window has asked for the explanations in the new language).
KEPT_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.CheckStateRole,
    Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.SizeHintRole, PROBLEM_ROLE,
})


class LeftOutNote(QObject):
    """The note on a computed cell that leaves typed cells out of its value. Plural forms
    need ``tr`` with a number, and PySide's ``tr`` looks in the context of the object's own
    class, so the text lives in this class rather than in each grid's model."""

    def text(self, count: int) -> str:
        return self.tr(
            "%n cell(s) not counted: a negative value or one that cannot be read counts as "
            "nothing in this total until it is corrected.", "", count)


class EntryGridModel(QAbstractTableModel):
    """A grid of numbers, some typed in and the others computed from them (totals, shares).

    A subclass says which cells are typed (:meth:`is_entered`), which field path a cell shows
    (:meth:`path`) and gives the cells' text; this class makes the computed cells read-only on
    the window's background (in bold where :meth:`is_bold`), right-aligns every number, and
    gives each cell its problem mark, with the reason as tooltip.

    What a repaint asks of a cell is kept once asked (:meth:`data`): a repaint of the grid asks
    every cell for seven roles, each a call into Python, and the focus going to a cell's editor
    and back repaints cells at every typed amount. The kept values of a cell are forgotten
    whenever ``dataChanged`` names it, and all of them at a reset or a change of rows or
    columns; a subclass that changes what a cell shows must therefore emit ``dataChanged`` for
    it (which the views need anyway). Tooltips, What's This and the background are not kept.
    """

    edited = Signal()  # the user changed a typed cell

    def __init__(self, parent=None):
        super().__init__(parent)
        self._marks: dict[str, Mark] = {}
        self._left_out_note = LeftOutNote(self)
        # (row, column) -> {role: value}, and FLAGS_KEY: the cell's flags. Connected before
        # any view, so that a cell is forgotten before a view asks for it again.
        self._cells: dict[tuple[int, int], dict[int, Any]] = {}
        self._marks_by_cell: dict[tuple[int, int], Mark] | None = None  # see mark_at
        self.dataChanged.connect(self._forget_changed)
        for signal in (self.modelReset, self.layoutChanged, self.rowsInserted, self.rowsRemoved, self.rowsMoved,
                       self.columnsInserted, self.columnsRemoved, self.columnsMoved):
            signal.connect(self.forget_cells)

    # -- what a cell shows, kept --------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in KEPT_ROLES:  # explanations in the window's language, the palette's colour
            return self.cell_data(index, role) if index.isValid() else None
        key = (index.row(), index.column())
        cell = self._cells.get(key)
        if cell is not None and role in cell:
            return cell[role]
        if not index.isValid():
            return None
        value = self.cell_data(index, role)
        if cell is None:
            cell = self._cells[key] = {}
        cell[role] = value
        return value

    def cell_data(self, index: Index, role: int) -> Any:
        """``data`` computed afresh (:meth:`data` keeps it): the text, else the cell's look."""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.cell_text(index)
        return self.cell_look(index, role)

    def cell_text(self, index: Index) -> str:
        """The text of the cell: what was typed, or the computed value."""
        raise NotImplementedError

    def forget_cells(self, *_args) -> None:
        """Forget what every cell shows (it is asked again)."""
        self._cells.clear()
        self._marks_by_cell = None  # the cells may hold other paths now

    def _forget_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, _roles=()) -> None:
        if not top_left.isValid() or not bottom_right.isValid():
            self._cells.clear()
            return
        for row in range(top_left.row(), bottom_right.row() + 1):
            for column in range(top_left.column(), bottom_right.column() + 1):
                self._cells.pop((row, column), None)

    def is_entered(self, index: Index) -> bool:
        raise NotImplementedError

    def path(self, index: Index) -> str | None:
        """The field path whose problems the cell shows; None for a cell that shows none."""
        raise NotImplementedError

    def is_bold(self, index: Index) -> bool:
        return not self.is_entered(index)

    def help_key(self, index: Index) -> str | None:
        """The key of the explanation of the cell (``field_help``)."""
        return None

    def header_help_key(self, section: int, orientation: Qt.Orientation) -> str | None:
        """The key of the explanation of a header's label."""
        return None

    def header_help(self, section: int, orientation: Qt.Orientation, role: int) -> str | None:
        """``headerData`` for the tooltip and What's This: the label's explanation."""
        text = help_text(self.header_help_key(section, orientation))
        return as_plain(text) if text and role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.WhatsThisRole) else None

    def left_out(self, index: Index) -> int:
        """How many typed cells a computed cell leaves out of its value: a negative or
        unreadable value counts as nothing (and is an error at its own cell)."""
        return 0

    def computed_text(self, index: Index, text: str) -> str:
        """The text of a computed cell: marked with "*" when it leaves typed cells out."""
        return f"* {text}" if self.left_out(index) else text

    def flags(self, index: Index) -> Qt.ItemFlag:
        key = (index.row(), index.column())
        cell = self._cells.get(key)
        if cell is not None and FLAGS_KEY in cell:
            return cell[FLAGS_KEY]
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = EDITABLE if self.is_entered(index) else READ_ONLY
        self._cells.setdefault(key, {})[FLAGS_KEY] = flags
        return flags

    def cell_look(self, index: Index, role: int) -> Any:
        """``data`` for the roles other than the cell's text."""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and self.is_bold(index):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and not self.is_entered(index):
            return QApplication.palette().color(QPalette.ColorRole.Window)
        if role == Qt.ItemDataRole.WhatsThisRole:
            return as_plain(help_text(self.help_key(index))) or None
        left_out = 0 if self.is_entered(index) else self.left_out(index)
        if left_out and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(COLOURS[WARNING])
        if left_out and role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return self._left_out_note.text(left_out)
        if role in (PROBLEM_ROLE, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            path = self.path(index)
            mark = self._marks.get(path) if path else None
            if role == PROBLEM_ROLE:
                return mark
            if mark:
                return as_plain(mark.reason)  # a reason quotes what was typed
            if role == Qt.ItemDataRole.ToolTipRole:
                return as_plain(help_text(self.help_key(index))) or None  # the cell's explanation
        return None

    def has_marks(self) -> bool:
        """Whether any cell is marked (the table then draws the frames)."""
        return bool(self._marks)

    def mark_at(self, row: int, column: int) -> Mark | None:
        """The mark of the cell at ``row``, ``column`` (the table draws its frame at each
        repaint: looked up here, without a model index and a call through Qt per cell)."""
        if self._marks_by_cell is None:
            self._marks_by_cell = {}
            for r in range(self.rowCount()) if self._marks else ():
                for c in range(self.columnCount()):
                    path = self.path(self.index(r, c))
                    mark = self._marks.get(path) if path else None
                    if mark:
                        self._marks_by_cell[(r, c)] = mark
        return self._marks_by_cell.get((row, column))

    def set_marks(self, marks: dict[str, Mark]) -> None:
        if marks == self._marks:
            return
        before, self._marks = self._marks, dict(marks)
        self._marks_by_cell = None
        # Only the cells whose mark changed: a change of the whole grid makes the view fetch
        # and paint every cell, after every typed amount.
        changed = {path for path in before.keys() | marks.keys() if before.get(path) != marks.get(path)}
        roles = [PROBLEM_ROLE, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole]
        for row in range(self.rowCount()):
            for column in range(self.columnCount()):
                index = self.index(row, column)
                if self.path(index) in changed:
                    self.dataChanged.emit(index, index, roles)


class WrappingHeader(QHeaderView):
    """A header whose labels wrap onto several lines: long OCMW names and category names stay
    readable in narrow columns. A vertical header is at most ``max_width`` wide. A column is
    never narrower than the longest word of its label (the table scrolls sideways instead), so
    a word is never cut."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None, max_width: int = 240):
        super().__init__(orientation, parent)
        self.max_width = max_width
        self._least_section_size = self.minimumSectionSize()
        self._sizes: dict[tuple[int, str, int], QSize] = {}  # see sectionSizeFromContents
        self._texts: dict[int, str] = {}  # see _text
        horizontal = orientation == Qt.Orientation.Horizontal
        alignment = Qt.AlignmentFlag.AlignCenter if horizontal else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        self.setDefaultAlignment(alignment | Qt.AlignmentFlag(WRAP_FLAGS.value))
        self._height_update = QTimer(self, singleShot=True, interval=0)
        self._height_update.timeout.connect(self._update_height)
        if horizontal:
            self.sectionResized.connect(self._height_update.start)

    def setModel(self, model) -> None:
        old = self.model()
        if old is not None:
            for signal in self._label_signals(old):
                signal.disconnect(self._forget_texts)
        self._texts.clear()
        if model is not None:
            # Before the header's own connections: a label is forgotten before it is measured.
            for signal in self._label_signals(model):
                signal.connect(self._forget_texts)
        super().setModel(model)
        if model is not None and self.orientation() == Qt.Orientation.Horizontal:
            for signal in (model.headerDataChanged, model.modelReset, model.columnsInserted, model.columnsRemoved):
                signal.connect(self._height_update.start)

    @staticmethod
    def _label_signals(model) -> tuple:
        return (model.headerDataChanged, model.modelReset, model.layoutChanged, model.rowsInserted,
                model.rowsRemoved, model.rowsMoved, model.columnsInserted, model.columnsRemoved, model.columnsMoved)

    def _forget_texts(self, *_args) -> None:
        self._texts.clear()

    def _text(self, section: int) -> str:
        # Kept per section until the model says its labels changed: the rows size to their
        # contents, so every changed cell measures every label again (a call into the
        # model's Python headerData each).
        text = self._texts.get(section)
        if text is None:
            model = self.model()
            value = model.headerData(section, self.orientation(), Qt.ItemDataRole.DisplayRole) if model else None
            text = self._texts[section] = "" if value is None else str(value)
        return text

    def _wrapped_height(self, text: str, width: int) -> int:
        return self.fontMetrics().boundingRect(QRect(0, 0, max(width, 10), 10_000), WRAP_FLAGS, text).height()

    def sectionSizeFromContents(self, section: int) -> QSize:
        # Asked for every section at every change of a cell (the rows size to their
        # contents): measured once per label, width and font.
        text = self._text(section)
        horizontal = self.orientation() == Qt.Orientation.Horizontal
        key = (section, text, self.sectionSize(section) if horizontal else 0)
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) > 4096:
                self._sizes.clear()
            size = self._sizes[key] = self._measure(section, text, horizontal)
        return QSize(size)

    def _measure(self, section: int, text: str, horizontal: bool) -> QSize:
        size = super().sectionSizeFromContents(section)
        margin = HEADER_MARGIN
        if horizontal:
            height = self._wrapped_height(text, self.sectionSize(section) - margin) + margin
            return QSize(size.width(), max(size.height(), height))
        width = min(self.fontMetrics().horizontalAdvance(text) + margin + 4, self.max_width)  # + rounding slack
        height = self._wrapped_height(text, width - margin) + margin
        return QSize(max(width, 24), max(size.height(), height))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._sizes.clear()
        super().changeEvent(event)

    def dataChanged(self, top_left, bottom_right, roles=()) -> None:  # noqa: N802 - Qt's name
        # QHeaderView sizes its sections again after any changed cell and then repaints all
        # of itself, after every typed amount. In a GridView a cell's text changes no size
        # here: a row is as high as its label and its cells' one line (measured once per
        # row, GridView.sizeHintForRow), and a column sized to its contents is the only one
        # that follows a cell.
        view = self.parentWidget()
        if isinstance(view, GridView) and top_left.isValid() and bottom_right.isValid():
            if self.orientation() == Qt.Orientation.Vertical:
                return
            first, last = top_left.column(), bottom_right.column()
            if not any(self.sectionResizeMode(section) == QHeaderView.ResizeMode.ResizeToContents
                       for section in range(first, last + 1)):
                return
        super().dataChanged(top_left, bottom_right, roles)

    def _needed_height(self) -> int:
        if self.model() is None or self.count() == 0:
            return super().sizeHint().height()
        return max(self.sectionSizeFromContents(s).height() for s in range(self.count()))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.orientation() == Qt.Orientation.Horizontal:
            return QSize(hint.width(), self._needed_height())  # for the widths of now, not cached
        return hint

    def set_least_section_size(self, size: int) -> None:
        """The narrowest a column may be, whatever its label (wider when a word needs it)."""
        self._least_section_size = size
        self._update_height()

    def _widest_word(self) -> int:
        """The widest piece of a label that wrapping cannot break: a word, or the part of a
        hyphenated name up to and with its hyphen (a line may end after it)."""
        metrics = self.fontMetrics()
        return max((metrics.horizontalAdvance(piece) for section in range(self.count())
                    for piece in UNBREAKABLE.findall(self._text(section))), default=0)

    def _update_height(self) -> None:
        least = max(self._least_section_size, self._widest_word() + HEADER_MARGIN + 4)  # + rounding slack
        if least != self.minimumSectionSize():
            self.setMinimumSectionSize(least)
        needed = self._needed_height()
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)
            self.geometriesChanged.emit()


class GridView(QTableView):
    """A ``QTableView`` set up for data entry.

    Typing on a cell starts editing it (as in a spreadsheet), F2 and double-click too. Tab and
    Shift+Tab go through the cells that are typed in (never a computed cell or a totals row),
    from the first to the last when they come in, and then out of the table, to the next or
    previous field; the arrow keys move inside it. Enter ends the editing of a cell, or not
    editing, goes down to the next typed-in cell of the column; it never reaches the wizard's
    default button, so it does not turn the page. With ``fit_rows`` the table is exactly as
    high as its rows (for short fixed tables: no scroll bar, no empty area). With
    ``wrap_headers`` long header labels wrap (at most ``header_width`` wide for row labels);
    without, rows have one fixed height, which keeps long tables cheap to lay out. With
    ``wrap_column_headers`` only the column labels wrap (a longer language then takes two lines
    in a narrow column), and rows keep their fixed height.
    """

    def __init__(self, parent: QWidget | None = None, *, fit_rows: bool = False, wrap_headers: bool = False,
                 wrap_column_headers: bool = False, header_width: int = 240, **properties):
        super().__init__(parent, **properties)
        if wrap_headers or wrap_column_headers:
            self.setHorizontalHeader(WrappingHeader(Qt.Orientation.Horizontal, self))
        if wrap_headers:
            self.setVerticalHeader(WrappingHeader(Qt.Orientation.Vertical, self, header_width))
            self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        else:
            self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setItemDelegate(ProblemDelegate(self))
        self.setAlternatingRowColors(True)
        # The current cell of a table without the focus in a pale tint, not in the focused blue:
        # otherwise the table seems to have the focus while one types in another field.
        palette = self.palette()
        pale = QColor(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight))
        pale.setAlpha(60)
        palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight, pale)
        palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.HighlightedText,
                         palette.color(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Text))
        self.setPalette(palette)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self._row_heights: dict[int, int] = {}  # see sizeHintForRow
        self.fit_rows = fit_rows
        self.read_only = False
        if fit_rows:
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.horizontalHeader().geometriesChanged.connect(self.updateGeometry)
            self.verticalHeader().sectionResized.connect(self.updateGeometry)

    def setModel(self, model) -> None:
        super().setModel(model)
        self._row_heights.clear()
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved,
                           model.columnsInserted, model.columnsRemoved):
                signal.connect(self._row_heights.clear)
            self.selectionModel().currentChanged.connect(self.describe_current_problem)
            model.dataChanged.connect(self.describe_current_problem)
            model.modelReset.connect(self.describe_current_problem)
        if self.fit_rows and model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.headerDataChanged):
                signal.connect(self.updateGeometry)

    def sizeHintForRow(self, row: int) -> int:  # noqa: N802 - Qt's name
        # A row whose header sizes to its contents asks every cell of the row for its size
        # (each role through Python) whenever any cell changes, several times per typed
        # amount. Cells hold one line (no word wrap), so a row's height does not change with
        # what is typed: it is measured once per row, again after a reset or a new font.
        height = self._row_heights.get(row)
        if height is None:
            height = self._row_heights[row] = super().sizeHintForRow(row)
        return height

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange):
            self._row_heights.clear()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        model = self.model()
        has_marks = getattr(model, "has_marks", None)
        if has_marks is None or not has_marks():
            return
        # The frames of the marked cells in the area painted, over what the delegate drew:
        # the cells of each rectangle of it (a typed amount repaints a few scattered cells).
        rows, columns = model.rowCount(), model.columnCount()
        mark_at = getattr(model, "mark_at", None)
        cells = set()
        for area in event.region():
            first_row, last_row = self.rowAt(area.top()), self.rowAt(area.bottom())
            first_column, last_column = self.columnAt(area.left()), self.columnAt(area.right())
            first_row, first_column = max(first_row, 0), max(first_column, 0)
            last_row = rows - 1 if last_row < 0 else last_row
            last_column = columns - 1 if last_column < 0 else last_column
            cells.update((row, column) for row in range(first_row, last_row + 1)
                         for column in range(first_column, last_column + 1))
        current = self.currentIndex()
        focus = self.hasFocus() or self.viewport().hasFocus()
        painter = None
        for row, column in sorted(cells):
            mark = mark_at(row, column) if mark_at is not None else model.index(row, column).data(PROBLEM_ROLE)
            if not mark:
                continue
            if painter is None:
                painter = QPainter(self.viewport())
            index = model.index(row, column)
            draw_mark(painter, self.visualRect(index), mark, focus and index == current, self.palette())
        if painter is not None:
            painter.end()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if not self.fit_rows:
            # A list that grows (members, partnerships) asks for a few rows only: on a small
            # screen the page then fits or scrolls little; a larger window gives it the rest.
            rows = self.verticalHeader().defaultSectionSize() * PREFERRED_ROWS
            return QSize(hint.width(), self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth())
        header = self.horizontalHeader()
        rows = self.verticalHeader()
        height = header.sizeHint().height() + 2 * self.frameWidth()
        height += sum(rows.sectionSizeFromContents(r).height() for r in range(rows.count()))
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().sizeHint().height()
        return QSize(hint.width(), height)

    def minimumSizeHint(self) -> QSize:
        if self.fit_rows:
            return QSize(super().minimumSizeHint().width(), self.sizeHint().height())
        return super().minimumSizeHint()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.fit_rows:
            self.updateGeometry()

    def set_read_only(self) -> None:
        """Show the cells without letting anything be typed, emptied or edited."""
        self.read_only = True
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def edit(self, index, *args):  # noqa: D102 - QAbstractItemView.edit, refused when read-only
        if self.read_only:
            return False
        return super().edit(index, *args)

    # -- the keyboard: Tab through the typed-in cells and out, Enter down ---------------------

    def is_typed_in(self, index: QModelIndex) -> bool:
        """Whether the cell at ``index`` is one the user types in (and is shown)."""
        return (not self.read_only and index.isValid() and bool(index.flags() & Qt.ItemFlag.ItemIsEditable)
                and not self.isRowHidden(index.row()) and not self.isColumnHidden(index.column()))

    def typed_in_neighbour(self, index: QModelIndex, forward: bool) -> QModelIndex:
        """The next (or previous) typed-in cell after ``index``, row by row; from the first
        (or last) one when ``index`` is invalid; invalid after the last (or before the first)."""
        model = self.model()
        if model is None:
            return QModelIndex()
        rows, columns = model.rowCount(), model.columnCount()
        if index.isValid():
            position = index.row() * columns + index.column()
        else:
            position = -1 if forward else rows * columns
        step = 1 if forward else -1
        position += step
        while 0 <= position < rows * columns:
            candidate = model.index(position // columns, position % columns)
            if self.is_typed_in(candidate):
                return candidate
            position += step
        return QModelIndex()

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        # Tab and Shift+Tab: QTableView wraps round and stops on every cell; here they stop only
        # on typed-in cells and run out at the ends, so that the focus leaves the table.
        if action in (QAbstractItemView.CursorAction.MoveNext, QAbstractItemView.CursorAction.MovePrevious):
            return self.typed_in_neighbour(self.currentIndex(), action == QAbstractItemView.CursorAction.MoveNext)
        return super().moveCursor(action, modifiers)

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Coming in with Tab starts at the first typed-in cell, with Shift+Tab at the last.
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            first = self.typed_in_neighbour(QModelIndex(), event.reason() == Qt.FocusReason.TabFocusReason)
            if first.isValid():
                self.setCurrentIndex(first)
                self.scrollTo(first)
        self._repaint_focus_cells(super().focusInEvent, event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._repaint_focus_cells(super().focusOutEvent, event)

    def _repaint_focus_cells(self, handler, event: QFocusEvent) -> None:
        # QAbstractItemView repaints its whole viewport when it gains or loses the focus, that
        # is twice for every amount typed (the cell's editor takes the focus at the first key
        # and gives it back at Enter), each cell asking the model for its roles in Python. Only
        # the cells drawn differently with the focus change: the selected ones (their colour)
        # and the current one (the focus frame, also around a marked cell).
        viewport = self.viewport()
        disabled = viewport.testAttribute(Qt.WidgetAttribute.WA_UpdatesDisabled)
        viewport.setAttribute(Qt.WidgetAttribute.WA_UpdatesDisabled, True)
        try:
            handler(event)
        finally:
            viewport.setAttribute(Qt.WidgetAttribute.WA_UpdatesDisabled, disabled)
        if not viewport.updatesEnabled():
            return
        selection = self.selectionModel()
        for index in [self.currentIndex(), *(selection.selectedIndexes() if selection is not None else ())]:
            if index.isValid():
                viewport.update(self.visualRect(index))

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        Hint = QAbstractItemDelegate.EndEditHint
        if hint in (Hint.EditNextItem, Hint.EditPreviousItem):
            forward = hint == Hint.EditNextItem
            if not self.typed_in_neighbour(self.currentIndex(), forward).isValid():
                # Tab in the last cell: the value is kept and the focus goes on out of the table.
                super().closeEditor(editor, Hint.NoHint)
                self.focusNextPrevChild(forward)
                return
        super().closeEditor(editor, hint)
        if hint == Hint.SubmitModelCache:  # Enter ended the editing
            self._go_down()

    def _go_down(self) -> None:
        index = self.currentIndex()
        model = self.model()
        if not index.isValid() or model is None:
            return
        for row in range(index.row() + 1, model.rowCount()):
            below = model.index(row, index.column())
            if self.is_typed_in(below):
                self.setCurrentIndex(below)
                self.scrollTo(below)
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        editable = self.is_typed_in(index)
        editing = self.state() == QAbstractItemView.State.EditingState
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            if not editing:
                self._go_down()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and plain and not editing and editable:
            self.model().setData(index, "", Qt.ItemDataRole.EditRole)  # empty the cell, as a spreadsheet does
            event.accept()
            return
        super().keyPressEvent(event)

    def cell_path(self, index: QModelIndex | QPersistentModelIndex) -> str | None:
        """The field path of the cell ``index`` (None for a computed cell or no cell)."""
        model = self.model()
        if model is None or not index.isValid():
            return None
        if isinstance(model, EntryGridModel):
            return model.path(index)
        return model.path(index.row(), index.column())

    def describe_current_problem(self, *_args) -> None:
        """Give screen readers the problem of the current cell, else the table's own."""
        index = self.currentIndex()
        mark = index.data(PROBLEM_ROLE) if index.isValid() else None
        text = mark.reason if mark else str(self.property("problemReason") or "")
        if self.accessibleDescription() != text:
            self.setAccessibleDescription(text)

    def select_cell(self, index: QModelIndex) -> None:
        """Make ``index`` the current cell, scrolled into view, with the keyboard focus."""
        if not index.isValid():
            return
        self.setCurrentIndex(index)
        self.scrollTo(index)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
