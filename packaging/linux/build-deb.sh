#!/bin/sh
# Build the NALS Desktop .deb into dist/ (what `make deb` runs):
#   /opt/nals-desktop/            the PyInstaller one-folder bundle (packaging/nals-desktop.spec)
#   /usr/bin/nals-desktop, nals   launchers (the GUI's checks for missing system libraries first)
#   desktop entry, AppStream metainfo, hicolor icons, man pages, copyright, changelog
#   Depends                       worked out by dpkg-shlibdeps from the bundle's ELF files
# then checks it with lintian (no errors allowed), desktop-file-validate and appstreamcli.
#
# Works on a fresh Debian/Ubuntu machine: as root it installs the Debian packages it needs
# (packaging/linux/ensure-debs.sh; otherwise it prints the apt-get line), and PyInstaller goes into a build
# venv (packaging/build-bundle.sh). Environment:
#   PYTHON=python3          interpreter for the build venv (3.11+)
#   NALS_VERSION=X          build the package as version X (PEP 440) instead of pyproject.toml's, e.g. for
#                           upgrade tests; the bundled metadata (nals --version) says X too
#   NALS_DEB_OUTDIR=dir     where the .deb goes (default: dist/)
#   NALS_REUSE_BUNDLE=1     reuse build/pyinstaller/dist/nals-desktop if it exists (no PyInstaller run)
#   NALS_SKIP_LINT=1        skip lintian / desktop-file-validate / appstreamcli
#   NALS_DEB_MAINTAINER     the Maintainer field
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
PYTHON=${PYTHON:-python3}
outdir=${NALS_DEB_OUTDIR:-$root/dist}
bundle=$root/build/pyinstaller/dist/nals-desktop
maintainer=${NALS_DEB_MAINTAINER:-NALS Desktop developers <nals-desktop@example.org>}

# Debian's t64 transition renamed some libraries (Ubuntu 24.04+): ask apt which name it knows.
debname() {
    if apt-cache show --no-all-versions "${1}t64" >/dev/null 2>&1; then echo "${1}t64"; else echo "$1"; fi
}
# Tools of the build, and the runtime libraries of the bundle: dpkg-shlibdeps can only name a package for a
# library that is installed here.
build_debs="dpkg-dev binutils chrpath xz-utils lintian desktop-file-utils appstream"
runtime_debs="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libx11-xcb1
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0
  libxcb-xkb1 libxcb-glx0 libwayland-client0 libwayland-cursor0 libwayland-egl1 $(debname libdbus-1-3)
  $(debname libglib2.0-0) $(debname libcups2) $(debname libssl3) libsqlite3-0 fonts-dejavu-core"
case "$("$PYTHON" -c 'import sys; print(sys.base_prefix)')" in
    /usr)  # Debian's own Python: PyInstaller needs its shared libpython, and venv needs ensurepip
        pyver=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
        build_debs="$build_debs libpython$pyver python$pyver-venv" ;;
esac
# shellcheck disable=SC2086
sh "$here/ensure-debs.sh" $build_debs $runtime_debs

# 1. The bundle.
if [ "${NALS_REUSE_BUNDLE:-0}" = 1 ] && [ -x "$bundle/nals" ]; then
    echo "build-deb: reusing $bundle"
else
    PYTHON=$PYTHON NALS_VERSION='' sh "$root/packaging/build-bundle.sh"
fi
venv=${NALS_BUILD_VENV:-$root/build/packaging-venv}
vpy=$venv/bin/python

version=$("$vpy" "$root/packaging/version.py")
debversion=$("$vpy" "$root/packaging/version.py" --deb)
arch=$(dpkg --print-architecture)
epoch=${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct 2>/dev/null || date +%s)}
export SOURCE_DATE_EPOCH="$epoch"

# 2. The package tree.
stage=$root/build/deb/nals-desktop_${debversion}_$arch
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
    "$stage/usr/share/metainfo" "$stage/usr/share/doc/nals-desktop" "$stage/usr/share/man/man1" \
    "$stage/usr/share/lintian/overrides" "$stage/usr/share/icons/hicolor/scalable/apps"
cp -a "$bundle" "$stage/opt/nals-desktop"
if [ -n "${NALS_VERSION:-}" ]; then  # stamp the overriding version into the bundled metadata
    sed -i "s/^Version: .*/Version: $version/" "$stage"/opt/nals-desktop/_internal/nals_desktop-*.dist-info/METADATA
fi

echo "build-deb: build-machine RUNPATHs removed from $("$vpy" "$here/debtools.py" fix-runpath "$stage/opt/nals-desktop")"
syslibs=$("$vpy" "$here/debtools.py" syslibs "$stage/opt/nals-desktop")
sed "s|@SYSTEM_LIBS@|$syslibs|" "$here/nals-desktop.sh" > "$stage/usr/bin/nals-desktop"
cp "$here/nals.sh" "$stage/usr/bin/nals"
cp "$here/nals-desktop.desktop" "$stage/usr/share/applications/nals-desktop.desktop"
sed "s/@VERSION@/$version/; s/@DATE@/$(date -u -d "@$epoch" +%Y-%m-%d)/" \
    "$here/io.github.nals.Desktop.metainfo.xml" > "$stage/usr/share/metainfo/io.github.nals.Desktop.metainfo.xml"
cp "$root/build/icons/nals-desktop.svg" "$stage/usr/share/icons/hicolor/scalable/apps/nals-desktop.svg"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$stage/usr/share/icons/hicolor/${size}x${size}/apps"
    cp "$root/build/icons/nals-desktop-$size.png" "$stage/usr/share/icons/hicolor/${size}x${size}/apps/nals-desktop.png"
done
cp "$here/copyright" "$stage/usr/share/doc/nals-desktop/copyright"
{
    echo "nals-desktop ($debversion) unstable; urgency=medium"
    echo
    echo "  * NALS Desktop $version, built with PyInstaller from the upstream sources."
    echo
    echo " -- $maintainer  $(date -u -R -d "@$epoch")"
} | gzip -9n > "$stage/usr/share/doc/nals-desktop/changelog.gz"
for page in nals nals-desktop; do gzip -9n < "$here/$page.1" > "$stage/usr/share/man/man1/$page.1.gz"; done
cp "$here/lintian-overrides" "$stage/usr/share/lintian/overrides/nals-desktop"
cp "$here/postrm" "$stage/DEBIAN/postrm"

# Modes: files 0644 (shared libraries too), folders 0755, programs 0755.
find "$stage" -type d -exec chmod 0755 {} +
find "$stage" -type f -exec chmod 0644 {} +
chmod 0755 "$stage/opt/nals-desktop/nals-desktop" "$stage/opt/nals-desktop/nals" "$stage/usr/bin/nals-desktop" \
    "$stage/usr/bin/nals" "$stage/DEBIAN/postrm"

depends=$("$vpy" "$here/debtools.py" depends "$stage/opt/nals-desktop")
installed_size=$(du -sk --apparent-size "$stage" --exclude=DEBIAN | cut -f1)
sed -e "s/@VERSION@/$debversion/" -e "s/@ARCH@/$arch/" -e "s/@MAINTAINER@/$maintainer/" \
    -e "s/@INSTALLED_SIZE@/$installed_size/" -e "s/@DEPENDS@/$depends/" "$here/control.in" > "$stage/DEBIAN/control"
(cd "$stage" && find . -path ./DEBIAN -prune -o -type f -print | sed 's|^\./||' | LC_ALL=C sort | xargs -d '\n' md5sum) \
    > "$stage/DEBIAN/md5sums"
chmod 0644 "$stage/DEBIAN/control" "$stage/DEBIAN/md5sums"

# 3. The .deb.
mkdir -p "$outdir"
deb=$outdir/nals-desktop_${debversion}_$arch.deb
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "build-deb: $deb ($(du -h "$deb" | cut -f1), installed $((installed_size / 1024)) MiB)"

# 4. Checks.
if [ "${NALS_SKIP_LINT:-0}" != 1 ]; then
    desktop-file-validate "$stage/usr/share/applications/nals-desktop.desktop"
    appstreamcli validate --no-net "$stage/usr/share/metainfo/io.github.nals.Desktop.metainfo.xml" >/dev/null \
        || appstreamcli validate --no-net "$stage/usr/share/metainfo/io.github.nals.Desktop.metainfo.xml"
    report=$root/build/deb/lintian.txt
    # lintian refuses to run as root unless told (it only reads the package here).
    lintian --allow-root --no-tag-display-limit --display-info "$deb" > "$report" 2>&1 || true
    if grep -q '^E: ' "$report"; then
        grep '^E: ' "$report" >&2
        echo "build-deb: lintian found errors (full report: $report)" >&2
        exit 1
    fi
    echo "build-deb: lintian: $(grep -c '^E: ' "$report") errors, $(grep -c '^W: ' "$report") warnings," \
        "$(grep -c '^I: ' "$report") infos (report: $report); desktop-file-validate and appstreamcli: ok"
fi
