#!/bin/sh
# Install the unpacked Clusterverslag for you alone, into ~/.local (no administrator rights):
#
#   tar xzf clusterverslag-VERSION-linux-x86_64.tar.gz && clusterverslag/install.sh
#   ~/.local/opt/clusterverslag/install.sh --uninstall
#
# The program goes to ~/.local/opt/clusterverslag (an older version there is replaced), the
# command to ~/.local/bin/clusterverslag, the menu entry, the icons and the AppStream metadata
# to ~/.local/share. --uninstall removes exactly these; the reports in
# ~/.local/share/clusterverslag (the data folder) stay.
set -eu
ID=be.clusterverslag.Clusterverslag
HERE=$(cd "$(dirname "$0")" && pwd)
SHARE=${XDG_DATA_HOME:-$HOME/.local/share}
BIN=$HOME/.local/bin
OPT=$HOME/.local/opt/clusterverslag
SIZES="16 24 32 48 64 128 256"

refresh() {
    # The desktop's caches; missing tools are not an error (the menu rereads the folder anyway).
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$SHARE/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" 2>/dev/null || true
}

uninstall() {
    if [ -L "$BIN/clusterverslag" ] && [ "$(readlink "$BIN/clusterverslag")" = "$OPT/clusterverslag" ]; then
        rm -f "$BIN/clusterverslag"
    fi
    rm -f "$SHARE/applications/$ID.desktop" "$SHARE/metainfo/$ID.metainfo.xml"
    for size in $SIZES; do rm -f "$SHARE/icons/hicolor/${size}x${size}/apps/$ID.png"; done
    rm -rf "$OPT"
    refresh
}

if [ "${1:-}" = --uninstall ]; then
    uninstall
    echo "Clusterverslag is uninstalled; your reports stay in $SHARE/clusterverslag."
    exit 0
fi
if [ $# -gt 0 ]; then
    echo "usage: $0 [--uninstall]" >&2
    exit 2
fi
test -x "$HERE/clusterverslag" || { echo "$HERE/clusterverslag is missing: run install.sh from the unpacked folder" >&2; exit 1; }

if [ "$HERE" != "$OPT" ]; then
    mkdir -p "$(dirname "$OPT")"
    rm -rf "$OPT.new"
    cp -a "$HERE" "$OPT.new"
    rm -rf "$OPT"
    mv "$OPT.new" "$OPT"
fi
mkdir -p "$BIN" "$SHARE/applications" "$SHARE/metainfo"
ln -sfn "$OPT/clusterverslag" "$BIN/clusterverslag"
# The menu entry starts the program by its full path: ~/.local/bin is not on every PATH.
sed "s|^Exec=clusterverslag|Exec=$OPT/clusterverslag|" "$OPT/share/applications/$ID.desktop" > "$SHARE/applications/$ID.desktop"
cp "$OPT/share/metainfo/$ID.metainfo.xml" "$SHARE/metainfo/"
for size in $SIZES; do
    mkdir -p "$SHARE/icons/hicolor/${size}x${size}/apps"
    cp "$OPT/share/icons/hicolor/${size}x${size}/apps/$ID.png" "$SHARE/icons/hicolor/${size}x${size}/apps/"
done
refresh
echo "Clusterverslag is installed in $OPT: start it from the menu, or as $BIN/clusterverslag."
