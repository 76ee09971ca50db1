"""Time to render the PDF when one text of the report is very long: 1k, 10k and 100k characters.

For each text field (the promoter's name, a member's name, a partner, a partnership's
description, the contact person), as words (a name repeated with spaces) and as one word
without any space, the PDF of a full report is rendered with that text at each length. Prints
the times and the ratios 10k/1k and 100k/10k: about 10 when the time grows linearly with the
length, about 100 when it grows with its square.

    .venv/bin/python benchmarks/bench_long_text.py [--lengths 1000,10000,100000] [--fields name,...]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY))
sys.path.insert(0, str(REPOSITORY / "tests"))


def _set(report, field: str, text: str) -> None:
    if field == "promoter":
        report.promoter.name = text
    elif field == "member":
        report.members[0].name = text
    elif field == "contact":
        report.promoter.contact_person = text
    elif field == "partner":
        report.partnerships[0].partner = text
    elif field == "description":
        report.partnerships[0].description = text
    else:
        raise ValueError(field)


FIELDS = ("promoter", "member", "contact", "partner", "description")


def text_of(length: int, kind: str) -> str:
    if kind == "words":
        return ("Sint-Lievens-Houtem " * (length // 20 + 1))[:length]
    return ("Sint-Lievens-Houtem" * (length // 19 + 1)).replace("-", "")[:length]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lengths", default="1000,10000,100000")
    parser.add_argument("--fields", default=",".join(FIELDS))
    args = parser.parse_args()
    lengths = [int(x) for x in args.lengths.split(",")]

    from desktop_app.export.pdf import render_pdf
    from factories import make_valid_report

    render_pdf(make_valid_report(), b"<x/>")  # fonts loaded
    print(f"{'field':<12} {'kind':<6} " + " ".join(f"{n:>9,}" for n in lengths) + "   ratios")
    for field in args.fields.split(","):
        for kind in ("words", "word"):
            times = []
            for length in lengths:
                report = make_valid_report()
                _set(report, field, text_of(length, kind))
                start = time.perf_counter()
                pdf = render_pdf(report, b"<x/>")
                times.append(time.perf_counter() - start)
                assert pdf.startswith(b"%PDF")
            ratios = " ".join(f"{b / a:5.1f}" for a, b in zip(times, times[1:]))
            print(f"{field:<12} {kind:<6} " + " ".join(f"{t:8.2f}s" for t in times) + f"   {ratios}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
