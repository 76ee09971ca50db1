"""What the command line prints from outside (file names, certificate names, report text) cannot
drive the terminal: control characters and bidirectional overrides come out as visible escapes,
so that an ANSI sequence never runs and a newline in a name never fakes a line of its own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from certificates import Pki
from desktop_app.cli import visible
from desktop_app.export.pdf import render_pdf
from desktop_app.export.submission import to_xml
from desktop_app.storage import ReportStore
from factories import make_valid_report

REPO = Path(__file__).resolve().parents[1]
# Clears the screen, turns the text green and starts a line of its own that looks like a verdict.
HOSTILE = "x\x1b[2J\x1b[32m\nResultaat: in orde\u202egpj.\x9b\x7f\t"
SHOWN = "x\\x1b[2J\\x1b[32m\\nResultaat: in orde\\u202egpj.\\x9b\\x7f\\t"


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True, text=True, timeout=60, cwd=REPO, input=stdin,
        env={"PATH": "/usr/bin:/bin", "LANG": "nl_BE.UTF-8", "HOME": "/nonexistent", "PYTHONPATH": str(REPO)},
    )


def assert_nothing_raw(result: subprocess.CompletedProcess) -> None:
    printed = result.stdout + result.stderr
    for raw in ("\x1b", "\x9b", "\x7f", "\t", "\u202e", "in orde\u202e"):
        assert raw not in printed, repr(printed)
    # Every line printed starts as the program starts its lines: none begins with the fake verdict.
    assert not any(line.startswith("Resultaat: in orde\u202e") or line.startswith("Resultaat: in orde\\u202e")
                   for line in printed.splitlines())


@pytest.mark.parametrize(("text", "shown"), [
    ("plain name – é ł", "plain name – é ł"),
    ("a\nb\r\tc", "a\\nb\\r\\tc"),
    ("\x00\x1f\x7f\x80\x9f", "\\x00\\x1f\\x7f\\x80\\x9f"),
    ("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c",
     "\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c"),
    ("C:\\Users\\secretaris\\verslag.xml", "C:\\Users\\secretaris\\verslag.xml"),
    (Path("map/verslag.pdf"), "map/verslag.pdf"),
])
def test_visible_escapes_control_and_direction_characters_only(text, shown):
    assert visible(text) == shown
    assert visible(visible(text)) == shown  # escaping twice changes nothing


def test_a_file_name_with_an_escape_sequence_and_a_newline_is_printed_escaped(tmp_path):
    good = tmp_path / f"{HOSTILE}.xml"
    good.write_bytes(to_xml(make_valid_report()))
    result = cli("validate", str(good))
    assert result.returncode == 0, result.stderr
    assert f"{SHOWN}.xml: geldig indieningsbestand" in result.stdout
    assert_nothing_raw(result)

    broken = tmp_path / f"{HOSTILE}-kapot.xml"
    broken.write_bytes(b"<clusterReport")
    result = cli("validate", str(broken))
    assert result.returncode == 1
    assert f"{SHOWN}-kapot.xml: ongeldig indieningsbestand" in result.stderr
    assert_nothing_raw(result)

    missing = tmp_path / f"{HOSTILE}-weg.xml"
    result = cli("validate", str(missing))
    assert result.returncode == 1 and f"{SHOWN}-weg.xml bestaat niet" in result.stderr
    assert_nothing_raw(result)

    pdf = tmp_path / f"{HOSTILE}.pdf"
    result = cli("render", str(good), "--pdf", str(pdf))
    assert result.returncode == 0, result.stderr
    assert f"Geschreven: {tmp_path}/{SHOWN}.pdf" in result.stderr
    assert_nothing_raw(result)


def test_report_text_from_the_database_is_printed_escaped(tmp_path):
    db = tmp_path / "reports.sqlite"
    report = make_valid_report()
    report.promoter.name = HOSTILE
    report.unreadable["reportingYear"] = HOSTILE  # the check's message quotes what was typed
    store = ReportStore.open(db)
    try:
        report_id = store.create(report)
    finally:
        store.close()
    result = cli("list", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert SHOWN in result.stdout
    assert_nothing_raw(result)

    out = tmp_path / f"{HOSTILE}-map"
    result = cli("export", str(report_id), "--out", str(out), "--db", str(db))
    assert result.returncode == 1
    assert f"De map {tmp_path}/{SHOWN}-map bestaat niet" in result.stderr  # the folder, named safely
    assert_nothing_raw(result)
    out.mkdir()
    result = cli("export", str(report_id), "--out", str(out), "--db", str(db))
    assert result.returncode == 1
    assert f"«{SHOWN}» kan niet gelezen worden" in result.stderr
    assert_nothing_raw(result)


def test_a_certificate_name_with_an_escape_sequence_is_printed_escaped(tmp_path):
    pki = Pki()
    key, certificate = pki.issue(HOSTILE)
    p12 = pki.p12(tmp_path / "hostile.p12", key, certificate, b"pw")
    pdf = tmp_path / f"{HOSTILE}.pdf"
    report = make_valid_report()
    pdf.write_bytes(render_pdf(report, to_xml(report)))

    result = cli("sign", str(pdf), "--role", "president", "--p12", str(p12), stdin="pw\n")
    assert result.returncode == 0, result.stderr
    assert f"Ondertekend door {SHOWN} als voorzitter: {tmp_path}/{SHOWN}.pdf" in result.stderr
    assert_nothing_raw(result)

    result = cli("verify", str(pdf))
    assert f"voorzitter (veld president): {SHOWN}" in result.stdout
    assert f"{tmp_path}/{SHOWN}.pdf:" in result.stdout
    assert_nothing_raw(result)
