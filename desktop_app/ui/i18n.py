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
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

UI_LANGUAGES = ("nl", "fr")
SETTINGS_KEY = "ui/language"

# Each language's name in itself, for the Language menu (never translated).
LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Français"}


def translations_dir() -> Path:
    """Where the compiled ``.qm`` files are: beside the code when frozen, inside the installed
    package, else the repository's."""
    from ..resources import data_dir

    return data_dir("translations")


def system_ui_language() -> str:
    """French when the system is French, Dutch otherwise (the first start follows it).

    The system's preferred language of its windows decides; its regional format only when
    it names none.
    """
    system = QLocale.system()
    preferred = [name for name in system.uiLanguages() if name and name != "C"]
    if preferred:
        return "fr" if preferred[0].lower().startswith("fr") else "nl"
    return "fr" if system.language() == QLocale.Language.French else "nl"


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
        """Replace the installed translations with those of ``language`` (``nl`` or ``fr``).

        Qt then sends every widget a ``LanguageChange`` event. Also makes the language's
        Belgian locale the default, which ``language.ui_language()`` reads. Returns False
        when the program's own translation file is missing (the window then shows the
        English source strings).
        """
        if language not in UI_LANGUAGES:
            language = "nl"
        if language == self.language and self._installed:
            return any(t.objectName() == "clusterverslag" for t in self._installed)
        # The locale first: widgets that retranslate read it for their numbers and dates.
        QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.Dutch,
                                   QLocale.Country.Belgium))
        app = QCoreApplication.instance()
        # Installed first, so asked last: only for what Qt's own file lacks.
        new: list[QTranslator] = [QtGaps(language, app)]
        for name, folders in ((f"qtbase_{language}", qt_translation_dirs()),
                              (f"clusterverslag_{language}", [str(translations_dir())])):
            translator = QTranslator(app)
            translator.setObjectName(name.split("_")[0])
            if any(translator.load(name, folder) for folder in folders if os.path.isdir(folder)):
                new.append(translator)
            else:
                translator.deleteLater()
        self.remove()
        for translator in new:
            app.installTranslator(translator)
        self._installed = new
        self.language = language
        return any(t.objectName() == "clusterverslag" for t in new)

    def remove(self) -> None:
        """Take every translation out: the window falls back to its English source strings."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
            translator.deleteLater()
        self._installed = []
        self.language = None


# Texts of Qt's own file dialog that Qt's qtbase_nl / qtbase_fr files (Qt 6) lack: Qt added the
# mnemonics to two labels and renamed a context, so these showed in English in a Dutch or a
# French window. The words are those of the same files for the older texts.
QT_GAPS: dict[tuple[str, str], dict[str, str]] = {
    ("QFileDialog", "&Look in:"): {"nl": "&Zoeken in:", "fr": "&Voir dans\u00a0:"},
    ("QFileDialog", "Files of &type:"): {"nl": "Bestanden van &type:", "fr": "Fichiers de &type\u00a0:"},
    ("QAbstractFileIconProvider", "Folder"): {"nl": "Map", "fr": "Dossier"},
    ("QAbstractFileIconProvider", "Drive"): {"nl": "Station", "fr": "Lecteur"},
}


class QtGaps(QTranslator):
    """The few texts of Qt's own dialogs that Qt's translation files lack (:data:`QT_GAPS`)."""

    def __init__(self, language: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("qtgaps")
        self._texts = {key: texts[language] for key, texts in QT_GAPS.items()}

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D102 - Qt's
        # None, not "": Qt takes an empty text for a translation and stops asking.
        return self._texts.get((context, source_text))

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def qt_translation_dirs() -> list[str]:
    """Where Qt's own ``qtbase_*.qm`` may be: Qt's folder, then ours (a frozen program may
    keep them beside the program's)."""
    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), str(translations_dir())]


_shared: Translators | None = None


def shared_translators() -> Translators:
    """The one set of translators of the application: the start-up installs the remembered
    language through it, and every window's Language menu switches it."""
    global _shared
    if _shared is None:
        _shared = Translators()
    return _shared
