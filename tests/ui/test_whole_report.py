"""A whole report filled in through the widgets, from an empty one to one without errors,
and what the database then holds."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton

from desktop_app.domain.checks import check_report
from desktop_app.domain.model import CostLine, Partnership, Report
from desktop_app.ui.wizard import PageId
from ui_helpers import child, stored, type_in_cell, type_text

IDENTIFICATION = {
    "reportingYear": "2016",
    "promoter.name": "OCMW Voorbeeld",
    "promoter.street": "Kerkstraat 1",
    "promoter.postalCode": "9999",
    "promoter.municipality": "Voorbeeld",
    "promoter.contactPerson": "An Peeters",
    "promoter.phone": "09 123 45 67",
    "promoter.email": "an.peeters@example.be",
}


def add_row(qtbot, wizard, button: str, view, text: str) -> None:
    child(wizard, button, QPushButton).click()
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)


def test_fill_in_a_whole_report(qtbot, open_report, db_path):
    window, wizard, report_id = open_report(Report())

    # 1. Identification
    for name, text in IDENTIFICATION.items():
        type_text(qtbot, wizard, PageId.IDENTIFICATION, name, text)
    members = child(wizard, "members")
    add_row(qtbot, wizard, "addMember", members, "OCMW Twee")
    add_row(qtbot, wizard, "addMember", members, "OCMW Drie")

    # 2. Narrative, with a line break
    editor = type_text(qtbot, wizard, PageId.NARRATIVE, "narrative", "We startten gezamenlijke intakes.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "De taallessen werkten goed.")

    # 3. Partnerships
    wizard.show_page(PageId.PARTNERSHIPS)
    partnerships = child(wizard, "partnerships")
    add_row(qtbot, wizard, "addPartnership", partnerships, "VDAB")
    partnerships.setCurrentIndex(partnerships.model().index(0, 1))
    qtbot.keyClick(partnerships, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    type_in_cell(qtbot, partnerships, 0, 2, "SO-2016-14")
    type_in_cell(qtbot, partnerships, 0, 3, "01/02/2016")

    # 4. Training
    wizard.show_page(PageId.TRAINING)
    training = child(wizard, "training")
    type_in_cell(qtbot, training, 0, 0, "12")
    type_in_cell(qtbot, training, 0, 1, "4")
    type_in_cell(qtbot, training, 1, 2, "3")

    # 5. Costs: the seed's worked example
    wizard.show_page(PageId.COSTS)
    costs = child(wizard, "costs")
    type_in_cell(qtbot, costs, 0, 0, "50.000,00")
    type_in_cell(qtbot, costs, 0, 2, "30.000,00")

    # 6. Check and sign
    for name, text in (("signatories.president", "Jan Janssens"), ("signatories.secretary", "Marie Dubois"),
                       ("signatories.place", "Voorbeeld"), ("signatories.date", "10-02-2017")):
        type_text(qtbot, wizard, PageId.CHECK_SIGN, name, text)

    assert not [p for p in wizard.problems if p.is_error], [p.message.nl for p in wizard.problems]
    qtbot.waitUntil(lambda: window.saver.state == "saved", timeout=1000)

    report = stored(db_path, report_id)
    assert report.year == 2016
    assert report.promoter.name == "OCMW Voorbeeld" and report.promoter.phone == "09 123 45 67"
    assert [m.name for m in report.members] == ["OCMW Twee", "OCMW Drie"]
    assert report.narrative == "We startten gezamenlijke intakes.\nDe taallessen werkten goed."
    assert report.partnerships == [
        Partnership("VDAB", "regional-employment-service", "SO-2016-14", dt.date(2016, 2, 1), "")]
    assert report.training == {"assessment": {"o1": 12, "o2": 4}, "collective-pretraining": {"o3": 3}}
    assert report.costs["personnel"] == CostLine(50_000_00, 0, 30_000_00, 0)
    assert report.subsidy is None  # follows the year's rule
    assert report.signatories.date == dt.date(2017, 2, 10)
    assert report.unreadable == {}
    assert not [p for p in check_report(report, today=dt.date(2017, 2, 10)) if p.is_error]
