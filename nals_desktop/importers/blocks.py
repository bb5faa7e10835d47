"""The reader-neutral block stream (headings, paragraphs, list items) that structure detection consumes."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "item"]

#: Heading level given to headings that are not marked up as such (a bold-only line): below every real one.
IMPLIED_HEADING_LEVEL = 7

# Invisible characters that survive copy-and-paste from web pages; they carry no text.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")

# Navigation and page furniture left in text copied or converted from web pages, in the three languages
# the summits are published in.
_RESIDUE = re.compile(
    r"(main container|main content|"
    r"skip to (main )?content|passer au contenu( principal)?|ir al contenido( principal)?|"
    r"share( this page)?|partager( cette page)?|compartir|print( this page)?|imprimer|imprimir|"
    r"back to top|top of page|haut de (la )?page|you are here:?|vous [êe]tes ici\s?:?|breadcrumbs?|"
    r"menu|men[uú]|search|recherche|b[uú]squeda|table of contents|on this page|sur cette page|"
    r"(date modified|date de modification|fecha de (publicaci[oó]n|modificaci[oó]n))\s?:?.*|"
    r"-\s*30\s*-|-*\s*o+0o+\s*-*)\s?:?",  # "Share:" as well as "Share"
    re.IGNORECASE,
)
# End markers ("###", "\###", "* * *", "---") and other lines made of symbols only.
_MARKER_ONLY = re.compile(r"[\W_]+")


# What a residue's text starts with (or whitespace, or a symbol).
_RESIDUE_STARTS = frozenset("bcdfhimoprstvyBCDFHIMOPRSTVY")


def is_residue(text: str) -> bool:
    first = text[:1]
    if first.isascii() and first.isalnum() and first not in _RESIDUE_STARTS:
        return False  # most texts, told without the patterns
    return bool(_RESIDUE.fullmatch(text) or _MARKER_ONLY.fullmatch(text))


def clean_text(text: str) -> str:
    """Collapse every run of whitespace (no-break spaces included) to one space and strip the ends."""
    if not text.isascii():  # isascii() is a flag of the string, not a scan: most text is ASCII
        text = _INVISIBLE.sub("", text)
    return " ".join(text.split())


# Not frozen: a frozen dataclass sets each field through object.__setattr__, which made a block cost three
# times as much to build (a 20 MB page makes half a million). Nothing changes a block once made: detection
# makes new ones with dataclasses.replace.
@dataclass(slots=True)
class Block:
    kind: BlockKind
    text: str
    depth: int = 0  # items: 0 for a top-level item, 1 for its children…
    level: int = 0  # headings: 1-6, or IMPLIED_HEADING_LEVEL
    span: tuple[int, int] | None = None  # 1-based inclusive source lines, where the reader knows them
    strong: bool = False  # a paragraph whose whole text is bold: a heading candidate
    lines: int = 1  # source lines the text came from (plain-text heading detection needs one-liners)
    link_only: bool = False  # nothing but a link: navigation, share buttons, related pages, a site's logo
    bold_start: bool = False  # a paragraph partly bold from its start ("**A Space Partnership**. The…")
    # A bold lead: split from the paragraph it was run into ("**Carbon Capture:** Exxon…", then a strong
    # paragraph), or ending in a full stop and kept in it ("**Carbon Capture.** Exxon…").
    lead: bool = False


# ---------------------------------------------------------------------------------------------- list markers

# Bullets seen in text copied from web pages, word processors and PDFs: round, hollow, square, arrows, checks,
# and the private-use glyphs of Word's Symbol and Wingdings bullets as PDF text extraction leaves them.
_ROUND = "\u2022\u25cf\u2219\u00b7\u2023\u2043\u27a2\u25ba\u25b6\u25c6\u2756\u2713\u2714\uf0b7\uf0d8\uf076"
_HOLLOW = "\u25cb\u25e6"
_SQUARE = "\u25aa\u25ab\u25a0\u25a1\uf0a7\u00a7"
TEXT_BULLETS = _ROUND + _HOLLOW + _SQUARE
_DASHES = "\u2013\u2014"
# 1. 1) 1.- (1) a) (a) iv. (iv)
_NUMBERING = r"\d{1,3}(?:\.-|[.)])|\(\d{1,3}\)|[a-z][.)]|\([a-z]\)|[ivx]{2,5}[.)]|\([ivx]{2,5}\)"
#: A list marker at the start of a line of text, and the whitespace after it.
MARKER = re.compile(rf"(?P<marker>[{TEXT_BULLETS}*+o\-{_DASHES}]|{_NUMBERING})[^\S\n]+")
# Ranks within a family: a sub-list written with the next symbol (• then o then ▪; 1. then a) then ii.).
_BULLET_RANKS = {**dict.fromkeys(_ROUND + "*+-", 0), **dict.fromkeys(_HOLLOW + "o" + _DASHES, 1)}
_BULLET_RANKS.update(dict.fromkeys(_SQUARE, 2))


def marker_kind(marker: str) -> tuple[str, int]:
    """(family, rank) of a list marker: ("bullet", 0) for •, ("bullet", 1) for o, ("number", 1) for a)."""
    if marker in _BULLET_RANKS:
        return "bullet", _BULLET_RANKS[marker]
    bare = marker.strip("().-")
    if bare.isdigit():
        return "number", 0
    return "number", 1 if len(bare) == 1 else 2


@dataclass(slots=True)
class _Level:
    indent: int
    family: str
    rank: int


@dataclass
class ListLevels:
    """The open levels of a plain-text list: nested by indentation, or where the indentation was lost (PDF
    copies, Word's plain text), by the marker: "o" under "•", "a)" under "1."."""

    _open: list[_Level] = field(default_factory=list)

    def depth(self, indent: int, marker: str = "") -> int:
        family, rank = marker_kind(marker) if marker else ("", 0)
        levels = self._open
        while levels and levels[-1].indent > indent:
            levels.pop()
        top = levels[-1] if levels else None
        if top is not None and top.indent == indent and top.family == family and top.rank == rank:
            return len(levels) - 1  # the next item of the same list: the common case, kept cheap
        if top is None or top.indent < indent or (top.family == family and rank > top.rank):
            levels.append(_Level(indent, family, rank))
            return len(levels) - 1
        # Back up to the enclosing level of the same indentation that this marker belongs to.
        while (
            len(levels) > 1
            and levels[-2].indent == indent
            and levels[-1].family == family
            and levels[-1].rank > rank
        ):
            levels.pop()
        levels[-1] = _Level(indent, family, rank)
        return len(levels) - 1

    def clear(self) -> None:
        self._open.clear()


# ---------------------------------------------------------------------------------------------- inline text

_Piece = tuple[str, bool, bool]  # text, bold, inside a link
_SPACE: _Piece = (" ", False, False)
# "FACT SHEET", and the French and Spanish names for one.
FACT_SHEET = re.compile(
    r"(FACT SHEET|Fact Sheet|Fact sheet|FICHE D['\u2019]INFORMATION|Fiche d['\u2019]information|"
    r"HOJA INFORMATIVA|Hoja informativa)\b"
)
# A bold lead run into its paragraph ("SECURING THE BORDER: Today, …"): a heading with its intro.
_MAX_LEAD_WORDS = 12
_LEAD_ENDS = ".\u2013\u2014"  # what ends a bold lead kept in its paragraph: a full stop, an en or em dash


class InlineBuffer:
    """Inline text with its boldness, split into lines at the breaks that are outside bold runs. (A plain
    class with slots: a page makes one per paragraph, heading and item.)"""

    __slots__ = ("_line", "_lines", "_linked", "tidy")

    def __init__(
        self, lines: list[list[_Piece]] | None = None, tidy: Callable[[str], str] | None = None
    ) -> None:
        self._lines: list[list[_Piece]] = lines if lines is not None else [[]]
        self._line = self._lines[-1]  # the line text is added to
        self.tidy = tidy  # a reader's own clean-up of the joined text (pandoc's attributes)
        self._linked = lines is not None and any(link for line in lines for _t, _s, link in line)

    def _clean(self, text: str) -> str:
        return clean_text(self.tidy(text) if self.tidy else text)

    def add(self, text: str, strong: bool, link: bool = False) -> None:
        if text:
            self._line.append((text, strong, link))
            if link:
                self._linked = True

    def newline(self) -> None:
        self._line = []
        self._lines.append(self._line)

    def empty(self) -> bool:
        """Nothing added yet: what lies between a page's blocks, most often."""
        return len(self._lines) == 1 and not self._lines[0]

    def blank(self) -> bool:
        """No text but whitespace: what lies between a page's blocks, told apart cheaply."""
        return all(text.isspace() for line in self._lines for text, _strong, _link in line)

    def text(self) -> str:
        lines = self._lines
        text = _join(lines[0]) if len(lines) == 1 else " ".join([_join(line) for line in lines])
        return clean_text(self.tidy(text) if self.tidy else text)  # _clean(), inline: one per block

    def pieces(self) -> list[_Piece]:
        return [piece for line in self._lines for piece in [*line, _SPACE]]

    def head(self, count: int) -> InlineBuffer:
        """A buffer of the first `count` lines that hold text (an intro above lines written as a list)."""
        lines = [line for line in self._lines if self._clean(_join(line))][:count]
        return InlineBuffer(lines or [[]], self.tidy)

    def lines(self) -> list[str]:
        return [text for text in (self._clean(_join(line)) for line in self._lines) if text]

    def link_only(self) -> bool:
        """Nothing but links, or links and a residue label ("Share: Facebook Twitter"): navigation."""
        if not self._linked:  # (no piece is a link)
            return False  # the common case, kept cheap
        pieces = [piece for line in self._lines for piece in line]
        other = self._clean(" ".join([t for t, _s, link in pieces if not link]))
        # (Text with a letter or digit is never made of symbols only: is_residue's other half.)
        if any(c.isalnum() for c in other) and not _RESIDUE.fullmatch(other):
            return False  # text besides the links: an item with a link in it, told without joining them
        return bool(self._clean("".join(t for t, _s, link in pieces if link)))

    def paragraph_blocks(self, span: tuple[int, int] | None = None) -> list[Block]:
        """One paragraph, or two when a bold first line or bold lead is run into the text after it (a heading
        and its intro). An empty line inside (a page's "<br>&nbsp;<br>") separates paragraphs, as it shows."""
        if len(self._lines) == 1:  # one line: most paragraphs, told cheaply
            line = self._lines[0]
            text = self._clean(_join(line))
            if not text:
                return []
            if not next((bold for piece, bold, _link in line if clean_text(piece)), False):
                return [Block("paragraph", text, span=span, lines=1)]  # no bold lead, not bold at all
        texts = [bool(self._clean(_join(line))) for line in self._lines]
        lines = [line for line, text in zip(self._lines, texts, strict=True) if text]
        if not lines:
            return []
        gap = next((i for i in range(1, len(texts) - 1) if not texts[i] and texts[i - 1]), 0)
        if gap and any(texts[gap:]):
            before = InlineBuffer(self._lines[:gap], self.tidy).paragraph_blocks(span)
            return before + InlineBuffer(self._lines[gap + 1 :], self.tidy).paragraph_blocks(span)
        first, rest = lines[0], lines[1:]
        if rest and _wholly_strong(first):
            body = [piece for line in rest for piece in [*line, _SPACE]]
            head = self._clean(_join(first))
            # "**Carbon Capture:**" on a line of its own, its text on the next: a bold lead as well.
            label = head.endswith(":") and len(head.split()) <= _MAX_LEAD_WORDS and not _wholly_strong(body)
            return [
                Block("paragraph", head, span=span, strong=True, lead=label),
                Block(
                    "paragraph",
                    self._clean(_join(body)),
                    span=span,
                    strong=_wholly_strong(body),
                    lines=len(rest),
                ),
            ]
        pieces = [piece for line in lines for piece in [*line, _SPACE]]
        opening = next((bold for piece, bold, _link in pieces if clean_text(piece)), False)
        if not opening:  # most paragraphs: no bold lead, not wholly bold, not bold from the start
            return [Block("paragraph", self._clean(_join(pieces)), span=span, lines=len(lines))]
        lead = _bold_lead(pieces, self._clean)
        if lead is not None:
            head, body_text = lead
            return [
                Block("paragraph", head, span=span, strong=True, lead=True),
                Block("paragraph", body_text, span=span, lines=len(lines)),
            ]
        text = self._clean(_join(pieces))
        strong = _wholly_strong(pieces)
        start = not strong  # bold from its start (``opening``)
        return [
            Block(
                "paragraph",
                text,
                span=span,
                strong=strong,
                lines=len(lines),
                bold_start=start,
                lead=start and _sentence_lead(pieces, self._clean),
            )
        ]


def _join(pieces: list[_Piece]) -> str:
    return "".join([text for text, _strong, _link in pieces])


def _wholly_strong(pieces: list[_Piece]) -> bool:
    visible = [strong for text, strong, _link in pieces if clean_text(text)]
    return bool(visible) and all(visible)


def _sentence_lead(pieces: list[_Piece], clean: Callable[[str], str]) -> bool:
    """ "**Carbon Capture.** ExxonMobil…", "**A Space Partnership**. The…", "**Carbon Capture** – Exxon…": a
    short bold lead ended by a full stop or a dash, run into its text (not "**Microsoft** and its partners…",
    nor a long bold sentence)."""
    count = 0
    while count < len(pieces) and (pieces[count][1] or not clean_text(pieces[count][0])):
        count += 1
    lead, body = clean(_join(pieces[:count])), clean(_join(pieces[count:])).lstrip("* ")
    if body[:1] and body[0] in _LEAD_ENDS:  # ("" is in every string)
        lead, body = lead + body[0], body[1:].lstrip("* ")
    return bool(body) and lead[-1:] in _LEAD_ENDS and 1 <= len(lead.split()) <= _MAX_LEAD_WORDS


def _bold_lead(pieces: list[_Piece], clean: Callable[[str], str]) -> tuple[str, str] | None:
    """ "**CLIMATE:** The leaders will…" → ("CLIMATE", "The leaders will…"); None without such a lead."""
    count = 0
    while count < len(pieces) and (pieces[count][1] or not clean_text(pieces[count][0])):
        count += 1
    lead, body = clean(_join(pieces[:count])), clean(_join(pieces[count:]))
    if body.startswith(":"):  # "**CLIMATE**: The leaders…"
        lead, body = lead + ":", body[1:].lstrip()
    if not lead or not body or not lead.endswith(":") or len(lead.split()) > _MAX_LEAD_WORDS:
        return None
    head = lead.rstrip(": ")
    if FACT_SHEET.fullmatch(head) and body[-1:] not in ".:;!?":
        return None  # "**FACT SHEET:** Canada and Mexico Deepen Cooperation" is one title, no lead
    return (head, body) if head else None
