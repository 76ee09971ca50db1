"""Digital signatures on the exported PDF: president, then secretary, checked by pyHanko's own
validator and by poppler's pdfsig; tampering caught; every refusal told in nl/fr with the PDF
left as it was; the command line; and the PKCS#11 path against a SoftHSM2 token.

Certificates are made here with ``cryptography`` (``tests/certificates.py``): a test CA, a president (RSA) and a secretary
(EC) certificate in password-protected PKCS#12 files, an expired one, one not yet valid and one
for signing certificates only (keyCertSign)."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from PIL import Image
from pypdf import PdfReader, PdfWriter

from certificates import NOW, Pki, key_usage
from desktop_app.export import signing
from desktop_app.export.pdf import render_pdf
from desktop_app.export.signing import SigningError, sign_pdf, verify_pdf
from desktop_app.export.submission import grouped_fingerprint, to_xml
from factories import make_valid_report

REPO = Path(__file__).resolve().parents[2]
PRESIDENT_PASSWORD = b"voorzitter-geheim"
SECRETARY_PASSWORD = "sécrétaire 2017".encode()
SOFTHSM_LIB = Path("/usr/lib/softhsm/libsofthsm2.so")


@pytest.fixture(scope="module")
def pki() -> Pki:
    return Pki()


@pytest.fixture(scope="module")
def files(pki, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("certificates")
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    made = {
        "president": pki.issue("Jan Janssens", key=rsa_key),
        "secretary": pki.issue("Marie Dubois-Łęcka"),
        "expired": pki.issue("Verlopen Certificaat", before=dt.timedelta(days=-400),
                             after=dt.timedelta(days=-35)),
        "future": pki.issue("Toekomstig Certificaat", before=dt.timedelta(days=20),
                            after=dt.timedelta(days=400)),
        "certsign": pki.issue("Enkel Certificaten", usage=key_usage(cert_sign=True)),
    }
    passwords = {"president": PRESIDENT_PASSWORD, "secretary": SECRETARY_PASSWORD}
    paths = {name: pki.p12(folder / f"{name}.p12", key, cert, passwords.get(name, b"pw"))
             for name, (key, cert) in made.items()}
    password_files = {}
    for name, password in passwords.items():
        password_files[name] = folder / f"{name}.password"
        password_files[name].write_bytes(password + b"\n")
    paths.update({f"{name}-password": path for name, path in password_files.items()})
    return paths


@pytest.fixture(scope="module")
def signers(files):
    loaded = {
        "president": signing.load_pkcs12_signer(files["president"], PRESIDENT_PASSWORD),
        "secretary": signing.load_pkcs12_signer(files["secretary"], SECRETARY_PASSWORD),
    }
    yield loaded
    for signer in loaded.values():
        signer.close()


# --- documents --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def xml() -> bytes:
    return to_xml(make_valid_report())


@pytest.fixture(scope="module")
def unsigned(xml) -> bytes:
    return render_pdf(make_valid_report(), xml)


@pytest.fixture(scope="module")
def signed_once(unsigned, signers) -> bytes:
    return sign_pdf(unsigned, "president", signers["president"])


@pytest.fixture(scope="module")
def signed_twice(signed_once, signers) -> bytes:
    return sign_pdf(signed_once, "secretary", signers["secretary"])


def refused(call, *args, **kwargs) -> signing.Text:
    """The nl/fr message of the SigningError that ``call`` raises."""
    with pytest.raises(SigningError) as caught:
        call(*args, **kwargs)
    message = caught.value.message
    assert message.nl and message.fr and message.nl != message.fr
    return message


# --- the fields and two good signatures -------------------------------------------------------

def test_the_exported_pdf_has_two_empty_signature_fields_over_the_boxes(unsigned):
    reader = PdfReader(io.BytesIO(unsigned))
    fields = reader.trailer["/Root"]["/AcroForm"]["/Fields"]
    by_name = {str(f.get_object()["/T"]): f.get_object() for f in fields}
    assert list(by_name) == ["president", "secretary"]
    president, secretary = (by_name[n]["/Rect"] for n in ("president", "secretary"))
    for widget in by_name.values():
        assert widget["/FT"] == "/Sig" and "/V" not in widget
        # An appearance of its own (PDF/A), drawing nothing: the printed box shows through.
        assert widget["/AP"]["/N"].get_object().get_data() == b""
    # Side by side, same size, president on the left, a box of about 22 mm high.
    assert president[1] == secretary[1] and president[3] == secretary[3]
    assert float(president[2]) < float(secretary[0])
    assert abs(float(president[3]) - float(president[1]) - 22 / 25.4 * 72) < 0.01
    last = reader.pages[-1]
    assert {str(a.get_object()["/T"]) for a in last["/Annots"]} == {"president", "secretary"}


def test_the_printed_box_and_the_field_coincide(unsigned, tmp_path):
    """poppler's rendering of the page shows the box's black border exactly on the field's edge."""
    if not shutil.which("pdftoppm"):
        pytest.skip("poppler-utils not installed")
    reader = PdfReader(io.BytesIO(unsigned))
    page_number = len(reader.pages)
    rect = [float(v) for v in next(a.get_object() for a in reader.pages[-1]["/Annots"])["/Rect"]]
    path = tmp_path / "u.pdf"
    path.write_bytes(unsigned)
    subprocess.run(["pdftoppm", "-gray", "-r", "72", "-f", str(page_number), "-l", str(page_number),
                    str(path), str(tmp_path / "p")], check=True)
    (image,) = tmp_path.glob("p*.pgm")
    raw = image.read_bytes()
    header = raw.split(b"\n", 3)
    width, height = (int(v) for v in header[1].split())
    pixels = header[3]

    def dark(x: float, y: float) -> bool:
        column, row = round(x), round(float(reader.pages[-1].mediabox.height) - y)
        return any(pixels[(row + dy) * width + column + dx] < 128 for dx in (-1, 0, 1) for dy in (-1, 0, 1))

    middle_x, middle_y = (rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2
    assert dark(rect[0], middle_y) and dark(rect[2], middle_y)
    assert dark(middle_x, rect[1]) and dark(middle_x, rect[3])
    assert not dark(middle_x, middle_y)  # empty inside: room to sign by hand


def test_signatures_are_incremental_updates(unsigned, signed_once, signed_twice):
    assert signed_once.startswith(unsigned) and len(signed_once) > len(unsigned)
    assert signed_twice.startswith(signed_once)


def test_two_signatures_validate_with_pyhankos_own_validator(signed_twice, pki):
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    root = asn1_x509.Certificate.load(pki.ca.public_bytes(serialization.Encoding.DER))
    reader = PdfFileReader(io.BytesIO(signed_twice))
    embedded = reader.embedded_signatures
    assert [s.field_name for s in embedded] == ["president", "secretary"]
    statuses = [validate_pdf_signature(s, ValidationContext(trust_roots=[root])) for s in embedded]
    assert all(status.bottom_line for status in statuses), [s.summary() for s in statuses]
    assert statuses[-1].coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert statuses[0].coverage == SignatureCoverageLevel.ENTIRE_REVISION
    names = [status.signing_cert.subject.native["common_name"] for status in statuses]
    assert names == ["Jan Janssens", "Marie Dubois-Łęcka"]
    # PAdES, SHA-256
    for s in embedded:
        assert s.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert {status.md_algorithm for status in statuses} == {"sha256"}


def test_pdfsig_finds_both_signatures_valid(signed_twice, tmp_path):
    if not shutil.which("pdfsig"):
        pytest.skip("poppler-utils not installed")
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed_twice)
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    assert out.count("Signature is Valid.") == 2, out
    assert "Signature Field Name: president" in out and "Signature Field Name: secretary" in out
    assert "Jan Janssens" in out and "Marie Dubois-Łęcka" in out
    second = out[out.index("Signature #2"):]
    assert "Total document signed" in second


def test_verify_reports_each_signature_and_the_matching_file(signed_twice, pki, xml):
    result = verify_pdf(signed_twice, trust_roots=[pki.ca])
    president, secretary = result.signatures
    assert (president.field, president.signer) == ("president", "Jan Janssens")
    assert (secretary.field, secretary.signer) == ("secretary", "Marie Dubois-Łęcka")
    assert president.intact and secretary.intact
    assert not president.covers_whole_file and president.later_changes_allowed
    assert secretary.covers_whole_file
    assert president.trusted and secretary.trusted
    for signature in result.signatures:
        assert abs((signature.signing_time - NOW).total_seconds()) < 600
    assert result.unsigned_fields == []
    sha = hashlib.sha256(xml).hexdigest()
    assert result.attachment_sha256 == result.metadata_sha256 == sha
    assert result.printed_fingerprint == grouped_fingerprint(sha)
    assert result.file_matches and result.ok


def test_trust_is_reported_apart_from_integrity(signed_twice):
    """Without the test CA as a root the certificates are not trusted; the signatures stay
    intact, but who signed is not confirmed, so the document is not in order (not broken)."""
    result = verify_pdf(signed_twice)
    assert [s.trusted for s in result.signatures] == [False, False]
    assert all(s.intact for s in result.signatures) and not result.broken
    assert result.outcome == signing.OUTCOME_UNTRUSTED and not result.ok


def test_verify_of_an_unsigned_and_a_half_signed_pdf(unsigned, signed_once):
    """Intact so far, but not in order: a role has not signed (issue 12: both passed as
    "in orde")."""
    result = verify_pdf(unsigned)
    assert result.signatures == [] and result.unsigned_fields == ["president", "secretary"]
    assert result.outcome == signing.OUTCOME_INCOMPLETE and not result.ok
    result = verify_pdf(signed_once)
    assert [s.field for s in result.signatures] == ["president"]
    assert result.signatures[0].covers_whole_file and result.unsigned_fields == ["secretary"]
    assert result.outcome == signing.OUTCOME_INCOMPLETE and result.missing_roles == ["secretary"]


def test_the_appearance_names_the_signer_in_the_report_language(signers, xml):
    report = make_valid_report()
    report.language = "fr"
    pdf = sign_pdf(render_pdf(report, xml), "president", signers["president"])
    reader = PdfReader(io.BytesIO(pdf))
    field = next(f.get_object() for f in reader.trailer["/Root"]["/AcroForm"]["/Fields"]
                 if f.get_object()["/T"] == "president")
    assert "/AP" in field
    assert "président" in str(field["/V"].get_object()["/Reason"])
    # What the appearance says, as poppler reads it from the signed PDF, in each language.
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils not installed")
    when = (NOW + dt.timedelta(hours=2)).astimezone().replace(second=0)  # shown in local time
    offset = when.strftime("%z")
    zone = f"UTC{offset[:3]}:{offset[3:]}"
    for language in ("fr", "nl"):
        report.language = language
        signed = sign_pdf(render_pdf(report, xml), "president", signers["president"], now=when)
        last = len(PdfReader(io.BytesIO(signed)).pages)  # the signature page
        text = " ".join(_page_text(signed, last).split())
        if language == "fr":
            expected = ["Signé électroniquement par", "Jan Janssens",
                        f"le {when:%d/%m/%Y} à {when:%H:%M} ({zone})", "Certificat de Clusterverslag Test CA"]
        else:
            expected = ["Digitaal ondertekend door", "Jan Janssens", f"op {when:%d-%m-%Y} om {when:%H:%M}",
                        "Certificaat van Clusterverslag Test CA"]
        for words in expected:
            assert words in text, (words, text)


def _page_text(pdf: bytes, page: int) -> str:
    result = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-", "-"], input=pdf,
                            capture_output=True, check=True)
    return result.stdout.decode("utf-8")


def _fonts(pdf: bytes, tmp_path) -> list[list[str]]:
    """pdffonts' rows: name, type, encoding, emb, sub, uni, object, generation."""
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def test_the_stamp_uses_the_documents_embedded_font(unsigned, signed_twice, signers, pki, tmp_path):
    """The stamp is set in the report's own embedded DejaVu Sans: after two signatures no font
    is left unembedded (reportlab's Helvetica was), and names whose letters the report already
    has embed no font at all (each signature used to embed DejaVu again, about 49 KB)."""
    if not shutil.which("pdffonts"):
        pytest.skip("poppler-utils not installed")
    rows = _fonts(signed_twice, tmp_path)
    assert rows and all(row[-5] == "yes" for row in rows), rows  # the "emb" column
    assert not any("Helvetica" in row[0] for row in rows)
    assert all("DejaVuSans" in row[0] for row in rows)
    # "Marie Dubois-Łęcka": the report has no Ł or ę, so one small subset for them alone.
    assert len(rows) == len(_fonts(unsigned, tmp_path)) + 1

    # Names in letters the report already embeds: no font added by either signature.
    folder = tmp_path / "ascii"
    folder.mkdir()
    secretary = signing.load_pkcs12_signer(
        pki.p12(folder / "s.p12", *pki.issue("Anne Peeters"), b"pw"), b"pw")
    twice = sign_pdf(sign_pdf(unsigned, "president", signers["president"]), "secretary", secretary)
    assert sorted(row[-2] for row in _fonts(twice, tmp_path)) == sorted(row[-2] for row in _fonts(unsigned, tmp_path))
    # Two signatures add about 16 KB in all (PKCS#7 with the certificates, the appearance, and
    # the PDF/A metadata that each signature writes anew with its date); they added about
    # 100 KB when each embedded the fonts again.
    assert len(twice) - len(unsigned) < 20_000, len(twice) - len(unsigned)
# --- tampering --------------------------------------------------------------------------------

def test_a_byte_changed_after_signing_is_caught(signed_twice):
    changed = signed_twice.replace(b"(OCMW Voorbeeld)", b"(OCMW Voorbeelt)", 1)
    assert changed != signed_twice and len(changed) == len(signed_twice)
    result = verify_pdf(changed)
    assert [s.intact for s in result.signatures] == [False, False]
    assert not result.ok


def test_a_changed_signature_value_is_caught(signed_twice):
    start = signed_twice.rindex(b"/Contents <") + len(b"/Contents <") + 200
    flipped = b"1" if signed_twice[start:start + 1] != b"1" else b"2"
    changed = signed_twice[:start] + flipped + signed_twice[start + 1:]
    result = verify_pdf(changed)
    assert result.signatures[-1].intact is False and not result.ok


def _replace_attachment_incrementally(pdf: bytes, new: bytes, *, also_metadata: bool) -> bytes:
    """An incremental update after the signatures that swaps the embedded submission file
    (and, for a cleverer forger, the fingerprint in the metadata too)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    filespec = writer.root["/Names"]["/EmbeddedFiles"]["/Names"][1].get_object()
    filespec["/EF"] = generic.DictionaryObject(
        {generic.NameObject("/F"): writer.add_object(generic.StreamObject(stream_data=new))})
    writer.update_container(filespec)
    if also_metadata:
        info = writer.trailer["/Info"].get_object()
        info["/Keywords"] = generic.TextStringObject(f"clusterReport.xml SHA-256 {hashlib.sha256(new).hexdigest()}")
        writer.update_container(info)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_replaced_attachment_is_caught(signed_twice, xml):
    forged_xml = xml.replace(b"OCMW Voorbeeld", b"OCMW Vervalst!", 1)
    forged = _replace_attachment_incrementally(signed_twice, forged_xml, also_metadata=False)
    result = verify_pdf(forged)
    assert result.attachment_sha256 == hashlib.sha256(forged_xml).hexdigest()
    assert not result.metadata_matches and not result.printed_matches and not result.file_matches
    # The signatures are intact, but the change after them is no signature: not in order.
    assert all(s.intact for s in result.signatures)
    assert not result.signatures[-1].covers_whole_file
    assert not any(s.later_changes_allowed for s in result.signatures)
    assert not result.ok


def test_a_replaced_attachment_with_matching_metadata_is_caught_by_the_printed_fingerprint(signed_twice, xml):
    forged_xml = xml.replace(b"OCMW Voorbeeld", b"OCMW Vervalst!", 1)
    forged = _replace_attachment_incrementally(signed_twice, forged_xml, also_metadata=True)
    result = verify_pdf(forged)
    assert result.metadata_matches and not result.printed_matches and not result.ok


def test_a_rewritten_unsigned_pdf_with_another_attachment_is_caught(unsigned, signers):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(unsigned)))
    filespec = writer._root_object["/Names"]["/EmbeddedFiles"]["/Names"][1].get_object()
    filespec["/EF"]["/F"].get_object().set_data(b"<clusterReport/>")
    out = io.BytesIO()
    writer.write(out)
    result = verify_pdf(out.getvalue())
    assert not result.file_matches and not result.ok
    message = refused(sign_pdf, out.getvalue(), "president", signers["president"])
    assert "komt niet overeen met de vingerafdruk" in message.nl


# --- refusals: a clear message, and the PDF left as it was ----------------------------------

def test_wrong_password(files):
    message = refused(signing.load_pkcs12_signer, files["president"], b"wrong")
    assert "wachtwoord" in message.nl and "mot de passe" in message.fr
    assert str(files["president"]) in message.nl


def test_a_file_that_is_not_pkcs12(files, tmp_path):
    other = tmp_path / "x.p12"
    other.write_bytes(b"-----BEGIN CERTIFICATE-----\nnope\n")
    message = refused(signing.load_pkcs12_signer, other, b"pw")
    assert "PKCS#12" in message.nl and "PKCS#12" in message.fr
    message = refused(signing.load_pkcs12_signer, tmp_path / "missing.p12", b"pw")
    assert "bestaat niet" in message.nl


def test_a_certificate_file_without_a_key_and_one_without_a_password(pki, tmp_path):
    key, certificate = pki.issue("Zonder Wachtwoord")
    bare = tmp_path / "bare.p12"
    bare.write_bytes(pkcs12.serialize_key_and_certificates(None, None, None, [certificate],
                                                           serialization.NoEncryption()))
    message = refused(signing.load_pkcs12_signer, bare, b"")
    assert "geen sleutel" in message.nl and "pas de clé" in message.fr
    open_file = tmp_path / "open.p12"
    open_file.write_bytes(pkcs12.serialize_key_and_certificates(b"x", key, certificate, None,
                                                                serialization.NoEncryption()))
    with signing.load_pkcs12_signer(open_file, b"") as signer:
        assert signer.name == "Zonder Wachtwoord" and signer.issuer_name == "Clusterverslag Test CA"


@pytest.mark.parametrize("name, words_nl, words_fr", [
    ("expired", "verlopen", "expiré"),
    ("future", "pas geldig vanaf", "qu'à partir du"),
    ("certsign", "niet gebruikt worden om te ondertekenen", "ne peut pas servir à signer"),
])
def test_certificates_that_may_not_sign(files, unsigned, name, words_nl, words_fr):
    before = hashlib.sha256(unsigned).hexdigest()
    with signing.load_pkcs12_signer(files[name], b"pw") as signer:
        message = refused(sign_pdf, unsigned, "president", signer)
    assert words_nl in message.nl and words_fr in message.fr
    assert hashlib.sha256(unsigned).hexdigest() == before


def test_a_pdf_that_is_not_ours(signers, tmp_path):
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(100, 700, "Een andere PDF")
    page.save()
    message = refused(sign_pdf, buffer.getvalue(), "president", signers["president"])
    assert "clusterReport.xml" in message.nl and "Clusterverslag" in message.fr
    message = refused(verify_pdf, b"hello, not a pdf")
    assert "geen PDF" in message.nl and "PDF" in message.fr
    message = refused(sign_pdf, b"%PDF-1.7\n garbage", "president", signers["president"])
    assert "geen PDF" in message.nl


def test_a_pdf_with_the_attachment_but_without_fields(unsigned, signers):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(unsigned)))
    del writer._root_object["/AcroForm"]
    for page in writer.pages:
        if "/Annots" in page:
            del page["/Annots"]
    out = io.BytesIO()
    writer.write(out)
    message = refused(sign_pdf, out.getvalue(), "president", signers["president"])
    assert "handtekeningvelden" in message.nl and "champs de signature" in message.fr


def test_a_role_signs_once(signed_once, signed_twice, signers):
    message = refused(sign_pdf, signed_once, "president", signers["president"])
    assert "al ondertekend door de voorzitter" in message.nl and "déjà signé par le président" in message.fr
    message = refused(sign_pdf, signed_twice, "secretary", signers["secretary"])
    assert "de secretaris" in message.nl and "le secrétaire" in message.fr


def test_the_president_signs_first(unsigned, signers):
    message = refused(sign_pdf, unsigned, "secretary", signers["secretary"])
    assert "Eerst ondertekent de voorzitter" in message.nl and "président signe d'abord" in message.fr


def test_a_broken_first_signature_blocks_the_second(signed_once, signers):
    changed = signed_once.replace(b"(OCMW Voorbeeld)", b"(OCMW Voorbeelt)", 1)
    message = refused(sign_pdf, changed, "secretary", signers["secretary"])
    assert "niet meer intact" in message.nl


def test_an_unknown_role(unsigned, signers):
    message = refused(sign_pdf, unsigned, "treasurer", signers["president"])
    assert "treasurer" in message.nl


def test_the_eid_without_middleware_says_what_to_install(monkeypatch):
    monkeypatch.setattr(signing, "beid_library", lambda: None)
    message = refused(signing.load_pkcs11_signer)
    assert "eID-middleware van https://eid.belgium.be" in message.nl
    assert "middleware eID de https://eid.belgium.be" in message.fr


def test_the_module_does_not_import_qt():
    import ast

    tree = ast.parse(Path(signing.__file__).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                 else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
        for name in names:
            assert name.split(".")[0] not in {"PySide6", "PyQt5", "PyQt6", "shiboken6"}


# --- the command line -------------------------------------------------------------------------

def cli(*args: str, stdin: str | None = None, lang: str = "nl_BE.UTF-8") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True, text=True, timeout=60, cwd=REPO, input=stdin,
        env={"PATH": "/usr/bin:/bin", "LANG": lang, "HOME": "/nonexistent", "PYTHONPATH": str(REPO)},
    )


def test_cli_signs_twice_and_verifies(unsigned, files, pki, tmp_path):
    pdf = tmp_path / "verslag.pdf"
    pdf.write_bytes(unsigned)
    result = cli("sign", str(pdf), "--role", "president", "--p12", str(files["president"]),
                 "--password-file", str(files["president-password"]))
    assert result.returncode == 0, result.stderr
    assert "Ondertekend door Jan Janssens als voorzitter" in result.stderr
    once = pdf.read_bytes()
    assert once.startswith(unsigned) and len(once) > len(unsigned)
    assert not list(tmp_path.glob(".*.part"))

    # The password asked: from standard input when that is not a terminal; --out keeps the input.
    out = tmp_path / "verslag-ondertekend.pdf"
    result = cli("sign", str(pdf), "--role", "secretary", "--p12", str(files["secretary"]),
                 "--out", str(out), "--lang", "fr", stdin=SECRETARY_PASSWORD.decode() + "\n")
    assert result.returncode == 0, result.stderr
    assert "Signé par Marie Dubois-Łęcka en tant que secrétaire" in result.stderr
    assert pdf.read_bytes() == once and out.read_bytes().startswith(once)
    assert PRESIDENT_PASSWORD.decode() not in result.stdout + result.stderr

    root = tmp_path / "test-ca.pem"
    root.write_bytes(pki.ca.public_bytes(serialization.Encoding.PEM))
    result = cli("verify", str(out), "--trust", str(root))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 digitale handtekening(en)" in result.stdout
    assert "voorzitter (veld president): Jan Janssens" in result.stdout
    assert "secretaris (veld secretary): Marie Dubois-Łęcka" in result.stdout
    assert result.stdout.count("intact: ja") == 2
    assert "komt overeen met de vingerafdruk" in result.stdout and "Resultaat: in orde" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr

    # A byte changed: exit 1, and said so.
    changed = tmp_path / "gewijzigd.pdf"
    changed.write_bytes(out.read_bytes().replace(b"(OCMW Voorbeeld)", b"(OCMW Voorbeelt)", 1))
    result = cli("verify", str(changed), "--lang", "fr")
    assert result.returncode == 1
    assert result.stdout.count("intacte : NON") == 2 and "PAS en ordre" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_cli_refusals_leave_the_pdf_untouched(signed_once, files, tmp_path):
    pdf = tmp_path / "verslag.pdf"
    pdf.write_bytes(signed_once)
    wrong = tmp_path / "wrong.password"
    wrong.write_text("fout\n")
    result = cli("sign", str(pdf), "--role", "secretary", "--p12", str(files["secretary"]),
                 "--password-file", str(wrong))
    assert result.returncode == 1 and "wachtwoord" in result.stderr
    result = cli("sign", str(pdf), "--role", "president", "--p12", str(files["president"]),
                 "--password-file", str(files["president-password"]), "--lang", "fr")
    assert result.returncode == 1 and "déjà signé par le président" in result.stderr
    assert "Traceback" not in result.stderr
    assert pdf.read_bytes() == signed_once
    assert sorted(p.name for p in tmp_path.iterdir()) == ["verslag.pdf", "wrong.password"]

    result = cli("sign", str(pdf), "--role", "secretary", "--eid")
    assert result.returncode == 1 and "https://eid.belgium.be" in result.stderr
    assert pdf.read_bytes() == signed_once


def test_cli_usage_errors_exit_2(tmp_path):
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.7")
    assert cli("sign", str(pdf), "--p12", "a.p12").returncode == 2  # no role
    assert cli("sign", str(pdf), "--role", "president").returncode == 2  # no certificate
    assert cli("sign", str(pdf), "--role", "president", "--p12", "a.p12", "--eid").returncode == 2
    assert cli("sign", str(pdf), "--role", "mayor", "--eid").returncode == 2
    result = cli("sign", str(pdf), "--role", "president", "--eid", "--password-file", "pw.txt")
    assert result.returncode == 2 and "--password-file" in result.stderr
    result = cli("verify", str(tmp_path / "missing.pdf"))
    assert result.returncode == 1 and "bestaat niet" in result.stderr


# --- PKCS#11 against a SoftHSM2 token ---------------------------------------------------------

@pytest.fixture(scope="module")
def softhsm_token(tmp_path_factory, pki):
    """A SoftHSM2 token labelled BELPIC with an EC key and its certificate labelled Signature,
    like the signature key of a Belgian eID card."""
    if not (shutil.which("softhsm2-util") and SOFTHSM_LIB.is_file()):
        pytest.skip("softhsm2 not installed")
    if not signing.pkcs11_available():
        pytest.skip("python-pkcs11 not installed")
    import pkcs11
    from pkcs11.util.x509 import decode_x509_certificate

    folder = tmp_path_factory.mktemp("softhsm")
    (folder / "tokens").mkdir()
    config = folder / "softhsm2.conf"
    config.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n")
    previous = os.environ.get("SOFTHSM2_CONF")
    os.environ["SOFTHSM2_CONF"] = str(config)
    env = {**os.environ, "SOFTHSM2_CONF": str(config)}
    subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", "BELPIC",
                    "--pin", "1234", "--so-pin", "56785678"], check=True, capture_output=True, env=env)
    key, certificate = pki.issue("Eid Kaarthouder (Signature)")
    key_file = folder / "key.pem"
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    subprocess.run(["softhsm2-util", "--import", str(key_file), "--token", "BELPIC", "--label", "Signature",
                    "--id", "01", "--pin", "1234"], check=True, capture_output=True, env=env)
    key_file.unlink()
    token = pkcs11.lib(str(SOFTHSM_LIB)).get_token(token_label="BELPIC")
    with token.open(user_pin="1234", rw=True) as session:
        attributes = decode_x509_certificate(certificate.public_bytes(serialization.Encoding.DER))
        attributes.update({pkcs11.Attribute.TOKEN: True, pkcs11.Attribute.LABEL: "Signature",
                           pkcs11.Attribute.ID: b"\x01"})
        session.create_object(attributes)
    yield certificate
    if previous is None:
        os.environ.pop("SOFTHSM2_CONF", None)
    else:
        os.environ["SOFTHSM2_CONF"] = previous


def test_pkcs11_signing_with_a_softhsm_token(softhsm_token, unsigned, pki, signers):
    with signing.load_pkcs11_signer(SOFTHSM_LIB, token_label="BELPIC", key_label="Signature", pin="1234") as signer:
        assert signer.source == "pkcs11" and signer.name == "Eid Kaarthouder"
        once = sign_pdf(unsigned, "president", signer)
    twice = sign_pdf(once, "secretary", signers["secretary"])
    result = verify_pdf(twice, trust_roots=[pki.ca])
    assert [s.signer for s in result.signatures] == ["Eid Kaarthouder", "Marie Dubois-Łęcka"]
    assert all(s.intact and s.trusted for s in result.signatures) and result.ok


def test_pkcs11_refusals(softhsm_token):
    message = refused(signing.load_pkcs11_signer, SOFTHSM_LIB, pin="0000")
    assert "pincode is niet juist" in message.nl and "code PIN" in message.fr
    message = refused(signing.load_pkcs11_signer, SOFTHSM_LIB, token_label="GEEN", pin="1234")
    assert "Geen kaart gevonden" in message.nl
    message = refused(signing.load_pkcs11_signer, SOFTHSM_LIB, key_label="Authentication", pin="1234")
    assert "Authentication" in message.nl


def test_a_print_of_the_twice_signed_pdf_reads_back_as_its_submission_file(signed_twice, xml, tmp_path):
    """The paper round trip of issue 16 on what is really printed: the PDF both signed, its
    signature stamps drawn (poppler, as a print would), photographed page by page."""
    from desktop_app.export.scan import read_scan
    from scan_pictures import distort, phone_like

    (tmp_path / "signed.pdf").write_bytes(signed_twice)
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", str(tmp_path / "signed.pdf"), str(tmp_path / "page")],
                   check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == len(PdfReader(io.BytesIO(signed_twice)).pages)
    photos = []
    for index, page in enumerate(pages):
        with Image.open(page) as picture:
            photo = distort(picture.convert("L"), phone_like(index), seed=index)
        photos.append(tmp_path / f"photo-{index}.jpg")
        photo.save(photos[-1], "JPEG", quality=50)
    assert read_scan(list(reversed(photos))).data == xml
