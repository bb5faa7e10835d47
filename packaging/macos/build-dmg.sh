#!/bin/sh
# macOS: build "NALS Desktop.app" with the same PyInstaller spec (its BUNDLE step) and wrap it in a .dmg:
#   dist/NALS-Desktop-<version>-macos-<arch>.dmg
# Run on a Mac (CI: .github/workflows/installers.yml, job macos) with Python 3.11+ (python.org or
# actions/setup-python; PYTHON to choose). Steps:
#   1. packaging/build-bundle.sh            build venv, icons (.icns), PyInstaller -> build/pyinstaller/dist/NALS Desktop.app
#   2. smoke test of the .app               nals --version, nals-desktop --self-check (offscreen)
#   3. signing (if NALS_CODESIGN_IDENTITY)  every Mach-O file, each framework, then the .app; hardened runtime,
#                                           secure timestamp, packaging/macos/entitlements.plist
#   4. the .dmg                             hdiutil (UDZO), with a link to /Applications; signed likewise
#   5. notarisation (if NALS_NOTARY_PROFILE) xcrun notarytool submit --wait, then xcrun stapler staple
# Without NALS_CODESIGN_IDENTITY the app is only ad-hoc signed (PyInstaller's default): it runs on the machine
# that built it, and elsewhere only after the user allows it (right-click, Open). See packaging/README.md.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
PYTHON=${PYTHON:-python3}
[ "$(uname -s)" = Darwin ] || { echo "build-dmg: run me on macOS" >&2; exit 1; }

# The spec reads NALS_CODESIGN_IDENTITY too (PyInstaller then signs what it collects).
PYTHON=$PYTHON sh "$root/packaging/build-bundle.sh"
app="$root/build/pyinstaller/dist/NALS Desktop.app"
[ -d "$app" ] || { echo "build-dmg: PyInstaller made no $app" >&2; exit 1; }
venv=${NALS_BUILD_VENV:-$root/build/packaging-venv}
version=$("$venv/bin/python" "$root/packaging/version.py")
arch=$(uname -m)

# 2. Smoke test from the .app itself, with a fresh data folder.
home=$(mktemp -d)
NALS_HOME=$home "$app/Contents/MacOS/nals" --version
NALS_HOME=$home QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/nals-desktop" --self-check
rm -rf "$home"

# 3. Signing with a Developer ID Application certificate from the login keychain (or a CI keychain).
if [ -n "${NALS_CODESIGN_IDENTITY:-}" ]; then
    ent="$root/packaging/macos/entitlements.plist"
    sign() { codesign --force --timestamp --options runtime --entitlements "$ent" --sign "$NALS_CODESIGN_IDENTITY" "$1"; }
    # Inside-out: every Mach-O file (libraries, plugins, extension modules, the executables), then each
    # framework bundle (Qt's), deepest first, then the app.
    find "$app/Contents" -type f | while IFS= read -r f; do
        if file -b "$f" | grep -q "Mach-O"; then sign "$f"; fi
    done
    find "$app/Contents" -depth -type d -name "*.framework" | while IFS= read -r f; do sign "$f"; done
    sign "$app"
    codesign --verify --deep --strict --verbose=2 "$app"
fi

# 4. The disk image: the app and a link to /Applications.
mkdir -p "$root/dist"
dmg="$root/dist/NALS-Desktop-$version-macos-$arch.dmg"
stage=$(mktemp -d)
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "NALS Desktop $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
rm -rf "$stage"
if [ -n "${NALS_CODESIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$NALS_CODESIGN_IDENTITY" "$dmg"
fi

# 5. Notarisation: a keychain profile made once with
#    xcrun notarytool store-credentials NAME --apple-id ID --team-id TEAM --password APP-SPECIFIC-PASSWORD
if [ -n "${NALS_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$NALS_NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose "$dmg"
fi
echo "build-dmg: $dmg ($(du -h "$dmg" | cut -f1))"
