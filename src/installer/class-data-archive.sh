#!/bin/sh
# Writes a class data sharing archive of the classes the app loads up to its first window, so the installed app
# maps them ready-parsed instead of loading them from the jar at every start. The app is run once: on an X
# display (Xvfb when there is none) until its window shows, then stopped, which writes the archive; without any
# display the archive holds what a headless start loads. Arguments: the java to run, the jar, the archive.
set -eu
java=$1
jar=$2
archive=$3
display=${DISPLAY:-}
xvfb=
if [ -z "$display" ] && command -v Xvfb >/dev/null 2>&1; then
    display=:93
    Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    sleep 1
fi
if [ -n "$display" ] && command -v xdotool >/dev/null 2>&1; then
    DISPLAY=$display "$java" -XX:ArchiveClassesAtExit="$archive" -jar "$jar" >/dev/null 2>&1 &
    app=$!
    DISPLAY=$display timeout 60 xdotool search --sync --name 'AI by Hand' >/dev/null 2>&1 || true
    sleep 2
    kill -TERM "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
else
    "$java" -XX:ArchiveClassesAtExit="$archive" -jar "$jar" --help >/dev/null 2>&1 || true
fi
[ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
ls -l "$archive"
