"""The command line and the database: a file named with --db must exist (only import creates
one), export and render write only into a folder that exists, list shows local times the
Belgian way, and import refuses a file that is already a report unless --again is given."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.export.submission import to_xml
from desktop_app.storage import ReportStore
from factories import make_valid_report


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True, timeout=60,
        env={"PATH": "/usr/bin:/bin", "LANG": "nl_BE.UTF-8", "HOME": "/nonexistent", **(env or {})},
    )


@pytest.fixture
def submission(tmp_path) -> Path:
    path = tmp_path / "cluster-2016.xml"
    path.write_bytes(to_xml(make_valid_report()))
    return path


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "reports.sqlite"
    store = ReportStore.open(path)
    store.create(make_valid_report())
    store.close()
    return path


@pytest.mark.parametrize("command", [["list"], ["export", "1", "--out", "."]])
def test_a_database_that_does_not_exist_is_refused_and_not_created(command, tmp_path):
    missing = tmp_path / "typo" / "verslagen.sqlite"
    result = run(*command, "--db", str(missing))
    assert result.returncode == 1
    assert f"Er is geen gegevensbestand {missing}" in result.stderr and "--db" in result.stderr
    assert not missing.exists() and not missing.parent.exists()
    french = run(*command, "--db", str(missing), "--lang", "fr")
    assert "Il n'y a pas de fichier de données" in french.stderr


def test_the_environment_variable_names_a_database_as_strictly(tmp_path):
    missing = tmp_path / "verslagen.sqlite"
    result = run("list", env={"CLUSTERVERSLAG_DB": str(missing)})
    assert result.returncode == 1 and "Er is geen gegevensbestand" in result.stderr
    assert not missing.exists()


def test_list_on_a_first_start_creates_nothing(tmp_path):
    data = tmp_path / "data"
    result = run("list", env={"XDG_DATA_HOME": str(data)})
    assert result.returncode == 0 and "nog geen verslagen" in result.stderr
    assert not data.exists()


def test_import_creates_the_database_it_is_given(tmp_path, submission):
    new = tmp_path / "new" / "verslagen.sqlite"
    result = run("import", str(submission), "--db", str(new))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1" and new.is_file()


def test_export_refuses_a_missing_folder_as_render_does(tmp_path, db, submission):
    missing = tmp_path / "nergens"
    exported = run("export", "1", "--out", str(missing), "--db", str(db))
    rendered = run("render", str(submission), "--pdf", str(missing / "x.pdf"))
    for result in (exported, rendered):
        assert result.returncode == 1
        assert f"De map {missing} bestaat niet" in result.stderr
    assert not missing.exists()


def test_list_shows_local_times_the_belgian_way(db):
    conn = sqlite3.connect(db)
    conn.execute("UPDATE reports SET updated_at = '2026-11-30T13:05:00+00:00'")
    conn.commit()
    conn.close()
    dutch = run("list", "--db", str(db), env={"TZ": "Europe/Brussels"})
    assert dutch.returncode == 0
    assert "30-11-2026 14:05" in dutch.stdout and "+00:00" not in dutch.stdout
    french = run("list", "--db", str(db), "--lang", "fr", env={"TZ": "Europe/Brussels"})
    assert "30/11/2026 14:05" in french.stdout
    summer = sqlite3.connect(db)
    summer.execute("UPDATE reports SET updated_at = '2026-07-01T08:00:00+00:00'")
    summer.commit()
    summer.close()
    assert "01-07-2026 10:00" in run("list", "--db", str(db), env={"TZ": "Europe/Brussels"}).stdout


def test_importing_the_same_file_twice_is_refused_with_the_report_id_unless_again(tmp_path, submission):
    db = tmp_path / "r.sqlite"
    assert run("import", str(submission), "--db", str(db)).stdout.strip() == "1"
    again = run("import", str(submission), "--db", str(db))
    assert again.returncode == 1 and again.stdout == ""
    assert "verslag 1 heeft dezelfde inhoud" in again.stderr and "--again" in again.stderr
    forced = run("import", str(submission), "--db", str(db), "--again")
    assert forced.returncode == 0 and forced.stdout.strip() == "2"
    store = ReportStore.open(db)
    assert len(store.list_reports()) == 2
    store.delete(1)
    store.delete(2)
    store.close()
    in_bin = run("import", str(submission), "--db", str(db), "--lang", "fr")
    assert in_bin.returncode == 1 and "le rapport 1 a le même contenu (dans la corbeille)" in in_bin.stderr


def test_a_changed_report_is_no_longer_the_same_content(tmp_path, submission):
    db = tmp_path / "r.sqlite"
    run("import", str(submission), "--db", str(db))
    store = ReportStore.open(db)
    report = store.load(1)
    report.narrative += " Aangevuld."
    store.save(1, report)
    store.close()
    assert run("import", str(submission), "--db", str(db)).stdout.strip() == "2"


@pytest.mark.parametrize("command", [["list"], ["import", "SUBMISSION"]])
def test_db_and_lang_before_the_command_are_used_not_dropped(command, db, submission, tmp_path):
    # argparse let a sub-command's own --db (absent: None) overwrite the one given before it,
    # so the command silently used the default database in the user's home folder.
    home = tmp_path / "home"
    home.mkdir()
    args = [str(submission) if part == "SUBMISSION" else part for part in command]
    result = run("--db", str(db), "--lang", "fr", *args, env={"HOME": str(home), "XDG_DATA_HOME": str(home)})
    assert result.returncode == 0, result.stderr
    assert not any(home.rglob("*.sqlite")), "the default database was used instead of --db"
    if command == ["list"]:
        assert "OCMW Voorbeeld" in result.stdout and "brouillon" in result.stdout, result.stdout  # --lang fr kept
    else:
        assert len(ReportStore.open(db).list_reports()) == 2
    missing = tmp_path / "typo.sqlite"
    refused = run("--db", str(missing), "list", env={"HOME": str(home)})
    assert refused.returncode == 1 and str(missing) in refused.stderr
