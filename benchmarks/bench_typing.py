"""Keystroke latency while typing into the long report, against a bare Qt widget.

A key is "pressed" at a planned moment (one every ``--interval-ms``); the window's thread takes
it in as soon as it is free (a save or a check in progress delays it, which is what a user
feels), handles it as a real key (``QTest.keyClick`` on the widget with the focus) and paints
what changed. Latency is from the planned moment until the paint is done. Two places:

- the narrative (a ``QPlainTextEdit``; every key changes the report: store, checks, autosave),
  against a bare ``QPlainTextEdit`` in a window of the same size;
- a cost cell (digits into the cell's editor, Enter commits the amount and goes down a row:
  store, computations, checks, autosave), against a bare ``QTableWidget`` edited the same way.

Also the time of the checks of the long report (``check_report``) and of the wizard's whole
update after a change (computations, checks, marks), which run on the window's thread.

``--fsync-delay-ms 50`` runs the whole measurement again under ``strace``, which makes every
``fsync``/``fdatasync`` of the process wait that long (a slow or network disk); the bare widgets
do not write and are measured in the same process for the same tracing overhead.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_typing.py [--keys 200]
        [--interval-ms 50] [--fsync-delay-ms 50] [--dir FOLDER-ON-DISK]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY))
sys.path.insert(0, str(REPOSITORY / "benchmarks"))

GOAL_MS = 16.0  # one frame at 60 Hz
CHECK_GOAL_MS = 2.0
UNDER_STRACE = "CLUSTERVERSLAG_BENCH_UNDER_STRACE"


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


class Typist:
    """Presses keys at planned moments from another thread; the window's thread handles each
    one when it is free and notes when its paint is done."""

    def __init__(self, app, keys, interval: float, before_key=None, after_key=None):
        from PySide6.QtCore import QEvent, QObject

        self.app = app
        self.keys = keys
        self.interval = interval
        self.before_key = before_key
        self.after_key = after_key  # what to note after each key (outside its time)
        self.noted: list = []
        self.latencies: list[float] = []
        self.cpu: list[float] = []  # the window's thread's CPU time per key (the load stretches it less)
        self.done = threading.Event()
        typist = self

        class KeyEvent(QEvent):
            TYPE = QEvent.Type(QEvent.registerEventType())

            def __init__(self, planned: float, key):
                super().__init__(self.TYPE)
                self.planned, self.key = planned, key

        class Receiver(QObject):
            def event(self, event):  # noqa: N802 - Qt's name
                if event.type() == KeyEvent.TYPE:
                    typist._press(event.planned, event.key)
                    return True
                return super().event(event)

        self._event_class = KeyEvent
        self._receiver = Receiver()

    def _press(self, planned: float, key) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent, Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        cpu = time.thread_time()
        if self.before_key is not None:
            self.before_key()
        widget = QApplication.focusWidget()
        if isinstance(key, str):
            QTest.keyClick(widget, key)
        else:
            QTest.keyClick(widget, key, Qt.KeyboardModifier.NoModifier)
        # What the key set going (a table's editor commits its value in a queued call), then
        # the paint of what changed (Qt paints on an UpdateRequest it posts to itself).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.UpdateRequest)
        self.latencies.append(time.perf_counter() - planned)
        self.cpu.append(time.thread_time() - cpu)
        if self.after_key is not None:
            self.noted.append(self.after_key())
        if len(self.latencies) == len(self.keys):
            self.done.set()

    def run(self) -> list[float]:
        from PySide6.QtCore import QCoreApplication

        def press_keys():
            start = time.perf_counter() + 0.2
            for number, key in enumerate(self.keys):
                planned = start + number * self.interval
                delay = planned - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)
                QCoreApplication.postEvent(self._receiver, self._event_class(planned, key))

        thread = threading.Thread(target=press_keys, daemon=True)
        thread.start()
        deadline = time.monotonic() + 10 + len(self.keys) * self.interval * 3
        while not self.done.is_set() and time.monotonic() < deadline:
            self.app.processEvents()
            time.sleep(0.0005)
        thread.join()
        if not self.done.is_set():
            raise RuntimeError("the keys were not all handled")
        return self.latencies


def narrative_keys(count: int) -> list:
    from PySide6.QtCore import Qt

    text = "de taallessen werkten goed "
    keys = []
    for number in range(count):
        keys.append(Qt.Key.Key_Backspace if number % 10 == 9 else text[number % len(text)])
    return keys


def cell_keys(count: int) -> list:
    from PySide6.QtCore import Qt

    keys: list = []
    while len(keys) < count:  # a new amount in every cell: each Enter changes the report
        keys += [*str(1000 + 7 * len(keys)), Qt.Key.Key_Return]
    return keys[:count]


def settle(app, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.002)


def measure_program(app, db_path: Path, report_id: int, keys: int, interval: float) -> dict[str, list[float]]:
    from PySide6.QtGui import QTextCursor

    from desktop_app.ui import create_main_window
    from desktop_app.ui.wizard import PageId

    window = create_main_window(db_path, report_id)
    window.resize(1180, 760)
    window.show()
    window.activateWindow()
    settle(app, 0.3)
    wizard = window.wizard
    results = {"saves": []}
    real_save = window.store.save

    def timed_save(*args, **kwargs):  # on the writer's thread: how long the disk made it wait
        started = time.perf_counter()
        try:
            return real_save(*args, **kwargs)
        finally:
            results["saves"].append(time.perf_counter() - started)

    window.store.save = timed_save
    results["handed"] = []
    real_submit = window.saver._submit

    def timed_submit(*args, **kwargs):  # on the window's thread: what a save costs it (the snapshot)
        started = time.perf_counter()
        try:
            return real_submit(*args, **kwargs)
        finally:
            results["handed"].append(time.perf_counter() - started)

    window.saver._submit = timed_submit

    wizard.show_page(PageId.NARRATIVE)
    editor = wizard.findChild(type(wizard.pages[PageId.NARRATIVE].editor), "narrative")
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    settle(app, 0.2)
    results["narrative"] = Typist(app, narrative_keys(keys), interval).run()
    assert window.saver.flush()

    wizard.show_page(PageId.COSTS)
    table = wizard.pages[PageId.COSTS].table
    model = table.model()
    rows = model.rowCount() - 1  # the totals row takes no typing

    def to_a_typed_cell():
        from PySide6.QtWidgets import QApplication

        if QApplication.focusWidget() is table and table.currentIndex().row() >= rows:
            table.setCurrentIndex(model.index(0, (table.currentIndex().column() + 1) % 4))

    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    settle(app, 0.2)
    costs = wizard.pages[PageId.COSTS]
    titles = [costs.title()]
    typist = Typist(app, cell_keys(keys), interval, to_a_typed_cell, after_key=costs.title)
    results["cost cell"] = typist.run()
    results["Enter cpu"] = [cpu for key, cpu in zip(typist.keys, typist.cpu) if not isinstance(key, str)]
    # The Enters that changed the count in the title of the page shown, apart from the others.
    titles += typist.noted
    enters = [(latency, titles[number] != titles[number + 1])
              for number, (key, latency) in enumerate(zip(typist.keys, typist.latencies)) if not isinstance(key, str)]
    results["Enter, count changed"] = [latency for latency, changed in enters if changed]
    results["Enter, count as it was"] = [latency for latency, changed in enters if not changed]
    assert window.saver.flush()
    stored = window.store.load(report_id)
    assert stored.costs == wizard.report.costs and stored.narrative == wizard.report.narrative

    # The wizard's whole update after a change, and the checks alone.
    from desktop_app.domain.checks import check_report

    update, checks = [], []
    for _ in range(50):
        started = time.perf_counter()
        wizard.check(refresh=True)
        update.append(time.perf_counter() - started)
        started = time.perf_counter()
        check_report(wizard.report)
        checks.append(time.perf_counter() - started)
    results["update"], results["checks"] = update, checks
    window.close()
    settle(app, 0.1)
    return results


def measure_bare(app, keys: int, interval: float) -> dict[str, list[float]]:
    from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit, QTableWidget, QTableWidgetItem

    results = {}
    window = QMainWindow()
    editor = QPlainTextEdit()
    editor.setPlainText(("Het project liep goed; de taallessen werkten.\n" * 100)[:2600])
    window.setCentralWidget(editor)
    window.resize(1180, 760)
    window.show()
    window.activateWindow()
    settle(app, 0.2)
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    results["narrative"] = Typist(app, narrative_keys(keys), interval).run()
    table = QTableWidget(6, 4)
    for row in range(6):
        for column in range(4):
            table.setItem(row, column, QTableWidgetItem("1.000,00"))
    window.setCentralWidget(table)
    settle(app, 0.2)

    def to_a_typed_cell():
        if QApplication.focusWidget() is table and table.currentRow() >= 5:
            table.setCurrentCell(0, (table.currentColumn() + 1) % 4)

    table.setFocus()
    table.setCurrentCell(0, 0)
    typist = Typist(app, cell_keys(keys), interval, to_a_typed_cell)
    results["cost cell"] = typist.run()
    results["Enter cpu"] = [cpu for key, cpu in zip(typist.keys, typist.cpu) if not isinstance(key, str)]
    window.close()
    settle(app, 0.1)
    return results


def run_under_strace(args, script: str = __file__) -> int:
    """Run ``script`` (this benchmark by default) again, with the same arguments, under strace
    delaying every fsync by ``args.fsync_delay_ms``."""
    strace = shutil.which("strace")
    if strace is None:
        print("strace is not installed: cannot delay fsync (Debian: apt install strace)")
        return 1
    delay_us = int(args.fsync_delay_ms * 1000)
    command = [strace, "-f", "-qq", "-o", "/dev/null", "--seccomp-bpf", "-e", "trace=fsync,fdatasync",
               "-e", f"inject=fsync,fdatasync:delay_enter={delay_us}",
               sys.executable, script, *sys.argv[1:]]
    env = dict(os.environ, **{UNDER_STRACE: "1"})
    return subprocess.call(command, env=env)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=200)
    parser.add_argument("--interval-ms", type=float, default=50.0)
    parser.add_argument("--fsync-delay-ms", type=float, default=0.0,
                        help="run under strace, every fsync waiting this long")
    parser.add_argument("--dir", type=Path, default=None, help="folder for the database (on a real disk)")
    args = parser.parse_args()
    if args.fsync_delay_ms and not os.environ.get(UNDER_STRACE):
        return run_under_strace(args)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from bench_startup import long_report

    from desktop_app.storage import ReportStore

    app = QApplication.instance() or QApplication([])
    interval = args.interval_ms / 1000
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        db_path = Path(folder) / "typing.sqlite"
        store = ReportStore.open(db_path)
        report = long_report()
        report.narrative = report.narrative[:2600]  # room to type within the 3,000 characters
        report_id = store.create(report)
        store.close()
        program = measure_program(app, db_path, report_id, args.keys, interval)
        bare = measure_bare(app, args.keys, interval)

    disk = f"every fsync delayed {args.fsync_delay_ms:g} ms (strace)" if args.fsync_delay_ms else "this disk"
    print(f"keystroke pressed -> repainted, {args.keys} keys, one every {args.interval_ms:g} ms, {disk}")
    print(f"{'':28s} {'program':>20s} {'bare widget':>20s} {'ratio p99':>10s}")
    for place in ("narrative", "cost cell"):
        p, b = program[place], bare[place]
        p99, b99 = percentile(p, 0.99) * 1000, percentile(b, 0.99) * 1000
        print(f"keystroke in the {place:10s} p99 {p99:8.1f} ms (max {max(p) * 1000:5.0f})"
              f" p99 {b99:6.1f} ms (max {max(b) * 1000:4.0f}) {p99 / b99:9.1f}"
              f"   goal p99 <= {GOAL_MS:g} ms: {'met' if p99 <= GOAL_MS else 'NOT met'}")
        slow = sum(1 for value in p if value > GOAL_MS / 1000)
        print(f"    median {statistics.median(p) * 1000:.1f} ms against {statistics.median(b) * 1000:.1f} ms;"
              f" {slow} of {len(p)} keys over {GOAL_MS:g} ms")
    for kind in ("Enter, count changed", "Enter, count as it was"):
        values = sorted(program[kind])
        if values:
            print(f"    an {kind + ':':24s} {len(values):3d} Enters, median {statistics.median(values) * 1000:.1f} ms,"
                  f" p90 {percentile(values, 0.9) * 1000:.1f} ms, max {values[-1] * 1000:.1f} ms"
                  f" (pressed -> repainted; the count is in the title of the page shown)")
    p, b = sorted(program["Enter cpu"]), sorted(bare["Enter cpu"])
    print(f"    an Enter in a cost cell (commits the amount), CPU time of the window's thread: median "
          f"{statistics.median(p) * 1000:.2f} ms, p90 {percentile(p, 0.9) * 1000:.2f} ms, max {p[-1] * 1000:.2f} ms"
          f" ({len(p)} Enters); bare {statistics.median(b) * 1000:.2f} ms, p90 {percentile(b, 0.9) * 1000:.2f} ms")
    saves = program["saves"]
    print(f"saves written meanwhile by the writer thread: {len(saves)}, median {statistics.median(saves) * 1000:.1f} ms"
          f" (max {max(saves) * 1000:.0f}); the window's thread spent a median"
          f" {statistics.median(program['handed']) * 1000:.2f} ms on each (its snapshot)")
    checks = statistics.median(program["checks"]) * 1000
    print(f"checks of the long report (check_report) median {checks:.2f} ms, p99 "
          f"{percentile(program['checks'], 0.99) * 1000:.2f} ms   goal < {CHECK_GOAL_MS:g} ms: "
          f"{'met' if checks < CHECK_GOAL_MS else 'NOT met'}")
    print(f"whole update after a change (computations, checks, marks) median "
          f"{statistics.median(program['update']) * 1000:.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
