"""Signed means signed: every forgery of a signed report is refused by ``verify``.

Real forged files, made from a real report signed by the president and the secretary with the
test certificates (fixtures of ``test_signing.py``): incremental updates after the signatures
(``forgeries.after_*``), the shadow attacks hide, replace and hide-and-replace
(``forgeries.prepare_*``), the tamperings with bytes, and the files that lack a signature.
Each forged file must come out *changed after signing* (exit 1) with what changed named; a
file that lacks a signature *intact so far, not signed by ...* (exit 3); only the real thing
*in orde* (exit 0). pyHanko's standard policy accepts several of these forgeries (checked
here too, so that the reason for the strict policy stays visible)."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess

import pytest
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import DEFAULT_DIFF_POLICY, DiffResult

import forgeries
from desktop_app import cli
from desktop_app.export.signing import (
    OUTCOME_BROKEN,
    OUTCOME_INCOMPLETE,
    OUTCOME_OK,
    sign_pdf,
    verify_pdf,
)
from test_signing import files, pki, signed_once, signed_twice, signers, unsigned, xml  # noqa: F401 - fixtures

FORGED_XML_NAME = b"OCMW Vervalst!"

# name, how, what verify must name (Dutch), whether pyHanko's standard policy lets it pass
AFTER_SIGNING = [
    ("signature-widget-overlay", forgeries.after_signature_widget_overlay,
     ["nieuw formulierveld 'overlay' (handtekeningveld)", "pagina 2: nieuwe annotatie (Widget, Sig 'overlay')"], True),
    ("document-info", forgeries.after_info, ["documentinformatie (Author, Title)"], True),
    ("xmp", forgeries.after_xmp, ["XMP-metadata"], True),
    ("need-appearances", forgeries.after_need_appearances, ["formulier (AcroForm: NeedAppearances)"], True),
    ("sig-flags", forgeries.after_sig_flags, ["formulier (AcroForm: SigFlags)"], False),
    ("new-annotation", forgeries.after_new_annotation, ["pagina 2: nieuwe annotatie (FreeText)"], False),
    ("hidden-president-stamp", forgeries.after_hidden_president_stamp,
     ["pagina 3: annotatie gewijzigd (Widget, Sig 'president')"], False),  # the signature page
    ("page-content", forgeries.after_page_content, ["pagina 2: inhoud"], False),
    ("page-resources", forgeries.after_page_resources, ["pagina 2: hulpbronnen"], False),
    ("extra-page", forgeries.after_extra_page, ["aantal pagina's: 3 → 4"], False),
    ("embedded-file", lambda pdf: forgeries.after_attachment(pdf, b"<clusterReport/>"),
     ["ingesloten bestanden (het indieningsbestand)"], False),
    ("embedded-file-and-fingerprint",
     lambda pdf: forgeries.after_attachment(pdf, b"<clusterReport/>", also_metadata=True),
     ["ingesloten bestanden", "documentinformatie (Keywords)"], False),
    # Shadow attack "replace" by redefining objects in the update.
    ("replace-overwritten-content", forgeries.after_overwritten_content, ["pagina 2: inhoud"], False),
    ("replace-font-program", forgeries.after_font_program, ["pagina 2: hulpbronnen"], False),
    # Shadow attack "hide-and-replace" with a whole new catalog and page tree.
    ("hide-and-replace-new-catalog", forgeries.after_new_catalog,
     ["documentcatalogus (Pages)", "volgorde of boom van de pagina's"], False),
]

SHADOW = [
    ("hide", forgeries.prepare_hide, ["pagina 2: annotatie verwijderd"], False),
    ("replace-form-field", forgeries.prepare_replace_form,
     ["pagina 2: annotatie gewijzigd (Widget, Tx 'saldo')", "formulierveld 'saldo' (tekstveld) gewijzigd"], True),
    ("hide-and-replace", forgeries.prepare_hide_and_replace, ["pagina 2: inhoud"], False),
]


def verify_cli(pdf: bytes, tmp_path, capsys, *args: str) -> tuple[int, str]:
    path = tmp_path / "te-controleren.pdf"
    path.write_bytes(pdf)
    capsys.readouterr()
    code = cli.main(["verify", str(path), *args])
    out = capsys.readouterr()
    return code, out.out + out.err


def standard_policy_accepts(pdf: bytes) -> bool:
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    signature = reader.embedded_signatures[0]
    return isinstance(DEFAULT_DIFF_POLICY.review_file(reader, signature.signed_revision), DiffResult)


def assert_refused(forged: bytes, named: list[str], tmp_path, capsys) -> None:
    result = verify_pdf(forged)
    assert result.outcome == OUTCOME_BROKEN and not result.ok
    # The signed bytes are untouched: what breaks them is the change after them.
    assert all(s.intact for s in result.signatures)
    assert not any(s.later_changes_allowed or s.covers_whole_file for s in result.signatures)
    said = [change.nl for _revision, changes in result.changes for change in changes]
    for words in named:
        assert any(words in line for line in said), (words, said)
    # Named in the update that made it: the last one of the file.
    last = PdfFileReader(io.BytesIO(forged), strict=False).xrefs.total_revisions - 1
    assert [revision for revision, _ in result.changes] == [last], [(s.field, s.changed_revision, s.changes) for s in result.signatures]
    code, out = verify_cli(forged, tmp_path, capsys)
    assert code == 1, out
    assert "GEWIJZIGD NA ONDERTEKENING" in out and "Resultaat: NIET in orde: gewijzigd na ondertekening." in out
    assert "in orde:" not in out.replace("NIET in orde:", "")
    code, out = verify_cli(forged, tmp_path, capsys, "--lang", "fr")
    assert code == 1 and "MODIFIÉ APRÈS LA SIGNATURE" in out and "PAS en ordre" in out


@pytest.mark.parametrize("name, forge, named, standard_accepts", AFTER_SIGNING, ids=[a[0] for a in AFTER_SIGNING])
def test_an_update_after_the_signatures_is_refused(signed_twice, tmp_path, capsys, name, forge, named,
                                                   standard_accepts):
    forged = forge(signed_twice)
    assert forged.startswith(signed_twice) and len(forged) > len(signed_twice)
    assert standard_policy_accepts(forged) is standard_accepts
    assert_refused(forged, named, tmp_path, capsys)


@pytest.mark.parametrize("name, prepare, named, standard_accepts", SHADOW, ids=[a[0] for a in SHADOW])
def test_shadow_attacks_are_refused(unsigned, signers, pki, tmp_path, capsys, name, prepare, named,
                                    standard_accepts):
    prepared, finish = prepare(unsigned)
    signed = sign_pdf(sign_pdf(prepared, "president", signers["president"]), "secretary", signers["secretary"])
    # What was signed is what the signers saw: in order, before the attacker's last step.
    assert verify_pdf(signed, extra_roots=[pki.ca]).outcome == OUTCOME_OK
    forged = finish(signed)
    assert forged.startswith(signed)
    assert standard_policy_accepts(forged) is standard_accepts
    assert_refused(forged, named, tmp_path, capsys)


def test_a_forged_update_between_the_two_signatures_stops_the_secretary(signed_once, signers):
    forged = forgeries.after_info(signed_once)
    result = verify_pdf(forged)
    assert result.outcome == OUTCOME_BROKEN
    with pytest.raises(Exception) as refused:
        sign_pdf(forged, "secretary", signers["secretary"])
    assert "niet meer intact" in refused.value.message.nl


@pytest.mark.parametrize("how", ["byte", "signature-value"])
def test_tampered_bytes_are_refused(signed_twice, tmp_path, capsys, how):
    if how == "byte":
        forged = signed_twice.replace(b"(OCMW Voorbeeld)", b"(OCMW Voorbeelt)", 1)
    else:
        start = signed_twice.rindex(b"/Contents <") + len(b"/Contents <") + 200
        flipped = b"1" if signed_twice[start:start + 1] != b"1" else b"2"
        forged = signed_twice[:start] + flipped + signed_twice[start + 1:]
    assert len(forged) == len(signed_twice) and forged != signed_twice
    result = verify_pdf(forged)
    assert result.outcome == OUTCOME_BROKEN
    code, out = verify_cli(forged, tmp_path, capsys)
    assert code == 1 and "Resultaat: NIET in orde." in out


def test_the_real_thing_is_in_order(signed_twice, pki, tmp_path, capsys):
    result = verify_pdf(signed_twice, extra_roots=[pki.ca])
    assert result.outcome == OUTCOME_OK and result.changes == [] and result.missing_roles == []
    root = tmp_path / "test-ca.pem"
    root.write_bytes(pki.ca.public_bytes(serialization.Encoding.PEM))
    code, out = verify_cli(signed_twice, tmp_path, capsys, "--trust", str(root))
    assert code == 0, out
    assert "Resultaat: in orde: ondertekend door de voorzitter en de secretaris" in out


def test_an_unsigned_pdf_is_not_in_order(unsigned, tmp_path, capsys):
    result = verify_pdf(unsigned)
    assert result.outcome == OUTCOME_INCOMPLETE and result.missing_roles == ["president", "secretary"]
    code, out = verify_cli(unsigned, tmp_path, capsys)
    assert code == 3, out
    assert "Resultaat: intact tot nu toe, maar niet ondertekend door de voorzitter en de secretaris." in out
    assert "in orde" not in out
    code, out = verify_cli(unsigned, tmp_path, capsys, "--lang", "fr")
    assert code == 3 and "pas signé par le président et le secrétaire" in out and "en ordre" not in out


def test_a_signed_file_cut_back_to_its_first_revision_lacks_the_secretary(signed_once, signed_twice,
                                                                          tmp_path, capsys):
    # The president's revision ends with the first %%EOF after the export's.
    cut = signed_twice[:len(signed_once)]
    assert cut == signed_once
    result = verify_pdf(cut)
    assert result.outcome == OUTCOME_INCOMPLETE and result.missing_roles == ["secretary"]
    code, out = verify_cli(cut, tmp_path, capsys)
    assert code == 3
    assert "voorzitter (veld president): Jan Janssens" in out
    assert "secretaris (veld secretary): niet digitaal ondertekend" in out
    assert "Resultaat: intact tot nu toe, maar niet ondertekend door de secretaris." in out


def test_pdfsig_does_not_see_the_forged_amount(signed_twice, tmp_path):
    """Why the program cannot lean on poppler: pdfsig calls both signatures valid on the file
    with a forged amount drawn over the balance; it only notes the last one does not cover the
    whole document."""
    if not shutil.which("pdfsig"):
        pytest.skip("poppler-utils not installed")
    path = tmp_path / "forged.pdf"
    path.write_bytes(forgeries.after_signature_widget_overlay(signed_twice))
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    assert out.count("Signature is Valid.") == 2 and "not total document signed" in out.lower()


# --- what may follow the signatures ---------------------------------------------------------------

def _dummy_tsa(pki):
    """A time-stamp authority of the test CA (pyHanko's dummy stamper signs with RSA only)."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import ExtendedKeyUsageOID
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

    from certificates import NOW, _name

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    certificate = (
        x509.CertificateBuilder().subject_name(_name("Test TSA")).issuer_name(pki.ca.subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=1)).not_valid_after(NOW + dt.timedelta(days=30))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(pki.ca_key, hashes.SHA256())
    )
    return DummyTimeStamper(
        tsa_cert=asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER)),
        tsa_key=asn1_keys.PrivateKeyInfo.load(key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())))


def test_validation_data_and_a_document_timestamp_may_follow(signed_twice, pki, tmp_path, capsys):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.signers.pdf_signer import PdfTimeStamper
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    reader = PdfFileReader(io.BytesIO(signed_twice))
    with_dss = io.BytesIO(signed_twice)
    DocumentSecurityStore.add_dss(with_dss, reader.embedded_signatures[0].pkcs7_content,
                                  certs=[reader.embedded_signatures[0].signer_cert], embed_roots=False,
                                  force_write=True)
    assert len(with_dss.getvalue()) > len(signed_twice)
    result = verify_pdf(with_dss.getvalue(), extra_roots=[pki.ca])
    assert result.outcome == OUTCOME_OK, [(s.field, s.changes) for s in result.signatures]

    stamped = PdfTimeStamper(_dummy_tsa(pki)).timestamp_pdf(
        IncrementalPdfFileWriter(io.BytesIO(with_dss.getvalue())), "sha256").getvalue()
    result = verify_pdf(stamped, extra_roots=[pki.ca])
    assert result.outcome == OUTCOME_OK
    stamp = result.signatures[-1]
    assert stamp.kind == "timestamp" and stamp.intact and stamp.trusted and stamp.signer == "Test TSA"
    assert result.unexpected_signatures == [] and result.missing_roles == []
    root = tmp_path / "test-ca.pem"
    root.write_bytes(pki.ca.public_bytes(serialization.Encoding.PEM))
    code, out = verify_cli(stamped, tmp_path, capsys, "--trust", str(root))
    assert code == 0, out
    assert "documenttijdstempel (veld Timestamp-" in out and "Test TSA" in out
    assert out.count("daarna werden enkel verdere handtekeningen of validatiegegevens toegevoegd") == 2


def test_names_from_the_file_are_cut_in_the_description():
    from desktop_app.export.modification_policy import WHAT, _what

    described = _what("new-field", name="x" * 5000, kind=WHAT["signature-field"])
    assert len(described.nl) < 150 and described.nl.count("x") == 79 and "…" in described.nl
    assert "champ de signature" in described.fr
