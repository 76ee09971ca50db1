"""The PDF names the submission file by the name it is written under (issue 15, item 4)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from desktop_app import cli
from desktop_app.export.files import export_basename, export_report
from desktop_app.export.submission import grouped_fingerprint, sha256_hex
from factories import make_valid_report

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")


def text_of(path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def test_the_export_names_its_submission_file(tmp_path):
    report = make_valid_report()
    result = export_report(report, tmp_path)
    assert result.xml_path.name == f"{export_basename(report)}.xml"
    text = text_of(result.pdf_path)
    # Beside the fingerprint, by its own name, and as the attachment the PDF carries.
    found = re.search(r"indieningsbestand (\S+), dat ook als bijlage clusterReport\.xml in deze PDF zit", text)
    assert found and found.group(1) == result.xml_path.name
    assert sha256_hex(result.xml_path.read_bytes()) in text.replace(" ", "")


def test_render_names_the_file_it_was_given(tmp_path, capsys):
    report = make_valid_report()
    report.language = "fr"
    source = tmp_path / "<b>rapport & co<i>.xml"
    export_report(report, tmp_path)
    (tmp_path / f"{export_basename(report)}.xml").rename(source)
    out = tmp_path / "rendu.pdf"
    assert cli.main(["render", str(source), "--pdf", str(out)]) == 0
    text = text_of(out)
    assert "fichier de soumission <b>rapport & co<i>.xml, joint aussi à ce PDF sous le nom clusterReport.xml" in text
    assert grouped_fingerprint(sha256_hex(source.read_bytes())) in text
