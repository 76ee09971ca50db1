"""The Verify dialog's bottom line: the same three outcomes as ``clusterverslag verify``, in
the same words, in Dutch and French; the incomplete case never green; what changed after
signing listed; an untrusted certificate told apart from a broken signature (issue 12)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

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


def test_in_order(qtbot, pdfs, language, capsys):
    paths, _pki = pdfs
    dialog = open_dialog(qtbot, paths["twice"])
    assert dialog.outcome == "ok" and dialog.verdict.property("ok") is True
    assert colour(dialog) == OK_COLOUR
    code, lines = cli_bottom_line(paths["twice"], language, capsys)
    assert code == 0 and same_words(lines[-1], dialog.verdict.text(), language)
    assert dialog.changes.isHidden()
    # Test certificates: intact, but not from a trusted authority; said, not hidden.
    assert dialog.untrusted.isVisible()
    assert "Marie <b>Dubois</b>" in dialog.untrusted.text()
    assert ("vertrouwde certificaatautoriteit" if language == "nl" else "autorité de certification") \
        in dialog.untrusted.text()


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


def test_a_trusted_root_silences_the_note(qtbot, pdfs, monkeypatch):
    paths, pki = pdfs
    real = signing.verify_pdf
    monkeypatch.setattr(signing, "verify_pdf", lambda pdf, **kw: real(pdf, extra_roots=[pki.ca]))
    dialog = open_dialog(qtbot, paths["twice"])
    assert dialog.outcome == "ok" and dialog.untrusted.isHidden()
