"""Write the two lock files from pyproject.toml, each version with the SHA-256 of its files:

    .venv/bin/python tools/lock.py        (make lock)

- ``requirements.lock``: what the installed program needs, pyproject.toml's ``dependencies``
  and everything they pull in;
- ``requirements-dev.lock``: what the tests, the builds and the checks add (the ``dev`` extra),
  without the packages of requirements.lock, whose versions it keeps.

``make venv`` installs both with ``pip install --require-hashes``. uv resolves for Linux, macOS
and Windows at once (``--universal``): a package one system needs alone (PyInstaller's
``macholib`` on macOS, ``pefile`` on Windows) is listed with its marker, and every file of each
version on PyPI has its hash, so the same files serve the release workflow's three systems.
uv keeps the versions already in the files it rewrites; to move to a newer version, change the
range in pyproject.toml or delete the line first. pip and setuptools are left out, as
pip-compile does by default: a venv has them already (sqlite-utils asks for pip, PyInstaller for
setuptools) and a lock should not swap the installer that reads it. Only PyPI is asked, whatever
pip's configuration on this machine says (uv does not read it).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROGRAM_LOCK = ROOT / "requirements.lock"
DEV_LOCK = ROOT / "requirements-dev.lock"
UV = Path(sys.executable).with_name("uv")
LEFT_OUT = ("pip", "setuptools")


def compile_lock(output: Path, *arguments: str) -> None:
    """``uv pip compile`` into ``output``, for every system, with hashes."""
    command = [str(UV), "pip", "compile", "--quiet", "--universal", "--python-version", "3.11",
               "--generate-hashes", "--custom-compile-command", "make lock",
               "--index-url", "https://pypi.org/simple", "--no-config",
               *[f"--no-emit-package={name}" for name in LEFT_OUT],
               "pyproject.toml", *arguments, "-o", str(output.relative_to(ROOT))]
    subprocess.run(command, cwd=ROOT, check=True)


def pinned_names(lock: Path) -> list[str]:
    """The names pinned in a lock file."""
    return re.findall(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==", lock.read_text(encoding="utf-8"), re.MULTILINE)


def main() -> int:
    compile_lock(PROGRAM_LOCK)
    program = pinned_names(PROGRAM_LOCK)
    compile_lock(DEV_LOCK, "--extra", "dev", "--constraint", PROGRAM_LOCK.name,
                 *[f"--no-emit-package={name}" for name in program])
    print(f"{PROGRAM_LOCK.name}: {len(program)} packages; {DEV_LOCK.name}: {len(pinned_names(DEV_LOCK))} packages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
