"""The command line, run as the user runs it: a separate process, exit statuses and messages."""

from __future__ import annotations

import hashlib
import io
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.export.submission import grouped_fingerprint, to_xml
from desktop_app.storage import ReportStore
from factories import make_valid_report


def run(*args: str, env_lang: str = "nl_BE.UTF-8") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "LANG": env_lang, "HOME": "/nonexistent"},
    )


@pytest.fixture
def submission(tmp_path):
    path = tmp_path / "cluster-2016.xml"
    path.write_bytes(to_xml(make_valid_report()))
    return path


def assert_no_traceback(result: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout


def test_validate_accepts_a_valid_file(submission):
    result = run("validate", str(submission))
    assert result.returncode == 0, result.stderr
    assert "geldig indieningsbestand" in result.stdout


def test_validate_speaks_french_with_lang_fr_and_by_the_system_language(submission):
    assert "fichier de soumission valable" in run("validate", str(submission), "--lang", "fr").stdout
    assert "fichier de soumission valable" in run("validate", str(submission), env_lang="fr_BE.UTF-8").stdout


def test_validate_refuses_a_stated_total_that_differs_naming_line_and_values(submission):
    data = submission.read_bytes().replace(
        b"<demonstratedAmount>", b"<demonstratedAmount>1", 1
    )
    submission.write_bytes(data)
    line = data[: data.index(b"<demonstratedAmount>")].count(b"\n") + 1
    result = run("validate", str(submission))
    assert result.returncode == 1
    assert f":{line}:" in result.stderr
    assert "demonstratedAmount" in result.stderr
    assert_no_traceback(result)


def test_validate_of_a_missing_file_is_an_input_problem(tmp_path):
    result = run("validate", str(tmp_path / "nowhere.xml"))
    assert result.returncode == 1
    assert "bestaat niet" in result.stderr
    assert_no_traceback(result)


@pytest.mark.parametrize(
    "args",
    [("validate",), ("frobnicate",), ("render", "x.xml"), ("validate", "x.xml", "--lang", "de")],
)
def test_usage_errors_exit_with_2_and_a_message(args):
    result = run(*args)
    assert result.returncode == 2
    assert "Fout in de opdracht" in result.stderr
    assert_no_traceback(result)


def test_render_makes_the_pdf_of_the_file_with_its_own_fingerprint(submission, tmp_path):
    out = tmp_path / "out.pdf"
    result = run("render", str(submission), "--pdf", str(out))
    assert result.returncode == 0, result.stderr
    data = submission.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert reader.attachments["clusterReport.xml"] == [data]
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert grouped_fingerprint(digest) in text
    assert digest in text.replace("\n", "").replace(" ", "")


def test_import_then_export_then_list(submission, tmp_path):
    db = tmp_path / "reports.sqlite"
    imported = run("import", str(submission), "--db", str(db))
    assert imported.returncode == 0, imported.stderr
    report_id = int(imported.stdout.strip())

    (tmp_path / "out").mkdir()
    exported = run("export", str(report_id), "--out", str(tmp_path / "out"), "--db", str(db))
    assert exported.returncode == 0, exported.stderr
    pdf_path, xml_path = exported.stdout.split()
    assert pdf_path.endswith(".pdf") and xml_path.endswith(".xml")
    assert "jaarverslag-cluster-2016-ocmw-voorbeeld" in pdf_path
    # The imported report is the one the file was written from (line breaks as "\n").
    expected = make_valid_report()
    expected.narrative = expected.narrative.replace("\r\n", "\n")
    store = ReportStore.open(db)
    try:
        assert store.load(report_id) == expected
        assert store.state(report_id) == "exported"
    finally:
        store.close()

    listed = run("list", "--db", str(db))
    assert listed.returncode == 0
    assert "OCMW Voorbeeld" in listed.stdout and "geëxporteerd" in listed.stdout


def test_export_refuses_a_report_with_errors_and_writes_nothing(tmp_path):
    db = tmp_path / "reports.sqlite"
    report = make_valid_report()
    report.narrative = ""
    store = ReportStore.open(db)
    report_id = store.create(report)
    store.close()
    out = tmp_path / "out"
    out.mkdir()
    result = run("export", str(report_id), "--out", str(out), "--db", str(db), "--lang", "fr")
    assert result.returncode == 1
    assert "narrative" in result.stderr and "Rédigez le rapport qualitatif" in result.stderr
    assert not any(out.iterdir())


@pytest.mark.parametrize("report_id", ["abc", "999"])
def test_export_of_an_unknown_report_is_an_input_problem(tmp_path, report_id):
    ReportStore.open(tmp_path / "r.sqlite").close()
    result = run("export", report_id, "--out", str(tmp_path), "--db", str(tmp_path / "r.sqlite"))
    assert result.returncode == 1
    assert report_id in result.stderr
    assert_no_traceback(result)


def test_a_file_that_is_not_a_database_is_refused_without_touching_it(tmp_path):
    db = tmp_path / "notes.sqlite"
    db.write_text("not a database")
    result = run("list", "--db", str(db))
    assert result.returncode == 1
    assert "geen gegevensbestand" in result.stderr
    assert db.read_text() == "not a database"


def test_validate_reports_the_checks_errors_of_a_well_formed_file(tmp_path):
    # The contract's own example has an enterprise number whose check digits are wrong.
    example = tmp_path / "example.xml"
    example.write_bytes((Path(__file__).parent / "export" / "contract_example.xml").read_bytes())
    result = run("validate", str(example))
    assert result.returncode == 1
    assert "promoter.enterpriseNumber" in result.stderr and "controlecijfers" in result.stderr
    # import follows the same rule: nothing is stored.
    imported = run("import", str(example), "--db", str(tmp_path / "r.sqlite"))
    assert imported.returncode == 1 and imported.stdout == ""
    assert imported.stderr == result.stderr
    assert not (tmp_path / "r.sqlite").exists()


def test_validate_and_import_refuse_the_year_0001_alike(submission, tmp_path):
    submission.write_bytes(submission.read_bytes().replace(b"<reportingYear>2016<", b"<reportingYear>0001<"))
    validated = run("validate", str(submission))
    imported = run("import", str(submission), "--db", str(tmp_path / "r.sqlite"))
    assert validated.returncode == imported.returncode == 1
    assert f"{submission}:3: <reportingYear>" in imported.stderr and "2003" in imported.stderr
    assert not (tmp_path / "r.sqlite").exists()


def test_a_report_of_the_year_9999_exports_and_lists(tmp_path):
    db = tmp_path / "r.sqlite"
    report = make_valid_report()
    report.year = 9999
    store = ReportStore.open(db)
    report_id = store.create(report)
    store.close()
    exported = run("export", str(report_id), "--out", str(tmp_path), "--db", str(db))
    assert exported.returncode == 0, exported.stderr
    assert "jaarverslag-cluster-9999" in exported.stdout
    validated = run("validate", exported.stdout.split()[1])
    assert validated.returncode == 0, validated.stderr


def test_help_speaks_the_chosen_language():
    french = run("--help", "--lang", "fr")
    assert french.returncode == 0
    assert french.stdout.startswith("utilisation : clusterverslag")
    assert "afficher cette aide et quitter" in french.stdout and "options\u00a0:" in french.stdout
    dutch = run("validate", "--help")
    assert dutch.stdout.startswith("gebruik: clusterverslag validate")
    assert "deze hulp tonen en stoppen" in dutch.stdout and "usage" not in dutch.stdout


def test_on_windows_output_is_utf8_on_a_pipe(submission, monkeypatch, capsys):
    """Windows Python writes to a pipe in the ANSI code page, where "Łęcka" cannot be written:
    the command line writes UTF-8 there instead."""
    from desktop_app import cli

    named = submission.with_name("OCMW Łęcka.xml")
    submission.rename(named)
    out, err = io.BytesIO(), io.BytesIO()
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(out, encoding="cp1252", errors="strict"))
    monkeypatch.setattr(sys, "stderr", io.TextIOWrapper(err, encoding="cp1252", errors="strict"))
    assert cli.main(["validate", str(named), "--lang", "nl"]) == 0
    sys.stdout.flush()
    assert "OCMW Łęcka.xml: geldig indieningsbestand" in out.getvalue().decode("utf-8")
