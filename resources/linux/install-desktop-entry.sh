#!/bin/sh
# Add Filing Assistant to the desktop's application menu for the current user.
#
#   ./install-desktop-entry.sh            (from the unpacked build folder)
#   ./install-desktop-entry.sh --remove   (take it out again)
#
# Writes ~/.local/share/applications/filingassist.desktop, pointing at the filingassist
# program beside this script, and the icon into the user's hicolor theme (XDG paths;
# $XDG_DATA_HOME is honoured). Nothing is written outside the user's data folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$data/applications/filingassist.desktop"
icon="$data/icons/hicolor/scalable/apps/filingassist.svg"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry" "$icon"
    echo "removed $entry and $icon"
    exit 0
fi

program="$here/filingassist"
[ -x "$program" ] || { echo "no filingassist program beside this script ($program)" >&2; exit 2; }
for candidate in "$here/_internal/resources" "$here/resources" "$here/../resources"; do
    [ -f "$candidate/linux/filingassist.desktop" ] && resources=$candidate && break
done
[ -n "${resources:-}" ] || { echo "resources/linux/filingassist.desktop not found" >&2; exit 2; }

mkdir -p "$(dirname "$entry")" "$(dirname "$icon")"
cp "$resources/icons/filingassist.svg" "$icon"
# Exec and TryExec name the program by its absolute path (quoted per the spec when it has spaces)
sed -e "s|^Exec=.*|Exec=\"$program\"|" -e "s|^TryExec=.*|TryExec=$program|" \
    "$resources/linux/filingassist.desktop" > "$entry"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
echo "installed $entry (runs $program) and $icon"
