"""The Qt Widgets program: the main window with the list of reports, and the report wizard.

Importing this package imports nothing of Qt: ``create_main_window`` and ``app.run`` import what
they need when called.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .main_window import MainWindow


_application = None  # the QApplication made here when the caller had none


def create_main_window(db_path: Path | str, report_id: int | None = None) -> "MainWindow":
    """Build the main window on the database at ``db_path`` without showing it.

    With ``report_id`` that report's wizard is open inside the window, every page built: each
    field of the report is a widget of the window, found by its ``objectName`` (the window
    itself, opening a report from its list, builds the pages after the first has been painted).
    Creates the QApplication if there is none yet. Raises ``storage.StorageError`` when the
    database cannot be used.
    """
    global _application
    from PySide6.QtWidgets import QApplication

    from .import_scan import skip_source_scan

    skip_source_scan()  # as app.run does, before our modules load

    if QApplication.instance() is None:
        _application = QApplication([])
    from .collector import collect_on_window_thread

    # As the program does at its start (app.run), before our modules load: the collector runs
    # on the window's thread only, and not in the middle of the start-up.
    collect_on_window_thread()

    from ..storage import ReportStore
    from .main_window import MainWindow

    store = ReportStore.open(db_path)
    try:
        window = MainWindow(store)
        if report_id is not None:
            wizard = window.open_report(report_id)
            if wizard is not None:
                wizard.build_all_pages()
    except BaseException:
        store.close()
        raise
    return window


__all__ = ["create_main_window"]
