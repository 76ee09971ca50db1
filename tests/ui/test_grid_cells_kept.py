"""The tables one types in keep what a repaint asks of each cell (``EntryGridModel.data``):
whatever changes a cell, the text, the "*" of a total that leaves cells out, its colour and
the problem marked at it must follow at once. Each test reads every cell first, so that a
value kept from before the change would show."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.domain.model import CostLine, Report
from desktop_app.ui.widgets.marking import PROBLEM_ROLE
from desktop_app.ui.wizard import PageId
from ui_helpers import child, table_rows, type_in_cell

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
FOREGROUND = Qt.ItemDataRole.ForegroundRole


def looks(view) -> list[list[tuple]]:
    """Per cell what a repaint and the message line ask: text, colour, font, problem."""
    model = view.model()
    return [[(model.index(r, c).data(), model.index(r, c).data(FOREGROUND) is not None,
              model.index(r, c).data(Qt.ItemDataRole.FontRole) is not None,
              bool(model.index(r, c).flags() & Qt.ItemFlag.ItemIsEditable), model.index(r, c).data(PROBLEM_ROLE))
             for c in range(model.columnCount())] for r in range(model.rowCount())]


def undo(qtbot):
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)


def redo(qtbot):
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL | SHIFT)


def cost_report() -> Report:
    report = Report(year=2016)
    report.promoter.name = "OCMW Een"
    report.costs["personnel"] = CostLine(50_000_00, 0, 30_000_00, 0)
    return report


def test_a_typed_amount_its_totals_and_undo_show_at_once(qtbot, open_report):
    _window, wizard, _ = open_report(cost_report())
    wizard.show_page(PageId.COSTS)
    costs = child(wizard, "costs")
    model = costs.model()
    first = looks(costs)
    assert first[0][0][0] == "50.000,00" and first[0][4][0] == "20.000,00" and first[5][4][0] == "20.000,00"

    type_in_cell(qtbot, costs, 0, 0, "60.000")
    typed = looks(costs)
    assert typed[0][0][0] == "60.000,00"
    assert typed[0][4][0] == "30.000,00"  # the cluster share of the row
    assert typed[5][0][0] == "60.000,00" and typed[5][4][0] == "30.000,00"  # the totals row
    assert child(wizard, "demonstratedAmount").text() == "30.000,00"

    undo(qtbot)
    assert looks(costs) == first
    redo(qtbot)
    assert looks(costs) == typed

    # An amount that cannot be read: kept as typed and marked; the totals leave it out, with
    # their "*" in amber; corrected, all of it goes again.
    type_in_cell(qtbot, costs, 1, 0, "12,34,5")
    unreadable = looks(costs)
    assert unreadable[1][0][0] == "12,34,5" and unreadable[1][0][4] is not None
    assert unreadable[5][0][0] == "* 60.000,00" and unreadable[5][0][1]  # amber
    assert "1" in model.index(5, 0).data(Qt.ItemDataRole.ToolTipRole)
    type_in_cell(qtbot, costs, 1, 0, "1000")
    corrected = looks(costs)
    assert corrected[1][0][0] == "1.000,00" and corrected[1][0][4] is None
    assert corrected[5][0][0] == "61.000,00" and not corrected[5][0][1]
    undo(qtbot)
    assert looks(costs) == unreadable


def test_delete_and_a_language_change_of_the_report_show_at_once(qtbot, open_report):
    _window, wizard, _ = open_report(cost_report())
    wizard.show_page(PageId.COSTS)
    costs = child(wizard, "costs")
    looks(costs)
    costs.setFocus()
    costs.setCurrentIndex(costs.model().index(0, 2))
    qtbot.keyClick(costs, Qt.Key.Key_Delete)
    assert table_rows(costs)[0][2] == "0,00" and table_rows(costs)[0][4] == "50.000,00"
    wizard.report.language = "fr"
    wizard.pages[PageId.COSTS].refresh(wizard.report)  # amounts are written in the report's language
    assert table_rows(costs)[0][0] == "50\u00a0000,00" and table_rows(costs)[5][4] == "50\u00a0000,00"


def test_a_typed_count_its_totals_and_undo_show_at_once(qtbot, open_report):
    report = Report(year=2016)
    report.promoter.name = "OCMW Een"
    report.add_member("OCMW Twee")
    _window, wizard, _ = open_report(report)
    wizard.show_page(PageId.TRAINING)
    grid = child(wizard, "training")
    first = looks(grid)
    type_in_cell(qtbot, grid, 0, 0, "12")
    type_in_cell(qtbot, grid, 0, 1, "4")
    typed = looks(grid)
    assert [typed[0][c][0] for c in range(3)] == ["12", "4", "16"]
    assert typed[7][0][0] == "12" and typed[7][2][0] == "16"
    type_in_cell(qtbot, grid, 0, 1, "vier")
    unreadable = looks(grid)
    assert unreadable[0][1][0] == "vier" and unreadable[0][1][4] is not None
    assert unreadable[0][2][0] == "* 12" and unreadable[0][2][1]
    undo(qtbot)
    assert looks(grid) == typed
    undo(qtbot)
    undo(qtbot)
    assert looks(grid) == first


def test_a_new_member_makes_a_column_that_shows_its_own_cells(qtbot, open_report):
    report = Report(year=2016)
    report.promoter.name = "OCMW Een"
    report.set_count("assessment", report.promoter.id, 5)
    _window, wizard, _ = open_report(report)
    wizard.show_page(PageId.TRAINING)
    grid = child(wizard, "training")
    before = looks(grid)
    assert [before[0][c][0] for c in range(2)] == ["5", "5"]
    wizard.report.add_member("OCMW Twee")
    wizard.pages[PageId.TRAINING].load(wizard.report)
    after = looks(grid)
    assert [after[0][c][0] for c in range(3)] == ["5", "", "5"]  # the new column is typed in, the total moved
    assert after[0][1][3] and not after[0][2][3]


def test_the_selected_cell_shows_whether_the_table_has_the_focus(qtbot, open_report):
    """Only the selected and the current cell are repainted when the table gains or loses the
    focus; what the screen holds (the window's backing store, not a fresh rendering) must
    still show the selection in the focused colour, then pale, then focused again."""
    window, wizard, _ = open_report(cost_report())
    wizard.show_page(PageId.COSTS)
    costs = child(wizard, "costs")
    costs.setFocus()
    costs.setCurrentIndex(costs.model().index(2, 1))
    qtbot.waitUntil(lambda: costs.hasFocus())

    def on_screen(row: int, column: int):
        qtbot.wait(50)  # the repaint
        rect = costs.visualRect(costs.model().index(row, column))
        point = costs.viewport().mapTo(window, rect.topLeft()) + rect.center() - rect.topLeft()
        image = window.screen().grabWindow(window.winId()).toImage()
        return image.pixelColor(point.x() + 20, point.y())  # left of the right-aligned text

    focused, other = on_screen(2, 1), on_screen(2, 0)
    assert focused != other
    child(wizard, "subsidyAmount").setFocus()
    pale = on_screen(2, 1)
    assert pale not in (focused, other)
    costs.setFocus()
    assert on_screen(2, 1) == focused


def frames_drawn(grid) -> dict[tuple[int, int], object]:
    """The cells whose problem frame the table draws, as it looks them up at a repaint."""
    model = grid.model()
    return {(r, c): model.mark_at(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
            if model.mark_at(r, c) is not None}


def test_a_problem_frame_moves_with_its_cell_when_a_member_goes(qtbot, open_report):
    report = Report(year=2016)
    report.promoter.name = "OCMW Een"
    report.add_member("OCMW Twee")
    report.add_member("OCMW Drie")
    _window, wizard, _ = open_report(report)
    wizard.show_page(PageId.TRAINING)
    grid = child(wizard, "training")
    type_in_cell(qtbot, grid, 0, 2, "vier")
    marked = frames_drawn(grid)
    assert list(marked) == [(0, 2)] and marked[(0, 2)] == grid.model().index(0, 2).data(PROBLEM_ROLE)
    grid.viewport().repaint()  # the frames looked up once
    fewer = wizard.report.copy()
    del fewer.members[0]  # OCMW Drie's column moves left; the totals take its place
    wizard.restore(fewer, None)
    assert grid.model().headerData(1, Qt.Orientation.Horizontal) == "OCMW Drie"
    assert list(frames_drawn(grid)) == [(0, 1)]
    assert grid.model().index(0, 1).data(PROBLEM_ROLE) is not None and grid.model().index(0, 1).data() == "vier"


def test_undo_goes_back_to_each_typed_cell_in_turn(qtbot, open_report):
    """Undo tells the field of a change from the field values of the report before and after
    it; those of the report before are the ones kept from the change before (``difference``,
    ``after_is_kept``). Kept wrongly, a later undo would name an earlier cell."""
    _window, wizard, _ = open_report(cost_report())
    wizard.show_page(PageId.COSTS)
    costs = child(wizard, "costs")
    typed = [(1, 0, "100"), (2, 1, "200"), (3, 2, "300"), (2, 1, "250")]
    for row, column, text in typed:
        type_in_cell(qtbot, costs, row, column, text)
    for row, column, text in reversed(typed):
        undo(qtbot)
        assert (costs.currentIndex().row(), costs.currentIndex().column()) == (row, column)
        assert costs.model().index(row, column).data() != f"{text},00"
    assert wizard.report.costs == cost_report().costs


def labels_measured(wizard) -> list[tuple[str, str]]:
    """(label measured, label shown) of every section of every wrapping header."""
    from desktop_app.ui.widgets.grid import WrappingHeader

    pairs = []
    for header in wizard.findChildren(WrappingHeader):
        for section in range(header.count()):
            shown = header.model().headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
            pairs.append((header._text(section), "" if shown is None else str(shown)))
    return pairs


def test_header_labels_are_measured_again_when_they_change(qtbot, open_report, compiled_translations):
    from desktop_app.ui.i18n import shared_translators

    report = Report(year=2016)
    report.promoter.name = "OCMW Een"
    report.add_member("OCMW Twee")
    _window, wizard, _ = open_report(report)
    wizard.show_page(PageId.TRAINING)
    grid = child(wizard, "training")
    qtbot.wait(20)
    height = grid.horizontalHeader().height()
    assert all(measured == shown for measured, shown in labels_measured(wizard))
    renamed = wizard.report.copy()
    renamed.members[0].name = "Openbaar Centrum voor Maatschappelijk Welzijn van Sint-Lievens-Houtem"
    wizard.restore(renamed, None)
    qtbot.waitUntil(lambda: grid.horizontalHeader().height() > height)  # the long name wraps
    assert all(measured == shown for measured, shown in labels_measured(wizard))
    english = labels_measured(wizard)
    shared_translators().install("fr")  # the models tell their views when the pages retranslate
    qtbot.waitUntil(lambda: all(measured == shown for measured, shown in labels_measured(wizard)), timeout=2000)
    assert labels_measured(wizard) != english
