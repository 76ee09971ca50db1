"""The start-up benchmarks run to their end (issue 17): ``make bench`` is how the speed goals are
checked, and a benchmark broken by a change of another it borrows from went unnoticed once
(bench_list took bench_startup's measure for a number after it had become a pair). Tiny
settings: what is checked is that they run and say their lines, not the figures."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]


def run(script: str, *args: str) -> str:
    result = subprocess.run([sys.executable, str(REPOSITORY / "benchmarks" / script), *args], capture_output=True,
                            text=True, timeout=300, cwd=REPOSITORY,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-3000:]
    # A slot that raises does not end the run: Qt prints its traceback and goes on.
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    return result.stdout


def test_bench_startup_says_each_goal_and_where_the_time_goes():
    output = run("bench_startup.py", "--rounds", "1")
    assert "the long report open:" in output and "times the floor (goal <= 1.15" in output
    assert "the start on its list of reports:" in output and "(goal <= 1.3" in output
    assert "the program as clusterverslag starts it, until its list has painted:" in output
    assert "first page laid out and painted" in output
    assert "the same window built by PySide6 calls only (benchmarks/replica.py):" in output
    assert "PySide6's classes of the window" in output


def test_bench_list_runs():
    output = run("bench_list.py", "--reports", "20", "--rounds", "2")
    assert "refresh_lists() until painted" in output and "start until the list is shown" in output
    for work in ("opening the restore dialog", "restoring a backup", "saving a copy", "a save waited for"):
        assert f"window's thread blocked: {work}" in output


def test_bench_typing_runs_without_an_error_in_the_window():
    """The benchmark wraps the saver's hand-over to time it: a change of its arguments once
    made every save of the run fail in a slot, which the run survived (saves never happened)."""
    output = run("bench_typing.py", "--keys", "10", "--interval-ms", "20")
    assert "keystroke in the narrative" in output and "keystroke in the cost cell" in output
    assert "saves written meanwhile by the writer thread" in output

