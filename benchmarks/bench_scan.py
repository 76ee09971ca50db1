"""Reading a scanned print back (issue 16): how long a five-page scan takes, and which share of
spoilt pages still give all their data codes, at 150, 200 and 300 dpi.

    .venv/bin/python benchmarks/bench_scan.py [--seeds 8] [--rounds 5]

The long report (8 OCMWs, 40 partnerships, a full narrative: six pages, six codes on the first
three) is rendered with PDFium like a flatbed scan, each page with codes is spoilt with
``tests/scan_pictures.py`` (turned up to 5°, scaled, blurred, noisy, in perspective, JPEG),
and read with the program's reader (:func:`desktop_app.export.scan.read_codes`). A page counts
as read when every code printed on it was read. The times are medians, the machine as it is.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from desktop_app.export import datacodes  # noqa: E402
from desktop_app.export.pdf import render_pdf  # noqa: E402
from desktop_app.export.scan import read_codes, read_scan  # noqa: E402
from desktop_app.export.submission import to_xml  # noqa: E402
from factories import make_long_report  # noqa: E402
from scan_pictures import Distortion, distort, phone_like, render_pages, scanner_like  # noqa: E402


def harsh(seed: int) -> Distortion:
    """Beyond a decent scan: 5°, strong blur, heavy noise, 4 % perspective, JPEG quality 25."""
    import random

    rng = random.Random(seed)
    return Distortion(angle=rng.choice((-5, 5)), scale=rng.uniform(0.9, 1.1), blur=1.4, noise=18,
                      perspective=0.04, quality=25)


SETTINGS = {
    "clean (grey PNG)": lambda seed: Distortion(),
    "scanner (≤5°, blur ≤0.9 px, JPEG 40-60)": scanner_like,
    "phone (≤5°, persp. ≤3 %, blur ≤1 px, JPEG 35-55)": phone_like,
    "harsh (5°, blur 1.4 px, noise 18, persp. 4 %, JPEG 25)": harsh,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=int, default=8, help="spoilt copies of each page per setting")
    parser.add_argument("--rounds", type=int, default=5, help="timed reads of the five-page scan")
    args = parser.parse_args()

    report = make_long_report()
    xml = to_xml(report)
    pdf = render_pdf(report, xml)
    count = len(datacodes.encode_chunks(xml))
    print(f"long report: {len(xml)} bytes of XML, {count} data codes, "
          f"{datacodes.page_of_chunk(count)} pages with codes")

    # The time to read a five-page scan: five JPEG pictures at 200 dpi, and one scanner PDF.
    with tempfile.TemporaryDirectory() as folder:
        pages = render_pages(pdf, 200)[:5]
        pictures = []
        for number, page in enumerate(pages, start=1):
            path = Path(folder) / f"scan-{number}.jpg"
            distort(page, scanner_like(number), seed=number).save(path, "JPEG", quality=60)
            pictures.append(path)
        scanner_pdf = Path(folder) / "scan.pdf"
        pages[0].save(scanner_pdf, save_all=True, append_images=pages[1:], resolution=200)
        for label, paths in (("five JPEG pictures, 200 dpi", pictures), ("scanner PDF of five pages, 200 dpi",
                                                                          [scanner_pdf])):
            times = []
            for _ in range(args.rounds):
                started = time.perf_counter()
                assert read_scan(paths).data == xml
                times.append(time.perf_counter() - started)
            print(f"read a five-page scan ({label}): median {statistics.median(times):.2f} s "
                  f"(min {min(times):.2f}, max {max(times):.2f}, {args.rounds} rounds)")

    print()
    print(f"pages read whole (all their codes), of {args.seeds} spoilt copies of each page with codes:")
    header = f"{'setting':<58}" + "".join(f"{dpi:>10} dpi" for dpi in (150, 200, 300))
    print(header)
    rows = {name: [] for name in SETTINGS}
    for dpi in (150, 200, 300):
        pages = render_pages(pdf, dpi)[:datacodes.page_of_chunk(count)]
        for name, make in SETTINGS.items():
            read = total = 0
            for seed in range(args.seeds):
                for index, page in enumerate(pages):
                    expected = {n for n in (2 * index + 1, 2 * index + 2) if n <= count}
                    texts, _ = read_codes(distort(page, make(seed * 100 + index), seed=seed))
                    numbers = {datacodes.parse_chunk(t).number for t in texts if t.startswith("CV1:")}
                    read += expected <= numbers
                    total += 1
            rows[name].append(f"{read}/{total} ({100 * read / total:.0f} %)")
    for name, cells in rows.items():
        print(f"{name:<58}" + "".join(f"{cell:>14}" for cell in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
