"""PySide6 reads the source of every module imported after it (for its optional features); the
program's start stops that (ui/import_scan.py), and the features still work where asked for."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from factories import make_valid_report
from ui_helpers import add_report

REPOSITORY = Path(__file__).resolve().parents[2]

# Counts the source reads of the program's own modules while the window starts and opens a report.
_COUNT_READS = """
import inspect, sys
reads = []
real_getsource = inspect.getsource
def getsource(thing):
    # (import_scan itself is read: it is imported before it can act)
    if getattr(thing, "__name__", "").startswith("desktop_app") and thing.__name__ != "desktop_app.ui.import_scan":
        reads.append(thing.__name__)
    return real_getsource(thing)
inspect.getsource = getsource
from desktop_app.ui import create_main_window
window = create_main_window(sys.argv[1], int(sys.argv[2]))
print(len(reads), sorted(reads)[:5])
"""


def _child(code: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPOSITORY)}
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=60,
                          cwd=REPOSITORY, env=env)


def test_the_start_reads_no_source_of_the_programs_modules(db_path):
    report_id = add_report(db_path, make_valid_report())
    result = _child(_COUNT_READS, str(db_path), str(report_id))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "0", result.stdout  # PySide6 read these sources before


_FEATURES = """
import sys
from PySide6.QtWidgets import QApplication
from desktop_app.ui.import_scan import skip_source_scan
assert skip_source_scan()
sys.path.insert(0, sys.argv[1])
app = QApplication([])
import with_feature, without_feature
print(with_feature.title(), without_feature.title())
"""


def test_a_module_asking_for_a_pyside_feature_still_gets_it_and_the_others_do_not(tmp_path):
    (tmp_path / "with_feature.py").write_text(
        "from __feature__ import snake_case\n"
        "from PySide6.QtWidgets import QLabel\n"
        "def title():\n    label = QLabel()\n    label.set_text('snake')\n    return label.text()\n")
    (tmp_path / "without_feature.py").write_text(
        "from PySide6.QtWidgets import QLabel\n"
        "def title():\n    label = QLabel()\n    label.setText('camel')\n    return label.text()\n")
    result = _child(_FEATURES, str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["snake", "camel"]
