"""Where the program's data files are: the repository's ``resources/`` folder, beside the code
when frozen, inside the package when installed from a wheel."""

from __future__ import annotations

import sys
from pathlib import Path


# Where an installed package keeps its data files (setup.py puts them there).
PACKAGE_DATA = Path(__file__).resolve().parent / "data"


def data_dir(folder: str) -> Path:
    """The folder ``resources`` or ``translations``: beside the frozen program, inside the
    installed package, or the repository's."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / folder
    installed = PACKAGE_DATA / folder
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / folder


def resource_path(name: str) -> Path:
    """The path of ``name`` inside ``resources/`` (``fonts/DejaVuSans.ttf``)."""
    return data_dir("resources") / name
