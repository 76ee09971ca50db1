"""Python's cyclic garbage collector runs on the window's thread only.

The program has threads besides the window's: the store's writer, the workers that print,
export, sign, verify and read files. Python's collector runs in whichever thread happens to
allocate when a threshold is passed. When that is a worker, and the garbage it frees holds a Qt
object of the window (a widget or a connection in a reference cycle), Qt's destructor takes
Qt's own locks from the worker while the window's thread, holding Python's lock, waits for one
of them: both wait for ever and the window freezes (seen with py-spy during a signature: the
worker in a collection freeing a Qt object, the window's thread building the progress dialog).

So the automatic collector is switched off once the window exists, and a timer on the window's
thread runs the same collections by the same thresholds: objects in cycles are then always
freed where their Qt objects live. Freeing by reference counts is not affected.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

# How often the window's thread looks whether a collection is due (the thresholds decide).
INTERVAL_MS = 500


class MainThreadCollector(QObject):
    """Runs Python's collections from a timer on the thread that created it (the window's)."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect_when_due)
        gc.disable()
        self.timer.start()

    def collect_when_due(self) -> None:
        """The youngest generation when its threshold is passed, older ones by theirs."""
        first, second, third = gc.get_count()
        if first <= self.thresholds[0]:
            return
        generation = 0
        if second > self.thresholds[1]:
            generation = 1
            if third > self.thresholds[2]:
                generation = 2
        gc.collect(generation)


_COLLECTOR: MainThreadCollector | None = None


def collect_on_window_thread() -> MainThreadCollector:
    """Switch the automatic collector off and collect from the window's thread instead (call it
    on that thread, with the application made). Calling it again changes nothing."""
    global _COLLECTOR
    app = QCoreApplication.instance()
    if _COLLECTOR is None or not _alive_under(_COLLECTOR, app):
        _COLLECTOR = MainThreadCollector(app)
    gc.disable()
    return _COLLECTOR


def _alive_under(collector: MainThreadCollector, app: QCoreApplication | None) -> bool:
    try:
        return collector.parent() is app and collector.timer.isActive()
    except RuntimeError:  # its application is gone (a test made a new one)
        return False
