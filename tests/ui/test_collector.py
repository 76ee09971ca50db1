"""Python's cyclic collector never runs in a worker thread once the window exists: garbage in a
reference cycle holding a Qt object, freed in a worker, deadlocked Qt's locks against Python's
(a signature's worker froze the window now and then)."""

from __future__ import annotations

import gc
import threading

from desktop_app.ui import background
from desktop_app.ui.collector import INTERVAL_MS


class Cycle:
    """A reference cycle that records the thread it is freed in."""

    freed_in: list[str] = []

    def __init__(self):
        self.me = self

    def __del__(self):
        Cycle.freed_in.append(threading.current_thread().name)


def allocate_a_lot(_task) -> None:
    # Many container objects: the automatic collector, were it on, would run in this thread.
    keep = [[i] for i in range(200_000)]
    del keep


def test_garbage_in_cycles_is_freed_on_the_windows_thread_not_in_a_worker(show_window, qtbot):
    window = show_window()
    Cycle.freed_in.clear()
    for _ in range(50):
        Cycle()  # unreachable at once: only a collection frees it
    background.run_in_background(window, allocate_a_lot, title="t", label=lambda d, t: "")
    assert threading.current_thread() is threading.main_thread()
    assert "background" not in " ".join(Cycle.freed_in)
    assert Cycle.freed_in == [] or set(Cycle.freed_in) == {threading.main_thread().name}
    # The window's thread frees them by the usual thresholds, from its timer: past the first.
    more = [[i] for i in range(2 * gc.get_threshold()[0])]
    qtbot.waitUntil(lambda: len(Cycle.freed_in) == 50, timeout=INTERVAL_MS * 8)
    del more
    assert set(Cycle.freed_in) == {threading.main_thread().name}


def test_the_automatic_collector_is_off_while_a_window_exists(show_window):
    show_window()
    assert not gc.isenabled()
