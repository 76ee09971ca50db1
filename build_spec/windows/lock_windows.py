"""Write requirements-windows.lock: what the Windows program and its build and tests need, in the
versions of requirements.lock and requirements-dev.lock, each with the SHA-256 of its win_amd64
(or universal) wheel.

    .venv/bin/python build_spec/windows/lock_windows.py        (make lock-windows)

It holds every package of requirements.lock (the program) and, of requirements-dev.lock, what
PyInstaller and pytest (with pytest-qt) need on Windows, Windows-only packages included (pefile,
pywin32-ctypes, colorama): uv resolves for Windows with the two locks as constraints, so no
version can differ. The Windows Python under Wine (make check-windows) and the release workflow
install from it with ``pip install --require-hashes --no-deps``, so every package is listed,
dependencies included, and only its Windows wheel can be installed (nothing is built from source
under Wine).
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROGRAM_LOCK = ROOT / "requirements.lock"
DEV_LOCK = ROOT / "requirements-dev.lock"
WINDOWS_LOCK = ROOT / "requirements-windows.lock"
UV = Path(sys.executable).with_name("uv")

# Beside the program: the bundle's build (make check-windows, the release workflow) and the tests
# the Windows Python runs on it (tests/packaging/test_bundle.py, test_installer.py).
WINDOWS_BUILD = ["pyinstaller", "pytest", "pytest-qt"]

HEADER = """\
# Exact versions for Windows (64-bit, CPython 3.11), each with the SHA-256 of its wheel: the
# packages of requirements.lock (the program) and, of requirements-dev.lock, what the Windows
# build and its tests need (PyInstaller, pytest, pytest-qt, with pefile, pywin32-ctypes, colorama).
# Install with: python -m pip install --require-hashes --no-deps -r requirements-windows.lock
# Regenerate with `make lock-windows` after `make lock`.
"""


def normalise(name: str) -> str:
    """A distribution name as PEP 503 compares it."""
    return re.sub(r"[-_.]+", "-", name).lower()


def windows_pins(folder: Path) -> list[str]:
    """``name==version`` for each package the program and the Windows build need on Windows."""
    wanted = folder / "windows.in"
    wanted.write_text("\n".join(WINDOWS_BUILD) + "\n", encoding="utf-8")
    resolved = subprocess.run(
        [str(UV), "pip", "compile", "--quiet", "--no-config", "--index-url", "https://pypi.org/simple",
         "--python-platform", "x86_64-pc-windows-msvc", "--python-version", "3.11", "--no-header",
         "--no-annotate", "--no-emit-package", "pip", "--no-emit-package", "setuptools",
         "--constraint", str(PROGRAM_LOCK), "--constraint", str(DEV_LOCK),
         "pyproject.toml", str(wanted)],
        cwd=ROOT, check=True, capture_output=True, text=True,
    ).stdout
    return sorted(re.findall(r"^([A-Za-z0-9][A-Za-z0-9._-]*==[^\s;\\]+)", resolved, re.MULTILINE),
                  key=lambda pin: normalise(pin.split("==")[0]))


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        requirements = windows_pins(Path(folder))
        wheels_folder = Path(folder) / "wheels"
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-cache-dir", "--no-deps", "--only-binary=:all:",
             "--isolated", "--disable-pip-version-check", "--index-url", "https://pypi.org/simple",
             "--platform", "win_amd64", "--python-version", "3.11", "--implementation", "cp",
             *requirements, "-d", str(wheels_folder)],
            check=True,
        )
        wheels = {normalise(w.name.split("-")[0]): w for w in wheels_folder.glob("*.whl")}
        lines = []
        for requirement in requirements:
            wheel = wheels[normalise(requirement.split("==")[0])]
            digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
            lines.append(f"{requirement} \\\n    --hash=sha256:{digest}  # {wheel.name}")
    WINDOWS_LOCK.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{WINDOWS_LOCK.name}: {len(lines)} packages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
