"""Every outside file is read with bounds: a regular file only, never more than its kind's
limit. A FIFO is refused at once instead of waiting for a writer, a device instead of filling
the memory, a folder with its own message."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from desktop_app.export import outside
from desktop_app.export.outside import PASSWORD, PDF, SUBMISSION, OutsideFileError, read_outside_file


def refused(path: Path, kind=SUBMISSION, seconds: float = 5.0) -> OutsideFileError:
    """The refusal of ``path``, which must come within ``seconds`` (a FIFO must not block)."""
    outcome: list = []

    def attempt():
        try:
            outcome.append(read_outside_file(path, kind))
        except OutsideFileError as error:
            outcome.append(error)

    reader = threading.Thread(target=attempt, daemon=True)
    reader.start()
    reader.join(seconds)
    if reader.is_alive():
        # Unblock the reader so the test run can go on, then fail.
        with open(path, "wb"):
            pass
        pytest.fail(f"reading {path} did not return within {seconds} s")
    assert isinstance(outcome[0], OutsideFileError), outcome
    error = outcome[0]
    assert error.message.nl and error.message.fr and error.message.nl != error.message.fr
    assert str(path) in error.message.nl and str(path) in error.message.fr
    return error


def test_a_regular_file_is_read_whole(tmp_path):
    path = tmp_path / "a.xml"
    path.write_bytes(b"x" * 5000)
    assert read_outside_file(path, SUBMISSION) == b"x" * 5000


def test_a_file_at_the_limit_is_read_and_one_byte_more_is_not(tmp_path):
    path = tmp_path / "password.txt"
    path.write_bytes(b"p" * PASSWORD.limit)
    assert len(read_outside_file(path, PASSWORD)) == PASSWORD.limit
    path.write_bytes(b"p" * (PASSWORD.limit + 1))
    error = refused(path, PASSWORD)
    assert error.code == "too-large"
    assert "64\u00a0kB" in error.message.nl and "64\u00a0ko" in error.message.fr


def test_a_fifo_is_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe.xml"
    os.mkfifo(fifo)
    error = refused(fifo)
    assert error.code == "not-regular"
    assert "named pipe (FIFO)" in error.message.nl and "tube nommé (FIFO)" in error.message.fr


def test_a_device_is_refused_without_reading_it():
    error = refused(Path("/dev/zero"), PDF)
    assert error.code == "not-regular"
    assert "apparaat" in error.message.nl and "périphérique" in error.message.fr


def test_a_folder_is_refused_with_its_own_message(tmp_path):
    error = refused(tmp_path)
    assert error.code == "folder"
    assert "is een map" in error.message.nl and "est un dossier" in error.message.fr


def test_a_missing_file_is_named(tmp_path):
    error = refused(tmp_path / "nowhere.xml")
    assert error.code == "not-found"
    assert "bestaat niet" in error.message.nl and "n'existe pas" in error.message.fr


def test_a_huge_sparse_file_is_refused_from_its_size_without_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.pdf"
    with open(path, "wb") as handle:
        handle.truncate(50 * 1024 * 1024 * 1024)  # 50 GB of nothing
    monkeypatch.setattr(outside.os, "read", lambda *a: pytest.fail("the file was read"))
    error = refused(path, PDF)
    assert error.code == "too-large"
    assert "51200,0\u00a0MB" in error.message.nl and "32,0\u00a0MB" in error.message.nl


def test_a_file_that_grows_while_it_is_read_is_cut_at_the_limit(tmp_path, monkeypatch):
    path = tmp_path / "growing.xml"
    path.write_bytes(b"y" * (SUBMISSION.limit + 10))
    real_fstat = os.fstat

    class SmallStat:
        def __init__(self, status):
            self.st_mode, self.st_size = status.st_mode, 100

    monkeypatch.setattr(outside.os, "fstat", lambda fd: SmallStat(real_fstat(fd)))
    reads: list[int] = []
    real_read = os.read
    monkeypatch.setattr(outside.os, "read", lambda fd, n: reads.append(n) or real_read(fd, n))
    error = refused(path)
    assert error.code == "too-large" and "meer dan 2,0\u00a0MB" in error.message.nl
    assert sum(reads) <= SUBMISSION.limit + 1


def test_the_limits_are_those_the_readme_states():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for kind in (outside.SUBMISSION, outside.PDF, outside.CERTIFICATE, outside.PASSWORD):
        assert outside.size_text(kind.limit, "nl").replace("\u00a0", " ") in readme
