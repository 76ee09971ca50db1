"""Reading submission files: the largest real report and hostile files near the size limit,
each read three times in the same process (a later read must not be slower), against lxml
only parsing the same bytes.

- the largest real report: every OCMW of Belgium (581), 4,067 counts, 3,002 partnerships, 1.9 MB;
- 63,000 counts (the file of the issue, 2 MB): refused before the schema by the element bound;
- 4,049 counts all for one OCMW (with the other categories' 18, at the bound): duplicates found by the program's linear
  check, which libxml2 made quadratic.

    .venv/bin/python benchmarks/bench_submission.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import statistics
import sys
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY))
sys.path.insert(0, str(REPOSITORY / "tests"))


def files() -> dict[str, bytes]:
    from factories import make_valid_report

    from desktop_app.domain.model import PARTNERSHIP_CATEGORIES, TRAINING_CATEGORIES, Partnership
    from desktop_app.export.submission import MAX_COUNTS, MAX_OCMWS, to_xml

    report = make_valid_report()
    for number in range(MAX_OCMWS - 3):
        report.add_member(f"OCMW {number}")
    for category in TRAINING_CATEGORIES:
        for ocmw in report.ocmws:
            report.set_count(category, ocmw.id, 1)
    report.partnerships += [
        Partnership(f"Partner {n}", PARTNERSHIP_CATEGORIES[n % 7], f"SO-{n:05d}", dt.date(2016, 2, 1),
                    "Gezamenlijke intakes en opvolging van de deelnemers. " * 6)
        for n in range(3000)
    ]
    largest = to_xml(report)
    small = to_xml(make_valid_report()).decode()
    match = re.search(r'(<category code="[^"]+">)(.*?)(<total>)', small, re.S)

    def counts(text: str) -> bytes:
        return (small[:match.start(2)] + text + small[match.end(2):]).encode()

    return {
        "largest real report (581 OCMWs)": largest,
        "63,000 counts, 2 MB (refused)": counts("".join(f'<count ocmw="o{n}">1</count>' for n in range(63_000))),
        f"{MAX_COUNTS - 18:,} counts of one OCMW": counts('<count ocmw="o1">1</count>' * (MAX_COUNTS - 18)),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    from lxml import etree

    from desktop_app.export.submission import SubmissionError, _safe_parser, read_submission

    print(f"reading a submission file, {args.rounds} reads each in one process; baseline: lxml parsing the bytes")
    for name, data in files().items():
        reads, parses = [], []
        outcome = "read"
        for _ in range(args.rounds):
            started = time.perf_counter()
            try:
                read_submission(data)
            except SubmissionError as refused:
                outcome = f"refused ({len(refused.problems)} problems)"
            reads.append(time.perf_counter() - started)
            started = time.perf_counter()
            etree.fromstring(data, _safe_parser())
            parses.append(time.perf_counter() - started)
        r, p = statistics.median(reads) * 1000, statistics.median(parses) * 1000
        print(f"{name:34s} {len(data) / 1e6:4.2f} MB  {outcome:22s} {r:7.0f} ms (reads: "
              f"{', '.join(f'{x * 1000:.0f}' for x in reads)})  parse only {p:5.0f} ms  ratio {r / p:5.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
