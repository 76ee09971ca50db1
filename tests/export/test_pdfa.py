"""Every exported PDF is PDF/A-3b, and stays so after both signatures (issue 15, item 1).

Each requirement is read back from the real file with pypdf and lxml: the PDF/A identification
and the Dublin Core metadata matching the document information, the sRGB output intent, the
submission file as an associated file, every font embedded, an appearance for every widget.
Apache PDFBox's Preflight (Debian ``libpdfbox2-java``; it checks PDF/A-1b only) must find
nothing but what PDF/A-3 allows; qpdf, pdfsig and pdffonts must be clean after signing."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree
from pypdf import PdfReader

from desktop_app.export.pdf import ATTACHMENT_NAME, render_pdf
from desktop_app.export.submission import to_xml
from desktop_app.resources import resource_path
from factories import make_valid_report
from test_signing import files, pki, signed_once, signed_twice, signers, unsigned, xml  # noqa: F401 - fixtures

NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
}
JAVA_LIBS = Path("/usr/share/java")
PREFLIGHT_JARS = ("preflight.jar", "pdfbox2.jar", "fontbox2.jar", "xmpbox.jar", "commons-logging.jar",
                  "javax.activation.jar", "jaxb-api.jar")
# What Preflight (PDF/A-1b) says of a PDF/A-3b file, and why PDF/A-3 allows each:
ALLOWED_BY_PDFA3 = {
    "7.11.2": "part must be 1: the file says it is PDF/A part 3, which it is",
    "1.4.7": "EmbeddedFile in the Names dictionary: PDF/A-3 allows embedded files (ISO 19005-3, 6.8)",
    "1.2.9": "EmbeddedFile in a file specification: the same embedded file, associated with /AF",
}


def xmp_values(reader: PdfReader) -> dict[str, str]:
    """The XMP properties, whether written as elements or as attributes."""
    stream = reader.trailer["/Root"]["/Metadata"].get_object()
    tree = etree.fromstring(stream.get_data())
    values: dict[str, str] = {}
    for description in tree.iter(f"{{{NS['rdf']}}}Description"):
        for name, value in description.attrib.items():
            values[name] = value
        for child in description:
            items = child.findall(f".//{{{NS['rdf']}}}li")
            values[child.tag] = items[0].text if items else (child.text or "")
    return values


def q(prefix: str, name: str) -> str:
    return f"{{{NS[prefix]}}}{name}"


def pdf_moment(text: str) -> dt.datetime:
    match = re.fullmatch(r"D:(\d{14})(Z|[+-]\d\d'\d\d'?)?", text)
    assert match, text
    moment = dt.datetime.strptime(match.group(1), "%Y%m%d%H%M%S")
    zone = match.group(2) or "Z"
    if zone == "Z":
        return moment.replace(tzinfo=dt.timezone.utc)
    sign = -1 if zone[0] == "-" else 1
    offset = dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6]))
    return moment.replace(tzinfo=dt.timezone(sign * offset))


def assert_metadata_agrees(pdf: bytes) -> dict[str, str]:
    reader = PdfReader(io.BytesIO(pdf))
    info = reader.metadata
    xmp = xmp_values(reader)
    assert xmp[q("pdfaid", "part")] == "3" and xmp[q("pdfaid", "conformance")] == "B"
    assert xmp[q("dc", "title")] == info["/Title"]
    assert xmp[q("dc", "creator")] == info["/Author"]
    assert xmp[q("dc", "description")] == info["/Subject"]
    assert xmp[q("dc", "language")] == reader.trailer["/Root"]["/Lang"]
    assert xmp[q("xmp", "CreatorTool")] == info["/Creator"]
    assert xmp[q("pdf", "Producer")] == info["/Producer"]
    assert xmp[q("pdf", "Keywords")] == info["/Keywords"]
    assert dt.datetime.fromisoformat(xmp[q("xmp", "CreateDate")]) == pdf_moment(info["/CreationDate"])
    assert dt.datetime.fromisoformat(xmp[q("xmp", "ModifyDate")]) == pdf_moment(info["/ModDate"])
    assert "/Trapped" not in info
    return xmp


def test_the_export_says_it_is_pdfa_3b_and_its_metadata_agrees(unsigned):
    assert unsigned.startswith(b"%PDF-1.7\n%") and all(b > 127 for b in unsigned[10:14])
    reader = PdfReader(io.BytesIO(unsigned))
    metadata = reader.trailer["/Root"]["/Metadata"].get_object()
    assert metadata["/Type"] == "/Metadata" and metadata["/Subtype"] == "/XML"
    assert "/Filter" not in metadata  # PDF/A: the metadata stays readable without decoding
    xmp = assert_metadata_agrees(unsigned)
    assert xmp[q("dc", "title")] == "Uniek jaarverslag – luik cluster – OCMW Voorbeeld – 2016"
    assert xmp[q("dc", "creator")] == "OCMW Voorbeeld" and xmp[q("dc", "language")] == "nl-BE"
    assert "/ID" in reader.trailer


def test_the_output_intent_is_srgb(unsigned):
    reader = PdfReader(io.BytesIO(unsigned))
    (intent,) = [i.get_object() for i in reader.trailer["/Root"]["/OutputIntents"]]
    assert intent["/S"] == "/GTS_PDFA1" and intent["/OutputConditionIdentifier"] == "sRGB IEC61966-2.1"
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 3
    data = profile.get_data()
    assert data == resource_path("icc/sRGB.icc").read_bytes()
    assert data[12:20] == b"mntrRGB " and data[8] == 2  # a display RGB profile, ICC version 2


def test_the_submission_file_is_an_associated_file(unsigned, xml):
    reader = PdfReader(io.BytesIO(unsigned))
    root = reader.trailer["/Root"]
    (associated,) = root["/AF"]
    names = root["/Names"]["/EmbeddedFiles"]["/Names"]
    assert names[0] == ATTACHMENT_NAME and names[1].idnum == associated.idnum  # the same object
    spec = associated.get_object()
    assert spec["/Type"] == "/Filespec" and spec["/AFRelationship"] == "/Data"
    assert spec["/F"] == spec["/UF"] == ATTACHMENT_NAME
    stream = spec["/EF"]["/F"].get_object()
    assert stream["/Type"] == "/EmbeddedFile" and stream["/Subtype"] == "/text/xml"
    assert b"/Subtype /text#2Fxml" in unsigned
    assert stream["/Params"]["/Size"] == len(xml) and stream.get_data() == xml
    pdf_moment(stream["/Params"]["/ModDate"])


def all_fonts(reader: PdfReader) -> list:
    """Every font of the pages and of the annotations' appearances."""
    found, seen = [], set()

    def key(obj) -> object:
        return ("ref", obj.idnum) if hasattr(obj, "idnum") else ("direct", id(obj))

    def visit(resources) -> None:
        resources = resources.get_object() if resources is not None else {}
        for font in (resources.get("/Font") or {}).values():
            if key(font) not in seen:
                seen.add(key(font))
                found.append(font.get_object())
        for xobject in (resources.get("/XObject") or {}).values():
            if key(xobject) not in seen:
                seen.add(key(xobject))
                visit(xobject.get_object().get("/Resources"))

    for page in reader.pages:
        visit(page.get("/Resources"))
        for annotation in page.get("/Annots") or []:
            appearance = annotation.get_object().get("/AP")
            if appearance is not None:
                normal = appearance["/N"]
                if key(normal) not in seen:
                    seen.add(key(normal))
                    visit(normal.get_object().get("/Resources"))
    return found


@pytest.mark.parametrize("which", ["unsigned", "signed_once", "signed_twice"])
def test_fonts_embedded_and_widgets_drawn(request, which):
    pdf = request.getfixturevalue(which)
    reader = PdfReader(io.BytesIO(pdf))
    fonts = all_fonts(reader)
    assert fonts
    for font in fonts:
        assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
    widgets = [a.get_object() for page in reader.pages for a in page.get("/Annots") or []]
    assert {str(w["/T"]) for w in widgets} == {"president", "secretary"}
    for widget in widgets:
        assert widget["/F"] & 4 and not widget["/F"] & (1 | 2 | 32)  # printed, never hidden
        assert set(widget["/AP"].keys()) == {"/N"}
    assert reader.trailer["/Root"]["/AcroForm"].get("/NeedAppearances") in (None, False)


def test_the_signatures_keep_it_pdfa(signed_once, signed_twice):
    for pdf in (signed_once, signed_twice):
        xmp = assert_metadata_agrees(pdf)
        assert xmp[q("dc", "title")].startswith("Uniek jaarverslag")


def test_text_from_the_report_is_escaped_in_the_metadata():
    report = make_valid_report()
    xml = to_xml(report)
    report.promoter.name = 'OCMW <Zuid> & "Noord"\x07 ]]> \u202e'  # the PDF is made from the report
    pdf = render_pdf(report, xml)
    xmp = assert_metadata_agrees(pdf)
    assert xmp[q("dc", "creator")] == 'OCMW <Zuid> & "Noord" ]]> \u202e'


def _preflight(path: Path) -> list[str]:
    classpath = ":".join(str(JAVA_LIBS / jar) for jar in PREFLIGHT_JARS)
    result = subprocess.run(["java", "-cp", classpath, "org.apache.pdfbox.preflight.Validator_A1b", str(path)],
                            capture_output=True, text=True, timeout=120)
    assert "Exception" not in result.stderr, result.stderr
    return [line for line in result.stdout.splitlines() if re.match(r"\d+(\.\d+)* : ", line)]


@pytest.mark.skipif(not shutil.which("java") or not all((JAVA_LIBS / jar).exists() for jar in PREFLIGHT_JARS),
                    reason="Apache PDFBox Preflight (Debian libpdfbox2-java) not installed")
@pytest.mark.parametrize("which", ["unsigned", "signed_twice"])
def test_preflight_finds_only_what_pdfa3_allows(request, tmp_path, which):
    path = tmp_path / f"{which}.pdf"
    path.write_bytes(request.getfixturevalue(which))
    messages = _preflight(path)
    codes = {line.split(" : ")[0] for line in messages}
    assert codes <= set(ALLOWED_BY_PDFA3), messages
    assert len(messages) == len(ALLOWED_BY_PDFA3), messages


@pytest.mark.skipif(not all(shutil.which(t) for t in ("qpdf", "pdfsig", "pdffonts")),
                    reason="qpdf or poppler-utils not installed")
def test_qpdf_pdfsig_and_pdffonts_are_clean_after_signing(signed_twice, tmp_path):
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed_twice)
    checked = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert checked.returncode == 0 and "No syntax or stream encoding errors" in checked.stdout, checked.stdout
    signatures = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    assert signatures.count("Signature Validation: Signature is Valid.") == 2, signatures
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts
