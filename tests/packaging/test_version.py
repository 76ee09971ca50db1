"""The version is written in one place: ``desktop_app.__version__``; the package metadata reads it."""

import tomllib
from importlib import metadata
from pathlib import Path

import desktop_app

ROOT = Path(__file__).resolve().parents[2]


def test_pyproject_takes_the_version_from_the_program():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"], "the version is written twice"
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "desktop_app.__version__"}


def test_the_installed_metadata_has_the_program_version():
    assert metadata.version("clusterverslag") == desktop_app.__version__
