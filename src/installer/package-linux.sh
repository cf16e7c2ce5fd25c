#!/bin/sh
# Builds a self-contained AI by Hand for Linux from the shaded jar: a runtime cut down to the modules the app
# uses (jlink), a class data sharing archive so it starts faster, an app image and a .deb with a desktop entry,
# an icon and .xlsx files opening in it (jpackage). Called by `mvn -Pinstaller package`; arguments: the build
# folder (target) and the version (numbers only, as .deb wants).
set -eu
target=$1
version=$2
here=$(cd "$(dirname "$0")" && pwd)
out=$target/installer
rm -rf "$out"
mkdir -p "$out/input"
cp "$target/ai-by-hand.jar" "$out/input/"

# java.desktop for AWT images and fonts (POI, screenshots), java.xml for the workbook parts, jdk.unsupported
# for JavaFX, java.naming/java.management/java.scripting/java.sql for POI and log4j, jdk.zipfs for the package
jlink --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.scripting,java.sql,java.xml,java.xml.crypto,jdk.unsupported,jdk.zipfs,jdk.charsets \
    --strip-debug --no-header-files --no-man-pages --compress=2 --output "$out/runtime"
# the runtime's own archive of the JDK's classes: the app's archive is a layer on top of it
"$out/runtime/bin/java" -Xshare:dump >/dev/null

"$here/class-data-archive.sh" "$out/runtime/bin/java" "$out/input/ai-by-hand.jar" "$out/input/ai-by-hand.jsa"

jpackage --type app-image --name ai-by-hand --app-version "$version" --input "$out/input" \
    --main-jar ai-by-hand.jar --main-class org.aibyhand.cli.Main --runtime-image "$out/runtime" \
    --icon "$here/icon.png" --dest "$out" \
    --java-options '-XX:SharedArchiveFile=$APPDIR/ai-by-hand.jsa -Xshare:auto'

jpackage --type deb --app-image "$out/ai-by-hand" --name ai-by-hand --app-version "$version" \
    --description "Neural networks computed by hand, one spreadsheet cell at a time" --vendor "AI by Hand" \
    --linux-shortcut --linux-menu-group Education --icon "$here/icon.png" \
    --file-associations "$here/xlsx.properties" --dest "$out"
ls "$out"/*.deb
