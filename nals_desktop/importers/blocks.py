"""The reader-neutral block stream (headings, paragraphs, list items) that structure detection consumes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "item"]

#: Heading level given to headings that are not marked up as such (a bold-only line): below every real one.
IMPLIED_HEADING_LEVEL = 7

# Invisible characters that survive copy-and-paste from web pages; they carry no text.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def clean_text(text: str) -> str:
    """Collapse every run of whitespace (no-break spaces included) to one space and strip the ends."""
    return " ".join(_INVISIBLE.sub("", text).split())


@dataclass(frozen=True, slots=True)
class Block:
    kind: BlockKind
    text: str
    depth: int = 0  # items: 0 for a top-level item, 1 for its children…
    level: int = 0  # headings: 1-6, or IMPLIED_HEADING_LEVEL
    span: tuple[int, int] | None = None  # 1-based inclusive source lines, where the reader knows them
    strong: bool = False  # a paragraph whose whole text is bold: a heading candidate
    lines: int = 1  # source lines the text came from (plain-text heading detection needs one-liners)


@dataclass
class InlineBuffer:
    """Inline text with its boldness, split into lines at the breaks that are outside bold runs."""

    _lines: list[list[tuple[str, bool]]] = field(default_factory=lambda: [[]])

    def add(self, text: str, strong: bool) -> None:
        if text:
            self._lines[-1].append((text, strong))

    def newline(self) -> None:
        self._lines.append([])

    def text(self) -> str:
        return clean_text(" ".join("".join(t for t, _ in line) for line in self._lines))

    def paragraph_blocks(self, span: tuple[int, int] | None = None) -> list[Block]:
        """One paragraph, or two when a bold first line is run into the text below it (a heading + intro)."""
        lines = [line for line in self._lines if clean_text("".join(t for t, _ in line))]
        if not lines:
            return []
        first, rest = lines[0], lines[1:]
        if rest and _wholly_strong(first):
            head = clean_text("".join(t for t, _ in first))
            body = [piece for line in rest for piece in [*line, (" ", False)]]
            return [
                Block("paragraph", head, span=span, strong=True),
                Block(
                    "paragraph",
                    clean_text("".join(t for t, _ in body)),
                    span=span,
                    strong=_wholly_strong(body),
                    lines=len(rest),
                ),
            ]
        pieces = [piece for line in lines for piece in [*line, (" ", False)]]
        return [
            Block(
                "paragraph",
                clean_text("".join(t for t, _ in pieces)),
                span=span,
                strong=_wholly_strong(pieces),
                lines=len(lines),
            )
        ]


def _wholly_strong(pieces: list[tuple[str, bool]]) -> bool:
    visible = [strong for text, strong in pieces if clean_text(text)]
    return bool(visible) and all(visible)
