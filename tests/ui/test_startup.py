"""What the program loads when it starts (issue 17): only what the first screen needs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from factories import make_valid_report
from ui_helpers import add_report

REPOSITORY = Path(__file__).resolve().parents[2]


def _modules_after_start(db_path: Path, report_id: int | None, names: tuple[str, ...]) -> list[str]:
    program = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop_app.ui import create_main_window\n"
        f"window = create_main_window({str(db_path)!r}, {report_id!r})\n"
        "window.show(); app.processEvents()\n"
        f"print(sorted(m for m in {names!r} if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=60,
                            cwd=REPOSITORY, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    return eval(result.stdout.strip().splitlines()[-1])  # noqa: S307 - our own child's list of names


def test_start_loads_no_socket_or_hash_library(db_path):
    """The computer's name comes from ``os.uname`` and the content fingerprint loads hashlib
    when a report is first saved: neither costs the start its 3 ms."""
    report_id = add_report(db_path, make_valid_report())
    for opened in (None, report_id):
        assert _modules_after_start(db_path, opened, ("socket", "hashlib", "_hashlib")) == []
