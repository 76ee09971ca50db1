"""Time of the final export of a full report (the submission file and the PDF, written to disk).

In one process, alternating round by round with a bare baseline: reportlab's platypus writing a
one-page PDF of one paragraph, the least any PDF export costs. Prints medians, the ratio, and
the absolute time against the goal (well under half a second for both files).

    .venv/bin/python benchmarks/bench_export.py [--rounds 15]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY))
sys.path.insert(0, str(REPOSITORY / "benchmarks"))

GOAL_SECONDS = 0.5


def bare_pdf() -> bytes:
    """The baseline: one paragraph on one page with reportlab's platypus."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([Paragraph("Hello", getSampleStyleSheet()["Normal"])])
    return buffer.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    rounds = parser.parse_args().rounds

    from bench_startup import long_report

    from desktop_app.export.files import export_report

    report = long_report()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        start = time.perf_counter()
        result = export_report(report, out)
        first = time.perf_counter() - start
        bare_pdf()
        times: dict[str, list[float]] = {"export": [], "bare": []}
        for _ in range(rounds):
            start = time.perf_counter()
            export_report(report, out)
            times["export"].append(time.perf_counter() - start)
            start = time.perf_counter()
            bare_pdf()
            times["bare"].append(time.perf_counter() - start)
        pages = result.pdf_path.read_bytes().count(b"/Type /Page\n") or "?"
        sizes = (result.pdf_path.stat().st_size, result.xml_path.stat().st_size)

    export, bare = statistics.median(times["export"]), statistics.median(times["bare"])
    print(f"long report: 8 OCMWs, 40 partnerships, 3,000-character narrative; PDF {sizes[0] // 1024} KiB, "
          f"XML {sizes[1] // 1024} KiB, {pages} pages")
    print(f"first export in the process (fonts loaded)  {first * 1000:7.0f} ms")
    print(f"export (XML + PDF, written), median          {export * 1000:7.0f} ms   ({rounds} runs)")
    print(f"bare one-page reportlab PDF, median          {bare * 1000:7.0f} ms")
    print(f"ratio {export / bare:.1f}; goal well under {GOAL_SECONDS * 1000:.0f} ms: "
          f"{'met' if max(export, first) < GOAL_SECONDS else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
