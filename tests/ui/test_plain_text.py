"""Text from files, certificates, reports and the user is shown as text, never as HTML.

Qt takes text that looks like HTML as rich text in labels, message boxes and tooltips, and an
``<img src=...>`` then loads a file from disk. Here a promoter, a member, a partner, a
certificate, a file and a typed value carry ``<h1 style="color:red">GELDIG - VALID</h1>`` and an
image (a pure green square on disk); every place that shows them must show those characters,
and the window must hold no pixel of the red heading nor of the green image."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtGui import Qt as QtText
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QTableView, QTableWidget, QWidget

from certificates import Pki
from desktop_app.export.files import render_export
from desktop_app.export.pdf import render_pdf
from desktop_app.export.submission import to_xml
from desktop_app.storage import ReportStore
from desktop_app.ui.dialogs.signing import SigningDialog, VerifyDialog
from desktop_app.ui.dialogs.submission import SubmissionProblemsDialog, SubmissionSummaryDialog
from desktop_app.ui.export_panel import ExportPanel
from desktop_app.ui.printing import print_pdf
from desktop_app.ui.read_only import ReadOnlyView
from desktop_app.ui.widgets.field_message import FieldMessage
from desktop_app.ui.wizard import PageId
from factories import make_valid_report
from ui_helpers import add_report, cell_text, child

CREATED_AT = dt.datetime(2017, 2, 15, 10, 12, tzinfo=dt.timezone(dt.timedelta(hours=1)))
HEADING = '<h1 style="color:red">GELDIG - VALID</h1>'
GREEN = QColor(0, 255, 0)


@pytest.fixture
def image(tmp_path, monkeypatch) -> Path:
    """A pure green square at an absolute path, and as ``file.png`` in the current folder (a
    file name cannot hold the ``/`` of an absolute path)."""
    picture = QImage(48, 48, QImage.Format.Format_RGB32)
    picture.fill(GREEN)
    folder = tmp_path / "some"
    folder.mkdir()
    assert picture.save(str(folder / "file.png"))
    assert picture.save(str(tmp_path / "file.png"))
    monkeypatch.chdir(tmp_path)
    return folder / "file.png"


@pytest.fixture
def hostile(image) -> str:
    """The text a forger puts into a name."""
    return f'{HEADING}<img src="{image}">'


# For file and folder names, which cannot hold a "/": no closing tag, a relative image.
NAME_IN_FILE = '<h1 style="color:red">GELDIG - VALID<img src="file.png">'


def rendered(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> QTextDocument | None:
    """The document Qt draws for ``text`` in a place of ``text_format``; None for plain text."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and QtText.mightBeRichText(text))
    if not rich:
        return None
    document = QTextDocument()
    document.setHtml(text)
    return document


def shown(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """The characters a reader sees for ``text`` in a place of ``text_format``."""
    document = rendered(text, text_format)
    if document is None:
        return text
    block = document.begin()
    while block.isValid():  # an image in the document is a drawn picture, not text
        fragments = block.begin()
        while not fragments.atEnd():
            assert not fragments.fragment().charFormat().isImageFormat(), f"an image is drawn: {text!r}"
            fragments += 1
        block = block.next()
    return document.toPlainText()


def words(text: str) -> str:
    """``text`` with its white space as one space: how lines are broken is not what is tested."""
    return " ".join(text.split())


def assert_label_shows(label: QLabel, literal: str) -> None:
    assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    assert literal in shown(label.text(), label.textFormat()), label.objectName()


def assert_tooltip_shows(tooltip: str, literal: str) -> None:
    assert literal in shown(tooltip), tooltip


def assert_nothing_drawn(widget: QWidget) -> None:
    """No pixel of the red heading, none of the green image, in what ``widget`` draws."""
    picture = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    data = bytes(picture.constBits())
    for colour, name in ((b"\x00\xff\x00\xff", "the green image"), (b"\x00\x00\xff\xff", "the red heading")):
        start = data.find(colour)
        while start != -1:
            assert start % 4 != 0, f"{name} is drawn in {widget.objectName()}"
            start = data.find(colour, start + 1)


class MessageBoxes:
    """Every message box that opens, read and closed as soon as it is shown."""

    def __init__(self, qtbot):
        self.seen: list[tuple[str, str]] = []  # (what the box shows, its window title)
        self.pictures_clean: list[bool] = []
        self.timer = QTimer(interval=30)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        label = box.findChild(QLabel, "qt_msgbox_label")
        try:  # the box is closed whatever is found, so that a failing test does not hang
            try:
                self.seen.append((shown(label.text(), label.textFormat()), box.windowTitle()))
            except AssertionError as drawn:
                self.seen.append((str(drawn), box.windowTitle()))
            try:
                assert_nothing_drawn(box)
                self.pictures_clean.append(True)
            except AssertionError:
                self.pictures_clean.append(False)
        finally:
            box.reject() if box.escapeButton() is None else box.escapeButton().click()

    def stop(self) -> None:
        self.timer.stop()


@pytest.fixture
def message_boxes(qtbot):
    boxes = MessageBoxes(qtbot)
    yield boxes
    boxes.stop()


# --- files opened for import --------------------------------------------------------------------

def hostile_report(hostile: str):
    report = make_valid_report()
    report.promoter.name = hostile
    for index, member in enumerate(report.members):
        member.name = f"{hostile} {index}"
    report.partnerships[0].partner = hostile
    return report


def test_the_import_summary_shows_the_names_of_the_file_as_text(qtbot, show_window, tmp_path, hostile):
    path = tmp_path / f"{NAME_IN_FILE}.xml"
    path.write_bytes(render_export(hostile_report(hostile), created_at=CREATED_AT)[0])
    window = show_window()

    dialog = window.open_submission_file(path)

    assert isinstance(dialog, SubmissionSummaryDialog)
    qtbot.waitExposed(dialog)
    assert_label_shows(child(dialog, "summaryPromoter", QLabel), hostile)
    assert_label_shows(child(dialog, "summaryMembers", QLabel), f"{hostile} 0, {hostile} 1")
    assert_label_shows(child(dialog, "summaryFile", QLabel), NAME_IN_FILE)
    assert_nothing_drawn(dialog)

    # Shown read-only: the banner names the file, the title bar too, and the pages the names.
    dialog.view_button.click()
    view = window.findChild(ReadOnlyView)
    assert view is not None
    assert_label_shows(child(view, "readOnlyTitle", QLabel), NAME_IN_FILE)
    assert NAME_IN_FILE in window.windowHandle().title()
    assert_nothing_drawn(window)


def test_a_refused_file_shows_its_name_and_the_values_in_it_as_text(qtbot, show_window, tmp_path, hostile):
    data = render_export(make_valid_report(), created_at=CREATED_AT)[0]
    escaped = hostile.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").encode()
    data = data.replace(b"<reportingYear>2016</reportingYear>", b"<reportingYear>" + escaped + b"</reportingYear>", 1)
    assert escaped in data
    path = tmp_path / f"{NAME_IN_FILE}.xml"
    path.write_bytes(data)
    window = show_window()

    dialog = window.open_submission_file(path)

    assert isinstance(dialog, SubmissionProblemsDialog)
    qtbot.waitExposed(dialog)
    assert_label_shows(child(dialog, "refusalIntro", QLabel), NAME_IN_FILE)
    table = child(dialog, "fileProblems", QTableWidget)
    tooltips = [table.item(row, 2).toolTip() for row in range(table.rowCount())]
    # The message quotes the value (shortened): as text, no image drawn.
    assert any('«<h1 style="color:red">GELDIG' in shown(tooltip) for tooltip in tooltips), tooltips
    assert_nothing_drawn(dialog)


# --- the report: list, title, pages, check list, message boxes -----------------------------------

def test_the_reports_names_show_as_text_in_list_title_pages_and_checks(qtbot, show_window, db_path, hostile,
                                                                       message_boxes):
    report = hostile_report(hostile)
    report.promoter.name = f"{hostile} [*]"
    report.unreadable["costs.personnel.totalAmount"] = hostile  # typed, could not be read as an amount
    report.unreadable["signatories.date"] = hostile
    report_id = add_report(db_path, report)

    window = show_window()
    table = child(window, "reportList", QTableView)
    assert cell_text(table, 0, 0) == f"{hostile} [*]"
    assert_nothing_drawn(table)

    # Moving it to the bin asks, naming it: the question shows the name as text.
    window.delete_selected()
    assert [words(text) for text, _title in message_boxes.seen] == [words(
        f"Move the report {hostile} [*] 2016 to the bin?\n\nYou can restore it from the bin until you empty the bin.")]
    assert message_boxes.pictures_clean == [True]
    assert window.store.list_reports()[0].id == report_id  # No is the default: still there

    window.open_report(report_id)
    wizard = window.wizard
    assert window.windowHandle().title() == f"{hostile} [*] 2016 – Clusterverslag"
    qtbot.waitUntil(lambda: wizard.checked, timeout=5000)  # the checks run once the report has painted

    wizard.show_page(PageId.COSTS)
    costs = child(wizard, "costs")
    model = costs.model()
    tips = [model.index(r, c).data(Qt.ItemDataRole.ToolTipRole) for r in range(model.rowCount())
            for c in range(model.columnCount())]
    assert any(tip and HEADING in shown(tip) for tip in tips), tips
    for tip in tips:
        if tip:
            shown(tip)  # no image in any
    assert_nothing_drawn(wizard)

    wizard.show_page(PageId.PARTNERSHIPS)
    partnerships = child(wizard, "partnerships")
    tip = partnerships.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert_tooltip_shows(tip, hostile)
    assert_nothing_drawn(wizard)

    wizard.show_page(PageId.CHECK_SIGN)
    date = child(wizard, "signatories.date")
    assert_tooltip_shows(date.toolTip(), hostile)
    # The message line under the form says the focused field's problem, its tooltip too.
    window.activateWindow()  # again, after the message box
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    date.setFocus()
    message = wizard.pages[PageId.CHECK_SIGN].findChild(FieldMessage)
    qtbot.waitUntil(lambda: hostile in message.message())
    assert_label_shows(message, message.text())  # the line may end the message in "…"
    assert_tooltip_shows(message.toolTip(), hostile)  # the whole message
    problems = child(wizard, "problems")
    texts = [problems.item(row).text() for row in range(problems.count())]
    tooltips = [problems.item(row).toolTip() for row in range(problems.count())]
    assert any(hostile in text for text in texts), texts
    assert any(hostile in shown(tip) for tip in tooltips), tooltips
    for tip in tooltips:
        shown(tip)
    assert_nothing_drawn(wizard)


def test_export_paths_show_as_text(qtbot, show_window, db_path, tmp_path, image):
    report_id = add_report(db_path, make_valid_report())
    folder = tmp_path / NAME_IN_FILE
    store = ReportStore.open(db_path)
    store.record_export(report_id, "ab" * 32, str(folder / "a.pdf"), str(folder / "a.xml"))
    store.close()
    window = show_window(report_id)
    window.wizard.show_page(PageId.CHECK_SIGN)
    panel = child(window, "exportPanel", ExportPanel)
    tooltips = [panel.table.item(0, column).toolTip() for column in (2, 3)]
    for tip in tooltips:
        assert_tooltip_shows(tip, str(folder))


def test_a_pdf_that_cannot_be_printed_is_named_as_text(qapp, tmp_path, image, message_boxes, qtbot):
    broken = tmp_path / f"{NAME_IN_FILE}.pdf"
    broken.write_bytes(b"%PDF-1.7 but nothing else")
    assert print_pdf(None, broken) is None
    assert [words(text) for text, _title in message_boxes.seen] == [
        words(f"The PDF {broken} cannot be read, so it cannot be printed.")]
    assert message_boxes.pictures_clean == [True]


# --- certificates: signing and verifying ---------------------------------------------------------

# A common name holds at most 64 characters: the image is the one in the current folder.
CERTIFICATE_NAME = f'{HEADING}<img src="file.png">'


@pytest.fixture
def signed_by_hostile(tmp_path, image):
    pki = Pki()
    p12 = pki.p12(tmp_path / "hostile.p12", *pki.issue(CERTIFICATE_NAME), b"pw")
    report = make_valid_report()
    pdf = tmp_path / f"{NAME_IN_FILE}.pdf"
    pdf.write_bytes(render_pdf(report, to_xml(report)))
    return p12, pdf


def test_the_signing_dialog_shows_the_certificates_name_as_text(qtbot, signed_by_hostile, monkeypatch):
    from desktop_app.export import signing

    monkeypatch.setattr(signing, "beid_library", lambda: None)
    p12, pdf = signed_by_hostile
    dialog = SigningDialog(None, pdf)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.certificate.set_path(p12)
    qtbot.keyClicks(dialog.password, "pw")

    assert dialog.sign(), dialog.message.text()

    assert_label_shows(child(dialog, "message", QLabel), f"Signed by {CERTIFICATE_NAME} as president.")
    assert_label_shows(child(dialog, "pdfState", QLabel), f"President: signed by {CERTIFICATE_NAME}")
    assert_nothing_drawn(dialog)

    verify = VerifyDialog(None, pdf)
    qtbot.addWidget(verify)
    verify.show()
    qtbot.waitExposed(verify)
    assert_label_shows(child(verify, "verifiedFile", QLabel), NAME_IN_FILE)
    table = child(verify, "signatures", QTableWidget)
    assert table.item(0, 1).text() == CERTIFICATE_NAME
    for name in ("attachmentCheck", "verdict"):
        assert child(verify, name, QLabel).textFormat() == Qt.TextFormat.PlainText
    assert_nothing_drawn(verify)
