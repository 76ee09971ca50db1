"""The report store: saving and loading, the bin, exports, and the files it must refuse."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap

import pytest
from sqlite_utils import Database

from desktop_app.domain.model import Partnership, Report
from desktop_app.storage import ReportStore, StorageError, default_db_path
from desktop_app.storage.migrations import migrations
from desktop_app.storage.names import MIGRATION_NAMES


def full_report() -> Report:
    """A report with every part filled in, including text that SQL and XML dislike."""
    report = Report(year=2016, language="fr", subsidy=12_345_67)
    promoter = report.promoter
    promoter.name = "CPAS d'Éghezée"
    promoter.enterprise_number = "0212.345.678"
    promoter.street = "Rue de l'Église 1"
    promoter.postal_code = "5310"
    promoter.municipality = "Éghezée"
    promoter.contact_person = "Zoë Łukasz"
    promoter.phone = "+32 81 12 34 56"
    promoter.email = "zoe@cpas.example.be"
    report.add_member("CPAS Deux", "0123.456.749")
    report.add_member("CPAS Trois")
    report.narrative = "Ligne 1\nLigne 2 <b>R&D</b> x<y '; DROP TABLE reports; --\n\nЖ α 😀"
    report.partnerships = [
        Partnership("Le Forem", "regional-employment-service", "C-2016-1", dt.date(2016, 2, 1), "Sessions"),
        Partnership("ASBL Trait d'union", "welfare-organisation", "C-2016-2", None, ""),
    ]
    report.set_count("assessment", "o1", 12)
    report.set_count("assessment", "o2", 4)
    report.set_count("individual-vocational-training", "o3", 2)
    report.costs["personnel"].total_amount = 50_000_00
    report.costs["personnel"].public_share = 30_000_00
    report.costs["operating"].total_amount = 1_234_56
    report.costs["operating"].income = 34_56
    report.signatories.president = "Jean Dupont"
    report.signatories.secretary = "Marie Dubois"
    report.signatories.place = "Éghezée"
    report.signatories.date = dt.date(2017, 2, 15)
    report.unreadable = {"costs.training.income": "12,3,4"}
    return report


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "reports.sqlite"


@pytest.fixture
def store(db_path):
    opened = ReportStore.open(db_path)
    yield opened
    opened.close()


def test_a_full_report_is_saved_and_loaded_unchanged(store, db_path):
    report = full_report()
    report_id = store.create(report)
    store.close()
    reopened = ReportStore.open(db_path)
    try:
        assert reopened.load(report_id) == report
    finally:
        reopened.close()


def test_saving_replaces_the_content_and_reports_when_nothing_changed(store):
    report = full_report()
    report_id = store.create(report)
    assert store.save(report_id, report) is False
    report.members.pop()
    report.partnerships = []
    report.narrative = "Nieuw"
    assert store.save(report_id, report) is True
    loaded = store.load(report_id)
    assert [m.name for m in loaded.members] == ["CPAS Deux"]
    assert loaded.partnerships == []
    assert loaded.narrative == "Nieuw"


def test_a_new_database_has_every_migration_and_a_rollback_journal(store, db_path):
    db = Database(sqlite3.connect(db_path))
    names = {row["name"] for row in db["_sqlite_migrations"].rows}
    assert names == set(MIGRATION_NAMES)
    # Not WAL: every commit goes into the database file itself (see test_durability.py).
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert {"reports", "organisations", "partnerships", "training_counts", "cost_lines", "exports"} <= set(
        db.table_names()
    )


def test_an_empty_file_is_migrated_from_nothing(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    store = ReportStore.open(path)
    try:
        assert store.list_reports() == []
        store.create(Report(year=2020))
        assert [r.year for r in store.list_reports()] == [2020]
    finally:
        store.close()


def test_list_shows_promoter_year_and_state(store):
    report = full_report()
    report_id = store.create(report)
    [summary] = store.list_reports()
    assert (summary.id, summary.year, summary.promoter_name, summary.state) == (
        report_id, 2016, "CPAS d'Éghezée", "draft",
    )


def test_an_export_marks_the_report_exported_and_a_later_change_marks_it_changed(store):
    report = full_report()
    report_id = store.create(report)
    store.record_export(report_id, "ab" * 32, "/tmp/a.pdf", "/tmp/a.xml")
    assert store.state(report_id) == "exported"
    assert store.list_reports()[0].state == "exported"
    report.narrative += " meer"
    store.save(report_id, report)
    assert store.state(report_id) == "changed"
    store.record_export(report_id, "cd" * 32, "/tmp/b.pdf", "/tmp/b.xml")
    assert store.state(report_id) == "exported"
    assert [e.sha256 for e in store.exports(report_id)] == ["cd" * 32, "ab" * 32]


def test_a_deleted_report_can_be_restored_until_the_bin_is_emptied(store):
    keep = store.create(Report(year=2015))
    gone = store.create(Report(year=2016))
    store.delete(gone)
    assert [r.id for r in store.list_reports()] == [keep]
    assert [r.id for r in store.list_reports(deleted=True)] == [gone]
    store.restore(gone)
    assert {r.id for r in store.list_reports()} == {keep, gone}
    store.delete(gone)
    assert store.empty_bin() == 1
    assert store.list_reports(deleted=True) == []
    with pytest.raises(StorageError) as raised:
        store.load(gone)
    assert raised.value.code == "no-such-report"
    assert store.load(keep).year == 2015


def test_new_report_from_last_years_copies_identification_members_and_partnerships(store):
    previous = full_report()
    new_id = store.create_from_previous(store.create(previous))
    new = store.load(new_id)
    assert new.year == 2017
    assert new.promoter == previous.promoter
    assert new.members == previous.members
    assert new.partnerships == previous.partnerships
    assert new.narrative == ""
    assert all(not counts for counts in new.training.values())
    assert all(line.total_amount == 0 and line.public_share == 0 for line in new.costs.values())
    assert new.signatories.president == "" and new.signatories.date is None
    assert new.subsidy is None


def test_the_default_database_follows_the_environment_variable(monkeypatch, tmp_path):
    monkeypatch.setenv("CLUSTERVERSLAG_DB", str(tmp_path / "elders.sqlite"))
    assert default_db_path() == tmp_path / "elders.sqlite"
    monkeypatch.delenv("CLUSTERVERSLAG_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    if sys.platform.startswith("linux"):
        assert default_db_path() == tmp_path / "data" / "clusterverslag" / "clusterverslag.sqlite"


# -- refusals: a clear message, and the file is never overwritten ------------------------


def _assert_untouched(path, before: bytes):
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_and_kept(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"Dear diary, this is not a database.\n" * 50)
    before = path.read_bytes()
    with pytest.raises(StorageError) as raised:
        ReportStore.open(path)
    assert raised.value.code == "not-a-database"
    assert "notes.sqlite" in raised.value.message.nl
    assert "n'a pas été modifié" in raised.value.message.fr
    _assert_untouched(path, before)


def test_a_database_of_another_program_is_refused_and_kept(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StorageError) as raised:
        ReportStore.open(path)
    assert raised.value.code == "foreign-database"
    _assert_untouched(path, before)


def test_a_database_from_a_newer_program_is_refused_and_kept(db_path):
    store = ReportStore.open(db_path)
    store.create(Report(year=2016))
    store.conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('clusterverslag', '9999_from_the_future', '2030-01-01')"
    )
    store.close()
    before = db_path.read_bytes()
    with pytest.raises(StorageError) as raised:
        ReportStore.open(db_path)
    assert raised.value.code == "newer-schema"
    assert "nieuwere versie" in raised.value.message.nl
    _assert_untouched(db_path, before)


def test_a_locked_database_gives_a_clear_message(tmp_path):
    path = tmp_path / "locked.sqlite"
    ReportStore.open(path).close()
    # Another process holds an exclusive lock, as a second program instance writing would.
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sqlite3, sys, time
            conn = sqlite3.connect({str(path)!r}, isolation_level=None)
            conn.execute("PRAGMA journal_mode=DELETE")
            conn.execute("PRAGMA locking_mode=EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            print("locked", flush=True)
            time.sleep(30)
        """)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(StorageError) as raised:
            store = ReportStore.open(path)
            store.create(Report())
        assert raised.value.code == "locked"
        assert "in gebruik" in raised.value.message.nl
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root ignores file modes")
def test_a_read_only_folder_is_refused(tmp_path):  # pragma: no cover - only as a normal user
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(StorageError) as raised:
            ReportStore.open(folder / "new.sqlite")
        assert raised.value.code in {"cannot-open", "folder-unwritable", "read-only"}
    finally:
        folder.chmod(stat.S_IRWXU)


def test_a_folder_that_cannot_be_created_is_refused(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    with pytest.raises(StorageError) as raised:
        ReportStore.open(blocker / "sub" / "reports.sqlite")
    assert raised.value.code == "folder-unwritable"
    assert blocker.read_text() == "in the way"


def test_a_folder_given_as_the_database_is_refused(tmp_path):
    with pytest.raises(StorageError) as raised:
        ReportStore.open(tmp_path)
    assert raised.value.code == "not-a-file"


def test_a_failed_save_leaves_the_previous_content(store, db_path):
    report = full_report()
    report_id = store.create(report)
    broken = report.copy()
    broken.narrative = "half written"
    broken.members.append(broken.members[0])  # same position twice is fine, same id is not a DB issue
    broken.training = {"assessment": {"o1": "not a number"}}  # type: ignore[dict-item]
    # A value SQLite refuses (a NOT NULL column given None) makes the transaction fail.
    broken.promoter.name = None  # type: ignore[assignment]
    with pytest.raises(Exception):
        store.save(report_id, broken)
    assert store.load(report_id) == report


def test_the_names_read_at_start_up_are_the_registered_migrations_in_order():
    registered = [m.name for m in migrations.pending(Database(memory=True))]
    assert tuple(registered) == MIGRATION_NAMES


def test_opening_an_up_to_date_database_does_not_import_sqlite_utils(db_path):
    ReportStore.open(db_path).close()
    code = (
        "import sys; from desktop_app.storage import ReportStore; "
        f"ReportStore.open({str(db_path)!r}).close(); "
        "print('sqlite_utils' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
