"""The store's writer thread: its own connection with the same durability and locks, jobs in
order with only the latest snapshot of a report written, and nothing queued lost on closing."""

from __future__ import annotations

import os
import threading

import pytest

from desktop_app.domain.model import Report
from desktop_app.storage import ReportStore, StorageError
from desktop_app.storage.backups import list_backups
from desktop_app.storage.locks import locks_dir


def _store(tmp_path):
    store = ReportStore.open(tmp_path / "reports.sqlite")
    return store, store.create(Report(year=2016))


def test_the_writer_saves_with_its_own_connection_and_the_same_durability(tmp_path):
    store, report_id = _store(tmp_path)
    try:
        def settings():
            conn = store.conn
            return (threading.current_thread() is threading.main_thread(), conn is store._conn,
                    conn.execute("PRAGMA synchronous").fetchone()[0],
                    conn.execute("PRAGMA journal_mode").fetchone()[0],
                    conn.execute("PRAGMA foreign_keys").fetchone()[0])

        job = store.writer.submit(settings)
        job.wait()
        assert job.error is None
        assert job.result == (False, False, 3, "delete", 1)  # EXTRA, rollback journal
        report = store.load(report_id)
        report.narrative = "op de schijf"
        job = store.writer.submit(lambda: store.save(report_id, report))
        job.wait()
        assert job.result is True
    finally:
        store.close()
    assert ReportStore.open(tmp_path / "reports.sqlite").load(report_id).narrative == "op de schijf"


def test_a_save_of_the_writer_holds_our_database_lock(tmp_path):
    """Another of our programs (here: another lock descriptor) waits while the writer saves."""
    import fcntl

    store, report_id = _store(tmp_path)
    inside = threading.Event()
    release = threading.Event()
    try:
        def hold():
            with store._writing():
                inside.set()
                release.wait(5)

        job = store.writer.submit(hold)
        assert inside.wait(5)
        fd = os.open(locks_dir(store.path) / "database.lock", os.O_RDWR)
        try:
            with pytest.raises(BlockingIOError):
                fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            release.set()
            job.wait()
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)  # free once the save is done
        finally:
            os.close(fd)
    finally:
        release.set()
        store.close()


def test_the_writer_refuses_a_stale_revision_and_a_replaced_file(tmp_path):
    store, report_id = _store(tmp_path)
    try:
        other = ReportStore.open(store.path)
        report = other.load(report_id)
        report.narrative = "van elders"
        other.save(report_id, report)
        other.close()
        mine = Report(year=2016, narrative="van hier")
        job = store.writer.submit(lambda: store.save(report_id, mine))
        job.wait()
        assert isinstance(job.error, StorageError) and job.error.code == "stale-revision"
        # The file replaced by another one: refused, nothing written into either.
        os.replace(store.path, tmp_path / "moved.sqlite")
        ReportStore.open(store.path).close()
        job = store.writer.submit(lambda: store.save(report_id, mine, base_revision=2))
        job.wait()
        assert isinstance(job.error, StorageError) and job.error.code in ("file-replaced", "no-such-report")
    finally:
        store.close()
    assert ReportStore.open(tmp_path / "moved.sqlite").load(report_id).narrative == "van elders"


def test_a_newer_snapshot_replaces_one_still_waiting(tmp_path):
    store, report_id = _store(tmp_path)
    started, release = threading.Event(), threading.Event()
    written = []
    try:
        blocker = store.writer.submit(lambda: (started.set(), release.wait(5)))
        assert started.wait(5)
        jobs = [store.writer.submit(lambda n=n: written.append(n), key=("save", report_id)) for n in range(5)]
        other = store.writer.submit(lambda: written.append("backup"), key="backup")
        release.set()
        for job in (blocker, *jobs, other):
            assert job.wait(5)
    finally:
        store.close()
    assert written == [4, "backup"]
    assert [job.superseded for job in jobs] == [True, True, True, True, False]


def test_closing_the_store_runs_what_is_queued(tmp_path):
    store, report_id = _store(tmp_path)
    report = store.load(report_id)
    report.narrative = "nog in de rij"
    store.writer.submit(lambda: store.save(report_id, report))
    store.close()
    assert ReportStore.open(tmp_path / "reports.sqlite").load(report_id).narrative == "nog in de rij"


def test_the_first_backup_can_be_taken_in_the_background(tmp_path):
    path = tmp_path / "reports.sqlite"
    ReportStore.open(path).close()
    store = ReportStore.open(path, backups=True, background=True)
    store.close()  # waits for it
    assert len(list_backups(path)) == 1


def test_a_save_waited_for_does_not_wait_for_the_ten_minute_backup(tmp_path, monkeypatch):
    """The window waits for some saves (changing page, Retry, export, closing). A backup due
    after a save is a job of its own behind it: the save's job ends first (issue 17)."""
    from desktop_app.storage import backups

    path = tmp_path / "reports.sqlite"
    store = ReportStore.open(path, backups=True)
    report_id = store.create(Report(year=2016))
    gate, copying, copied = threading.Event(), threading.Event(), threading.Event()
    real = backups.take_backup

    def slow_backup(conn, db_path, now=None):  # a slow disk, held until the test releases it
        copying.set()
        gate.wait(5)
        try:
            return real(conn, db_path, now)
        finally:
            copied.set()

    monkeypatch.setattr(backups, "take_backup", slow_backup)
    monkeypatch.setattr(backups, "EDITING_INTERVAL_SECONDS", 0)
    try:
        report = store.load(report_id)
        report.narrative = "bewaard voor de kopie"
        save = store.writer.submit(lambda: store.save(report_id, report), key=("save", report_id))
        assert save.wait(2) and save.error is None and save.result is True
        assert copying.wait(5) and not copied.is_set()  # the backup runs after, on the writer
        assert store.writer.on_its_thread() is False
        report.narrative = "nog een keer"  # a save meanwhile queues behind it
        later = store.writer.submit(lambda: store.save(report_id, report), key=("save", report_id))
        gate.set()
        assert later.wait(5) and later.error is None
    finally:
        gate.set()
        store.close()
    copies = list_backups(path)
    assert len(copies) == 3  # at the start, and after each save (the interval is 0 here)
    assert ReportStore.open(path).load(report_id).narrative == "nog een keer"


def test_closing_drops_a_ten_minute_backup_not_yet_started_and_the_next_start_takes_it(tmp_path, monkeypatch):
    """Closing saves the report, which can make a backup due; the window would then wait for a
    copy of the whole file. A backup still queued is dropped; the next start takes one."""
    from desktop_app.storage import backups

    path = tmp_path / "reports.sqlite"
    store = ReportStore.open(path, backups=True)  # the copy at start, taken at once
    report_id = store.create(Report(year=2016))
    assert len(list_backups(path)) == 1
    monkeypatch.setattr(backups, "EDITING_INTERVAL_SECONDS", 0)
    saved, go_on = threading.Event(), threading.Event()
    report = store.load(report_id)
    report.narrative = "de laatste wijziging"

    def save_then_wait():
        result = store.save(report_id, report)  # queues the backup behind this job
        saved.set()
        go_on.wait(5)
        return result

    job = store.writer.submit(save_then_wait)
    assert saved.wait(5)
    threading.Timer(0.2, go_on.set).start()
    store.close()  # while the save's job still runs: the backup behind it is not started
    assert job.result is True
    assert len(list_backups(path)) == 1
    ReportStore.open(path, backups=True).close()
    copies = list_backups(path)
    assert len(copies) == 2
    import sqlite3

    copy = sqlite3.connect(copies[0].path)
    assert copy.execute("SELECT narrative FROM reports").fetchone()[0] == "de laatste wijziging"
    copy.close()
