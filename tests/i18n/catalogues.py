"""Read the committed catalogues with the standard library (Babel is a tool of packaging/i18n.sh, not a
test dependency): .pot/.po entries, .ts messages, and the placeholders a translation must keep.

Counted messages have plural forms: ``ngettext(singular, plural, n)`` gives a .po entry with ``msgid_plural``
and one ``msgstr[i]`` per form of the language's Plural-Forms; ``self.tr(text, "", n)`` a numerus .ts message
with one ``numerusform`` per form Qt knows for the language. English, French and Spanish have two forms, and
n = 1 picks the first, n = 2 the second, in both mechanisms (French also says « 0 version », singular)."""

from __future__ import annotations

import ast
import importlib.util
import re
import string
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "nals_desktop"
LOCALE = ROOT / "resources" / "locale"
QT_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "es")
#: gettext's plural rule of each catalogue (packaging/i18n.sh writes it): French counts 0 and 1 as singular.
PLURAL_FORMS = {"fr": "nplurals=2; plural=(n > 1);", "es": "nplurals=2; plural=(n != 1);"}
#: A count that picks each plural form (index), in English, French and Spanish alike.
FORM_SAMPLES = (1, 2)
REFRESH = "run packaging/i18n.sh, translate what it leaves empty or fuzzy, and run it again"


@dataclass
class PoEntry:
    msgid: str
    msgstr: str  # msgstr[0] for a plural entry
    flags: set[str] = field(default_factory=set)
    line: int = 0
    msgid_plural: str = ""  # set for a counted message (ngettext)
    plurals: list[str] = field(default_factory=list)  # msgstr[0], msgstr[1]… of a counted message

    @property
    def sources(self) -> list[str]:
        return [self.msgid, self.msgid_plural] if self.msgid_plural else [self.msgid]

    @property
    def translations(self) -> list[str]:
        return self.plurals if self.msgid_plural else [self.msgstr]


_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}


def _unquote(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), "\\" + m.group(1)), text.strip()[1:-1])


def _read_po(path: Path) -> list[PoEntry]:
    """Every entry of a .po or .pot file, the header (msgid "") included; obsolete "#~" ones left out."""
    entries: list[PoEntry] = []
    flags: set[str] = set()
    current: PoEntry | None = None
    target: str | int = ""  # the field continuation lines add to: a name, or the index of a plural form
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if line.startswith("#,"):
            flags = {f.strip() for f in line[2:].split(",")}
        elif line.startswith("#"):
            continue
        elif line.startswith("msgctxt"):
            raise AssertionError(f"{path}:{number}: contexts are not used by NALS Desktop")
        elif line.startswith("msgid "):
            current = PoEntry(_unquote(line[6:]), "", flags, number)
            entries.append(current)
            flags, target = set(), "msgid"
        elif line.startswith("msgid_plural ") and current is not None:
            current.msgid_plural, target = _unquote(line[13:]), "msgid_plural"
        elif (form := re.match(r"msgstr\[(\d+)\] ", line)) and current is not None:
            index = int(form.group(1))
            assert index == len(current.plurals), f"{path}:{number}: msgstr[{index}] out of order"
            current.plurals.append(_unquote(line[form.end() :]))
            current.msgstr, target = current.plurals[0], index
        elif line.startswith("msgstr ") and current is not None:
            current.msgstr, target = _unquote(line[7:]), "msgstr"
        elif line.startswith('"') and current is not None:
            if isinstance(target, int):
                current.plurals[target] += _unquote(line)
                current.msgstr = current.plurals[0]
            else:
                setattr(current, target, getattr(current, target) + _unquote(line))
        elif not line:
            current = None
    return entries


def read_po(path: Path) -> list[PoEntry]:
    """The entries of a .po or .pot file (header and obsolete "#~" entries left out)."""
    return [e for e in _read_po(path) if e.msgid]


def po_header(path: Path) -> dict[str, str]:
    """The header fields of a .po or .pot file ("Plural-Forms", "Language"…)."""
    header = next((e.msgstr for e in _read_po(path) if not e.msgid), "")
    return dict(
        (name.strip(), value.strip()) for name, _sep, value in (f.partition(":") for f in header.splitlines())
    )


@dataclass
class TsMessage:
    context: str
    source: str
    comment: str
    translation: str  # "" for a numerus message: see forms
    kind: str  # "" when finished; "unfinished", "vanished" or "obsolete" otherwise
    forms: list[str] = field(default_factory=list)  # a numerus message's translations, one per plural form
    numerus: bool = False

    @property
    def translations(self) -> list[str]:
        return self.forms if self.numerus else [self.translation]


def read_ts(path: Path) -> list[TsMessage]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            t = m.find("translation")
            numerus = m.get("numerus") == "yes"
            messages.append(
                TsMessage(
                    name,
                    m.findtext("source") or "",
                    m.findtext("comment") or "",
                    (t.text or "") if t is not None and not numerus else "",
                    t.get("type", "") if t is not None else "unfinished",
                    [f.text or "" for f in t.iter("numerusform")] if t is not None and numerus else [],
                    numerus,
                )
            )
    return messages


def placeholders(text: str) -> list[str]:
    """The replacement fields of a str.format() text, with conversion and format spec, sorted."""
    fields = []
    for _literal, name, spec, conversion in string.Formatter().parse(text):
        if name is not None:
            fields.append(
                "{" + name + ("!" + conversion if conversion else "") + (":" + spec if spec else "") + "}"
            )
    return sorted(fields)


def mnemonics(text: str) -> int:
    """How many keyboard mnemonics ("&x", not "&&") a Qt label has."""
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def gettext_calls() -> dict[tuple[str, str], list[str]]:
    """Every message the package marks, as (msgid, msgid_plural) -> places: the string literal given to
    ``_()`` or ``N_()`` (also ``i18n._``), with "" as its plural, and the two given to ``ngettext()``."""
    found: dict[tuple[str, str], list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = (
                func.id
                if isinstance(func, ast.Name)
                else func.attr
                if isinstance(func, ast.Attribute)
                else ""
            )
            place = f"{path.relative_to(ROOT)}:{node.lineno}"
            texts = [_string(arg) for arg in node.args]
            if name in ("_", "N_") and texts[0] is not None:
                found.setdefault((texts[0], ""), []).append(place)
            elif name == "ngettext" and any(texts[:2]):  # not the helper's own call of the catalogue's
                singular, plural = texts[:2]
                assert len(texts) == 3 and singular and plural, f"{place}: ngettext(singular, plural, n)"
                found.setdefault((singular, plural), []).append(place)
    return found


def _string(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def qt_catalogue_tool() -> ModuleType:
    """packaging/i18n/qt_catalogue.py, which finds every Qt translation call and its run-time context."""
    path = ROOT / "packaging" / "i18n" / "qt_catalogue.py"
    spec = importlib.util.spec_from_file_location("nals_qt_catalogue", path)
    assert spec is not None and spec.loader is not None
    module = sys.modules.get(spec.name) or importlib.util.module_from_spec(spec)
    if spec.name not in sys.modules:
        sys.modules[spec.name] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
    return module
