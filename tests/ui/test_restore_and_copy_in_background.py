"""Restoring a backup and saving a copy run in a worker (issue 17: nothing on the window's
thread longer than 100 ms): the window goes on painting, nothing says "restored" or "saved"
before it is done, Cancel stops a restore until its copy is whole, and closing the window
waits for the work, so that the database file and the copy are whole.

The slow disk is a real call of the real code path held on a ``threading.Event``. Where the
work ran on the window's thread (the code before this), the window's timer could not run the
test's steps; the hold then ends by itself after a few seconds, and the test fails on what it
asserts instead of hanging.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from desktop_app.domain.model import Report
from desktop_app.export import copy as copy_module
from desktop_app.export.submission import read_submission
from desktop_app.storage import ReportStore
from desktop_app.storage import backups
from desktop_app.storage.backups import list_backups
from factories import make_valid_report
from ui_helpers import cell_text, row_count

PATIENCE_S = 4.0  # the longest a held call waits for the test to release it


class Held:
    """``module.name`` made to wait, inside the real call, until :meth:`release` (or
    :data:`PATIENCE_S`)."""

    def __init__(self, monkeypatch, module, name: str, when=lambda *_args: True):
        self.gate, self.waiting = threading.Event(), threading.Event()
        self.threads: list[str] = []
        real = getattr(module, name)

        def held(*args, **kwargs):
            if not when(*args):
                return real(*args, **kwargs)
            self.threads.append(threading.current_thread().name)
            self.waiting.set()
            self.gate.wait(PATIENCE_S)
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, held)

    def release(self) -> None:
        self.gate.set()


class Steps:
    """The test's steps, run one after the other by a timer of the window's thread while the
    work runs: each is retried every 20 ms until it returns True."""

    def __init__(self, steps):
        self.steps, self.done = list(steps), []
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        if self.steps:
            name, step = self.steps[0]
            if step():
                self.done.append(name)
                self.steps.pop(0)

    def stop(self) -> None:
        self.timer.stop()


def visible_progress(window, name: str) -> QProgressDialog | None:
    progress = window.findChild(QProgressDialog, name)
    return progress if progress is not None and progress.isVisible() else None


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _named(name: str, year: int) -> Report:
    report = Report(year=year)
    report.promoter.name = name
    return report


def _backup_then_change(db_path):
    """A database with one backup holding "OCMW Oud", then "OCMW Later" added; the backup."""
    store = ReportStore.open(db_path)
    store.create(_named("OCMW Oud", 2015))
    store.close()
    ReportStore.open(db_path, backups=True).close()
    store = ReportStore.open(db_path)
    store.create(_named("OCMW Later", 2016))
    store.close()
    [backup] = list_backups(db_path)
    return backup.path


def _names(db_path) -> set[str]:
    store = ReportStore.open(db_path)
    try:
        return {summary.promoter_name for summary in store.list_reports()}
    finally:
        store.close()


def test_the_window_goes_on_while_a_backup_is_restored(qtbot, show_window, db_path, monkeypatch, caplog):
    backup = _backup_then_change(db_path)
    window = show_window()
    held = Held(monkeypatch, backups, "_copy_database")
    seen: dict[str, str] = {}

    def while_copying() -> bool:
        progress = visible_progress(window, "restoreProgress")
        if progress is None or not held.waiting.is_set():
            return False
        seen["label"] = progress.labelText()
        seen["status"] = window.statusBar().currentMessage()
        held.release()
        return True

    steps = Steps([("while copying", while_copying)])
    with caplog.at_level(logging.INFO, logger="clusterverslag"):
        assert window.restore_backup(backup) is True
    steps.stop()
    assert steps.done == ["while copying"]
    assert held.threads and held.threads[0] != threading.current_thread().name
    assert seen == {"label": "Restoring the backup…", "status": ""}  # nothing said "restored" before
    assert "The backup was restored. The file before it is kept as reports-before-restore-" in \
        window.statusBar().currentMessage()
    assert row_count(window.report_list) == 1 and cell_text(window.report_list, 0, 0) == "OCMW Oud"
    assert any("was restored over" in record.getMessage() for record in caplog.records)
    assert _names(db_path) == {"OCMW Oud"}


def test_cancel_stops_a_restore_before_the_current_file_is_touched(qtbot, show_window, db_path, monkeypatch):
    backup = _backup_then_change(db_path)
    before = digest(db_path)
    window = show_window()
    held = Held(monkeypatch, backups, "_copy_database")

    def escape() -> bool:
        progress = visible_progress(window, "restoreProgress")
        if progress is None or not held.waiting.is_set():
            return False
        qtbot.keyClick(progress, Qt.Key.Key_Escape)
        held.release()  # the copy goes on; the worker hears Cancel before renaming anything
        return True

    steps = Steps([("escape", escape)])
    assert window.restore_backup(backup) is False
    steps.stop()
    assert steps.done == ["escape"]
    assert window.statusBar().currentMessage() == "Restore cancelled: nothing was changed."
    assert digest(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["backups", "reports.sqlite", "reports.sqlite-locks"]
    assert row_count(window.report_list) == 2  # the window goes on with the same file
    window.new_report()
    assert window.wizard is not None


def test_closing_the_window_during_a_restore_waits_and_leaves_a_whole_file(qtbot, show_window, db_path,
                                                                          monkeypatch):
    """Closed once the copy is in place (the folder being flushed): the restore ends, then the
    window closes; the file is the backup, the one before it kept aside."""
    backup = _backup_then_change(db_path)
    before = digest(db_path)
    window = show_window()
    held = Held(monkeypatch, backups, "_fsync_folder")  # after the renames
    labels: list[str] = []

    def close() -> bool:
        if not held.waiting.is_set():
            return False
        window.close()  # the system's close button
        return True

    def release() -> bool:
        progress = visible_progress(window, "restoreProgress")
        if progress is None or not progress.labelText().startswith("Closing"):
            return False
        labels.append(progress.labelText())
        held.release()
        return True

    steps = Steps([("close", close), ("release", release)])
    assert window.restore_backup(backup) is True
    steps.stop()
    assert steps.done == ["close", "release"]
    assert labels and labels[0].startswith("Closing… The work under way stops, or ends if it is writing a file")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
    assert _names(db_path) == {"OCMW Oud"}
    [aside] = db_path.parent.glob("reports-before-restore-*.sqlite")
    assert digest(aside) == before
    assert not list(db_path.parent.glob(".*restoring"))


def test_closing_the_window_while_a_restore_copies_stops_it_and_changes_nothing(qtbot, show_window, db_path,
                                                                                monkeypatch):
    backup = _backup_then_change(db_path)
    before = digest(db_path)
    window = show_window()
    held = Held(monkeypatch, backups, "_copy_database")
    steps = Steps([("close", lambda: held.waiting.is_set() and (window.close() or True)),
                   ("release", lambda: visible_progress(window, "restoreProgress") is not None
                    and visible_progress(window, "restoreProgress").labelText().startswith("Closing")
                    and (held.release() or True))])
    assert window.restore_backup(backup) is False
    steps.stop()
    assert steps.done == ["close", "release"]
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
    assert digest(db_path) == before
    assert not list(db_path.parent.glob("reports-before-restore-*")) and not list(db_path.parent.glob(".*restoring"))


def test_a_copy_is_saved_in_a_worker_and_said_saved_only_once_written(qtbot, open_report, monkeypatch, tmp_path):
    window, wizard, _report_id = open_report(make_valid_report())
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    held = Held(monkeypatch, copy_module, "atomic_write")
    target = tmp_path / "verslag.xml"
    seen: dict[str, object] = {}

    def while_writing() -> bool:
        progress = visible_progress(window, "copyProgress")
        if progress is None or not held.waiting.is_set():
            return False
        seen["label"], seen["told"], seen["exists"] = progress.labelText(), list(told), target.exists()
        held.release()
        return True

    steps = Steps([("while writing", while_writing)])
    assert window.save_copy(target) == target
    steps.stop()
    assert steps.done == ["while writing"]
    assert held.threads and held.threads[0] != threading.current_thread().name
    assert seen == {"label": "Saving a copy as verslag.xml…", "told": [], "exists": False}
    assert told == [f"A copy was saved as the submission file {target}. File ▸ Open submission file… imports it."]
    assert read_submission(target.read_bytes()).report.promoter.name == wizard.report.promoter.name


def test_closing_the_window_while_a_copy_is_written_waits_for_a_whole_file(qtbot, open_report, monkeypatch,
                                                                          tmp_path):
    window, wizard, _report_id = open_report()  # with errors: a database file of its own
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: None)
    target = tmp_path / "kopie.sqlite"
    # The whole file is there, about to be renamed into place.
    held = Held(monkeypatch, copy_module.os, "replace", when=lambda _source, destination: Path(destination) == target)
    steps = Steps([("close", lambda: held.waiting.is_set() and (window.close() or True)),
                   ("release", lambda: visible_progress(window, "copyProgress") is not None
                    and visible_progress(window, "copyProgress").labelText().startswith("Closing")
                    and (held.release() or True))])
    assert window.save_copy(target) == target
    steps.stop()
    assert steps.done == ["close", "release"]
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
    copy = ReportStore.open(target)
    try:
        assert len(copy.list_reports()) == 1
    finally:
        copy.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(("kopie", ".kopie"))) == [
        "kopie.sqlite", "kopie.sqlite-locks"]


def test_closing_the_window_while_the_copy_asked_for_on_closing_is_written(qtbot, open_report, monkeypatch,
                                                                           tmp_path, db_path):
    """Closing the report while its changes cannot be saved asks what to do; *Save a copy…*
    writes it in a worker. Closing the window meanwhile must wait for that close of the report
    (it is under way, and says "Copy saved" in a message box of its own) and then close the
    window once: not close the report a second time from inside the first."""
    from desktop_app.ui import main_window as main_window_module

    window, wizard, report_id = open_report()

    def full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(window.store, "save", full)
    from desktop_app.ui.wizard import PageId
    from ui_helpers import type_text

    type_text(qtbot, wizard, PageId.NARRATIVE, "narrative", "Op de USB-stick.")
    qtbot.waitUntil(lambda: window.saver.state == "failed", timeout=3000)
    target = tmp_path / "kopie.sqlite"
    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(window, "_choose_copy_path", lambda kind, base: target)
    monkeypatch.setattr(window, "ask_unsaved", lambda reason: asked.append(reason) or main_window_module.COPY)

    def inform(title, text):  # a message box: an event loop of its own until it is answered
        told.append(text)
        qtbot.wait(200)

    monkeypatch.setattr(window, "inform", inform)
    held = Held(monkeypatch, copy_module.os, "replace", when=lambda _source, destination: Path(destination) == target)
    steps = Steps([("close", lambda: held.waiting.is_set() and (window.close() or True)),
                   ("release", lambda: visible_progress(window, "copyProgress") is not None
                    and visible_progress(window, "copyProgress").labelText().startswith("Closing")
                    and (held.release() or True))])
    assert window.close_report() is True
    steps.stop()
    assert steps.done == ["close", "release"]
    assert len(asked) == 1 and len(told) == 1 and str(target) in told[0]
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
    assert len(asked) == 1  # asked once: the report was not closed a second time
    copy = ReportStore.open(target)
    try:
        [summary] = copy.list_reports()
        assert copy.load(summary.id).narrative == "Op de USB-stick."
    finally:
        copy.close()


def test_a_save_the_window_waits_for_leaves_a_due_backup_to_the_next_save_while_typing(qtbot, open_report, db_path):
    """Changing page, Retry, export and closing wait for a save. A ten-minute backup due then
    is not taken behind it (closing the window would wait for it, 540 ms on a slow disk): the
    next save made while typing takes it."""
    from desktop_app.ui.wizard import PageId
    from ui_helpers import type_text

    window, wizard, _report_id = open_report()
    store = window.store
    assert store.writer.submit(lambda: None).wait(5)  # the start's backup, if any, is done
    before = len(list_backups(db_path))
    store.backups, store._last_backup = True, float("-inf")
    wizard.report.narrative = "Bewaard bij het wisselen van pagina"
    window.saver.schedule()
    assert window.saver.save_now()
    assert store.writer.submit(lambda: None).wait(5)  # whatever was queued behind it has run
    assert len(list_backups(db_path)) == before
    type_text(qtbot, wizard, PageId.NARRATIVE, "narrative", "Verder getypt")
    qtbot.waitUntil(lambda: len(list_backups(db_path)) == before + 1, timeout=5000)
