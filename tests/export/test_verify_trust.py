"""Trust is told apart from integrity: an intact signature whose certificate does not lead to
a trusted root is reported as such, never as invalid; ``verify --trust FILE.pem`` adds a root,
read with a bound (issue 12, item 4)."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives import serialization

from desktop_app import cli
from desktop_app.export import signing
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


def test_untrusted_but_intact_is_in_order_with_a_note(signed_path, capsys):
    code, out = run(capsys, "verify", str(signed_path))
    assert code == 0
    assert out.count("vertrouwd certificaat: nee") == 2 and out.count("intact: ja") == 2
    assert "Let op: het certificaat van Jan Janssens komt niet van een vertrouwde certificaatautoriteit" in out
    assert "NIET" not in out and "ongeldig" not in out
    code, out = run(capsys, "verify", str(signed_path), "--lang", "fr")
    assert code == 0 and "ne vient pas d'une autorité de certification de confiance" in out


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
    huge.write_bytes(b"0" * (signing.MAX_CERTIFICATE_FILE + 10))
    code, out = run(capsys, "verify", str(signed_path), "--trust", str(huge))
    assert code == 1 and "geen certificaat" in out
    code, out = run(capsys, "verify", str(signed_path), "--trust", str(tmp_path / "missing.pem"))
    assert code == 1 and "bestaat niet" in out


def test_help_documents_the_exit_codes(capsys):
    for language, words in (("nl", ["Afsluitcode", "3 intact tot nu toe", "--trust"]),
                            ("fr", ["Code de sortie", "3 intact jusqu'ici", "--trust"])):
        with pytest.raises(SystemExit) as done:
            cli.main(["verify", "--help", "--lang", language])
        assert done.value.code == 0
        text = " ".join(capsys.readouterr().out.split())
        for word in words:
            assert word in text, (language, word)
