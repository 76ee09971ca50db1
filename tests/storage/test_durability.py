"""Every save that returned is in the file, whatever else opens and closes the database.

Item 1 of issue 11: SQLite's POSIX locks belong to the process, so closing any descriptor of
the database file in the process that holds the store (a plain ``open()``/``close()``, as Qt's
file dialog does) dropped the store's locks; another process opening and closing the database
then took itself for the last user and deleted the WAL the store went on writing into.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from desktop_app.domain.model import Report
from desktop_app.storage import ReportStore, StorageError
from desktop_app.storage.locks import DatabaseLock, locks_dir


def _other_process_opens_and_closes(path) -> None:
    """What the command line's ``list``, the sqlite3 shell or a backup tool does."""
    code = textwrap.dedent(f"""
        import sqlite3
        conn = sqlite3.connect({str(path)!r})
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()
    """)
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def _other_process_reads_narrative(path, report_id: int) -> str:
    code = textwrap.dedent(f"""
        import sqlite3
        conn = sqlite3.connect({str(path)!r})
        print(conn.execute("SELECT narrative FROM reports WHERE id = ?", [{report_id}]).fetchone()[0], end="")
    """)
    return subprocess.run([sys.executable, "-c", code], check=True, timeout=60,
                          capture_output=True, text=True).stdout


def test_a_save_survives_a_plain_close_in_this_process_and_a_reader_in_another(tmp_path):
    path = tmp_path / "reports.sqlite"
    store = ReportStore.open(path)
    report = Report(year=2016)
    report_id = store.create(report)
    report.narrative = "first"
    assert store.save(report_id, report)

    # A file dialog looking at the folder: open and close the database file outside SQLite.
    with open(path, "rb") as handle:
        handle.read(16)
    _other_process_opens_and_closes(path)

    report.narrative = "typed after the file dialog"
    assert store.save(report_id, report)
    # Another process sees the save while the store is still open...
    assert _other_process_reads_narrative(path, report_id) == "typed after the file dialog"
    # ... and so does the program after it stopped without closing (as after SIGKILL).
    del store
    reopened = ReportStore.open(path)
    try:
        assert reopened.load(report_id).narrative == "typed after the file dialog"
    finally:
        reopened.close()


def test_a_save_survives_sigkill(tmp_path):
    """A process saves and is killed at once; the save is in the file."""
    path = tmp_path / "reports.sqlite"
    code = textwrap.dedent(f"""
        import os, signal
        from desktop_app.domain.model import Report
        from desktop_app.storage import ReportStore
        store = ReportStore.open({str(path)!r})
        report = Report(year=2016)
        rid = store.create(report)
        with open({str(path)!r}, "rb"):
            pass
        report.narrative = "saved just before the kill"
        assert store.save(rid, report)
        print(rid, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == -9, result.stderr
    report_id = int(result.stdout)
    store = ReportStore.open(path)
    try:
        assert store.load(report_id).narrative == "saved just before the kill"
    finally:
        store.close()


def test_a_database_of_an_earlier_version_in_wal_mode_is_switched_with_its_content(tmp_path):
    path = tmp_path / "reports.sqlite"
    store = ReportStore.open(path)
    report_id = store.create(Report(year=2015, narrative="kept"))
    store.close()
    # As the earlier version left it when it was killed: WAL mode, the last commit still
    # only in the -wal file.
    code = textwrap.dedent(f"""
        import os, signal, sqlite3
        conn = sqlite3.connect({str(path)!r}, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("UPDATE reports SET narrative = 'in the wal' WHERE id = {report_id}")
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    subprocess.run([sys.executable, "-c", code], timeout=60)
    assert (tmp_path / "reports.sqlite-wal").stat().st_size > 0

    store = ReportStore.open(path)
    try:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert store.load(report_id).narrative == "in the wal"
    finally:
        store.close()


def test_a_file_replaced_under_the_store_is_not_written_to_and_says_so(tmp_path):
    path = tmp_path / "reports.sqlite"
    store = ReportStore.open(path)
    report = Report(year=2016)
    report_id = store.create(report)
    path.rename(tmp_path / "moved.sqlite")
    other = ReportStore.open(path)  # another program puts a file at the same place
    other.close()
    report.narrative = "typed"
    try:
        with pytest.raises(StorageError) as raised:
            store.save(report_id, report)
        assert raised.value.code == "file-replaced"
        assert "vervangen" in raised.value.message.nl and "remplacé" in raised.value.message.fr
    finally:
        store.close()


def test_our_database_lock_survives_an_unrelated_close_in_this_process(tmp_path):
    """The lock our processes take around each transaction is an flock: closing another
    descriptor of the same files in this process (which drops SQLite's POSIX locks) leaves it."""
    path = tmp_path / "reports.sqlite"
    ReportStore.open(path).close()
    lock = DatabaseLock(path)
    probe = textwrap.dedent(f"""
        import sys
        from desktop_app.storage.locks import FileLock, locks_dir
        from pathlib import Path
        other = FileLock(locks_dir(Path({str(path)!r})) / "database.lock")
        sys.exit(0 if other.try_acquire(exclusive=False) else 3)
    """)
    try:
        with lock.held(exclusive=True, timeout=1):
            for name in (path, locks_dir(path) / "database.lock"):
                with open(name, "rb"):
                    pass
            assert subprocess.run([sys.executable, "-c", probe], timeout=60).returncode == 3
        assert subprocess.run([sys.executable, "-c", probe], timeout=60).returncode == 0
    finally:
        lock.close()


def test_a_reader_of_ours_waits_for_a_write_and_then_sees_all_of_it(tmp_path):
    path = tmp_path / "reports.sqlite"
    store = ReportStore.open(path)
    report_id = store.create(Report(year=2016))
    reader = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys
        from desktop_app.storage import ReportStore
        sys.stdin.readline()
        store = ReportStore.open({str(path)!r})
        print(store.load({report_id}).narrative, flush=True)
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        with store._writing():
            store.conn.execute("UPDATE reports SET narrative = 'half' WHERE id = ?", [report_id])
            reader.stdin.write("go\n")
            reader.stdin.flush()
            time.sleep(0.5)  # the reader is now waiting for our lock
            store.conn.execute("UPDATE reports SET narrative = 'whole' WHERE id = ?", [report_id])
        assert reader.communicate(timeout=60)[0].strip() == "whole"
    finally:
        reader.kill()
        store.close()


def test_the_store_syncs_the_folder_after_each_commit(tmp_path):
    """synchronous=EXTRA: with a rollback journal in DELETE mode the commit is the journal's
    removal, which only EXTRA makes durable (SQLite's documentation of PRAGMA synchronous)."""
    store = ReportStore.open(tmp_path / "reports.sqlite")
    try:
        assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 3  # EXTRA
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        store.close()
