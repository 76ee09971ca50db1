"""The window with a cluster of 20 member OCMWs and 200 partnerships (issue 15): every row is
listed, the last one is reached and typed in from the keyboard, the training grid has a column
per OCMW, and the report is complete (no check refuses its size)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.ui.wizard import PageId
from factories import make_large_report
from ui_helpers import child, stored, type_in_cell


def test_the_window_lists_200_partnerships_and_20_members(qtbot, open_report, db_path):
    window, wizard, report_id = open_report(make_large_report())
    wizard.show_page(PageId.IDENTIFICATION)
    members = child(wizard, "members")
    assert members.model().rowCount() == 20
    assert members.model().index(19, 0).data() == "OCMW Lid 20"

    wizard.show_page(PageId.PARTNERSHIPS)
    table = child(wizard, "partnerships")
    assert table.model().rowCount() == 200
    assert table.model().index(199, 0).data() == "Partner 200 vzw Samen Sterk"
    # Ctrl+End reaches the last row, which is scrolled into view and typed in.
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert table.currentIndex().row() == 199
    assert table.visualRect(table.currentIndex()).intersects(table.viewport().rect())
    type_in_cell(qtbot, table, 199, 4, "Laatste samenwerking")
    window.saver.flush()
    assert stored(db_path, report_id).partnerships[199].description == "Laatste samenwerking"

    wizard.show_page(PageId.TRAINING)
    grid = child(wizard, "training")
    headers = [grid.model().headerData(c, Qt.Orientation.Horizontal) for c in range(grid.model().columnCount())]
    assert sum(1 for h in headers if h and "OCMW Lid" in str(h)) == 20

    wizard.show_page(PageId.CHECK_SIGN)
    assert not [p for p in wizard.problems if p.is_error]
