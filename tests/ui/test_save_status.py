"""The status line tells the truth: "saved" only after a confirmed commit; any failure on the
way from a keystroke to the file stays visible with Retry, keeps the text, reaches the log,
and closing asks what to do with the changes."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton

from desktop_app import logfile
from desktop_app.domain.text import Text
from desktop_app.export.submission import read_submission
from desktop_app.storage import ReportStore, StorageError
from desktop_app.ui import main_window as main_window_module
from desktop_app.ui.wizard import PageId
from factories import make_valid_report
from ui_helpers import child, stored, type_text


REAL_EXEC = QMessageBox.exec


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch):
    """A dialog that a test did not expect fails the test instead of waiting for a click."""
    def unexpected(*args, **_kwargs):
        raise AssertionError(f"unexpected dialog: {args}")

    for name in ("exec", "warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, unexpected)


@pytest.fixture
def log_file(tmp_path: Path):
    """The program's log, written into a data folder of the test's own."""
    path = logfile.start_logging([tmp_path / "data"])
    yield path
    logfile.stop_logging()


def log_text(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""


def status_of(window) -> str:
    return child(window, "saveStatus", QLabel).text()


def banner_of(window) -> tuple[bool, str]:
    banner = child(window, "saveBanner", QFrame)
    return banner.isVisible(), child(window, "saveBannerText", QLabel).text()


def locked(*_args):
    raise StorageError("locked", Text("Het bestand is in gebruik door een ander programma.",
                                      "Le fichier est utilisé par un autre programme."))


def disk_full_sqlite(*_args):
    raise sqlite3.OperationalError("database or disk is full")


def disk_full_os(*_args):
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize(("fault", "reason", "logged"), [
    (locked, "in gebruik door een ander programma", "StorageError"),
    (disk_full_sqlite, "the disk is full", "OperationalError: database or disk is full"),
    (disk_full_os, "the disk is full", "OSError: [Errno 28] No space left on device"),
])
def test_a_failing_store_shows_not_saved_until_a_retry_saves(qtbot, open_report, db_path, log_file, monkeypatch,
                                                             fault, reason, logged):
    window, wizard, report_id = open_report()
    real_save = window.store.save
    monkeypatch.setattr(window.store, "save", fault)

    field = type_text(qtbot, wizard, PageId.IDENTIFICATION, "promoter.name", "OCMW Zonnedorp")
    qtbot.waitUntil(lambda: status_of(window).startswith("Not saved"), timeout=2000)
    assert reason in status_of(window)
    visible, text = banner_of(window)
    assert visible and text.startswith("Not saved: ") and reason in text.splitlines()[0] and str(log_file) in text
    assert child(window, "saveCopyButton", QPushButton).isVisible()

    # Nothing that happens next makes it look saved while it is not: more typing, a page change.
    qtbot.keyClicks(field, " Oost")
    qtbot.wait(500)
    wizard.next()
    assert status_of(window).startswith("Not saved") and banner_of(window)[0]
    assert field.text() == "OCMW Zonnedorp Oost"  # the text is kept in the window
    assert stored(db_path, report_id).promoter.name == ""
    assert "Traceback" in log_text(log_file) and logged in log_text(log_file)

    monkeypatch.setattr(window.store, "save", real_save)
    qtbot.mouseClick(child(window, "retrySaveButton", QPushButton), Qt.MouseButton.LeftButton)
    assert status_of(window) == "All changes saved"
    assert not banner_of(window)[0]
    assert stored(db_path, report_id).promoter.name == "OCMW Zonnedorp Oost"


def test_a_page_that_cannot_take_its_text_is_not_saved_and_the_rest_is(qtbot, open_report, db_path, log_file,
                                                                      monkeypatch):
    window, wizard, report_id = open_report()
    page = wizard.pages[PageId.IDENTIFICATION]
    real_store = page.store

    def broken(_report):
        raise RuntimeError("page broken")

    monkeypatch.setattr(page, "store", broken)
    type_text(qtbot, wizard, PageId.IDENTIFICATION, "promoter.name", "OCMW Zonnedorp")
    qtbot.waitUntil(lambda: status_of(window).startswith("Not saved"), timeout=2000)
    assert "RuntimeError: page broken" in status_of(window)

    # A change elsewhere is saved, but the status still says what is missing.
    type_text(qtbot, wizard, PageId.NARRATIVE, "narrative", "Ons jaar.")
    qtbot.waitUntil(lambda: stored(db_path, report_id).narrative == "Ons jaar.", timeout=2000)
    assert status_of(window).startswith("Not saved") and banner_of(window)[0]
    assert child(wizard, "promoter.name", QLineEdit).text() == "OCMW Zonnedorp"
    assert stored(db_path, report_id).promoter.name == ""
    assert "RuntimeError: page broken" in log_text(log_file) and "Traceback" in log_text(log_file)

    monkeypatch.setattr(page, "store", real_store)
    assert window.retry_save()
    assert status_of(window) == "All changes saved" and not banner_of(window)[0]
    assert stored(db_path, report_id).promoter.name == "OCMW Zonnedorp"


def test_checks_that_fail_do_not_keep_the_text_from_the_file(qtbot, open_report, db_path, log_file, monkeypatch):
    window, wizard, report_id = open_report()
    from desktop_app.domain import checks as checks_module  # the wizard imports it when it checks

    original = checks_module.check_report

    def broken(*_args, **_kwargs):
        raise ValueError("year 10000 is out of range")

    monkeypatch.setattr(checks_module, "check_report", broken)
    type_text(qtbot, wizard, PageId.NARRATIVE, "narrative", "Getypt terwijl de controles falen.")
    qtbot.waitUntil(lambda: stored(db_path, report_id).narrative == "Getypt terwijl de controles falen.", timeout=2000)
    qtbot.waitUntil(lambda: status_of(window) == "All changes saved", timeout=2000)
    visible, text = banner_of(window)
    assert visible and "checks and computed figures could not be updated" in text
    assert "ValueError: year 10000 is out of range" in text
    assert not child(window, "saveCopyButton", QPushButton).isVisible()  # it is saved: no copy needed
    assert child(wizard, "narrative", QPlainTextEdit).toPlainText() == "Getypt terwijl de controles falen."
    assert "year 10000 is out of range" in log_text(log_file) and "Traceback" in log_text(log_file)

    monkeypatch.setattr(checks_module, "check_report", original)
    qtbot.mouseClick(child(window, "retrySaveButton", QPushButton), Qt.MouseButton.LeftButton)
    assert not banner_of(window)[0]
    assert wizard.problems  # the checks ran again


def test_closing_while_unsaved_asks_and_keeping_it_open_keeps_everything(qtbot, open_report, db_path, log_file,
                                                                       monkeypatch):
    window, wizard, report_id = open_report()
    monkeypatch.setattr(window.store, "save", disk_full_os)
    type_text(qtbot, wizard, PageId.NARRATIVE, "narrative", "Niet kwijtraken.")
    asked = []

    def keep_open(reason):
        asked.append(reason)
        return main_window_module.KEEP_OPEN

    monkeypatch.setattr(window, "ask_unsaved", keep_open)
    window.close()
    assert asked == ["the disk is full."]
    assert window.isVisible() and window.wizard is wizard
    assert child(wizard, "narrative", QPlainTextEdit).toPlainText() == "Niet kwijtraken."

    window.close_report()
    assert len(asked) == 2 and window.wizard is wizard

    # The wizard's own Close button hides it first: the report stays in view while asked.
    monkeypatch.setattr(window, "ask_unsaved", lambda reason: asked.append(wizard.isVisible()) or main_window_module.KEEP_OPEN)
    qtbot.mouseClick(wizard.button(wizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert asked[-1] is True and wizard.isVisible() and window.wizard is wizard

    monkeypatch.setattr(window, "ask_unsaved", lambda reason: asked.append(reason) or main_window_module.DISCARD)
    assert window.close_report()
    assert window.wizard is None and len(asked) == 4


def test_closing_while_unsaved_can_retry(qtbot, open_report, db_path, log_file, monkeypatch):
    window, wizard, report_id = open_report()
    real_save = window.store.save
    monkeypatch.setattr(window.store, "save", locked)
    type_text(qtbot, wizard, PageId.NARRATIVE, "narrative", "Na het slot.")

    def fixed_then_retry(_reason):
        monkeypatch.setattr(window.store, "save", real_save)
        return main_window_module.RETRY

    monkeypatch.setattr(window, "ask_unsaved", fixed_then_retry)
    window.close()
    assert not window.isVisible()
    assert stored(db_path, report_id).narrative == "Na het slot."


def test_a_copy_of_a_report_with_errors_is_a_database_holding_it(qtbot, open_report, db_path, log_file, monkeypatch,
                                                                tmp_path):
    window, wizard, _report_id = open_report()
    monkeypatch.setattr(window.store, "save", disk_full_sqlite)
    type_text(qtbot, wizard, PageId.NARRATIVE, "narrative", "Bewaard op de USB-stick.")
    told = []
    monkeypatch.setattr(window, "inform", lambda title, text: told.append(text))
    target = tmp_path / "usb" / "kopie.sqlite"
    target.parent.mkdir()
    monkeypatch.setattr(window, "_choose_copy_path", lambda kind, base: target if kind == "sqlite" else None)
    monkeypatch.setattr(window, "ask_unsaved", lambda reason: main_window_module.COPY)

    window.close()
    assert not window.isVisible()
    assert str(target) in told[0]
    copy = ReportStore.open(target)
    try:
        [summary] = copy.list_reports()
        assert copy.load(summary.id).narrative == "Bewaard op de USB-stick."
    finally:
        copy.close()
    assert sorted(p.name for p in target.parent.iterdir() if p.name != "kopie.sqlite-locks") == ["kopie.sqlite"]


def test_a_copy_of_a_complete_report_is_its_submission_file(qtbot, open_report, log_file, monkeypatch, tmp_path):
    window, wizard, _report_id = open_report(make_valid_report())
    monkeypatch.setattr(window.store, "save", locked)
    type_text(qtbot, wizard, PageId.IDENTIFICATION, "promoter.contactPerson", "Marie Dubois")
    qtbot.waitUntil(lambda: status_of(window).startswith("Not saved"), timeout=2000)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))

    written = window.save_copy(tmp_path / "verslag.xml")
    assert written == tmp_path / "verslag.xml"
    assert read_submission(written.read_bytes()).report.promoter.contact_person == "Marie Dubois"
    assert told == [f"A copy was saved as the submission file {written}. File ▸ Open submission file… imports it."]
    visible, text = banner_of(window)
    assert visible and str(written) in text and text.startswith("Not saved")  # the database still lacks it
    monkeypatch.setattr(window, "ask_unsaved", lambda reason: main_window_module.DISCARD)


def test_a_copy_that_cannot_be_written_says_so(qtbot, open_report, log_file, monkeypatch, tmp_path):
    window, wizard, _report_id = open_report()
    warned = []
    monkeypatch.setattr(window, "warn", lambda title, text: warned.append(text))
    assert window.save_copy(tmp_path / "missing folder" / "kopie.sqlite") is None
    assert warned and "missing folder" in warned[0]
    assert "could not be written" in log_text(log_file)


def test_the_question_on_closing_names_the_reason_and_each_choice(qtbot, open_report, log_file, monkeypatch):
    window, wizard, _report_id = open_report()
    monkeypatch.setattr(window.store, "save", disk_full_os)
    type_text(qtbot, wizard, PageId.NARRATIVE, "narrative", "Niet kwijtraken.")
    monkeypatch.setattr(QMessageBox, "exec", REAL_EXEC)
    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        seen["text"] = box.text()
        seen["buttons"] = sorted(button.text() for button in box.buttons())
        next(b for b in box.buttons() if b.text() == "Keep the report open").click()

    QTimer.singleShot(200, answer)
    assert window.ask_unsaved("the disk is full.") == main_window_module.KEEP_OPEN
    assert seen["text"] == ("The last changes to this report could not be saved:\nthe disk is full.\n\n"
                            "What do you want to do with them?")
    assert seen["buttons"] == ["Close and lose the changes", "Keep the report open", "Retry", "Save a copy…"]
    monkeypatch.setattr(window, "ask_unsaved", lambda reason: main_window_module.DISCARD)


def test_retries_come_less_often_while_the_fault_lasts_and_at_once_after_a_change(qtbot, open_report, db_path,
                                                                                 log_file, monkeypatch):
    """A locked file makes every try wait for the lock: the window must stay usable."""
    from desktop_app.ui import autosave

    window, wizard, report_id = open_report()
    real_save = window.store.save
    tries = []
    monkeypatch.setattr(window.store, "save", lambda *args: tries.append(1) or locked())
    saver = window.saver
    field = type_text(qtbot, wizard, PageId.IDENTIFICATION, "promoter.name", "OCMW")
    # The writer's try, then its outcome on the window's thread (a queued signal): until that
    # has come, the timer still holds the delay of the change.
    qtbot.waitUntil(lambda: len(tries) == 1 and saver.state == autosave.FAILED, timeout=2000)
    delays = []
    for _ in range(4):
        delays.append(saver._timer.interval())
        saver.save_now()
    assert delays == [2000, 4000, 8000, 16000] and saver._timer.interval() == autosave.MAX_RETRY_DELAY_MS
    monkeypatch.setattr(window.store, "save", real_save)
    qtbot.keyClicks(field, " Zonnedorp")  # a change tries again soon, not after sixteen seconds
    qtbot.waitUntil(lambda: status_of(window) == "All changes saved", timeout=2000)
    assert saver.retry_delay_ms == autosave.RETRY_DELAY_MS
    assert stored(db_path, report_id).promoter.name == "OCMW Zonnedorp"
