"""Helpers of the UI tests: reading the database as another program would, finding widgets by
their field path, typing into fields and table cells from the keyboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWidget

from desktop_app.domain.model import Report
from desktop_app.storage import ReportStore
from desktop_app.ui.wizard import PageId, ReportWizard


def add_report(db_path: Path, report: Report | None = None) -> int:
    """Store ``report`` (an empty report of 2016 by default) and return its id."""
    store = ReportStore.open(db_path)
    try:
        return store.create(report or Report(year=2016))
    finally:
        store.close()


def stored(db_path: Path, report_id: int) -> Report:
    """What the database holds, read through a second store, as another program would."""
    store = ReportStore.open(db_path)
    try:
        return store.load(report_id)
    finally:
        store.close()


def cell_text(view: QAbstractItemView, row: int, column: int) -> str:
    """The text a table shows in a cell."""
    return view.model().index(row, column).data()


def row_count(view: QAbstractItemView) -> int:
    """How many rows a table shows."""
    return view.model().rowCount()


def table_rows(view: QAbstractItemView) -> list[list[str]]:
    """The texts of every cell of a table, row by row."""
    model = view.model()
    return [[cell_text(view, r, c) for c in range(model.columnCount())] for r in range(model.rowCount())]


def child(window: QWidget, name: str, kind: type = QWidget):
    """The descendant of ``window`` whose objectName is ``name`` (a field path)."""
    found = window.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found


def type_text(qtbot, wizard: ReportWizard, page: PageId, name: str, text: str, *, replace: bool = True):
    """Go to ``page`` and type ``text`` into the field ``name`` from the keyboard."""
    wizard.show_page(page)
    field = child(wizard, name)
    field.setFocus()
    if replace and isinstance(field, QLineEdit):
        field.selectAll()
        if field.text():
            qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)
    return field


def type_in_cell(qtbot, view: QAbstractItemView, row: int, column: int, text: str) -> QModelIndex:
    """Select a cell and type ``text`` over it, as a user does: the first key opens the
    editor, the rest goes to the editor, Enter commits."""
    index = view.model().index(row, column)
    assert index.isValid()
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, text[0])
    editor = QApplication.focusWidget()
    assert editor is not view and editor is not None, "typing did not open an editor"
    if len(text) > 1:
        qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState, timeout=1000)
    return index
