"""Add the Linux desktop files to a one-folder Linux bundle (make dist, after PyInstaller).

    .venv/bin/python build_spec/linux/desktop_files.py dist/clusterverslag

Writes, beside the program: install.sh, and share/ with the menu entry (.desktop), the
AppStream metadata and the icon in the sizes desktops look for (from resources/icon.png,
256 px), which install.sh copies into ~/.local/share.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
APP_ID = "be.clusterverslag.Clusterverslag"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def main(bundle: str) -> int:
    target = Path(bundle)
    share = target / "share"
    shutil.rmtree(share, ignore_errors=True)
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir(parents=True)
    shutil.copy2(HERE / f"{APP_ID}.desktop", share / "applications")
    shutil.copy2(HERE / f"{APP_ID}.metainfo.xml", share / "metainfo")
    with Image.open(ROOT / "resources" / "icon.png") as icon:
        for size in SIZES:
            folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
            folder.mkdir(parents=True)
            icon.convert("RGBA").resize((size, size), Image.LANCZOS).save(folder / f"{APP_ID}.png")
    shutil.copy2(HERE / "install.sh", target / "install.sh")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
