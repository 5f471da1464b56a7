#!/usr/bin/env bash
# Wrap ReflectDesk.app in a compressed disk image a Mac user opens and drags to
# Applications:
#
#   bash packaging/macos/make_dmg.sh dist/ReflectDesk.app dist/ReflectDesk-1.2.3.dmg
#
# The volume is named "ReflectDesk <version>", the version read from the app's own
# Info.plist (which packaging/macos/info_plist.py filled from reflectdesk/__init__.py),
# so no version is typed here. Needs macOS (hdiutil); the macOS job of
# .github/workflows/installers.yml runs it. tests/cli/test_packaging_platforms.py runs
# it here with a stand-in hdiutil that records what it was asked.
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 APP_PATH OUT_DMG" >&2
    exit 2
fi
app="${1%/}"
out="$2"
plist="$app/Contents/Info.plist"
if [[ ! -f "$plist" ]]; then
    echo "$0: $app is not an app bundle (no Contents/Info.plist)" >&2
    exit 1
fi

# PlistBuddy is on every Mac; python's plistlib reads the same file anywhere else.
if [[ -x /usr/libexec/PlistBuddy ]]; then
    version="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$plist")"
else
    version="$(python3 -c 'import plistlib, sys
with open(sys.argv[1], "rb") as f:
    print(plistlib.load(f)["CFBundleShortVersionString"])' "$plist")"
fi

staging="$(mktemp -d "${TMPDIR:-/tmp}/reflectdesk-dmg.XXXXXX")"
trap 'rm -rf "$staging"' EXIT
# ditto keeps the bundle's symlinks, extended attributes and signature intact.
if command -v ditto >/dev/null 2>&1; then
    ditto "$app" "$staging/$(basename "$app")"
else
    cp -R "$app" "$staging/"
fi
ln -s /Applications "$staging/Applications"  # the drag target beside the app

mkdir -p "$(dirname "$out")"
rm -f "$out"
hdiutil create \
    -volname "ReflectDesk $version" \
    -srcfolder "$staging" \
    -fs HFS+ \
    -format UDZO \
    -ov \
    "$out"
echo "$out"
