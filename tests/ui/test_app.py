"""Starting the program: no display, a database that cannot be used, the smoke test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.storage import ReportStore
from desktop_app.ui import app

REPOSITORY = Path(__file__).resolve().parents[2]
RUN = "import sys; from desktop_app.ui.app import run; sys.exit(run(sys.argv[1], sys.argv[2:]))"


def run_program(db_path: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", RUN, str(db_path), *args],
        capture_output=True, text=True, timeout=60, env={**env, "PYTHONPATH": str(REPOSITORY)},
    )


def test_without_a_display_it_says_so_in_both_languages(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = run_program(tmp_path / "db.sqlite", env=env)
    assert result.returncode == 1
    assert "Geen scherm gevonden" in result.stderr and "Aucun écran trouvé" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "db.sqlite").exists()


@pytest.mark.parametrize(("system", "language"), [("nl_BE.UTF-8", "nl"), ("fr_BE.UTF-8", "fr")])
def test_smoke_test_opens_every_page_and_quits(tmp_path, compiled_translations, system, language):
    """In the system's language at a first start, with the program's and Qt's translations."""
    db_path = tmp_path / "db.sqlite"
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != "LANGUAGE"}
    env.update(QT_QPA_PLATFORM="offscreen", LANG=system, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = run_program(db_path, "--smoke-test", env=env)
    assert result.returncode == 0, result.stderr
    assert f"smoke test: ok ({language})" in result.stdout
    store = ReportStore.open(db_path)
    assert len(store.list_reports()) == 1  # it made one to open
    store.close()


def test_startup_test_starts_on_the_list_and_quits_once_it_has_painted(tmp_path):
    """What bench_bundle times in the frozen program and from source: a named database that does
    not exist is made without a question (nothing may wait for an answer), and the program says
    ``started`` once its list has painted, then quits with 0."""
    db_path = tmp_path / "named.sqlite"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), PYTHONPATH=str(REPOSITORY))
    result = subprocess.run([sys.executable, "-m", "desktop_app", "--db", str(db_path), "--startup-test"],
                            capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [app.STARTED]
    store = ReportStore.open(db_path)
    assert store.list_reports() == []  # the list it started on: no report made or opened
    store.close()


def test_startup_test_prints_once_the_list_has_painted(qapp, tmp_path, monkeypatch, capsys):
    """Not before: at the list's first paint nothing is printed yet, and ``started`` after."""
    from PySide6.QtCore import QEvent, QObject

    from desktop_app.ui import main_window

    at_paint = []

    class Watcher(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and not at_paint:
                at_paint.append(capsys.readouterr().out)
            return False

    real = main_window.MainWindow.__init__

    def watched(self, *args, **kwargs):
        real(self, *args, **kwargs)
        self.report_list.installEventFilter(Watcher(self))

    monkeypatch.setattr(main_window.MainWindow, "__init__", watched)
    # No real event loop or quit in the test's process (a quit there leaves Qt closing down,
    # and later windows are never activated): a loop of its own, until the program quits.
    from PySide6.QtWidgets import QApplication

    quit_asked = []
    monkeypatch.setattr(QApplication, "quit", lambda *args: quit_asked.append(True))

    def exec_(*_args):
        for _ in range(5000):
            if quit_asked:
                return 0
            QApplication.processEvents()
        return 1

    monkeypatch.setattr(QApplication, "exec", exec_)
    assert app.run(tmp_path / "db.sqlite", ["--startup-test"]) == 0
    assert at_paint == [""]  # the list painted, nothing printed yet
    assert capsys.readouterr().out == f"{app.STARTED}\n"
    assert not [w for w in qapp.topLevelWidgets() if w.isVisible()]  # closed, as the user would


def test_a_database_that_cannot_be_used_is_explained(qapp, tmp_path, monkeypatch):
    not_a_database = tmp_path / "notes.sqlite"
    not_a_database.write_text("my notes, not a database")
    shown = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.critical", lambda *args: shown.append(args))
    assert app.run(not_a_database, []) == 1
    assert len(shown) == 1
    assert "notes.sqlite" in shown[0][2]
    assert not_a_database.read_text() == "my notes, not a database"


def test_lang_chooses_the_windows_language_for_this_run_only(tmp_path, compiled_translations):
    """``clusterverslag --lang fr`` opens the window in French on a Dutch system, and in Dutch
    after a French choice was remembered, without changing what is remembered: on Windows,
    where LANG means nothing, this is how the packaging tests choose the language."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != "LANGUAGE"}
    env.update(QT_QPA_PLATFORM="offscreen", LANG="nl_BE.UTF-8", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), PYTHONPATH=str(REPOSITORY))
    db_path = str(tmp_path / "db.sqlite")

    def smoke(*args: str) -> str:
        result = subprocess.run([sys.executable, "-m", "desktop_app", "--db", db_path, "--smoke-test", *args],
                                capture_output=True, text=True, timeout=60, env=env)
        assert result.returncode == 0, result.stderr
        return result.stdout

    assert "smoke test: ok (fr)" in smoke("--lang", "fr")
    assert "smoke test: ok (nl)" in smoke()  # not remembered
    settings = tmp_path / "config" / "Clusterverslag" / "Clusterverslag.conf"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[ui]\nlanguage=fr\n", encoding="utf-8")
    assert "smoke test: ok (fr)" in smoke()
    assert "smoke test: ok (nl)" in smoke("--lang", "nl")
    assert "language=fr" in settings.read_text(encoding="utf-8")


def test_the_window_names_its_desktop_file(qapp, tmp_path, monkeypatch):
    """On Linux the task bar matches the window to be.clusterverslag.Clusterverslag.desktop
    (installed by build_spec/linux/install.sh) for its icon and name."""
    from PySide6.QtGui import QGuiApplication

    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.critical", lambda *args: None)
    not_a_database = tmp_path / "notes.sqlite"
    not_a_database.write_text("not a database")
    app.run(not_a_database, [])
    assert QGuiApplication.desktopFileName() == "be.clusterverslag.Clusterverslag"


def test_the_window_asks_before_creating_a_database_that_was_named(qapp, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    missing = tmp_path / "typo" / "verslagen.sqlite"
    asked = []

    def answer(*args, **kwargs):
        asked.append(args)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.question", answer)
    assert app.run(missing, [], ask_before_creating=True) == 1
    assert len(asked) == 1 and str(missing) in asked[0][2]
    assert not missing.exists() and not missing.parent.exists()

    # Yes: the database is made and the window opens on it.
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.question",
                        lambda *args, **kwargs: asked.append(args) or QMessageBox.StandardButton.Yes)
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.main_window import MainWindow

    opened = []

    def exec_(*_args):
        # The window is on the new database; close it as the user would, so no window stays.
        opened.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        for window in opened:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    assert app.run(missing, [], ask_before_creating=True) == 0
    assert len(asked) == 2 and missing.is_file() and len(opened) == 1
    assert not opened[0].isVisible()


def test_the_command_line_asks_the_window_to_ask_only_for_a_named_database(monkeypatch, tmp_path):
    from desktop_app import cli

    calls = []
    monkeypatch.setattr("desktop_app.ui.app.run", lambda db, argv, **options: calls.append((db, options)) or 0)
    monkeypatch.delenv("CLUSTERVERSLAG_DB", raising=False)
    assert cli.main(["--db", str(tmp_path / "x.sqlite")]) == 0
    assert cli.main([]) == 0
    assert [options["ask_before_creating"] for _db, options in calls] == [True, False]
