"""A copy of a report in a file of its own, for when it cannot be saved in its database (a
full disk, a lock, a read-only file): the user keeps what she typed, elsewhere.

A report without errors is written as its submission file (:func:`submission.to_xml`), which
*File ▸ Open submission file…* imports again. The submission format cannot hold a report that
still has errors (an empty field, an unreadable amount), so such a report is written as a
database file of the program holding that one report, which ``clusterverslag --db FILE``
opens. Both are written atomically: the file is the old one or the complete new one.
"""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

from ..domain.model import Report
from ..storage import ReportStore
from .files import atomic_write

SUBMISSION, DATABASE = "xml", "sqlite"


def copy_format(report: Report) -> tuple[str, bytes | None]:
    """``("xml", the submission file)`` when the report can be written as one, else
    ``("sqlite", None)``."""
    from .submission import to_xml

    try:
        return SUBMISSION, to_xml(report)
    except Exception:  # noqa: BLE001 - errors in the report, or a bug: the database copy keeps everything
        return DATABASE, None


def write_copy(report: Report, path: Path, kind: str, data: bytes | None = None) -> Path:
    """Write the copy of ``report`` to ``path`` in the format ``kind`` from
    :func:`copy_format` (``data`` is the submission file for ``"xml"``); return the path."""
    path = Path(path)
    if not path.parent.is_dir():  # never a folder made where the user did not choose one
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path.parent))
    if kind == SUBMISSION:
        assert data is not None
        atomic_write(path, data)
        return path
    if Path(f"{path}-wal").exists():  # a database in use there: its log would be replayed into the copy
        raise OSError(errno.EBUSY, os.strerror(errno.EBUSY), str(path))
    # A fresh database beside the target, then renamed over it: never a half-written file, and
    # never the report added to whatever database was there.
    temporary = path.with_name(f".{path.name}.{os.getpid()}.part")
    for stale in (temporary, Path(f"{temporary}-wal"), Path(f"{temporary}-shm")):
        stale.unlink(missing_ok=True)
    try:
        store = ReportStore.open(temporary)
        try:
            store.create(report)
        finally:
            store.close()
        with open(temporary, "rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    finally:
        for leftover in (temporary, Path(f"{temporary}-wal"), Path(f"{temporary}-shm"),
                         Path(f"{temporary}-journal")):
            leftover.unlink(missing_ok=True)
        shutil.rmtree(f"{temporary}-locks", ignore_errors=True)  # the store's lock files, of no use to a copy
    return path
