#!/bin/sh
# Build the wheel, install it in a fresh virtual environment outside the checkout, and run the CLI from
# there with a fresh NALS_HOME: proves resources/ and database/ ship inside the wheel.
set -eu
PY=${1:-python3}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$PY" -m build --wheel --outdir "$work/dist" "$root" >/dev/null
wheel=$(ls "$work"/dist/nals_desktop-*.whl)
"$PY" - "$wheel" <<'PYEOF'
import sys, zipfile
names = set(zipfile.ZipFile(sys.argv[1]).namelist())
for needed in ("nals_desktop/database/env.py", "nals_desktop/database/versions/0001_initial_schema.py",
               "nals_desktop/database/server/env.py", "nals_desktop/database/server/versions/0001_server_schema.py",
               "nals_desktop/resources/seed/nals-2023-key-deliverables.txt", "nals_desktop/resources/seed/nals-2023.json"):
    assert needed in names, f"{needed} is missing from the wheel"
PYEOF
"$PY" -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet -c "$root/constraints.txt" "$wheel"
cd "$work"  # nothing of the checkout is importable from here
export NALS_HOME="$work/home"
# The store is encrypted: the first start takes its new passphrase from this file (never an argument).
export NALS_PASSPHRASE_FILE="$work/passphrase.txt"
printf 'wheel-check passphrase\n' > "$NALS_PASSPHRASE_FILE"
"$work/venv/bin/nals" --version
seed=$("$work/venv/bin/python" -c 'from nals_desktop.paths import resource_path; print(resource_path("seed", "nals-2023-key-deliverables.txt"))')
case "$seed" in "$root"*) echo "the seed was found in the checkout, not in the wheel: $seed" >&2; exit 1;; esac
"$work/venv/bin/nals" import --dry-run --json "$seed" | "$work/venv/bin/python" -c 'import json,sys; d=json.load(sys.stdin); n=[len(p["commitments"]) for p in d["pillars"]]; assert n==[6,6,5,6,1,7], n; print("dry run:", n)'
"$work/venv/bin/nals" summits
"$work/venv/bin/nals" search methane
"$work/venv/bin/nals" check
head -c 4096 "$NALS_HOME/nals.sqlite" | grep -q "SQLite format 3" && { echo "the store is not encrypted" >&2; exit 1; }
echo "wheel-check: ok ($(basename "$wheel"))"
