"""Help ▸ About, also on F1 from any field: a short guide to the form, the version, the data
folder and the log file, as plain text, in the window's language and following its switch."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from desktop_app import __version__
from desktop_app.logfile import start_logging, stop_logging
from desktop_app.ui.dialogs.about import AboutDialog
from desktop_app.ui.wizard import PageId
from factories import make_valid_report
from ui_helpers import add_report, child


@pytest.fixture
def log_file(tmp_path: Path):
    path = start_logging([tmp_path / "logs"])
    yield path
    stop_logging()


def about_dialog(qtbot, window) -> AboutDialog:
    qtbot.waitUntil(lambda: window.findChild(AboutDialog, "aboutDialog") is not None
                    and window.findChild(AboutDialog, "aboutDialog").isVisible(), timeout=3000)
    return window.findChild(AboutDialog, "aboutDialog")


def value(dialog: AboutDialog, name: str) -> str:
    label = child(dialog, name, QLabel)
    assert label.textFormat() == Qt.TextFormat.PlainText  # a folder's name may look like markup
    return label.text()


def test_f1_on_a_field_opens_about_with_version_data_folder_and_log(qtbot, tmp_path, log_file):
    folder = tmp_path / "<b>Gegevens & co"  # shown as typed, never as markup
    folder.mkdir()
    db_path = folder / "reports.sqlite"
    report_id = add_report(db_path, make_valid_report())
    from desktop_app.ui import create_main_window

    window = create_main_window(db_path, report_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    wizard = window.wizard
    wizard.show_page(PageId.CHECK_SIGN)
    field = child(wizard, "signatories.president")
    field.setFocus()
    before = field.text()
    qtbot.keyClick(field, Qt.Key.Key_F1)
    dialog = about_dialog(qtbot, window)
    assert field.text() == before  # F1 types nothing
    assert value(dialog, "version") == __version__
    assert value(dialog, "dataFolder") == str(folder)
    assert value(dialog, "databaseFile") == str(db_path)
    assert log_file is not None and value(dialog, "logFile") == str(log_file)
    assert dialog.windowTitle() == "About Clusterverslag"
    guide = child(dialog, "guide", QLabel).text()
    assert "EUR 50,000" in guide and "EUR 30,000" in guide and "EUR 20,000" in guide and "28 February" in guide
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible() if _alive(dialog) else True)
    window.close()


def _alive(widget) -> bool:
    try:
        widget.isVisible()
    except RuntimeError:
        return False
    return True


def test_the_help_menu_holds_about_in_dutch_and_french(qtbot, show_window, compiled_translations):
    window = show_window()
    menu = window.findChild(QMenu, "helpMenu")
    about = window.findChild(QAction, "about")
    assert menu is not None and about in menu.actions()
    assert about.shortcut().toString() == "F1"

    window.switch_language("nl")
    qtbot.waitUntil(lambda: about.text() == "&Over Clusterverslag")
    assert menu.title() == "Help"
    about.trigger()
    dialog = about_dialog(qtbot, window)
    assert dialog.windowTitle() == "Over Clusterverslag"
    guide = child(dialog, "guide", QLabel).text()
    for words in ("50.000 euro", "30.000 euro", "20.000 euro", "publiek deel", "deel clustersubsidie",
                  "clusterpromotor", "vóór 28 februari"):
        assert words in guide, words
    assert child(dialog, "logFile", QLabel).text() == "geen: er wordt geen logbestand geschreven"

    window.switch_language("fr")  # the open dialog follows
    qtbot.waitUntil(lambda: dialog.windowTitle() == "À propos de Clusterverslag")
    assert menu.title() == "Aide" and about.text() == "À &propos de Clusterverslag"
    guide = child(dialog, "guide", QLabel).text()
    for words in ("50\u00a0000 euros", "30\u00a0000 euros", "20\u00a0000 euros", "part publique",
                  "part subside cluster", "promoteur de cluster", "avant le 28 février"):
        assert words in guide, words
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    assert labels == ["&Version\u00a0:", "&Dossier des données\u00a0:", "Fichier des &rapports\u00a0:",
                      "Fichier &journal\u00a0:"]
    dialog.reject()
