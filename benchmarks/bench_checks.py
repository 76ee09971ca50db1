"""Time of the checks (``check_report``), which the window runs at every key, against one pass
over the same report's text.

Two reports: the long report of ``bench_startup.py`` (8 OCMWs, 40 partnerships, 3,000-character
narrative) and the report ``tests/domain/test_printable.py`` checks (200 partnerships of accented
text and a narrative of accented Latin and Hebrew). The baseline is the floor of any check that
reads every text of the report in Python: one compiled regular expression searched over each
text field once. Alternating round by round in one process; medians.

    .venv/bin/python benchmarks/bench_checks.py [--rounds 200]
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

GOAL_MS = 2.0  # issue 17: the checks of a long report under 2 ms


def texts_of(value) -> list[str]:
    """Every string held by ``value`` (a report, its lists and dataclasses)."""
    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value):
        return [text for field in dataclasses.fields(value) for text in texts_of(getattr(value, field.name))]
    if isinstance(value, dict):
        return [text for item in value.items() for text in texts_of(item)]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [text for item in value for text in texts_of(item)]
    return []


def accented_report():
    from desktop_app.domain.model import Partnership
    from factories import make_valid_report

    report = make_valid_report()
    report.partnerships = [Partnership(f"Partnër {i}", "other", f"R-{i}", None, "Beschrijving é è " * 8)
                           for i in range(200)]
    report.narrative = ("Een verhaal met accenten é à ç en שלום. " * 80)[:3000]
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()

    from desktop_app.domain.checks import check_report
    from factories import TODAY, make_long_report

    pattern = re.compile(r"[^\w\s.,;:!?()'\"«»-]")
    print(f"checks (check_report) against one regular-expression pass over the report's text, "
          f"medians of {args.rounds} rounds")
    for name, report in (("long report (8 OCMWs, 40 partnerships)", make_long_report()),
                         ("200 accented partnerships, Hebrew narrative", accented_report())):
        texts = texts_of(report)
        check_report(report, today=TODAY)  # the first call compiles and loads what it needs
        program, baseline = [], []
        for _ in range(args.rounds):
            started = time.perf_counter()
            check_report(report, today=TODAY)
            program.append(time.perf_counter() - started)
            started = time.perf_counter()
            for text in texts:
                pattern.search(text)
            baseline.append(time.perf_counter() - started)
        checks, bare = statistics.median(program) * 1000, statistics.median(baseline) * 1000
        characters = sum(len(text) for text in texts)
        print(f"  {name}, {len(texts)} texts, {characters} characters: checks {checks:.2f} ms "
              f"(p99 {sorted(program)[int(0.99 * (len(program) - 1))] * 1000:.2f}), one pass {bare:.3f} ms, "
              f"ratio {checks / bare:.1f}; goal < {GOAL_MS:.0f} ms: {'met' if checks < GOAL_MS else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
