"""Where the reports live when the user names no file."""

from __future__ import annotations

import os
import sys
from pathlib import Path

DB_ENV = "CLUSTERVERSLAG_DB"
DB_FILENAME = "clusterverslag.sqlite"


def user_data_dir() -> Path:
    """The per-user data folder of the platform (no Qt needed, so the CLI starts fast)."""
    home = Path.home()
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.environ.get("APPDATA") or str(home / "AppData" / "Local")
        return Path(base) / "Clusterverslag"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "Clusterverslag"
    return Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share") / "clusterverslag"


def default_db_path() -> Path:
    """``$CLUSTERVERSLAG_DB`` when set, else ``clusterverslag.sqlite`` in the user data folder."""
    configured = os.environ.get(DB_ENV, "").strip()
    if configured:
        return Path(configured).expanduser()
    return user_data_dir() / DB_FILENAME
