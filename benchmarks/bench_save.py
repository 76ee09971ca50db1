"""Time of one autosave of a long report, against a bare durable one-row commit.

In one process, alternating round by round: the store saving the long report of
``bench_startup.py`` with one character of its narrative changed (what a keystroke costs), and
the baseline, plain ``sqlite3`` inserting one row in its own transaction with the same
durability (rollback journal, ``synchronous=EXTRA``) into a file in the same folder. Both write
to a real disk: give ``--dir`` a folder on the disk the data folder is on (not a tmpfs).

    .venv/bin/python benchmarks/bench_save.py [--rounds 40] [--dir FOLDER]
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--dir", type=Path, default=None, help="folder for the two files (default: a temporary one)")
    args = parser.parse_args()

    from bench_startup import long_report

    from desktop_app.storage import ReportStore

    report = long_report()
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        store = ReportStore.open(Path(folder) / "reports.sqlite")
        report_id = store.create(report)
        mode = store.conn.execute("PRAGMA journal_mode").fetchone()[0]
        bare = sqlite3.connect(Path(folder) / "bare.sqlite", isolation_level=None)
        bare.execute("PRAGMA journal_mode = DELETE")
        bare.execute("PRAGMA synchronous = EXTRA")
        bare.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT)")
        times: dict[str, list[float]] = {"save": [], "bare": []}
        narrative = report.narrative
        for round_ in range(args.rounds):
            report.narrative = narrative[:-1] + "xy"[round_ % 2]
            start = time.perf_counter()
            assert store.save(report_id, report)
            times["save"].append(time.perf_counter() - start)
            start = time.perf_counter()
            bare.execute("BEGIN")
            bare.execute("INSERT INTO t (text) VALUES (?)", [str(round_)])
            bare.execute("COMMIT")
            times["bare"].append(time.perf_counter() - start)
        store.close()
        bare.close()
    save, base = statistics.median(times["save"]), statistics.median(times["bare"])
    print(f"journal mode of the store: {mode}; {args.rounds} rounds, medians")
    print(f"save of the long report:          {save * 1000:7.2f} ms")
    print(f"bare durable 1-row commit:        {base * 1000:7.2f} ms")
    print(f"ratio:                            {save / base:7.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
