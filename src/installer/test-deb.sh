#!/bin/sh
# Checks the .deb that `mvn -Pinstaller package` built, as a teacher would use it: installs it (as root), checks
# the launcher, the desktop entry with its icon and the .xlsx association, starts the installed app on a lesson
# file under Xvfb until its window shows, then uninstalls it and checks nothing of it is left.
set -eu
cd "$(dirname "$0")/../.."
deb=$(ls target/installer/ai-by-hand_*.deb | head -1)
fail() { echo "test-deb: $*" >&2; exit 1; }

# a desktop has the system menu folders; a bare container does not, and xdg-desktop-menu refuses to install then
mkdir -p /usr/share/applications /usr/share/desktop-directories
dpkg -i "$deb" >/dev/null || apt-get install -f -y -q >/dev/null # its libraries (GTK, xdg-utils) if missing
launcher=/opt/ai-by-hand/bin/ai-by-hand
[ -x "$launcher" ] || fail "no launcher at $launcher"
desktop=$(ls /opt/ai-by-hand/lib/*.desktop 2>/dev/null | head -1)
[ -n "$desktop" ] || fail "no desktop entry"
grep -q '^Exec=.*ai-by-hand' "$desktop" || fail "the desktop entry does not start the app: $(cat "$desktop")"
grep -q '^Icon=' "$desktop" || fail "the desktop entry has no icon"
grep -q 'spreadsheetml' "$desktop" || fail "the desktop entry does not open .xlsx files"
[ -f /opt/ai-by-hand/lib/app/ai-by-hand.jsa ] || fail "no class data sharing archive"

lesson=$(mktemp -d)/rnn.xlsx
"$launcher" lesson rnn --steps 4 "$lesson" >/dev/null || fail "the installed app could not write a lesson"
display=:94
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
DISPLAY=$display "$launcher" "$lesson" >/dev/null 2>&1 &
app=$!
window=$(DISPLAY=$display timeout 90 xdotool search --sync --name 'AI by Hand' 2>/dev/null | head -1) || true
kill "$app" 2>/dev/null || true
kill "$xvfb" 2>/dev/null || true
[ -n "$window" ] || fail "the installed app showed no window on $lesson"

dpkg -P ai-by-hand >/dev/null # purge: nothing of it, configuration included, stays
[ ! -e /opt/ai-by-hand ] || fail "/opt/ai-by-hand is left after uninstalling"
echo "test-deb: $deb installs, opens $lesson in a window and uninstalls"
