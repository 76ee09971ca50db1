"""One writer per report (issue 11, item 2): a report lock that dies with its process, and a
revision number that refuses a save based on an older revision. Two real processes, one file."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap

import pytest

from desktop_app.domain.model import Report
from desktop_app.storage import ReportStore, StorageError


def _holding_process(path, report_id: int, then: str = "wait") -> subprocess.Popen:
    """Another program: opens the database, claims the report, says so, then waits for a line
    on stdin (or kills itself with ``then="kill"``)."""
    code = textwrap.dedent(f"""
        import os, signal, sys
        from desktop_app.storage import ReportStore
        store = ReportStore.open({str(path)!r})
        assert store.claim({report_id}) is None
        print("claimed", flush=True)
        if {then!r} == "kill":
            os.kill(os.getpid(), signal.SIGKILL)
        sys.stdin.readline()
        store.close()
        print("closed", flush=True)
    """)
    process = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "claimed"
    return process


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "reports.sqlite"
    store = ReportStore.open(path)
    report_id = store.create(Report(year=2016))
    store.close()
    return path, report_id


def test_a_second_process_is_told_who_has_the_report_open_until_it_is_closed(db):
    path, report_id = db
    other = _holding_process(path, report_id)
    store = ReportStore.open(path)
    try:
        holder = store.claim(report_id)
        assert holder is not None
        assert holder.pid == other.pid
        assert holder.host == socket.gethostname()
        assert holder.since  # an ISO time
        other.stdin.write("\n")
        other.stdin.flush()
        assert other.stdout.readline().strip() == "closed"
        assert store.claim(report_id) is None
    finally:
        other.kill()
        other.wait()
        store.close()


def test_the_report_lock_dies_with_a_killed_process(db):
    path, report_id = db
    other = _holding_process(path, report_id, then="kill")
    assert other.wait(timeout=60) == -signal.SIGKILL
    store = ReportStore.open(path)
    try:
        assert store.claim(report_id) is None
    finally:
        store.close()


def test_another_report_of_the_same_file_stays_free(db):
    path, report_id = db
    store = ReportStore.open(path)
    second = store.create(Report(year=2017))
    other = _holding_process(path, report_id)
    try:
        assert store.claim(second) is None
        assert store.claim(report_id) is not None
    finally:
        other.kill()
        other.wait()
        store.close()


def test_a_save_based_on_an_older_revision_is_refused_and_writes_nothing(db):
    path, report_id = db
    store = ReportStore.open(path)
    try:
        mine = store.load(report_id)
        before = store.revision(report_id)
        # Another process saves the same report (as a window without the lock would).
        subprocess.run([sys.executable, "-c", textwrap.dedent(f"""
            from desktop_app.storage import ReportStore
            store = ReportStore.open({str(path)!r})
            report = store.load({report_id})
            report.promoter.phone = "02 123 45 67"
            assert store.save({report_id}, report)
            store.close()
        """)], check=True, timeout=60)
        assert store.revision(report_id) == before + 1
        mine.narrative = "typed here"
        with pytest.raises(StorageError) as raised:
            store.save(report_id, mine)
        assert raised.value.code == "stale-revision"
        assert "gewijzigd" in raised.value.message.nl and "modifié" in raised.value.message.fr
        stored = store.load(report_id)
        assert stored.promoter.phone == "02 123 45 67" and stored.narrative == ""
        # Loaded again, the store saves on top of the new revision.
        stored.narrative = "typed after reloading"
        assert store.save(report_id, stored)
        assert store.revision(report_id) == before + 2
    finally:
        store.close()


def test_saves_of_one_store_follow_their_own_revisions(db):
    path, report_id = db
    store = ReportStore.open(path)
    try:
        report = store.load(report_id)
        for text in ("a", "ab", "abc"):
            report.narrative = text
            assert store.save(report_id, report)
        assert not store.save(report_id, report)
        assert store.revision(report_id) == 4
        with pytest.raises(StorageError):
            store.save(report_id, report, base_revision=2)
    finally:
        store.close()


def test_closing_the_store_releases_its_reports(db):
    path, report_id = db
    first = ReportStore.open(path)
    assert first.claim(report_id) is None
    second = ReportStore.open(path)
    try:
        assert second.claim(report_id).pid == os.getpid()
        first.close()
        assert second.claim(report_id) is None
    finally:
        second.close()
