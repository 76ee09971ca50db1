"""What the bundles leave out: shared by clusterverslag.spec and bare_wizard.spec.

Both specs build the same way, so the benchmark compares like with like. PyInstaller's Qt
hooks collect every plugin and translation of the Qt modules they see; this module removes
what a Qt Widgets program on a desktop never loads, then the shared libraries that only the
removed files needed.
"""

from __future__ import annotations

import importlib.util
import os
import pkgutil
import re
import subprocess
from pathlib import PurePath

from PyInstaller.compat import is_darwin, is_win
from PyInstaller.depend import bindepend

# Python modules never imported at run time (the build machine may have them installed).
EXCLUDED_MODULES = [
    # Qt bindings the program does not use. libQt6DBus stays: libQt6Gui links it on Linux.
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    # Standard library and tools that only development needs.
    "tkinter",
    "_tkinter",
    "pydoc",
    "doctest",
    "lib2to3",
    "idlelib",
    "ensurepip",
    "venv",
    "distutils",
    "setuptools",
    "pkg_resources",
    "pip",
    "pytest",
    "_pytest",
    "hypothesis",
    "PyInstaller",
    # Optional imports of our libraries that the program never reaches:
    #  - charset_normalizer: reportlab guesses the encoding of XMP files with it; we write none.
    #  - network servers and process pools: the program opens no network connection (tests/
    #    packaging proves it) and starts no process; they come in through optional or late
    #    imports (click's webbrowser, urllib's ftplib). pyHanko's imports need ssl, asyncio
    #    and aiohttp (for fetching certificates, which the program never asks it to do).
    #  - reportlab's bitmap, PostScript and SVG renderers: only its PDF renderer is used.
    #  - lxml's other modules: only lxml.etree is used.
    #  - Pillow's optional codecs (AVIF alone is 5 MB): reportlab imports PIL.Image at start-up,
    #    which needs PIL._imaging, but our PDF holds no raster image. Pillow skips a plugin that
    #    cannot be imported (its file-format plugins are listed below the list).
    #  - aiohttp's server side, and the C accelerators of aiohttp, multidict, yarl, frozenlist and
    #    propcache: pyHanko imports aiohttp (and ssl) when its signing and validation modules
    #    load, for time-stamping and fetching certificates, which the program never asks of it.
    #    So aiohttp stays, but each of these accelerators is optional: without it the library
    #    uses its pure-Python version (about 1.3 MiB less).
    #  - oscrypto reads the operating system's trust store, which pyhanko-certvalidator asks for
    #    only when it is given no trust roots; the program always gives certifi's list (or none
    #    trusted), never the system's. cffi's Python package and pycparser come only with it
    #    (cryptography needs _cffi_backend, which stays).
    #  - tabulate: a lazy import of pypdfium2 that nothing calls.
    #  - _uuid: only uuid1() uses it; nothing does.
    "charset_normalizer",
    "multiprocessing",
    "xmlrpc",
    "defusedxml.xmlrpc",
    "ftplib",
    "webbrowser",
    "http.server",
    "socketserver",
    "reportlab.graphics.renderPM",
    "reportlab.graphics.renderPS",
    "reportlab.graphics.renderSVG",
    "reportlab.graphics.testshapes",
    "lxml.html",
    "lxml.objectify",
    "lxml.isoschematron",
    "lxml.sax",
    "lxml.builder",
    "lxml.ElementInclude",
    "lxml.cssselect",
    "lxml.doctestcompare",
    "lxml.usedoctest",
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingcms",
    "PIL.ImageCms",
    "PIL._imagingft",
    "PIL.ImageFont",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL.ImageQt",
    "PIL.ImageShow",
    "PIL.ImageGrab",
    "aiohttp._http_parser",
    "aiohttp._http_writer",
    "aiohttp._websocket.mask",
    "aiohttp._websocket.reader_c",
    "multidict._multidict",
    "yarl._quoting_c",
    "frozenlist._frozenlist",
    "propcache._helpers_c",
    "aiohttp.web",
    "aiohttp.web_app",
    "aiohttp.web_exceptions",
    "aiohttp.web_fileresponse",
    "aiohttp.web_log",
    "aiohttp.web_middlewares",
    "aiohttp.web_protocol",
    "aiohttp.web_request",
    "aiohttp.web_response",
    "aiohttp.web_routedef",
    "aiohttp.web_runner",
    "aiohttp.web_server",
    "aiohttp.web_urldispatcher",
    "aiohttp.web_ws",
    "aiohttp.worker",
    "aiohttp.test_utils",
    "aiohttp.pytest_plugin",
    "oscrypto",
    "cffi",
    "pycparser",
    "tabulate",
    "_uuid",
]


# The picture formats a scanned print is read from (File > Read a scanned print..., import-scan):
# PNG, JPEG (with MPO, which JPEG files from phones may turn out to be) and TIFF.
KEPT_PILLOW_PLUGINS = {"PngImagePlugin", "JpegImagePlugin", "MpoImagePlugin", "TiffImagePlugin"}


def _pillow_plugins() -> list[str]:
    """Pillow's file-format plugins (PIL.PngImagePlugin ...), read from the installed Pillow,
    but those of :data:`KEPT_PILLOW_PLUGINS`.

    PIL.Image imports them only when an image is opened or saved, each under ``except
    ImportError``; the program opens only scanned pages (its PDF holds no raster image, and
    printing hands PDFium's bitmaps straight to Qt).
    """
    spec = importlib.util.find_spec("PIL")
    if spec is None or not spec.submodule_search_locations:
        return []
    return sorted(f"PIL.{m.name}" for m in pkgutil.iter_modules(spec.submodule_search_locations)
                  if "ImagePlugin" in m.name and m.name not in KEPT_PILLOW_PLUGINS)


EXCLUDED_MODULES += _pillow_plugins()

# Qt plugin folders whose plugins a desktop Widgets program never loads: network, OpenGL
# integrations, embedded-device input and platforms, image formats (PNG is built into QtGui).
DROPPED_PLUGIN_DIRS = {
    "egldeviceintegrations",
    "generic",
    "imageformats",
    "networkinformation",
    "qmltooling",
    "sqldrivers",
    "tls",
    "wayland-graphics-integration-client",
    "wayland-graphics-integration-server",
    "xcbglintegrations",
    "vectorimageformats",
    "position",
    "multimedia",
}

# Windows only, where PySide6 keeps its plugins in PySide6\plugins (no Qt\ level):
#  - the SVG icon engine (and with it Qt6Svg.dll): Windows has no SVG icon theme and the
#    program's icons are PNG; Linux desktops' icon themes need it, so it stays there;
#  - Mesa's software OpenGL (opengl32sw.dll, 20 MiB), which Qt loads only for OpenGL when the
#    graphics driver offers none: Qt Widgets draw with Qt's raster engine, never with OpenGL.
DROPPED_WINDOWS_PLUGIN_DIRS = {"iconengines"}
DROPPED_WINDOWS_FILES = {"opengl32sw.dll"}

# The platform plugins kept: the desktop's own, and offscreen for headless checks.
KEPT_PLATFORMS = {"qxcb", "qwayland", "qwayland-generic", "qwayland-egl", "qoffscreen", "qwindows", "qcocoa"}

# Platform themes left out: the GTK 3 theme drags in GTK's own libraries (cairo, pango,
# gdk-pixbuf...) from the build machine; Qt falls back to its own dialogs without it.
DROPPED_PLATFORM_THEMES = {"qgtk3"}

# Qt's own translations kept (qtbase_nl.qm ...): the program speaks Dutch and French, and English
# is Qt's source language.
KEPT_LANGUAGES = {"nl", "fr", "en"}

# Linux libraries taken from the user's system, not from the build machine: CUPS (which Qt's
# print plugin loads) belongs with the system's printing service, and its dependencies (GnuTLS,
# Kerberos, Avahi: 8 MiB) came in only when the build machine had it installed. Without it the
# print dialog still prints to a PDF file.
SYSTEM_LIBRARIES = {"libcups.so.2"}

_TRANSLATION = re.compile(r"^[a-z_]+?_([a-z]{2})(?:_[A-Za-z]{2})?\.qm$")


def _plugin_name(file_name: str) -> str:
    """``libqxcb.so`` -> ``qxcb``, ``qwindows.dll`` -> ``qwindows``."""
    stem = file_name.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def _dropped_qt_file(dest_name: str) -> bool:
    # PySide6/Qt/plugins/... on Linux and macOS, PySide6/plugins/... on Windows.
    parts = PurePath(dest_name.replace("\\", "/")).parts
    if "PySide6" not in parts:
        return False
    windows_layout = "Qt" not in parts
    if windows_layout and parts[-1].lower() in DROPPED_WINDOWS_FILES:
        return True
    if "plugins" in parts:
        index = parts.index("plugins")
        if len(parts) < index + 3:
            return False
        folder, name = parts[index + 1], _plugin_name(parts[-1])
        if folder in DROPPED_PLUGIN_DIRS or (windows_layout and folder in DROPPED_WINDOWS_PLUGIN_DIRS):
            return True
        if folder == "platforms":
            return name not in KEPT_PLATFORMS
        if folder == "platformthemes":
            return name in DROPPED_PLATFORM_THEMES
        return False
    if "translations" in parts:
        match = _TRANSLATION.match(parts[-1])
        return match is None or match.group(1) not in KEPT_LANGUAGES
    return False


def _real(path: str) -> str:
    """One spelling per file: the real path (case-folded on Windows, whose names ignore case)."""
    return os.path.normcase(os.path.realpath(path))


def _direct_imports(path: str, collected: dict[str, str]) -> set[str]:
    """The real paths of the shared libraries ``path`` links directly.

    PyInstaller's reader gives direct imports on Windows and macOS, but on Linux it asks ldd,
    which lists the whole tree; there the ELF NEEDED entries (objdump) pick the direct ones.
    On Windows it gives no path for a DLL found only beside another collected file (a Qt
    plugin's Qt6Network.dll sits two folders up, in PySide6's folder): such a name is looked up
    among the collected binaries, ``collected`` (lower-case file name -> real path).
    """
    try:
        imports = bindepend.get_imports(path)
    except Exception:  # not a binary PyInstaller can read: nothing to follow
        return set()
    resolved = {os.path.basename(name): full for name, full in imports if full}
    if not is_win and not is_darwin:
        try:
            headers = subprocess.run(["objdump", "-p", path], capture_output=True, text=True, check=True).stdout
        except (OSError, subprocess.CalledProcessError):
            headers = None
        if headers is not None:
            needed = re.findall(r"^\s*NEEDED\s+(\S+)", headers, re.MULTILINE)
            resolved = {name: resolved[name] for name in needed if name in resolved}
    paths = {_real(full) for full in resolved.values()}
    if is_win:
        paths |= {collected[name.lower()] for name, full in imports if not full and name.lower() in collected}
    return paths


def _from_system(dest_name: str) -> bool:
    return not is_win and not is_darwin and os.path.basename(dest_name) in SYSTEM_LIBRARIES


def _dependencies(paths: set[str], cache: dict[str, set[str]], collected: dict[str, str],
                  stop: frozenset[str] = frozenset()) -> set[str]:
    """Every shared library the files of ``paths`` load, directly or not (real paths), not
    looking into the libraries of ``stop``."""
    seen: set[str] = set(stop)
    todo = list(paths)
    while todo:
        path = todo.pop()
        if path not in cache:
            cache[path] = _direct_imports(path, collected)
        for dependency in cache[path]:
            if dependency not in seen:
                seen.add(dependency)
                todo.append(dependency)
    return seen - stop


def trim(analysis, report: str | None = None) -> list[str]:
    """Remove unused Qt plugins and translations from ``analysis``, and the libraries only they needed.

    Returns the destination names removed, also written one a line to the file ``report``.
    """
    dropped = lambda entry: _dropped_qt_file(entry[0]) or _from_system(entry[0])  # noqa: E731
    removed_binaries = [entry for entry in analysis.binaries if dropped(entry)]
    kept_binaries = [entry for entry in analysis.binaries if not dropped(entry)]
    removed = [entry[0] for entry in removed_binaries]

    # A library collected for a removed plugin or library only (libssl for the TLS plugin,
    # libQt6Network for the VNC platform, GnuTLS for CUPS) goes too; one that anything kept
    # still loads, other than through a removed library, stays.
    cache: dict[str, set[str]] = {}
    real = lambda entry: _real(entry[1])  # noqa: E731
    collected = {os.path.basename(e[1]).lower(): real(e) for e in analysis.binaries}
    removed_paths = frozenset(real(e) for e in removed_binaries)
    loaded_by_removed = _dependencies(set(removed_paths), cache, collected)
    kept_roots = {real(e) for e in kept_binaries} - loaded_by_removed
    still_loaded = _dependencies(kept_roots, cache, collected, stop=removed_paths)
    orphans = loaded_by_removed - still_loaded - _python_roots(kept_binaries)
    binaries = []
    for entry in kept_binaries:
        if real(entry) in orphans:
            removed.append(entry[0])
        else:
            binaries.append(entry)
    analysis.binaries[:] = binaries

    # Qt's translations and plugins we do not want, and what belonged to the removed libraries:
    # the symbolic links to them (PyInstaller puts links among the datas: libQt6Network.so.6 ->
    # PySide6/Qt/lib/libQt6Network.so.6) and, on macOS, the rest of their .framework folders.
    datas, left_over = without_leftovers(analysis.datas, set(removed))
    analysis.datas[:] = datas
    removed += left_over
    if report:
        os.makedirs(os.path.dirname(report), exist_ok=True)
        with open(report, "w", encoding="utf-8") as out:
            out.write("".join(f"{name}\n" for name in sorted(removed)))
    return removed


def without_leftovers(datas: list, gone: set[str]) -> tuple[list, list[str]]:
    """Split ``datas`` into what stays and the names of what goes with the files ``gone``."""
    frameworks = _frameworks(gone)

    def inside_gone_framework(name: str) -> bool:
        return any(name == f or name.startswith(f + "/") for f in frameworks)

    kept, dropped = [], []
    for entry in datas:
        name = entry[0].replace("\\", "/")
        leftover = _dropped_qt_file(name) or inside_gone_framework(name)
        if entry[2] == "SYMLINK":
            target = _link_target(entry)
            leftover = leftover or target in gone or inside_gone_framework(target)
        (dropped if leftover else kept).append(entry)
    return kept, [entry[0] for entry in dropped]


def _frameworks(names) -> tuple[str, ...]:
    """The macOS framework folders of ``names`` (PySide6/Qt/lib/QtNetwork.framework)."""
    folders = set()
    for name in names:
        name = name.replace("\\", "/")
        if ".framework/" in name:
            folders.add(name[: name.index(".framework/") + len(".framework")])
    return tuple(sorted(folders))


def _link_target(entry) -> str:
    """The destination name a SYMLINK entry points at (its source is relative to the link)."""
    dest_name, target = entry[0], entry[1]
    return os.path.normpath(os.path.join(os.path.dirname(dest_name), target)).replace("\\", "/")


def _python_roots(entries) -> set[str]:
    """Libraries that must stay whatever links them: Python itself, which the bootloader loads."""
    return {_real(e[1]) for e in entries if re.match(r"^(lib)?python3", os.path.basename(e[0]))}


def strip_binaries() -> bool:
    """Strip symbols where the platform allows it (not on Windows: strip breaks DLL signatures)."""
    return not is_win


def icon_file(resources: str) -> str | None:
    """The executable's icon in the platform's format (Linux executables carry none)."""
    if is_win:
        return os.path.join(resources, "icon.ico")
    if is_darwin:
        return os.path.join(resources, "icon.icns")
    return None
