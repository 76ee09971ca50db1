"""The window can always be closed, also while long work runs in a worker (issue 17).

A job that only reads (a submission file here; a scanned print and the signatures of a PDF
the same way) is left to end on its own: a read from a network share that stopped answering
may never end. The window closes at once, the report saved as any close saves it, and what the
read gives later is dropped. A job that writes (an export here) is asked to stop and waited for,
the progress dialog saying so, so that no file is left half-written and an export is recorded
with its files; then the window closes.

A stuck read or write is a real read or write held on a ``threading.Event`` inside the real
code path. Where the window would not close (the code before this), the test releases the
Event after a while, so that it fails instead of hanging.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from desktop_app.export import files, submission
from desktop_app.export.submission import to_xml
from desktop_app.storage import ReportStore
from desktop_app.ui import background
from desktop_app.ui.dialogs import submission as submission_dialogs
from desktop_app.ui.dialogs.submission import SubmissionProblemsDialog, SubmissionSummaryDialog
from desktop_app.ui.export_panel import ExportPanel
from desktop_app.ui.wizard import PageId
from factories import make_valid_report
from ui_helpers import child, stored, type_text

# Ticks of 20 ms the test waits for the window to close before it releases a stuck job itself
# (only the code before this needs it; it then fails on what it asserts).
PATIENCE_TICKS = 150


class Held:
    """``module.name`` made to wait, inside the real call, until :meth:`release`."""

    def __init__(self, monkeypatch, module, name: str):
        self.gate, self.waiting = threading.Event(), threading.Event()
        self.ended: list[str] = []
        real = getattr(module, name)

        def held(*args, **kwargs):
            self.waiting.set()
            self.gate.wait()
            try:
                return real(*args, **kwargs)
            finally:
                self.ended.append(threading.current_thread().name)

        monkeypatch.setattr(module, name, held)

    def release(self) -> None:
        self.gate.set()


class Steps:
    """A timer of the window's thread that runs the test's steps while the job runs, one after
    the other; some time after the first, if the job is still held, it releases it (see the
    module's docstring)."""

    def __init__(self, held: Held, steps):
        self.held, self.steps, self.done, self.after = held, list(steps), [], 0
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        if self.steps:
            name, step = self.steps[0]
            if step():
                self.done.append(name)
                self.steps.pop(0)
        if self.done:
            self.after += 1
        if self.after == PATIENCE_TICKS and not self.held.gate.is_set():
            self.done.append("released by the test")
            self.held.release()

    def stop(self) -> None:
        self.timer.stop()


def visible_progress(window, name: str) -> QProgressDialog | None:
    progress = window.findChild(QProgressDialog, name)
    return progress if progress is not None and progress.isVisible() else None


def test_the_window_closes_during_a_stuck_read_and_its_result_is_dropped(qtbot, open_report, tmp_path, db_path,
                                                                         monkeypatch, caplog):
    """Cancel, then Quit while the read of a submission file never ends (the dialog, after a
    while, says the window can be closed): the window closes, the report typed in it is in
    the database file, and the file read later is never shown."""
    monkeypatch.setattr(submission_dialogs, "PROGRESS_DELAY_MS", 0)
    monkeypatch.setattr(background, "CLOSE_HINT_AFTER_S", 0)
    window, wizard, report_id = open_report()
    type_text(qtbot, wizard, PageId.IDENTIFICATION, "promoter.street", "Markt 1")
    path = tmp_path / "cluster.xml"
    path.write_bytes(to_xml(make_valid_report()))
    held = Held(monkeypatch, submission, "read_outside_file")
    labels: list[str] = []

    def cancel() -> bool:
        progress = visible_progress(window, "readingSubmission")
        if progress is None or not held.waiting.is_set():
            return False
        qtbot.keyClick(progress, Qt.Key.Key_Escape)  # the keyboard's Cancel
        return True

    def quit_() -> bool:
        progress = visible_progress(window, "readingSubmission")
        if progress is None or "you can close the window" not in progress.labelText():
            return False
        labels.append(progress.labelText())
        window.quit_action.trigger()  # what File ▸ Quit and its keys do (the keys: by hand, under X11)
        return True

    steps = Steps(held, [("cancel", cancel), ("quit", quit_)])
    with caplog.at_level(logging.INFO, logger="clusterverslag"):
        assert window.open_submission_file(path) is None
    steps.stop()
    assert steps.done == ["cancel", "quit"]  # returned without the read having ended
    assert labels == [
        "Cancelling… The check under way cannot be interrupted: when it ends, its result is dropped and nothing "
        "is imported.\n\nIf this lasts (a file on a network share that stopped answering), you can close the "
        "window: what you typed is saved as at any close, and what the read gives is dropped."]
    assert not held.ended
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
    assert window.statusBar().currentMessage() == "Reading cluster.xml was cancelled: nothing was imported."
    assert stored(db_path, report_id).promoter.street == "Markt 1"
    assert any("readingSubmission" in record.getMessage() and "left to end on its own" in record.getMessage()
               for record in caplog.records)

    held.release()  # the share answers after all: what it gives goes nowhere
    qtbot.waitUntil(lambda: bool(held.ended), timeout=5000)
    QApplication.processEvents()
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not [w for w in shown if isinstance(w, (SubmissionSummaryDialog, SubmissionProblemsDialog))]
    store = ReportStore.open(db_path)
    assert [summary.id for summary in store.list_reports()] == [report_id]  # nothing imported
    store.close()


def test_closing_the_window_abandons_a_read_before_its_dialog_shows(qtbot, show_window, tmp_path, db_path,
                                                                    monkeypatch):
    """The system's close button, before the progress dialog has appeared: the same."""
    monkeypatch.setattr(submission_dialogs, "PROGRESS_DELAY_MS", 60_000)
    window = show_window()
    path = tmp_path / "cluster.xml"
    path.write_bytes(to_xml(make_valid_report()))
    held = Held(monkeypatch, submission, "read_outside_file")
    closed: list[bool] = []
    steps = Steps(held, [("close", lambda: held.waiting.is_set() and not closed.append(window.close()))])
    assert window.open_submission_file(path) is None
    steps.stop()
    assert steps.done == ["close"] and closed == [False]  # refused for now, closed once the read was left
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
    held.release()
    qtbot.waitUntil(lambda: bool(held.ended), timeout=5000)


@pytest.fixture
def export_window(open_report, monkeypatch, tmp_path):
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_a: warnings.append(text)))
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getExistingDirectory", lambda *a, **k: str(folder))
    window, wizard, report_id = open_report(make_valid_report())
    wizard.show_page(PageId.CHECK_SIGN)
    return window, wizard, child(window, "exportPanel", ExportPanel), report_id, folder, warnings


def close_then_release(window, held: Held, labels: list[str]):
    """The steps: close the window while the job is held, see what the dialog says, release it."""

    def close() -> bool:
        if not held.waiting.is_set():
            return False
        window.close()
        return True

    def release() -> bool:
        progress = visible_progress(window, "exportProgress")
        if progress is None or not progress.labelText().startswith("Closing"):
            return False
        labels.append(progress.labelText())
        held.release()
        return True

    return [("close", close), ("release", release)]


def test_closing_during_an_export_stops_it_before_writing_then_closes(qtbot, export_window, db_path, monkeypatch):
    window, wizard, panel, report_id, folder, warnings = export_window
    type_text(qtbot, wizard, PageId.IDENTIFICATION, "promoter.street", "Markt 2")
    wizard.show_page(PageId.CHECK_SIGN)
    held = Held(monkeypatch, files, "render_export")  # making the files: nothing written yet
    labels: list[str] = []
    close, release = close_then_release(window, held, labels)

    def escape() -> bool:  # the dialog's Cancel, pressed again while it says the window closes
        progress = visible_progress(window, "exportProgress")
        if progress is None or not progress.labelText().startswith("Closing"):
            return False
        progress.cancel()
        return not progress.isVisible()

    steps = Steps(held, [close, ("escape", escape), release])
    assert panel.export() is None
    steps.stop()
    assert steps.done == ["close", "escape", "release"]  # shown again after Escape, still saying so
    assert labels == ["Closing… The work under way stops, or ends if it is writing a file, so that no file is "
                      "left half-written; then the window closes."]
    assert window.statusBar().currentMessage() == "Export cancelled: nothing was written."
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
    assert list(folder.iterdir()) == [] and warnings == []
    assert stored(db_path, report_id).promoter.street == "Markt 2"
    store = ReportStore.open(db_path)
    assert store.exports(report_id) == []
    store.close()


def test_closing_while_an_export_writes_lets_it_end_and_record_then_closes(qtbot, export_window, db_path,
                                                                          monkeypatch):
    window, wizard, panel, report_id, folder, warnings = export_window
    held = Held(monkeypatch, files, "write_together")  # past the point where it can stop
    labels: list[str] = []
    steps = Steps(held, close_then_release(window, held, labels))
    record = panel.export()
    steps.stop()
    assert steps.done == ["close", "release"] and labels
    assert record is not None and warnings == []
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
    assert sorted(path.suffix for path in folder.iterdir()) == [".pdf", ".xml"]  # no temporary file left
    assert submission.read_submission_file(Path(record.xml_path)).report.promoter.name  # whole
    store = ReportStore.open(db_path)
    assert [export.pdf_path for export in store.exports(report_id)] == [str(record.pdf_path)]
    store.close()


def test_escape_in_the_window_cancels_the_work_too(qtbot, open_report, tmp_path, monkeypatch):
    """The progress dialog is not modal: after a click in the window the keyboard is there, and
    Escape still cancels (the window's other keys go nowhere while the work runs)."""
    monkeypatch.setattr(submission_dialogs, "PROGRESS_DELAY_MS", 0)
    window, wizard, _report_id = open_report()
    field = child(wizard, "promoter.street")
    before = field.text()
    path = tmp_path / "cluster.xml"
    path.write_bytes(to_xml(make_valid_report()))
    held = Held(monkeypatch, submission, "read_outside_file")

    def escape_in_the_window() -> bool:
        if visible_progress(window, "readingSubmission") is None or not held.waiting.is_set():
            return False
        window.activateWindow()  # as a click in it does
        if QApplication.activeWindow() is not window:
            return False
        qtbot.keyClicks(field, "x")  # kept out
        qtbot.keyClick(field, Qt.Key.Key_Escape)
        return True

    def release() -> bool:
        progress = visible_progress(window, "readingSubmission")
        if progress is None or not progress.labelText().startswith("Cancelling"):
            return False
        held.release()
        return True

    steps = Steps(held, [("escape", escape_in_the_window), ("release", release)])
    assert window.open_submission_file(path) is None
    steps.stop()
    assert steps.done == ["escape", "release"]
    assert window.statusBar().currentMessage() == "Reading cluster.xml was cancelled: nothing was imported."
    assert field.text() == before and window.isVisible()


def test_the_window_closes_during_a_stuck_read_of_a_scanned_print(qtbot, open_report, tmp_path, db_path,
                                                                  monkeypatch):
    """The same for *Read a scanned print…*: the pages may be on a share that stopped answering."""
    from desktop_app.export import scan

    monkeypatch.setattr(submission_dialogs, "PROGRESS_DELAY_MS", 0)
    window, wizard, report_id = open_report()
    type_text(qtbot, wizard, PageId.IDENTIFICATION, "promoter.street", "Markt 3")
    page = tmp_path / "page1.png"
    page.write_bytes(b"not read before the share answers")
    held = Held(monkeypatch, scan, "read_scan")

    def close() -> bool:
        progress = visible_progress(window, "readingSubmission")
        if progress is None or not held.waiting.is_set():
            return False
        window.close()  # the system's close button
        return True

    steps = Steps(held, [("close", close)])
    assert window.read_scanned_print([page]) is None
    steps.stop()
    assert steps.done == ["close"] and not held.ended
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
    assert window.statusBar().currentMessage() == "Reading the scanned print was cancelled: nothing was imported."
    assert stored(db_path, report_id).promoter.street == "Markt 3"
    held.release()
    qtbot.waitUntil(lambda: bool(held.ended), timeout=5000)
    QApplication.processEvents()
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    store = ReportStore.open(db_path)
    assert [summary.id for summary in store.list_reports()] == [report_id]
    store.close()


def test_closing_during_a_print_stops_it_after_the_band_under_way_then_closes(qtbot, tmp_path, monkeypatch):
    """A print is work that writes (to a printer, or to the file of "Print to file"): closing
    the window asks it to stop, as Cancel does, and waits; the file holds the pages painted, a
    whole PDF, and the user is told as after Cancel; then the window closes."""
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QMainWindow

    from desktop_app.ui import printing
    from factories import make_large_report

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text, *_a: told.append(text)))
    data = render_export_pdf(make_large_report())
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    labels: list[str] = []

    def look() -> None:
        progress = visible_progress(window, "printProgress")
        if progress is None:
            return
        if progress.labelText().startswith("Page 2 of") and not labels:
            labels.append(progress.labelText())
            window.close()  # the band under way ends within milliseconds: "Closing…" may not be seen

    watch = QTimer(interval=10)
    watch.timeout.connect(look)
    watch.start()
    outcome = printing.print_in_background(window, printer, data, "verslag.pdf")
    watch.stop()
    assert outcome == printing.CANCELLED
    assert labels  # closed at page 2: the only way this print could stop
    assert len(told) == 1 and "cancelled" in told[0]
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
    assert 2 <= len(PdfReader(out).pages) < printing.page_count(data)  # whole, with the pages painted


def render_export_pdf(report) -> bytes:
    return files.render_export(report)[1]
