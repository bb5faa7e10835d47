#!/bin/sh
# Build the PyInstaller one-folder bundle of NALS Desktop from this checkout:
#   build/pyinstaller/dist/nals-desktop/        nals-desktop + nals executables, _internal/ (Python, Qt, data)
#   build/pyinstaller/dist/NALS Desktop.app     on macOS only (BUNDLE in the spec)
# Used by packaging/linux/build-deb.sh, packaging/macos/build-dmg.sh and the Windows CI job.
#
# It makes its own build venv (build/packaging-venv; NALS_BUILD_VENV to move it) with PyInstaller
# (packaging/requirements-packaging.txt), the pinned dependencies (constraints.txt) and the app installed from
# this checkout, not editable, so the bundle carries exactly what a wheel would. Works on Linux, macOS and in
# Git Bash on Windows. PYTHON picks the interpreter (default python3, Python 3.11+ with a shared libpython).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
# Git Bash on Windows: hand Windows' Python paths it understands (D:/a/...), not MSYS ones (/d/a/...).
if command -v cygpath >/dev/null 2>&1; then root=$(cygpath -m "$root"); fi
PYTHON=${PYTHON:-python3}
venv=${NALS_BUILD_VENV:-$root/build/packaging-venv}
dist=$root/build/pyinstaller/dist
work=$root/build/pyinstaller/work

"$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "building the installers needs Python 3.11 or newer, not " + sys.version.split()[0])'

if [ -d "$venv/Scripts" ]; then bin=$venv/Scripts; else bin=$venv/bin; fi
stamp=$venv/.nals-packaging
want=$(cat "$root/packaging/requirements-packaging.txt" "$root/constraints.txt" | cksum)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "build-bundle: making the build venv $venv"
    rm -rf "$venv"
    "$PYTHON" -m venv "$venv"
    if [ -d "$venv/Scripts" ]; then bin=$venv/Scripts; else bin=$venv/bin; fi
    "$bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
    "$bin/python" -m pip install --quiet --disable-pip-version-check -c "$root/constraints.txt" \
        -r "$root/packaging/requirements-packaging.txt" "$root"
    echo "$want" > "$stamp"
fi
# The app itself, fresh from the checkout every time (same version number, so pip must be told).
"$bin/python" -m pip install --quiet --disable-pip-version-check --no-deps --force-reinstall "$root"

"$bin/python" "$root/packaging/render_icons.py" "$root/build/icons"

rm -rf "$dist/nals-desktop" "$dist/NALS Desktop.app"
# Run from build/ so that the checkout's nals_desktop/ can never shadow the installed package.
mkdir -p "$root/build"
cd "$root/build"
NALS_ICON_DIR="$root/build/icons" "$bin/python" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$dist" --workpath "$work" "$root/packaging/nals-desktop.spec"

# The frozen app must report the version of pyproject.toml (copy_metadata worked) and find its data.
exe=$dist/nals-desktop/nals
[ -f "$exe.exe" ] && exe=$exe.exe
want_version=$(NALS_VERSION='' "$bin/python" "$root/packaging/version.py")
got=$("$exe" --version)
case "$got" in
    *" $want_version") echo "build-bundle: ok: $dist/nals-desktop ($got)" ;;
    *) echo "build-bundle: the bundle says '$got', expected version $want_version" >&2; exit 1 ;;
esac
