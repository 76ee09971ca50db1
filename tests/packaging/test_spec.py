"""The build's exclusions stay true to the code: the program never imports what the bundle leaves out."""

from __future__ import annotations

import ast
import sys
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
