"""requirements-windows.lock stays in step with requirements.lock (make lock-windows rewrites it)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WINDOWS_ONLY = {"pefile", "pywin32-ctypes", "colorama"}


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pins(text: str) -> dict[str, str]:
    return {_normalise(m.group(1)): m.group(2) for m in re.finditer(r"^([A-Za-z0-9_.-]+)==(\S+)", text, re.MULTILINE)}


def test_the_windows_lock_pins_the_same_versions_plus_what_only_windows_needs():
    linux = _pins((ROOT / "requirements.lock").read_text(encoding="utf-8"))
    windows = _pins((ROOT / "requirements-windows.lock").read_text(encoding="utf-8"))
    assert set(windows) - set(linux) == WINDOWS_ONLY, "run make lock-windows"
    assert {name: windows[name] for name in linux} == linux, "run make lock-windows"


def test_every_windows_pin_carries_a_hash():
    text = (ROOT / "requirements-windows.lock").read_text(encoding="utf-8")
    entries = re.findall(r"^[A-Za-z0-9_.-]+==\S+ \\\n\s+--hash=sha256:([0-9a-f]{64})", text, re.MULTILINE)
    assert len(entries) == len(_pins(text)) > 40
