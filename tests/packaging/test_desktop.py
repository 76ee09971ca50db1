"""The Linux desktop files (build_spec/linux/) are valid, and install.sh installs into ~/.local
and uninstalls again, leaving the reports."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "build_spec" / "linux"
APP_ID = "be.clusterverslag.Clusterverslag"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _version() -> str:
    tree = ast.parse((ROOT / "desktop_app" / "__init__.py").read_text(encoding="utf-8"))
    return next(n.value.value for n in tree.body if isinstance(n, ast.Assign) and n.targets[0].id == "__version__")


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (.ci/run installs it)")
    return path


def test_the_desktop_file_is_valid():
    result = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_appstream_metadata_is_valid():
    result = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_metadata_speaks_dutch_and_french_and_names_this_version():
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.find("launchable").text == DESKTOP.name
    for language in ("nl", "fr"):
        assert [s for s in component.findall("summary") if s.get(XML_LANG) == language]
        assert [p for p in component.find("description").findall("p") if p.get(XML_LANG) == language]
    assert component.find("releases/release").get("version") == _version()
    entries = dict(line.split("=", 1) for line in DESKTOP.read_text(encoding="utf-8").splitlines() if "=" in line)
    assert entries["Icon"] == APP_ID and entries["Exec"] == "clusterverslag"
    assert "Comment[nl]" in entries and "Comment[fr]" in entries


@pytest.fixture
def unpacked(tmp_path) -> Path:
    """An unpacked release as make dist lays it out, with a stand-in for the program itself."""
    pytest.importorskip("PIL")
    if not sys.platform.startswith("linux"):
        pytest.skip("the install script is for Linux")
    folder = tmp_path / "unpacked" / "clusterverslag"
    (folder / "_internal").mkdir(parents=True)
    program = folder / "clusterverslag"
    program.write_text("#!/bin/sh\necho clusterverslag stand-in\n", encoding="utf-8")
    program.chmod(0o755)
    subprocess.run([sys.executable, str(LINUX / "desktop_files.py"), str(folder)], check=True, timeout=60)
    return folder


def test_install_upgrade_and_uninstall_into_the_home_folder(unpacked, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(list(args), env=env, capture_output=True, text=True, timeout=60)

    installed = run(str(unpacked / "install.sh"))
    assert installed.returncode == 0, installed.stdout + installed.stderr
    opt = home / ".local" / "opt" / "clusterverslag"
    share = home / ".local" / "share"
    link = home / ".local" / "bin" / "clusterverslag"
    assert run(str(link)).stdout.strip() == "clusterverslag stand-in"
    entry = (share / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Exec={opt}/clusterverslag\n" in entry
    icons = sorted(p.relative_to(share).as_posix() for p in (share / "icons").rglob("*.png"))
    assert f"icons/hicolor/48x48/apps/{APP_ID}.png" in icons and len(icons) == 7
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    if shutil.which("desktop-file-validate"):
        checked = run("desktop-file-validate", str(share / "applications" / f"{APP_ID}.desktop"))
        assert checked.returncode == 0, checked.stdout

    # The reports, and a newer version installed over the older one in place.
    reports = share / "clusterverslag" / "clusterverslag.sqlite"
    reports.parent.mkdir(parents=True)
    reports.write_bytes(b"the user's reports")
    (opt / "_internal" / "left-by-the-older-version").write_text("old", encoding="utf-8")
    assert run(str(unpacked / "install.sh")).returncode == 0
    assert not (opt / "_internal" / "left-by-the-older-version").exists()

    removed = run(str(opt / "install.sh"), "--uninstall")
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert not opt.exists() and not link.is_symlink()
    assert not list(share.rglob(f"{APP_ID}*"))
    assert reports.read_bytes() == b"the user's reports"
