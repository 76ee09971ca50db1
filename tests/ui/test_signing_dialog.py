"""The signing and verify dialogs, driven through their widgets: sign as president then as
secretary with certificate files, refusals shown in the window with the PDF untouched, the eID
choice disabled with what to install when the middleware is missing, and the verify view."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from certificates import Pki
from desktop_app.export import signing
from desktop_app.export.pdf import render_pdf
from desktop_app.export.submission import to_xml
from desktop_app.ui.dialogs import signing as dialogs
from desktop_app.ui.dialogs.signing import (
    TRUSTED_ROOTS_KEY,
    SigningDialog,
    VerifyDialog,
    open_signing_dialog,
    open_verify_dialog,
)
from factories import make_valid_report

PRESIDENT_PASSWORD = "voorzitter"
SECRETARY_PASSWORD = "secrétaire"


@pytest.fixture(scope="module")
def material(tmp_path_factory):
    """Two certificate files and an unsigned PDF."""
    folder = tmp_path_factory.mktemp("signing-dialog")
    pki = Pki()
    president = pki.p12(folder / "president.p12", *pki.issue("Jan Janssens"), PRESIDENT_PASSWORD.encode())
    secretary = pki.p12(folder / "secretary.p12", *pki.issue("Marie Dubois"), SECRETARY_PASSWORD.encode())
    report = make_valid_report()
    pdf = render_pdf(report, to_xml(report))
    root = folder / "test-ca.pem"
    root.write_bytes(pki.ca.public_bytes(serialization.Encoding.PEM))
    return {"president": president, "secretary": secretary, "pdf": pdf, "ca": pki.ca, "root": root}


@pytest.fixture
def pdf_file(material, tmp_path) -> Path:
    path = tmp_path / "verslag.pdf"
    path.write_bytes(material["pdf"])
    return path


@pytest.fixture
def no_middleware(monkeypatch):
    monkeypatch.setattr(signing, "beid_library", lambda: None)


def make_dialog(qtbot, pdf: Path | None) -> SigningDialog:
    dialog = SigningDialog(None, pdf)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fill_certificate(qtbot, dialog: SigningDialog, path: Path, password: str) -> None:
    dialog.use_file.setChecked(True)
    dialog.certificate.edit.clear()
    qtbot.keyClicks(dialog.certificate.edit, str(path))
    dialog.password.clear()
    for character in password:  # QTest types ASCII only; the rest is entered as by an input method
        if character.isascii():
            qtbot.keyClicks(dialog.password, character)
        else:
            dialog.password.insert(character)
    assert dialog.password.text() == password


def message(dialog) -> str:
    return dialog.findChild(QLabel, "message").text()


def test_president_then_secretary_sign_through_the_dialog(qtbot, material, pdf_file, no_middleware):
    dialog = make_dialog(qtbot, pdf_file)
    assert dialog.president.isChecked()  # nobody signed yet: the president's turn
    assert "not signed yet" in dialog.pdf_state.text()
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password

    fill_certificate(qtbot, dialog, material["president"], PRESIDENT_PASSWORD)
    with qtbot.waitSignal(dialog.signed, timeout=10_000) as emitted:
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert emitted.args == [pdf_file, "president"]
    assert "Signed by Jan Janssens as president." in message(dialog)
    assert dialog.message.property("kind") == "ok"
    assert dialog.password.text() == ""  # not kept after signing
    once = pdf_file.read_bytes()
    assert once.startswith(material["pdf"]) and len(once) > len(material["pdf"])
    # Now it is the secretary's turn, and the state says who signed.
    assert dialog.secretary.isChecked()
    assert "signed by Jan Janssens" in dialog.pdf_state.text()

    fill_certificate(qtbot, dialog, material["secretary"], SECRETARY_PASSWORD)
    assert dialog.sign()
    result = signing.verify_pdf(pdf_file.read_bytes(), extra_roots=[material["ca"]])
    assert [(s.field, s.signer) for s in result.signatures] == [("president", "Jan Janssens"),
                                                                 ("secretary", "Marie Dubois")]
    assert result.ok


def test_refusals_are_shown_and_the_pdf_is_untouched(qtbot, material, pdf_file, no_middleware):
    before = hashlib.sha256(pdf_file.read_bytes()).hexdigest()
    dialog = make_dialog(qtbot, pdf_file)

    fill_certificate(qtbot, dialog, material["president"], "wrong")
    assert not dialog.sign()
    assert "wachtwoord" in message(dialog) or "mot de passe" in message(dialog)
    assert dialog.message.property("kind") == "error"

    dialog.secretary.setChecked(True)
    fill_certificate(qtbot, dialog, material["secretary"], SECRETARY_PASSWORD)
    assert not dialog.sign()
    assert "voorzitter" in message(dialog) or "président" in message(dialog)

    dialog.certificate.edit.clear()
    assert not dialog.sign()
    assert message(dialog) == "Choose the certificate file first."
    assert hashlib.sha256(pdf_file.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in pdf_file.parent.iterdir()) == ["verslag.pdf"]


def test_without_a_pdf_the_dialog_asks_for_one(qtbot, no_middleware):
    dialog = make_dialog(qtbot, None)
    assert not dialog.sign()
    assert message(dialog) == "Choose the exported PDF first."


def test_a_pdf_that_is_not_ours_is_told_at_once(qtbot, tmp_path, no_middleware):
    other = tmp_path / "other.pdf"
    other.write_bytes(b"not a pdf at all")
    dialog = make_dialog(qtbot, other)
    assert "PDF" in message(dialog) and dialog.message.property("kind") == "error"


def test_the_eid_choice_without_middleware_says_what_to_install(qtbot, no_middleware):
    dialog = make_dialog(qtbot, None)
    assert not dialog.use_eid.isEnabled()
    note = dialog.findChild(QLabel, "eidNote").text()
    assert "https://eid.belgium.be" in note and "not installed" in note


def test_the_eid_choice_with_middleware(qtbot, monkeypatch, tmp_path):
    library = tmp_path / "libbeidpkcs11.so.0"
    library.write_bytes(b"")
    monkeypatch.setattr(signing, "beid_library", lambda: library)
    monkeypatch.setattr(signing, "pkcs11_available", lambda: True)
    dialog = make_dialog(qtbot, None)
    assert dialog.use_eid.isEnabled()
    dialog.use_eid.setChecked(True)
    assert not dialog.password.isEnabled() and not dialog.certificate.edit.isEnabled()
    assert "PIN" in dialog.eid_note.text()


def test_the_eid_is_used_when_chosen(qtbot, monkeypatch, material, pdf_file, tmp_path):
    library = tmp_path / "libbeidpkcs11.so.0"
    library.write_bytes(b"")
    monkeypatch.setattr(signing, "beid_library", lambda: library)
    monkeypatch.setattr(signing, "pkcs11_available", lambda: True)
    calls = []

    def fake_load(lib_path=None, **kwargs):
        calls.append(lib_path)
        raise signing.SigningError(signing.MESSAGES["no-token"].format(label="BELPIC"))

    monkeypatch.setattr(signing, "load_pkcs11_signer", fake_load)
    dialog = make_dialog(qtbot, pdf_file)
    dialog.use_eid.setChecked(True)
    assert not dialog.sign()
    assert calls == [library]
    assert "BELPIC" in message(dialog)
    assert pdf_file.read_bytes() == material["pdf"]


def test_the_verify_view_shows_each_signature(qtbot, material, pdf_file):
    president = signing.load_pkcs12_signer(material["president"], PRESIDENT_PASSWORD.encode())
    secretary = signing.load_pkcs12_signer(material["secretary"], SECRETARY_PASSWORD.encode())
    signed = signing.sign_pdf(signing.sign_pdf(material["pdf"], "president", president), "secretary", secretary)
    pdf_file.write_bytes(signed)

    QSettings().setValue(TRUSTED_ROOTS_KEY, [str(material["root"])])  # as "Trust a root certificate…"
    dialog = VerifyDialog(None, pdf_file)
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == 2
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(2)]
    assert rows[0][:2] == ["President", "Jan Janssens"] and rows[1][:2] == ["Secretary", "Marie Dubois"]
    assert [row[3] for row in rows] == ["yes", "yes"]
    assert rows[1][4] == "yes" and rows[0][4] == "no, then only signatures or validation data"
    assert dialog.ok and dialog.verdict.property("ok") is True
    assert "matches" in dialog.attachment.text()

    pdf_file.write_bytes(signed.replace(b"(OCMW Voorbeeld)", b"(OCMW Voorbeelt)", 1))
    dialog = VerifyDialog(None, pdf_file)
    qtbot.addWidget(dialog)
    assert not dialog.ok and dialog.verdict.property("ok") is False
    assert [dialog.table.item(r, 3).text() for r in range(2)] == ["NO", "NO"]


def test_the_verify_view_of_an_unsigned_pdf_and_of_no_pdf(qtbot, pdf_file, tmp_path):
    dialog = VerifyDialog(None, pdf_file)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert {dialog.table.item(r, 1).text() for r in range(2)} == {"not signed"}
    dialog = VerifyDialog(None, tmp_path / "missing.pdf")
    qtbot.addWidget(dialog)
    assert not dialog.ok and "missing.pdf" in dialog.verdict.text()
    assert "bestaat niet" in dialog.verdict.text() or "n'existe pas" in dialog.verdict.text()


def test_the_open_functions_open_window_modal_dialogs(qtbot, pdf_file, no_middleware):
    dialog = open_signing_dialog(None, pdf_file)
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.pdf.path() == pdf_file
    verify = open_verify_dialog(dialog, pdf_file)
    assert verify.isVisible() and verify.parent() is dialog
    verify.close()
    dialog.close()


def test_the_dialogs_hold_no_qt_free_logic():
    """The signing logic stays in the export package: the dialog module only calls it."""
    source = Path(dialogs.__file__).read_text(encoding="utf-8")
    assert "pyhanko" not in source.lower() and "cryptography" not in source
