"""The list of reports with 2,500 reports: refreshing it against listing them, and the start of
the program on it against the start on an empty file.

- refresh: ``MainWindow.refresh_lists()`` (what closing a report, an export, delete, restore and
  a language switch do) until the list is painted again, against the two ``list_reports()``
  calls it makes (the reports and the bin) on the same store, in the same rounds;
- start: a fresh process until the main window on its list is shown (as ``bench_startup.py``),
  with 2,500 reports against an empty database;
- the window's thread blocked (issue 17: nothing on it longer than 100 ms): the longest time a
  1 ms timer of the window's thread waited while the restore dialog opened and read its 22
  backups, while a backup was restored, while a copy of a report was saved, and while a save
  the window waits for (changing page, Retry, export, closing) found the ten-minute backup due,
  against the same work called directly (``list_backups``, ``restore_backup`` + opening the
  store, ``write_copy``: what the window waited for when it did the work itself) or, for the
  save, against the same save with no backup due, in the same rounds.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_list.py [--reports 2500] [--rounds 15]
        [--blocking-only] [--fsync-delay-ms 50] [--dir FOLDER-ON-DISK]

``--fsync-delay-ms`` (with ``--blocking-only``) times the window's thread again under ``strace``,
every ``fsync`` waiting that long, as on a slow or network disk (Debian: ``apt install strace``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY))
sys.path.insert(0, str(REPOSITORY / "benchmarks"))

GOAL_MS = 50.0
UNDER_STRACE = "CLUSTERVERSLAG_BENCH_UNDER_STRACE"
BLOCK_GOAL_MS = 100.0
BACKUPS = 22


def make_database(path: Path, count: int) -> None:
    from desktop_app.domain.model import Organisation, Report
    from desktop_app.storage import ReportStore

    store = ReportStore.open(path)
    try:
        with store._writing():  # one transaction for all of them
            for number in range(count):
                report = Report(year=2000 + number % 25)
                report.promoter = Organisation("o1", f"OCMW Gemeente {number:04d}")
                store.create(report)
    finally:
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=2500)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--blocking-only", action="store_true", help="only the window's thread blocked")
    parser.add_argument("--fsync-delay-ms", type=float, default=0.0,
                        help="run under strace, every fsync waiting this long (with --blocking-only)")
    parser.add_argument("--dir", type=Path, default=None, help="folder for the databases (on a real disk)")
    args = parser.parse_args()
    if args.fsync_delay_ms and not os.environ.get(UNDER_STRACE):
        from bench_typing import run_under_strace

        return run_under_strace(args, __file__)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from bench_startup import PROGRAM, measure

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from desktop_app.storage import ReportStore
    from desktop_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        full, empty = Path(folder) / "many.sqlite", Path(folder) / "empty.sqlite"
        make_database(full, args.reports)
        ReportStore.open(empty).close()

        store = ReportStore.open(full)
        window = MainWindow(store)
        window.resize(1180, 760)
        window.show()
        app.processEvents()
        refresh, listing = [], []
        for _ in range(0 if args.blocking_only else args.rounds):
            started = time.perf_counter()
            window.refresh_lists()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.UpdateRequest)
            refresh.append(time.perf_counter() - started)
            started = time.perf_counter()
            store.list_reports()
            store.list_reports(deleted=True)
            listing.append(time.perf_counter() - started)
        shown = window.report_list.model().rowCount()
        blocked = measure_blocking(app, window, full, args.rounds)
        window.close()

        env = dict(os.environ, PYTHONPATH=str(REPOSITORY))
        starts: dict[str, list[float]] = {"many": [], "empty": []}
        if not args.blocking_only:
            for path in (full, empty):  # warm the caches, untimed
                measure(PROGRAM, [str(path)], env)
            for round_ in range(max(3, args.rounds // 2)):
                for name, path in (("many", full), ("empty", empty))[:: 1 if round_ % 2 == 0 else -1]:
                    starts[name].append(measure(PROGRAM, [str(path)], env)[0])  # until the list has painted

    assert shown == args.reports, shown
    print(f"list of {args.reports:,} reports, medians of {args.rounds} rounds")
    if not args.blocking_only:
        r, b = statistics.median(refresh) * 1000, statistics.median(listing) * 1000
        print(f"refresh_lists() until painted      {r:7.1f} ms   list_reports() x2 {b:6.1f} ms   ratio {r / b:5.2f}"
              f"   goal < {GOAL_MS:g} ms: {'met' if r < GOAL_MS else 'NOT met'}")
        m, e = statistics.median(starts["many"]) * 1000, statistics.median(starts["empty"]) * 1000
        print(f"start until the list is shown      {m:7.1f} ms   empty database    {e:6.1f} ms   ratio {m / e:5.2f}"
              f"   (the list's own cost {m - e:.0f} ms)")
    disk = f"every fsync delayed {args.fsync_delay_ms:g} ms (strace)" if args.fsync_delay_ms else "this disk"
    for name, (program, direct) in blocked.items():
        p, d = statistics.median(program) * 1000, statistics.median(direct) * 1000
        baseline = "the same, none due" if name.endswith("backup due") else "the work itself"
        print(f"window's thread blocked: {name:<30} {p:6.1f} ms   {baseline:<18} {d:6.1f} ms"
              f"   goal < {BLOCK_GOAL_MS:g} ms: {'met' if p < BLOCK_GOAL_MS else 'NOT met'}   ({disk})")
    return 0


def longest_block(app, action, until=lambda: True) -> float:
    """Run ``action`` from the window's event loop and wait until ``until()``; the longest time
    (seconds) a 1 ms timer of the window's thread waited meanwhile."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    ticks: list[float] = []
    done: list[bool] = []
    ticker = QTimer(interval=1)
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    watch = QTimer(interval=5)
    watch.timeout.connect(lambda: loop.quit() if done and until() else None)

    def run() -> None:
        ticks.append(time.perf_counter())
        action()
        done.append(True)

    ticker.start()
    watch.start()
    QTimer.singleShot(0, run)
    loop.exec()
    ticks.append(time.perf_counter())
    ticker.stop()
    watch.stop()
    app.processEvents()
    return max(later - earlier for earlier, later in zip(ticks, ticks[1:]))


def measure_blocking(app, window, db_path: Path, rounds: int) -> dict[str, tuple[list[float], list[float]]]:
    """The window's thread blocked while the restore dialog reads the backups, while a backup
    is restored and while a copy is saved, each against the work done directly."""
    import datetime as dt

    from desktop_app.export.copy import copy_format, write_copy
    from desktop_app.storage import ReportStore
    from desktop_app.storage import backups

    for month in range(BACKUPS):  # a month apart: pruning keeps the newest ten and one per month
        backups.take_backup(window.store.conn, db_path, dt.datetime(2025, 1, 1, 9) + dt.timedelta(days=month * 31))
    listed = backups.list_backups(db_path)
    assert len(listed) == BACKUPS, len(listed)
    window.inform = lambda *_args: None  # "Copy saved": a message box would wait for a click
    results: dict[str, tuple[list[float], list[float]]] = {
        "opening the restore dialog": ([], []), "restoring a backup": ([], []), "saving a copy": ([], []),
        "a save waited for, backup due": ([], [])}
    folder = db_path.parent
    for round_ in range(rounds):
        dialogs = []
        program, direct = results["opening the restore dialog"]
        program.append(longest_block(app, lambda: dialogs.append(window.restore_from_backup()),
                                     lambda: dialogs[0].listed))
        dialogs[0].reject()
        started = time.perf_counter()
        backups.list_backups(db_path)
        direct.append(time.perf_counter() - started)

        program, direct = results["restoring a backup"]
        program.append(longest_block(app, lambda: window.restore_backup(listed[round_ % 3].path)))
        path = window.store.path
        window.store.close()
        started = time.perf_counter()
        backups.restore_backup(path, listed[round_ % 3].path)
        store = ReportStore.open(path)
        direct.append(time.perf_counter() - started)
        store.close()
        window.store = ReportStore.open(path)
        for aside in folder.glob("*-before-restore-*"):
            aside.unlink()

        report_id = window.store.list_reports()[0].id
        window.open_report(report_id)
        app.processEvents()
        # Changing page, Retry, export and closing wait for a save; the ten-minute backup may
        # be due at that save (before: taken inside it, so the window waited for it too).
        program, direct = results["a save waited for, backup due"]
        store = window.store
        store.backups, store._last_backup = True, float("-inf")
        window.wizard.report.narrative = f"round {round_}"
        window.saver.schedule()
        program.append(longest_block(app, window.saver.save_now))
        store.writer.submit(lambda: None).wait()  # the backup, behind the save, has been taken
        store.backups = False
        window.wizard.report.narrative = f"round {round_}, no backup due"
        window.saver.schedule()
        direct.append(longest_block(app, window.saver.save_now))  # the same save alone

        program, direct = results["saving a copy"]
        program.append(longest_block(app, lambda: window.save_copy(folder / f"copy-{round_}.sqlite")))
        window.close_report()
        report = window.store.load(report_id)
        started = time.perf_counter()
        kind, data = copy_format(report)
        write_copy(report, folder / f"direct-{round_}.{kind}", kind, data)
        direct.append(time.perf_counter() - started)
    return results


if __name__ == "__main__":
    raise SystemExit(main())
