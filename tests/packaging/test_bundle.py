"""The frozen program, run as the user runs it: only when a bundle is given.

    CLUSTERVERSLAG_BUNDLE=dist/clusterverslag .venv/bin/python -m pytest tests/packaging/test_bundle.py
    (make check-dist does this after make dist; .ci/run calls it)

The same tests run on Windows, by a Windows Python: make check-windows runs them under Wine
on the Windows bundle (build_spec/windows/wine.sh). There the language is chosen with
``--lang`` (LANG means nothing to Windows), and the window is also shown for real.

Every run of the frozen program goes through ``unshare -n`` (no network interface at all)
where that is permitted, as it is for root on Linux: the program needs no network.
"""

from __future__ import annotations

import ast
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "data" / "sample-submission.xml"
BUNDLE = os.environ.get("CLUSTERVERSLAG_BUNDLE", "")
WINDOWS = sys.platform == "win32"
# Test-only stand-ins for Windows system DLLs that the test machine's system folder holds
# (make check-windows puts two into its Wine prefix): named here, they must not be in the bundle.
STANDINS = os.environ.get("CLUSTERVERSLAG_STANDINS", "").split()

pytestmark = pytest.mark.skipif(not BUNDLE, reason="no bundle given (CLUSTERVERSLAG_BUNDLE=dist/clusterverslag)")


def _executable(bundle: Path) -> Path:
    if bundle.is_file():  # the one-file variant
        return bundle
    name = "clusterverslag.exe" if sys.platform == "win32" else "clusterverslag"
    return bundle / name


def _unshare_permitted() -> bool:
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0


OFFLINE = ["unshare", "-n"] if BUNDLE and _unshare_permitted() else []
# Set by make check-windows, which runs Wine, and so these tests and the program, under
# ``unshare -n``: the Windows Python cannot call unshare itself.
OFFLINE_OUTSIDE = os.environ.get("CLUSTERVERSLAG_NO_NETWORK") == "1"


@pytest.fixture(scope="module")
def bundle() -> Path:
    path = (ROOT / BUNDLE).resolve()
    assert _executable(path).exists(), f"no program in {path}: run make dist first"
    return path


@pytest.fixture
def frozen(bundle, tmp_path):
    """Run the frozen program with networking off; cwd and HOME in a scratch folder."""

    def run(*args: str, lang: str = "nl", offscreen: bool = True) -> subprocess.CompletedProcess:
        """``lang`` is the system's language on Linux (LANG), ``--lang`` on Windows."""
        env = dict(os.environ, HOME=str(tmp_path))
        if offscreen:
            env["QT_QPA_PLATFORM"] = "offscreen"
        else:
            env.pop("QT_QPA_PLATFORM", None)
        if WINDOWS:
            args = args if "--lang" in args else ("--lang", lang, *args)
        else:
            env["LANG"] = f"{lang}_BE.UTF-8"
            env.pop("LC_ALL", None)
        return subprocess.run(
            [*OFFLINE, str(_executable(bundle)), *args],
            cwd=tmp_path, env=env, capture_output=True, text=True, encoding="utf-8", timeout=120,
        )

    return run


def _version() -> str:
    tree = ast.parse((ROOT / "desktop_app" / "__init__.py").read_text(encoding="utf-8"))
    return next(n.value.value for n in tree.body if isinstance(n, ast.Assign) and n.targets[0].id == "__version__")


def test_networking_is_off_for_every_run():
    if not OFFLINE and not OFFLINE_OUTSIDE:
        pytest.skip("unshare -n is not permitted here: the frozen runs had networking on")
    probe = subprocess.run([*OFFLINE, sys.executable, "-c",
                            "import socket; socket.create_connection(('192.0.2.1', 80), timeout=2)"],
                           capture_output=True, text=True)
    # WinError 10051 is Windows' "network is unreachable".
    assert probe.returncode != 0
    assert "unreachable" in probe.stderr.lower() or "10051" in probe.stderr, probe.stderr


def test_version(frozen):
    result = frozen("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"clusterverslag {_version()}"


def test_validate_accepts_the_sample_in_both_languages(frozen):
    result = frozen("validate", str(SAMPLE))
    assert result.returncode == 0, result.stderr
    assert "geldig indieningsbestand (0 waarschuwing(en))" in result.stdout
    result = frozen("validate", str(SAMPLE), "--lang", "fr")
    assert "fichier de soumission valable" in result.stdout


def test_validate_refuses_a_broken_file_with_its_line(frozen, tmp_path):
    broken = tmp_path / "broken.xml"
    data = SAMPLE.read_bytes()
    broken.write_bytes(data.replace(b"<postalCode>5000<", b"<postalCode>50<", 1))
    line = data[: data.index(b"<postalCode>")].count(b"\n") + 1
    result = frozen("validate", str(broken))
    assert result.returncode == 1
    assert f"broken.xml:{line}:" in result.stderr
    assert "Traceback" not in result.stderr


def test_render_writes_the_pdf_with_its_font_and_the_attached_file(frozen, tmp_path):
    pdf = tmp_path / "sample.pdf"
    result = frozen("render", str(SAMPLE), "--pdf", str(pdf))
    assert result.returncode == 0, result.stderr
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "CPAS d'Exemple" in text
    assert "Łódź" in text  # only the embedded DejaVu Sans has these letters
    assert reader.attachments["clusterReport.xml"] == [SAMPLE.read_bytes()]


def _p12(path: Path, common_name: str, password: bytes) -> Path:
    """A PKCS#12 file with a self-signed signing certificate."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "BE"), x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = dt.datetime.now(dt.timezone.utc)
    usage = x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                          data_encipherment=False, key_agreement=False, key_cert_sign=False,
                          crl_sign=False, encipher_only=False, decipher_only=False)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
        .add_extension(usage, critical=True).sign(key, hashes.SHA256())
    )
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"signer", key, certificate, None, serialization.BestAvailableEncryption(password)))
    return path


def test_sign_twice_and_verify(frozen, tmp_path):
    pdf = tmp_path / "sample.pdf"
    assert frozen("render", str(SAMPLE), "--pdf", str(pdf)).returncode == 0
    (tmp_path / "password").write_text("pw\n", encoding="utf-8")
    for role, name in (("president", "Jean Dupont"), ("secretary", "Marie Dubois")):
        p12 = _p12(tmp_path / f"{role}.p12", name, b"pw")
        signed = frozen("sign", str(pdf), "--role", role, "--p12", str(p12),
                        "--password-file", str(tmp_path / "password"))
        assert signed.returncode == 0, signed.stdout + signed.stderr
    verified = frozen("verify", str(pdf))
    # Self-made certificates: intact and signed by both, but who signed is not confirmed.
    assert verified.returncode == 4, verified.stdout + verified.stderr
    assert "Jean Dupont" in verified.stdout + verified.stderr
    assert "Marie Dubois" in verified.stdout + verified.stderr


def test_sign_with_the_eid_loads_pkcs11_and_asks_for_the_middleware(frozen, tmp_path):
    """python-pkcs11 and pyHanko's PKCS#11 signer are in the bundle: without the eID middleware
    the program says to install it (without python-pkcs11 it would say something else)."""
    pdf = tmp_path / "sample.pdf"
    assert frozen("render", str(SAMPLE), "--pdf", str(pdf)).returncode == 0
    signed = frozen("sign", str(pdf), "--role", "president", "--eid")
    assert "python-pkcs11 ontbreekt" not in signed.stderr
    assert "Traceback" not in signed.stderr
    if "eID-middleware is niet geïnstalleerd" not in signed.stderr:
        pytest.skip("the eID middleware is installed here")  # the card itself is then asked for
    assert signed.returncode == 1


def test_import_list_export_round_trip(frozen, tmp_path):
    db = str(tmp_path / "reports.sqlite")
    imported = frozen("import", str(SAMPLE), "--db", db)
    assert imported.returncode == 0, imported.stderr
    report_id = imported.stdout.strip()
    listed = frozen("list", "--db", db)
    assert "CPAS d'Exemple" in listed.stdout
    (tmp_path / "out").mkdir()  # export writes into a folder that exists
    exported = frozen("export", report_id, "--out", str(tmp_path / "out"), "--db", db)
    assert exported.returncode == 0, exported.stderr
    assert sorted(p.suffix for p in (tmp_path / "out").iterdir()) == [".pdf", ".xml"]


def test_import_scan_reads_a_scanned_print_back(frozen, tmp_path):
    """The data codes of an exported PDF, as pictures in PNG, JPEG and TIFF, read back by
    zxing-cpp in the bundle (import-scan, issue 16): the same report as the file."""
    import pypdfium2

    db = str(tmp_path / "reports.sqlite")
    report_id = frozen("import", str(SAMPLE), "--db", db).stdout.strip()
    (tmp_path / "out").mkdir()
    assert frozen("export", report_id, "--out", str(tmp_path / "out"), "--db", db).returncode == 0
    pdf = next((tmp_path / "out").glob("*.pdf"))
    document = pypdfium2.PdfDocument(str(pdf))
    pages = [document[i].render(scale=150 / 72, grayscale=True).to_pil() for i in range(len(document))]
    document.close()
    scans = []
    for number, page in enumerate(pages, start=1):
        scans.append(tmp_path / f"scan-{number}.{('png', 'jpg', 'tif')[number % 3]}")
        page.save(scans[-1], quality=50)
    viewed = frozen("import-scan", *map(str, reversed(scans)), "--view", lang="fr")
    assert viewed.returncode == 0, viewed.stderr
    assert "CPAS d'Exemple" in viewed.stdout and "Rien n'a été importé." in viewed.stderr
    imported = frozen("import-scan", *map(str, scans), "--db", db, "--again")
    assert imported.returncode == 0, imported.stderr
    assert int(imported.stdout.strip()) == int(report_id) + 1
    missing = frozen("import-scan", str(scans[0]), "--db", db, lang="nl")
    assert missing.returncode == 1 and "Er ontbreken gegevenscodes" in missing.stderr


def test_window_smoke_test_offscreen(frozen, tmp_path):
    result = frozen("--db", str(tmp_path / "reports.sqlite"), "--smoke-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke test: ok" in result.stdout


def test_the_frozen_startup_test_says_started_once_its_list_has_painted(frozen, tmp_path):
    """What bench_bundle times: the frozen program's start until its first screen."""
    result = frozen("--db", str(tmp_path / "reports.sqlite"), "--startup-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "started"


def test_the_frozen_window_speaks_the_chosen_language(frozen, tmp_path):
    """The compiled translations (ours and Qt's) are found beside the frozen program: the
    system's language on Linux, ``--lang`` on Windows."""
    for language in ("fr", "nl"):
        result = frozen("--db", str(tmp_path / f"{language}.sqlite"), "--smoke-test", lang=language)
        assert result.returncode == 0, result.stdout + result.stderr
        assert f"smoke test: ok ({language})" in result.stdout


def test_the_window_on_a_real_display(frozen, tmp_path):
    """The window shown on the screen, not offscreen: Windows' own platform plugin (under
    Wine on an Xvfb display in make check-windows), or X11 on Linux when a display is set."""
    if not WINDOWS and not os.environ.get("DISPLAY"):
        pytest.skip("no display (DISPLAY) to show the window on")
    result = frozen("--db", str(tmp_path / "reports.sqlite"), "--smoke-test", offscreen=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke test: ok (nl)" in result.stdout


def test_names_outside_the_code_page_reach_a_pipe_intact(frozen, tmp_path):
    """Windows Python writes to a pipe in the ANSI code page unless the program says otherwise:
    the program writes UTF-8, so "Łęcka" arrives as it was written."""
    named = tmp_path / "OCMW Łęcka.xml"
    named.write_bytes(SAMPLE.read_bytes())
    result = frozen("validate", str(named))
    assert result.returncode == 0, result.stderr
    assert "OCMW Łęcka.xml: geldig indieningsbestand" in result.stdout
    missing = frozen("validate", str(tmp_path / "Łęcka-ontbreekt.xml"))
    assert missing.returncode == 1
    assert "Łęcka-ontbreekt.xml" in missing.stderr


def test_the_test_machines_stand_ins_are_not_in_the_bundle(bundle):
    """make check-windows puts stand-ins for two Windows system DLLs that Wine lacks
    (icuuc.dll, bcryptprimitives.dll) into the Wine prefix's system folder; the program loads
    them from there, and the bundle, which goes to real Windows PCs, must not carry them."""
    if not STANDINS:
        pytest.skip("no stand-ins named (CLUSTERVERSLAG_STANDINS)")
    system = Path(os.environ.get("SystemRoot", "C:/windows")) / "System32"
    for name in STANDINS:
        assert (system / name).is_file(), f"{name} is not in {system}: the test would prove nothing"
    files = {p.name.lower() for p in bundle.rglob("*")}
    assert not [name for name in STANDINS if name.lower() in files]


def test_window_smoke_test_fails_on_a_database_it_cannot_use(frozen, tmp_path):
    not_a_db = tmp_path / "not-a-db.sqlite"
    not_a_db.write_bytes(b"this is not SQLite" * 100)
    result = frozen("--db", str(not_a_db), "--smoke-test")
    assert result.returncode != 0


def test_bundle_holds_our_files_and_only_nl_fr_en_qt_translations(bundle):
    if bundle.is_file():
        pytest.skip("the one-file variant unpacks at run time")
    files = [p.relative_to(bundle).as_posix() for p in bundle.rglob("*")]
    for needed in ("resources/clusterReport-1.xsd", "resources/fonts/DejaVuSans.ttf", "resources/icon.png"):
        assert any(f.endswith(needed) for f in files), needed
    for qm in (ROOT / "translations").glob("*.qm"):
        assert any(f.endswith(f"translations/{qm.name}") for f in files), qm.name
    qt_translations = [f.rsplit("/", 1)[1] for f in files if "/Qt/translations/" in f or "PySide6/translations/" in f]
    assert any(name.startswith("qtbase_nl") for name in qt_translations)
    assert all(name.rsplit(".", 1)[0].split("_")[-1] in ("nl", "fr", "en") for name in qt_translations)
    assert not [f for f in files if "/plugins/tls/" in f or "/plugins/networkinformation/" in f]
    assert not [f for f in files if "Qt6Network" in f]
    if sys.platform.startswith("linux"):  # the desktop files install.sh puts into ~/.local (make dist)
        app = "be.clusterverslag.Clusterverslag"
        for needed in ("install.sh", f"share/applications/{app}.desktop", f"share/metainfo/{app}.metainfo.xml",
                       f"share/icons/hicolor/256x256/apps/{app}.png"):
            assert needed in files, needed
    if WINDOWS:  # Mesa's software OpenGL, and the SVG icon engine with Qt6Svg.dll
        assert not [f for f in files if f.lower().endswith(("opengl32sw.dll", "qt6svg.dll", "qsvgicon.dll"))]
    assert not [f for f in files if f.rsplit("/", 1)[-1].startswith("libcups.")]  # the system's is used
    # Left out (build_spec/trim.py): aiohttp's and its companions' optional C accelerators, and
    # the icons only the build reads.
    accelerators = ("aiohttp/_http_parser", "multidict/_multidict", "yarl/_quoting_c", "frozenlist/_frozenlist")
    assert not [f for f in files if any(name in f for name in accelerators)]
    assert not [f for f in files if f.endswith(("resources/icon.ico", "resources/icon.icns"))]
