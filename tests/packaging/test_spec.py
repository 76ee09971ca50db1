"""The build's exclusions stay true to the code: the program never imports what the bundle leaves out."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _excluded_modules() -> list[str]:
    tree = ast.parse((ROOT / "build_spec" / "trim.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "EXCLUDED_MODULES":
            return ast.literal_eval(node.value)
    raise AssertionError("build_spec/trim.py has no EXCLUDED_MODULES")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_the_program_imports_no_excluded_module():
    excluded = _excluded_modules()
    offending = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in sorted((ROOT / "desktop_app").rglob("*.py"))
        for name in _imports(path)
        if any(name == module or name.startswith(module + ".") for module in excluded)
    ]
    assert offending == [], "the bundle would lack these; change build_spec/trim.py"


def test_exclusions_are_read():
    assert "PySide6.QtNetwork" in _excluded_modules()


# Runs the commands in a Python that cannot import any module the bundle leaves out, as the
# frozen program cannot: the libraries that try one of them (pyHanko's aiohttp for its C
# accelerators, PIL.Image for its plugins...) must do without it.
_WITHOUT_LEFT_OUT = textwrap.dedent("""
    import json, sys
    from pathlib import Path

    left_out, work, sample = json.loads(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    tried = set()

    class LeftOut:
        def find_spec(self, name, path=None, target=None):
            if any(name == m or name.startswith(m + ".") for m in left_out):
                tried.add(name)
                raise ModuleNotFoundError(f"No module named {name!r} (left out of the bundle)", name=name)
            return None

    sys.meta_path.insert(0, LeftOut())
    from cryptography.hazmat.primitives import serialization

    from certificates import Pki
    from desktop_app import cli

    pdf, password = work / "sample.pdf", work / "password"
    password.write_text("pw", encoding="utf-8")
    pki = Pki()
    status = {"validate": cli.main(["validate", sample]),
              "render": cli.main(["render", sample, "--pdf", str(pdf)])}
    for role, name in (("president", "Jean Dupont"), ("secretary", "Marie Dubois")):
        p12 = pki.p12(work / f"{role}.p12", *pki.issue(name), b"pw")
        status[role] = cli.main(["sign", str(pdf), "--role", role, "--p12", str(p12),
                                 "--password-file", str(password)])
    root = work / "test-ca.pem"
    root.write_bytes(pki.ca.public_bytes(serialization.Encoding.PEM))
    status["verify"] = cli.main(["verify", str(pdf), "--trust", str(root)])
    # A scanned print, as PNG and JPEG (picture formats that are kept).
    import pypdfium2
    document = pypdfium2.PdfDocument(str(pdf))
    pages = [document[i].render(scale=150 / 72, grayscale=True).to_pil() for i in range(len(document))]
    scans = [work / f"p{n}.{'png' if n % 2 else 'jpg'}" for n in range(1, len(pages) + 1)]
    for page, path in zip(pages, scans):
        page.save(path, quality=60)
    status["import-scan"] = cli.main(["import-scan", *map(str, reversed(scans)), "--view"])
    print(json.dumps({"status": status, "tried": sorted(tried)}))
""")


def test_the_commands_work_without_any_left_out_module(trim, tmp_path):
    sample = ROOT / "tests" / "data" / "sample-submission.xml"
    result = subprocess.run(
        [sys.executable, "-c", _WITHOUT_LEFT_OUT, json.dumps(trim.EXCLUDED_MODULES), str(tmp_path), str(sample)],
        cwd=ROOT, env=dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "tests")])),
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["status"] == {"validate": 0, "render": 0, "president": 0, "secretary": 0, "verify": 0,
                                 "import-scan": 0}, result.stderr
    # The test proves something: the libraries did try optional modules that are left out.
    assert {"aiohttp._http_parser", "multidict._multidict"} <= set(outcome["tried"]), outcome["tried"]


@pytest.mark.parametrize(
    ("dest_name", "dropped"),
    [
        # Linux
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", False),
        ("PySide6/Qt/translations/qtbase_nl.qm", False),
        ("PySide6/Qt/translations/qtbase_pt_BR.qm", True),
        # Windows: no Qt/ level
        ("PySide6\\plugins\\platforms\\qwindows.dll", False),
        ("PySide6\\plugins\\platforms\\qdirect2d.dll", True),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", False),
        ("PySide6\\plugins\\networkinformation\\qnetworklistmanager.dll", True),
        ("PySide6\\translations\\qtbase_fr.qm", False),
        ("PySide6\\translations\\qtbase_de.qm", True),
        ("PySide6\\opengl32sw.dll", True),
        ("PySide6\\plugins\\iconengines\\qsvgicon.dll", True),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", False),
        # macOS
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", False),
        ("PySide6/Qt/plugins/styles/libqmacstyle.dylib", False),
        # ours
        ("translations/clusterverslag_nl.qm", False),
        ("resources/fonts/DejaVuSans.ttf", False),
    ],
)
def test_which_qt_files_are_left_out_on_each_platform(trim, dest_name, dropped):
    assert trim._dropped_qt_file(dest_name) is dropped


def test_links_and_framework_files_of_removed_libraries_go_with_them(trim):
    lib = "PySide6/Qt/lib"
    datas = [
        # Linux: a top-level link to a removed library, and one to a kept library
        ("libQt6Network.so.6", f"{lib}/libQt6Network.so.6", "SYMLINK"),
        ("libQt6Core.so.6", f"{lib}/libQt6Core.so.6", "SYMLINK"),
        # macOS: the rest of a removed framework, and a link into it
        (f"{lib}/QtNetwork.framework/Resources/Info.plist", "/site/Info.plist", "DATA"),
        (f"{lib}/QtNetwork.framework/Versions/Current", "A", "SYMLINK"),
        (f"{lib}/QtNetwork.framework/QtNetwork", "Versions/Current/QtNetwork", "SYMLINK"),
        ("QtNetwork", f"{lib}/QtNetwork.framework/Versions/A/QtNetwork", "SYMLINK"),
        (f"{lib}/QtCore.framework/Resources/Info.plist", "/site/Info.plist", "DATA"),
        ("resources/fonts/DejaVuSans.ttf", "/repo/resources/fonts/DejaVuSans.ttf", "DATA"),
        ("PySide6/Qt/translations/qtbase_de.qm", "/site/qtbase_de.qm", "DATA"),
    ]
    gone = {f"{lib}/libQt6Network.so.6", f"{lib}/QtNetwork.framework/Versions/A/QtNetwork"}
    kept, dropped = trim.without_leftovers(datas, gone)
    assert [entry[0] for entry in kept] == [
        "libQt6Core.so.6", f"{lib}/QtCore.framework/Resources/Info.plist", "resources/fonts/DejaVuSans.ttf",
    ]
    assert len(dropped) == 6


@pytest.fixture(scope="module")
def trim():
    pytest.importorskip("PyInstaller")
    sys.path.insert(0, str(ROOT / "build_spec"))
    try:
        import trim as module
    finally:
        sys.path.remove(str(ROOT / "build_spec"))
    return module


def test_a_library_only_removed_plugins_load_goes_with_them_on_windows(trim, monkeypatch, tmp_path):
    """On Windows PyInstaller names a plugin's imports without their path when they sit in
    PySide6's folder (Qt6Network.dll for the TLS, network-information and TUIO plugins): the
    trimming finds them among the collected binaries, by name and whatever the case."""
    site = tmp_path / "PySide6"
    imports = {
        "plugins/tls/qschannelbackend.dll": ["Qt6Network.dll", "Qt6Core.dll", "KERNEL32.dll"],
        "plugins/generic/qtuiotouchplugin.dll": ["QT6NETWORK.DLL", "Qt6Gui.dll"],
        "plugins/platforms/qwindows.dll": ["Qt6Gui.dll", "Qt6Core.dll"],
        "plugins/imageformats/qsvg.dll": ["Qt6Svg.dll", "Qt6Gui.dll"],
        "Qt6Network.dll": ["Qt6Core.dll"],
        "Qt6Svg.dll": ["Qt6Gui.dll"],
        "Qt6Gui.dll": ["Qt6Core.dll"],
        "Qt6Core.dll": ["KERNEL32.dll"],
        "QtGui.pyd": ["Qt6Gui.dll", "Qt6Core.dll"],
    }
    binaries = []
    for name in imports:
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_bytes(b"MZ")
        binaries.append(("PySide6\\" + name.replace("/", "\\"), str(site / name), "BINARY"))
    by_path = {os.path.realpath(site / name): names for name, names in imports.items()}
    monkeypatch.setattr(trim.bindepend, "get_imports",
                        lambda path: {(name, None) for name in by_path[os.path.realpath(path)]})
    monkeypatch.setattr(trim, "is_win", True)

    class Analysis:
        pass

    analysis = Analysis()
    analysis.binaries, analysis.datas = list(binaries), []
    trim.trim(analysis)
    kept = sorted(entry[0] for entry in analysis.binaries)
    assert kept == ["PySide6\\Qt6Core.dll", "PySide6\\Qt6Gui.dll", "PySide6\\QtGui.pyd",
                    "PySide6\\plugins\\platforms\\qwindows.dll"]
