"""Copies of the database in a ``backups`` folder beside it, and the way back to one.

A copy is taken with SQLite's online backup API (a consistent copy of a database in use,
never a half-written one) into a temporary file that is flushed to disk and then renamed, so a
backup file is always whole. The window takes one when it starts and the file changed since
the newest copy, and one every :data:`EDITING_INTERVAL_SECONDS` while reports are being saved.
The newest :data:`KEEP_RECENT` copies are kept, and for older months the newest copy of each.

Restoring never destroys the current file: it is renamed aside with the time in its name
(``clusterverslag-before-restore-20261130-142501.sqlite``), then the copy is put in its place.
No Qt here.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

BACKUP_FOLDER = "backups"
KEEP_RECENT = 10
EDITING_INTERVAL_SECONDS = 10 * 60
# Pages copied at a time when a restore reports its progress (1 MiB with SQLite's 4 KiB pages).
COPY_STEP_PAGES = 256
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.sqlite$")

# The window looks for the newest backup when it starts: named tuples rather than dataclasses,
# and the time in a name read without strptime (which loads _strptime, locale and calendar),
# spare that start about 5 ms.


class ReportInBackup(NamedTuple):
    """One report of a backup, as the restore dialog lists it."""

    id: int
    year: int | None
    promoter_name: str
    deleted: bool


class Backup(NamedTuple):
    """One backup file: when it was taken, and the reports in it (None: it cannot be read)."""

    path: Path
    taken_at: dt.datetime  # local time
    reports: tuple[ReportInBackup, ...] | None


def backups_dir(db_path: Path) -> Path:
    """The ``backups`` folder in the data folder (the folder of the database)."""
    return Path(db_path).parent / BACKUP_FOLDER


def _backup_files(db_path: Path) -> list[tuple[dt.datetime, Path]]:
    """The backups of ``db_path``, newest first, with the time in their names."""
    folder = backups_dir(db_path)
    stem = Path(db_path).stem
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        if not match or match["stem"] != stem or not entry.is_file():
            continue
        try:
            taken = _stamp_time(match["stamp"])
        except ValueError:
            continue
        found.append((taken, int(match["n"] or 0), entry))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [(taken, path) for taken, _n, path in found]


def _stamp_time(stamp: str) -> dt.datetime:
    """The time of a stamp ``YYYYmmdd-HHMMSS`` (its form checked by ``_NAME``), as strptime with
    :data:`_STAMP` reads it; ValueError for a date or time that does not exist."""
    return dt.datetime(int(stamp[0:4]), int(stamp[4:6]), int(stamp[6:8]),
                       int(stamp[9:11]), int(stamp[11:13]), int(stamp[13:15]))


def newest_backup_time(db_path: Path) -> dt.datetime | None:
    """When the newest backup of ``db_path`` was taken (local time), None when there is none."""
    files = _backup_files(db_path)
    return files[0][0] if files else None


def needs_backup(db_path: Path) -> bool:
    """True when the database changed after its newest backup (or has none)."""
    files = _backup_files(db_path)
    if not files:
        return True
    try:
        changed = os.stat(db_path).st_mtime
        newest = os.stat(files[0][1]).st_mtime
    except OSError:
        return True
    return changed > newest


def take_backup(conn: sqlite3.Connection, db_path: Path, now: dt.datetime | None = None) -> Path:
    """Copy the database open in ``conn`` into the backups folder; return the new file.

    Raises ``OSError`` or ``sqlite3.Error`` when it cannot (the caller decides what to say).
    """
    now = now or dt.datetime.now()
    folder = backups_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{Path(db_path).stem}-{now.strftime(_STAMP)}"
    target = folder / f"{name}.sqlite"
    n = 1
    while target.exists():
        target = folder / f"{name}-{n}.sqlite"
        n += 1
    partial = folder / f".{target.name}.partial"
    try:
        _copy_database(conn, partial)
        os.replace(partial, target)
    except BaseException:
        _remove(partial)
        raise
    _fsync_folder(folder)
    prune(db_path)
    return target


def _copy_database(source: sqlite3.Connection, path: Path,
                   progress: Callable[[int, int], None] | None = None) -> None:
    """Copy ``source`` into a new file at ``path`` with SQLite's backup API, in the store's
    journal mode, and flush it to disk. ``progress(pages done, pages in all)`` is called
    after each step of :data:`COPY_STEP_PAGES`; what it raises stops the copy."""
    copy = sqlite3.connect(path)
    try:
        if progress is None:
            source.backup(copy)
        else:
            source.backup(copy, pages=COPY_STEP_PAGES,
                          progress=lambda _status, remaining, total: progress(total - remaining, total))
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()
    _fsync(path)


def prune(db_path: Path) -> list[Path]:
    """Delete the backups no longer kept: keep the newest :data:`KEEP_RECENT`, and of the
    older ones the newest of each month. Returns the deleted files."""
    files = _backup_files(db_path)
    kept_months = set()
    deleted = []
    for index, (taken, path) in enumerate(files):
        month = (taken.year, taken.month)
        if index < KEEP_RECENT:
            kept_months.add(month)
            continue
        if month not in kept_months:
            kept_months.add(month)
            continue
        try:
            path.unlink()
            deleted.append(path)
        except OSError:
            pass
    return deleted


def has_backups(db_path: Path) -> bool:
    """Whether ``db_path`` has backups (their names only: no file is opened)."""
    return bool(_backup_files(db_path))


def list_backups(db_path: Path) -> list[Backup]:
    """The backups of ``db_path``, newest first, each with the reports it holds."""
    return [Backup(path, taken, _reports_in(path)) for taken, path in _backup_files(db_path)]


def _reports_in(path: Path) -> tuple[ReportInBackup, ...] | None:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        rows = conn.execute(
            """SELECT r.id, r.year, COALESCE(o.name, ''), r.deleted_at IS NOT NULL
               FROM reports r LEFT JOIN organisations o ON o.report_id = r.id AND o.position = 0
               ORDER BY r.year DESC, r.id DESC"""
        ).fetchall()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return tuple(ReportInBackup(int(i), y, str(name), bool(d)) for i, y, name, d in rows)


def aside_path(db_path: Path, now: dt.datetime | None = None) -> Path:
    """Where the current file goes when a backup is restored over it."""
    now = now or dt.datetime.now()
    db_path = Path(db_path)
    target = db_path.with_name(f"{db_path.stem}-before-restore-{now.strftime(_STAMP)}{db_path.suffix}")
    n = 1
    while target.exists():
        target = db_path.with_name(f"{db_path.stem}-before-restore-{now.strftime(_STAMP)}-{n}{db_path.suffix}")
        n += 1
    return target


def restore_backup(db_path: Path, backup: Path, now: dt.datetime | None = None, *,
                   progress: Callable[[int, int], None] | None = None,
                   before_replacing: Callable[[], None] | None = None) -> Path | None:
    """Put the copy ``backup`` in the place of ``db_path``; the current file (with its
    journal, if a save was cut off) is renamed aside first. Returns where it went (None when
    there was no current file). Every store on ``db_path`` must be closed first.

    The copy is checked and copied whole to a temporary file beside the database before
    anything is renamed, so a failure leaves the current file where it was. ``progress``
    hears how far the copy got; ``before_replacing`` is called once it is whole, before the
    current file is touched: what either raises (the user cancelled) leaves everything as it
    was, the temporary file removed.
    """
    db_path = Path(db_path)
    partial = db_path.with_name(f".{db_path.name}.restoring")
    try:
        source = sqlite3.connect(f"{Path(backup).resolve().as_uri()}?mode=ro", uri=True)
        try:
            if source.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("the backup is damaged")
            _copy_database(source, partial, progress)
        finally:
            source.close()
        if before_replacing is not None:
            before_replacing()
    except BaseException:
        _remove(partial)
        raise
    aside = None
    if db_path.exists():
        aside = aside_path(db_path, now)
        os.replace(db_path, aside)
        journal = db_path.with_name(db_path.name + "-journal")
        if journal.exists():
            os.replace(journal, aside.with_name(aside.name + "-journal"))
    os.replace(partial, db_path)
    _fsync_folder(db_path.parent)
    return aside


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)  # Windows flushes only a handle open for writing
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable (not possible on Windows, where it is not needed)."""
    if os.name == "nt":  # pragma: no cover - Windows only
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
