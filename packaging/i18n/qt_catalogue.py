"""Merge a fresh lupdate extraction into a committed .ts, with the contexts Qt uses at run time.

lupdate reads ``self.tr("…")`` and ``QCoreApplication.translate("Context", "…")``, but it cannot know the
context of four patterns the UI also uses, so it files them under the wrong context or misses them:

- a module helper ``def tr(text): return QCoreApplication.translate("Positions", text)`` and its callers
  (lupdate: context ""), also where the helper is imported from another module;
- ``parent.tr("…")`` in a module function that a class binds as ``staticmethod(function)`` (lupdate:
  context "parent"; at run time PySide6 looks the text up in the class of ``parent``);
- an alias ``t = QCoreApplication.translate`` and its calls ``t("Context", "…")``, or ``t = self.tr`` in a
  method and its calls ``t("…")`` (lupdate: missed).

This script finds those call sites with ``ast``, moves them to their run-time context, then carries the
translations of the committed .ts over (same context, text and disambiguation). A text that is new in its
context but translated elsewhere comes in as an unfinished suggestion; anything else comes in empty and
unfinished. Vanished messages are dropped. Standard library only; it never imports nals_desktop.

Counted messages carry their count as the last argument, ``self.tr("{n} pillars", "", n)`` or
``QCoreApplication.translate("Ctx", "{n} pillars", "", n)``: they are numerus messages, with one translation
per plural form of the language (``NUMERUS_FORMS``). lupdate sees the count of ``self.tr`` only; this
script marks the others. English, the source language, needs its own catalogue of these alone
(``--plural-only``), since the source text has only one form.

    python qt_catalogue.py --fresh FRESH.ts --ts resources/translations/nals_desktop_fr.ts \
        --language fr_CA nals_desktop/ui/*.py …
"""

from __future__ import annotations

import argparse
import ast
import os
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

TRANSLATE_OWNERS = {"QCoreApplication", "QApplication", "QGuiApplication"}
#: How many plural forms Qt gives each language (its numerus rules: en and es n == 1, fr n <= 1 singular).
NUMERUS_FORMS = {"en": 2, "fr": 2, "es": 2}


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    extracomment: str = ""
    locations: list[tuple[str, int]] = field(default_factory=list)
    translation: str = ""
    finished: bool = False
    translatorcomment: str = ""
    numerus: bool = False
    forms: list[str] = field(default_factory=list)  # a numerus message's translations, one per plural form

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


@dataclass(frozen=True)
class Site:
    """A call lupdate gets wrong: its file (as given), line, run-time context, text and disambiguation."""

    file: str
    line: int
    context: str
    source: str
    comment: str
    numerus: bool = False


class SourceError(Exception):
    pass


# --- reading the sources ----------------------------------------------------------------------------------


def _module_name(path: Path) -> str:
    parts = list(path.with_suffix("").parts)
    if "nals_desktop" in parts:
        parts = parts[parts.index("nals_desktop") :]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _string(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _is_translate(node: ast.expr) -> bool:
    """``QCoreApplication.translate`` (or QApplication's, QGuiApplication's)."""
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "translate"
        and isinstance(node.value, ast.Name)
        and node.value.id in TRANSLATE_OWNERS
    )


def _tr_helper_context(func: ast.FunctionDef) -> str | None:
    """ "Ctx" for ``def tr(text): return QCoreApplication.translate("Ctx", text)``."""
    if len(func.args.args) != 1 or len(func.body) != 1 or not isinstance(func.body[0], ast.Return):
        return None
    call = func.body[0].value
    if not (isinstance(call, ast.Call) and _is_translate(call.func) and len(call.args) == 2):
        return None
    param = func.args.args[0].arg
    if isinstance(call.args[1], ast.Name) and call.args[1].id == param:
        return _string(call.args[0])
    return None


def find_sites(paths: list[Path]) -> tuple[list[Site], list[str]]:
    """The call sites lupdate gets wrong, and the calls no tool can read (text not a literal)."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in paths}
    helpers: dict[tuple[str, str], str] = {}  # (module, function) -> context
    for path, tree in trees.items():
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and (ctx := _tr_helper_context(node)) is not None:
                helpers[(_module_name(path), node.name)] = ctx
    sites: list[Site] = []
    dynamic: list[str] = []
    for path, tree in trees.items():
        sites.extend(_module_sites(path, tree, helpers, dynamic))
    return sites, dynamic


def _module_sites(
    path: Path, tree: ast.Module, helpers: dict[tuple[str, str], str], dynamic: list[str]
) -> list[Site]:
    module = _module_name(path)
    local_helpers = {name: ctx for (mod, name), ctx in helpers.items() if mod == module}
    aliases: set[str] = set()  # names bound to QCoreApplication.translate
    bound_by: dict[str, str] = {}  # module function -> the class that binds it as staticmethod(function)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            for name in node.names:
                if (node.module, name.name) in helpers:
                    local_helpers[name.asname or name.name] = helpers[(node.module, name.name)]
        elif isinstance(node, ast.Assign) and _is_translate(node.value):
            aliases.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.ClassDef):
            for item in ast.walk(node):
                if (
                    isinstance(item, ast.Call)
                    and isinstance(item.func, ast.Name)
                    and item.func.id == "staticmethod"
                    and item.args
                    and isinstance(item.args[0], ast.Name)
                ):
                    bound_by[item.args[0].id] = node.name
    functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    where = f"{path}"
    sites: list[Site] = []

    def literal(call: ast.Call, text_at: int, what: str) -> tuple[int, str, str, bool] | None:
        """The text's line (lupdate's location), text, disambiguation and whether a count follows."""
        text = _string(call.args[text_at]) if len(call.args) > text_at else None
        if text is None:
            dynamic.append(f"{where}:{call.lineno}: {what} of a value that is not a string literal")
            return None
        comment = _string(call.args[text_at + 1]) if len(call.args) > text_at + 1 else ""
        return call.args[text_at].lineno, text, comment or "", len(call.args) > text_at + 2

    def self_tr_aliases(function: ast.FunctionDef, owner: str) -> dict[str, str]:
        """``t = self.tr`` in a method of ``owner``: ``t("…")`` is looked up in ``owner``'s context."""
        found = {}
        for node in ast.walk(function):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Attribute)
                and node.value.attr == "tr"
                and isinstance(node.value.value, ast.Name)
                and node.value.value.id == "self"
            ):
                found.update({t.id: owner for t in node.targets if isinstance(t, ast.Name)})
        return found

    def visit(
        node: ast.AST, cls: str | None, function: ast.FunctionDef | None, local: dict[str, str]
    ) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name, None, {})
            elif isinstance(child, ast.FunctionDef) and function is None:
                visit(child, cls, child, self_tr_aliases(child, cls) if cls else {})
            else:
                visit(child, cls, function, local)
        if not isinstance(node, ast.Call) or (function is not None and _tr_helper_context(function)):
            return
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name):
            text = literal(node, 0, f"{func.value.id}.tr()")
            if text is None:
                return
            if func.value.id == "self":
                # PySide6 looks the text up in the classes of self's type; the enclosing class is one.
                # lupdate gets these right, except inside f-strings, where it does not look.
                if cls is not None:
                    sites.append(Site(where, text[0], cls, *text[1:]))
                return
            top_level = cls is None and function is not None and functions.get(function.name) is function
            owner = bound_by.get(function.name) if top_level and function is not None else None
            if owner is None:
                raise SourceError(
                    f"{where}:{node.lineno}: {func.value.id}.tr(): no class binds this function as a "
                    "staticmethod, so its context is unknown; use QCoreApplication.translate('Context', …)"
                )
            sites.append(Site(where, text[0], owner, *text[1:]))
        elif _is_translate(func) or (isinstance(func, ast.Name) and func.id in aliases):
            name = "QCoreApplication.translate()" if _is_translate(func) else f"{func.id}()"
            context = _string(node.args[0]) if node.args else None
            if context is None:
                dynamic.append(f"{where}:{node.lineno}: {name} with a context that is not a literal")
                return
            text = literal(node, 1, name)
            if text is not None:
                sites.append(Site(where, text[0], context, *text[1:]))
        elif isinstance(func, ast.Name) and func.id in local:
            text = literal(node, 0, f"{func.id}()")
            if text is not None:
                sites.append(Site(where, text[0], local[func.id], *text[1:]))
        elif isinstance(func, ast.Name) and func.id in local_helpers:
            text = literal(node, 0, f"{func.id}()")
            if text is not None:
                sites.append(Site(where, text[0], local_helpers[func.id], *text[1:]))

    visit(tree, None, None, {})
    return sites


# --- reading and writing .ts ------------------------------------------------------------------------------


def read_ts(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            translation = m.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            numerus = m.get("numerus") == "yes"
            forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            messages.append(
                Message(
                    context=name,
                    source=m.findtext("source") or "",
                    comment=m.findtext("comment") or "",
                    extracomment=m.findtext("extracomment") or "",
                    translatorcomment=m.findtext("translatorcomment") or "",
                    locations=[
                        (loc.get("filename", ""), int(loc.get("line", "0"))) for loc in m.iter("location")
                    ],
                    translation=(translation.text or "") if translation is not None and not numerus else "",
                    finished=kind == "",
                    numerus=numerus,
                    forms=forms if numerus else [],
                )
            )
            if kind in ("vanished", "obsolete"):
                messages.pop()
    return messages


def _esc(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


def numerus_forms(language: str) -> int:
    """How many translations a numerus message has in ``language`` (e.g. fr_CA)."""
    code = language.replace("-", "_").split("_")[0]
    if code not in NUMERUS_FORMS:
        raise SourceError(f"no plural rule for {language}: add it to NUMERUS_FORMS as Qt counts its forms")
    return NUMERUS_FORMS[code]


def write_ts(path: Path, messages: list[Message], language: str) -> None:
    """Write ``messages`` as lupdate does: contexts sorted by name, messages in source order."""
    plurals = numerus_forms(language)
    contexts: dict[str, list[Message]] = {}
    for m in messages:
        contexts.setdefault(m.context, []).append(m)
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="en">',
    ]
    for name in sorted(contexts):
        out += ["<context>", f"    <name>{_esc(name)}</name>"]
        for m in sorted(contexts[name], key=lambda m: (m.locations[:1], m.source, m.comment)):
            out.append('    <message numerus="yes">' if m.numerus else "    <message>")
            out += [f'        <location filename="{_esc(f)}" line="{n}"/>' for f, n in m.locations]
            out.append(f"        <source>{_esc(m.source)}</source>")
            if m.comment:
                out.append(f"        <comment>{_esc(m.comment)}</comment>")
            if m.extracomment:
                out.append(f"        <extracomment>{_esc(m.extracomment)}</extracomment>")
            if m.translatorcomment:
                out.append(f"        <translatorcomment>{_esc(m.translatorcomment)}</translatorcomment>")
            if m.numerus:
                forms = (m.forms + [""] * plurals)[:plurals]
                kind = "" if m.finished and all(forms) else ' type="unfinished"'
                out.append(f"        <translation{kind}>")
                out += [f"            <numerusform>{_esc(form)}</numerusform>" for form in forms]
                out.append("        </translation>")
            else:
                kind = "" if m.finished and m.translation else ' type="unfinished"'
                out.append(f"        <translation{kind}>{_esc(m.translation)}</translation>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


# --- merging ----------------------------------------------------------------------------------------------


def merge(
    fresh: list[Message],
    fresh_dir: Path,
    ts: Path,
    sites: list[Site],
    language: str,
    plural_only: bool = False,
) -> dict[str, int]:
    """Write ``ts``: the fresh messages, corrected by ``sites``, with the translations ``ts`` already has.

    ``plural_only``: only the numerus messages (the source language's catalogue).
    """
    old = read_ts(ts) if ts.exists() else []

    def relative(filename: str, base: Path) -> str:
        target = os.path.normpath(os.path.join(base, filename))
        return Path(os.path.relpath(target, ts.parent.resolve())).as_posix()

    by_site = {(os.path.normpath(os.path.abspath(s.file)), s.line, s.source): s for s in sites}
    placed = {  # where lupdate put each call, to count the ones it missed or misplaced
        (os.path.normpath(os.path.join(fresh_dir, f)), n, m.source, m.context)
        for m in fresh
        for f, n in m.locations
    }
    missed = sum(
        (os.path.normpath(os.path.abspath(s.file)), s.line, s.source, s.context) not in placed for s in sites
    )
    messages: dict[tuple[str, str, str], Message] = {}
    for m in fresh:
        kept = []
        for filename, line in m.locations:
            absolute = os.path.normpath(os.path.join(fresh_dir, filename))
            site = by_site.get((absolute, line, m.source))
            if site is None or site.context == m.context:
                kept.append((relative(filename, fresh_dir), line))
        if kept:
            m.locations = kept
            messages.setdefault(m.key, m)
    for s in sites:
        key = (s.context, s.source, s.comment)
        location = (relative(os.path.abspath(s.file), Path("/")), s.line)
        m = messages.setdefault(key, Message(s.context, s.source, s.comment))
        m.numerus = m.numerus or s.numerus  # lupdate sees the count of self.tr() only
        if location not in m.locations:
            m.locations.append(location)
    for m in messages.values():
        m.locations.sort()
    if plural_only:
        messages = {key: m for key, m in messages.items() if m.numerus}

    old_by_key = {m.key: m for m in old}
    elsewhere = {
        (m.source, m.comment, m.numerus): m for m in old if m.finished and (m.translation or any(m.forms))
    }
    counts = {"kept": 0, "suggested": 0, "new": 0}
    for key, m in messages.items():
        o = old_by_key.get(key)
        if o is not None and o.numerus == m.numerus:
            m.translation, m.forms = o.translation, o.forms
            m.finished, m.translatorcomment = o.finished, o.translatorcomment
            counts["kept"] += 1
        elif (m.source, m.comment, m.numerus) in elsewhere:
            o = elsewhere[(m.source, m.comment, m.numerus)]
            m.translation, m.forms, m.finished = o.translation, o.forms, False
            counts["suggested"] += 1
        else:
            counts["new"] += 1
    write_ts(ts, list(messages.values()), language)
    counts["dropped"] = len(set(old_by_key) - set(messages))
    counts["missed"] = missed
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fresh", type=Path, required=True, help="lupdate's extraction into a new .ts")
    parser.add_argument("--ts", type=Path, required=True, help="the committed catalogue to update")
    parser.add_argument("--language", required=True, help="e.g. fr_CA")
    parser.add_argument(
        "--plural-only", action="store_true", help="only the numerus messages (for the source language)"
    )
    parser.add_argument("sources", type=Path, nargs="+")
    args = parser.parse_args(argv)
    try:
        sites, dynamic = find_sites(args.sources)
        fresh = read_ts(args.fresh)
        counts = merge(fresh, args.fresh.parent.resolve(), args.ts, sites, args.language, args.plural_only)
    except (SourceError, SyntaxError, ET.ParseError) as exc:
        print(f"qt_catalogue: {exc}", file=sys.stderr)
        return 1
    for line in dynamic:
        print(f"qt_catalogue: not extractable: {line}", file=sys.stderr)
    print(
        f"{args.ts}: {counts['kept']} kept, {counts['suggested']} suggested from another context, "
        f"{counts['new']} new, {counts['dropped']} dropped "
        f"({counts['missed']} calls lupdate missed or misplaced)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
