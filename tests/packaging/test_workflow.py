"""The release workflow (.github/workflows/release.yml) cannot run here; it is checked offline:
against GitHub's workflow schema (check-jsonschema's built-in copy) and by actionlint, which
also runs shellcheck on every ``run:`` script."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def _tool(name: str) -> str:
    path = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def _actionlint(path: Path) -> subprocess.CompletedProcess:
    shellcheck = shutil.which("shellcheck")
    if shellcheck is None:
        pytest.skip("shellcheck is not installed (.ci/run installs it)")
    return subprocess.run([_tool("actionlint"), f"-shellcheck={shellcheck}", str(path)],
                          capture_output=True, text=True, timeout=120)


def test_the_workflow_follows_githubs_schema():
    result = subprocess.run([_tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_and_shellcheck_find_nothing():
    result = _actionlint(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_would_see_a_shell_mistake(tmp_path):
    """The check can fail: an unquoted variable in a run script is reported through shellcheck."""
    broken = tmp_path / "broken.yml"
    broken.write_text(WORKFLOW.read_text(encoding="utf-8").replace(
        'mkdir -p release\n', 'mkdir -p release $RUNNER_TEMP/x\n', 1), encoding="utf-8")
    result = _actionlint(broken)
    assert result.returncode != 0 and "shellcheck" in result.stdout, result.stdout


def test_the_workflow_builds_each_system_and_the_installer():
    text = WORKFLOW.read_text(encoding="utf-8")
    for needed in ("ubuntu-22.04", "windows-latest", "macos-latest", "requirements-windows.lock",
                   "build_spec/windows/installer.nsi", "tests/packaging/test_installer.py",
                   "tests/packaging/test_bundle.py", "gh release create"):
        assert needed in text, needed
