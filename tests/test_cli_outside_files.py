"""The commands read every file they are given with bounds: a FIFO, a device, a folder or a
file above its limit is refused at once with a message, as the submission file, the PDF, the
certificate file and the password file. Each run has a time limit and a memory limit, so that
a command that would wait forever or read without end fails the test instead of the machine."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.export.files import render_export
from factories import make_valid_report

MEMORY_LIMIT = 2 * 1024 * 1024 * 1024  # far above what a command needs (about 150 MB)


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run(*args: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(
            [sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True, timeout=30,
            env={"PATH": "/usr/bin:/bin", "LANG": "nl_BE.UTF-8", "HOME": "/nonexistent"},
            preexec_fn=_limit_memory, stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"clusterverslag {' '.join(args)} did not finish within 30 s")


@pytest.fixture(scope="module")
def exported() -> tuple[bytes, bytes]:
    return render_export(make_valid_report())


@pytest.fixture
def files(tmp_path, exported) -> dict[str, Path]:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    huge = tmp_path / "huge"
    with open(huge, "wb") as handle:
        handle.truncate(40 * 1024 * 1024)
    xml, pdf = tmp_path / "cluster.xml", tmp_path / "cluster.pdf"
    xml.write_bytes(exported[0])
    pdf.write_bytes(exported[1])
    return {"fifo": fifo, "device": Path("/dev/zero"), "folder": tmp_path, "huge": huge, "xml": xml, "pdf": pdf}


EXPECTED = {
    "fifo": "is een named pipe (FIFO), geen gewoon bestand",
    "device": "is een apparaat, geen gewoon bestand",
    "folder": "is een map, geen bestand",
    "huge": "is te groot (40,0 MB)",
}


def assert_refused(result: subprocess.CompletedProcess, what: str, path: Path) -> None:
    assert result.returncode == 1, result.stderr
    assert EXPECTED[what] in result.stderr.replace("\u00a0", " ")
    assert str(path) in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


@pytest.mark.parametrize("what", sorted(EXPECTED))
@pytest.mark.parametrize("command", ["validate", "import", "render"])
def test_the_submission_file_is_read_with_bounds(command, what, files, tmp_path):
    path = files[what]
    extra = {"validate": [], "import": ["--db", str(tmp_path / "r.sqlite")], "render": ["--pdf", str(tmp_path / "o.pdf")]}
    assert_refused(run(command, str(path), *extra[command]), what, path)
    assert not (tmp_path / "r.sqlite").exists() and not (tmp_path / "o.pdf").exists()


@pytest.mark.parametrize("what", sorted(EXPECTED))
def test_verify_reads_the_pdf_with_bounds(what, files):
    assert_refused(run("verify", str(files[what])), what, files[what])


@pytest.mark.parametrize("what", sorted(EXPECTED))
def test_sign_reads_the_pdf_with_bounds(what, files):
    path = files[what]
    assert_refused(run("sign", str(path), "--role", "president", "--p12", str(files["xml"]),
                       "--out", str(files["folder"] / "signed.pdf")), what, path)


@pytest.mark.parametrize("what", sorted(EXPECTED))
def test_sign_reads_the_certificate_file_with_bounds(what, files):
    path = files[what]
    password = files["folder"] / "password.txt"
    password.write_text("secret\n")
    result = run("sign", str(files["pdf"]), "--role", "president", "--p12", str(path),
                 "--password-file", str(password), "--out", str(files["folder"] / "signed.pdf"))
    assert_refused(result, what, path)


@pytest.mark.parametrize("what", sorted(EXPECTED))
def test_sign_reads_the_password_file_with_bounds(what, files):
    path = files[what]
    certificate = files["folder"] / "signer.p12"
    certificate.write_bytes(b"0\x82" + b"\0" * 100)
    result = run("sign", str(files["pdf"]), "--role", "president", "--p12", str(certificate),
                 "--password-file", str(path), "--out", str(files["folder"] / "signed.pdf"))
    assert_refused(result, what, path)


def test_export_on_a_full_disk_says_so_and_keeps_the_older_pair(tiny_disk, tmp_path):
    from desktop_app.storage import ReportStore

    db = tmp_path / "r.sqlite"
    store = ReportStore.open(db)
    report_id = store.create(make_valid_report())
    store.close()
    first = run("export", str(report_id), "--out", str(tiny_disk), "--db", str(db))
    assert first.returncode == 0, first.stderr
    older = {p.name: p.read_bytes() for p in tiny_disk.iterdir()}
    report = make_valid_report()
    report.narrative += " Later."
    store = ReportStore.open(db)
    store.save(report_id, report)
    store.close()
    for language, words in (("nl", "de schijf is vol. Er werd niets overschreven."),
                            ("fr", "le disque est plein. Rien n'a été écrasé.")):
        failed = run("export", str(report_id), "--out", str(tiny_disk), "--db", str(db), "--lang", language)
        assert failed.returncode == 1
        assert words in failed.stderr and str(tiny_disk) in failed.stderr
        assert {p.name: p.read_bytes() for p in tiny_disk.iterdir()} == older
