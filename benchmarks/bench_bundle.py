"""The frozen program against a bare PySide6 QWizard frozen the same way: size and start-up.

    .venv/bin/python benchmarks/bench_bundle.py [--runs 10] [--rebuild]      (make bench-bundle)

Builds, or reuses when newer than their sources, the program's one-folder bundle
(``build_spec/clusterverslag.spec`` into ``dist/clusterverslag``, as ``make dist`` does) and the
yardstick (``build_spec/bare_wizard.spec`` into ``build/bench/dist/bare_wizard``): same
exclusions, same trimming of Qt, stripped. Then measures

- size: the bundle folder's files, in MiB (what ``du --apparent-size`` counts);
- start-up: the wall time of ``--smoke-test`` offscreen, from launch until the window has been
  shown, its pages visited and the process has exited. The two programs run alternately, after
  one unmeasured warm-up run each; the figure is the median.

- the first screen: the wall time from launch until the program's list of reports has painted
  (``--startup-test`` prints ``started`` then; the bare wizard's when its page has painted), for
  the frozen programs and, in the same rounds, for both run from source: issue 17 asks the
  frozen program to start in the same ratio as from source (``bench_startup.py`` times the start
  from source in detail).

Goals: at most 1.15 times the size and 1.25 times the start-up of the bare wizard.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "build_spec"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
SIZE_GOAL, STARTUP_GOAL = 1.15, 1.25


@dataclass
class Bundle:
    name: str
    spec: Path
    folder: Path
    sources: list[Path]
    distpath: Path | None = None  # None: PyInstaller's default (dist/)
    workpath: Path | None = None

    @property
    def executable(self) -> Path:
        return self.folder / f"{self.folder.name}{EXE_SUFFIX}"


def _files(*patterns: str) -> list[Path]:
    return [path for pattern in patterns for path in ROOT.glob(pattern) if path.is_file()]


def bundles() -> tuple[Bundle, Bundle]:
    shared = _files("build_spec/trim.py", "build_spec/hooks/*.py", "requirements.lock", "requirements-dev.lock")
    program = Bundle(
        name="clusterverslag",
        spec=SPECS / "clusterverslag.spec",
        folder=ROOT / "dist" / "clusterverslag",
        sources=shared + _files("build_spec/clusterverslag.spec", "build_spec/launcher.py",
                                "desktop_app/**/*.py", "resources/**/*", "translations/*.qm"),
    )
    bare = Bundle(
        name="bare QWizard",
        spec=SPECS / "bare_wizard.spec",
        folder=ROOT / "build" / "bench" / "dist" / "bare_wizard",
        sources=shared + _files("build_spec/bare_wizard.spec", "build_spec/bare_wizard.py"),
        distpath=ROOT / "build" / "bench" / "dist",
        workpath=ROOT / "build" / "bench" / "work",
    )
    return program, bare


def is_fresh(bundle: Bundle) -> bool:
    """True when the bundle exists and is newer than every file it is built from."""
    if not bundle.executable.exists():
        return False
    built = bundle.executable.stat().st_mtime
    return all(source.stat().st_mtime <= built for source in bundle.sources)


def build(bundle: Bundle) -> float:
    """Run PyInstaller on the bundle's spec; return the seconds it took."""
    command = [str(Path(sys.executable).with_name("pyinstaller" + EXE_SUFFIX)), "--noconfirm", "--clean",
               "--log-level", "WARN", str(bundle.spec)]
    if bundle.distpath:
        command[1:1] = ["--distpath", str(bundle.distpath), "--workpath", str(bundle.workpath)]
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def folder_size(folder: Path) -> int:
    """Bytes of the files under ``folder``, symbolic links counted as links (du --apparent-size)."""
    total = 0
    for directory, _, names in os.walk(folder):
        for name in names:
            total += os.lstat(os.path.join(directory, name)).st_size
    return total


def _parts(folder: Path) -> dict[str, int]:
    """Bytes by top-level entry: the executable (with the Python code archive), then each entry
    of the contents folder (a package, a library)."""
    parts: dict[str, int] = {}
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        relative = path.relative_to(folder).parts
        key = "executable (Python code archive)" if len(relative) == 1 else relative[1] if len(relative) > 2 else relative[-1]
        parts[key] = parts.get(key, 0) + path.stat().st_size
    return parts


def added_parts(program: Path, bare: Path, top: int = 8) -> list[tuple[str, int]]:
    """The largest parts the program adds to the bare wizard's bundle."""
    mine, theirs = _parts(program), _parts(bare)
    added = {name: size - theirs.get(name, 0) for name, size in mine.items()}
    return sorted(((n, s) for n, s in added.items() if s > 0), key=lambda item: -item[1])[:top]


def run_once(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{command[0]} --smoke-test failed ({result.returncode}):\n{result.stderr.decode()}")
    return elapsed


def time_until_started(command: list[str], env: dict[str, str]) -> float:
    """Seconds from launch until the program prints ``started`` (its first screen has painted)."""
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = child.stdout.readline()
    elapsed = time.perf_counter() - started
    _, errors = child.communicate(timeout=60)
    if line.strip() != "started" or child.returncode != 0:
        raise SystemExit(f"{command[0]} --startup-test failed ({child.returncode}):\n{errors}")
    return elapsed


def first_screen(program: Bundle, bare: Bundle, scratch: Path, runs: int) -> dict[str, float]:
    """Median seconds until the first screen has painted: the frozen program and bare wizard,
    and both from source, alternated round by round."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(scratch),
               XDG_CONFIG_HOME=str(scratch / "config"), XDG_DATA_HOME=str(scratch / "data"),
               PYTHONPYCACHEPREFIX=str(scratch / "pycache"), PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # from source with its bytecode, as installed
    database = str(scratch / "first-screen.sqlite")
    commands = {
        "frozen program": [str(program.executable), "--db", database, "--startup-test"],
        "frozen bare wizard": [str(bare.executable), "--startup-test"],
        "program from source": [sys.executable, "-m", "desktop_app", "--db", database, "--startup-test"],
        "bare wizard from source": [sys.executable, str(SPECS / "bare_wizard.py"), "--startup-test"],
    }
    for command in commands.values():  # warm-up: file cache, bytecode, the database made
        time_until_started(command, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for round_number in range(runs):
        order = list(commands) if round_number % 2 == 0 else list(reversed(commands))
        for name in order:
            times[name].append(time_until_started(commands[name], env))
    return {name: statistics.median(values) for name, values in times.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="measured start-ups of each program (default 10)")
    parser.add_argument("--rebuild", action="store_true", help="build both bundles even when fresh")
    args = parser.parse_args(argv)

    program, bare = bundles()
    for bundle in (program, bare):
        if args.rebuild or not is_fresh(bundle):
            print(f"building {bundle.name} ... ", end="", flush=True)
            print(f"{build(bundle):.0f} s")
        else:
            print(f"reusing {bundle.folder.relative_to(ROOT)} (newer than its sources)")

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as scratch:
        commands = {
            program.name: [str(program.executable), "--db", str(Path(scratch) / "bench.sqlite"), "--smoke-test"],
            bare.name: [str(bare.executable), "--smoke-test"],
        }
        for command in commands.values():  # warm-up: file cache, and the program's first report
            run_once(command, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(run_once(command, env))
        screen = first_screen(program, bare, Path(scratch), args.runs)

    size = {b.name: folder_size(b.folder) for b in (program, bare)}
    startup = {name: statistics.median(values) for name, values in times.items()}
    size_ratio = size[program.name] / size[bare.name]
    startup_ratio = startup[program.name] / startup[bare.name]

    print()
    print(f"{'':16}{'size (MiB)':>12}{'start-up (s)':>14}   start-up runs, min-max")
    for name in (program.name, bare.name):
        print(f"{name:16}{size[name] / 2**20:12.1f}{startup[name]:14.3f}   "
              f"{len(times[name])}, {min(times[name]):.3f}-{max(times[name]):.3f}")
    print(f"{'ratio':16}{size_ratio:12.2f}{startup_ratio:14.2f}")
    print(f"{'goal':16}{'<= ' + str(SIZE_GOAL):>12}{'<= ' + str(STARTUP_GOAL):>14}")
    print(f"size goal {'met' if size_ratio <= SIZE_GOAL else 'MISSED'}, "
          f"start-up goal {'met' if startup_ratio <= STARTUP_GOAL else 'MISSED'}")
    print()
    print(f"until the first screen has painted (--startup-test), median of {args.runs}:")
    frozen = screen["frozen program"] / screen["frozen bare wizard"]
    source = screen["program from source"] / screen["bare wizard from source"]
    for name, value in screen.items():
        print(f"  {name:26}{value:8.3f} s")
    print(f"  ratio to the bare wizard: frozen {frozen:.2f}, from source {source:.2f} "
          f"(the frozen start {frozen / source:.2f} times the source's ratio)")
    print()
    print("largest parts the program adds (MiB):")
    for name, extra in added_parts(program.folder, bare.folder):
        print(f"  {extra / 2**20:6.1f}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
