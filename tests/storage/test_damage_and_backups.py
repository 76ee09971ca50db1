"""Damage caught, and a way back (issue 11, item 5): the quick integrity check when a database
is opened, SQLite errors as messages, automatic backups with their retention, and restoring a
backup without losing the current file."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import subprocess
import sys

import pytest

from desktop_app.domain.model import Report
from desktop_app.storage import ReportStore, StorageError
from desktop_app.storage import backups
from desktop_app.storage.backups import KEEP_RECENT, backups_dir, list_backups, prune, restore_backup


def _report(name: str, year: int = 2016) -> Report:
    report = Report(year=year)
    report.promoter.name = name
    report.narrative = name * 200  # enough pages for damage in the middle of the file
    return report


def _database(path, count: int = 40) -> list[int]:
    store = ReportStore.open(path)
    try:
        return [store.create(_report(f"OCMW {i}")) for i in range(count)]
    finally:
        store.close()


def _damage(path, everything: bool = False) -> None:
    """Overwrite pages in the middle of a real database with garbage, as a failing disk or a
    bad copy does (``everything``: every page but the first)."""
    page_size = sqlite3.connect(path).execute("PRAGMA page_size").fetchone()[0]
    pages = path.stat().st_size // page_size
    assert pages > 8
    with open(path, "r+b") as handle:
        for page in range(1, pages) if everything else (pages // 2, pages // 2 + 1, pages - 2):
            handle.seek(page * page_size)
            handle.write(bytes((i * 37 + 11) % 251 for i in range(page_size)))
        if everything:
            # A new file change counter, so that a connection holding the file open reads
            # the pages again instead of its cache.
            handle.seek(24)
            counter = int.from_bytes(handle.read(4), "big")
            handle.seek(24)
            handle.write((counter + 1).to_bytes(4, "big"))


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_damaged_database_is_refused_with_a_message_and_left_as_it_is(tmp_path):
    path = tmp_path / "reports.sqlite"
    _database(path)
    _damage(path)
    before = _digest(path)
    with pytest.raises(StorageError) as raised:
        ReportStore.open(path)
    assert raised.value.code == "damaged"
    assert "beschadigd" in raised.value.message.nl and "endommagé" in raised.value.message.fr
    assert "Reservekopie terugzetten" in raised.value.message.nl
    assert _digest(path) == before


def test_the_command_line_refuses_to_list_or_import_into_a_damaged_database(tmp_path):
    path = tmp_path / "reports.sqlite"
    _database(path)
    _damage(path)
    before = _digest(path)
    listed = subprocess.run([sys.executable, "-m", "desktop_app", "list", "--db", str(path), "--lang", "nl"],
                            capture_output=True, text=True, timeout=120)
    assert listed.returncode != 0 and "Reservekopie terugzetten" in listed.stderr, listed.stderr
    assert "OCMW" not in listed.stdout
    assert _digest(path) == before


def test_damage_found_after_opening_becomes_a_storage_error(tmp_path):
    path = tmp_path / "reports.sqlite"
    ids = _database(path)
    store = ReportStore.open(path)
    try:
        _damage(path, everything=True)
        with pytest.raises(StorageError) as raised:
            for report_id in ids:
                store.load(report_id)
            store.list_reports()
        assert raised.value.code in ("damaged", "not-a-database")
        assert raised.value.message.nl and raised.value.message.fr
    finally:
        store.close()


def test_a_backup_is_taken_at_start_when_the_file_changed_and_not_otherwise(tmp_path):
    path = tmp_path / "reports.sqlite"
    _database(path, 3)
    store = ReportStore.open(path, backups=True)
    store.close()
    first = list_backups(path)
    assert len(first) == 1
    assert {r.promoter_name for r in first[0].reports} == {"OCMW 0", "OCMW 1", "OCMW 2"}
    assert first[0].path.parent == tmp_path / "backups"
    ReportStore.open(path, backups=True).close()
    assert len(list_backups(path)) == 1  # nothing changed: no new copy
    store = ReportStore.open(path)
    store.create(_report("OCMW Nieuw", 2017))
    store.close()
    store = ReportStore.open(path, backups=True)
    store.close()
    newest = list_backups(path)
    assert len(newest) == 2
    assert ("OCMW Nieuw", 2017) in {(r.promoter_name, r.year) for r in newest[0].reports}
    # A backup is a whole database that passes the check.
    conn = sqlite3.connect(newest[0].path)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()


def test_a_backup_is_taken_while_editing_once_the_interval_has_passed(tmp_path, monkeypatch):
    path = tmp_path / "reports.sqlite"
    [report_id] = _database(path, 1)
    store = ReportStore.open(path, backups=True)
    try:
        report = store.load(report_id)
        assert len(list_backups(path)) == 1
        report.narrative = "een"
        store.save(report_id, report)
        assert len(list_backups(path)) == 1  # within ten minutes of the last one
        monkeypatch.setattr(backups, "EDITING_INTERVAL_SECONDS", 0)
        report.narrative = "twee"
        store.save(report_id, report)
        copies = list_backups(path)
        assert len(copies) == 2
        copy = sqlite3.connect(copies[0].path)
        assert copy.execute("SELECT narrative FROM reports").fetchone()[0] == "twee"
        copy.close()
    finally:
        store.close()


def test_a_backup_that_fails_does_not_fail_the_save(tmp_path, monkeypatch):
    path = tmp_path / "reports.sqlite"
    [report_id] = _database(path, 1)
    store = ReportStore.open(path)
    store.backups = True
    monkeypatch.setattr(backups, "EDITING_INTERVAL_SECONDS", 0)
    (tmp_path / "backups").write_text("a file where the folder should be")
    try:
        report = store.load(report_id)
        report.narrative = "bewaard"
        assert store.save(report_id, report)
        assert store.backup_error
    finally:
        store.close()
    assert ReportStore.open(path).load(report_id).narrative == "bewaard"


def test_retention_keeps_the_recent_ones_and_one_per_month(tmp_path):
    path = tmp_path / "reports.sqlite"
    _database(path, 1)
    folder = backups_dir(path)
    folder.mkdir()
    times = [dt.datetime(2026, 11, 30, 12, 0) - dt.timedelta(hours=6 * i) for i in range(14)]  # recent
    times += [dt.datetime(2026, month, day, 9, 0) for month in (6, 7, 8) for day in (3, 17, 28)]
    for moment in times:
        (folder / f"reports-{moment:%Y%m%d-%H%M%S}.sqlite").write_bytes(b"")
    (folder / "notes.txt").write_text("not a backup")
    prune(path)
    left = sorted(p.name for p in folder.iterdir())
    recent = sorted(times[:14], reverse=True)[:KEEP_RECENT]
    expected = {f"reports-{m:%Y%m%d-%H%M%S}.sqlite" for m in recent}
    # Of the older ones, the newest of each month not yet represented by a recent one.
    older_months = {}
    for moment in sorted(times, reverse=True)[KEEP_RECENT:]:
        if (moment.year, moment.month) in {(m.year, m.month) for m in recent}:
            continue
        older_months.setdefault((moment.year, moment.month), moment)
    expected |= {f"reports-{m:%Y%m%d-%H%M%S}.sqlite" for m in older_months.values()}
    assert set(left) == expected | {"notes.txt"}
    assert "reports-20260828-090000.sqlite" in left and "reports-20260803-090000.sqlite" not in left
    assert len(older_months) == 3


def test_restoring_keeps_the_current_file_aside_and_puts_the_backup_in_place(tmp_path):
    path = tmp_path / "reports.sqlite"
    _database(path, 2)
    store = ReportStore.open(path, backups=True)
    store.create(_report("Na de reservekopie", 2018))
    store.close()
    current = _digest(path)
    [copy] = list_backups(path)
    aside = restore_backup(path, copy.path, now=dt.datetime(2026, 11, 30, 14, 25, 1))
    assert aside == tmp_path / "reports-before-restore-20261130-142501.sqlite"
    assert _digest(aside) == current
    store = ReportStore.open(path)
    try:
        assert {s.promoter_name for s in store.list_reports()} == {"OCMW 0", "OCMW 1"}
    finally:
        store.close()
    kept = ReportStore.open(aside)
    try:
        assert "Na de reservekopie" in {s.promoter_name for s in kept.list_reports()}
    finally:
        kept.close()


def test_restoring_a_damaged_backup_changes_nothing(tmp_path):
    path = tmp_path / "reports.sqlite"
    _database(path, 40)
    ReportStore.open(path, backups=True).close()
    [copy] = list_backups(path)
    _damage(copy.path)
    before = _digest(path)
    with pytest.raises(sqlite3.DatabaseError):
        restore_backup(path, copy.path)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "reports.sqlite", "reports.sqlite-locks"]


def test_a_full_disk_is_said_as_such_and_the_stored_report_stays_whole(tmp_path):
    path = tmp_path / "reports.sqlite"
    [report_id] = _database(path, 1)
    store = ReportStore.open(path)
    try:
        report = store.load(report_id)
        before = store.load(report_id)
        # SQLite answers exactly as on a full disk when the file may not grow any more.
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages}")
        report.narrative = "x" * 200_000
        with pytest.raises(StorageError) as raised:
            store.save(report_id, report)
        assert raised.value.code == "disk-full"
        assert "schijf is vol" in raised.value.message.nl and "disque est plein" in raised.value.message.fr
        assert store.load(report_id) == before
    finally:
        store.close()


def test_the_times_in_backup_names_are_read_as_strptime_reads_them(tmp_path):
    """Without strptime (issue 17: it loads _strptime, locale and calendar at the window's start);
    names with a date or time that does not exist are left out, as before."""
    db_path = tmp_path / "clusterverslag.sqlite"
    folder = backups_dir(db_path)
    folder.mkdir()
    stamps = ["20261130-142501", "20240229-000000", "20230229-120000", "20261301-000000", "20261130-246000",
              "20261130-235960", "00001130-120000", "20261231-235959"]
    for number, stamp in enumerate(stamps):
        (folder / f"clusterverslag-{stamp}{'' if number % 2 else f'-{number}'}.sqlite").write_bytes(b"")
    expected = []
    for stamp in stamps:
        try:
            expected.append(dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S"))
        except ValueError:
            pass
    assert sorted(taken for taken, _path in backups._backup_files(db_path)) == sorted(expected)
    assert backups.newest_backup_time(db_path) == max(expected)


def test_has_backups_looks_at_the_names_only(tmp_path):
    from desktop_app.storage.backups import has_backups

    path = tmp_path / "reports.sqlite"
    ReportStore.open(path).close()
    assert not has_backups(path)
    backups_dir(path).mkdir()
    (backups_dir(path) / "reports-20261130-142501.sqlite").write_bytes(b"not a database")
    (backups_dir(path) / "other-20261130-142501.sqlite").write_bytes(b"another database's copy")
    assert has_backups(path)
    (backups_dir(path) / "reports-20261130-142501.sqlite").unlink()
    assert not has_backups(path)


class _Stop(Exception):
    pass


@pytest.mark.parametrize("where", ["progress", "before_replacing"])
def test_a_restore_stopped_before_replacing_changes_nothing(tmp_path, monkeypatch, where):
    """The window's Cancel reaches a restore through its progress (while copying, step by step)
    or just before the current file is renamed: the file stays, no temporary file is left."""
    monkeypatch.setattr(backups, "COPY_STEP_PAGES", 1)  # several steps even for a small file
    path = tmp_path / "reports.sqlite"
    _database(path, 40)
    ReportStore.open(path, backups=True).close()
    store = ReportStore.open(path)
    store.create(_report("Na de reservekopie", 2018))
    store.close()
    [copy] = list_backups(path)
    before = _digest(path)
    steps: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        steps.append((done, total))
        if where == "progress" and len(steps) == 2:
            raise _Stop()

    def before_replacing() -> None:
        if where == "before_replacing":
            raise _Stop()

    with pytest.raises(_Stop):
        restore_backup(path, copy.path, progress=progress, before_replacing=before_replacing)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "reports.sqlite", "reports.sqlite-locks"]
    if where == "before_replacing":  # the whole copy was made, its progress heard page by page
        assert len(steps) > 2 and steps[-1][0] == steps[-1][1] and [d for d, _t in steps] == sorted(d for d, _t in steps)
    # Without stopping, the same restore goes through.
    assert restore_backup(path, copy.path, progress=lambda *_: None, before_replacing=lambda: None) is not None
    store = ReportStore.open(path)
    try:
        assert "Na de reservekopie" not in {s.promoter_name for s in store.list_reports()}
    finally:
        store.close()
