"""Readers turning plain text, Markdown (markdown-it-py tokens) and HTML (BeautifulSoup, lxml) into blocks."""

from __future__ import annotations

import bisect
import itertools
import re
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning
from bs4.element import NavigableString, PreformattedString, Tag
from markdown_it import MarkdownIt
from markdown_it.token import Token

from nals_desktop.importers.blocks import (
    MARKER,
    TEXT_BULLETS,
    Block,
    InlineBuffer,
    ListLevels,
    clean_text,
    is_residue,
)

# ---------------------------------------------------------------------------------------------- plain text

_TXT_ITEM = re.compile(rf"^(?P<indent>[^\S\n]*){MARKER.pattern}(?P<text>\S.*)$")
_LINE_ENDS = tuple(".;:!?\"'\u201d\u2019)\u00bb")
# Page numbers of a PDF copy: "3", "Page 3 of 5", "- 3 -", "Página 3 de 5", "3 / 5".
_PAGE_NUMBER = re.compile(
    r"(?:(?:page|p\.|p[aá]g\.|p[aá]gina)\s*)?\d{1,4}(?:\s*(?:of|de|sur|/)\s*\d{1,4})?|[-\u2013\u2014]\s*\d{1,4}\s*[-\u2013\u2014]",
    re.IGNORECASE,
)
_MAX_RUNNING_WORDS = 15
_MENU_LINES = 3
_MENU_WORDS = 5
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_HYPHENATED_END = re.compile(r"([^\W\d_]*)-$")
_LEADING_WORD = re.compile(r"[^\W\d_]+")


@dataclass(slots=True)
class _TxtChunk:
    kind: str  # "paragraph" | "item"
    start: int
    indent: int
    depth: int = 0
    lines: list[str] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)
    end: int = 0

    def add(self, line: str, number: int) -> None:
        self.lines.append(line)
        self.numbers.append(number)
        self.end = number


@dataclass
class _TxtLayout:
    """What the whole text tells about its lines: page furniture, the width it was wrapped at, its words."""

    text: str
    furniture: set[int]
    width: int | None  # the hard-wrap width of a PDF or e-mail copy; None for one line per paragraph
    _words: set[str] | None = None

    def words(self) -> set[str]:
        if self._words is None:
            self._words = set(_WORD.findall(self.text.lower()))
        return self._words

    def join(self, lines: list[str]) -> str:
        """The lines of a paragraph or item as one text, a word broken at a line end made whole: "con-" and
        "tinent" give "continent" where the text writes "continent" elsewhere; "cross-" "border" stay
        "cross-border"; a soft hyphen always joins."""
        if len(lines) == 1:
            return clean_text(lines[0])
        parts: list[str] = []
        soft = False
        for raw in lines:
            line = clean_text(raw)
            if not line:
                continue
            if parts:
                previous = parts[-1]
                if previous.endswith("-") and previous[-2:-1].isalnum() and line[0].isalnum():
                    if self._one_word(previous, line):
                        parts[-1] = previous[:-1]
                elif not soft:
                    parts.append(" ")
            parts.append(line)
            soft = raw.rstrip().endswith("\u00ad")
        return clean_text("".join(parts))

    def _one_word(self, previous: str, line: str) -> bool:
        broken, rest = _HYPHENATED_END.search(previous[-80:]), _LEADING_WORD.match(line)
        if broken is None or rest is None or not broken[1]:
            return False
        head, tail = broken[1].lower(), rest[0].lower()
        return head + tail in self.words() and f"{head}-{tail}" not in self.words()

    def wrapped(self, previous: str, line: str) -> bool:
        """In hard-wrapped text, a line that left no room for the next word was broken there, not ended."""
        if self.width is None:
            return False
        return len(previous.rstrip()) + 1 + len(line.split()[0]) >= 0.9 * self.width


def read_txt(text: str) -> list[Block]:
    """Paragraphs are separated by blank lines; bullets and numbers start items, nested by indentation."""
    lines = text.split("\n")
    breaks = {number for number, line in enumerate(lines) if "\f" in line}
    lines = [line.replace("\f", "") for line in lines]
    furniture = _page_furniture(lines, breaks)
    layout = _TxtLayout(text, furniture, _wrap_width(lines, furniture))
    chunks: list[_TxtChunk] = []
    chunk: _TxtChunk | None = None
    after_blank = False
    page_gap = False
    previous = ""
    levels = ListLevels()  # the open list levels

    for index, line in enumerate(lines):
        number = index + 1
        if index in furniture:
            # A page break, where a PDF copy shows one: a form feed, or page numbers in hard-wrapped text.
            page_gap = page_gap or layout.width is not None or index in breaks or index + 1 in breaks
            continue
        if not line.strip():
            if chunk is not None and chunk.kind == "paragraph":
                chunk = None
            after_blank = True
            continue
        if page_gap and after_blank and not previous.rstrip().endswith(_LINE_ENDS):
            after_blank = False  # a page break in the middle of a sentence: the text runs on
        page_gap = False
        indent = _indent_width(line)
        match = _TXT_ITEM.match(line)
        if match and match["marker"] == "o" and not indent and (chunk is None or chunk.kind != "item"):
            match = None  # "o" starts a sub-item, not a list ("o de cooperación" in wrapped Spanish)
        if match and is_residue(clean_text(line)):
            match = None  # "- 30 -", the end of a news release
        if match:
            chunk = _TxtChunk("item", number, indent, depth=levels.depth(indent, match["marker"]))
            chunks.append(chunk)
            chunk.add(match["text"], number)
        elif (
            chunk is not None
            and chunk.kind == "item"
            and _continues_item(chunk, indent, after_blank, line, layout)
        ):
            chunk.add(line, number)
        elif chunk is not None and chunk.kind == "paragraph" and not after_blank:
            chunk.add(line, number)
        else:
            levels.clear()  # a paragraph ends the list: the next bullet starts a new one
            chunk = _TxtChunk("paragraph", number, indent)
            chunks.append(chunk)
            chunk.add(line, number)
        previous = line
        after_blank = False
    # A lone "- The Minister" under a quote is no list: the text may still have lost its bullets.
    if not any(a.kind == b.kind == "item" for a, b in itertools.pairwise(chunks)):
        chunks = _unmarked_lists(chunks)
    blocks = [_txt_block(c, layout) for c in chunks if not _menu(c)]
    return [block for block in blocks if block.text]


def _txt_block(chunk: _TxtChunk, layout: _TxtLayout) -> Block:
    text = layout.join(chunk.lines)
    if chunk.kind == "item":
        return Block("item", text, depth=chunk.depth, span=(chunk.start, chunk.end))
    return Block("paragraph", text, span=(chunk.start, chunk.end), lines=len(chunk.lines))


def _continues_item(item: _TxtChunk, indent: int, after_blank: bool, line: str, layout: _TxtLayout) -> bool:
    """Indented under its bullet, a line continues the item; unindented, only after an unfinished line."""
    if indent > item.indent:
        return True  # a hard-wrapped item, or a further paragraph indented under it
    if after_blank:
        return False
    # Copied web text has one line per item: a line after a finished item is the next intro paragraph,
    # unless the text is hard-wrapped and the item's line was full.
    last = item.lines[-1]
    return not last.rstrip().endswith(_LINE_ENDS) or layout.wrapped(last, line)


def _page_furniture(lines: list[str], breaks: set[int]) -> set[int]:
    """Page numbers, and the running headers and footers a PDF copy repeats at its page breaks."""
    numbers = {i for i, line in enumerate(lines) if _PAGE_NUMBER.fullmatch(line.strip())}
    if not numbers and not breaks:
        return numbers
    content = [i for i, line in enumerate(lines) if line.strip() and i not in numbers]
    edges: dict[str, set[int]] = {}  # a normalised line → the lines at a page edge that read so
    for position in {0, len(lines)} | breaks | numbers:
        after = bisect.bisect_left(content, position)
        for i in content[max(after - 1, 0) : after + 1]:
            edges.setdefault(_running_key(lines[i]), set()).add(i)
    running = {key for key, places in edges.items() if len(places) >= 2 and _may_run(key)}
    return numbers | {i for i in content if _running_key(lines[i]) in running}


def _running_key(line: str) -> str:
    return re.sub(r"\d+", "#", clean_text(line))


def _may_run(key: str) -> bool:
    # Intros ("They will:") and list items may repeat in a text; page headers and footers are neither.
    return 0 < len(key.split()) <= _MAX_RUNNING_WORDS and not key.endswith(":") and not _TXT_ITEM.match(key)


def _wrap_width(lines: list[str], furniture: set[int]) -> int | None:
    """The width a PDF or e-mail copy was hard-wrapped at: most lines end near one width under 120."""
    lengths = sorted(
        len(line.rstrip()) for i, line in enumerate(lines) if line.strip() and i not in furniture
    )
    if len(lengths) < 8:
        return None
    width = lengths[int(0.95 * (len(lengths) - 1))]
    if not 40 <= width <= 120:
        return None
    full = sum(1 for length in lengths if length >= 0.8 * width)
    return width if full >= 0.3 * len(lengths) else None


def _unmarked_lists(chunks: list[_TxtChunk]) -> list[_TxtChunk]:
    """Text copied from a browser has lost its bullets: the lines of the block after an intro ending in ":"
    are its items (a line starting in lower case after an item ending in ":" is that item's child)."""
    result: list[_TxtChunk] = []
    for index, chunk in enumerate(chunks):
        intro = chunks[index - 1] if index else None
        if intro is None or not intro.lines[-1].rstrip().endswith(":") or not _one_per_line(chunk.lines):
            result.append(chunk)
            continue
        parent_open = False
        for line, number in zip(chunk.lines, chunk.numbers, strict=True):
            child = parent_open and line.lstrip()[:1].islower()
            item = _TxtChunk("item", number, chunk.indent, depth=1 if child else 0)
            item.add(line, number)
            result.append(item)
            if not child:
                parent_open = line.rstrip().endswith(":")
    return result


def _menu(chunk: _TxtChunk) -> bool:
    """Lines of a few words each, none a sentence: a web page's menu, breadcrumb or footer, copied."""
    return (
        chunk.kind == "paragraph"
        and len(chunk.lines) >= _MENU_LINES
        and all(
            len(line.split()) <= _MENU_WORDS and not line.rstrip().endswith(tuple(".;!?"))
            for line in chunk.lines
        )
    )


def _one_per_line(lines: list[str]) -> bool:
    """No line runs on into the next (an unfinished line followed by one in lower case): one item a line."""
    return not any(
        not a.rstrip().endswith(_LINE_ENDS) and b.lstrip()[:1].islower() for a, b in itertools.pairwise(lines)
    )


def _indent_width(line: str) -> int:
    stripped = line.lstrip()
    return len(line[: len(line) - len(stripped)].expandtabs(4))


# ---------------------------------------------------------------------------------------------- Markdown

# Plain-text bullets in a Markdown file (text pasted into a .md): Markdown sees a paragraph, we see a list.
_TEXT_BULLET_LINE = re.compile(rf"^[^\S\n]*(?P<marker>[{TEXT_BULLETS}])[^\S\n]+\S")
_LEADING_BULLET = re.compile(rf"^[{TEXT_BULLETS}]\s*")
_HTML_TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)")
_STRONG_TAGS = frozenset({"b", "strong"})
_SOFTBREAK = Token("softbreak", "br", 0)
#: markdown-it stops reading lists nested deeper than this (its recursion guard); the rest is read as text.
_MAX_NESTING = 100

# What pandoc's Markdown adds to a converted page: ::: fenced divs, {#id .class key=value} attributes,
# [text]{.class} spans, [^1] footnotes, and -- / --- for the dashes.
_PANDOC_FENCE = re.compile(r"^[ \t]*:{3,}.*$", re.MULTILINE)
_ATTRIBUTE = r"(?:[#.][\w:.-]+|[\w:-]+=(?:\"[^\"]*\"|'[^']*'|[^\s{}\"']*))"
_ATTRIBUTES = re.compile(rf"\{{\s*{_ATTRIBUTE}(?:\s+{_ATTRIBUTE})*\s*\}}")
_SPAN = re.compile(rf"\[([^\[\]]*)\](?=\{{\s*{_ATTRIBUTE})")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\](?!:)")
_FOOTNOTE = re.compile(r"\[\^[^\]\s]+\]:")
_EM_DASH = re.compile(r"(?<=\S)---(?=\S)")
_EN_DASH = re.compile(r"(?<=\S)--(?=\S)")


_MAX_FRONT_MATTER = 200
_YAML_KEY = re.compile(r"[A-Za-z_][\w-]*\s*:")
_YAML_TITLE = re.compile(r"title\s*:\s*[\"']?(.*?)[\"']?\s*$", re.IGNORECASE)
# "FACT SHEET: … | The White House": a page title ends with the site's name.
_SITE_NAME = re.compile(r"\s+[|\u2013\u2014]\s+[^|\u2013\u2014]{1,40}$")


def _site_name_dropped(title: str) -> str:
    shorter = _SITE_NAME.sub("", clean_text(title))
    return shorter if len(shorter.split()) >= 3 else clean_text(title)


def _pandoc_tidy(text: str) -> str:
    text = _ATTRIBUTES.sub("", _SPAN.sub(r"\1", text))
    return _EN_DASH.sub("\u2013", _EM_DASH.sub("\u2014", _FOOTNOTE_REF.sub("", text)))


@cache
def _markdown() -> MarkdownIt:
    # Keep escapes and unmatched emphasis delimiters as separate tokens: a lone "**" left by a
    # converter (quad fact sheet) is markup to drop, an escaped "\*" is text to keep.
    return MarkdownIt("commonmark", {"maxNesting": _MAX_NESTING}).disable(["text_join", "fragments_join"])


@dataclass
class _OpenItem:
    depth: int
    parts: list[str] = field(default_factory=list)
    first: int | None = None
    last: int | None = None
    index: int | None = None  # position in the block list once emitted (before its nested items)
    links: list[bool] = field(default_factory=list)  # whether each part is nothing but a link

    def add(self, text: str, line_map: list[int] | None, link_only: bool = False) -> None:
        self.parts.append(text)
        self.links.append(link_only)
        if line_map:
            self.first = line_map[0] + 1 if self.first is None else self.first
            self.last = line_map[1]

    def block(self) -> Block:
        span = (self.first, self.last) if self.first is not None and self.last is not None else None
        link_only = bool(self.links) and all(self.links)
        return Block(
            "item", clean_text(" ".join(self.parts)), depth=self.depth, span=span, link_only=link_only
        )


class _MarkdownReader:
    def __init__(self, nested: bool = False) -> None:
        self.nested = nested  # reading the text of an indented block: its own indented blocks are plain text
        self.blocks: list[Block] = []
        self.items: list[_OpenItem] = []
        self.list_depth = 0
        self.list_start = 0  # where the outermost open list's items begin in self.blocks
        self.columns: list[int] = []  # the indentation of each open item's marker
        self.heading_level = 0
        self.source_lines: list[str] = []
        self.bullet_levels = ListLevels()  # open levels of plain-text bullets

    def read(self, text: str) -> list[Block]:
        text = _PANDOC_FENCE.sub("", text)
        self.source_lines = text.split("\n")
        if not self.nested:
            text = self._front_matter(text)
        for token in _markdown().parse(text):
            self._token(token)
        return [block for block in self.blocks if not _FOOTNOTE.match(block.text)]

    def _token(self, token: Token) -> None:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            if self.items:
                self._emit(self.items[-1])  # the parent item goes before its children
            elif self.list_depth == 0:
                self.list_start = len(self.blocks)
            self.list_depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self.list_depth -= 1
            if self.list_depth == 0 and not self.items:
                _drop_navigation(self.blocks, self.list_start)
        elif kind == "list_item_open":
            self.items.append(_OpenItem(max(self.list_depth - 1, 0)))
            self.columns.append(self._column(token.map[0]) if token.map else 0)
            if token.level + 1 >= _MAX_NESTING and token.map:
                self._too_deep(token.map)
        elif kind == "list_item_close":
            self._emit(self.items.pop())
            self.columns.pop()
        elif kind == "heading_open":
            self.heading_level = int(token.tag[1:])
        elif kind == "heading_close":
            self.heading_level = 0
        elif kind == "inline":
            self._inline(token)
        elif kind == "code_block":
            self._text_block(token.content, token.map)
        elif kind == "fence":
            self._text_block(token.content, token.map, skip=1)  # the text starts below the ``` line
        elif kind == "html_block":
            self._html_block(token)

    def _front_matter(self, text: str) -> str:
        """YAML front matter (web clippers, static sites) is no text: its title is the document's title."""
        lines = self.source_lines
        if not lines or lines[0].rstrip() != "---":
            return text
        end = next(
            (i for i in range(1, min(len(lines), _MAX_FRONT_MATTER)) if lines[i].rstrip() in ("---", "...")),
            0,
        )
        if not end or not any(_YAML_KEY.match(line) for line in lines[1:end]):
            return text
        for number, line in enumerate(lines[1:end], start=2):
            title = _YAML_TITLE.match(line)
            if title:
                self.blocks.append(
                    Block("heading", _site_name_dropped(title[1]), level=1, span=(number, number))
                )
        return "\n" * end + "\n".join(lines[end:])

    def _too_deep(self, line_map: list[int]) -> None:
        """markdown-it skips what is nested beyond its limit, to the end of the enclosing lists: read the deep
        item's own lines as plain text, and what follows at a shallower indentation as Markdown again, so no
        item is lost (detection folds the depth anyway)."""
        first, end = line_map
        column = self.columns[-1]
        shallower = next(
            (i for i in range(first + 1, end) if self.source_lines[i].strip() and self._column(i) < column),
            end,
        )
        deep = "\n".join(line.expandtabs(4)[column:] for line in self.source_lines[first:shallower])
        self._adopt(read_txt(deep), first, self.list_depth - 1)
        if shallower < end:
            rest = self._column(shallower)
            text = "\n".join(line.expandtabs(4)[rest:] for line in self.source_lines[shallower:end])
            reader = _MarkdownReader(self.nested)
            self._adopt(reader.read(text), shallower, sum(1 for c in self.columns[:-1] if c < rest))

    def _column(self, index: int) -> int:
        return _indent_width(self._source_line(index))

    def _adopt(self, blocks: list[Block], first_line: int, depth: int) -> None:
        for block in blocks:
            span = (block.span[0] + first_line, block.span[1] + first_line) if block.span else None
            self.blocks.append(replace(block, depth=block.depth + depth, span=span))

    def _inline(self, token: Token) -> None:
        buffer = InlineBuffer(tidy=_pandoc_tidy)
        _markdown_inline(token.children or [], buffer)
        span = _span(token.map)
        bullet = self._first_bullet_line(token.map) if token.map and not self.items else None
        if self.items:
            self.items[-1].add(buffer.text(), token.map, buffer.link_only())
        elif token.map and bullet is not None:
            self._bullet_paragraph(token, token.map[0], bullet)
        elif self.heading_level:
            self.bullet_levels.clear()
            heading = Block("heading", buffer.text(), level=self.heading_level, span=span)
            self.blocks.append(replace(heading, link_only=buffer.link_only()))
        elif not buffer.link_only():  # a paragraph that is only a link is navigation ("Skip to content")
            self.bullet_levels.clear()
            self.blocks.extend(buffer.paragraph_blocks(span))

    def _source_line(self, index: int) -> str:
        return self.source_lines[index] if 0 <= index < len(self.source_lines) else ""

    def _first_bullet_line(self, line_map: list[int]) -> int | None:
        """The first line of a paragraph written with text bullets, if it is the first line or follows an
        intro ending in ":" ("The leaders will:" then "• act" with no blank line between)."""
        for index in range(line_map[0], line_map[1]):
            if _TEXT_BULLET_LINE.match(self._source_line(index)):
                above = self._source_line(index - 1).rstrip()
                return index if index == line_map[0] or above.endswith(":") else None
        return None

    def _bullet_paragraph(self, token: Token, first: int, bullet: int) -> None:
        """A paragraph of bullet lines: one item per bullet, nested by indentation, inline markup removed;
        the lines above the first bullet are its intro."""
        segments: list[list[Token]] = [[]]
        for child in token.children or []:
            if child.type in ("softbreak", "hardbreak"):
                segments.append([])  # one segment per source line
            else:
                segments[-1].append(child)
        if bullet > first:
            intro = InlineBuffer(tidy=_pandoc_tidy)
            _markdown_inline(
                [t for segment in segments[: bullet - first] for t in [*segment, _SOFTBREAK]], intro
            )
            self.blocks.extend(intro.paragraph_blocks((first + 1, bullet)))
            segments, first = segments[bullet - first :], bullet
        current: _OpenItem | None = None
        for offset, segment in enumerate(segments):
            buffer = InlineBuffer(tidy=_pandoc_tidy)
            _markdown_inline(segment, buffer)
            raw = self._source_line(first + offset)
            text = buffer.text()
            marked = _TEXT_BULLET_LINE.match(raw)
            if current is None or marked:
                if current is not None:
                    self._emit(current)
                marker = marked["marker"] if marked else ""
                current = _OpenItem(self.bullet_levels.depth(_indent_width(raw), marker))
                text = _LEADING_BULLET.sub("", text, count=1)
            current.add(text, [first + offset, first + offset + 1])
        if current is not None:
            self._emit(current)

    def _text_block(self, text: str, line_map: list[int] | None, skip: int = 0) -> None:
        if self.items:
            self.items[-1].add(text, line_map)
            return
        # Indented or fenced text outside a list is text (often pasted bullets), not code: read it once more.
        offset = line_map[0] + skip if line_map else 0
        inner = read_txt(text) if self.nested else _MarkdownReader(nested=True).read(text)
        for block in inner:
            span = (block.span[0] + offset, block.span[1] + offset) if line_map and block.span else None
            self.blocks.append(replace(block, span=span))

    def _html_block(self, token: Token) -> None:
        inner = read_html(token.content)
        if self.items:
            self.items[-1].add(" ".join(b.text for b in inner), token.map)
            return
        span = _span(token.map)
        for block in inner:
            self.blocks.append(replace(block, depth=block.depth + self.list_depth, span=span))

    def _emit(self, item: _OpenItem) -> None:
        block = item.block()
        if item.index is not None:
            # Text after a nested list still belongs to its item: update the block emitted earlier.
            self.blocks[item.index] = block
        elif block.text:
            item.index = len(self.blocks)
            self.blocks.append(block)


def _drop_navigation(blocks: list[Block], start: int) -> None:
    """A list of nothing but links is navigation (menus, share buttons, related pages), not commitments."""
    items = blocks[start:]
    if items and all(block.kind == "item" and block.link_only for block in items):
        del blocks[start:]


def _markdown_inline(children: Sequence[Token], buffer: InlineBuffer) -> None:
    strong = 0
    link = 0
    stars = 0  # a run of unmatched "*" delimiters: one is text (5 * 3), two or more are stray markup

    def add(text: str) -> None:
        nonlocal stars
        if stars == 1:
            buffer.add("*", strong > 0, link > 0)
        stars = 0
        buffer.add(text, strong > 0, link > 0)

    for child in children:
        kind = child.type
        if kind == "text" and child.content == "*":
            stars += 1
        elif kind in ("text", "text_special", "code_inline"):
            add(child.content)
        elif kind in ("softbreak", "hardbreak"):
            add(" ")
            if not strong:
                buffer.newline()
        elif kind == "strong_open":
            add("")
            strong += 1
        elif kind == "strong_close":
            add("")
            strong = max(strong - 1, 0)
        elif kind in ("link_open", "link_close"):
            add("")
            link = link + 1 if kind == "link_open" else max(link - 1, 0)
        elif kind == "html_inline":
            add("")
            closing, name = _html_tag(child.content)
            if name in _STRONG_TAGS:
                strong = max(strong - 1, 0) if closing else strong + 1
            elif name == "a":
                link = max(link - 1, 0) if closing else link + 1
            elif name == "br":
                add(" ")
                if not strong:
                    buffer.newline()
    add("")


def _html_tag(markup: str) -> tuple[bool, str]:
    match = _HTML_TAG.match(markup)
    return (bool(match[1]), match[2].lower()) if match else (False, "")


def _span(line_map: list[int] | None) -> tuple[int, int] | None:
    return (line_map[0] + 1, line_map[1]) if line_map else None


def read_markdown(text: str) -> list[Block]:
    """CommonMark, inline HTML included: headings, paragraphs and (nested) list items with their lines."""
    return _MarkdownReader().read(text)


# ---------------------------------------------------------------------------------------------- HTML

# Page furniture and non-content elements: never part of a fact sheet's text.
_DROPPED_TAGS = frozenset({
    "script", "style", "nav", "noscript", "template", "head", "aside", "button", "select", "iframe", "svg",
    "canvas", "object", "embed", "dialog", "search",
})  # fmt: skip
# What only a page's content holds: a form around it is the page's wrapper, not a search or sign-up form.
_PAGE_CONTENT = ["main", "article", "h1"]
# A page's banner and footer are furniture; the header of an article (its title, its date) is not.
_PAGE_LEVEL_TAGS = frozenset({"header", "footer"})
_SECTIONING_TAGS = frozenset({"article", "main", "section"})
# Text only screen readers see: "Main Content", "Opens in a new window", an icon's label. (Not "hidden" or
# "d-none": responsive layouts show those again on a wide screen.)
_HIDDEN_CLASSES = frozenset({
    "sr-only", "visually-hidden", "screen-reader-text", "wb-inv", "element-invisible", "show-for-sr",
    "usa-sr-only",
})  # fmt: skip
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_LIST_TAGS = frozenset({"ul", "ol", "menu", "dir"})
_HEADING_TAGS = {f"h{n}": n for n in range(1, 7)}
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup", "hr", "html", "main", "p",
        "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "li", "[document]",
    }
)  # fmt: skip
_SKIPPED_INLINE = frozenset({"img", "picture", "video", "audio", "map", "input", "textarea"})
# Word's HTML ("Save as web page", or pasted into a CMS): list paragraphs with their level in the style.
_MSO_LEVEL = re.compile(r"mso-list\s*:[^;\"']*?level(\d+)", re.IGNORECASE)
# The bullet or number Word writes before a list paragraph's text, then a run of (no-break) spaces: a symbol,
# "1." "a)" "iv.", or one letter (a Symbol or Wingdings glyph without its font: "o", "Ø", "§", "ü").
_MSO_MARKER = re.compile(
    r"^\s*(?:[^\w\s]{1,3}|\d{1,3}[.)]|[ivxlcIVXLC]{1,5}[.)]|[^\W\d_][.)]?)[\s\u00a0]{2,}"
)
_MARGIN_LEFT = re.compile(r"margin-left\s*:\s*(\d+(?:\.\d+)?)\s*(pt|in|cm|mm|px)", re.IGNORECASE)
_POINTS = {"pt": 1.0, "in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "px": 0.75}
# In a paragraph, "*", "+", "o" and dashes are more often a footnote mark, a word or a quote's attribution
# ("— The Prime Minister") than a bullet.
_NOT_PARAGRAPH_MARKERS = frozenset("*+o-\u2013\u2014")


def _holds_title(element: Tag) -> bool:
    if element.name != "header":
        return False
    heading = element.find("h1")
    if not isinstance(heading, Tag):
        return False
    linked = " ".join(a.get_text(" ") for a in heading.find_all("a"))
    return clean_text(heading.get_text(" ")) not in ("", clean_text(linked))


def _paragraph_marker(line: str) -> re.Match[str] | None:
    marker = MARKER.match(line)
    return marker if marker and marker["marker"] not in _NOT_PARAGRAPH_MARKERS else None


def _word_list_level(element: Tag, classes: Sequence[str]) -> int | None:
    """The level of a Word list paragraph, from its mso-list style or, where "Web Page, Filtered" dropped
    that, from its indentation (Word indents each level by half an inch); None for any other element."""
    if element.name != "p":
        return None
    style = str(element.get("style") or "")
    level = _MSO_LEVEL.search(style)
    if level is not None:
        return max(int(level[1]) - 1, 0)
    if not any(str(c).startswith("MsoListParagraph") for c in classes):
        return None
    margin = _MARGIN_LEFT.search(style)
    if margin is None:
        return 0
    return max(round(float(margin[1]) * _POINTS[margin[2].lower()] / 36) - 1, 0)


def _is_text(node: object) -> bool:
    # Comments, CDATA, doctypes and processing instructions are strings too, but not text.
    return isinstance(node, NavigableString) and not isinstance(node, PreformattedString)


def _hidden(element: Tag) -> bool:
    if element.has_attr("hidden"):
        return True
    classes: Sequence[str] = element.get("class") or []
    style = element.get("style") or ""
    return any(c in _HIDDEN_CLASSES for c in classes) or bool(style and _HIDDEN_STYLE.search(str(style)))


#: Elements nested deeper than this are read as flat text: the walk is recursive, hostile pages are not.
_MAX_ELEMENT_DEPTH = 100


class _HtmlReader:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.depth = 0
        self.sections = 0  # open article, main and section elements
        self.levels = ListLevels()  # paragraphs written as list items ("1. …", "• …")
        self.titled_content = False  # an <h1> inside <main> or <article>

    def _skipped(self, element: Tag) -> bool:
        # Skipped while walking rather than decomposed first: bs4's find_all is slow on large pages.
        name = element.name
        if name == "form":
            # A search or sign-up form is furniture; ASP.NET and SharePoint wrap the whole page in one.
            return element.find(_PAGE_CONTENT) is None
        if name in _DROPPED_TAGS or name in _SKIPPED_INLINE or _hidden(element):
            return True
        if name not in _PAGE_LEVEL_TAGS or self.sections:
            return False
        # A banner holding the page's <h1> (not a logo linking home) is read, unless the content has its own.
        return self.titled_content or not _holds_title(element)

    def _too_deep(self) -> bool:
        return self.depth > _MAX_ELEMENT_DEPTH

    def read_container(self, element: Tag) -> None:
        self.depth += 1
        sectioning = element.name in _SECTIONING_TAGS or element.get("role") == "main"
        self.sections += sectioning
        try:
            if self._too_deep():
                self.blocks.append(Block("paragraph", clean_text(element.get_text(" "))))
            else:
                self._container(element)
        finally:
            self.depth -= 1
            self.sections -= sectioning

    def _container(self, element: Tag) -> None:
        buffer = InlineBuffer()
        for child in element.children:
            if isinstance(child, Tag) and self._skipped(child):
                continue
            if isinstance(child, Tag) and _is_structural(child.name):
                self._paragraph(buffer, element)
                buffer = InlineBuffer()
                self._structural(child)
            elif isinstance(child, Tag):
                self.read_inline(child, buffer, strong=False, link=False)
            elif _is_text(child):
                buffer.add(str(child), False)
        self._paragraph(buffer, element)

    def _paragraph(self, buffer: InlineBuffer, element: Tag) -> None:
        """Inline text between blocks: a paragraph, or items where it is written as a list ("1. …", Word's
        list paragraphs); nothing where it is only a link ("Skip to content", "See more releases")."""
        if buffer.link_only():
            return
        lines = buffer.lines()
        if not lines:
            return
        classes: Sequence[str] = element.get("class") or []
        if "MsoTitle" in classes:  # Word's Title style
            self.blocks.append(Block("heading", " ".join(lines), level=1))
            return
        level = _word_list_level(element, classes)
        if level is not None:
            raw = _MSO_MARKER.sub("", " ".join(t for t, _s, _l in buffer.pieces()), count=1)
            self.blocks.append(Block("item", clean_text(raw), depth=level))
            return
        first = next((i for i, line in enumerate(lines) if _paragraph_marker(line)), None)
        if first is not None and is_residue(" ".join(lines)):
            first = None  # "- 30 -"
        if first is not None and first > 0 and not lines[first - 1].endswith(":"):
            first = None  # a "2." inside a paragraph, not a list under an intro
        if first is None:
            self.levels.clear()
            self.blocks.extend(buffer.paragraph_blocks())
            return
        if first:
            self.levels.clear()
            self.blocks.extend(buffer.head(first).paragraph_blocks())
        self._marked_lines(lines[first:])

    def _marked_lines(self, lines: list[str]) -> None:
        """Lines starting with a bullet or a number are items; the lines after one continue it."""
        parts: list[str] = []
        depth = 0
        for line in [*lines, ""]:
            marker = _paragraph_marker(line)
            if (marker or not line) and parts:
                self.blocks.append(Block("item", clean_text(" ".join(parts)), depth=depth))
                parts = []
            if marker:
                depth = self.levels.depth(0, marker["marker"])
                parts.append(line[marker.end() :])
            elif line:
                parts.append(line)

    def _structural(self, element: Tag) -> None:
        name = element.name
        if name in _LIST_TAGS or name == "li":
            start = len(self.blocks)
            if name == "li":
                self.read_item(element, 0)
            else:
                self.read_list(element, 0)
            _drop_navigation(self.blocks, start)
            self.levels.clear()
        elif name in _HEADING_TAGS:
            buffer = InlineBuffer()
            self.read_inline(element, buffer, strong=False, link=False)
            level = _HEADING_TAGS[name]
            self.blocks.append(Block("heading", buffer.text(), level=level, link_only=buffer.link_only()))
            self.levels.clear()
        else:
            self.read_container(element)

    def read_inline(self, element: Tag, buffer: InlineBuffer, strong: bool, link: bool) -> None:
        strong = strong or element.name in _STRONG_TAGS
        link = link or (element.name == "a" and element.has_attr("href"))
        if self.depth + 1 > _MAX_ELEMENT_DEPTH:
            buffer.add(element.get_text(" "), strong, link)
            return
        self.depth += 1
        try:
            self._inline(element, buffer, strong, link)
        finally:
            self.depth -= 1

    def _inline(self, element: Tag, buffer: InlineBuffer, strong: bool, link: bool) -> None:
        if element.name == "br":
            buffer.add(" ", strong, link)
            if not strong:
                buffer.newline()
            return
        for child in element.children:
            if isinstance(child, Tag) and self._skipped(child):
                continue
            if isinstance(child, Tag):
                spaced = _is_structural(child.name)  # misplaced blocks still separate words
                buffer.add(" " if spaced else "", strong, link)
                self.read_inline(child, buffer, strong, link)
                buffer.add(" " if spaced else "", strong, link)
            elif _is_text(child):
                buffer.add(str(child), strong, link)

    def read_list(self, element: Tag, depth: int) -> None:
        self.depth += 1
        try:
            if self._too_deep():
                self.blocks.append(Block("item", clean_text(element.get_text(" ")), depth=depth))
            else:
                self._list(element, depth)
        finally:
            self.depth -= 1

    def _list(self, element: Tag, depth: int) -> None:
        for child in element.children:
            if isinstance(child, Tag) and self._skipped(child):
                continue
            if isinstance(child, Tag) and child.name == "li":
                self.read_item(child, depth)
            elif isinstance(child, Tag) and child.name in _LIST_TAGS:
                self.read_list(child, depth + 1)  # a list directly inside a list: sloppy nesting
            elif isinstance(child, Tag):
                self.read_list(child, depth)  # wrappers between <ul> and <li>
            elif _is_text(child) and clean_text(str(child)):
                self.blocks.append(Block("item", clean_text(str(child)), depth=depth))

    def read_item(self, element: Tag, depth: int) -> None:
        buffer = InlineBuffer()
        nested: list[Tag] = []
        self._item_text(element, buffer, nested, strong=False, link=False)
        text = buffer.text()
        if text:
            self.blocks.append(Block("item", text, depth=depth, link_only=buffer.link_only()))
        for child_list in nested:
            self.read_list(child_list, depth + 1)

    def _item_text(
        self, element: Tag, buffer: InlineBuffer, nested: list[Tag], strong: bool, link: bool
    ) -> None:
        strong = strong or element.name in _STRONG_TAGS
        link = link or (element.name == "a" and element.has_attr("href"))
        if self.depth + 1 > _MAX_ELEMENT_DEPTH:
            buffer.add(element.get_text(" "), strong, link)
            return
        self.depth += 1
        try:
            self._item_children(element, buffer, nested, strong, link)
        finally:
            self.depth -= 1

    def _item_children(
        self, element: Tag, buffer: InlineBuffer, nested: list[Tag], strong: bool, link: bool
    ) -> None:
        for child in element.children:
            if isinstance(child, Tag) and child.name in _LIST_TAGS:
                nested.append(child)
            elif isinstance(child, Tag) and self._skipped(child):
                continue
            elif isinstance(child, Tag):
                spaced = child.name == "br" or _is_structural(child.name)
                buffer.add(" " if spaced else "", strong, link)
                self._item_text(child, buffer, nested, strong, link)
                buffer.add(" " if spaced else "", strong, link)
            elif _is_text(child):
                buffer.add(str(child), strong, link)


def _is_structural(name: str) -> bool:
    return name in _BLOCK_TAGS or name in _LIST_TAGS or name in _HEADING_TAGS


def read_html(text: str) -> list[Block]:
    """Headings, paragraphs and (nested) list items of an HTML page, page furniture left out."""
    with warnings.catch_warnings():
        # Short fragments can look like a file name or URL, and XHTML like XML: both are parsed as HTML here.
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(text, "lxml")
    reader = _HtmlReader()
    reader.titled_content = soup.select_one("main h1, article h1, [role=main] h1") is not None
    reader.read_container(soup)
    return reader.blocks


# ---------------------------------------------------------------------------------------------- dispatch

READERS: dict[str, Callable[[str], list[Block]]] = {"txt": read_txt, "md": read_markdown, "html": read_html}
