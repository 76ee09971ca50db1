"""The program needs no network at any moment.

Two proofs, from the source tree (tests/packaging/test_bundle.py does the same for the frozen
program): every command runs in-process with a guard that records any attempt to resolve a
name or open a network socket; and the commands and the window's smoke test run as separate
processes in a network namespace without any interface (``unshare -n``, where permitted).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import cli

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "data" / "sample-submission.xml"


@pytest.fixture
def network_attempts(monkeypatch):
    """Make every network call fail, and record it: the list must stay empty."""
    attempts: list[str] = []

    def refuse(name):
        def refused(*args, **kwargs):
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise OSError(f"network use in a test: {name}")

        return refused

    for method in ("connect", "connect_ex", "bind", "sendto", "sendmsg"):
        monkeypatch.setattr(socket.socket, method, refuse(f"socket.{method}"))
    for function in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "create_connection"):
        monkeypatch.setattr(socket, function, refuse(function))
    return attempts


def test_every_command_runs_without_touching_the_network(network_attempts, tmp_path, capsys):
    db = str(tmp_path / "reports.sqlite")
    pdf = tmp_path / "sample.pdf"
    assert cli.main(["validate", str(SAMPLE)]) == 0
    assert cli.main(["render", str(SAMPLE), "--pdf", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert cli.main(["import", str(SAMPLE), "--db", db]) == 0
    report_id = capsys.readouterr().out.split()[-1]
    assert cli.main(["list", "--db", db]) == 0
    (tmp_path / "out").mkdir()
    assert cli.main(["export", report_id, "--out", str(tmp_path / "out"), "--db", db]) == 0
    assert network_attempts == []


def test_the_guard_notices_a_connection(network_attempts):
    with pytest.raises(OSError):
        socket.create_connection(("example.org", 443), timeout=1)
    assert network_attempts


def _unshare_permitted() -> bool:
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0


needs_unshare = pytest.mark.skipif(
    not _unshare_permitted(), reason="unshare -n is not permitted here (needs root or user namespaces)"
)


def _offline(*args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), LANG="nl_BE.UTF-8")
    return subprocess.run(
        ["unshare", "-n", sys.executable, "-m", "desktop_app", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )


@needs_unshare
def test_commands_work_with_networking_off(tmp_path):
    validated = _offline("validate", str(SAMPLE), tmp_path=tmp_path)
    assert validated.returncode == 0, validated.stderr
    rendered = _offline("render", str(SAMPLE), "--pdf", str(tmp_path / "s.pdf"), tmp_path=tmp_path)
    assert rendered.returncode == 0, rendered.stderr
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")


@needs_unshare
def test_the_window_starts_with_networking_off(tmp_path):
    smoke = _offline("--db", str(tmp_path / "reports.sqlite"), "--smoke-test", tmp_path=tmp_path)
    assert smoke.returncode == 0, smoke.stderr
