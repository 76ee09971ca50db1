"""Locks of our own beside the database, which do not vanish when the process closes some other
descriptor of the database file.

SQLite's locks on Linux and macOS are POSIX record locks: they belong to the process, and
closing *any* descriptor of the database file in that process (a plain ``open()``/``close()``,
a file dialog looking at the folder) drops them all. ``flock`` locks belong to the open file
description instead: only closing our own descriptor, or the process ending (also by a crash or
SIGKILL), releases them. So the store takes

- the **database lock** (``<file>-locks/database.lock``) around every transaction: shared to
  read, exclusive to write. Our processes (the window, the command line) therefore never see a
  write of another of our processes half done, even while SQLite's own locks are gone;
- a **report lock** (``<file>-locks/report-<id>.lock``) while a report is open for writing: one
  writer per report. Beside it, ``report-<id>.holder`` says who holds it (computer, process,
  since when), for the message shown to a second window.

On Windows, SQLite's locks belong to the file handle and are not affected, so the database
lock is left out; the report lock uses ``msvcrt.locking``, which the system also releases when
the process ends.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

if sys.platform == "win32":  # pragma: no cover - Windows only
    import msvcrt
else:
    import fcntl

POLL_SECONDS = 0.02
HOLDER_LIMIT = 4096  # bytes read of a holder file: it is ours, but a file on disk all the same


def locks_dir(db_path: Path) -> Path:
    """The folder of the lock files of the database at ``db_path``."""
    return db_path.with_name(db_path.name + "-locks")


class Busy(Exception):
    """The lock is held by another process (or another store of this process)."""


class Holder(NamedTuple):
    """Who has a report open for writing (a named tuple: see ``store.ReportSummary``)."""

    host: str
    pid: int
    since: str  # ISO 8601 with the local offset

    @classmethod
    def me(cls) -> "Holder":
        now = dt.datetime.now(dt.timezone.utc).astimezone().isoformat(timespec="seconds")
        return cls(_host_name(), os.getpid(), now)


def _host_name() -> str:
    """This computer's name, as ``socket.gethostname()`` gives it. Where ``os.uname`` exists it
    gives the same name without loading the socket module (about 3 ms at every start)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


class FileLock:
    """A lock on one file, held through one open descriptor of it (never shared)."""

    def __init__(self, path: Path):
        self.path = path
        self._fd: int | None = None
        self._depth = 0
        self._exclusive = False

    def _open(self) -> int:
        if self._fd is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        return self._fd

    def try_acquire(self, exclusive: bool) -> bool:
        """Take the lock without waiting; False when another holder has it."""
        fd = self._open()
        if sys.platform == "win32":  # pragma: no cover - Windows only
            try:
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            except OSError:
                return False
            return True
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def acquire(self, exclusive: bool, timeout: float) -> None:
        """Take the lock, waiting up to ``timeout`` seconds; :class:`Busy` when it stays held."""
        deadline = time.monotonic() + timeout
        while not self.try_acquire(exclusive):
            if time.monotonic() >= deadline:
                raise Busy(str(self.path))
            time.sleep(POLL_SECONDS)

    def release(self) -> None:
        """Let go of the lock (the file stays: removing it would break the lock of a waiter)."""
        if self._fd is None:
            return
        if sys.platform == "win32":  # pragma: no cover - Windows only
            try:
                os.lseek(self._fd, 0, os.SEEK_SET)
                msvcrt.locking(self._fd, msvcrt.LK_UNLCK, 1)
            except OSError:
                pass
        else:
            fcntl.flock(self._fd, fcntl.LOCK_UN)

    def close(self) -> None:
        """Release and close the descriptor."""
        if self._fd is not None:
            self.release()
            os.close(self._fd)
            self._fd = None
            self._depth = 0

    @contextmanager
    def held(self, exclusive: bool, timeout: float):
        """Hold the lock for a block; nested blocks inside an exclusive one take nothing more."""
        if self._depth and (self._exclusive or not exclusive):
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        if self._depth:
            raise RuntimeError("a shared lock cannot become exclusive inside its own block")
        self.acquire(exclusive, timeout)
        self._depth, self._exclusive = 1, exclusive
        try:
            yield
        finally:
            self._depth = 0
            self.release()


class DatabaseLock:
    """Shared to read, exclusive to write, across our processes (not on Windows, see above)."""

    def __init__(self, db_path: Path):
        self._lock = None if sys.platform == "win32" else FileLock(locks_dir(db_path) / "database.lock")

    def held(self, exclusive: bool, timeout: float):
        """A block during which no other of our processes writes (or reads, when exclusive)."""
        if self._lock is None:  # pragma: no cover - Windows only
            return _nothing()
        return self._lock.held(exclusive, timeout)

    def close(self) -> None:
        """Let go of the lock file."""
        if self._lock is not None:
            self._lock.close()


@contextmanager
def _nothing():  # pragma: no cover - Windows only
    yield


class ReportLock:
    """The right to write one report, held from opening it to closing it (or the process ending)."""

    def __init__(self, db_path: Path, report_id: int):
        folder = locks_dir(db_path)
        self._lock = FileLock(folder / f"report-{report_id}.lock")
        self._holder_path = folder / f"report-{report_id}.holder"
        self.held = False

    def try_acquire(self) -> Holder | None:
        """Take the lock; None on success, else who holds it (as far as can be told)."""
        if self._lock.try_acquire(exclusive=True):
            import json  # here: the program starts without it (a report is opened later)

            self.held = True
            holder = Holder.me()
            try:
                self._holder_path.write_text(json.dumps(holder._asdict()), encoding="utf-8")
            except OSError:
                pass  # the message to a second window is less precise; the lock still holds
            return None
        self._lock.close()
        return read_holder(self._holder_path)

    def release(self) -> None:
        """Give the report free for another window."""
        if self.held:
            try:
                self._holder_path.unlink()
            except OSError:
                pass
            self.held = False
        self._lock.close()


def read_holder(path: Path) -> Holder:
    """The holder written in ``path``; unknown fields when it cannot be read."""
    import json  # here: the program starts without it

    try:
        with open(path, "rb") as handle:
            data = json.loads(handle.read(HOLDER_LIMIT).decode("utf-8"))
        return Holder(str(data["host"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return Holder("?", 0, "")
