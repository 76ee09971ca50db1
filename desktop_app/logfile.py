"""The program's log file: warnings, errors and what was being done, so that a trace remains
when something goes wrong, even in the frozen windowed program where there is no console.

The file is ``clusterverslag.log`` in the data folder, kept to about 1 MB and three older
files (``.1`` to ``.3``). Starting costs only ``import logging`` and creates nothing on disk:
the folder and the file are made when the first line is written; the rotating handler is
imported then, or before, once the window has painted (:func:`prepare`). No Qt here; the window
installs its own hooks (``ui/errors.py``).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOGGER_NAME = "clusterverslag"
LOG_FILENAME = "clusterverslag.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_handler: "_LazyRotatingHandler | None" = None


def logger(name: str = "") -> logging.Logger:
    """The program's logger, or one of its children (``logger("window")``)."""
    return logging.getLogger(f"{LOGGER_NAME}.{name}" if name else LOGGER_NAME)


class _LazyRotatingHandler(logging.Handler):
    """A RotatingFileHandler made at the first record, so that starting the program neither
    imports ``logging.handlers`` nor creates a file."""

    def __init__(self, path: Path):
        super().__init__(logging.INFO)
        self.path = path
        self._inner: logging.Handler | None = None
        self.setFormatter(logging.Formatter(FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        if self._inner is None:
            from logging.handlers import RotatingFileHandler

            self.path.parent.mkdir(parents=True, exist_ok=True)

            self._inner = RotatingFileHandler(self.path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                              encoding="utf-8")
            self._inner.setFormatter(self.formatter)
        self._inner.handle(record)
        self._inner.flush()

    def close(self) -> None:
        if self._inner is not None:
            self._inner.close()
        super().close()


def prepare() -> None:
    """Import what writing the first line needs (``logging.handlers``, about 5 ms), when the
    log is in use and nothing has been written yet; still nothing is made on disk. The window
    calls it once it has painted, so the first line written (opening a report) does not pay it
    while the user waits."""
    if _handler is not None and _handler._inner is None:
        import logging.handlers  # noqa: F401 - loaded now, used by the first emit


def start_logging(folders: list[Path]) -> Path | None:
    """Write the program's warnings and errors (and lines saying what was being done) to
    ``clusterverslag.log`` in the first of ``folders`` that is, or can be made as, a folder we
    may write in; return the file's path, or None when none of them can hold it. Calling it again
    replaces the previous file."""
    global _handler
    stop_logging()
    for folder in folders:
        if not _can_hold_files(folder):
            continue
        _handler = _LazyRotatingHandler(folder / LOG_FILENAME)
        root = logger()
        root.addHandler(_handler)
        root.setLevel(logging.INFO)
        return _handler.path
    return None


def _can_hold_files(folder: Path) -> bool:
    """Whether ``folder`` is, or can be made as, a folder we may write in; nothing is made yet."""
    probe = folder
    while not probe.exists():
        if probe.parent == probe:
            return False
        probe = probe.parent
    return probe.is_dir() and os.access(probe, os.W_OK)


def stop_logging() -> None:
    """Close the log file (tests start and stop it for each window they open)."""
    global _handler
    if _handler is not None:
        logger().removeHandler(_handler)
        _handler.close()
        _handler = None


def log_path() -> Path | None:
    """The log file in use, or None when nothing is written."""
    return _handler.path if _handler is not None else None
