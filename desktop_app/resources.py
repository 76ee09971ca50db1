"""Where the program's data files are: the repository's ``resources/`` folder, also when frozen."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(name: str) -> Path:
    """The path of ``name`` inside ``resources/`` (``fonts/DejaVuSans.ttf``)."""
    if getattr(sys, "frozen", False):
        return Path(sys._MEIPASS) / "resources" / name  # type: ignore[attr-defined]
    return Path(__file__).resolve().parent.parent / "resources" / name
