"""Page 4: the training grid, typed from the keyboard, with computed totals."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.domain.model import Report
from desktop_app.ui.wizard import PageId
from desktop_app.ui.widgets.marking import PROBLEM_ROLE
from ui_helpers import child, stored, type_in_cell


def three_ocmws() -> Report:
    report = Report(year=2016)
    report.promoter.name = "OCMW Een"
    report.add_member("OCMW Twee")
    report.add_member("OCMW Drie")
    return report


def test_counts_typed_per_ocmw_with_totals(qtbot, open_report, db_path):
    window, wizard, report_id = open_report(three_ocmws())
    wizard.show_page(PageId.TRAINING)
    grid = child(wizard, "training")
    model = grid.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == ["OCMW Een", "OCMW Twee", "OCMW Drie", "Total"]
    type_in_cell(qtbot, grid, 0, 0, "12")
    type_in_cell(qtbot, grid, 0, 1, "4")
    type_in_cell(qtbot, grid, 1, 2, "3")
    assert model.index(0, 3).data() == "16"  # category total
    assert model.index(7, 0).data() == "12"  # total activated for the promoter
    assert model.index(7, 3).data() == "19"  # total activated persons
    assert not model.flags(model.index(7, 3)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 3)) & Qt.ItemFlag.ItemIsEditable
    window.saver.flush()
    report = stored(db_path, report_id)
    assert report.training == {"assessment": {"o1": 12, "o2": 4}, "collective-pretraining": {"o3": 3}}


def test_only_whole_numbers(qtbot, open_report, db_path):
    window, wizard, report_id = open_report(three_ocmws())
    wizard.show_page(PageId.TRAINING)
    grid = child(wizard, "training")
    index = type_in_cell(qtbot, grid, 2, 1, "2,5")
    assert index.data() == "2,5"
    assert index.data(PROBLEM_ROLE).severity == "error"
    window.saver.flush()
    report = stored(db_path, report_id)
    assert report.count("qualifying-vocational-training", "o2") == 0
    assert report.unreadable == {"training.qualifying-vocational-training.o2": "2,5"}


def test_columns_follow_the_members_of_the_first_page(qtbot, open_report, db_path):
    window, wizard, report_id = open_report(three_ocmws())
    wizard.show_page(PageId.IDENTIFICATION)
    members = child(wizard, "members")
    type_in_cell(qtbot, members, 1, 0, "OCMW Vier")
    grid = child(wizard, "training")
    assert grid.model().headerData(2, Qt.Orientation.Horizontal) == "OCMW Vier"
