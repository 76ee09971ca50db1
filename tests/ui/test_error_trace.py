"""When something goes wrong, a trace remains: a rotating log file in the data folder, and an
unexpected error in the window is logged with its traceback (also without a console) and told
in a dialog that says what became of the report and where the log is."""

from __future__ import annotations

import errno
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer, qWarning
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop_app import logfile
from desktop_app.storage import ReportStore
from desktop_app.ui import app, errors
from desktop_app.ui.main_window import DISCARD, MainWindow
from desktop_app.ui.wizard import PageId
from ui_helpers import add_report, child, stored

REPOSITORY = Path(__file__).resolve().parents[2]


def test_the_log_rotates_at_a_megabyte_keeping_three_older_files(tmp_path):
    folder = tmp_path / "data"
    path = logfile.start_logging([folder])
    try:
        log = logfile.logger("test")
        for number in range(4200):
            log.warning("line %d %s", number, "x" * 1000)
    finally:
        logfile.stop_logging()
    assert path == folder / "clusterverslag.log"
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["clusterverslag.log", "clusterverslag.log.1", "clusterverslag.log.2", "clusterverslag.log.3"]
    assert all(p.stat().st_size <= logfile.MAX_BYTES for p in folder.iterdir())
    assert "line 4199" in path.read_text(encoding="utf-8")


def test_the_log_goes_to_the_next_folder_when_the_data_folder_cannot_hold_it(tmp_path):
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    try:
        assert logfile.start_logging([blocked / "data", tmp_path / "beside"]) == tmp_path / "beside" / "clusterverslag.log"
        assert logfile.start_logging([blocked / "data"]) is None
        assert logfile.log_path() is None
    finally:
        logfile.stop_logging()


def test_starting_the_log_makes_nothing_on_disk_and_imports_no_handlers_module(tmp_path):
    code = (
        "import sys; from pathlib import Path; from desktop_app import logfile\n"
        f"path = logfile.start_logging([Path({str(tmp_path / 'data')!r})])\n"
        "print('logging.handlers' in sys.modules, path.parent.exists())\n"
        "logfile.logger('x').warning('now')\n"
        "print('logging.handlers' in sys.modules, path.exists())\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPOSITORY, check=True)
    assert result.stdout.split("\n")[:2] == ["False False", "True True"]


def test_qt_warnings_reach_the_log(qapp, tmp_path):
    path = logfile.start_logging([tmp_path / "data"])
    uninstall = errors.install_error_hooks(lambda error: None)
    try:
        qWarning("a warning of Qt's own")
    finally:
        uninstall()
        logfile.stop_logging()
    assert "WARNING clusterverslag.window: Qt: a warning of Qt's own" in path.read_text(encoding="utf-8")


def run_window_with_an_error(tmp_path, monkeypatch, typed: str) -> tuple[list[str], int, Path]:
    """Start the program on a database with one report, type into it, let a slot raise, and
    close; the dialog's text is collected instead of shown. No stderr, as in the windowed
    program on Windows."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    db_path = tmp_path / "reports.sqlite"
    report_id = add_report(db_path)
    told: list[str] = []
    monkeypatch.setattr(errors, "show_unexpected_error",
                        lambda parent, error, rescue: told.append(errors.unexpected_error_text(error, rescue)))
    monkeypatch.setattr(MainWindow, "ask_unsaved", lambda self, reason: DISCARD)

    def boom():
        raise ValueError("something broke")

    def exec_(*_args):
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        wizard = window.open_report(report_id)
        wizard.show_page(PageId.IDENTIFICATION)
        QTest.keyClicks(child(wizard, "promoter.name", QLineEdit), typed)
        QTimer.singleShot(0, boom)
        for _ in range(50):
            QApplication.processEvents()
            if told:
                break
            QTest.qWait(20)
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    monkeypatch.setattr(sys, "stderr", None)
    assert app.run(db_path, []) == 0
    monkeypatch.undo()
    return told, report_id, tmp_path / "xdg" / "clusterverslag"


def test_an_unexpected_error_is_logged_told_and_the_report_saved(qapp, tmp_path, monkeypatch, compiled_translations):
    """In the window's language (Dutch at a first start on a system that is not French)."""
    told, report_id, data = run_window_with_an_error(tmp_path, monkeypatch, "OCMW Zonnedorp")
    log = (data / "clusterverslag.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "ValueError: something broke" in log and "in boom" in log
    assert len(told) == 1
    assert told[0].startswith("Er ging iets onverwachts mis in het programma:\nValueError: something broke")
    assert "Het verslag is bewaard." in told[0]
    assert str(data / "clusterverslag.log") in told[0]
    assert stored(tmp_path / "reports.sqlite", report_id).promoter.name == "OCMW Zonnedorp"


def test_after_an_unexpected_error_an_unsaved_report_is_copied_beside_the_log(qapp, tmp_path, monkeypatch,
                                                                             compiled_translations):
    def disk_full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ReportStore, "save", disk_full)
    told, _report_id, data = run_window_with_an_error(tmp_path, monkeypatch, "OCMW Zonnedorp")
    assert len(told) == 1
    assert "De laatste wijzigingen konden niet bewaard worden (de schijf is vol.)" in told[0]
    [copy] = data.glob("*.sqlite")
    assert str(copy) in told[0]
    store = ReportStore.open(copy)
    try:
        [summary] = store.list_reports()
        assert store.load(summary.id).promoter.name == "OCMW Zonnedorp"
    finally:
        store.close()
    assert "No space left on device" in (data / "clusterverslag.log").read_text(encoding="utf-8")
