"""The list of reports scales: its columns are sized from what they can show, never from the
rows, and the texts of a row are made only when it is shown; the selection survives a refresh."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from desktop_app.domain.model import Organisation, Report
from desktop_app.storage import ReportStore
from desktop_app.ui.report_list import ReportListModel
from ui_helpers import cell_text, child, row_count


def _many_reports(db_path, count: int) -> None:
    store = ReportStore.open(db_path)
    try:
        with store._writing():  # one transaction: one wait for the disk instead of thousands
            for number in range(count):
                report = Report(year=2000 + number % 20)
                report.promoter = Organisation("o1", f"OCMW {number:04d}")
                store.create(report)
    finally:
        store.close()


def test_no_column_of_the_lists_sizes_itself_to_its_rows(show_window):
    window = show_window()
    for name in ("reportList", "binList"):
        header = child(window, name, QTableView).horizontalHeader()
        modes = [header.sectionResizeMode(c) for c in range(header.count())]
        assert QHeaderView.ResizeMode.ResizeToContents not in modes, name
        assert modes[0] == QHeaderView.ResizeMode.Stretch


def test_2500_reports_are_listed_and_only_the_rows_shown_are_made(show_window, db_path, monkeypatch):
    _many_reports(db_path, 2500)
    made = set()
    real_text = ReportListModel.text

    def text(self, row, column):
        made.add(row)
        return real_text(self, row, column)

    monkeypatch.setattr(ReportListModel, "text", text)
    window = show_window()
    table = child(window, "reportList", QTableView)
    assert row_count(table) == 2500
    assert window.tabs.tabText(0) == "Reports (2500)"
    made.clear()
    window.refresh_lists()
    table.viewport().repaint()
    assert 0 < len(made) < 100  # the rows on the screen, not 2,500
    # The selected report stays selected when the list is read again.
    table.select_row(1234)
    chosen = window.selected_report_id()
    name = cell_text(table, 1234, 0)
    window.refresh_lists()
    assert window.selected_report_id() == chosen
    assert cell_text(table, table.selected_row(), 0) == name


def test_a_report_without_a_name_is_listed_as_such(show_window, db_path):
    store = ReportStore.open(db_path)
    store.create(Report(year=2016))
    store.close()
    window = show_window()
    table = child(window, "reportList", QTableView)
    assert cell_text(table, 0, 0) == "(promoter not filled in yet)"
    assert table.model().index(0, 0).data(Qt.ItemDataRole.FontRole).italic()


def test_the_header_shows_new_titles_after_a_language_switch(show_window, qtbot, db_path, compiled_translations):
    """The titles have a model of their own (report_list.py): a change of them still reaches the
    list's header, which then paints them again."""
    _many_reports(db_path, 1)
    window = show_window()
    table = child(window, "reportList", QTableView)
    header = table.horizontalHeader()
    assert header.model().headerData(1, Qt.Orientation.Horizontal) == "Year"
    with qtbot.waitSignal(header.model().headerDataChanged, timeout=1000) as changed:
        window.switch_language("fr")
    assert changed.args[0] == Qt.Orientation.Horizontal
    assert [header.model().headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())] == [
        window.report_list.list_model().title(c) for c in range(4)]
    assert header.model().headerData(1, Qt.Orientation.Horizontal) == "Année"
    assert table.model().headerData(0, Qt.Orientation.Vertical) is None  # the rows' header has no text
