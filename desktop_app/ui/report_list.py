"""The list of reports (and of the bin) in the main window: a model over the store's summaries
and a view on it.

Refreshing costs what listing costs: the model takes the list of summaries in one reset, and
the view asks only for the cells it shows, whose text is made then. The columns are sized from
their headers and the widest text a column can hold (a year, a state's name, a date and time),
once per language, never from the rows: with a ``QTableWidget`` of items and columns resizing
to their contents, 2,500 reports took 48 s to show again after closing a report.

The column titles come from a model of Qt's own (``titles``), joined to the rows by the view's
proxy: the header then never calls Python code with a ``Qt.Orientation``, which would make
PySide6 create its ``Qt`` namespace before the list is shown (see ``qt_namespace.py``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QConcatenateTablesProxyModel, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ..storage import ReportSummary
from .qt_namespace import ACCESSIBLE_TEXT_ROLE, DISPLAY_ROLE, FONT_ROLE, USER_ROLE, Qt

FOCUS_FRAME_MARGIN = 2  # pixels, QCommonStyle's PM_FocusFrameHMargin
ID_ROLE = USER_ROLE + 1  # the report's id, on every cell

Index = QModelIndex | QPersistentModelIndex
_ROLES = frozenset({DISPLAY_ROLE, ACCESSIBLE_TEXT_ROLE, FONT_ROLE, ID_ROLE})


class ReportListModel(QAbstractTableModel):
    """Rows of report summaries; ``texts(summary)`` gives the text of every column after the
    first (the promoter's name, or ``missing_name`` in italics when it is empty). The column
    titles are in ``titles``, a model without rows that the view shows above them."""

    def __init__(self, columns: int, texts: Callable[[ReportSummary], list[str]], parent=None):
        super().__init__(parent)
        self._columns = columns
        self._texts = texts
        self._summaries: list[ReportSummary] = []
        self._headers: list[str] = [""] * columns
        self.titles = QStandardItemModel(0, columns, self)
        self.missing_name = ""
        self._italic = None  # the font of a missing name, made when first shown
        self._row_texts: dict[int, list[str]] = {}  # made when a row is first shown

    def set_summaries(self, summaries: list[ReportSummary]) -> None:
        """Show ``summaries`` (in their order), in one reset."""
        self.beginResetModel()
        self._summaries = list(summaries)
        self._row_texts.clear()
        self.endResetModel()

    def set_headers(self, headers: list[str], missing_name: str) -> None:
        """The column titles and the text for a report without a promoter's name; the texts of
        the rows are made again (they hold translated words)."""
        self._headers = list(headers)
        self.missing_name = missing_name
        self._row_texts.clear()
        self.titles.setHorizontalHeaderLabels(self._headers)  # tells the view's header
        if self._summaries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._summaries) - 1, self._columns - 1))

    def title(self, column: int) -> str:
        """The title of a column."""
        return self._headers[column] if 0 <= column < self._columns else ""

    def summary(self, row: int) -> ReportSummary | None:
        """The summary shown in ``row``, None outside the list."""
        return self._summaries[row] if 0 <= row < len(self._summaries) else None

    def row_of(self, report_id: int) -> int:
        """The row of the report ``report_id``; -1 when it is not listed."""
        for row, summary in enumerate(self._summaries):
            if summary.id == report_id:
                return row
        return -1

    def text(self, row: int, column: int) -> str:
        """The text shown in a cell."""
        texts = self._row_texts.get(row)
        if texts is None:
            summary = self._summaries[row]
            name = summary.promoter_name.strip()
            texts = self._row_texts[row] = [name or self.missing_name, *self._texts(summary)]
        return texts[column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._summaries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else self._columns

    def data(self, index: Index, role: int = DISPLAY_ROLE):
        if role not in _ROLES or not index.isValid() or index.row() >= len(self._summaries):
            return None  # most roles a view asks about, at once
        if role == DISPLAY_ROLE or role == ACCESSIBLE_TEXT_ROLE:
            return self.text(index.row(), index.column())
        if role == ID_ROLE:
            return self._summaries[index.row()].id
        if role == FONT_ROLE and index.column() == 0 and not self._summaries[index.row()].promoter_name.strip():
            return self._italic_font()
        return None

    def _italic_font(self):
        if self._italic is None:
            # Here: only a report without a name needs it, and PySide6 takes 1 ms to load QFont.
            from PySide6.QtGui import QFont

            self._italic = QFont()
            self._italic.setItalic(True)
        return self._italic

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE):  # noqa: N802
        # The view's header asks ``titles`` instead; this answers direct calls and the rows'
        # (hidden) header, as before the titles had a model of their own.
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY_ROLE and 0 <= section < self._columns:
            return self._headers[section]
        return None


class ReportListView(QTableView):
    """A read-only list of reports, one selected row at a time; the first column takes the
    room left by the others."""

    def __init__(self, model: ReportListModel, parent: QWidget | None = None, **properties):
        super().__init__(parent, **properties)
        self._list_model = model
        # The view's model: the titles (no rows), then the reports. The header asks the first
        # model for the titles; the rows and their cells are the second's.
        self._joined = QConcatenateTablesProxyModel(self)
        self._joined.addSourceModel(model.titles)
        self._joined.addSourceModel(model)
        # The proxy does not pass on a change of the titles (a language switch): the titles'
        # own signal goes to the proxy's, which the header follows. Never ask the proxy for the
        # header of a row it does not have: Qt does not check that (a crash); its views and
        # accessibility ask only for rows that exist.
        model.titles.headerDataChanged.connect(self._joined.headerDataChanged)
        self.setModel(self._joined)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        # Every row one line high, without asking the rows.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def list_model(self) -> ReportListModel:
        """The model of the reports (the view's own model joins it to its column titles)."""
        return self._list_model

    def fit_columns(self, widest: list[list[str]]) -> None:
        """Size the columns after the first to their header and the widest of ``widest[c]``,
        the texts column ``c + 1`` can show (not the rows: their number does not matter)."""
        metrics = self.fontMetrics()
        header = self.horizontalHeader()
        header_metrics = header.fontMetrics()
        model = self.list_model()
        # Room for the cell's margins and focus frame: QCommonStyle's focus frame margin (2)
        # on each side and 16 more. Asking the style for it made PySide6 create QStyle's twenty
        # enums as Python classes, about 8 ms of every start.
        padding = 2 * FOCUS_FRAME_MARGIN + 16
        for column, texts in enumerate(widest, start=1):
            title = model.title(column)
            width = max([header_metrics.horizontalAdvance(title) + 24,
                         *(metrics.horizontalAdvance(text) + padding for text in texts)])
            self.setColumnWidth(column, width)

    def selected_row(self) -> int:
        """The selected row, -1 when none."""
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        return rows[0].row() if rows else -1

    def selected_id(self) -> int | None:
        """The id of the selected report, None when none is selected."""
        summary = self.list_model().summary(self.selected_row())
        return summary.id if summary is not None else None

    def select_row(self, row: int) -> None:
        """Select ``row`` and make it current (scrolled into view)."""
        index = self.model().index(row, 0)
        if index.isValid():
            self.selectRow(row)
            self.scrollTo(index)
