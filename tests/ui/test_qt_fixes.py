"""The work-around for PySide6 losing a reference to True at every signal emit."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]

EMIT_MANY = """
import desktop_app.ui
from PySide6.QtCore import QObject, Signal
class Source(QObject):
    changed = Signal()
source = Source()
for _ in range(200_000):
    source.changed.emit()
print("still alive")
"""


def test_many_emits_do_not_free_true():
    """Without the work-around Python 3.11 aborts after some hundreds of emits."""
    result = subprocess.run([sys.executable, "-c", EMIT_MANY], capture_output=True, text=True,
                            timeout=120, cwd=REPOSITORY, env={"PYTHONPATH": str(REPOSITORY), "PATH": ""})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "still alive"
