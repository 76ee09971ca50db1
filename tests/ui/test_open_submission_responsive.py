"""Parsing a large submission file never freezes the window: the file is read in a worker
thread while the window goes on answering, a long read shows a progress dialog, and Cancel
drops its result without importing anything, and says so."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog

from desktop_app.domain.model import PARTNERSHIP_CATEGORIES, TRAINING_CATEGORIES, Partnership
from desktop_app.export import submission
from desktop_app.export.submission import MAX_FILE_SIZE, to_xml
from desktop_app.storage import ReportStore
from desktop_app.ui.dialogs import submission as submission_dialogs
from desktop_app.ui.dialogs.submission import SubmissionProblemsDialog, SubmissionSummaryDialog
from factories import make_valid_report


class Ticks:
    """A timer of the window's thread; the gaps between its ticks show whether it froze."""

    def __init__(self, on_tick=None):
        self.times: list[float] = [time.monotonic()]
        self.on_tick = on_tick
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self):
        self.times.append(time.monotonic())
        if self.on_tick:
            self.on_tick()

    def stop(self) -> float:
        """Stop; the longest time the window's thread did not answer, in seconds."""
        self.timer.stop()
        self.times.append(time.monotonic())
        return max(b - a for a, b in zip(self.times, self.times[1:]))


@pytest.fixture(scope="module")
def large_file(tmp_path_factory):
    """A submission file near the size limit and the most a real report can hold: 581 OCMWs
    (every OCMW of Belgium), 4,067 counts and 3,002 partnerships, 1.9 MB."""
    report = make_valid_report()
    for number in range(578):
        report.add_member(f"OCMW {number}")
    for category in TRAINING_CATEGORIES:
        for ocmw in report.ocmws:
            report.set_count(category, ocmw.id, 1)
    report.partnerships += [
        Partnership(f"Partner {n}", PARTNERSHIP_CATEGORIES[n % 7], f"SO-{n:05d}", dt.date(2016, 2, 1),
                    "Gezamenlijke intakes en opvolging van de deelnemers. " * 6)
        for n in range(3000)
    ]
    path = tmp_path_factory.mktemp("large") / "large.xml"
    path.write_bytes(to_xml(report))
    assert 1_800_000 < path.stat().st_size <= MAX_FILE_SIZE
    return path


# How much longer a read is made in the tests of a read that goes on: on the window's thread it
# would stop the window at least that long, however fast or loaded the machine.
SLOW_SECONDS = 0.8


def test_reading_a_large_file_keeps_the_window_answering(qtbot, show_window, large_file, db_path, monkeypatch):
    slow_reader(monkeypatch, SLOW_SECONDS)
    window = show_window()
    ticks = Ticks()
    started = time.monotonic()
    dialog = window.open_submission_file(large_file)
    took = time.monotonic() - started
    longest = ticks.stop()
    assert isinstance(dialog, SubmissionSummaryDialog)
    assert len(dialog.result.report.members) == 580
    print(f"read in {took:.2f} s (of which {SLOW_SECONDS} s added); the window's longest pause {longest * 1000:.0f} ms")
    # A loaded machine may pause the window a tenth of a second now and then.
    assert longest < SLOW_SECONDS / 2, f"the window stopped for {longest:.2f} s of {took:.2f} s"
    dialog.close()


def slow_reader(monkeypatch, seconds: float) -> list[str]:
    """Make every read of a submission file ``seconds`` slower; the list returned gets
    "done" when such a read has ended."""
    real = submission.read_submission_file
    ended: list[str] = []

    def slow(*args, **kwargs):
        time.sleep(seconds)
        try:
            return real(*args, **kwargs)
        finally:
            ended.append("done")

    monkeypatch.setattr(submission, "read_submission_file", slow)
    return ended


def test_a_long_read_shows_progress_and_cancel_drops_it(qtbot, show_window, tmp_path, db_path, monkeypatch):
    """Escape on the progress dialog: parsing and checking cannot be interrupted, so the dialog
    says so until the read under way has ended (the window repainting meanwhile); then its
    result is dropped, nothing is imported, and the status bar says so."""
    path = tmp_path / "cluster.xml"
    path.write_bytes(to_xml(make_valid_report()))
    ended = slow_reader(monkeypatch, 1.5)
    window = show_window()
    seen: list[QProgressDialog] = []
    after_cancel: list[str] = []

    def cancel_when_shown():
        shown = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
        if shown and seen:
            after_cancel.append(shown[0].labelText())
        elif shown:
            seen.extend(shown)
            assert shown[0].objectName() == "readingSubmission"
            assert "cluster.xml" in shown[0].labelText()
            qtbot.keyClick(shown[0], Qt.Key.Key_Escape)  # the keyboard's Cancel

    ticks = Ticks(cancel_when_shown)
    assert window.open_submission_file(path) is None
    longest = ticks.stop()
    assert seen and ended == ["done"]  # returned once the read had ended, not before
    assert after_cancel and all(text.startswith(  # a loaded machine may add that the window can be closed
        "Cancelling… The check under way cannot be interrupted: when it ends, its result is dropped and "
        "nothing is imported.") for text in after_cancel)
    assert longest < 1.5 / 2, f"the window stopped for {longest:.2f} s"
    assert window.statusBar().currentMessage() == "Reading cluster.xml was cancelled: nothing was imported."
    QApplication.processEvents()
    assert not [d for d in window.findChildren(SubmissionSummaryDialog) if d.isVisible()]
    assert not [d for d in window.findChildren(SubmissionProblemsDialog) if d.isVisible()]
    store = ReportStore.open(db_path)
    assert store.list_reports() == []
    store.close()


def test_a_read_cancelled_then_refused_shows_no_refusal(qtbot, show_window, tmp_path, db_path, monkeypatch):
    """The user cancelled: the refusal that the read under way ends with is dropped too."""
    path = tmp_path / "broken.xml"
    path.write_bytes(b"<clusterReport>")
    slow_reader(monkeypatch, 0.6)
    monkeypatch.setattr(submission_dialogs, "PROGRESS_DELAY_MS", 0)
    window = show_window()

    def cancel():
        shown = window.findChild(QProgressDialog, "readingSubmission")
        if shown is not None and shown.isVisible() and not shown.wasCanceled():
            shown.cancel()

    ticks = Ticks(cancel)
    assert window.open_submission_file(path) is None
    ticks.stop()
    QApplication.processEvents()
    assert not [d for d in window.findChildren(SubmissionProblemsDialog) if d.isVisible()]
    assert window.statusBar().currentMessage() == "Reading broken.xml was cancelled: nothing was imported."


def test_the_progress_names_the_file_as_text_not_as_html(qtbot, show_window, tmp_path, db_path, monkeypatch):
    """A file name is outside input: "<i>…" is shown as written, not as italics."""
    path = tmp_path / "<i>cluster.xml"
    path.write_bytes(to_xml(make_valid_report()))
    slow_reader(monkeypatch, 0.6)
    monkeypatch.setattr(submission_dialogs, "PROGRESS_DELAY_MS", 0)
    window = show_window()
    labels: list[QLabel] = []

    def look():
        shown = window.findChild(QProgressDialog, "readingSubmission")
        if shown is not None and shown.isVisible() and not labels:
            labels.extend(shown.findChildren(QLabel))

    ticks = Ticks(look)
    dialog = window.open_submission_file(path)
    ticks.stop()
    assert isinstance(dialog, SubmissionSummaryDialog)
    [label] = [label for label in labels if "cluster.xml" in label.text()]
    assert "<i>cluster.xml" in label.text() and label.textFormat() == Qt.TextFormat.PlainText
    dialog.close()
