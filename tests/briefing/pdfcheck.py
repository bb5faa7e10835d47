"""Reading briefing-book PDFs back with pypdf: text, outline, marking positions, fonts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

_STANDARD_14 = re.compile(r"^/?(Helvetica|Times|Courier|Symbol|ZapfDingbats)")


def squash(text: str) -> str:
    """``text`` without any whitespace: line wrapping must not matter when looking for a string."""
    return re.sub(r"\s+", "", text)


@dataclass
class OutlineEntry:
    title: str
    page: int  # 1-based
    children: list[OutlineEntry]


def outline(reader: PdfReader) -> list[OutlineEntry]:
    def walk(items: list[Any]) -> list[OutlineEntry]:
        entries: list[OutlineEntry] = []
        for item in items:
            if isinstance(item, list):
                entries[-1].children = walk(item)
            else:
                entries.append(
                    OutlineEntry(str(item.title), (reader.get_destination_page_number(item) or 0) + 1, [])
                )
        return entries

    return walk(reader.outline)


def page_texts(reader: PdfReader) -> list[str]:
    return [page.extract_text() for page in reader.pages]


_PAGE_LABEL = re.compile(r"^Page \d+ of \d+$")
_RUNNING_HEAD = re.compile(r"^(Contents|Positions matrix|Tab \S+ · .*|Annex · .*)$")


def body_text(reader: PdfReader, furniture: set[str]) -> str:
    """The pages' text without the page furniture, which each page draws last.

    ``furniture`` names the fixed lines (marking, book title, footer); running heads are recognised.
    """
    out = []
    for text in page_texts(reader):
        lines = [line.strip() for line in text.splitlines()]
        end = max(i for i, line in enumerate(lines) if _PAGE_LABEL.match(line))  # the thumb tab follows it
        while end > 0 and (lines[end - 1] in furniture or _RUNNING_HEAD.match(lines[end - 1])):
            end -= 1
        out.append("\n".join(lines[:end]))
    return "\n".join(out)


def text_positions(reader: PdfReader, index: int) -> list[tuple[str, float]]:
    """(text, y) of every text run drawn directly on page ``index`` (0-based)."""
    runs: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, _size: Any) -> None:
        if text.strip():
            runs.append((text.strip(), tm[4] * cm[1] + tm[5] * cm[3] + cm[5]))

    reader.pages[index].extract_text(visitor_text=visit)
    return runs


def contents_numbers(text: str) -> dict[str, int]:
    """Contents lines as {ref, tab or section title: page}; cells come out one per line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    lines = lines[lines.index("Contents") + 1 :]
    found: dict[str, int] = {}
    group: list[str] = []
    for line in lines:
        if line.isdigit():
            if group:
                # [ref, text] for commitments, [tab, title] for pillars, [title] for other sections
                found[group[0] if len(group) == 2 else group[-1]] = int(line)
            group = []
        else:
            group.append(line)
    return found


def fonts(reader: PdfReader) -> list[DictionaryObject]:
    """Every font dictionary used by pages and by the form XObjects they draw."""
    seen: dict[int, DictionaryObject] = {}

    def resolve(obj: Any) -> Any:
        return obj.get_object() if isinstance(obj, IndirectObject) else obj

    def walk(resources: Any) -> None:
        resources = resolve(resources)
        if not resources:
            return
        for font in resolve(resources.get("/Font", {})).values():
            font = resolve(font)
            seen[id(font)] = font
        for xobject in resolve(resources.get("/XObject", {})).values():
            xobject = resolve(xobject)
            if xobject.get("/Subtype") == "/Form":
                walk(xobject.get("/Resources"))

    for page in reader.pages:
        walk(page.get("/Resources"))
    return list(seen.values())


def font_problems(reader: PdfReader) -> list[str]:
    problems = []
    for font in fonts(reader):
        name = str(font.get("/BaseFont"))
        if _STANDARD_14.match(name.split("+")[-1]):
            problems.append(f"standard-14 font {name}")
        descendants = font.get("/DescendantFonts")
        target = descendants[0].get_object() if descendants else font
        descriptor = target.get("/FontDescriptor")
        if descriptor is None or "/FontFile2" not in descriptor.get_object():
            problems.append(f"font {name} is not embedded as TrueType (/FontFile2)")
    return problems


def read(path: Path) -> PdfReader:
    return PdfReader(str(path))
