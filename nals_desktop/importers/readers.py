"""Readers turning plain text, Markdown (markdown-it-py tokens) and HTML (BeautifulSoup, lxml) into blocks."""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning
from bs4.element import NavigableString, PreformattedString, Tag
from markdown_it import MarkdownIt
from markdown_it.token import Token

from nals_desktop.importers.blocks import Block, InlineBuffer, clean_text

# ---------------------------------------------------------------------------------------------- plain text

# Bullets seen in text copied from web pages and word processors: round, square, triangular, middle dots.
_TEXT_BULLET = "\u2022\u25cf\u25cb\u25e6\u25aa\u25ab\u25a0\u25a1\u2023\u2043\u2219\u00b7"
_DASHES = "\u2013\u2014"
_NUMBERING = (
    r"\d{1,3}[.)]|\(\d{1,3}\)|[a-z][.)]|\([a-z]\)|[ivx]{2,5}[.)]|\([ivx]{2,5}\)"  # 1. 1) (1) a) (a) iv.
)
_TXT_ITEM = re.compile(
    rf"^(?P<indent>[^\S\n]*)(?:[{_TEXT_BULLET}*+o\-{_DASHES}]|{_NUMBERING})[^\S\n]+(?P<text>\S.*)$"
)


@dataclass
class _TxtChunk:
    kind: str  # "paragraph" | "item"
    start: int
    indent: int
    depth: int = 0
    lines: list[str] = field(default_factory=list)
    end: int = 0

    def block(self) -> Block:
        text = clean_text(" ".join(self.lines))
        if self.kind == "item":
            return Block("item", text, depth=self.depth, span=(self.start, self.end))
        return Block("paragraph", text, span=(self.start, self.end), lines=len(self.lines))


def read_txt(text: str) -> list[Block]:
    """Paragraphs are separated by blank lines; bullets and numbers start items, nested by indentation."""
    blocks: list[Block] = []
    chunk: _TxtChunk | None = None
    after_blank = False
    indents: list[int] = []  # indentation of the open list levels

    def flush() -> None:
        nonlocal chunk
        if chunk is not None and chunk.lines:
            block = chunk.block()
            if block.text:
                blocks.append(block)
        chunk = None

    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            if chunk is not None and chunk.kind == "paragraph":
                flush()
            after_blank = True
            continue
        indent = _indent_width(line)
        match = _TXT_ITEM.match(line)
        if match:
            flush()
            chunk = _TxtChunk("item", number, indent, depth=_list_depth(indents, indent))
            chunk.lines.append(match["text"])
        elif chunk is not None and chunk.kind == "item" and _continues_item(chunk, indent, after_blank):
            chunk.lines.append(line)
        elif chunk is not None and chunk.kind == "paragraph" and not after_blank:
            chunk.lines.append(line)
        else:
            flush()
            indents.clear()  # a paragraph ends the list: the next bullet starts a new one
            chunk = _TxtChunk("paragraph", number, indent, lines=[line])
        chunk.end = number
        after_blank = False
    flush()
    return blocks


def _continues_item(item: _TxtChunk, indent: int, after_blank: bool) -> bool:
    """Indented under its bullet, a line continues the item; unindented, only after an unfinished line."""
    if indent > item.indent:
        return True  # a hard-wrapped item, or a further paragraph indented under it
    # Copied web text has one line per item: a line after a finished item is the next intro paragraph.
    return not after_blank and not item.lines[-1].rstrip().endswith(_LINE_ENDS)


_LINE_ENDS = tuple(".;:!?\"'\u201d\u2019)")


def _indent_width(line: str) -> int:
    stripped = line.lstrip()
    return len(line[: len(line) - len(stripped)].expandtabs(4))


def _list_depth(indents: list[int], indent: int) -> int:
    while indents and indents[-1] > indent:
        indents.pop()
    if not indents or indents[-1] < indent:
        indents.append(indent)
    return len(indents) - 1


# ---------------------------------------------------------------------------------------------- Markdown

# Plain-text bullets in a Markdown file (text pasted into a .md): Markdown sees a paragraph, we see a list.
_TEXT_BULLET_LINE = re.compile(rf"^[^\S\n]*[{_TEXT_BULLET}][^\S\n]+\S")
_LEADING_BULLET = re.compile(rf"^[{_TEXT_BULLET}]\s*")
_HTML_TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)")
_STRONG_TAGS = frozenset({"b", "strong"})


@cache
def _markdown() -> MarkdownIt:
    # Keep escapes and unmatched emphasis delimiters as separate tokens: a lone "**" left by a
    # converter (quad fact sheet) is markup to drop, an escaped "\*" is text to keep.
    return MarkdownIt("commonmark").disable(["text_join", "fragments_join"])


@dataclass
class _OpenItem:
    depth: int
    parts: list[str] = field(default_factory=list)
    first: int | None = None
    last: int | None = None
    index: int | None = None  # position in the block list once emitted (before its nested items)

    def add(self, text: str, line_map: list[int] | None) -> None:
        self.parts.append(text)
        if line_map:
            self.first = line_map[0] + 1 if self.first is None else self.first
            self.last = line_map[1]

    def block(self) -> Block:
        span = (self.first, self.last) if self.first is not None and self.last is not None else None
        return Block("item", clean_text(" ".join(self.parts)), depth=self.depth, span=span)


class _MarkdownReader:
    def __init__(self, nested: bool = False) -> None:
        self.nested = nested  # reading the text of an indented block: its own indented blocks are plain text
        self.blocks: list[Block] = []
        self.items: list[_OpenItem] = []
        self.list_depth = 0
        self.heading_level = 0
        self.source_lines: list[str] = []
        self.bullet_indents: list[int] = []  # open levels of plain-text bullets

    def read(self, text: str) -> list[Block]:
        self.source_lines = text.split("\n")
        for token in _markdown().parse(text):
            self._token(token)
        return self.blocks

    def _token(self, token: Token) -> None:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            if self.items:
                self._emit(self.items[-1])  # the parent item goes before its children
            self.list_depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self.list_depth -= 1
        elif kind == "list_item_open":
            self.items.append(_OpenItem(max(self.list_depth - 1, 0)))
        elif kind == "list_item_close":
            self._emit(self.items.pop())
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

    def _inline(self, token: Token) -> None:
        buffer = InlineBuffer()
        _markdown_inline(token.children or [], buffer)
        span = _span(token.map)
        if self.items:
            self.items[-1].add(buffer.text(), token.map)
        elif token.map and _TEXT_BULLET_LINE.match(self._source_line(token.map[0])):
            self._bullet_paragraph(token, token.map[0])
        elif self.heading_level:
            self.bullet_indents.clear()
            self.blocks.append(Block("heading", buffer.text(), level=self.heading_level, span=span))
        else:
            self.bullet_indents.clear()
            self.blocks.extend(buffer.paragraph_blocks(span))

    def _source_line(self, index: int) -> str:
        return self.source_lines[index] if 0 <= index < len(self.source_lines) else ""

    def _bullet_paragraph(self, token: Token, first: int) -> None:
        """A paragraph of bullet lines: one item per bullet, nested by indentation, inline markup removed."""
        segments: list[list[Token]] = [[]]
        for child in token.children or []:
            if child.type in ("softbreak", "hardbreak"):
                segments.append([])  # one segment per source line
            else:
                segments[-1].append(child)
        current: _OpenItem | None = None
        for offset, segment in enumerate(segments):
            buffer = InlineBuffer()
            _markdown_inline(segment, buffer)
            raw = self._source_line(first + offset)
            text = buffer.text()
            if current is None or _TEXT_BULLET_LINE.match(raw):
                if current is not None:
                    self._emit(current)
                current = _OpenItem(_list_depth(self.bullet_indents, _indent_width(raw)))
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


def _markdown_inline(children: Sequence[Token], buffer: InlineBuffer) -> None:
    strong = 0
    stars = 0  # a run of unmatched "*" delimiters: one is text (5 * 3), two or more are stray markup

    def add(text: str) -> None:
        nonlocal stars
        if stars == 1:
            buffer.add("*", strong > 0)
        stars = 0
        buffer.add(text, strong > 0)

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
        elif kind == "html_inline":
            add("")
            closing, name = _html_tag(child.content)
            if name in _STRONG_TAGS:
                strong = max(strong - 1, 0) if closing else strong + 1
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
    "script", "style", "nav", "header", "footer", "noscript", "template",
    "head", "aside", "form", "button", "select", "iframe", "svg", "canvas", "object", "embed", "dialog",
})  # fmt: skip
_LIST_TAGS = frozenset({"ul", "ol", "menu", "dir"})
_HEADING_TAGS = {f"h{n}": n for n in range(1, 7)}
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "hgroup", "hr", "html", "main", "p", "pre", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "li", "[document]",
    }
)  # fmt: skip
_SKIPPED_INLINE = frozenset({"img", "picture", "video", "audio", "map", "input", "textarea"})


def _skipped(element: Tag) -> bool:
    # Skipped while walking rather than decomposed first: bs4's find_all is slow on large pages.
    return element.name in _DROPPED_TAGS or element.name in _SKIPPED_INLINE or element.has_attr("hidden")


def _is_text(node: object) -> bool:
    # Comments, CDATA, doctypes and processing instructions are strings too, but not text.
    return isinstance(node, NavigableString) and not isinstance(node, PreformattedString)


#: Elements nested deeper than this are read as flat text: the walk is recursive, hostile pages are not.
_MAX_ELEMENT_DEPTH = 100


class _HtmlReader:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.depth = 0

    def _too_deep(self) -> bool:
        return self.depth > _MAX_ELEMENT_DEPTH

    def read_container(self, element: Tag) -> None:
        self.depth += 1
        try:
            if self._too_deep():
                self.blocks.append(Block("paragraph", clean_text(element.get_text(" "))))
            else:
                self._container(element)
        finally:
            self.depth -= 1

    def _container(self, element: Tag) -> None:
        buffer = InlineBuffer()
        for child in element.children:
            if isinstance(child, Tag) and _skipped(child):
                continue
            if isinstance(child, Tag) and _is_structural(child.name):
                self.blocks.extend(buffer.paragraph_blocks())
                buffer = InlineBuffer()
                self._structural(child)
            elif isinstance(child, Tag):
                self.read_inline(child, buffer, strong=False)
            elif _is_text(child):
                buffer.add(str(child), False)
        self.blocks.extend(buffer.paragraph_blocks())

    def _structural(self, element: Tag) -> None:
        name = element.name
        if name in _LIST_TAGS:
            self.read_list(element, 0)
        elif name == "li":
            self.read_item(element, 0)
        elif name in _HEADING_TAGS:
            buffer = InlineBuffer()
            self.read_inline(element, buffer, strong=False)
            self.blocks.append(Block("heading", buffer.text(), level=_HEADING_TAGS[name]))
        else:
            self.read_container(element)

    def read_inline(self, element: Tag, buffer: InlineBuffer, strong: bool) -> None:
        strong = strong or element.name in _STRONG_TAGS
        if self.depth + 1 > _MAX_ELEMENT_DEPTH:
            buffer.add(element.get_text(" "), strong)
            return
        self.depth += 1
        try:
            self._inline(element, buffer, strong)
        finally:
            self.depth -= 1

    def _inline(self, element: Tag, buffer: InlineBuffer, strong: bool) -> None:
        if element.name == "br":
            buffer.add(" ", strong)
            if not strong:
                buffer.newline()
            return
        for child in element.children:
            if isinstance(child, Tag) and _skipped(child):
                continue
            if isinstance(child, Tag):
                spaced = _is_structural(child.name)  # misplaced blocks still separate words
                buffer.add(" " if spaced else "", strong)
                self.read_inline(child, buffer, strong)
                buffer.add(" " if spaced else "", strong)
            elif _is_text(child):
                buffer.add(str(child), strong)

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
            if isinstance(child, Tag) and _skipped(child):
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
        self._item_text(element, buffer, nested, strong=False)
        text = buffer.text()
        if text:
            self.blocks.append(Block("item", text, depth=depth))
        for child_list in nested:
            self.read_list(child_list, depth + 1)

    def _item_text(self, element: Tag, buffer: InlineBuffer, nested: list[Tag], strong: bool) -> None:
        strong = strong or element.name in _STRONG_TAGS
        if self.depth + 1 > _MAX_ELEMENT_DEPTH:
            buffer.add(element.get_text(" "), strong)
            return
        self.depth += 1
        try:
            self._item_children(element, buffer, nested, strong)
        finally:
            self.depth -= 1

    def _item_children(self, element: Tag, buffer: InlineBuffer, nested: list[Tag], strong: bool) -> None:
        for child in element.children:
            if isinstance(child, Tag) and child.name in _LIST_TAGS:
                nested.append(child)
            elif isinstance(child, Tag) and _skipped(child):
                continue
            elif isinstance(child, Tag):
                spaced = child.name == "br" or _is_structural(child.name)
                buffer.add(" " if spaced else "", strong)
                self._item_text(child, buffer, nested, strong)
                buffer.add(" " if spaced else "", strong)
            elif _is_text(child):
                buffer.add(str(child), strong)


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
    reader.read_container(soup)
    return reader.blocks


# ---------------------------------------------------------------------------------------------- dispatch

READERS: dict[str, Callable[[str], list[Block]]] = {"txt": read_txt, "md": read_markdown, "html": read_html}
