"""The window reads outside files with bounds too: a FIFO, a folder or a file above its limit
chosen in Open submission file…, Sign a PDF… or Verify a signed PDF… is refused at once with
its reason, and the window never waits for a writer."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QTableWidget

from desktop_app.ui.dialogs.signing import SigningDialog, VerifyDialog
from desktop_app.ui.dialogs.submission import SubmissionProblemsDialog
from ui_helpers import child

OPEN_DIALOG = "PySide6.QtWidgets.QFileDialog.getOpenFileName"


def choose(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(OPEN_DIALOG, lambda *args, **kwargs: (str(path), ""))


@pytest.fixture
def fifo(tmp_path):
    """A named pipe; if a reader still waits on it after ten seconds, a writer opens and
    closes it, so that the test fails on its time instead of hanging the run."""
    path = tmp_path / "pipe.xml"
    os.mkfifo(path)
    done = threading.Event()

    def rescue():
        if not done.wait(10):
            os.close(os.open(path, os.O_WRONLY))

    rescuer = threading.Thread(target=rescue, daemon=True)
    rescuer.start()
    yield path
    done.set()


@pytest.fixture
def huge(tmp_path):
    path = tmp_path / "huge.pdf"
    with open(path, "wb") as handle:
        handle.truncate(40 * 1024 * 1024)
    return path


def texts(dialog) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel)) + " ".join(
        table.item(r, c).text() for table in dialog.findChildren(QTableWidget)
        for r in range(table.rowCount()) for c in range(table.columnCount()) if table.item(r, c))


def test_open_submission_refuses_a_fifo_at_once(qtbot, show_window, monkeypatch, fifo):
    window = show_window()
    choose(monkeypatch, fifo)
    started = time.monotonic()
    window.open_submission_action.trigger()
    assert time.monotonic() - started < 3
    dialog = window.findChild(SubmissionProblemsDialog)
    assert dialog is not None and "named pipe (FIFO)" in texts(dialog)
    dialog.close()


@pytest.mark.parametrize("what", ["folder", "huge"])
def test_open_submission_refuses_a_folder_and_a_huge_file(qtbot, show_window, monkeypatch, tmp_path, huge, what):
    path = tmp_path if what == "folder" else huge
    window = show_window()
    choose(monkeypatch, path)
    window.open_submission_action.trigger()
    dialog = window.findChild(SubmissionProblemsDialog)
    shown = texts(dialog).replace("\u00a0", " ")
    assert ("is een map, geen bestand" if what == "folder" else "is te groot (40,0 MB)") in shown
    dialog.close()


def test_verify_refuses_a_fifo_at_once(qtbot, show_window, monkeypatch, fifo):
    window = show_window()
    choose(monkeypatch, fifo)
    started = time.monotonic()
    window.verify_pdf_action.trigger()
    assert time.monotonic() - started < 3
    (verify,) = [d for d in window.findChildren(VerifyDialog) if d.isVisible()]
    assert "named pipe (FIFO)" in texts(verify)
    verify.close()


def test_sign_refuses_a_huge_pdf_and_a_fifo_certificate(qtbot, show_window, monkeypatch, huge, fifo):
    window = show_window()
    choose(monkeypatch, huge)
    window.sign_pdf_action.trigger()
    (signing,) = [d for d in window.findChildren(SigningDialog) if d.isVisible()]
    assert "40,0 MB" in child(signing, "message", QLabel).text().replace("\u00a0", " ")
    signing.close()
