"""Page 1 through its widgets: year, language, promoter, members."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton

from ui_helpers import child, stored, type_in_cell, type_text
from desktop_app.ui.wizard import PageId

PROMOTER = {
    "promoter.name": "OCMW Voorbeeld",
    "promoter.street": "Kerkstraat 1",
    "promoter.postalCode": "9999",
    "promoter.municipality": "Voorbeeld",
    "promoter.contactPerson": "An Peeters",
    "promoter.phone": "+32 9 123 45 67",
    "promoter.email": "an.peeters@example.be",
    "promoter.enterpriseNumber": "0212.345.629",
}


def test_identification_typed_reaches_the_database(qtbot, open_report, db_path):
    window, wizard, report_id = open_report()
    type_text(qtbot, wizard, PageId.IDENTIFICATION, "reportingYear", "2017")
    for name, text in PROMOTER.items():
        type_text(qtbot, wizard, PageId.IDENTIFICATION, name, text)
    language = child(wizard, "language", QComboBox)
    language.setFocus()
    qtbot.keyClick(language, Qt.Key.Key_Down)  # Dutch -> French
    assert language.currentData() == "fr"

    members = child(wizard, "members")
    child(wizard, "addMember", QPushButton).click()
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "OCMW Twee")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: members.model().rowCount() == 1 and members.model().index(0, 0).data() == "OCMW Twee")
    child(wizard, "addMember", QPushButton).click()
    qtbot.keyClicks(QApplication.focusWidget(), "OCMW Drie")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: members.model().rowCount() == 2 and members.model().index(1, 0).data() == "OCMW Drie")
    type_in_cell(qtbot, members, 0, 1, "0456789012")

    window.saver.flush()
    report = stored(db_path, report_id)
    assert report.year == 2017
    assert report.language == "fr"
    assert report.promoter.name == "OCMW Voorbeeld"
    assert report.promoter.contact_person == "An Peeters"
    assert report.promoter.postal_code == "9999"
    assert report.promoter.email == "an.peeters@example.be"
    assert report.promoter.enterprise_number == "0212.345.629"
    assert [(m.id, m.name) for m in report.members] == [("o2", "OCMW Twee"), ("o3", "OCMW Drie")]
    assert report.members[0].enterprise_number == "0456789012"


def test_members_move_and_remove(qtbot, open_report, db_path):
    window, wizard, report_id = open_report()
    wizard.show_page(PageId.IDENTIFICATION)
    members = child(wizard, "members")
    for name in ("A", "B", "C"):
        child(wizard, "addMember", QPushButton).click()
        qtbot.keyClicks(QApplication.focusWidget(), name)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: members.state() != members.State.EditingState)
    members.setCurrentIndex(members.model().index(2, 0))
    child(wizard, "moveMemberUp", QPushButton).click()
    members.setCurrentIndex(members.model().index(0, 0))
    child(wizard, "removeMember", QPushButton).click()
    window.saver.flush()
    assert [m.name for m in stored(db_path, report_id).members] == ["C", "B"]


def test_year_that_cannot_be_read_is_kept_and_marked(qtbot, open_report, db_path):
    window, wizard, report_id = open_report()
    year = type_text(qtbot, wizard, PageId.IDENTIFICATION, "reportingYear", "20l6")
    assert year.text() == "20l6"
    assert year.property("problem") == "error"
    assert "20l6" in year.toolTip()
    window.saver.flush()
    report = stored(db_path, report_id)
    assert report.year is None
    assert report.unreadable["reportingYear"] == "20l6"


def test_tab_goes_through_the_fields_in_reading_order(qtbot, open_report):
    _window, wizard, _ = open_report()
    wizard.show_page(PageId.IDENTIFICATION)
    child(wizard, "reportingYear").setFocus()
    order = ["reportingYear"]
    for _ in range(10):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().objectName())
    assert order == [
        "reportingYear", "language", "promoter.name", "promoter.street", "promoter.postalCode",
        "promoter.municipality", "promoter.contactPerson", "promoter.phone", "promoter.email",
        "promoter.enterpriseNumber", "members",
    ]


def test_every_input_has_an_accessible_name(open_report):
    window, wizard, _ = open_report()
    for kind in (QLineEdit, QComboBox):
        for widget in wizard.findChildren(kind):
            if widget.objectName() and not widget.objectName().startswith("qt_"):
                assert widget.accessibleName(), widget.objectName()
    for name in ("members", "partnerships", "training", "costs", "narrative", "problems"):
        assert child(wizard, name).accessibleName(), name


def test_the_year_9999_is_saved_checked_and_the_report_opens_again(qtbot, open_report, db_path):
    from desktop_app.ui import create_main_window
    from factories import make_valid_report

    window, wizard, report_id = open_report(make_valid_report())
    type_text(qtbot, wizard, PageId.IDENTIFICATION, "reportingYear", "9999")
    type_text(qtbot, wizard, PageId.NARRATIVE, "narrative", " Later.", replace=False)
    wizard.show_page(PageId.CHECK_SIGN)
    assert window.saver.flush()
    report = stored(db_path, report_id)
    assert report.year == 9999 and " Later." in report.narrative
    window.close()

    # The report opens again, in a new window on the same file.
    reopened = create_main_window(db_path, report_id)
    qtbot.addWidget(reopened)
    reopened.show()
    assert reopened.wizard is not None
    assert child(reopened.wizard, "reportingYear").text() == "9999"
    reopened.wizard.show_page(PageId.CHECK_SIGN)
    assert child(reopened.wizard, "signatureDeadline").text() == ""
