"""requirements-windows.lock stays in step with requirements.lock and requirements-dev.lock
(make lock-windows rewrites it): the program's packages and the Windows build's, same versions."""

from __future__ import annotations

import re
from pathlib import Path

from packaging.markers import Marker

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = {"os_name": "nt", "sys_platform": "win32", "platform_system": "Windows", "platform_machine": "AMD64",
           "platform_python_implementation": "CPython", "implementation_name": "cpython",
           "python_version": "3.11", "python_full_version": "3.11.9"}
# What the Windows build and its tests need beyond the program (build_spec/windows/lock_windows.py).
WINDOWS_BUILD = {"pyinstaller", "pytest", "pytest-qt", "pefile", "pywin32-ctypes", "colorama"}


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pins(text: str, platform: dict | None = None) -> dict[str, str]:
    """name -> version, leaving out lines whose marker does not hold on ``platform``."""
    found = {}
    for m in re.finditer(r"^([A-Za-z0-9_.-]+)==([^\s;\\]+)(?:\s*;\s*([^\\\n]+))?", text, re.MULTILINE):
        if platform is None or not m.group(3) or Marker(m.group(3).strip()).evaluate(platform):
            found[_normalise(m.group(1))] = m.group(2)
    return found


def _read(name: str) -> str:
    return (ROOT / name).read_text(encoding="utf-8")


def test_the_windows_lock_pins_the_program_and_the_windows_build_in_the_same_versions():
    program = _pins(_read("requirements.lock"), WINDOWS)
    dev = _pins(_read("requirements-dev.lock"), WINDOWS)
    windows = _pins(_read("requirements-windows.lock"))
    assert set(program) <= set(windows), "run make lock-windows"
    assert WINDOWS_BUILD <= set(windows), "run make lock-windows"
    assert set(windows) <= set(program) | set(dev), "run make lock-windows"
    assert {name: version for name, version in {**dev, **program}.items() if name in windows} == windows, \
        "run make lock-windows"


def test_every_windows_pin_carries_the_hash_of_a_windows_wheel():
    text = _read("requirements-windows.lock")
    entries = re.findall(r"^[A-Za-z0-9_.-]+==\S+ \\\n\s+--hash=sha256:[0-9a-f]{64}  # (\S+\.whl)$", text, re.MULTILINE)
    assert len(entries) == len(_pins(text)) > 40
    assert all(w.endswith(("-win_amd64.whl", "-none-any.whl")) for w in entries), entries
