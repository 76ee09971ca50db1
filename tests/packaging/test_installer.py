"""The Windows installer, installed, run, upgraded and uninstalled silently as a user would.

    CLUSTERVERSLAG_INSTALLERS=build/windows/installer python -m pytest tests/packaging/test_installer.py

Runs on Windows only (make check-windows runs it under Wine, by the Windows Python), when the
folder holds two installers built from the same bundle: ``Clusterverslag-VERSION-setup.exe``
and one with a later version number (build_spec/windows/make_installer.sh). It installs into
the real per-user places (%LOCALAPPDATA%\\Programs\\Clusterverslag, the Start menu, HKCU), so
it refuses to run where Clusterverslag is already installed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "data" / "sample-submission.xml"
INSTALLERS = os.environ.get("CLUSTERVERSLAG_INSTALLERS", "")

pytestmark = [
    pytest.mark.skipif(sys.platform != "win32", reason="the installer runs on Windows"),
    pytest.mark.skipif(not INSTALLERS, reason="no installers given (CLUSTERVERSLAG_INSTALLERS=FOLDER)"),
]

UNINSTALL_KEY = r"Software\Microsoft\Windows\CurrentVersion\Uninstall\Clusterverslag"


def _version_key(path: Path) -> tuple[int, ...]:
    return tuple(int(n) for n in re.match(r"Clusterverslag-([\d.]+)-setup\.exe$", path.name).group(1).split("."))


@pytest.fixture(scope="module")
def installers() -> tuple[Path, Path]:
    found = sorted((ROOT / INSTALLERS).glob("Clusterverslag-*-setup.exe"), key=_version_key)
    assert len(found) == 2, f"two installers expected in {INSTALLERS}, found {[p.name for p in found]}"
    return found[0], found[1]


def _version(installer: Path) -> str:
    return ".".join(str(n) for n in _version_key(installer))


def _registry() -> dict[str, object] | None:
    import winreg

    try:
        key = winreg.OpenKey(winreg.HKEY_CURRENT_USER, UNINSTALL_KEY)
    except FileNotFoundError:
        return None
    with key:
        values, index = {}, 0
        while True:
            try:
                name, value, _ = winreg.EnumValue(key, index)
            except OSError:
                return values
            values[name] = value
            index += 1


def _run(*command: str | Path, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in command], capture_output=True, text=True, encoding="utf-8",
                          errors="replace", timeout=timeout)


def _wait_until(condition, what: str, seconds: float = 120) -> None:
    """The uninstaller copies itself to a temporary folder and returns at once: wait for its work."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not done after {seconds} s: {what}")
        time.sleep(0.5)


def _start_window(exe: Path, database: Path) -> subprocess.Popen:
    """The installed program with its window open (offscreen) on ``database``, still running
    a few seconds later."""
    running = subprocess.Popen([str(exe), "--db", str(database), "--lang", "nl"],
                               env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(5)
    assert running.poll() is None, f"the program stopped with {running.returncode}"
    return running


def test_install_run_upgrade_uninstall_keeps_the_data(installers, tmp_path):
    first, second = installers
    local = Path(os.environ["LOCALAPPDATA"])
    program = local / "Programs" / "Clusterverslag"
    exe = program / "clusterverslag.exe"
    data = local / "Clusterverslag"
    shortcut = Path(os.environ["APPDATA"]) / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Clusterverslag.lnk"
    assert _registry() is None and not program.exists(), "Clusterverslag is installed here already"

    # Install silently, for this user only.
    assert _run(first, "/S").returncode == 0
    assert exe.is_file()
    entry = _registry()
    assert entry is not None, "no entry in Apps & features"
    assert entry["DisplayName"] == "Clusterverslag"
    assert entry["DisplayVersion"] == _version(first)
    assert entry["Publisher"] == "Clusterverslag"
    assert Path(entry["InstallLocation"]) == program
    assert entry["UninstallString"] == f'"{program}\\uninstall.exe"'
    assert entry["QuietUninstallString"] == f'"{program}\\uninstall.exe" /S'
    size_kib = sum(p.stat().st_size for p in program.rglob("*") if p.is_file()) / 1024
    assert 0.9 * size_kib <= entry["EstimatedSize"] <= 1.1 * size_kib
    assert shortcut.is_file()
    assert str(exe).lower().encode("utf-16-le") in shortcut.read_bytes().lower() \
        or str(exe).lower().encode("ascii") in shortcut.read_bytes().lower()

    # The installed program works, with the reports in the user's data folder.
    validated = _run(exe, "validate", SAMPLE, "--lang", "nl")
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert "geldig indieningsbestand" in validated.stdout
    imported = _run(exe, "import", SAMPLE, "--lang", "nl")
    assert imported.returncode == 0, imported.stderr
    database = data / "clusterverslag.sqlite"
    assert database.is_file()
    smoke = _run(exe, "--smoke-test", "--lang", "fr")
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert "smoke test: ok (fr)" in smoke.stdout
    backup = data / "backups" / "kept.txt"  # whatever else the user keeps there
    backup.parent.mkdir(parents=True, exist_ok=True)
    backup.write_text("a backup", encoding="utf-8")

    # Upgrade in place: a file the older version had and the newer has not is gone.
    stale = program / "_internal" / "left-by-the-older-version.txt"
    stale.write_text("old", encoding="utf-8")

    # While the program runs, neither the upgrade nor the uninstaller touches it: silently they
    # stop with exit code 2 and leave every file, the shortcut and the entry as they were.
    files_before = sorted(p.relative_to(program) for p in program.rglob("*"))
    shutil.copy2(database, tmp_path / "open.sqlite")
    running = _start_window(exe, tmp_path / "open.sqlite")
    try:
        blocked = _run(second, "/S")
        assert blocked.returncode == 2, blocked.stdout + blocked.stderr
        # _?= keeps the uninstaller where it is, so that its own exit code comes back.
        blocked = subprocess.run(f'"{program / "uninstall.exe"}" /S _?={program}', capture_output=True, timeout=300)
        assert blocked.returncode == 2
        assert running.poll() is None, "the installer must not close the program"
        assert sorted(p.relative_to(program) for p in program.rglob("*")) == files_before
        assert _registry()["DisplayVersion"] == _version(first) and shortcut.is_file()
    finally:
        running.terminate()
        running.wait(timeout=60)

    assert _run(second, "/S").returncode == 0
    assert not stale.exists()
    assert _registry()["DisplayVersion"] == _version(second)
    assert _run(exe, "--version").returncode == 0
    listed = _run(exe, "list", "--lang", "fr")
    assert "CPAS d'Exemple" in listed.stdout, listed.stdout + listed.stderr
    assert not list(local.glob("Programs/Clusterverslag*/Programs"))  # not nested into itself

    # Uninstall silently with what Apps & features would run.
    quiet = _registry()["QuietUninstallString"]
    uninstaller, flag = quiet.rsplit(" ", 1)
    assert _run(uninstaller.strip('"'), flag).returncode == 0
    _wait_until(lambda: _registry() is None and not exe.exists(), "the uninstaller removes the program")
    _wait_until(lambda: not program.exists(), "the program folder is removed")
    assert not shortcut.exists()
    assert database.is_file() and backup.read_text(encoding="utf-8") == "a backup"
