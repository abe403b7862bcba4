#!/usr/bin/env sh
# Install the built bundle for the current user (no root): the folder, a `backfill` command,
# the hicolor icons and the desktop entry. Usage, from the repository root after `make package`:
#   sh packaging/install-linux.sh            install (or update) into ~/.local
#   sh packaging/install-linux.sh --remove   uninstall
# PREFIX=/opt/backfill BIN_DIR=/usr/local/bin DATA_DIR=/usr/local/share (as root) for all users.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
BUNDLE=${BUNDLE:-$ROOT/dist/backfill}
PREFIX=${PREFIX:-$HOME/.local/opt/backfill}
BIN_DIR=${BIN_DIR:-$HOME/.local/bin}
DATA_DIR=${DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}}
ICONS="$ROOT/resources/icons"
SIZES="16 24 32 48 64 128 256 512"

refresh_caches() {
    command -v update-desktop-database >/dev/null 2>&1 &&
        update-desktop-database -q "$DATA_DIR/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 &&
        gtk-update-icon-cache -q -t "$DATA_DIR/icons/hicolor" || true
}

if [ "${1:-}" = "--remove" ]; then
    rm -rf "$PREFIX"
    rm -f "$BIN_DIR/backfill" "$DATA_DIR/applications/backfill.desktop"
    rm -f "$DATA_DIR/icons/hicolor/scalable/apps/backfill.svg"
    for size in $SIZES; do
        rm -f "$DATA_DIR/icons/hicolor/${size}x${size}/apps/backfill.png"
    done
    refresh_caches
    echo "Removed Backfill from $PREFIX"
    exit 0
fi

if [ ! -x "$BUNDLE/backfill" ]; then
    echo "No bundle at $BUNDLE: run 'make package' first." >&2
    exit 1
fi

# Replace rather than merge, so files dropped from a newer bundle do not linger.
rm -rf "$PREFIX"
mkdir -p "$(dirname "$PREFIX")" "$BIN_DIR" "$DATA_DIR/applications"
cp -a "$BUNDLE" "$PREFIX"
ln -sf "$PREFIX/backfill" "$BIN_DIR/backfill"

mkdir -p "$DATA_DIR/icons/hicolor/scalable/apps"
cp "$ICONS/backfill.svg" "$DATA_DIR/icons/hicolor/scalable/apps/backfill.svg"
for size in $SIZES; do
    if [ -f "$ICONS/backfill-$size.png" ]; then
        mkdir -p "$DATA_DIR/icons/hicolor/${size}x${size}/apps"
        cp "$ICONS/backfill-$size.png" "$DATA_DIR/icons/hicolor/${size}x${size}/apps/backfill.png"
    fi
done

# Launchers often run without ~/.local/bin on PATH: point the entry at the installed binary.
sed -e "s|^Exec=backfill|Exec=$PREFIX/backfill|" -e "s|^TryExec=backfill|TryExec=$PREFIX/backfill|" \
    "$HERE/backfill.desktop" >"$DATA_DIR/applications/backfill.desktop"
refresh_caches
echo "Installed Backfill $("$PREFIX/backfill" --version | cut -d' ' -f2) into $PREFIX"
echo "Command: $BIN_DIR/backfill   Menu entry: $DATA_DIR/applications/backfill.desktop"
