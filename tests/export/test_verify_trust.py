"""Trust is told apart from integrity: an intact signature whose certificate does not lead to
a trusted root is reported as such, never as invalid; ``verify --trust FILE.pem`` adds a root,
read with a bound (issue 12, item 4)."""

from __future__ import annotations

import dataclasses

import pytest
from cryptography.hazmat.primitives import serialization

from desktop_app import cli
from desktop_app.export import signing
from desktop_app.export.outside import CERTIFICATE
from test_signing import files, pki, signed_once, signed_twice, signers, unsigned, xml  # noqa: F401 - fixtures


def run(capsys, *args) -> tuple[int, str]:
    capsys.readouterr()
    code = cli.main(list(args))
    out = capsys.readouterr()
    return code, out.out + out.err


@pytest.fixture
def signed_path(signed_twice, tmp_path):
    path = tmp_path / "ondertekend.pdf"
    path.write_bytes(signed_twice)
    return path


def test_untrusted_but_intact_is_not_in_order(signed_path, capsys):
    """Both roles signed and all intact, but with certificates from a self-made authority
    (anyone can make one named after the signers): not "in orde", exit 4, each role named."""
    code, out = run(capsys, "verify", str(signed_path))
    assert code == 4
    assert out.count("vertrouwd certificaat: nee") == 2 and out.count("intact: ja") == 2
    bottom = out.strip().splitlines()[-1]
    assert bottom == ("Resultaat: intact en ondertekend door beiden, maar de certificaten van de voorzitter "
                      "(Jan Janssens) en de secretaris (Marie Dubois-Łęcka) komen niet van een vertrouwde "
                      "certificaatautoriteit: wie ondertekende kan niet bevestigd worden.")
    assert "in orde" not in out and "ongeldig" not in out
    code, out = run(capsys, "verify", str(signed_path), "--lang", "fr")
    assert code == 4
    bottom = out.strip().splitlines()[-1]
    assert bottom.startswith("Résultat : intact et signé par les deux, mais les certificats du président "
                             "(Jan Janssens) et du secrétaire (Marie Dubois-Łęcka)")
    assert "en ordre" not in out


def test_one_untrusted_role_is_named(signed_path, pki, tmp_path, capsys, monkeypatch):
    """Only the secretary's certificate untrusted: the bottom line names the secretary alone."""
    real = signing._signatures

    def president_trusted(reader, *, roots):
        return [dataclasses.replace(s, trusted=True) if s.field == "president" else s
                for s in real(reader, roots=roots)]

    monkeypatch.setattr(signing, "_signatures", president_trusted)
    code, out = run(capsys, "verify", str(signed_path))
    assert code == 4
    assert out.strip().splitlines()[-1] == (
        "Resultaat: intact en ondertekend door beiden, maar het certificaat van de secretaris "
        "(Marie Dubois-Łęcka) komt niet van een vertrouwde certificaatautoriteit: wie ondertekende "
        "kan niet bevestigd worden.")
    result = signing.verify_pdf(signed_path.read_bytes())
    assert result.outcome == signing.OUTCOME_UNTRUSTED and not result.ok
    assert [s.field for s in result.untrusted_signers] == ["secretary"]


def test_half_signed_and_untrusted_stays_incomplete(signed_once, tmp_path, capsys):
    """Waiting for the secretary is still exit 3; the untrusted certificate is a note."""
    path = tmp_path / "half.pdf"
    path.write_bytes(signed_once)
    code, out = run(capsys, "verify", str(path))
    assert code == 3 and "Let op: het certificaat van Jan Janssens" in out


def test_trust_adds_a_root(signed_path, pki, tmp_path, capsys):
    pem = tmp_path / "root.pem"
    pem.write_bytes(pki.ca.public_bytes(serialization.Encoding.PEM))
    code, out = run(capsys, "verify", str(signed_path), "--trust", str(pem))
    assert code == 0 and out.count("vertrouwd certificaat: ja") == 2 and "Let op" not in out
    der = tmp_path / "root.der"
    der.write_bytes(pki.ca.public_bytes(serialization.Encoding.DER))
    code, out = run(capsys, "verify", str(signed_path), "--trust", str(der))
    assert code == 0 and out.count("vertrouwd certificaat: ja") == 2
    assert [c.subject for c in signing.load_certificates(pem)] == [pki.ca.subject]


def test_a_bad_trust_file_is_refused(signed_path, tmp_path, capsys):
    junk = tmp_path / "junk.pem"
    junk.write_bytes(b"-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n")
    code, out = run(capsys, "verify", str(signed_path), "--trust", str(junk))
    assert code == 1 and "geen certificaat" in out and "Traceback" not in out
    huge = tmp_path / "huge.pem"
    huge.write_bytes(b"0" * (CERTIFICATE.limit + 10))
    code, out = run(capsys, "verify", str(signed_path), "--trust", str(huge))
    assert code == 1 and "is te groot" in out and "certificaatbestand" in out
    code, out = run(capsys, "verify", str(signed_path), "--trust", str(tmp_path / "missing.pem"))
    assert code == 1 and "bestaat niet" in out


def test_help_documents_the_exit_codes(capsys):
    for language, words in (("nl", ["Afsluitcode", "3 intact tot nu toe", "4 intact en ondertekend door beiden",
                                     "vertrouwd basiscertificaat", "--trust"]),
                            ("fr", ["Code de sortie", "3 intact jusqu'ici", "4 intact et signé par les deux",
                                    "certificat racine de confiance", "--trust"])):
        with pytest.raises(SystemExit) as done:
            cli.main(["verify", "--help", "--lang", language])
        assert done.value.code == 0
        text = " ".join(capsys.readouterr().out.split())
        for word in words:
            assert word in text, (language, word)
