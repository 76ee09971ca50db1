"""File ▸ Read a scanned print… (issue 16): pictures of a print go, off the window's thread,
exactly where Open submission file… goes: the summary, then import or read-only view; why a
print cannot be read is said in the window's language, and nothing is imported."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QProgressDialog

from desktop_app.export.pdf import render_pdf
from desktop_app.export.submission import sha256_hex, to_xml
from desktop_app.storage import ReportStore
from desktop_app.ui.dialogs import submission as submission_dialogs
from desktop_app.ui.dialogs.submission import SubmissionSummaryDialog
from desktop_app.ui.i18n import shared_translators
from factories import make_valid_report
from scan_pictures import distort, phone_like, render_pages
from ui_helpers import child

OPEN_FILES = "PySide6.QtWidgets.QFileDialog.getOpenFileNames"


@pytest.fixture(scope="module")
def photos(tmp_path_factory):
    folder = tmp_path_factory.mktemp("photos")
    report = make_valid_report()
    xml = to_xml(report)
    paths = []
    for n, page in enumerate(render_pages(render_pdf(report, xml), 200), start=1):
        path = folder / f"foto-{n}.jpg"
        distort(page, phone_like(n), seed=n).save(path, "JPEG", quality=45)
        paths.append(path)
    return xml, paths


def reports_in(db_path):
    store = ReportStore.open(db_path)
    try:
        return store.list_reports()
    finally:
        store.close()


def test_photos_of_a_print_are_imported_through_the_menu(qtbot, show_window, db_path, photos, monkeypatch):
    xml, paths = photos
    window = show_window()
    asked = []
    monkeypatch.setattr(OPEN_FILES, lambda *args, **kwargs: (asked.append(args), ([str(p) for p in reversed(paths)], ""))[1])
    # The window keeps drawing while the codes are read: a timer of the window's thread fires.
    ticks = []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()

    window.read_scan_action.trigger()

    timer.stop()
    assert len(asked) == 1
    dialog = window.findChild(SubmissionSummaryDialog)
    assert dialog is not None and dialog.isVisible()
    assert ticks, "the window's thread did not run while reading"
    assert child(dialog, "summaryPromoter").text() == "OCMW Voorbeeld"
    assert "foto-3.jpg" in child(dialog, "summaryFile").text()
    assert dialog.result.sha256 == sha256_hex(xml)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    (summary,) = reports_in(db_path)
    assert window.report_id == summary.id
    assert window.findChild(QLineEdit, "promoter.name").text() == "OCMW Voorbeeld"


def test_a_missing_page_is_said_in_the_window_language_and_nothing_imported(qtbot, show_window, db_path, photos,
                                                                            compiled_translations):
    _, paths = photos
    window = show_window()
    shared_translators().install("fr")
    try:
        box = window.read_scanned_print([paths[0], paths[2]])
        assert isinstance(box, QMessageBox) and box.isVisible()
        assert box.windowTitle() == "Impression scannée non lue"
        assert box.text().startswith("Il manque des codes de données : 3, 4 sur 5. Ils se trouvent sur la page 2")
        assert box.informativeText() == "Rien n'a été importé."
        box.close()
        shared_translators().install("nl")
        box = window.read_scanned_print([paths[0], paths[2]])
        assert box.windowTitle() == "Gescande afdruk niet gelezen"
        assert box.text().startswith("Er ontbreken gegevenscodes: 3, 4 van 5. Ze staan op pagina 2")
        box.close()
    finally:
        shared_translators().remove()
    assert not db_path.exists() or reports_in(db_path) == []
    assert window.wizard is None


def test_the_menu_names_the_command_in_each_language(qtbot, show_window, compiled_translations):
    window = show_window()
    window.switch_language("fr")
    qtbot.waitUntil(lambda: window.read_scan_action.text() == "&Lire une impression scannée…")
    window.switch_language("nl")
    qtbot.waitUntil(lambda: window.read_scan_action.text() == "&Gescande afdruk lezen…")
    assert window.read_scan_action in window.file_menu.actions()


def test_cancelling_a_long_read_stops_the_worker_between_pages_and_says_so(qtbot, show_window, db_path, photos,
                                                                           monkeypatch):
    """Escape on the progress dialog stops the reading at the next page: the dialog says it is
    stopping until the worker has, the window then says how many pages were read and that
    nothing was imported, and no page is read after the command returns."""
    from desktop_app.export import scan

    _, paths = photos
    window = show_window()
    finished = []  # pages whose reading ended
    slow_read = scan._read_page

    seen_cancelling = threading.Event()

    def slow(page, image):
        time.sleep(0.3)
        if at_cancel:
            # The page under way at Cancel ends only once the dialog has been seen saying it
            # stops (the worker hears Cancel at once: under load it could end before the
            # dialog was looked at again).
            seen_cancelling.wait(5)
        read = slow_read(page, image)
        finished.append(page)
        return read

    monkeypatch.setattr(scan, "_read_page", slow)
    monkeypatch.setattr(submission_dialogs, "PROGRESS_DELAY_MS", 0)

    at_cancel, after_cancel, at_cancelling = [], [], []

    def watch():
        progress = window.findChild(QProgressDialog, "readingSubmission")
        if progress is None or not progress.isVisible():
            return
        if at_cancel:
            after_cancel.append(progress.labelText())
            # The worker was told to stop when the dialog began saying so: pages finished by
            # now, and at most the one under way, are all it reads.
            at_cancelling.append(len(finished))
            seen_cancelling.set()
        elif finished:
            at_cancel.append(len(finished))
            qtbot.keyClick(progress, Qt.Key.Key_Escape)  # the keyboard's Cancel

    timer = QTimer(interval=20)
    timer.timeout.connect(watch)
    timer.start()
    try:
        assert window.read_scanned_print(paths * 4) is None  # twelve pages
    finally:
        timer.stop()
    returned_with = len(finished)
    qtbot.wait(1000)  # three more pages, had the worker gone on
    assert at_cancel and len(finished) == returned_with <= at_cancelling[0] + 1 < 12  # stopped at the next page
    assert after_cancel and all(text.startswith("Cancelling") for text in after_cancel)
    assert window.statusBar().currentMessage() == (
        f"Reading the scanned print was cancelled after {returned_with} pages were read: nothing was imported.")
    assert not window.findChild(SubmissionSummaryDialog)
    assert not db_path.exists() or reports_in(db_path) == []
