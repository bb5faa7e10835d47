"""The Markdown reader: CommonMark (markdown-it-py tokens), pandoc's extensions and pasted text bullets."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from nals_desktop.importers.blocks import (
    IMPLIED_HEADING_LEVEL,
    TEXT_BULLETS,
    Block,
    InlineBuffer,
    ListLevels,
    clean_text,
)
from nals_desktop.importers.readers.shared import (
    STRONG_TAGS,
    drop_navigation,
    heading_in_item,
    indent_width,
)
from nals_desktop.importers.readers.text import read_txt

# Plain-text bullets in a Markdown file (text pasted into a .md): Markdown sees a paragraph, we see a list.
_TEXT_BULLET_LINE = re.compile(rf"^[^\S\n]*(?P<marker>[{TEXT_BULLETS}])[^\S\n]+\S")
_LEADING_BULLET = re.compile(rf"^[{TEXT_BULLETS}]\s*")
_HTML_TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)")
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
_YAML_TITLE = re.compile(r"title\s*:", re.IGNORECASE)
# "FACT SHEET: … | The White House", "… – The White House", "… - Canada.ca": a page title ends with the site's
# name. After a dash, only a name like a site's: "The U.S. – Angola Partnership" is a title's own dash.
_SITE_NAME = re.compile(
    r"\s+(?:\|\s+[^|]{1,40}"
    r"|[-\u2013\u2014]\s+(?:The\s+[^|\u2013\u2014]{1,36}|[\w-]+\.(?:gov|gc\.ca|ca|mx|gob\.mx|com|org|int)"
    r"|[^|\u2013\u2014]{0,30}\b(?:Government|Gouvernement|Gobierno)\b[^|\u2013\u2014]{0,30}))$"
)


# Lines of no-break spaces only (a page's `<p>&nbsp;</p>`) separate paragraphs as a blank line does; Markdown
# would glue the heading below them into the paragraph above.
_NBSP_LINE = re.compile(r"^(?=[ \t]*\u00a0)[ \t\u00a0]+$", re.MULTILINE)  # linear: one "+" only
# A run of "*" (not escaped) and the paragraph breaks that end a bold run's search.
_STARS = re.compile(r"(?<!\\)\*{2,3}")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_PADDING = " \t\u00a0\n"
_LEADING_PADDING = re.compile(r"[ \t\u00a0\n]*")
# A bold marker with a space on its inner side: "** TEXT", "TEXT **", a marker alone at a line's end or start.
_PADDED_MARKER = re.compile(r"(?<!\\)\*\*\*?[ \t\u00a0\n]|[ \t\u00a0\n]\*\*")
# YAML double-quoted escapes that pandoc writes in a title: "\_" (no-break space), "\u2060", "\"".
_YAML_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|U[0-9a-fA-F]{8}|.)")
_YAML_SIMPLE = {"_": "\u00a0", "N": "\u0085", "L": "\u2028", "P": "\u2029", "n": " ", "t": " ", "0": ""}


def _yaml_unescape(value: str) -> str:
    def one(match: re.Match[str]) -> str:
        code = match[1]
        if code[0] in "uxU" and len(code) > 1:
            return chr(int(code[1:], 16))
        return _YAML_SIMPLE.get(code, code)

    return _YAML_ESCAPE.sub(one, value)


def _yaml_folded(first: str, more: list[str]) -> str:
    """A YAML scalar written over several lines, as one line: the lines are joined by a space, except after
    a double-quoted line ending in a backslash (an escaped line break); quotes and escapes are undone."""
    value = first.strip()
    quote = value[:1] if value[:1] in ("'", '"') else ""
    for line in more:
        if quote == '"' and value.endswith("\\") and not value.endswith("\\\\"):
            value = value[:-1] + line.strip()
        else:
            value += " " + line.strip()
    if quote:
        value = value[1:-1] if len(value) >= 2 and value.endswith(quote) else value[1:]
    return value.replace("''", "'") if quote == "'" else _yaml_unescape(value)


def _bold_padding_repaired(text: str) -> str:
    """Bold runs written with spaces inside their markers, which CommonMark does not read as bold:
    "**TRADE **", "**ALLIANCE: **The leaders", "**HEADING  " + line break + "**": the spaces are moved
    outside the markers. Markers are paired in order within each paragraph; only the paragraphs where that
    changes something are rewritten (a large text is not copied for nothing)."""
    if "**" not in text:
        return text  # no bold marker to repair (and no regex scan of every line break)
    changes: list[tuple[int, int, str]] = []
    done = 0  # the end of the last paragraph looked at
    for padded in _PADDED_MARKER.finditer(text):
        if padded.start() < done:
            continue  # in a paragraph already looked at
        begin = text.rfind("\n\n", done, padded.start())
        begin = done if begin < 0 else begin
        brk = _PARAGRAPH_BREAK.search(text, padded.end())
        done = brk.start() if brk is not None else len(text)
        paragraph = text[begin:done]
        repaired = _repair_paragraph(paragraph)
        if repaired != paragraph:
            changes.append((begin, done, repaired))
    if not changes:
        return text
    pieces: list[str] = []
    copied = 0
    for begin, end, repaired in changes:
        pieces += (text[copied:begin], repaired)
        copied = end
    pieces.append(text[copied:])
    return "".join(pieces)


def _repair_paragraph(para: str) -> str:
    runs = list(_STARS.finditer(para))
    if len(runs) < 2 or len(runs) % 2:
        return para  # unpaired markers: left to Markdown, which drops stray ones
    pieces: list[str] = []
    last = 0
    for number, run in enumerate(runs):
        before, marker = para[last : run.start()], run[0]
        if number % 2:  # closing: "TEXT **" -> "TEXT** "
            body = before.rstrip(_PADDING)
            pieces.append(body + marker + before[len(body) :])
        else:  # opening: "** TEXT" -> " **TEXT" (the spaces after it are moved below)
            pieces.append(before + marker)
        last = run.end()
        if not number % 2:
            padding = _LEADING_PADDING.match(para, last)
            spaces = padding[0] if padding else ""
            if spaces and not para.startswith("*", last + len(spaces)):
                pieces[-1] = before + spaces + marker
                last += len(spaces)
    pieces.append(para[last:])
    return "".join(pieces)


def _site_name_dropped(title: str) -> str:
    shorter = _SITE_NAME.sub("", clean_text(title))
    return shorter if len(shorter.split()) >= 3 else clean_text(title)


def _pandoc_tidy(text: str) -> str:
    # Each pattern looked for only where its mark is: most text has none of them (one per block and line).
    if "{" in text:
        text = _ATTRIBUTES.sub("", _SPAN.sub(r"\1", text))
    if "[^" in text:
        text = _FOOTNOTE_REF.sub("", text)
    if "--" in text:
        text = _EN_DASH.sub("\u2013", _EM_DASH.sub("\u2014", text))
    return text


#: A section read at once holds at least this many lines, unless the text is shorter.
_SECTION_LINES = 2000
#: Runs of more blank lines than this between sections are left out: they mean nothing to Markdown.
_BLANK_RUN = 2
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
# HTML blocks that blank lines do not end (CommonMark types 1 to 5), and what ends each.
_HTML_BLOCK_ENDS = (
    (re.compile(r" {0,3}<(script|pre|style|textarea)(\s|>|$)", re.IGNORECASE),
     re.compile(r"</(script|pre|style|textarea)>", re.IGNORECASE)),
    (re.compile(r" {0,3}<!--"), re.compile(r"-->")),
    (re.compile(r" {0,3}<\?"), re.compile(r"\?>")),
    (re.compile(r" {0,3}<![A-Za-z]"), re.compile(r">")),
    (re.compile(r" {0,3}<!\[CDATA\["), re.compile(r"\]\]>")),
)  # fmt: skip
_LIST_MARKER = re.compile(r"([-+*]|\d{1,9}[.)])(\s|$)")
_REFERENCE = re.compile(r" {0,3}\[[^\]]+\]:")
#: Reference definitions repeated for every section up to this size; beyond it the text is read at once.
_MAX_REFERENCES = 64 * 1024


def _sections(lines: list[str]) -> list[tuple[int, int]]:
    """The text's lines cut into sections that Markdown reads alike apart or together: each starts at an
    unindented line after a blank line that is no list item and lies outside any fence or HTML block (where
    every open block has ended), and long runs of blank lines are left out."""
    sections: list[tuple[int, int]] = []
    start = 0
    fence: str | None = None  # the open fence's marker ("```", "~~~~")
    html_end: re.Pattern[str] | None = None
    blank_from: int | None = None  # where the current run of blank lines began
    for index, line in enumerate(lines):
        if not line or not line.strip(" \t"):  # blank as Markdown sees it: a no-break space is text
            blank_from = index if blank_from is None else blank_from
            continue
        run, blank_from = blank_from, None
        if fence is not None:
            if _FENCE.match(line) and line.lstrip(" ").startswith(fence) and not line.strip(" " + fence[0]):
                fence = None  # a closing fence: as long as the opening one or longer, nothing after it
            continue
        if html_end is not None:
            if html_end.search(line):
                html_end = None
            continue
        if run is not None and not line[0].isspace() and not _LIST_MARKER.match(line):
            long_run = index - run > _BLANK_RUN
            if long_run or index - start >= _SECTION_LINES:
                sections.append((start, run + _BLANK_RUN if long_run else index))
                start = index
        opened = _FENCE.match(line)
        if opened is not None and not (opened[1][0] == "`" and "`" in line[opened.end() :]):
            fence = opened[1]
            continue
        if not line.lstrip(" ").startswith("<"):
            continue  # every HTML block starts with "<" (after at most three spaces)
        for begins, ends in _HTML_BLOCK_ENDS:
            begun = begins.match(line)
            if begun is not None:
                html_end = None if ends.search(line, begun.end()) else ends
                break
    end = len(lines)
    if blank_from is not None and fence is None and html_end is None and end - blank_from > _BLANK_RUN:
        end = blank_from + _BLANK_RUN
    sections.append((start, end))
    return sections


def _references(lines: list[str]) -> str:
    """The text's reference definitions ("[1]: https://…"), for every section to resolve its links by."""
    # Unindented: after any list. (A definition has a "[": the other lines are not matched at all.)
    found = [line.lstrip(" ") for line in lines if "[" in line and _REFERENCE.match(line)]
    # Each apart: a line that is no valid definition ("[^1]: a footnote") must not take the next one in.
    return "".join(f"\n\n{line}" for line in found)


@cache
def _markdown(idle: frozenset[str] = frozenset()) -> MarkdownIt:
    # Keep escapes and unmatched emphasis delimiters as separate tokens: a lone "**" left by a
    # converter (quad fact sheet) is markup to drop, an escaped "\*" is text to keep.
    md = MarkdownIt("commonmark", {"maxNesting": _MAX_NESTING}).disable(["text_join", "fragments_join"])
    # Inline text is parsed as the reader comes to it, and only where it has markup (_MarkdownReader._inline).
    return md.disable(["inline", *sorted(idle)])


# markdown-it tries each block rule at every line that may start a block; most texts have no fences, quotes,
# HTML, references or headings written with "#", and the rules that cannot match there are left out (a third
# of its time). Each is left out only where its mark is nowhere in the text, so the tokens are the same.
_RULE_MARKS = {
    "fence": re.compile(r"```|~~~"),
    "blockquote": re.compile(r">"),
    "html_block": re.compile(r"<"),
    "reference": re.compile(r"\["),
    "heading": re.compile(r"#"),
    "hr": re.compile(r"([*_-])[ \t]*\1[ \t]*\1"),  # three markers with only spaces between them
    "lheading": re.compile(r"^[ \t>]*(?:=+|-+)[ \t]*$", re.MULTILINE),  # an underline, in a quote too
    # Four columns of indentation, at a line's start or after a list marker ("1.     code"), or a tab.
    "code": re.compile(r"\t| {4}"),
}


def _parser_for(text: str) -> MarkdownIt:
    """The CommonMark parser, without the block rules that cannot match in ``text``."""
    return _markdown(frozenset(rule for rule, mark in _RULE_MARKS.items() if mark.search(text) is None))


# What markdown-it's inline rules start at (escapes, code, emphasis, links, images, autolinks and HTML,
# entities): inline text with none of these is its own text, line by line.
_INLINE_MARKUP = re.compile(r"[\\`*_\[!<&]")

# The tokens the reader looks at; the others (paragraph_open, hr…) carry nothing it needs.
_READ_TOKENS = frozenset({
    "bullet_list_open", "ordered_list_open", "bullet_list_close", "ordered_list_close", "list_item_open",
    "list_item_close", "heading_open", "heading_close", "inline", "code_block", "fence", "html_block",
})  # fmt: skip


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
        first, last = self.first, self.last
        # One line: the same number twice, one object (a large text makes a million spans).
        span = (first, first if last == first else last) if first is not None and last is not None else None
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
        self.parser = _markdown()  # the section's parser, and its references (env), for its inline text
        self.env: dict[str, object] = {}

    def read(self, text: str) -> list[Block]:
        # Each pattern only where its mark is: a multi-line pattern looks at every line of a large text.
        if ":::" in text:
            text = _PANDOC_FENCE.sub("", text)
        if "\u00a0" in text:
            text = _NBSP_LINE.sub("", text)
        text = _bold_padding_repaired(text)
        self.source_lines = text.split("\n")
        body = text if self.nested else self._front_matter(text)
        lines = self.source_lines if body is text else body.split("\n")
        del text, body  # a repaired text is a copy: only its lines are kept
        references = _references(lines)
        sections = _sections(lines) if len(references) <= _MAX_REFERENCES else [(0, len(lines))]
        for first, end in sections:
            # markdown-it holds a whole text's tokens and per-line tables at once: read section by section.
            section = "\n".join(lines[first:end]) + references
            self.parser, self.env = _parser_for(section), {}
            tokens = self.parser.parse(section, self.env)
            del section
            length = end - first
            for token in tokens:
                if token.type not in _READ_TOKENS:
                    continue
                line_map = token.map
                if line_map:
                    if line_map[0] >= length:
                        continue  # the reference definitions added to the section
                    token.map = [line_map[0] + first, min(line_map[1], length) + first]
                self._token(token)
            del tokens
            # A section's lines are not looked at again: let them go as the blocks grow (the lines of a large
            # text take three times its size).
            lines[first:end] = itertools.repeat("", end - first)
            if self.source_lines is not lines:
                self.source_lines[first:end] = itertools.repeat("", end - first)
        return [block for block in self.blocks if not _FOOTNOTE.match(block.text)]

    def _token(self, token: Token) -> None:
        kind = token.type
        if kind == "inline":  # the most frequent first
            self._inline(token)
        elif kind in ("bullet_list_open", "ordered_list_open"):
            if self.items:
                self._emit(self.items[-1])  # the parent item goes before its children
            elif self.list_depth == 0:
                self.list_start = len(self.blocks)
            self.list_depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self.list_depth -= 1
            if self.list_depth == 0 and not self.items:
                drop_navigation(self.blocks, self.list_start)
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
                # A long title runs on over indented lines (YAML folds them into one).
                last = next(
                    (i for i in range(number, end) if not lines[i][:1].isspace() or not lines[i].strip()),
                    end,
                )
                value = _yaml_folded(line.split(":", 1)[1], lines[number:last])
                self.blocks.append(Block("heading", _site_name_dropped(value), level=1, span=(number, last)))
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
        return indent_width(self._source_line(index))

    def _adopt(self, blocks: list[Block], first_line: int, depth: int) -> None:
        for block in blocks:
            span = (block.span[0] + first_line, block.span[1] + first_line) if block.span else None
            self.blocks.append(replace(block, depth=block.depth + depth, span=span))

    def _children(self, token: Token) -> list[Token]:
        """An inline token's inline tokens, parsed as markdown-it's core "inline" rule would have."""
        if not token.children:
            token.children = token.children if token.children is not None else []
            self.parser.inline.parse(token.content, self.parser, self.env, token.children)
        return token.children

    def _inline(self, token: Token) -> None:
        buffer = InlineBuffer(tidy=_pandoc_tidy)
        if _INLINE_MARKUP.search(token.content) is None:
            _plain_inline(token.content, buffer)
        else:
            _markdown_inline(self._children(token), buffer)
        span = _span(token.map)
        bullet = self._first_bullet_line(token.map) if token.map and not self.items else None
        if self.items and self.items[-1].parts and self.heading_level:
            # A heading inside the last item of a list ("-   Item.\n\n    ### Next Section"): the same.
            self._emit(self.items[-1])
            self.blocks.append(Block("heading", buffer.text(), level=self.heading_level, span=span))
        elif self.items and self._heading_in_item(buffer):
            # A heading the page put inside the last item of a list: it heads what follows, not the item.
            self._emit(self.items[-1])
            self.blocks.append(
                Block("heading", buffer.text(), level=IMPLIED_HEADING_LEVEL, span=span, strong=True)
            )
        elif self.items:
            self.items[-1].add(buffer.text(), token.map, buffer.link_only())
        elif token.map and bullet is not None:
            self._bullet_paragraph(token, token.map[0], bullet)
        elif self.heading_level:
            self.bullet_levels.clear()
            self.blocks.append(
                Block(
                    "heading",
                    buffer.text(),
                    level=self.heading_level,
                    span=span,
                    link_only=buffer.link_only(),
                )
            )
        elif buffer.link_only():  # navigation ("Skip to content") or a pointer elsewhere: examine decides
            self.blocks.append(Block("paragraph", buffer.text(), span=span, link_only=True))
        else:
            self.bullet_levels.clear()
            self.blocks.extend(buffer.paragraph_blocks(span))

    def _heading_in_item(self, buffer: InlineBuffer) -> bool:
        """A bold, heading-like paragraph after an item's own text: "-   Item.\\n\\n    **NEXT SECTION**"."""
        return bool(self.items[-1].parts) and heading_in_item(buffer)

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
        for child in self._children(token):
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
                current = _OpenItem(self.bullet_levels.depth(indent_width(raw), marker))
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
        # Imported here: lxml loads only for a Markdown file that holds HTML.
        from nals_desktop.importers.readers.html import read_html

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


def _plain_inline(content: str, buffer: InlineBuffer) -> None:
    """Inline text without markup, as _markdown_inline reads markdown-it's tokens of it: a text token per
    line, each line break (soft, or hard after two spaces) a space and a new line; the spaces before a break
    and at the start of the next line are dropped (markdown-it's "newline" rule)."""
    lines = content.split("\n")
    last = len(lines) - 1
    for number, line in enumerate(lines):
        if number:
            line = line.lstrip(" \t")
        if number < last:
            if line.endswith("  "):
                line = line.rstrip(" ")
            elif line.endswith(" "):
                line = line[:-1]
            buffer.add(line, False)
            buffer.add(" ", False)
            buffer.newline()
        else:
            buffer.add(line, False)


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
            if name in STRONG_TAGS:
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
    if not line_map:
        return None
    first, last = line_map[0] + 1, line_map[1]
    return (first, first if last == first else last)  # one line: one number object


def read_markdown(text: str) -> list[Block]:
    """CommonMark, inline HTML included: headings, paragraphs and (nested) list items with their lines."""
    return _MarkdownReader().read(text)
