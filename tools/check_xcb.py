"""Before ``make run`` on Linux: are the system libraries there that Qt needs for a window?

    .venv/bin/python tools/check_xcb.py

Qt draws on an X11 desktop (and on Wayland through XWayland) with its xcb platform plugin,
which needs several xcb libraries that a desktop may lack (``libxcb-cursor0`` most often).
Without them Qt aborts with "Could not load the Qt platform plugin xcb". This asks the
dynamic linker (``ldd``) which libraries the plugin cannot find and names the Debian and
Ubuntu packages that hold them. Exit status 1 when some are missing (0 on a Wayland session,
where Qt uses its Wayland plugin, with a warning), 0 otherwise, off Linux, or when
``QT_QPA_PLATFORM`` names another plugin (``offscreen``).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

# Sonames whose package name does not follow Debian's rule (lower-case, version appended).
PACKAGES = {"libxcb-util.so.1": "libxcb-util1", "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1",
            "libOpenGL.so.0": "libopengl0", "libGLX.so.0": "libglx0", "libX11-xcb.so.1": "libx11-xcb1"}


def debian_package(soname: str) -> str:
    """Debian's package for a library: ``libxcb-cursor.so.0`` -> ``libxcb-cursor0``,
    ``libxkbcommon-x11.so.0`` -> ``libxkbcommon-x11-0`` (a dash when the name ends in a digit)."""
    if soname in PACKAGES:
        return PACKAGES[soname]
    match = re.match(r"^(lib[\w.+-]+?)\.so\.(\d+)", soname)
    if not match:
        return soname
    name, version = match.group(1).lower(), match.group(2)
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def missing(ldd_output: str) -> list[str]:
    """The sonames ``ldd`` reports as ``not found``."""
    return sorted(set(re.findall(r"^\s*(\S+) => not found", ldd_output, re.MULTILINE)))


def plugin_files() -> list[Path]:
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    return [qt / "plugins" / "platforms" / "libqxcb.so", *sorted((qt / "lib").glob("libQt6XcbQpa.so.*"))]


def message(sonames: list[str]) -> str:
    packages = sorted({debian_package(s) for s in sonames})
    return (f"Qt cannot show a window on this desktop: these libraries are missing: {', '.join(sonames)}.\n"
            f"On Debian or Ubuntu install them with:\n    sudo apt install {' '.join(packages)}\n")


def main() -> int:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or (platform and not platform.startswith("xcb")):
        return 0
    output = ""
    for path in plugin_files():
        if path.exists():
            output += subprocess.run(["ldd", str(path)], capture_output=True, text=True).stdout
    lost = missing(output)
    if not lost:
        return 0
    sys.stderr.write(message(lost))
    if os.environ.get("WAYLAND_DISPLAY"):
        sys.stderr.write("(On this Wayland session Qt can use its Wayland plugin instead; starting anyway.)\n")
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
