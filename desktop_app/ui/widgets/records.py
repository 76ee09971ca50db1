"""A table model over a list of records (members, partnerships): one row per record, one
column per field of the submission format, cells addressed by field path
(``members[1].name``). Subclasses say how a cell's text is read and written."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ..field_help import help_text
from .marking import PROBLEM_ROLE, Mark
from .plain import as_plain

Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """Rows of records, edited as text."""

    edited = Signal()  # the user changed a cell

    COLLECTION = ""  # the path of the list, e.g. "members"
    COLUMNS: tuple[str, ...] = ()  # the format's field names, in column order
    HEADERS: dict[str, str] = {}  # field name -> English header, marked with QT_TRANSLATE_NOOP
    CONTEXT = ""  # the translation context of HEADERS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Any] = []
        self._marks: dict[str, Mark] = {}

    # -- what subclasses define -------------------------------------------------------------

    def cell_text(self, record: Any, column: str, role: int) -> str:
        raise NotImplementedError

    def set_cell_text(self, record: Any, column: str, text: Any) -> None:
        raise NotImplementedError

    def cell_help_key(self, record: Any, column: str) -> str:
        """The key of the explanation of a cell (``field_help``): its column's by default."""
        return f"{self.COLLECTION}.{column}"

    # -- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.cell_text(self._rows[index.row()], column, role)
        if role == PROBLEM_ROLE:
            return self._marks.get(self.path(index.row(), index.column()))
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            mark = self._marks.get(self.path(index.row(), index.column()))
            return mark.reason if mark else None
        if role == Qt.ItemDataRole.ToolTipRole:
            # The reason of a problem, else the whole text (a narrow column cuts it), else what
            # the cell is for.
            mark = self._marks.get(self.path(index.row(), index.column()))
            text = mark.reason if mark else self.cell_text(self._rows[index.row()], column, Qt.ItemDataRole.DisplayRole)
            text = text or help_text(self.cell_help_key(self._rows[index.row()], column))
            return as_plain(text) if text else None
        if role == Qt.ItemDataRole.WhatsThisRole:
            return as_plain(help_text(self.cell_help_key(self._rows[index.row()], column))) or None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        record = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        before = self.cell_text(record, column, Qt.ItemDataRole.EditRole)
        self.set_cell_text(record, column, "" if value is None else value)
        if self.cell_text(record, column, Qt.ItemDataRole.EditRole) != before:
            self.dataChanged.emit(index, index)
            self.edited.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.WhatsThisRole) and \
                orientation == Qt.Orientation.Horizontal:
            return as_plain(help_text(f"{self.COLLECTION}.{self.COLUMNS[section]}")) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[self.COLUMNS[section]])
        return str(section + 1)

    # -- rows -------------------------------------------------------------------------------

    def records(self) -> list[Any]:
        return list(self._rows)

    def set_records(self, records: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self.endResetModel()

    def insert_record(self, record: Any, row: int | None = None) -> int:
        """Insert ``record`` at ``row`` (the end by default); return its row."""
        row = len(self._rows) if row is None else row
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, record)
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_record(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self.edited.emit()

    def move_record(self, row: int, to: int) -> None:
        """Move the record at ``row`` to ``to`` (one up or down)."""
        if to < 0 or to >= len(self._rows) or to == row:
            return
        destination = to + 1 if to > row else to
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._rows.insert(to, self._rows.pop(row))
        self.endMoveRows()
        self.edited.emit()

    # -- paths and problems -----------------------------------------------------------------

    def path(self, row: int, column: int) -> str:
        return f"{self.COLLECTION}[{row}].{self.COLUMNS[column]}"

    def index_for_path(self, path: str) -> QModelIndex:
        """The cell of ``members[2].name``; the first cell of the row for ``members[2]``."""
        match = re.fullmatch(rf"{re.escape(self.COLLECTION)}\[(\d+)\](?:\.(\w+))?", path)
        if not match or int(match[1]) >= len(self._rows):
            return QModelIndex()
        column = self.COLUMNS.index(match[2]) if match[2] in self.COLUMNS else 0
        return self.index(int(match[1]), column)

    def has_marks(self) -> bool:
        """Whether any cell is marked (the table then draws the frames)."""
        return bool(self._marks)

    def set_marks(self, marks: dict[str, Mark]) -> None:
        if marks == self._marks:
            return
        self._marks = dict(marks)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        self.refresh_texts()

    def refresh_texts(self) -> None:
        """Redraw every cell (after a change of language or formats)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))
