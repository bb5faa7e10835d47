#!/bin/sh
# Proof of the .deb on this machine (CI runs it as root, after `make test`):
#   1. build it (packaging/linux/build-deb.sh: PyInstaller bundle, lintian, desktop-file-validate, appstreamcli),
#      and an older version N of it (same bundle, NALS_VERSION=<version>.dev0) for the upgrade test;
#   2. dpkg -i, then from the installed files only (cwd in a temp folder, a fresh NALS_HOME each time):
#      nals --version, nals import --dry-run --json on the installed seed, nals export-book read back with pypdf,
#      nals-desktop --self-check offscreen and on a real X server (Xvfb, if there), the launcher's message for
#      a missing system library;
#   3. dpkg -r and dpkg -P: /usr/bin/nals* and /opt/nals-desktop gone, the users' data untouched;
#   4. upgrade: install N, make data with it, install this version over it: data intact, nals check ok;
#   5. the figures: .deb size, installed size, start of the installed app next to the same from source.
# Ends with "prove-deb: N passed, 0 failed" and exit 0, or stops at the first failure with exit 1.
# It leaves nals-desktop uninstalled (purged) unless NALS_PROVE_KEEP=1.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
started=$(date +%s)
passed=0

say() { echo "prove-deb: $*"; }
ok() { passed=$((passed + 1)); say "ok: $*"; }
fail() { echo "prove-deb: FAIL: $*" >&2; echo "prove-deb: $passed passed, 1 failed"; exit 1; }

[ "$(id -u)" = 0 ] || fail "run me as root (I install and remove the package with dpkg)"
work=$(mktemp -d /tmp/nals-prove.XXXXXX)
cleanup() {
    cd /
    [ "${NALS_PROVE_KEEP:-0}" = 1 ] || dpkg -P nals-desktop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
fresh_home() { mktemp -d "$work/home.XXXXXX"; }
snapshot() { (cd "$1" && find . -type f | LC_ALL=C sort | xargs -r -d '\n' sha256sum); }

# --- 1. build ----------------------------------------------------------------------------------------------
say "building the .deb (bundle, lintian, desktop-file-validate, appstreamcli)"
sh "$here/build-deb.sh"
venv=${NALS_BUILD_VENV:-$root/build/packaging-venv}
vpy=$venv/bin/python
version=$("$vpy" "$root/packaging/version.py")
debversion=$("$vpy" "$root/packaging/version.py" --deb)
arch=$(dpkg --print-architecture)
deb=$root/dist/nals-desktop_${debversion}_$arch.deb
[ -f "$deb" ] || fail "build-deb.sh made no $deb"
ok "built $(basename "$deb"), lintian without errors, desktop entry and metainfo valid"

old_version=$version.dev0
say "building version $old_version (older than $version) for the upgrade test"
NALS_VERSION=$old_version NALS_REUSE_BUNDLE=1 NALS_SKIP_LINT=1 NALS_DEB_OUTDIR=$work/old \
    sh "$here/build-deb.sh" >/dev/null
old_deb=$(ls "$work"/old/nals-desktop_*.deb)
dpkg --compare-versions "$(dpkg-deb -f "$old_deb" Version)" lt "$debversion" || fail "$old_deb is not older than $deb"

# --- 2. install and run from the installed files -----------------------------------------------------------
dpkg -P nals-desktop >/dev/null 2>&1 || true
say "dpkg -i $(basename "$deb")"
dpkg -i "$deb" >/dev/null || fail "dpkg -i $deb"
cd "$work"  # nothing of the checkout is reachable from here
unset NALS_HOME QT_QPA_PLATFORM
# Every store made here is encrypted, as a user's: the commands read its passphrase from this file.
export NALS_PASSPHRASE_FILE="$work/passphrase.txt"
printf 'prove-deb passphrase\n' > "$NALS_PASSPHRASE_FILE"
for f in /usr/bin/nals /usr/bin/nals-desktop /opt/nals-desktop/nals /opt/nals-desktop/nals-desktop \
         /usr/share/applications/nals-desktop.desktop /usr/share/metainfo/io.github.nals.Desktop.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/nals-desktop.svg /usr/share/icons/hicolor/256x256/apps/nals-desktop.png; do
    [ -e "$f" ] || fail "$f is not installed"
done
ok "installed: launchers, bundle, desktop entry, metainfo, icons"

got=$(NALS_HOME=$(fresh_home) nals --version)
[ "$got" = "nals $version" ] || fail "nals --version says '$got', expected 'nals $version'"
ok "nals --version: $got"

seed=$(find /opt/nals-desktop -path '*/resources/seed/nals-2023-key-deliverables.txt' | head -n 1)
[ -n "$seed" ] || fail "the seed is not in /opt/nals-desktop"
NALS_HOME=$(fresh_home) nals import --dry-run --json "$seed" > "$work/dry.json" || fail "nals import --dry-run --json $seed"
counts=$("$vpy" -c 'import json,sys; d=json.load(open(sys.argv[1])); print([len(p["commitments"]) for p in d["pillars"]])' "$work/dry.json")
[ "$counts" = "[6, 6, 5, 6, 1, 7]" ] || fail "dry run of the seed gave commitments per pillar $counts"
ok "nals import --dry-run --json $seed: 6 pillars, commitments $counts"

home=$(fresh_home)
if NALS_HOME=$home nals export-book --help >/dev/null 2>&1; then
    NALS_HOME=$home nals export-book "$work/book.pdf" || fail "nals export-book"
    pages=$("$vpy" - "$work/book.pdf" <<'PYEOF'
import sys
from pypdf import PdfReader
reader = PdfReader(sys.argv[1])
text = "\n".join(page.extract_text() or "" for page in reader.pages)
assert len(reader.pages) >= 3, f"only {len(reader.pages)} pages"
assert "UNCLASSIFIED" in text, "no classification marking in the text"
assert "methane" in text.lower(), "the commitments' text is not in the book"
print(len(reader.pages))
PYEOF
    ) || fail "the exported PDF does not read back as a briefing book"
    ok "nals export-book: $(du -k "$work/book.pdf" | cut -f1) KiB, $pages pages, read back with pypdf (marking and commitments found)"
else
    say "NOTE: skipped nals export-book: this build's nals has no export-book command yet"
fi

home=$(fresh_home)
NALS_HOME=$home QT_QPA_PLATFORM=offscreen nals-desktop --self-check || fail "nals-desktop --self-check (offscreen)"
[ -f "$home/nals.sqlite" ] || fail "the self-check did not create the store in NALS_HOME"
summits=$(NALS_HOME=$home nals summits | wc -l)
[ "$summits" -ge 1 ] || fail "the self-check's store has no summit"
[ -f "$home/nals.key" ] || fail "the self-check made no key file beside the store"
head -c 15 "$home/nals.sqlite" | grep -q "SQLite format" && fail "the store is not encrypted (a plain SQLite header)"
strings "$home/nals.sqlite" | grep -qi "methane" && fail "the store's bytes show the seed's text"
ok "QT_QPA_PLATFORM=offscreen nals-desktop --self-check: exit 0 on a fresh, seeded, encrypted store"

if command -v xvfb-run >/dev/null 2>&1; then
    NALS_HOME=$(fresh_home) QT_QPA_PLATFORM=xcb xvfb-run -a nals-desktop --self-check \
        || fail "nals-desktop --self-check on Xvfb (xcb platform plugin)"
    ok "nals-desktop --self-check on a real X server (Xvfb, xcb platform plugin and its system libraries)"
else
    say "NOTE: skipped the X11 (xcb) start: xvfb-run is not installed"
fi

# A missing system library: hide libxcb-cursor.so.0 from this process only (a mount namespace with an overlay
# whiting it out and a dynamic-loader cache rebuilt without it), as if its package had been removed.
lib=libxcb-cursor.so.0
libdir=$(dirname "$(ldconfig -p | awk -v so="$lib" '$1 == so { print $NF; exit }')")
mkdir -p "$work/ovl/upper" "$work/ovl/work"
if unshare --mount sh -c "
    set -e
    for f in $libdir/$lib*; do mknod \"$work/ovl/upper/\$(basename \"\$f\")\" c 0 0; done
    mount -t overlay overlay -o lowerdir=$libdir,upperdir=$work/ovl/upper,workdir=$work/ovl/work $libdir
    ldconfig -C $work/ovl/ld.so.cache
    mount --bind $work/ovl/ld.so.cache /etc/ld.so.cache
    set +e
    NALS_HOME=$work/missing nals-desktop --self-check 2> $work/missing-launcher.txt; echo \$? > $work/missing-launcher.rc
    if command -v xvfb-run >/dev/null 2>&1; then
        NALS_HOME=$work/missing NALS_SKIP_LIBCHECK=1 QT_QPA_PLATFORM=xcb xvfb-run -a nals-desktop --self-check \
            > $work/missing-qt.txt 2>&1; echo \$? > $work/missing-qt.rc
    fi
" 2>"$work/unshare.err"; then
    [ "$(cat "$work/missing-launcher.rc")" != 0 ] || fail "the launcher started although $lib was missing"
    grep -q "$lib" "$work/missing-launcher.txt" && grep -q "apt-get install libxcb-cursor0" "$work/missing-launcher.txt" \
        || fail "the launcher's message does not name $lib and its package: $(cat "$work/missing-launcher.txt")"
    ok "with $lib really missing, the launcher says: $(head -n 1 "$work/missing-launcher.txt")"
    if [ -f "$work/missing-qt.rc" ]; then
        grep -q "cursor0" "$work/missing-qt.txt" || fail "Qt's message does not name the library: $(cat "$work/missing-qt.txt")"
        ok "and past the launcher (NALS_SKIP_LIBCHECK=1) Qt says: $(grep -m 1 cursor0 "$work/missing-qt.txt")"
    fi
else
    say "NOTE: no mount namespace with overlayfs here ($(tail -n 1 "$work/unshare.err")); testing the message with a fake ldconfig instead"
    mkdir -p "$work/fakebin"
    printf '#!/bin/sh\n/sbin/ldconfig "$@" | grep -v "%s "\n' "$(echo "$lib" | sed 's/\./\\\\./g')" > "$work/fakebin/ldconfig"
    chmod +x "$work/fakebin/ldconfig"
    if PATH=$work/fakebin:$PATH nals-desktop --self-check 2> "$work/missing-launcher.txt"; then
        fail "the launcher started although ldconfig did not list $lib"
    fi
    grep -q "apt-get install libxcb-cursor0" "$work/missing-launcher.txt" || fail "no package named: $(cat "$work/missing-launcher.txt")"
    ok "with $lib missing from ldconfig's list, the launcher says: $(head -n 1 "$work/missing-launcher.txt")"
fi

# --- 3. uninstall keeps the users' data ----------------------------------------------------------------------
data=$(fresh_home)
NALS_HOME=$data nals summits >/dev/null
user=$work/user  # a user without NALS_HOME: data in ~/.local/share/nals-desktop
mkdir -p "$user"
HOME=$user nals summits >/dev/null
[ -f "$user/.local/share/nals-desktop/nals.sqlite" ] || fail "no store in the default data folder $user/.local/share/nals-desktop"
snapshot "$data" > "$work/data.before"; snapshot "$user" > "$work/user.before"
dpkg -r nals-desktop >/dev/null || fail "dpkg -r nals-desktop"
for f in /usr/bin/nals /usr/bin/nals-desktop /opt/nals-desktop /usr/share/applications/nals-desktop.desktop; do
    [ ! -e "$f" ] || fail "$f is still there after dpkg -r"
done
snapshot "$data" | cmp -s - "$work/data.before" || fail "dpkg -r changed the data in NALS_HOME"
snapshot "$user" | cmp -s - "$work/user.before" || fail "dpkg -r changed ~/.local/share/nals-desktop"
ok "dpkg -r: /usr/bin/nals*, /opt/nals-desktop and the desktop entry gone; NALS_HOME and ~/.local/share/nals-desktop untouched"
dpkg -P nals-desktop >/dev/null || fail "dpkg -P nals-desktop"
status=$(dpkg-query -W -f='${Status}' nals-desktop 2>/dev/null || true)
case "$status" in ""|*not-installed) ;; *) fail "dpkg still has nals-desktop as '$status' after dpkg -P" ;; esac
snapshot "$data" | cmp -s - "$work/data.before" || fail "dpkg -P changed the data in NALS_HOME"
snapshot "$user" | cmp -s - "$work/user.before" || fail "dpkg -P changed ~/.local/share/nals-desktop"
ok "dpkg -P: purged; the users' data still untouched"

# --- 4. upgrade N -> N+1 keeps and opens the store --------------------------------------------------------
dpkg -i "$old_deb" >/dev/null || fail "dpkg -i $old_deb"
[ "$(nals --version)" = "nals $old_version" ] || fail "the old package says $(nals --version)"
up=$(fresh_home)
cat > "$work/upgrade-summit.md" <<'EOF'
# Upgrade Test Summit 2031

## Clean Energy

Leaders committed to:

- Build a shared registry of grid interconnections.
- Publish a joint methane inventory by 2032.

## Trade

The partners will:

- Streamline customs at the northern border.
EOF
NALS_HOME=$up nals import --party CA --party MX --party US "$work/upgrade-summit.md" >/dev/null || fail "nals import with version $old_version"
NALS_HOME=$up nals position set A-2 --summit "Upgrade Test" --party CA --stance oppose --priority high \
    --objective "Keep the inventory voluntary" >/dev/null || fail "nals position set with version $old_version"
NALS_HOME=$up nals summits --json > "$work/summits.before"
NALS_HOME=$up nals show A-2 --summit "Upgrade Test" --json > "$work/show.before"
say "installed $old_version, imported a summit and set a position; now dpkg -i $debversion over it"
dpkg -i "$deb" >/dev/null || fail "dpkg -i $deb over $old_version"
[ "$(nals --version)" = "nals $version" ] || fail "after the upgrade nals says $(nals --version)"
NALS_HOME=$up nals check >/dev/null || fail "nals check after the upgrade: $(NALS_HOME=$up nals check 2>&1)"
NALS_HOME=$up nals summits --json | cmp -s - "$work/summits.before" || fail "the summits changed across the upgrade"
NALS_HOME=$up nals show A-2 --summit "Upgrade Test" --json | cmp -s - "$work/show.before" \
    || fail "the position on A-2 changed across the upgrade"
grep -q "Keep the inventory voluntary" "$work/show.before" || fail "the position was not recorded before the upgrade"
NALS_HOME=$up QT_QPA_PLATFORM=offscreen nals-desktop --self-check || fail "self-check on the upgraded store"
ok "upgrade $old_version -> $version: summits and position intact, nals check ok, the window opens on the store"

# --- 5. figures --------------------------------------------------------------------------------------------
say "figures"
"$vpy" "$root/benchmarks/bench_install.py" --deb "$deb" --runs "${NALS_PROVE_RUNS:-5}" || fail "bench_install.py"

dpkg -P nals-desktop >/dev/null || fail "final dpkg -P"
[ -f "$up/nals.sqlite" ] || fail "the final purge removed a user's store"
ok "final purge; the users' stores are still there"
say "done in $(( $(date +%s) - started )) s"
echo "prove-deb: $passed passed, 0 failed"
