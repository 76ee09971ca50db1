"""The wheel works: installed into a fresh environment outside the repository, the program
finds its XSD, fonts, icon and translations inside the package."""

from __future__ import annotations

import os
import re
import shutil
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "data" / "sample-submission.xml"
DATA_FILES = ("desktop_app/data/resources/clusterReport-1.xsd", "desktop_app/data/resources/fonts/DejaVuSans.ttf",
              "desktop_app/data/resources/icon.png", "desktop_app/data/translations/clusterverslag_nl.qm",
              "desktop_app/data/translations/clusterverslag_fr.qm")


def _compile_translations() -> None:
    """As ``make translations`` does, for a plain pytest run."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted((ROOT / "translations").glob("clusterverslag_*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    _compile_translations()
    out = tmp_path_factory.mktemp("wheel")
    # From a copy of the sources, as from a source distribution: setuptools walks the whole
    # project folder, and build/ may hold a Wine prefix whose Z: drive links to / (make check-windows).
    source = tmp_path_factory.mktemp("source") / "clusterverslag"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "out", "__pycache__", "*.egg-info", ".pytest_cache", ".hypothesis"))
    # As a user's pip does: the build system of pyproject.toml (setuptools from PyPI).
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-cache-dir",
         "--wheel-dir", str(out), str(source)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (found,) = out.glob("clusterverslag-*.whl")
    return found


def test_the_wheel_carries_the_data_files(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert set(DATA_FILES) <= names
    assert not [n for n in names if n.endswith((".ico", ".icns"))]  # read only by the bundle's build


def test_the_wheel_declares_its_licence_the_current_way(wheel):
    """PEP 639: an SPDX expression and the licence files, the EUPL's text among them."""
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode("utf-8")
        licence = next(n for n in names if n.endswith(".dist-info/licenses/LICENSE"))
        assert archive.read(licence).decode("utf-8").startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    assert "License-Expression: EUPL-1.2" in metadata.splitlines()
    assert "License-File: LICENSE" in metadata.splitlines()
    assert not [line for line in metadata.splitlines() if line.startswith("License:")]


def test_the_wheels_dependencies_are_those_of_pyproject_pinned_in_the_program_lock(wheel):
    """Whoever installs the wheel gets ranges that hold the versions tested (requirements.lock)."""
    import tomllib

    from packaging.requirements import Requirement

    with zipfile.ZipFile(wheel) as archive:
        metadata = archive.read(next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))).decode("utf-8")
    required = [Requirement(line.split(":", 1)[1]) for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    program = [r for r in required if not r.marker or "extra" not in str(r.marker)]
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    assert sorted(map(str, program)) == sorted(str(Requirement(d)) for d in declared)
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    for requirement in program:
        name = requirement.name.lower().replace("_", "-").replace(".", "-")
        pinned = re.search(rf"^{re.escape(name)}==([^\s;\\]+)", lock, re.MULTILINE | re.IGNORECASE)
        assert pinned and requirement.specifier.contains(pinned.group(1)), (str(requirement), pinned)


def test_installed_outside_the_repository_validate_render_and_the_window_work(wheel, tmp_path):
    """A fresh venv that sees this environment's libraries (a .pth file) but not the repository."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    fresh_site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                capture_output=True, text=True, check=True).stdout.strip()
    libraries = [p for p in site.getsitepackages() if Path(p).is_dir()] or [sysconfig.get_paths()["purelib"]]
    Path(fresh_site, "libraries.pth").write_text("\n".join(libraries) + "\n", encoding="utf-8")
    install = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
                              "--no-cache-dir", str(wheel)], capture_output=True, text=True, timeout=300)
    assert install.returncode == 0, install.stdout + install.stderr

    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "LC_ALL", "LANGUAGE")}
    env.update(LANG="nl_BE.UTF-8", HOME=str(work), XDG_CONFIG_HOME=str(work / "config"), QT_QPA_PLATFORM="offscreen")

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(python), "-m", "desktop_app", *args], cwd=work, env=env,
                              capture_output=True, text=True, timeout=120)

    where = subprocess.run([str(python), "-c", "import desktop_app; print(desktop_app.__file__)"],
                           cwd=work, env=env, capture_output=True, text=True)
    assert Path(where.stdout.strip()).is_relative_to(venv), where.stdout + where.stderr

    validated = run("validate", str(SAMPLE))
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert "geldig indieningsbestand" in validated.stdout
    pdf = work / "sample.pdf"
    rendered = run("render", str(SAMPLE), "--pdf", str(pdf))
    assert rendered.returncode == 0, rendered.stderr
    from pypdf import PdfReader

    assert "Łódź" in "".join(page.extract_text() for page in PdfReader(pdf).pages)  # the packaged font
    smoke = run("--db", str(work / "reports.sqlite"), "--smoke-test", "--lang", "fr")
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert "smoke test: ok (fr)" in smoke.stdout  # the packaged translations and icon
