#!/bin/sh
# Re-extract the translatable strings, merge them into the French and Spanish catalogues and compile them.
#
#   gettext (core, services, importers, briefing, CLI; keywords _, N_ and ngettext):
#     resources/locale/nals.pot  ->  resources/locale/{fr,es}/LC_MESSAGES/nals.po  ->  nals.mo
#   Qt (nals_desktop/ui/, self.tr and QCoreApplication.translate):
#     nals_desktop/ui/**.py  ->  resources/translations/nals_desktop_{fr,es}.ts  ->  .qm
#     and, for English, the source language, its plural forms alone: nals_desktop_en.ts -> .qm
#
# Both the sources (.po, .ts) and the compiled files (.mo, .qm) are committed: the app and the wheel need
# no build step. New or changed strings come out empty (.ts "unfinished") or fuzzy (.po): translate them,
# run this again to compile, and `pytest tests/i18n` checks that nothing is left and placeholders match.
# Needs Babel (`.venv/bin/pip install babel`) and PySide6's lupdate/lrelease; does not import nals_desktop.
# Conventions and glossary: packaging/i18n/README.md.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bin=${VENV:-.venv}/bin
run() {  # run a tool quietly; on failure show what it said and stop
    "$@" >"$tmp/said" 2>&1 || { cat "$tmp/said" >&2; echo "i18n.sh: failed: $*" >&2; exit 1; }
}
tool() {  # the venv's copy, else the one on PATH
    if [ -x "$bin/$1" ]; then echo "$bin/$1"
    elif command -v "$1" >/dev/null 2>&1; then command -v "$1"
    else echo "i18n.sh: $1 is missing ($2)" >&2; exit 1
    fi
}
pybabel=$(tool pybabel "install Babel: $bin/pip install babel")
lupdate=$(tool pyside6-lupdate "install PySide6")
lrelease=$(tool pyside6-lrelease "install PySide6")

# language directory, and the variety the translations are written in (Canadian French, Mexican Spanish)
LANGUAGES="fr:fr_CA es:es_MX"
plural_forms() {  # gettext's plural rule of each language; French counts 0 and 1 as singular
    case $1 in
    fr) echo 'nplurals=2; plural=(n > 1);' ;;
    es) echo 'nplurals=2; plural=(n != 1);' ;;
    *) echo "i18n.sh: no plural rule for $1" >&2; exit 1 ;;
    esac
}
set_plural_forms() {  # .po file, language: Babel takes CLDR's rule (French: a third form for millions)
    rule=$(plural_forms "$2")
    sed "s/^\"Plural-Forms: .*/\"Plural-Forms: $rule\\\\n\"/" "$1" >"$tmp/po"
    cat "$tmp/po" >"$1"
}

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml)
locale_dir=resources/locale
ts_dir=resources/translations
mkdir -p "$locale_dir" "$ts_dir"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# --- gettext ----------------------------------------------------------------------------------------------
# The template keeps its old creation date when nothing else changed, so a re-run leaves git clean.
"$pybabel" -q extract --no-default-keywords -k _ -k N_ -k ngettext:1,2 --add-comments=TRANSLATORS: \
    --sort-by-file --width=110 --project="NALS Desktop" --version="$version" \
    --copyright-holder="NALS Desktop developers" --msgid-bugs-address="maintainers@nals.invalid" \
    -o "$tmp/nals.pot" nals_desktop
if [ -f "$locale_dir/nals.pot" ] &&
    diff -q -I '^"POT-Creation-Date:' "$locale_dir/nals.pot" "$tmp/nals.pot" >/dev/null; then
    :
else
    cp "$tmp/nals.pot" "$locale_dir/nals.pot"
fi

for pair in $LANGUAGES; do
    lang=${pair%%:*}
    variety=${pair#*:}
    po="$locale_dir/$lang/LC_MESSAGES/nals.po"
    mkdir -p "$(dirname "$po")"
    if [ -f "$po" ]; then
        set_plural_forms "$po" "$lang"  # before the update, which writes as many forms as the header says
        "$pybabel" -q update --ignore-obsolete --ignore-pot-creation-date --width=110 \
            -D nals -l "$variety" -i "$locale_dir/nals.pot" -o "$po"
    else
        "$pybabel" -q init --width=110 -D nals -l "$variety" -i "$locale_dir/nals.pot" -o "$po"
        set_plural_forms "$po" "$lang"
    fi
    # Fuzzy and empty entries are left out of the .mo: English shows until a translator confirms them.
    run "$pybabel" compile --statistics -D nals -i "$po" -o "${po%.po}.mo"
    printf '%s: %s\n' "$po" "$(sed -n 's/ in .*//p' "$tmp/said")"
done

# --- Qt ---------------------------------------------------------------------------------------------------
# lupdate extracts into a fresh file; qt_catalogue.py moves the calls lupdate cannot place to the contexts
# PySide6 looks up at run time, and carries the committed translations over (see its docstring).
ui_sources=$(find nals_desktop/ui -name '*.py' | LC_ALL=C sort)
# shellcheck disable=SC2086  # one argument per source file
"$lupdate" -silent -locations absolute -source-language en $ui_sources -ts "$tmp/fresh.ts"
python=$(tool python3 "install Python 3.11 or newer")
# English is the source language: its catalogue has only the counted (numerus) messages, in their two forms.
for pair in en:en $LANGUAGES; do
    lang=${pair%%:*}
    variety=${pair#*:}
    ts="$ts_dir/nals_desktop_$lang.ts"
    only=""
    if [ "$lang" = en ]; then only=--plural-only; fi
    # shellcheck disable=SC2086
    "$python" packaging/i18n/qt_catalogue.py --fresh "$tmp/fresh.ts" --ts "$ts" --language "$variety" \
        $only $ui_sources
    # Unfinished entries are left out of the .qm, as fuzzy ones are of the .mo.
    run "$lrelease" -nounfinished "$ts" -qm "${ts%.ts}.qm"
    printf '%s: %s\n' "$ts" "$(sed -n 's/^ *Generated //p' "$tmp/said")"
done
