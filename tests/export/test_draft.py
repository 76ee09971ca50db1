"""A draft at any time (issue 15, item 2): the same pages with "ONTWERP – NIET ONDERTEKENEN" /
"PROJET – NE PAS SIGNER" on every page, in the report's language; no signature field, no
fingerprint, QR code or embedded file claiming to bind a submission file; the open problems on
its last page. Also for a report with errors, and for a well-formed file that breaks the
rules. Read back with pdftotext and pypdf."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app import cli
from desktop_app.domain.checks import check_report
from desktop_app.export import signing
from desktop_app.export.pdf import OpenProblem, render_draft, render_pdf
from desktop_app.export.submission import to_xml
from factories import make_valid_report
from test_signing import files, pki, signers  # noqa: F401 - fixtures

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample-submission.xml"
MARK = {"nl": "ONTWERP – NIET ONDERTEKENEN", "fr": "PROJET – NE PAS SIGNER"}


def pages_text(pdf: bytes, tmp_path) -> list[str]:
    path = tmp_path / "draft.pdf"
    path.write_bytes(pdf)
    count = len(PdfReader(io.BytesIO(pdf)).pages)
    return [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(path), "-"], capture_output=True,
                           text=True, check=True).stdout for n in range(1, count + 1)]


def report_with_errors(language: str):
    report = make_valid_report()
    report.language = language
    report.promoter.name = ""
    report.members = report.members[:1]  # too few OCMWs
    return report


def problems_of(report) -> list[OpenProblem]:
    return [OpenProblem(p.is_error, p.path, p.message) for p in check_report(report)]


def assert_is_a_draft(pdf: bytes, pages: list[str], language: str) -> None:
    assert len(pages) >= 2
    for text in pages:
        assert MARK[language] in " ".join(text.split()), text[-300:]
    other = MARK["fr" if language == "nl" else "nl"]
    assert all(other not in " ".join(t.split()) for t in pages)
    whole = " ".join(" ".join(pages).split())
    assert not re.search(r"\b[0-9a-f]{64}\b", whole)  # no fingerprint
    assert "Vingerafdruk" not in whole and "Empreinte" not in whole and "SHA-256" not in whole
    reader = PdfReader(io.BytesIO(pdf))
    root = reader.trailer["/Root"]
    assert "/AcroForm" not in root and "/AF" not in root and "/Names" not in root
    assert not reader.attachments
    assert all("/Annots" not in page for page in reader.pages)  # no signature widget
    assert "SHA-256" not in str(reader.metadata.get("/Keywords", ""))
    assert reader.metadata["/Title"].startswith("ONTWERP" if language == "nl" else "PROJET")


def assert_no_qr_code(pdf: bytes, tmp_path) -> None:
    """zbar finds no QR code on any page (it reads the final PDF's, see test_pdf.py)."""
    if not shutil.which("zbarimg"):
        pytest.skip("zbar-tools not installed")
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "d.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(folder / "d.pdf"), str(folder / "p")], check=True)
    found = subprocess.run(["zbarimg", "--quiet", "--raw", *sorted(str(p) for p in folder.glob("p-*.png"))],
                           capture_output=True, text=True)
    assert found.stdout.strip() == "", found.stdout


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_a_report_with_errors_prints_as_a_draft(language, tmp_path):
    report = report_with_errors(language)
    problems = problems_of(report)
    assert any(p.is_error for p in problems)
    pdf = render_draft(report, problems)
    pages = pages_text(pdf, tmp_path)
    assert_is_a_draft(pdf, pages, language)
    assert_no_qr_code(pdf, tmp_path)
    last = " ".join(pages[-1].split())
    assert ("Nog op te lossen" if language == "nl" else "Encore à résoudre") in last
    for problem in problems:
        assert " ".join(problem.message.get(language).split()) in last
    assert "promoter.name" in last
    # The same pages as the final PDF otherwise: its sections are there.
    whole = " ".join(" ".join(pages).split())
    for section in (("1. Identificatie", "5. Financiële rapportage", "6. Ondertekening") if language == "nl"
                    else ("1. Identification", "5. Rapport financier", "6. Signature")):
        assert section in whole


def test_a_draft_cannot_be_signed_or_verified_as_a_report(signers, tmp_path):
    pdf = render_draft(report_with_errors("nl"), [])
    with pytest.raises(signing.SigningError):
        signing.sign_pdf(pdf, "president", signers["president"])
    text = " ".join(pages_text(pdf, tmp_path)[-1].split())
    assert "Geen problemen gevonden" in text


def test_the_final_pdf_is_no_draft(tmp_path):
    report = make_valid_report()
    pages = pages_text(render_pdf(report, to_xml(report)), tmp_path)
    assert all("ONTWERP" not in text for text in pages)


def cli_render(capsys, *args) -> tuple[int, str]:
    capsys.readouterr()
    code = cli.main(["render", *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_render_draft_of_a_file_that_breaks_the_rules(tmp_path, capsys):
    text = SAMPLE.read_text(encoding="utf-8")
    broken = tmp_path / "zonder-naam.xml"
    broken.write_text(text.replace("<name>CPAS d'Exemple</name>", "<name></name>")
                      .replace("<reportingYear>2016</reportingYear>", "<reportingYear>twenty</reportingYear>"),
                      encoding="utf-8")
    out = tmp_path / "ontwerp.pdf"
    # Without --draft the file is refused, and nothing is written.
    code, said = cli_render(capsys, str(broken), "--pdf", str(out))
    assert code == 1 and not out.exists()
    code, said = cli_render(capsys, str(broken), "--pdf", str(out), "--draft", "--lang", "nl")
    assert code == 0, said
    assert "Ontwerp geschreven" in said and "reportingYear" in said
    pdf = out.read_bytes()
    pages = pages_text(pdf, tmp_path)
    assert_is_a_draft(pdf, pages, "fr")  # the report's language: the file says fr
    last = " ".join(pages[-1].split())
    assert "Encore à résoudre" in last and "twenty" in last and "reportingYear" in last


def test_render_draft_refuses_what_is_not_a_submission_file(tmp_path, capsys):
    broken = tmp_path / "kapot.xml"
    broken.write_bytes(SAMPLE.read_bytes()[:300])
    out = tmp_path / "ontwerp.pdf"
    code, said = cli_render(capsys, str(broken), "--pdf", str(out), "--draft")
    assert code == 1 and not out.exists() and "Traceback" not in said


def test_render_draft_of_a_good_file(tmp_path, capsys):
    out = tmp_path / "ontwerp.pdf"
    code, said = cli_render(capsys, str(SAMPLE), "--pdf", str(out), "--draft")
    assert code == 0
    pages = pages_text(out.read_bytes(), tmp_path)
    assert_is_a_draft(out.read_bytes(), pages, "fr")
    assert "Aucun problème trouvé" in " ".join(pages[-1].split())
