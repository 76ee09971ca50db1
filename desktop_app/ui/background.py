"""Long work off the window's thread: printing, exporting, signing, verifying, reading a
submission file or a scanned print.

:func:`run_in_background` runs a function in a worker thread and waits for it in a local event
loop, so the window goes on repainting and answering while the caller's code stays in order.
A job that lasts shows a window-modal progress dialog ("Page 2 of 5") with *Cancel*; Cancel
asks the worker to stop (:meth:`Task.cancelled`), and the worker decides whether it still can:
a print stops between two bands of a page, an export before it writes its files. Only the
worker's own answer (:class:`Cancelled` raised, or a result returned) says what happened, so
a message after it is never untrue.

Qt objects the worker uses (a ``QPrinter``, a ``QImage``) belong to it until it ends; the
window's thread does not touch them meanwhile.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QProgressDialog, QPushButton, QWidget

from .widgets.plain import PLAIN, window_title

T = TypeVar("T")

# A job done within this time shows no progress dialog at all.
SHOW_AFTER_MS = 300
POLL_MS = 20


class Cancelled(Exception):
    """The worker stopped because the user cancelled; nothing of its work remains."""


class Task:
    """What the worker sees of the window: whether to stop, and where to say how far it got."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._done, self._total = 0, 0

    def cancelled(self) -> bool:
        """Whether the user asked to stop."""
        return self._stop.is_set()

    def raise_if_cancelled(self) -> None:
        """Raise :class:`Cancelled` when the user asked to stop."""
        if self._stop.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int) -> None:
        """Say how far the work got (``done`` of ``total`` steps; a total of 0: unknown)."""
        with self._lock:
            self._done, self._total = done, total

    def cancel(self) -> None:
        """Ask the worker to stop (from the window's thread)."""
        self._stop.set()

    def state(self) -> tuple[int, int]:
        with self._lock:
            return self._done, self._total


def run_in_background(parent: QWidget | None, work: Callable[[Task], T], *, title: str,
                      label: Callable[[int, int], str], object_name: str = "backgroundProgress",
                      cancellable: bool = True, show_after_ms: int = SHOW_AFTER_MS,
                      cancelling: str | None = None) -> T:
    """Run ``work(task)`` in a worker thread and return its result, keeping the window alive
    meanwhile. ``label(done, total)`` is the progress dialog's text; ``cancelling`` what it
    says after Cancel until the worker stops (default: "Cancelling…"). Raises what ``work``
    raised (:class:`Cancelled` when it stopped on the user's Cancel)."""
    task = Task()
    outcome: dict = {}

    def run() -> None:
        try:
            outcome["result"] = work(task)
        except BaseException as error:  # noqa: BLE001 - handed to the window's thread below
            outcome["error"] = error

    worker = threading.Thread(target=run, name=object_name, daemon=True)
    worker.start()
    worker.join(0.02)  # a quick job ends here, without a dialog or a nested loop
    if worker.is_alive():
        _wait(parent, worker, task, title, label, object_name, cancellable, show_after_ms, cancelling)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


class _InputGuard(QObject):
    """Drops the user's keys and clicks meant for anything but the progress dialog while the
    worker runs: before the dialog shows (the first 0.3 s), a second click on Export must not
    start a second export inside the first; nor may the window close under the work."""

    INPUT = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut,
             QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
             QEvent.Type.Wheel}

    def __init__(self, dialog: QWidget):
        super().__init__()
        self.dialog = dialog

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(watched, QWidget) or watched is self.dialog or self.dialog.isAncestorOf(watched):
            return False
        if event.type() == QEvent.Type.Close and watched.isWindow():
            event.ignore()  # the window stays open until the work is done (as behind a modal dialog)
            return True
        return event.type() in self.INPUT


def _wait(parent, worker: threading.Thread, task: Task, title: str, label, object_name: str,
          cancellable: bool, show_after_ms: int, cancelling: str | None = None) -> None:
    progress = QProgressDialog(parent)
    progress.setObjectName(object_name)
    # The label may name a file from outside: shown as text, never as HTML, and wrapped, so a
    # long name or message does not stretch the dialog past the screen.
    text = QLabel(textFormat=PLAIN, wordWrap=True)
    text.setMinimumWidth(340)
    progress.setLabel(text)
    progress.setWindowTitle(window_title(title))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setMinimumWidth(360)
    progress.setCancelButtonText(QCoreApplication.translate("Background", "Cancel"))
    if not cancellable:
        progress.setCancelButton(None)
    progress.setRange(0, 0)
    progress.setLabelText(label(0, 0))
    progress.hide()  # a QProgressDialog shows itself after a while otherwise; ours after show_after_ms
    started = time.monotonic()
    loop = QEventLoop()

    def look() -> None:
        if not worker.is_alive():
            loop.quit()
            return
        if progress.wasCanceled() and not task.cancelled():
            task.cancel()
            # Escape closed the dialog: show it again, saying it stops, until the worker has.
            progress.setLabelText(cancelling or QCoreApplication.translate("Background", "Cancelling…"))
            for button in progress.findChildren(QPushButton):
                button.setEnabled(False)
            if (time.monotonic() - started) * 1000 >= show_after_ms:
                progress.show()
            return
        if task.cancelled():
            return
        done, total = task.state()
        if progress.maximum() != total:
            progress.setRange(0, total)
        if total:
            progress.setValue(min(done, total))
        text = label(done, total)
        if progress.labelText() != text:
            progress.setLabelText(text)
        if not progress.isVisible() and (time.monotonic() - started) * 1000 >= show_after_ms:
            progress.show()

    timer = QTimer(interval=POLL_MS)
    timer.timeout.connect(look)
    guard = _InputGuard(progress)
    QCoreApplication.instance().installEventFilter(guard)
    timer.start()
    try:
        loop.exec()
    finally:
        timer.stop()
        QCoreApplication.instance().removeEventFilter(guard)
    progress.close()
    progress.deleteLater()
    worker.join()
