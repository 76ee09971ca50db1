"""Cost of the integrity check the store runs when it opens a database, on a large file.

Builds (once, in ``--dir``) a database of ``--reports`` copies of the long report of
``bench_startup.py`` (8 OCMWs, 40 partnerships, a 3,000-character narrative, every count and
cost: far more than a real report), then times, alternating round by round on fresh
connections: ``PRAGMA quick_check`` (what the store runs), ``PRAGMA integrity_check`` (the full
check, for comparison), ``ReportStore.open`` + ``close`` as a whole, and the baseline, opening
the file with plain ``sqlite3`` and reading its schema. Prints medians.

    .venv/bin/python benchmarks/bench_integrity.py [--reports 2500] [--rounds 9] [--dir FOLDER]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY))
sys.path.insert(0, str(REPOSITORY / "benchmarks"))


def build(path: Path, count: int) -> None:
    from bench_startup import long_report

    from desktop_app.storage import ReportStore

    store = ReportStore.open(path)
    report = long_report()
    existing = len(store.list_reports())
    # Many reports in one transaction: building the file is not what is measured.
    with store._writing():
        for _ in range(existing, count):
            store.create(report)
    store.close()


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def check(path: Path, pragma: str) -> None:
    conn = sqlite3.connect(path)
    assert conn.execute(f"PRAGMA {pragma}").fetchone()[0] == "ok"
    conn.close()


def bare(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("SELECT name FROM sqlite_master").fetchall()
    conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=2500)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()

    from desktop_app.storage import ReportStore

    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        path = Path(folder) / "large.sqlite"
        start = time.perf_counter()
        build(path, args.reports)
        print(f"{args.reports} reports, {path.stat().st_size / 2**20:.1f} MiB, built in {time.perf_counter() - start:.1f} s")
        times: dict[str, list[float]] = {"quick_check": [], "integrity_check": [], "store open": [], "bare open": []}
        for _ in range(args.rounds):
            times["quick_check"].append(timed(lambda: check(path, "quick_check")))
            times["integrity_check"].append(timed(lambda: check(path, "integrity_check")))
            times["store open"].append(timed(lambda: ReportStore.open(path).close()))
            times["bare open"].append(timed(lambda: bare(path)))
    for name, values in times.items():
        print(f"{name:18} {statistics.median(values) * 1000:8.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
