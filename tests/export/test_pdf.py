"""The printable PDF, read back as a reader would: its text through poppler's pdftotext, its
structure (fonts, metadata, language, attachment) through pypdf and pdfdetach."""

from __future__ import annotations

import ast
import datetime as dt
import hashlib
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

import desktop_app.export.pdf as pdf_module
from desktop_app.domain import compute
from desktop_app.domain.checks import COST_COLUMN_LABELS, PARTNERSHIP_LABELS, TRAINING_LABELS
from desktop_app.domain.model import (
    COST_CATEGORIES,
    COST_COLUMNS,
    TRAINING_CATEGORIES,
    CostLine,
    Organisation,
    Partnership,
    Report,
    Signatories,
)
from desktop_app.domain.money import format_amount
from desktop_app.domain.rules import rule_for_year
from desktop_app.export.pdf import render_pdf

pytestmark = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdfdetach")), reason="poppler-utils not installed"
)

# Any bytes will do: the PDF fingerprints and embeds them, it never parses them. Non-ASCII and
# a final newline make a byte-for-byte comparison meaningful.
XML = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<clusterReport xmlns="urn:clusterverslag:submission:1" version="1" language="nl">'
    "<promoter id=\"o1\"><name>OCMW Łódź</name></promoter></clusterReport>\n"
).encode("utf-8")
DIGEST = hashlib.sha256(XML).hexdigest()
GROUPED = " ".join(DIGEST[i:i + 4] for i in range(0, 16, 4))

NARRATIVE = "Wij testten <b>R&D</b> x<y in de cluster.\nTweede regel & meer.\nΑλφα en Жуков."
PAGE_WIDTH, PAGE_HEIGHT = 595.28, 841.89
MARGIN = 18 / 25.4 * 72


def make_report(language: str = "nl") -> Report:
    report = Report(
        year=2016,
        language=language,
        promoter=Organisation(
            "o1",
            name="OCMW Łódź-Őrség",
            enterprise_number="0212345678",
            street="Kerkstraat 1",
            postal_code="9999",
            municipality="Voorbeeld",
            contact_person="An Peeters",
            phone="+32 9 123 45 67",
            email="an.peeters@example.be",
        ),
        narrative=NARRATIVE,
        partnerships=[
            Partnership("VDAB", "regional-employment-service", "SO-2016-14", dt.date(2016, 2, 1),
                        "Gezamenlijke intakes"),
            Partnership("De Cirkel", "training-provider", "SE-2016-02"),
        ],
        signatories=Signatories("Jan Janssens", "Marie Dubois", "Voorbeeld", dt.date(2017, 2, 15)),
    )
    report.add_member("OCMW Жуковка", "0123.456.749")
    report.add_member("OCMW Drie")
    for number, category in enumerate(TRAINING_CATEGORIES):
        for index, ocmw in enumerate(report.ocmws):
            report.set_count(category, ocmw.id, number * 10 + index + 1)
    report.costs["personnel"] = CostLine(50_000_00, 0, 30_000_00, 0)
    report.costs["activated-wages"] = CostLine(8_000_00, 2_000_00, 1_000_00, 0)
    report.costs["operating"] = CostLine(1_234_56, 100_00, 0, 20_00)
    return report


def make_long_report() -> Report:
    report = make_report()
    report.members = []
    for n in range(7):
        report.add_member(f"OCMW Sint-Maria-Horebeke-Oudenaarde {n}", "0212.345.678")
    sentence = "Het project liep goed en leerde ons veel over samenwerking tussen lokale besturen. "
    report.narrative = (sentence * 40)[:2990] + " EINDE-TEKST"
    report.partnerships = [
        Partnership(f"Partner {i:02d} vzw", ("training-provider", "social-economy", "other")[i % 3],
                    f"REF-{i:03d}", dt.date(2016, 1 + i % 12, 1 + i % 28),
                    "Omschrijving van de samenwerking. " * (1 + i % 4))
        for i in range(40)
    ]
    for category in COST_CATEGORIES:
        report.costs[category] = CostLine(999_999_999_999, 1_000_00, 2_000_00, 3_000_00)
    return report


# --- reading the PDF back ---------------------------------------------------------------------

def pdftotext(data: bytes, tmp: Path, *args: str) -> str:
    path = tmp / "out.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", *args, str(path), "-"], check=True, capture_output=True).stdout.decode()


def norm(text: str) -> str:
    """Whitespace of any kind (no-break spaces, line ends) as single spaces."""
    return re.sub(r"[\s\u00a0\u202f\u2009]+", " ", text).strip()


def squash(text: str) -> str:
    """Text without spaces and hyphens: pdftotext drops the hyphen of a compound word that the
    PDF wrapped after it (``Sociale-`` / ``economieonderneming``)."""
    return re.sub(r"[\s\u00a0\u202f\u2009-]+", "", text)


def pages(text: str) -> list[str]:
    return text.split("\f")[:-1]


@pytest.fixture(scope="module")
def tmp(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pdf")


@pytest.fixture(scope="module", params=["nl", "fr"])
def rendered(request, tmp):
    """(language, report, pdf bytes, normalised text, pages as extracted)."""
    report = make_report(request.param)
    data = render_pdf(report, XML)
    text = pdftotext(data, tmp)
    return request.param, report, data, norm(text), pages(text)


@pytest.fixture(scope="module")
def long_pdf(tmp):
    data = render_pdf(make_long_report(), XML)
    return data, pdftotext(data, tmp)


# --- the text ---------------------------------------------------------------------------------

def test_every_entered_value_is_printed(rendered):
    language, report, _, text, _ = rendered
    promoter = report.promoter
    expected = [
        "2016", promoter.name, promoter.street, "9999 Voorbeeld", promoter.contact_person, promoter.phone,
        promoter.email, "0212.345.678", "OCMW Жуковка", "0123.456.749", "OCMW Drie",
        "VDAB", "SO-2016-14", "Gezamenlijke intakes", "De Cirkel", "SE-2016-02",
        "Jan Janssens", "Marie Dubois",
        rule_for_year(2016).focus.get(language),
        PARTNERSHIP_LABELS["training-provider"].get(language),
    ]
    expected += ["01-02-2016", "15-02-2017"] if language == "nl" else ["01/02/2016", "15/02/2017"]
    for value in expected:
        assert norm(value) in text, value


def test_titles_and_labels_are_in_the_report_language(rendered):
    language, _, _, text, _ = rendered
    if language == "nl":
        for label in ("Uniek jaarverslag – luik cluster", "De voorzitter", "De secretaris – algemeen directeur",
                      "Aangetoond bedrag", "Niet verantwoord bedrag", "Voorschot", "Saldo te ontvangen"):
            assert label in text
        assert "Rapport unique" not in text
    else:
        for label in ("Rapport unique – volet cluster", "Le président", "Le secrétaire – directeur général",
                      "Montant justifié", "Montant non justifié", "Avance", "Solde à recevoir"):
            assert label in text
        assert "Uniek jaarverslag" not in text
    for column in COST_COLUMNS:
        assert squash(COST_COLUMN_LABELS[column].get(language)) in squash(text)
    for category in TRAINING_CATEGORIES:
        assert squash(TRAINING_LABELS[category].get(language)) in squash(text)


def test_amounts_are_printed_the_belgian_way(rendered):
    language, report, _, text, _ = rendered
    # The seed's worked example: 50,000 total, 30,000 public share, 20,000 for the cluster.
    for literal_nl, literal_fr in (("50.000,00", "50 000,00"), ("30.000,00", "30 000,00"),
                                   ("20.000,00", "20 000,00"), ("1.234,56", "1 234,56")):
        assert (literal_nl if language == "nl" else literal_fr) in text
    summary = compute.financial_summary(report)
    amounts = [*compute.column_totals(report).values(), compute.cluster_share(report.costs["operating"]),
               summary.subsidy, summary.demonstrated, summary.unjustified, summary.advance, summary.balance]
    for cents in amounts:
        assert norm(format_amount(cents, language)) in text, cents
    assert norm(format_amount(summary.subsidy, language)) + " EUR" in text
    if language == "nl":
        assert "50 000,00" not in text
    else:
        assert "50.000,00" not in text


def test_training_counts_and_totals_are_printed(rendered):
    _, report, _, text, _ = rendered
    # Rows of the grid: the label, one count per OCMW, the cluster total.
    for category in TRAINING_CATEGORIES:
        counts = [str(report.count(category, o.id)) for o in report.ocmws]
        row = " ".join([*counts, str(compute.training_total(report, category))])
        assert row in text, category
    total = compute.total_activated(report)
    per_ocmw = [str(compute.ocmw_training_total(report, o.id)) for o in report.ocmws]
    assert " ".join([*per_ocmw, str(total)]) in text


def test_user_text_prints_literally_with_its_line_breaks(rendered, tmp):
    _, _, data, text, _ = rendered
    assert "Wij testten <b>R&D</b> x<y in de cluster." in text
    assert "Tweede regel & meer." in text
    lines = pdftotext(data, tmp).splitlines()
    first = next(i for i, line in enumerate(lines) if "Wij testten" in line)
    assert lines[first].strip().endswith("x<y in de cluster.")
    assert lines[first + 1].strip() == "Tweede regel & meer."


def test_polish_hungarian_greek_and_cyrillic_extract_correctly(rendered):
    text = rendered[3]
    for word in ("Łódź-Őrség", "Жуковка", "Αλφα", "Жуков"):
        assert word in text


def test_every_page_has_its_number_and_the_fingerprint(rendered):
    _, _, data, _, page_texts = rendered
    count = len(PdfReader(io.BytesIO(data)).pages)
    assert len(page_texts) == count >= 2
    for number, page in enumerate(page_texts, start=1):
        page = norm(page)
        assert f"{number} / {count}" in page
        assert GROUPED in page
    assert DIGEST in norm(page_texts[-1])
    assert GROUPED == pdf_module.grouped_fingerprint(pdf_module.sha256_hex(XML))


def test_late_signature_is_noted_and_a_timely_one_is_not(tmp):
    report = make_report()
    assert "Laattijdige ondertekening" not in norm(pdftotext(render_pdf(report, XML), tmp))
    report.signatories.date = dt.date(2017, 3, 1)
    text = norm(pdftotext(render_pdf(report, XML), tmp))
    assert "Laattijdige ondertekening" in text and "28-02-2017" in text
    report.language = "fr"
    text = norm(pdftotext(render_pdf(report, XML), tmp))
    assert "Signature tardive" in text and "28/02/2017" in text


def test_a_subsidy_from_the_agreement_is_marked_and_a_balance_to_repay_named(tmp):
    report = make_report()
    report.costs = {category: CostLine() for category in COST_CATEGORIES}
    report.subsidy = 12_345_67
    text = norm(pdftotext(render_pdf(report, XML), tmp))
    assert "* 12.345,67 EUR" in text
    assert "verschilt" not in text and "wijkt af" in text and "(10.000,00 EUR)" in text
    assert "Saldo terug te betalen" in text
    assert norm(format_amount(-compute.balance_amount(report), "nl")) in text
    text = norm(pdftotext(render_pdf(report, XML, language="fr"), tmp))
    assert "Solde à rembourser" in text and "12 345,67 EUR" in text


def test_language_defaults_to_the_report_and_can_be_chosen(tmp):
    report = make_report("fr")
    assert "Rapport unique" in pdftotext(render_pdf(report, XML), tmp)
    assert "Uniek jaarverslag" in pdftotext(render_pdf(report, XML, language="nl"), tmp)
    with pytest.raises(ValueError):
        render_pdf(report, XML, language="en")


def test_an_empty_report_still_renders(tmp):
    text = norm(pdftotext(render_pdf(Report(), b""), tmp))
    assert "Uniek jaarverslag" in text and "1 / " in text


@pytest.mark.skipif(not shutil.which("zbarimg"), reason="zbar-tools not installed")
def test_the_printed_qr_code_reads_back_as_the_full_digest(tmp):
    (tmp / "qr.pdf").write_bytes(render_pdf(make_report(), XML))
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(tmp / "qr.pdf"), str(tmp / "qr")], check=True)
    decoded = subprocess.run(
        ["zbarimg", "--quiet", "--raw", *sorted(str(p) for p in tmp.glob("qr-*.png"))],
        capture_output=True, text=True,
    ).stdout.split("\n")
    # Besides the data codes (tests/export/test_datacodes.py), one QR code: the full digest.
    assert [text for text in decoded if text and not text.startswith("CV1:")] == [DIGEST]


# --- the structure ----------------------------------------------------------------------------

def fonts(reader: PdfReader) -> list[dict]:
    found = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            found[str(font["/BaseFont"])] = target.get("/FontDescriptor")
    return found


def test_dejavu_is_embedded_and_no_font_is_left_out(rendered):
    reader = PdfReader(io.BytesIO(rendered[2]))
    found = fonts(reader)
    assert any("DejaVuSans" in name for name in found)
    assert any("DejaVuSans-Bold" in name for name in found)
    for name, descriptor in found.items():
        assert descriptor is not None, name
        descriptor = descriptor.get_object()
        assert "/FontFile2" in descriptor, f"{name} is not embedded"
        assert "DejaVuSans" in str(descriptor["/FontName"])


def test_metadata_and_language(rendered):
    language, report, data, _, _ = rendered
    reader = PdfReader(io.BytesIO(data))
    meta = reader.metadata
    title = "Uniek jaarverslag – luik cluster" if language == "nl" else "Rapport unique – volet cluster"
    assert title in meta.title and report.promoter.name in meta.title and "2016" in meta.title
    assert meta.author == report.promoter.name
    assert meta.subject and "2016" in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == {"nl": "nl-BE", "fr": "fr-BE"}[language]


def test_the_submission_file_is_attached_byte_for_byte(rendered, tmp):
    data = rendered[2]
    reader = PdfReader(io.BytesIO(data))
    assert list(reader.attachments) == ["clusterReport.xml"]
    filespec = reader.trailer["/Root"]["/Names"]["/EmbeddedFiles"]["/Names"][1].get_object()
    assert filespec["/EF"]["/F"].get_object()["/Subtype"] == "/text/xml"
    (embedded,) = reader.attachments["clusterReport.xml"]
    assert embedded == XML
    assert hashlib.sha256(embedded).hexdigest() == DIGEST
    # poppler, independently of pypdf
    path = tmp / "attached.pdf"
    path.write_bytes(data)
    listing = subprocess.run(["pdfdetach", "-list", str(path)], check=True, capture_output=True, text=True).stdout
    assert "clusterReport.xml" in listing
    out = tmp / "detached.xml"
    subprocess.run(["pdfdetach", "-save", "1", "-o", str(out), str(path)], check=True)
    assert out.read_bytes() == XML
    printed = norm(rendered[4][-1])
    assert hashlib.sha256(out.read_bytes()).hexdigest() in printed


def test_any_bytes_can_be_attached_without_being_parsed():
    data = b"\x00\xff not xml at all"
    reader = PdfReader(io.BytesIO(render_pdf(make_report(), data)))
    assert reader.attachments["clusterReport.xml"] == [data]


# --- long content -----------------------------------------------------------------------------

def test_a_long_report_flows_over_several_pages(long_pdf):
    data, raw = long_pdf
    text = norm(raw)
    page_texts = pages(raw)
    assert len(page_texts) >= 4
    for number, page in enumerate(page_texts, start=1):
        assert f"{number} / {len(page_texts)}" in norm(page)
        assert GROUPED in norm(page)
    for i in range(40):
        assert f"Partner {i:02d} vzw" in text
        assert f"REF-{i:03d}" in text
    assert "EINDE-TEKST" in text
    assert "9.999.999.999,99" in text
    assert norm(format_amount(compute.column_totals(make_long_report())["totalAmount"], "nl")) in text
    for n in range(7):
        assert f"Oudenaarde {n}" in text
    # The partnerships' header row repeats on each page the table runs over.
    with_partners = [p for p in page_texts if "Partner " in p and "REF-" in p]
    assert len(with_partners) >= 2
    assert all("Omschrijving" in p for p in with_partners)


def test_nothing_runs_off_the_page(long_pdf, tmp):
    """Every word of the long report lies inside the page margins (poppler's word boxes)."""
    html = pdftotext(long_pdf[0], tmp, "-bbox")
    boxes = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">', html)
    assert len(boxes) > 1000
    for x_min, y_min, x_max, y_max in ((float(v) for v in box) for box in boxes):
        assert x_min >= MARGIN - 1 and x_max <= PAGE_WIDTH - MARGIN + 1
        assert y_min >= 0 and y_max <= PAGE_HEIGHT


def test_more_than_eight_ocmws_split_the_training_grid(tmp):
    report = make_long_report()
    for n in range(4):
        report.add_member(f"CPAS de Ottignies-Louvain-la-Neuve {n}")
    data = render_pdf(report, XML)
    text = norm(pdftotext(data, tmp))
    assert "deel 1 van 2" in text and "deel 2 van 2" in text
    assert str(compute.total_activated(report)) in text.replace(".", "")


# --- no Qt ------------------------------------------------------------------------------------

def test_the_pdf_module_does_not_import_qt():
    tree = ast.parse(Path(pdf_module.__file__).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            continue
        for name in names:
            assert name.split(".")[0] not in {"PySide6", "PyQt5", "PyQt6", "shiboken6"}


def test_french_labels_have_a_space_before_the_colon(tmp):
    text = norm(pdftotext(render_pdf(make_report("fr"), b"<clusterReport/>"), tmp))
    assert "Année du rapport : 2016" in text
    assert "Lieu : " in text and "Signature :" in text
    assert "Lieu: " not in text
