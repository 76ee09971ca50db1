"""Long work off the window's thread: printing, exporting, signing, verifying, reading a
submission file or a scanned print, restoring a backup, saving a copy of a report.

:func:`run_in_background` runs a function in a worker thread and waits for it in a local event
loop, so the window goes on repainting and answering while the caller's code stays in order.
A job that lasts shows a progress dialog ("Page 2 of 5") with *Cancel* (Escape anywhere in the
window), not modal, the window's other input kept out by an event filter instead; Cancel
asks the worker to stop (:meth:`Task.cancelled`), and the worker decides whether it still can:
a print stops between two bands of a page, an export before it writes its files. Only the
worker's own answer (:class:`Cancelled` raised, or a result returned) says what happened, so
a message after it is never untrue.

Qt objects the worker uses (a ``QPrinter``, a ``QImage``) belong to it until it ends; the
window's thread does not touch them meanwhile.

The window can always be closed (its close button, *File ▸ Quit*, Ctrl+Q, also from the
progress dialog). What that does depends on the job (:func:`run_in_background`'s
``abandonable``): a job that only reads (a submission file, a scanned print, the signatures of a
PDF) is left to end on its own, at once: it may be stuck in a read from a network share that
stopped answering, its thread is a daemon that does not keep the process alive, and whatever it
gives is dropped (:class:`Abandoned`). A job that writes (export, signature, draft, print,
restoring a backup, saving a copy) is asked to stop and waited for, the dialog saying so, so that no file is left half-written and an
export is recorded with its files. Either way the window closes once the caller has returned,
through its own ``closeEvent``, which saves the open report as any close does.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QProgressDialog, QPushButton, QWidget

from ..logfile import logger
from .widgets.plain import PLAIN, window_title

T = TypeVar("T")

# A job done within this time shows no progress dialog at all.
SHOW_AFTER_MS = 300
POLL_MS = 20
# A read still not ended this long after Cancel may be stuck (a network share that stopped
# answering): the dialog then says that the window can be closed.
CLOSE_HINT_AFTER_S = 3.0


_log = logger("window")


class Cancelled(Exception):
    """The worker stopped because the user cancelled; nothing of its work remains."""


class Abandoned(Cancelled):
    """The window was closed while a job that only reads was running: the job was left to end
    on its own, and whatever it gives is dropped. The window closes once the caller returns."""


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
                      cancelling: str | None = None, abandonable: bool = False) -> T:
    """Run ``work(task)`` in a worker thread and return its result, keeping the window alive
    meanwhile. ``label(done, total)`` is the progress dialog's text; ``cancelling`` what it
    says after Cancel until the worker stops (default: "Cancelling…"). Raises what ``work``
    raised (:class:`Cancelled` when it stopped on the user's Cancel).

    ``abandonable``: the job only reads, so closing the window leaves it to end on its own and
    raises :class:`Abandoned` here at once; otherwise closing the window asks the job to stop
    and waits for it (see the module's docstring). The window closes after the caller returns.
    """
    task = Task()
    outcome: dict = {}
    job = _Job(object_name, task, abandonable)

    def run() -> None:
        try:
            outcome["result"] = work(task)
        except BaseException as error:  # noqa: BLE001 - handed to the window's thread below
            outcome["error"] = error
        if job.abandoned:
            _log.info("the abandoned job %s ended; what it gave was dropped", object_name)

    worker = threading.Thread(target=run, name=object_name, daemon=True)
    worker.start()
    worker.join(0.02)  # a quick job ends here, without a dialog or a nested loop
    if worker.is_alive():
        _wait(parent, worker, job, title, label, cancellable, show_after_ms, cancelling)
    if job.abandoned:
        raise Abandoned()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


class _Job:
    """A job under way, as the window's thread sees it."""

    def __init__(self, name: str, task: Task, abandonable: bool):
        self.name, self.task, self.abandonable = name, task, abandonable
        self.abandoned = False  # left to end on its own: what it gives is dropped
        self.closing: list[QWidget] = []  # windows to close once the caller has returned
        self.stopping = False  # asked to stop for a close, the dialog saying so


def _top_window(widget: QWidget | None) -> QWidget | None:
    """The window that holds ``widget`` and is held by none (the main window)."""
    window = widget.window() if widget is not None else None
    while window is not None and window.parentWidget() is not None:
        window = window.parentWidget().window()
    return window


class _InputGuard(QObject):
    """Drops the user's keys and clicks meant for anything but the progress dialog while the
    worker runs: before the dialog shows (the first 0.3 s), a second click on Export must not
    start a second export inside the first. Closing a window, or the Quit keys anywhere, is
    handed to ``on_close`` with the window to close, and the close waits for it. Escape in the
    window, once the dialog shows, is its Cancel: the dialog is not modal, so a click in the
    window takes the keyboard from it, and Escape must still stop the work."""

    INPUT = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut,
             QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
             QEvent.Type.Wheel}

    def __init__(self, dialog: QProgressDialog, main: QWidget | None, on_close: Callable[[QWidget], None],
                 cancellable: bool):
        super().__init__()
        self.dialog, self.main, self.on_close, self.cancellable = dialog, main, on_close, cancellable

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(watched, QWidget):
            return False
        kind = event.type()
        if kind == QEvent.Type.KeyPress and self.main is not None and event.matches(QKeySequence.StandardKey.Quit):
            self.on_close(self.main)  # as File ▸ Quit would, which the job keeps out of reach
            return True
        if watched is self.dialog or self.dialog.isAncestorOf(watched):
            return False
        if (kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape and not event.modifiers()
                and self.cancellable and self.dialog.isVisible() and not self.dialog.wasCanceled()):
            self.dialog.cancel()
            return True
        if kind == QEvent.Type.Close and watched.isWindow():
            if watched.windowType() not in (Qt.WindowType.Window, Qt.WindowType.Dialog):
                return False  # a tooltip or a popup closing itself: not the user closing a window
            event.ignore()  # closed once the job is over and its caller has returned
            self.on_close(watched)
            return True
        return kind in self.INPUT


def _wait(parent, worker: threading.Thread, job: _Job, title: str, label, cancellable: bool, show_after_ms: int,
          cancelling: str | None = None) -> None:
    task, object_name = job.task, job.name
    progress = QProgressDialog(parent)
    progress.setObjectName(object_name)
    # The label may name a file from outside: shown as text, never as HTML, and wrapped, so a
    # long name or message does not stretch the dialog past the screen.
    text = QLabel(textFormat=PLAIN, wordWrap=True)
    text.setMinimumWidth(340)
    progress.setLabel(text)
    progress.setWindowTitle(window_title(title))
    # Not modal: behind a modal dialog the system's close button of the window would do nothing
    # (Qt refuses it); the guard below keeps the window's other input out instead.
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

    def stop_buttons() -> None:
        for button in progress.findChildren(QPushButton):
            button.setEnabled(False)

    def close_requested(window: QWidget) -> None:
        if window not in job.closing:
            job.closing.append(window)
        if job.abandonable:
            if not job.abandoned:
                job.abandoned = True
                task.cancel()
                _log.warning("the window was closed while %s ran: the job is left to end on its own and "
                             "what it gives is dropped", object_name)
            loop.quit()
            return
        if job.stopping:
            return
        job.stopping = True
        _log.info("the window was closed while %s ran: asked it to stop, the window closes when it has", object_name)
        task.cancel()
        progress.setLabelText(QCoreApplication.translate(
            "Background", "Closing… The work under way stops, or ends if it is writing a file, so that no "
                          "file is left half-written; then the window closes."))
        stop_buttons()
        progress.show()

    said_cancelling: list[float] = []  # when Cancel was heard

    def look() -> None:
        if not worker.is_alive():
            loop.quit()
            return
        if progress.wasCanceled() and not said_cancelling and not job.stopping:
            said_cancelling.append(time.monotonic())
            task.cancel()  # already told by the canceled signal: a worker ending now sees it
            # Escape closed the dialog: show it again, saying it stops, until the worker has.
            progress.setLabelText(cancelling or QCoreApplication.translate("Background", "Cancelling…"))
            stop_buttons()
            if (time.monotonic() - started) * 1000 >= show_after_ms:
                progress.show()
            return
        if task.cancelled():
            if job.stopping and not progress.isVisible():
                progress.show()  # Escape hid it: the window still waits for the work, say so
            if (job.abandonable and said_cancelling and len(said_cancelling) == 1
                    and time.monotonic() - said_cancelling[0] >= CLOSE_HINT_AFTER_S):
                said_cancelling.append(time.monotonic())
                progress.setLabelText(progress.labelText() + "\n\n" + QCoreApplication.translate(
                    "Background", "If this lasts (a file on a network share that stopped answering), you can "
                                  "close the window: what you typed is saved as at any close, and what the read "
                                  "gives is dropped."))
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

    # The worker hears Cancel at once, not at the next look: a job that ends a moment after the
    # click must not give an answer the user has just declined.
    progress.canceled.connect(task.cancel)
    timer = QTimer(interval=POLL_MS)
    timer.timeout.connect(look)
    guard = _InputGuard(progress, _top_window(parent), close_requested, cancellable)
    QCoreApplication.instance().installEventFilter(guard)
    timer.start()
    try:
        if worker.is_alive():
            loop.exec()
    finally:
        timer.stop()
        QCoreApplication.instance().removeEventFilter(guard)
        progress.close()
        progress.deleteLater()
    if worker.is_alive():
        if job.abandonable:
            # Closed, or the program quits: a read may never end (a network share that stopped
            # answering); the daemon thread does not keep the process alive.
            if not job.abandoned:
                job.abandoned = True
                task.cancel()
                _log.warning("%s was left to end on its own while the program quits", object_name)
        else:
            worker.join()  # a job that writes ends before anything goes on: no half-written file
    for window in job.closing:
        # After the caller has returned (it sees the job's end first); through the window's own
        # closeEvent, which saves the open report as any close does.
        QTimer.singleShot(0, window, window.close)
