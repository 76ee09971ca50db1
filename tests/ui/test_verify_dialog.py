"""The Verify dialog's bottom line: the same four outcomes as ``clusterverslag verify``, in
the same words, in Dutch and French; the incomplete and untrusted cases never green; what changed after
signing listed; an untrusted certificate told apart from a broken signature (issue 12)."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives import serialization
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFileDialog

from certificates import Pki
from desktop_app import cli
from desktop_app.export import signing
from desktop_app.export.pdf import render_pdf
from desktop_app.export.submission import to_xml
from desktop_app.ui.dialogs.signing import BAD_COLOUR, INCOMPLETE_COLOUR, OK_COLOUR, VerifyDialog
from desktop_app.ui.i18n import shared_translators
from export import forgeries
from factories import make_valid_report


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    """An unsigned, a half-signed, a signed and a forged PDF, and the test CA."""
    folder = tmp_path_factory.mktemp("verify-dialog")
    pki = Pki()
    report = make_valid_report()
    unsigned = render_pdf(report, to_xml(report))
    president = signing.load_pkcs12_signer(
        pki.p12(folder / "p.p12", *pki.issue("Jan Janssens"), b"pw"), b"pw")
    secretary = signing.load_pkcs12_signer(
        pki.p12(folder / "s.p12", *pki.issue("Marie <b>Dubois</b>"), b"pw"), b"pw")
    once = signing.sign_pdf(unsigned, "president", president)
    twice = signing.sign_pdf(once, "secretary", secretary)
    made = {"unsigned": unsigned, "once": once, "twice": twice,
            "forged": forgeries.after_signature_widget_overlay(twice)}
    paths = {}
    for name, data in made.items():
        paths[name] = folder / f"{name}.pdf"
        paths[name].write_bytes(data)
    return paths, pki


@pytest.fixture(params=["nl", "fr"])
def language(request, qapp, compiled_translations):
    shared_translators().install(request.param)
    QLocale.setDefault(QLocale(QLocale.Language.French if request.param == "fr" else QLocale.Language.Dutch,
                               QLocale.Country.Belgium))
    return request.param


def cli_bottom_line(path, language: str, capsys) -> tuple[int, str]:
    capsys.readouterr()
    code = cli.main(["verify", str(path), "--lang", language])
    lines = capsys.readouterr().out.splitlines()
    return code, lines


def cli_bottom_line_trusting(path, language: str, capsys, root) -> tuple[int, str]:
    capsys.readouterr()
    code = cli.main(["verify", str(path), "--lang", language, "--trust", str(root)])
    return code, capsys.readouterr().out.splitlines()


def open_dialog(qtbot, path) -> VerifyDialog:
    dialog = VerifyDialog(None, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def colour(dialog) -> str:
    return dialog.verdict.styleSheet().split("color:")[1].strip(" ;")


PREFIX = {"nl": "Resultaat: ", "fr": "Résultat : "}


def same_words(cli_line: str, shown: str, language: str) -> bool:
    """The window's verdict is the command line's bottom line without its "Result:" prefix
    (French typography puts a no-break space before a colon in the window)."""
    expected = cli_line.removeprefix(PREFIX[language])
    return shown.replace("\u00a0", " ").lower() == expected.lower()


def test_signed_by_both_with_untrusted_certificates_is_amber(qtbot, pdfs, language, capsys):
    """Test certificates come from a self-made authority: intact and signed by both, but who
    signed is not confirmed: amber, never green, in the command line's words (exit 4)."""
    paths, _pki = pdfs
    dialog = open_dialog(qtbot, paths["twice"])
    assert dialog.outcome == "untrusted" and dialog.verdict.property("ok") is False
    assert colour(dialog) == INCOMPLETE_COLOUR and colour(dialog) != OK_COLOUR
    code, lines = cli_bottom_line(paths["twice"], language, capsys)
    assert code == 4 and same_words(lines[-1], dialog.verdict.text(), language)
    assert dialog.changes.isHidden()
    # The name from the certificate is shown as it is, not as markup.
    assert "Marie <b>Dubois</b>" in dialog.verdict.text()
    assert ("vertrouwde certificaatautoriteit" if language == "nl" else "autorité de certification") \
        in dialog.verdict.text()


def write_root(pki, path, encoding=serialization.Encoding.PEM):
    path.write_bytes(pki.ca.public_bytes(encoding))
    return path


def test_trusting_a_root_from_the_dialog(qtbot, pdfs, language, capsys, tmp_path, monkeypatch):
    """*Trust a root certificate…* reads the file (as ``verify --trust``), verifies again, and
    remembers the file for the next time; then the bottom line is green and says in order."""
    paths, pki = pdfs
    root = write_root(pki, tmp_path / "test-ca.pem")
    dialog = open_dialog(qtbot, paths["twice"])
    assert dialog.trust_button.isVisible() and dialog.trust_button.isEnabled()
    assert not dialog.forget_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(root), ""))
    qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome == "ok" and dialog.verdict.property("ok") is True
    assert colour(dialog) == OK_COLOUR and dialog.untrusted.isHidden()
    assert [str(p) for p in dialog.trusted_files] == [str(root)]
    assert str(root) in dialog.trust_note.text()
    code, lines = cli_bottom_line_trusting(paths["twice"], language, capsys, root)
    assert code == 0 and same_words(lines[-1], dialog.verdict.text(), language)
    # Remembered: the next dialog trusts it from the start.
    again = open_dialog(qtbot, paths["twice"])
    assert again.outcome == "ok" and colour(again) == OK_COLOUR
    assert again.forget_button.isEnabled()
    # Forgotten: back to amber, here and next time.
    qtbot.mouseClick(again.forget_button, Qt.MouseButton.LeftButton)
    assert again.outcome == "untrusted" and colour(again) == INCOMPLETE_COLOUR
    assert open_dialog(qtbot, paths["twice"]).outcome == "untrusted"


def test_a_bad_root_file_is_refused_and_not_remembered(qtbot, pdfs, language, tmp_path, monkeypatch):
    paths, _pki = pdfs
    junk = tmp_path / "junk.pem"
    junk.write_bytes(b"-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n")
    dialog = open_dialog(qtbot, paths["twice"])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(junk), ""))
    qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome == "untrusted" and dialog.trusted_files == []
    assert dialog.trust_error.isVisible() and "junk.pem" in dialog.trust_error.text()
    assert open_dialog(qtbot, paths["twice"]).trusted_files == []


def test_a_remembered_root_that_is_gone_is_said(qtbot, pdfs, language, tmp_path, monkeypatch):
    paths, pki = pdfs
    root = write_root(pki, tmp_path / "gone.der", serialization.Encoding.DER)
    dialog = open_dialog(qtbot, paths["twice"])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(root), ""))
    qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome == "ok"
    root.unlink()
    again = open_dialog(qtbot, paths["twice"])
    assert again.outcome == "untrusted" and again.trust_error.isVisible()
    assert "gone.der" in again.trust_error.text()


@pytest.mark.parametrize("which, missing", [("unsigned", "both"), ("once", "secretary")])
def test_intact_so_far_but_not_signed(qtbot, pdfs, language, capsys, which, missing):
    paths, _pki = pdfs
    dialog = open_dialog(qtbot, paths[which])
    assert dialog.outcome == "incomplete" and dialog.verdict.property("ok") is False
    assert colour(dialog) == INCOMPLETE_COLOUR and colour(dialog) != OK_COLOUR
    code, lines = cli_bottom_line(paths[which], language, capsys)
    assert code == 3 and same_words(lines[-1], dialog.verdict.text(), language)
    text = dialog.verdict.text()
    if missing == "both":
        assert ("de voorzitter en de secretaris" if language == "nl" else "le président et le secrétaire") in text
    else:
        assert text.endswith("de secretaris." if language == "nl" else "le secrétaire.")
    assert "orde" not in text.lower() or "niet" in text.lower()


def test_changed_after_signing(qtbot, pdfs, language, capsys):
    paths, _pki = pdfs
    dialog = open_dialog(qtbot, paths["forged"])
    assert dialog.outcome == "broken" and colour(dialog) == BAD_COLOUR
    code, lines = cli_bottom_line(paths["forged"], language, capsys)
    assert code == 1 and same_words(lines[-1], dialog.verdict.text(), language)
    assert dialog.changes.isVisible()
    changes = dialog.changes.text()
    heading = [line for line in lines if line.startswith(("GEWIJZIGD", "MODIFIÉ"))][0]
    assert changes.splitlines()[0].replace("\u00a0", " ") == heading
    assert ("pagina 2: nieuwe annotatie" if language == "nl" else "page 2 : nouvelle annotation") in changes
    assert "'overlay'" in changes or "« overlay »" in changes
    assert dialog.untrusted.isHidden()  # a broken file earns no word about trust
