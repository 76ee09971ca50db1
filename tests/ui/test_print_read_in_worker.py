"""*Print…* on an exported PDF reads the file in a worker (issue 17: nothing on the window's
thread longer than 100 ms): the PDF may be on a network share that stopped answering. The
window goes on meanwhile; Cancel drops what the read gives, and no preview opens."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from desktop_app.export.files import render_export
from desktop_app.ui import printing
from desktop_app.ui.printing import PrintPreviewDialog, print_pdf
from factories import make_valid_report


def test_a_stuck_read_of_the_pdf_to_print_can_be_cancelled(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "verslag.pdf"
    path.write_bytes(render_export(make_valid_report())[1])
    gate, waiting, ended = threading.Event(), threading.Event(), []
    real = printing.read_outside_file

    def held(*args):
        waiting.set()
        gate.wait()
        try:
            return real(*args)
        finally:
            ended.append(True)

    monkeypatch.setattr(printing, "read_outside_file", held)
    # Where the read runs on the window's thread (the code before this), nothing below can
    # release it: a thread of the test's own does, later, so that the test fails, not hangs.
    safety = threading.Timer(10, gate.set)
    safety.start()
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    cancelled: list[str] = []

    def cancel() -> None:
        progress = window.findChild(QProgressDialog, "readingPdf")
        if progress is not None and progress.isVisible() and waiting.is_set() and not cancelled:
            cancelled.append(progress.labelText())
            qtbot.keyClick(progress, Qt.Key.Key_Escape)  # the keyboard's Cancel
            gate.set()  # the share answers after all: what it gives is dropped

    timer = QTimer(interval=20)
    timer.timeout.connect(cancel)
    timer.start()
    try:
        assert print_pdf(window, path) is None
    finally:
        timer.stop()
        safety.cancel()
    assert cancelled == ["Reading verslag.pdf…"]
    assert ended  # the worker's own answer came back, and was dropped
    QApplication.processEvents()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, PrintPreviewDialog) and w.isVisible()]


def test_the_pdf_read_in_the_worker_opens_the_preview(qtbot, tmp_path):
    path = tmp_path / "verslag.pdf"
    path.write_bytes(render_export(make_valid_report())[1])
    preview = print_pdf(None, path)
    assert isinstance(preview, PrintPreviewDialog)
    preview.close()
