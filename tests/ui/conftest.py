"""Fixtures of the UI tests: a database file, a report in it, and the main window open on it,
shown offscreen at a laptop's size, driven through its widgets."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from desktop_app.domain.model import Report
from desktop_app.ui import create_main_window
from desktop_app.ui.i18n import shared_translators, translations_dir
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.wizard import ReportWizard
from ui_helpers import add_report


@pytest.fixture(autouse=True)
def isolated_ui_state(tmp_path_factory):
    """Each test keeps its settings in a folder of its own (never the user's), and leaves the
    window's language as it found it: English source strings, the default locale."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path_factory.mktemp("settings")))
    locale = QLocale()
    yield
    shared_translators().remove()
    QLocale.setDefault(locale)


@pytest.fixture(scope="session")
def compiled_translations() -> Path:
    """The folder of the compiled ``.qm`` files, compiled from the ``.ts`` sources as ``make
    translations`` does when they are missing or older (a plain ``pytest`` run has no make)."""
    folder = translations_dir()
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted(folder.glob("clusterverslag_*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            command = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
            subprocess.run([command, "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60)
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "reports.sqlite"


@pytest.fixture
def show_window(qtbot, db_path: Path) -> Callable[..., MainWindow]:
    """Open the main window on ``db_path`` (with a report when given), shown and active."""

    def show(report_id: int | None = None, size: tuple[int, int] = (1280, 800)) -> MainWindow:
        window = create_main_window(db_path, report_id)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
        return window

    return show


@pytest.fixture
def open_report(show_window, db_path: Path) -> Callable[..., tuple[MainWindow, ReportWizard, int]]:
    """Store a report and open its wizard: ``(window, wizard, report_id)``."""

    def open_(report: Report | None = None) -> tuple[MainWindow, ReportWizard, int]:
        report_id = add_report(db_path, report)
        window = show_window(report_id)
        assert window.wizard is not None
        return window, window.wizard, report_id

    return open_
