"""Shared test set-up. Qt must run offscreen; an empty value makes Qt abort the whole run."""

import os

if not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

import sys
from pathlib import Path

# Let every test folder import the shared report builders in tests/factories.py.
sys.path.insert(0, str(Path(__file__).parent))


import subprocess  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture
def tiny_disk(tmp_path):
    """A 120 kB file system (tmpfs): room for one export (about 68 kB), not for a second
    beside it. Needs the right to mount (root); skipped elsewhere."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=120k", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "--lazy", str(mount)], check=True)
