#!/usr/bin/env bash
# Build the Windows installer from a one-folder Windows bundle, on Linux (Debian's nsis).
#
#   build_spec/windows/make_installer.sh [--uncompressed] BUNDLE_DIR OUT_DIR [VERSION]
#
# Writes OUT_DIR/Clusterverslag-VERSION-setup.exe; VERSION defaults to desktop_app.__version__.
# make check-windows also builds one with a later version, uncompressed (seconds instead of a
# minute and a half), to try an upgrade.
set -euo pipefail
EXTRA=()
if [ "${1:-}" = --uncompressed ]; then EXTRA=(-DUNCOMPRESSED); shift; fi
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUNDLE=$(realpath "$1")
OUT=$(realpath -m "$2")
VERSION=${3:-$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/desktop_app/__init__.py")}
[[ "$VERSION" =~ ^[0-9]+(\.[0-9]+){1,3}$ ]] || { echo "not a version: $VERSION" >&2; exit 2; }
test -f "$BUNDLE/clusterverslag.exe" || { echo "no Windows bundle in $BUNDLE" >&2; exit 2; }
# VIProductVersion wants four numbers.
VERSION4=$VERSION
while [ "$(tr -cd . <<<"$VERSION4" | wc -c)" -lt 3 ]; do VERSION4="$VERSION4.0"; done
mkdir -p "$OUT"
makensis -V2 -INPUTCHARSET UTF8 "${EXTRA[@]}" -DVERSION="$VERSION" -DVERSION4="$VERSION4" -DBUNDLE="$BUNDLE" \
    -DICON="$ROOT/resources/icon.ico" -DOUTFILE="$OUT/Clusterverslag-$VERSION-setup.exe" \
    "$ROOT/build_spec/windows/installer.nsi"
echo "installer: $OUT/Clusterverslag-$VERSION-setup.exe ($(du -m "$OUT/Clusterverslag-$VERSION-setup.exe" | cut -f1) MiB)"
