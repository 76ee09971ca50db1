"""The list of reports with 2,500 reports: refreshing it against listing them, and the start of
the program on it against the start on an empty file.

- refresh: ``MainWindow.refresh_lists()`` (what closing a report, an export, delete, restore and
  a language switch do) until the list is painted again, against the two ``list_reports()``
  calls it makes (the reports and the bin) on the same store, in the same rounds;
- start: a fresh process until the main window on its list is shown (as ``bench_startup.py``),
  with 2,500 reports against an empty database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_list.py [--reports 2500] [--rounds 15]
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
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from bench_startup import PROGRAM, measure

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from desktop_app.storage import ReportStore
    from desktop_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        full, empty = Path(folder) / "many.sqlite", Path(folder) / "empty.sqlite"
        make_database(full, args.reports)
        ReportStore.open(empty).close()

        store = ReportStore.open(full)
        window = MainWindow(store)
        window.resize(1180, 760)
        window.show()
        app.processEvents()
        refresh, listing = [], []
        for _ in range(args.rounds):
            started = time.perf_counter()
            window.refresh_lists()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.UpdateRequest)
            refresh.append(time.perf_counter() - started)
            started = time.perf_counter()
            store.list_reports()
            store.list_reports(deleted=True)
            listing.append(time.perf_counter() - started)
        shown = window.report_list.model().rowCount()
        window.close()

        env = dict(os.environ, PYTHONPATH=str(REPOSITORY))
        starts: dict[str, list[float]] = {"many": [], "empty": []}
        for path in (full, empty):  # warm the caches, untimed
            measure(PROGRAM, [str(path)], env)
        for round_ in range(max(3, args.rounds // 2)):
            for name, path in (("many", full), ("empty", empty))[:: 1 if round_ % 2 == 0 else -1]:
                starts[name].append(measure(PROGRAM, [str(path)], env)[0])  # until the list has painted

    assert shown == args.reports, shown
    r, b = statistics.median(refresh) * 1000, statistics.median(listing) * 1000
    print(f"list of {args.reports:,} reports, medians of {args.rounds} rounds")
    print(f"refresh_lists() until painted      {r:7.1f} ms   list_reports() x2 {b:6.1f} ms   ratio {r / b:5.2f}"
          f"   goal < {GOAL_MS:g} ms: {'met' if r < GOAL_MS else 'NOT met'}")
    m, e = statistics.median(starts["many"]) * 1000, statistics.median(starts["empty"]) * 1000
    print(f"start until the list is shown      {m:7.1f} ms   empty database    {e:6.1f} ms   ratio {m / e:5.2f}"
          f"   (the list's own cost {m - e:.0f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
