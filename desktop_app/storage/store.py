"""The report store: create, load, save, list, delete (to a bin), restore, and exports.

One SQLite file with a rollback journal (``journal_mode=DELETE``) and ``synchronous=EXTRA``:
every save is one transaction that is in the database file itself when it returns, so it
survives the program or the computer stopping, and no other process's reading can take it away
(see "How nothing is lost" in the README, and ``locks.py`` for the locks of our own taken around
every transaction). The schema is made and upgraded
by sqlite-utils' named migrations (``migrations.py``), imported only when one is pending; the
everyday reading and writing use the standard ``sqlite3`` module, which starts faster.
A file that cannot be used (locked, read-only folder, not a database, made by a newer program)
raises :class:`StorageError` with a message in both languages and is never written to.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..domain.text import Text
from .locks import Busy, DatabaseLock, Holder, ReportLock
from .names import MIGRATION_NAMES, MIGRATION_SET, MIGRATION_TABLE
from .writer import Writer

TEN_MINUTE_BACKUP = "ten-minute-backup"  # the writer's key of a backup due while saving

if TYPE_CHECKING:
    from ..domain.model import Report

# The program starts on its list of reports, which needs none of the report model, json or
# the backups (about 8 ms of imports): the methods that load, save, fingerprint and copy
# reports import them when first called.

_LOCK_TIMEOUT_SECONDS = 2.0
_log = logging.getLogger(__name__)
# Every commit goes into the database file itself. In WAL mode a commit stays in the -wal file
# until a checkpoint, and a WAL that another process deletes (it does, when this process's
# POSIX locks were dropped by an unrelated close) takes the commits with it.
JOURNAL_MODE = "delete"


class StorageError(Exception):
    """The database cannot be used; ``message`` says why, for the user, in nl and fr."""

    def __init__(self, code: str, message: Text, path: Path | None = None):
        super().__init__(f"{code}: {message.nl}")
        self.code = code
        self.message = message
        self.path = path


# The records are named tuples, not dataclasses: the dataclasses module and each frozen
# dataclass cost the program's start about 3 ms; typing, which NamedTuple needs, is loaded anyway.


class ReportSummary(NamedTuple):
    """One line of the list of reports."""

    id: int
    year: int | None
    promoter_name: str
    state: str  # "draft", "exported" or "changed" (changed since the last export)
    updated_at: str
    deleted_at: str | None


class ExportRecord(NamedTuple):
    """One export of a report: when, the fingerprint of the submission file, the two files."""

    id: int
    report_id: int
    exported_at: str
    sha256: str
    pdf_path: str
    xml_path: str
    content_hash: str = ""  # the fingerprint of the report's content as exported


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).astimezone().isoformat(timespec="seconds")


def content_fingerprint(report: Report) -> str:
    """A hash of everything the user entered, to tell whether a report changed since export.

    Zero counts and missing counts are the same to the user, so zeros are left out.
    """
    import dataclasses
    import json

    data = dataclasses.asdict(report)
    data["training"] = {
        category: {ocmw: n for ocmw, n in sorted(counts.items()) if n}
        for category, counts in sorted(report.training.items())
    }
    text = json.dumps(data, sort_keys=True, default=str, ensure_ascii=False)
    import hashlib  # here, not at start-up: OpenSSL's loading costs about 3 ms

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_ORGANISATION_FIELDS = (
    "name", "enterprise_number", "street", "postal_code", "municipality",
    "contact_person", "phone", "email",
)


class ReportStore:
    """The reports in one SQLite file. Open with :meth:`open`; close with :meth:`close`."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, lock: DatabaseLock | None = None):
        self._conn = conn
        self.path = path
        self._main_lock = lock
        # The writer thread (``writer.py``) has a connection and a lock of its own: SQLite
        # connections belong to the thread that made them, and the lock's nesting count too.
        self._local = threading.local()
        self._writer: Writer | None = None
        self._identity = _identity(path) if path is not None else None
        # The revision of each report as this store last read or wrote it: a save refuses to
        # go over a newer one.
        self._revisions: dict[int, int] = {}
        self._report_locks: dict[int, ReportLock] = {}
        self.backups = False  # automatic backups (the window's store); see :meth:`open`
        self._last_backup = time.monotonic()  # of the last backup taken (or of opening)
        self.backup_error: str | None = None  # why the last automatic backup failed

    @property
    def conn(self) -> sqlite3.Connection:
        """The connection of the calling thread: the writer thread's own, else the store's."""
        return getattr(self._local, "conn", None) or self._conn

    @property
    def _lock(self) -> DatabaseLock | None:
        return getattr(self._local, "lock", None) or self._main_lock

    # -- opening -----------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, backups: bool = False, background: bool = False) -> "ReportStore":
        """Open (or create) the database at ``path`` and bring its schema up to date.

        A file that fails SQLite's quick integrity check is refused (``damaged``) and left as
        it is. With ``backups``, a copy goes into the ``backups`` folder beside it now when the
        file changed since the newest copy, and again every ten minutes while saving; with
        ``background`` as well, that first copy is taken by the :attr:`writer` thread (the
        window does not wait for it; :meth:`close` does).
        """
        path = Path(path).expanduser()
        if path.exists() and not path.is_file():
            raise StorageError("not-a-file", _MESSAGES["not-a-file"].format(path=path), path)
        if path.exists():
            _refuse_non_sqlite(path)
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError:
                raise StorageError("folder-unwritable", _MESSAGES["folder-unwritable"].format(path=path.parent), path) from None
        lock = DatabaseLock(path)
        try:
            conn = sqlite3.connect(str(path), timeout=_LOCK_TIMEOUT_SECONDS, isolation_level=None)
        except sqlite3.Error:
            lock.close()
            raise StorageError("cannot-open", _MESSAGES["cannot-open"].format(path=path), path) from None
        try:
            with lock.held(exclusive=True, timeout=_LOCK_TIMEOUT_SECONDS):
                store = cls._prepare(conn, path, lock)
        except StorageError:
            conn.close()
            lock.close()
            raise
        except Busy:
            conn.close()
            lock.close()
            raise StorageError("locked", _MESSAGES["locked"].format(path=path), path) from None
        except OSError:
            conn.close()
            lock.close()
            code = "read-only" if path.exists() else "folder-unwritable"
            where = path if path.exists() else path.parent
            raise StorageError(code, _MESSAGES[code].format(path=where), path) from None
        except sqlite3.Error as error:
            conn.close()
            lock.close()
            raise _translate_sqlite_error(error, path) from None
        if backups:
            store.backups = True
            from . import backups as _backups

            newest = _backups.newest_backup_time(path)
            if newest is not None:
                age = (dt.datetime.now() - newest).total_seconds()
                store._last_backup = time.monotonic() - max(age, 0.0)
            if background:
                store.writer.submit(store._backup_if_changed, key="backup")
            else:
                store._backup_if_changed()
        return store

    @classmethod
    def open_memory(cls) -> "ReportStore":
        """A store in memory, for tests and for showing a file without keeping it."""
        return cls._prepare(sqlite3.connect(":memory:", isolation_level=None), None)

    @classmethod
    def _prepare(cls, conn: sqlite3.Connection, path: Path | None, lock: DatabaseLock | None = None) -> "ReportStore":
        conn.row_factory = sqlite3.Row
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        applied: set[str] = set()
        if MIGRATION_TABLE in tables:
            applied = {
                row[0]
                for row in conn.execute(f"SELECT name FROM {MIGRATION_TABLE} WHERE migration_set = ?", [MIGRATION_SET])
            }
        if applied - set(MIGRATION_NAMES):
            raise StorageError("newer-schema", _MESSAGES["newer-schema"].format(path=path), path)
        if path is not None:
            # Before anything is written: a damaged file is refused and left as it is.
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise StorageError("damaged", _MESSAGES["damaged"].format(path=path), path)
            if tables and not applied:
                raise StorageError("foreign-database", _MESSAGES["foreign-database"].format(path=path), path)
            if path.exists() and not _writable(path):
                raise StorageError("read-only", _MESSAGES["read-only"].format(path=path), path)
            conn.execute(f"PRAGMA busy_timeout = {int(_LOCK_TIMEOUT_SECONDS * 1000)}")
            if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != JOURNAL_MODE:
                # Leaving WAL needs the file to itself: a program still using it makes this
                # fail as "locked", and the file is left as it was.
                mode = conn.execute(f"PRAGMA journal_mode = {JOURNAL_MODE}").fetchone()[0].lower()
                if mode != JOURNAL_MODE:
                    raise StorageError("locked", _MESSAGES["locked"].format(path=path), path)
            # EXTRA, not FULL: in DELETE mode a commit is the journal's removal, and only EXTRA
            # syncs the folder after it, so a power cut just after a save cannot bring the
            # journal back and undo the save at the next opening.
            conn.execute("PRAGMA synchronous = EXTRA")
        conn.execute("PRAGMA foreign_keys = ON")
        if set(MIGRATION_NAMES) - applied:
            from sqlite_utils import Database

            from .migrations import migrations

            migrations.apply(Database(conn))
            conn.row_factory = sqlite3.Row
        return cls(conn, path, lock)

    def close(self) -> None:
        """Finish what the writer thread has queued, close the file and give free the reports
        it held; the store cannot be used afterwards. A ten-minute backup still waiting in the
        queue is not taken (closing saves the report, which can make one due, and the window
        would wait for a copy of the whole file: half a second on a slow disk): the next
        opening takes one, as the file changed after the newest copy. One being written is
        finished, never left half-written."""
        if self._writer is not None:
            self._writer.close(dropping=TEN_MINUTE_BACKUP)
        for lock in self._report_locks.values():
            lock.release()
        self._report_locks.clear()
        self._conn.close()
        if self._main_lock is not None:
            self._main_lock.close()

    # -- the writer thread ----------------------------------------------------------------------

    @property
    def writer(self) -> Writer:
        """The thread that saves and takes backups for the window (started at its first job)."""
        if self._writer is None:
            if self.path is None:
                self._writer = Writer(None, None)
            else:
                self._writer = Writer(self._attach_thread, self._detach_thread)
        return self._writer

    def _attach_thread(self) -> None:
        """Give the calling thread a connection and a database lock of its own, set up as
        the store's (same file, never created here: a file gone is refused by the same-file
        check of the first save)."""
        assert self.path is not None
        try:
            uri = Path(self.path).resolve().as_uri() + "?mode=rw"
            conn = sqlite3.connect(uri, uri=True, timeout=_LOCK_TIMEOUT_SECONDS, isolation_level=None)
        except sqlite3.Error as error:
            raise _translate_sqlite_error(error, self.path) from None
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {int(_LOCK_TIMEOUT_SECONDS * 1000)}")
        conn.execute(f"PRAGMA journal_mode = {JOURNAL_MODE}")
        conn.execute("PRAGMA synchronous = EXTRA")
        conn.execute("PRAGMA foreign_keys = ON")
        self._local.conn = conn
        self._local.lock = DatabaseLock(self.path)

    def _detach_thread(self) -> None:
        conn, lock = getattr(self._local, "conn", None), getattr(self._local, "lock", None)
        self._local.conn = self._local.lock = None
        if conn is not None:
            conn.close()
        if lock is not None:
            lock.close()

    # -- backups -----------------------------------------------------------------------------

    def backup_now(self) -> Path | None:
        """Copy the database into the ``backups`` folder now (SQLite's online backup API).

        Returns the copy, or None when it could not be made: a failed backup never fails a
        save; why it failed is kept in :attr:`backup_error` and logged.
        """
        if self.path is None:
            return None
        from . import backups as _backups

        self._last_backup = time.monotonic()
        try:
            with ExitStack() as stack:
                if self._lock is not None:
                    stack.enter_context(self._lock.held(exclusive=False, timeout=_LOCK_TIMEOUT_SECONDS))
                copy = _backups.take_backup(self.conn, self.path)
        except (OSError, sqlite3.Error, Busy) as error:
            self.backup_error = f"{type(error).__name__}: {error}"
            _log.warning("backup of %s failed: %s", self.path, self.backup_error)
            return None
        self.backup_error = None
        return copy

    @contextmanager
    def backup_deferred(self) -> Iterator[None]:
        """Within (on the calling thread): a ten-minute backup that falls due at a save waits
        for a later save."""
        self._local.defer_backup = True
        try:
            yield
        finally:
            self._local.defer_backup = False

    def _backup_if_changed(self) -> None:
        from . import backups as _backups

        if self.path is not None and _backups.needs_backup(self.path):
            self.backup_now()

    def _backup_if_due(self) -> None:
        """Take the ten-minute backup when it is due. On the writer thread it becomes a job of
        its own, after the save under way: some saves are waited for (Retry, closing, an
        export's worker), and must not wait for a copy of the whole file as well (two flushes
        to disk, 100 ms and more on a slow or network disk)."""
        from . import backups as _backups

        if not self.backups or time.monotonic() - self._last_backup < _backups.EDITING_INTERVAL_SECONDS:
            return
        if getattr(self._local, "defer_backup", False):
            return  # a save someone waits for: the next save takes it
        writer = self._writer
        if writer is not None and writer.on_its_thread():
            self._last_backup = time.monotonic()  # one job, not one per save until it has run
            if writer.submit_after(self.backup_now, key=TEN_MINUTE_BACKUP):
                return
        self.backup_now()

    # -- one writer per report -----------------------------------------------------------------

    def claim(self, report_id: int) -> Holder | None:
        """Take the right to write a report, until :meth:`release` or the process ends.

        Returns None when this store has it, else who holds it (computer, process, since):
        another window or program, which the user should be told about. The lock is an
        ``flock`` (``locks.py``): it dies with the process, also when it is killed.
        """
        if self.path is None or report_id in self._report_locks:
            return None
        lock = ReportLock(self.path, report_id)
        try:
            holder = lock.try_acquire()
        except OSError:
            raise StorageError("cannot-open", _MESSAGES["cannot-open"].format(path=self.path), self.path) from None
        if holder is None:
            self._report_locks[report_id] = lock
        return holder

    def release(self, report_id: int) -> None:
        """Give a report free for other windows (nothing happens when it was not claimed)."""
        lock = self._report_locks.pop(report_id, None)
        if lock is not None:
            lock.release()

    def revision(self, report_id: int) -> int:
        """The stored revision of a report: how many times its content was saved."""
        with self._reading():
            return self._row(report_id)["revision"]

    # -- reports -----------------------------------------------------------------------

    def create(self, report: Report | None = None) -> int:
        """Store a new report (an empty one by default) and return its id."""
        from ..domain.model import Report

        report = report or Report()
        now = _now()
        with self._writing():
            report_id = self.conn.execute(
                "INSERT INTO reports (created_at, updated_at, language) VALUES (?, ?, ?)",
                [now, now, report.language],
            ).lastrowid
            self._write(report_id, report, now)
        self._revisions[report_id] = 1
        return report_id

    def save(self, report_id: int, report: Report, *, base_revision: int | None = None) -> bool:
        """Replace the stored content of a report in one transaction.

        Returns False (and writes nothing) when nothing changed since the last save. The save
        must be based on the stored revision: ``base_revision``, by default the revision this
        store last loaded or saved of the report. When another window or program saved the
        report in between, nothing is written and :class:`StorageError` ``stale-revision`` is
        raised: the caller still has ``report``, to keep it as a copy.
        """
        fingerprint = content_fingerprint(report)
        base = base_revision if base_revision is not None else self._revisions.get(report_id)
        with self._writing():
            row = self._row(report_id)
            if base is not None and row["revision"] != base:
                raise StorageError("stale-revision", _MESSAGES["stale-revision"].format(id=report_id), self.path)
            if row["content_hash"] == fingerprint:
                self._revisions[report_id] = row["revision"]
                return False
            self._write(report_id, report, _now(), fingerprint)
            self._revisions[report_id] = row["revision"] + 1
        self._backup_if_due()
        return True

    def load(self, report_id: int) -> Report:
        """The stored report with that id (also from the bin)."""
        with self._reading():
            return self._load(report_id)

    def _load(self, report_id: int) -> Report:
        from ..domain.model import CostLine, Organisation, Partnership, Report, Signatories

        row = self._row(report_id)
        self._revisions[report_id] = row["revision"]
        rid = [report_id]
        organisations = [
            Organisation(r["ocmw_id"], **{f: r[f] for f in _ORGANISATION_FIELDS})
            for r in self.conn.execute("SELECT * FROM organisations WHERE report_id = ? ORDER BY position", rid)
        ]
        report = Report(
            year=row["year"],
            language=row["language"],
            subsidy=row["subsidy_cents"],
            promoter=organisations[0] if organisations else Report().promoter,
            members=organisations[1:],
            narrative=row["narrative"],
            signatories=Signatories(
                president=row["president"],
                secretary=row["secretary"],
                place=row["place"],
                date=_date(row["signature_date"]),
            ),
        )
        report.partnerships = [
            Partnership(
                partner=r["partner"],
                category=r["category"],
                agreement_reference=r["agreement_reference"],
                agreement_date=_date(r["agreement_date"]),
                description=r["description"],
            )
            for r in self.conn.execute("SELECT * FROM partnerships WHERE report_id = ? ORDER BY position", rid)
        ]
        for r in self.conn.execute("SELECT * FROM training_counts WHERE report_id = ?", rid):
            report.set_count(r["category"], r["ocmw_id"], r["persons"])
        for r in self.conn.execute("SELECT * FROM cost_lines WHERE report_id = ?", rid):
            report.costs[r["category"]] = CostLine(
                total_amount=r["total_amount_cents"],
                ocmw_share=r["ocmw_share_cents"],
                public_share=r["public_share_cents"],
                income=r["income_cents"],
            )
        report.unreadable = {
            r["path"]: r["typed"]
            for r in self.conn.execute("SELECT * FROM unreadable_inputs WHERE report_id = ? ORDER BY path", rid)
        }
        return report

    def list_reports(self, *, deleted: bool = False) -> list[ReportSummary]:
        """The reports, most recently changed first; ``deleted=True`` lists the bin."""
        condition = "r.deleted_at IS NOT NULL" if deleted else "r.deleted_at IS NULL"
        with self._reading():
            rows = self.conn.execute(
            f"""SELECT r.id, r.year, r.updated_at, r.deleted_at, r.content_hash,
                       COALESCE(o.name, '') AS promoter_name,
                       (SELECT e.content_hash FROM exports e WHERE e.report_id = r.id
                        ORDER BY e.id DESC LIMIT 1) AS exported_hash
                FROM reports r
                LEFT JOIN organisations o ON o.report_id = r.id AND o.position = 0
                WHERE {condition}
                ORDER BY r.updated_at DESC, r.id DESC"""
            ).fetchall()
        return [
            ReportSummary(
                id=r["id"],
                year=r["year"],
                promoter_name=r["promoter_name"],
                state=_state(r["exported_hash"], r["content_hash"]),
                updated_at=r["updated_at"],
                deleted_at=r["deleted_at"],
            )
            for r in rows
        ]

    def state(self, report_id: int) -> str:
        """``draft``, ``exported``, or ``changed`` since the last export."""
        with self._reading():
            row = self._row(report_id)
            last = self.conn.execute(
                "SELECT content_hash FROM exports WHERE report_id = ? ORDER BY id DESC LIMIT 1", [report_id]
            ).fetchone()
        return _state(last[0] if last else None, row["content_hash"])

    def delete(self, report_id: int) -> None:
        """Move a report to the bin; :meth:`restore` brings it back until the bin is emptied."""
        with self._writing():
            self._row(report_id)
            self.conn.execute("UPDATE reports SET deleted_at = ? WHERE id = ?", [_now(), report_id])

    def restore(self, report_id: int) -> None:
        """Take a report out of the bin."""
        with self._writing():
            self._row(report_id)
            self.conn.execute("UPDATE reports SET deleted_at = NULL WHERE id = ?", [report_id])

    def empty_bin(self) -> int:
        """Delete the reports in the bin for good; return how many."""
        with self._writing():
            cursor = self.conn.execute("DELETE FROM reports WHERE deleted_at IS NOT NULL")
        return cursor.rowcount

    def create_from_previous(self, report_id: int) -> int:
        """A new report for the next year from a stored one: identification, members and
        partnerships copied; narrative, counts, costs and signatures empty."""
        return self.create(self.load(report_id).next_year())

    # -- exports -----------------------------------------------------------------------

    def record_export(self, report_id: int, sha256: str, pdf_path: str, xml_path: str) -> ExportRecord:
        """Remember an export of the report as it is stored now; it is then ``exported``."""
        now = _now()
        with self._writing():
            row = self._row(report_id)
            export_id = self.conn.execute(
                "INSERT INTO exports (report_id, exported_at, sha256, content_hash, pdf_path, xml_path)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [report_id, now, sha256, row["content_hash"], str(pdf_path), str(xml_path)],
            ).lastrowid
        return ExportRecord(export_id, report_id, now, sha256, str(pdf_path), str(xml_path), row["content_hash"])

    def reports_with_content(self, report: Report) -> list[tuple[int, bool]]:
        """The stored reports whose content is that of ``report`` (the fingerprint of
        :func:`content_fingerprint`), as ``(id, in_bin)``, the oldest first: to notice that
        a file is imported a second time."""
        with self._reading():
            rows = self.conn.execute(
                "SELECT id, deleted_at FROM reports WHERE content_hash = ? ORDER BY id",
                [content_fingerprint(report)],
            ).fetchall()
        return [(r["id"], r["deleted_at"] is not None) for r in rows]

    def exports(self, report_id: int) -> list[ExportRecord]:
        """Every export of a report, the newest first."""
        with self._reading():
            rows = self.conn.execute("SELECT * FROM exports WHERE report_id = ? ORDER BY id DESC", [report_id]).fetchall()
        return [
            ExportRecord(r["id"], r["report_id"], r["exported_at"], r["sha256"], r["pdf_path"], r["xml_path"],
                         r["content_hash"])
            for r in rows
        ]

    # -- internals ---------------------------------------------------------------------

    def _row(self, report_id: int) -> dict:
        row = self.conn.execute("SELECT * FROM reports WHERE id = ?", [report_id]).fetchone()
        if row is None:
            raise StorageError("no-such-report", _MESSAGES["no-such-report"].format(id=report_id), self.path)
        return row

    def _writing(self):
        return _transaction(self, write=True)

    def _reading(self):
        """One read transaction: a consistent view, and no write of our other processes
        half done (see ``locks.py``)."""
        return _transaction(self, write=False)

    def _check_same_file(self) -> None:
        """Refuse to go on when the file at our path is no longer the one we opened (moved,
        deleted or replaced by another program): what we wrote would not be where the user
        looks for it."""
        if self.path is not None and _identity(self.path) != self._identity:
            raise StorageError("file-replaced", _MESSAGES["file-replaced"].format(path=self.path), self.path)

    def _write(self, report_id: int, report: Report, now: str, fingerprint: str | None = None) -> None:
        from ..domain.model import COST_CATEGORIES

        conn = self.conn
        signatories = report.signatories
        conn.execute(
            """UPDATE reports SET year = ?, language = ?, subsidy_cents = ?, narrative = ?,
                   president = ?, secretary = ?, place = ?, signature_date = ?,
                   content_hash = ?, updated_at = ?, revision = revision + 1
               WHERE id = ?""",
            [
                report.year, report.language, report.subsidy, report.narrative,
                signatories.president, signatories.secretary, signatories.place,
                signatories.date.isoformat() if signatories.date else None,
                fingerprint or content_fingerprint(report), now, report_id,
            ],
        )
        for table in ("organisations", "partnerships", "training_counts", "cost_lines", "unreadable_inputs"):
            conn.execute(f"DELETE FROM {table} WHERE report_id = ?", [report_id])
        _insert_all(conn, "organisations", ("report_id", "position", "ocmw_id", *_ORGANISATION_FIELDS), (
            (report_id, i, o.id, *(getattr(o, f) for f in _ORGANISATION_FIELDS))
            for i, o in enumerate(report.ocmws)
        ))
        _insert_all(conn, "partnerships", (
            "report_id", "position", "partner", "category", "agreement_reference", "agreement_date", "description",
        ), (
            (report_id, i, p.partner, p.category, p.agreement_reference,
             p.agreement_date.isoformat() if p.agreement_date else None, p.description)
            for i, p in enumerate(report.partnerships)
        ))
        _insert_all(conn, "training_counts", ("report_id", "category", "ocmw_id", "persons"), (
            (report_id, c, o, n) for c, counts in report.training.items() for o, n in counts.items()
        ))
        _insert_all(conn, "cost_lines", (
            "report_id", "category", "total_amount_cents", "ocmw_share_cents", "public_share_cents", "income_cents",
        ), (
            (report_id, c, line.total_amount, line.ocmw_share, line.public_share, line.income)
            for c, line in ((c, report.costs[c]) for c in COST_CATEGORIES)
        ))
        _insert_all(conn, "unreadable_inputs", ("report_id", "path", "typed"), (
            (report_id, p, t) for p, t in report.unreadable.items()
        ))


def _insert_all(conn: sqlite3.Connection, table: str, columns: tuple[str, ...], rows) -> None:
    placeholders = ", ".join("?" for _ in columns)
    conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})", rows)


@contextmanager
def _transaction(store: ReportStore, write: bool) -> Iterator[sqlite3.Connection]:
    """One transaction under the database lock; a locked or read-only file becomes a
    :class:`StorageError`. A block inside an open transaction joins it.

    ``BEGIN IMMEDIATE`` takes the write lock at the start, so a file locked by another program
    is reported before anything is written. After the commit the file must still be the one
    opened: only then is the save where the program will look for it.
    """
    conn = store.conn
    if conn.in_transaction:
        yield conn
        return
    with ExitStack() as stack:
        if store._lock is not None:
            try:
                stack.enter_context(store._lock.held(exclusive=write, timeout=_LOCK_TIMEOUT_SECONDS))
            except Busy:
                raise StorageError("locked", _MESSAGES["locked"].format(path=store.path), store.path) from None
            except OSError:
                raise StorageError("cannot-open", _MESSAGES["cannot-open"].format(path=store.path), store.path) from None
        if write:
            store._check_same_file()
        try:
            conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        except sqlite3.Error as error:
            raise _translate_sqlite_error(error, store.path) from None
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException as error:
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass  # SQLite rolls back by itself when it cannot here (the journal stays)
            if isinstance(error, sqlite3.Error):
                raise _translate_sqlite_error(error, store.path) from None
            raise
        if write:
            store._check_same_file()


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file is at ``path`` now (device and inode), None when there is none."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def _state(exported_hash: str | None, content_hash: str) -> str:
    if exported_hash is None:
        return "draft"
    return "exported" if exported_hash == content_hash else "changed"


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


_SQLITE_HEADER = b"SQLite format 3\x00"


def _refuse_non_sqlite(path: Path) -> None:
    """Refuse a file that is not empty and not SQLite before SQLite ever opens it."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError:
        raise StorageError("cannot-open", _MESSAGES["cannot-open"].format(path=path), path) from None
    if header and header != _SQLITE_HEADER:
        raise StorageError("not-a-database", _MESSAGES["not-a-database"].format(path=path), path)


def _translate_sqlite_error(error: sqlite3.Error, path: Path | None) -> StorageError:
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        code = "locked"
    elif "readonly" in text or "read-only" in text:
        code = "read-only"
    elif "malformed" in text:
        code = "damaged"
    elif "not a database" in text:
        code = "not-a-database"
    elif "full" in text:
        code = "disk-full"
    elif "i/o error" in text:
        code = "io-error"
    else:
        code = "cannot-open"
    return StorageError(code, _MESSAGES[code].format(path=path), path)


_MESSAGES: dict[str, Text] = {
    "locked": Text(
        "Het bestand {path} is in gebruik door een ander programma (misschien een tweede "
        "venster van Clusterverslag). Sluit dat en probeer opnieuw.",
        "Le fichier {path} est utilisé par un autre programme (peut-être une deuxième fenêtre "
        "de Clusterverslag). Fermez-le et réessayez.",
    ),
    "read-only": Text(
        "In het bestand {path} kan niet geschreven worden (alleen-lezen). Er werd niets "
        "gewijzigd. Kopieer het naar een map waar u mag schrijven of kies een ander bestand.",
        "Le fichier {path} est en lecture seule. Rien n'a été modifié. Copiez-le dans un "
        "dossier où vous pouvez écrire ou choisissez un autre fichier.",
    ),
    "folder-unwritable": Text(
        "De map {path} kan niet aangemaakt of beschreven worden. Kies een andere plaats voor "
        "de gegevens (--db BESTAND).",
        "Le dossier {path} ne peut pas être créé ou modifié. Choisissez un autre emplacement "
        "pour les données (--db FICHIER).",
    ),
    "not-a-database": Text(
        "Het bestand {path} is geen gegevensbestand van Clusterverslag (of het is beschadigd). "
        "Het werd niet gewijzigd.",
        "Le fichier {path} n'est pas un fichier de données de Clusterverslag (ou il est "
        "endommagé). Il n'a pas été modifié.",
    ),
    "foreign-database": Text(
        "Het bestand {path} is een databank van een ander programma. Het werd niet gewijzigd.",
        "Le fichier {path} est une base de données d'un autre programme. Il n'a pas été modifié.",
    ),
    "newer-schema": Text(
        "Het bestand {path} werd gemaakt door een nieuwere versie van Clusterverslag. "
        "Installeer die versie; het bestand werd niet gewijzigd.",
        "Le fichier {path} a été créé par une version plus récente de Clusterverslag. "
        "Installez cette version ; le fichier n'a pas été modifié.",
    ),
    "not-a-file": Text(
        "{path} is een map, geen bestand.",
        "{path} est un dossier, pas un fichier.",
    ),
    "damaged": Text(
        "Het bestand {path} is beschadigd (de controle van SQLite vond fouten). Het werd niet "
        "gewijzigd en er wordt niets in geschreven. In het venster zet Bestand ▸ Reservekopie "
        "terugzetten… een reservekopie terug (uit de map backups ernaast); het beschadigde "
        "bestand blijft dan bewaard onder een andere naam.",
        "Le fichier {path} est endommagé (la vérification de SQLite a trouvé des erreurs). Il n'a "
        "pas été modifié et rien n'y est écrit. Dans la fenêtre, Fichier ▸ Restaurer une "
        "sauvegarde… remet une sauvegarde en place (du dossier backups à côté) ; le fichier "
        "endommagé est alors conservé sous un autre nom.",
    ),
    "disk-full": Text(
        "Het bestand {path} kan niet geschreven worden: de schijf is vol. Maak plaats vrij en "
        "probeer opnieuw.",
        "Le fichier {path} ne peut pas être écrit : le disque est plein. Libérez de la place et "
        "réessayez.",
    ),
    "io-error": Text(
        "Het bestand {path} kan niet gelezen of geschreven worden (een fout van de schijf of "
        "het netwerk).",
        "Le fichier {path} ne peut pas être lu ou écrit (une erreur du disque ou du réseau).",
    ),
    "file-replaced": Text(
        "Het bestand {path} werd verplaatst, verwijderd of vervangen door een ander programma "
        "terwijl Clusterverslag het open had. De laatste wijziging werd er niet in bewaard.",
        "Le fichier {path} a été déplacé, supprimé ou remplacé par un autre programme pendant "
        "que Clusterverslag l'avait ouvert. La dernière modification n'y a pas été enregistrée.",
    ),
    "stale-revision": Text(
        "Verslag {id} werd intussen in een ander venster of programma gewijzigd. Deze versie "
        "werd niet bewaard, om die wijzigingen niet te overschrijven.",
        "Le rapport {id} a été modifié entre-temps dans une autre fenêtre ou un autre "
        "programme. Cette version n'a pas été enregistrée, pour ne pas écraser ces "
        "modifications.",
    ),
    "cannot-open": Text(
        "Het bestand {path} kan niet geopend worden. Het werd niet gewijzigd.",
        "Le fichier {path} ne peut pas être ouvert. Il n'a pas été modifié.",
    ),
    "no-such-report": Text(
        "Er is geen verslag met nummer {id}.",
        "Il n'y a pas de rapport numéro {id}.",
    ),
}
