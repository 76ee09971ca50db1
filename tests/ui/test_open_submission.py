"""File ▸ Open submission file…: a refused file shows every problem and imports nothing; a
file that reads is imported as a new report or shown read-only, without touching the user's
reports. Also the File menu's Sign a PDF… and Verify a signed PDF…."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
)

from desktop_app.export.files import render_export
from desktop_app.storage import ReportStore
from desktop_app.ui.dialogs.signing import SigningDialog, VerifyDialog
from desktop_app.ui.dialogs.submission import SubmissionProblemsDialog, SubmissionSummaryDialog
from desktop_app.ui.export_panel import ExportPanel
from desktop_app.ui.widgets.grid import GridView
from desktop_app.ui.wizard import PageId
from factories import make_valid_report
from ui_helpers import cell_text, child, row_count

OPEN_DIALOG = "PySide6.QtWidgets.QFileDialog.getOpenFileName"
CREATED_AT = dt.datetime(2017, 2, 15, 10, 12, tzinfo=dt.timezone(dt.timedelta(hours=1)))


@pytest.fixture(scope="module")
def exported() -> tuple[bytes, bytes]:
    return render_export(make_valid_report(), created_at=CREATED_AT)


@pytest.fixture
def submission(tmp_path, exported) -> Path:
    path = tmp_path / "jaarverslag-cluster-2016-ocmw-voorbeeld.xml"
    path.write_bytes(exported[0])
    return path


def choose(monkeypatch, path: Path | None) -> list[tuple]:
    """Make Qt's open-file dialog answer ``path``; return what it was asked."""
    asked: list[tuple] = []

    def answer(*args, **kwargs):
        asked.append(args)
        return (str(path) if path else "", "")

    monkeypatch.setattr(OPEN_DIALOG, answer)
    return asked


def reports_in(db_path: Path) -> list:
    store = ReportStore.open(db_path)
    try:
        return store.list_reports()
    finally:
        store.close()


def table_rows(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_a_hostile_file_shows_its_problems_and_imports_nothing(qtbot, show_window, db_path, tmp_path, exported, monkeypatch):
    body = exported[0].decode().split("\n", 1)[1].replace("<narrative>", "<narrative>&secret;")
    hostile = tmp_path / "hostile.xml"
    hostile.write_text('<?xml version="1.0" encoding="UTF-8"?>\n'
                       '<!DOCTYPE clusterReport [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n' + body)
    window = show_window()
    asked = choose(monkeypatch, hostile)

    window.open_submission_action.trigger()

    assert len(asked) == 1
    dialog = window.findChild(SubmissionProblemsDialog)
    assert dialog is not None and dialog.isVisible()
    assert "hostile.xml" in child(dialog, "refusalIntro").text()
    assert "Nothing was imported" in child(dialog, "refusalIntro").text()
    rows = table_rows(child(dialog, "fileProblems", QTableWidget))
    assert len(rows) == 1
    line, _element, reason = rows[0]
    assert line == "2" and "DTD" in reason
    assert "root:" not in reason
    assert reports_in(db_path) == []
    assert window.wizard is None
    dialog.close()


def test_every_problem_shows_line_element_and_message(qtbot, show_window, db_path, tmp_path, exported):
    data = exported[0].replace(b"<total>9</total>", b"<total>19</total>", 1)
    data = data.replace(b'<count ocmw="o2">3</count>', b'<count ocmw="o2">-3</count>', 1)
    changed = tmp_path / "changed.xml"
    changed.write_bytes(data)
    window = show_window()

    dialog = window.open_submission_file(changed)

    assert isinstance(dialog, SubmissionProblemsDialog)
    rows = table_rows(child(dialog, "fileProblems", QTableWidget))
    assert rows, "no problem listed"
    by_element = {element: (line, reason) for line, element, reason in rows}
    assert "count" in by_element
    line, reason = by_element["count"]
    assert int(line) == data[:data.index(b'<count ocmw="o2">-3')].count(b"\n") + 1
    assert "-3" in reason and not reason.startswith("Regel")  # the location is in its own columns
    assert dialog.problem_texts()[0].startswith("Regel ")  # the full message names it again
    assert reports_in(db_path) == []
    dialog.close()


def test_a_valid_file_imported_appears_in_the_list_and_opens(qtbot, show_window, db_path, submission, exported, monkeypatch):
    window = show_window()
    choose(monkeypatch, submission)

    window.open_submission_action.trigger()

    dialog = window.findChild(SubmissionSummaryDialog)
    assert dialog is not None and dialog.isVisible()
    assert child(dialog, "summaryPromoter").text() == "OCMW Voorbeeld"
    assert child(dialog, "summaryYear").text() == "2016"
    sha = hashlib.sha256(exported[0]).hexdigest()
    assert child(dialog, "summaryFingerprint").text() == " ".join(sha[i:i + 4] for i in range(0, 16, 4))
    assert "OCMW Twee" in child(dialog, "summaryMembers").text()

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    (summary,) = reports_in(db_path)
    assert (summary.promoter_name, summary.year, summary.state) == ("OCMW Voorbeeld", 2016, "draft")
    assert window.wizard is not None and window.report_id == summary.id
    assert window.findChild(QLineEdit, "promoter.name").text() == "OCMW Voorbeeld"
    window.close_report()
    assert row_count(window.report_list) == 1
    assert cell_text(window.report_list, 0, 0) == "OCMW Voorbeeld"


def test_read_only_view_has_no_inputs_and_writes_nothing(qtbot, show_window, db_path, submission, monkeypatch):
    window = show_window(size=(1024, 700))
    before = db_path.read_bytes()
    dialog = window.open_submission_file(submission)
    assert isinstance(dialog, SubmissionSummaryDialog)

    qtbot.mouseClick(dialog.view_button, Qt.MouseButton.LeftButton)

    view = window.read_only_view
    assert view is not None and window.stack.currentWidget() is view
    wizard = window.wizard
    assert wizard.read_only
    assert view.title.text() == f"Read-only: {submission.name}"
    assert window.windowTitle().startswith(f"Read-only: {submission.name}")
    assert window.save_status.text() == "Read-only: nothing is saved"
    assert window.findChild(QLineEdit, "promoter.name").text() == "OCMW Voorbeeld"

    for page in wizard.pages.values():
        for edit in page.findChildren(QLineEdit):
            assert edit.isReadOnly(), edit.objectName()
        for editor in page.findChildren(QPlainTextEdit):
            assert editor.isReadOnly()
        for grid in page.findChildren(GridView):
            assert grid.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers, grid.objectName()
        for choice in page.findChildren(QComboBox):
            assert not choice.isEnabled()
        for button in page.findChildren(QPushButton):
            assert not button.isEnabled() and not button.isVisible(), button.objectName()
    assert window.findChild(ExportPanel) is None  # no export of a file that is only shown

    # Typing, Delete in a table cell and Enter change nothing.
    name = window.findChild(QLineEdit, "promoter.name")
    name.setFocus()
    qtbot.keyClicks(name, "XYZ")
    assert name.text() == "OCMW Voorbeeld"
    wizard.show_page(PageId.TRAINING)
    training = child(wizard, "training", QAbstractItemView)
    index = training.model().index(0, 0)
    before_cell = index.data()
    training.setFocus()
    training.setCurrentIndex(index)
    qtbot.keyClick(training, Qt.Key.Key_Delete)
    qtbot.keyClick(training, Qt.Key.Key_Return)
    qtbot.keyClick(training, Qt.Key.Key_5)
    assert training.state() != QAbstractItemView.State.EditingState
    assert training.model().index(0, 0).data() == before_cell

    qtbot.wait(400)  # longer than the autosave delay
    assert reports_in(db_path) == []
    assert db_path.read_bytes() == before

    window.close_report()  # Close returns to the list
    assert window.read_only_view is None and window.stack.currentWidget() is window.list_page
    assert window.windowTitle() == "Clusterverslag"
    assert reports_in(db_path) == []


def test_the_read_only_view_imports_on_request(qtbot, show_window, db_path, submission):
    window = show_window()
    dialog = window.open_submission_file(submission)
    qtbot.mouseClick(dialog.view_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.read_only_view.import_button, Qt.MouseButton.LeftButton)
    (summary,) = reports_in(db_path)
    assert window.read_only_view is None and window.report_id == summary.id
    assert not window.wizard.read_only


def test_the_wizard_close_button_leaves_the_read_only_view(qtbot, show_window, db_path, submission):
    window = show_window()
    dialog = window.open_submission_file(submission)
    qtbot.mouseClick(dialog.view_button, Qt.MouseButton.LeftButton)
    wizard = window.wizard
    wizard.show_page(PageId.CHECK_SIGN)
    qtbot.mouseClick(wizard.button(wizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert window.read_only_view is None and window.stack.currentWidget() is window.list_page


def test_cancel_imports_nothing(qtbot, show_window, db_path, submission, monkeypatch):
    window = show_window()
    choose(monkeypatch, None)
    assert window.open_submission_file() is None
    dialog = window.open_submission_file(submission)
    dialog.reject()
    assert reports_in(db_path) == [] and window.wizard is None


def test_sign_and_verify_from_the_file_menu(qtbot, show_window, tmp_path, exported, monkeypatch):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(exported[1])
    window = show_window()
    asked = choose(monkeypatch, pdf)

    window.sign_pdf_action.trigger()
    (signing,) = [d for d in window.findChildren(SigningDialog) if d.isVisible()]
    assert signing.pdf.path() == pdf
    signing.close()

    window.verify_pdf_action.trigger()
    (verify,) = [d for d in window.findChildren(VerifyDialog) if d.isVisible()]
    assert verify.path == pdf and verify.result is not None and verify.result.file_matches
    verify.close()
    assert [args[3] for args in asked] == ["PDF files (*.pdf)"] * 2

    choose(monkeypatch, None)
    assert window.sign_pdf() is None and window.verify_pdf() is None


def answer_already_imported(monkeypatch, button_text: str | None) -> list[str]:
    """Answer the question about a report imported before by the button whose text contains
    ``button_text`` (None: Cancel); return the questions asked."""
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        for button in box.buttons():
            if (button_text is None and box.buttonRole(button) == QMessageBox.ButtonRole.RejectRole) or (
                    button_text is not None and button_text in button.text().replace("&", "")):
                box.setProperty("answered", True)
                button.click()
                return 0
        raise AssertionError(f"no button {button_text!r}")

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def test_importing_the_same_file_again_asks_and_opens_the_existing_report(qtbot, show_window, db_path, submission,
                                                                          monkeypatch):
    window = show_window()
    first = window.import_report(window.open_submission_file(submission).result.report)
    window.close_report()
    asked = answer_already_imported(monkeypatch, "Open that report")

    opened = window.import_report(window.open_submission_file(submission).result.report)

    assert len(asked) == 1 and f"report {first}" in asked[0]
    assert opened == first and window.report_id == first
    assert [s.id for s in reports_in(db_path)] == [first]


def test_importing_the_same_file_again_on_request_makes_a_second_report(qtbot, show_window, db_path, submission,
                                                                        monkeypatch):
    window = show_window()
    first = window.import_report(window.open_submission_file(submission).result.report)
    window.close_report()
    answer_already_imported(monkeypatch, "Import as another report")
    second = window.import_report(window.open_submission_file(submission).result.report)
    assert second not in (None, first) and window.report_id == second
    assert sorted(s.id for s in reports_in(db_path)) == sorted([first, second])
    window.close_report()
    answer_already_imported(monkeypatch, None)
    assert window.import_report(window.open_submission_file(submission).result.report) is None
    assert len(reports_in(db_path)) == 2
