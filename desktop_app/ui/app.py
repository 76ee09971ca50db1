"""Starting the program: the application object, the main window, and clear messages when
it cannot start (no display, a database that cannot be used)."""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

from ..domain.text import Text

NO_DISPLAY = Text(
    "Geen scherm gevonden: Clusterverslag heeft een grafische omgeving nodig, maar DISPLAY en "
    "WAYLAND_DISPLAY zijn niet ingesteld. Start het programma op het bureaublad, of gebruik de "
    "opdrachten (clusterverslag --help) die geen venster nodig hebben.",
    "Aucun écran trouvé : Clusterverslag a besoin d'un environnement graphique, mais DISPLAY et "
    "WAYLAND_DISPLAY ne sont pas définis. Lancez le programme depuis le bureau, ou utilisez les "
    "commandes (clusterverslag --help) qui n'ont pas besoin de fenêtre.",
)

SMOKE_TEST = "--smoke-test"
# Starts as usual, on the list; once the list has painted, prints STARTED and quits with 0.
# What bench_bundle times in the frozen program, the same way from source.
STARTUP_TEST = "--startup-test"
STARTED = "started"
CRASH_LOG = "crash.log"  # beside the log: the Python stack of a fault that kills the process


def display_missing() -> bool:
    """True on Linux and other X11/Wayland systems when no display can be reached and no Qt
    platform was chosen: Qt would abort the whole process instead of failing politely."""
    if sys.platform in ("win32", "darwin"):
        return False
    return not any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run(db_path: Path, argv: list[str], language: str | None = None, *, ask_before_creating: bool = False) -> int:
    """Run the window on the database at ``db_path`` until it is closed; return the exit status.

    ``language`` (``nl`` or ``fr``, from ``--lang``) is the window's language for this run,
    instead of the remembered one; it is not remembered.

    With ``ask_before_creating`` (the user named the file), a database that does not exist is
    made only when the user agrees: a mistyped name must not look like a new, empty program.

    With ``--smoke-test`` in ``argv`` the window opens the most recent report (creating one if
    the database has none), goes through every page, and quits: status 0 when all went well.
    With ``--startup-test`` it starts as usual and quits once its list has painted, after
    printing ``started`` (status 0; what the start-up benchmark of the bundle times).
    """
    if display_missing():
        print(f"{NO_DISPLAY.nl}\n{NO_DISPLAY.fr}", file=sys.stderr)
        return 1
    smoke = SMOKE_TEST in argv
    startup_test = STARTUP_TEST in argv  # as smoke: a check never waits for a question

    from PySide6.QtCore import QCoreApplication, QSettings, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from .import_scan import skip_source_scan

    skip_source_scan()  # before our modules: PySide6 would read each one's source (about 10 ms)

    from ..resources import resource_path

    from ..storage import ReportStore, StorageError
    from .errors import install_error_hooks, show_unexpected_error
    from .i18n import saved_ui_language, shared_translators
    from .language import ui_language
    from .main_window import MainWindow, geometry_key
    from .screen_fit import fit_to_screen, restore_geometry
    from .widgets.plain import as_plain

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "clusterverslag"])
    app.setApplicationName("Clusterverslag")
    app.setOrganizationName("Clusterverslag")
    # The desktop's task bar finds the icon and name through the installed .desktop file.
    app.setDesktopFileName("be.clusterverslag.Clusterverslag")
    app.setWindowIcon(QIcon(str(resource_path("icon.png"))))
    # Alt+letter never types the letter, in any window (the dialog offering a backup at start too).
    from .keys import install_stray_alt_filter_everywhere

    install_stray_alt_filter_everywhere(app)
    # Reference cycles are freed on this thread only, never in a worker (see collector.py).
    from .collector import collect_on_window_thread

    collect_on_window_thread()
    # The remembered language (the system's at the first start), before any window is built.
    settings = QSettings()
    shared_translators().install(language or saved_ui_language(settings))

    failures: list[str] = []
    windows: list[MainWindow] = []

    def tell(error: BaseException) -> None:
        """An unexpected error: the smoke test fails; a user is told, and the report rescued."""
        failures.append("".join(traceback.format_exception(type(error), error, error.__traceback__)))
        if not smoke:
            window = windows[0] if windows else None
            show_unexpected_error(window, error, window.rescue_after_error() if window is not None else "")

    if ask_before_creating and not smoke and not startup_test and not Path(db_path).expanduser().exists():
        question = QCoreApplication.translate(
            "Database", "There is no database %1.\n\nCreate a new, empty database there? If you "
            "meant an existing one, choose No and check its name.").replace("%1", str(db_path))
        from PySide6.QtWidgets import QMessageBox  # only here and below: not loaded by a normal start

        answer = QMessageBox.question(None, "Clusterverslag", as_plain(question),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return 1
    stop_logging = _start_logging(Path(db_path))
    uninstall_hooks = install_error_hooks(tell)
    try:
        try:
            store = ReportStore.open(db_path, backups=not smoke, background=True)
        except StorageError as error:
            message = error.message.get(ui_language())
            if smoke:
                print(message, file=sys.stderr)
                return 1
            store = None
            if error.code == "damaged":
                # The way back: restore a backup, the damaged file kept aside.
                from .dialogs.restore import restore_at_start

                store = restore_at_start(db_path, message)
            if store is None:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.critical(None, "Clusterverslag", as_plain(message))  # names the file
                return 1
        if smoke:
            return _smoke_test(app, store, failures)
        window = MainWindow(store, settings)
        windows.append(window)
        # A size saved on a larger screen, or at a smaller scale or font, is fitted to this
        # screen; once shown, again with the real frame of the window.
        restore_geometry(window, settings, geometry_key())
        window.show()
        QTimer.singleShot(0, lambda: fit_to_screen(window))
        if startup_test:
            _quit_once_listed(window)
        return app.exec()
    except Exception:
        # The command line's last guard turns it into a message; the traceback goes to the log.
        from ..logfile import logger

        logger("window").critical("the window stopped on an unexpected error", exc_info=True)
        raise
    finally:
        uninstall_hooks()
        stop_logging()


def _quit_once_listed(window) -> None:
    """Print STARTED and quit once the window's list of reports has painted (its first screen,
    as the window's own work after that paint waits for the next turn)."""
    from PySide6.QtWidgets import QApplication

    from .main_window import after_first_paint

    def started() -> None:
        print(STARTED, flush=True)
        window.close()  # as the user would: nothing of it stays behind when run() returns
        QApplication.instance().quit()

    after_first_paint(window.report_list, started)


def _start_logging(db_path: Path):
    """Start the log file in the data folder (or, when that cannot be written, beside the
    database), and send the tracebacks of a hard crash (a fault in Qt) to ``crash.log``
    beside it. Returns the function that stops both. Costs well under a millisecond: the
    file is opened when the first line is written."""
    import faulthandler

    from ..logfile import start_logging, stop_logging
    from ..storage.paths import user_data_dir

    path = start_logging([user_data_dir(), db_path.expanduser().parent])
    crash_file = None
    # Left alone when a developer or the test runner already chose where faults go.
    if path is not None and not faulthandler.is_enabled():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            crash_file = open(path.with_name(CRASH_LOG), "a", encoding="utf-8")  # noqa: SIM115 - open while running
            faulthandler.enable(crash_file)
        except OSError:
            crash_file = None

    def stop() -> None:
        if crash_file is not None:
            faulthandler.disable()
            crash_file.close()
        stop_logging()

    return stop


def _smoke_test(app, store, failures: list[str]) -> int:
    """Open the latest report, visit every page, close: what the packaging checks run."""
    from .main_window import MainWindow
    from .wizard import PageId

    try:
        _check_translations()
        if app.windowIcon().isNull():
            raise RuntimeError("the program's icon (resources/icon.png) was not found")
        reports = store.list_reports()
        report_id = reports[0].id if reports else store.create()
        window = MainWindow(store)
        wizard = window.open_report(report_id)
        window.show()
        app.processEvents()
        if wizard is None:
            raise RuntimeError("the report did not open")
        for page_id in PageId:
            wizard.show_page(page_id)
            app.processEvents()
            if wizard.currentId() != page_id:
                raise RuntimeError(f"page {page_id.name} was not shown")
        window.close()
        app.processEvents()
    except Exception:
        failures.append(traceback.format_exc())
    for failure in failures:
        print(failure, file=sys.stderr)
    if not failures:
        from .language import ui_language

        print(f"smoke test: ok ({ui_language()})")
    return 1 if failures else 0


def _check_translations() -> None:
    """The window's language came with both its translations: the program's and Qt's own."""
    from PySide6.QtCore import QCoreApplication

    from .i18n import shared_translators, translations_dir

    language = shared_translators().language
    expected = {"nl": ("&Bestand", "Annuleren"), "fr": ("&Fichier", "Annuler")}[language]
    # Through variables, so lupdate does not take Qt's own string into our files.
    probes = (("MainWindow", "&File"), ("QPlatformTheme", "Cancel"))
    found = tuple(QCoreApplication.translate(context, text) for context, text in probes)
    if found != expected:
        raise RuntimeError(f"the {language} translations were not loaded (from {translations_dir()} and Qt's "
                           f"translations): {found} instead of {expected}")
