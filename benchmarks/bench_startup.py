"""Start-up time of the main window with a long report open, against a bare QWizard.

Each measurement is a fresh Python process, timed from its start until its window is shown
and the pending events are processed (the child prints a line then; the time of reading that
line is the end). The two programs alternate, round after round, so both meet the same
machine load. The goal is a ratio of at most 1.3.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_startup.py [--rounds 10] [--check]

With ``--check`` the exit status is 1 when the goal is not met.

A third program shows how much of the difference is the binding's own cost rather than the
program's: the bare wizard that also imports every PySide6 class the window's modules import
(PySide6 creates a class, with all its enums as Python enums, on first import; the ``Qt``
namespace alone holds about a hundred). It is timed in the same rounds and printed as a ratio
against the bare wizard too; it is not a goal, it is the floor under the program's figure. A fourth figure is the main window
as the program starts, on the list of reports with none open (not a goal either).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY))

GOAL = 1.3
FLOOR = "bare QWizard + window's Qt classes"
LIST = "main window, list of reports"  # what the program shows when it starts
WINDOW_SIZE = (1180, 760)

PROGRAM = """
import sys
from desktop_app.ui import create_main_window
from PySide6.QtWidgets import QApplication
app = QApplication([])
window = create_main_window(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else None)
window.resize({width}, {height})
window.show()
app.processEvents()
print("shown", flush=True)
""".format(width=WINDOW_SIZE[0], height=WINDOW_SIZE[1])

BARE_WIZARD = """
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage
app = QApplication([])
wizard = QWizard()
for number in range(6):
    page = QWizardPage()
    page.setTitle(f"Page {{number + 1}}")
    QVBoxLayout(page).addWidget(QLabel("A page of the wizard."))
    wizard.addPage(page)
wizard.resize({width}, {height})
wizard.show()
app.processEvents()
print("shown", flush=True)
""".format(width=WINDOW_SIZE[0], height=WINDOW_SIZE[1])


QT_CLASSES_OF_THE_WINDOW = """
import sys
from desktop_app.ui import create_main_window
window = create_main_window(sys.argv[1], int(sys.argv[2]))  # loads what opening a report loads
names = {}
for module_name, module in list(sys.modules.items()):
    if module_name.startswith("desktop_app.ui"):
        for value in vars(module).values():
            home = getattr(value, "__module__", "") or ""
            if isinstance(value, type) and home.startswith("PySide6.Qt"):
                names.setdefault(home, set()).add(value.__name__)
for home, classes in sorted(names.items()):
    print(home, " ".join(sorted(classes)))
"""


def bare_wizard_with_classes(env: dict[str, str], db_path: Path, report_id: int) -> str:
    """The bare wizard's program, preceded by importing the PySide6 classes that the window's
    modules import once a report is open (found by a child process, untimed)."""
    listing = subprocess.run([sys.executable, "-c", QT_CLASSES_OF_THE_WINDOW, str(db_path), str(report_id)],
                             capture_output=True,
                             text=True, env=env, cwd=REPOSITORY, check=True).stdout
    imports = "".join(f"from {line.split()[0]} import {', '.join(line.split()[1:])}\n"
                      for line in listing.splitlines() if line.strip())
    return imports + BARE_WIZARD


def long_report():
    """8 OCMWs, 40 partnerships, a narrative of 3,000 characters, every count and cost."""
    from desktop_app.domain.model import (
        COST_CATEGORIES, NARRATIVE_LIMIT, PARTNERSHIP_CATEGORIES, TRAINING_CATEGORIES,
        CostLine, Organisation, Partnership, Report, Signatories,
    )

    report = Report(year=2016, language="nl")
    report.promoter = Organisation("o1", "OCMW Sint-Genesius-Rode", "", "Kerkstraat 1", "1640",
                                   "Sint-Genesius-Rode", "An Peeters", "02 123 45 67", "an@example.be")
    for number in range(2, 9):
        report.add_member(f"OCMW Gemeente {number}")
    report.partnerships = [
        Partnership(f"Partner {n}", PARTNERSHIP_CATEGORIES[n % 7], f"SO-2016-{n:02d}", dt.date(2016, 2, 1),
                    "Gezamenlijke intakes en opvolging van de deelnemers")
        for n in range(1, 41)
    ]
    report.narrative = ("Het project liep goed; de taallessen werkten.\n" * 100)[:NARRATIVE_LIMIT]
    for category in TRAINING_CATEGORIES:
        for ocmw in report.ocmws:
            report.set_count(category, ocmw.id, 3)
    for category in COST_CATEGORIES:
        report.costs[category] = CostLine(10_000_00, 1_000_00, 2_000_00, 500_00)
    report.signatories = Signatories("Jan Janssens", "Marie Dubois", "Sint-Genesius-Rode", dt.date(2017, 2, 15))
    return report


def make_database(folder: Path) -> tuple[Path, int]:
    from desktop_app.storage import ReportStore

    path = folder / "bench.sqlite"
    store = ReportStore.open(path)
    report_id = store.create(long_report())
    store.close()
    return path, report_id


def measure(code: str, args: list[str], env: dict[str, str]) -> float:
    """Seconds from starting the process until it says its window is shown."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env, text=True, cwd=REPOSITORY)
    line = child.stdout.readline()
    elapsed = time.perf_counter() - started
    _, errors = child.communicate(timeout=60)
    if line.strip() != "shown":
        raise RuntimeError(f"the child program did not show its window:\n{errors}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--check", action="store_true", help="exit with status 1 when the goal is not met")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        # Bytecode as an installed program has it: written by the untimed first run (into the
        # temporary folder, not the repository), even where PYTHONDONTWRITEBYTECODE is set.
        env = dict(os.environ, PYTHONPATH=str(REPOSITORY), PYTHONPYCACHEPREFIX=str(Path(folder) / "pycache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        db_path, report_id = make_database(Path(folder))
        programs = {
            "main window, long report": (PROGRAM, [str(db_path), str(report_id)]),
            "bare QWizard, 6 pages": (BARE_WIZARD, []),
            FLOOR: (bare_wizard_with_classes(env, db_path, report_id), []),
            LIST: (PROGRAM, [str(db_path)]),
        }
        for code, program_args in programs.values():  # warm the caches once, untimed
            measure(code, program_args, env)
        times: dict[str, list[float]] = {name: [] for name in programs}
        for round_number in range(args.rounds):
            order = list(programs) if round_number % 2 == 0 else list(reversed(programs))
            for name in order:
                times[name].append(measure(*programs[name], env))

    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, values in times.items():
        print(f"{name:36s} median {medians[name] * 1000:6.0f} ms   "
              f"(min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f}, {len(values)} runs)")
    bare = medians["bare QWizard, 6 pages"]
    ratio = medians["main window, long report"] / bare
    print(f"ratio {ratio:.2f} (goal <= {GOAL}: {'met' if ratio <= GOAL else 'NOT met'})")
    floor = medians[FLOOR] / bare
    print(f"floor: the bare QWizard importing the window's Qt classes is {floor:.2f} times the bare QWizard")
    print(f"the program's start on its list of reports is {medians[LIST] / bare:.2f} times the bare QWizard")
    return 1 if args.check and ratio > GOAL else 0


if __name__ == "__main__":
    sys.exit(main())
