"""Write requirements-windows.lock: the exact versions of requirements.lock as Windows wheels,
plus what only Windows needs, each with the SHA-256 of its win_amd64 (or universal) wheel.

    .venv/bin/python build_spec/windows/lock_windows.py        (make lock-windows)

The Windows Python under Wine (make check-windows) and the release workflow install from it
with ``pip install --require-hashes --no-deps``, so every package is listed, dependencies
included, and nothing is fetched that was not pinned here.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINUX_LOCK = ROOT / "requirements.lock"
WINDOWS_LOCK = ROOT / "requirements-windows.lock"

# Packages only Windows needs: PyInstaller reads and writes Windows executables with pefile and
# pywin32-ctypes; pytest and click colour their output with colorama on Windows.
WINDOWS_ONLY = ["pefile==2024.8.26", "pywin32-ctypes==0.2.3", "colorama==0.4.6"]

HEADER = """\
# Exact versions for Windows (64-bit, CPython 3.11), each with the SHA-256 of its wheel: the
# packages of requirements.lock and those only Windows needs (pefile, pywin32-ctypes, colorama).
# Install with: python -m pip install --require-hashes --no-deps -r requirements-windows.lock
# Regenerate with `make lock-windows` after changing requirements.lock.
"""


def pinned(lock: Path) -> list[str]:
    """The ``name==version`` lines of a lock file."""
    return [line.strip() for line in lock.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def normalise(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def main() -> int:
    requirements = pinned(LINUX_LOCK) + WINDOWS_ONLY
    with tempfile.TemporaryDirectory() as folder:
        wanted = Path(folder) / "wanted.txt"
        wanted.write_text("\n".join(requirements) + "\n", encoding="utf-8")
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-cache-dir", "--no-deps", "--only-binary=:all:",
             "--platform", "win_amd64", "--python-version", "3.11", "--implementation", "cp",
             "-r", str(wanted), "-d", folder],
            check=True,
        )
        wheels = {normalise(w.name.split("-")[0]): w for w in Path(folder).glob("*.whl")}
        lines = []
        for requirement in sorted(requirements, key=lambda r: normalise(r.split("==")[0])):
            name = normalise(requirement.split("==")[0])
            wheel = wheels[name]
            digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
            lines.append(f"{requirement} \\\n    --hash=sha256:{digest}  # {wheel.name}")
    WINDOWS_LOCK.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{WINDOWS_LOCK.name}: {len(lines)} packages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
