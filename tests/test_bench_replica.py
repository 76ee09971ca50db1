"""The bare copy of the window that ``make bench`` times (benchmarks/replica.py) is the same
window: the start-up benchmark says how much of the start any program showing this window pays
on this binding, which is only true while the copy shows what the program shows. The program
is run with the long report open; its copy is run in a child process of its own (it makes its
own QApplication), and both list their visible widgets."""

from __future__ import annotations

import collections
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QWidget

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY / "benchmarks"))

from bench_startup import WINDOW_SIZE, long_report  # noqa: E402
from replica import replica_source  # noqa: E402

from desktop_app.storage import ReportStore  # noqa: E402
from desktop_app.ui.main_window import MainWindow  # noqa: E402

# What the copy's process prints about its window, in the same form as ``shown_widgets``.
LIST_WIDGETS = """
import collections
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QWidget
def qt_class(widget):
    return next(c.__name__ for c in type(widget).__mro__ if c.__module__.startswith("PySide6."))
def text(widget):
    if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
        return widget.text()
    return widget.title() if isinstance(widget, QGroupBox) else ""
top = QApplication.activeWindow() or [w for w in QApplication.topLevelWidgets() if w.isVisible()][0]
for widget in top.findChildren(QWidget):
    if widget.isVisible():
        print(qt_class(widget), repr(text(widget)))
"""


def _qt_class(widget: QWidget) -> str:
    return next(c.__name__ for c in type(widget).__mro__ if c.__module__.startswith("PySide6."))


def _text(widget: QWidget) -> str:
    if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
        return widget.text()
    return widget.title() if isinstance(widget, QGroupBox) else ""


def shown_widgets(window: QWidget) -> collections.Counter:
    return collections.Counter(f"{_qt_class(w)} {_text(w)!r}" for w in window.findChildren(QWidget) if w.isVisible())


def test_the_copy_shows_the_same_widgets_with_the_same_texts(qtbot, tmp_path):
    store = ReportStore.open(tmp_path / "bench.sqlite")
    report_id = store.create(long_report())
    window = MainWindow(store)
    qtbot.addWidget(window)
    wizard = window.open_report(report_id)
    window.resize(*WINDOW_SIZE)
    window.show()
    qtbot.waitUntil(lambda: wizard.checked)
    source = replica_source(window, wizard.currentPage(), WINDOW_SIZE)
    assert "desktop_app" not in source  # PySide6 only

    done = subprocess.run([sys.executable, "-c", source + "for _ in range(5): app.processEvents()\n" + LIST_WIDGETS],
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.splitlines()
    assert lines[0] == "shown"
    copy = collections.Counter(lines[1:])
    program = shown_widgets(window)
    assert copy == program, (f"only in the program: {sorted((program - copy).elements())}\n"
                             f"only in the copy: {sorted((copy - program).elements())}")
    window.close()
    store.close()
