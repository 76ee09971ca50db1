"""make run's check of the libraries Qt's xcb plugin needs (tools/check_xcb.py)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("check_xcb", ROOT / "tools" / "check_xcb.py")
check_xcb = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_xcb)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb is Linux's")

LDD_WITHOUT_CURSOR = """\
\tlinux-vdso.so.1 (0x00007ffd0a1f2000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f3a1c000000)
\tlibxcb-cursor.so.0 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-icccm.so.4 => /lib/x86_64-linux-gnu/libxcb-icccm.so.4 (0x00007f3a1bff0000)
"""


def test_names_the_packages_of_what_is_missing(monkeypatch, capsys):
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(check_xcb, "plugin_files", lambda: [Path(sys.executable)])
    monkeypatch.setattr(check_xcb.subprocess, "run",
                        lambda *a, **k: subprocess.CompletedProcess(a, 0, LDD_WITHOUT_CURSOR, ""))
    assert check_xcb.main() == 1
    assert "sudo apt install libxcb-cursor0 libxkbcommon-x11-0\n" in capsys.readouterr().err
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert check_xcb.main() == 0  # Qt's Wayland plugin can do without them


def test_the_package_names_are_debians(monkeypatch):
    """Each library the real plugin loads from the system maps to the package dpkg says owns it."""
    if shutil.which("dpkg") is None:
        pytest.skip("not a Debian system")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    output = "".join(subprocess.run(["ldd", str(p)], capture_output=True, text=True).stdout
                     for p in check_xcb.plugin_files() if p.exists())
    found = dict(check_xcb.re.findall(r"^\s*(lib(?:xcb|xkb)\S*) => (/\S+)", output, check_xcb.re.MULTILINE))
    if not found:
        pytest.skip("the xcb libraries are not installed here")
    for soname, path in found.items():
        owner = subprocess.run(["dpkg", "-S", str(Path(path).resolve())], capture_output=True, text=True).stdout
        if not owner:
            owner = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True).stdout
        assert owner.split(":")[0] == check_xcb.debian_package(soname), (soname, owner)
    assert check_xcb.main() == 0
