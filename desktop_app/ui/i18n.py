"""The language of the window: Qt's own translations and the program's, switched at run time.

The program's strings are English in the code and translated to Dutch and French by the
Linguist files in ``translations/`` (``make lupdate`` refreshes the ``.ts`` sources, ``make
translations`` compiles the ``.qm`` files). Qt's own ``qtbase_*.qm`` is loaded as well, so the
wizard's Back / Next / Cancel and the standard dialogs speak the same language.

Switching removes the old translators and installs the new ones; Qt then sends every widget a
``LanguageChange`` event, on which each window calls its ``retranslate()``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

UI_LANGUAGES = ("nl", "fr")
SETTINGS_KEY = "ui/language"

# Each language's name in itself, for the Language menu (never translated).
LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Français"}


def translations_dir() -> Path:
    """Where the compiled ``.qm`` files are: beside the code when frozen, else the repo's."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "translations"
    return Path(__file__).resolve().parents[2] / "translations"


def system_ui_language() -> str:
    """French when the system is French, Dutch otherwise."""
    return "fr" if QLocale.system().language() == QLocale.Language.French else "nl"


def saved_ui_language(settings: QSettings | None = None) -> str:
    """The language chosen last time, else the system's."""
    settings = settings or QSettings()
    value = settings.value(SETTINGS_KEY, "")
    return value if value in UI_LANGUAGES else system_ui_language()


def remember_ui_language(language: str, settings: QSettings | None = None) -> None:
    """Keep the choice for the next start."""
    (settings or QSettings()).setValue(SETTINGS_KEY, language)


class Translators:
    """The translators installed in the application for the current language."""

    def __init__(self) -> None:
        self.language: str | None = None
        self._installed: list[QTranslator] = []

    def install(self, language: str) -> bool:
        """Replace the installed translations with those of ``language``.

        Returns False when the program's own translation file is missing (the window then
        shows the English source strings).
        """
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_dirs = [qt_dir, str(translations_dir())]  # the frozen program keeps them beside ours
        found_own = False
        for name, folders in ((f"qtbase_{language}", qt_dirs), (f"clusterverslag_{language}", [str(translations_dir())])):
            translator = QTranslator(app)
            if any(translator.load(name, folder) for folder in folders if os.path.isdir(folder)):
                app.installTranslator(translator)
                self._installed.append(translator)
                found_own = found_own or name.startswith("clusterverslag")
        self.language = language
        QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.Dutch, QLocale.Country.Belgium))
        return found_own
