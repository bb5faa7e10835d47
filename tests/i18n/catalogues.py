"""Read the committed catalogues with the standard library (Babel is a tool of packaging/i18n.sh, not a
test dependency): .pot/.po entries, .ts messages, and the placeholders a translation must keep."""

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
REFRESH = "run packaging/i18n.sh, translate what it leaves empty or fuzzy, and run it again"


@dataclass
class PoEntry:
    msgid: str
    msgstr: str
    flags: set[str] = field(default_factory=set)
    line: int = 0


_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}


def _unquote(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), "\\" + m.group(1)), text.strip()[1:-1])


def read_po(path: Path) -> list[PoEntry]:
    """The entries of a .po or .pot file (header and obsolete "#~" entries left out)."""
    entries: list[PoEntry] = []
    flags: set[str] = set()
    current: PoEntry | None = None
    target = ""
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if line.startswith("#,"):
            flags = {f.strip() for f in line[2:].split(",")}
        elif line.startswith("#"):
            continue
        elif line.startswith(("msgctxt", "msgid_plural", "msgstr[")):
            raise AssertionError(f"{path}:{number}: contexts and plurals are not used by NALS Desktop")
        elif line.startswith("msgid "):
            current = PoEntry(_unquote(line[6:]), "", flags, number)
            entries.append(current)
            flags, target = set(), "msgid"
        elif line.startswith("msgstr ") and current is not None:
            current.msgstr, target = _unquote(line[7:]), "msgstr"
        elif line.startswith('"') and current is not None:
            setattr(current, target, getattr(current, target) + _unquote(line))
        elif not line:
            current = None
    return [e for e in entries if e.msgid]


@dataclass
class TsMessage:
    context: str
    source: str
    comment: str
    translation: str
    kind: str  # "" when finished; "unfinished", "vanished" or "obsolete" otherwise


def read_ts(path: Path) -> list[TsMessage]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            assert m.get("numerus") != "yes", f"{path}: plural messages are not used by NALS Desktop"
            t = m.find("translation")
            messages.append(
                TsMessage(
                    name,
                    m.findtext("source") or "",
                    m.findtext("comment") or "",
                    (t.text or "") if t is not None else "",
                    t.get("type", "") if t is not None else "unfinished",
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


def gettext_calls() -> dict[str, list[str]]:
    """Every string literal given to ``_()`` or ``N_()`` (also ``i18n._``) in the package: text -> places."""
    found: dict[str, list[str]] = {}
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
            arg = node.args[0]
            if name in ("_", "N_") and isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.setdefault(arg.value, []).append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


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
