"""The HTML reader: headings, paragraphs and list items, page furniture left out, read in one pass over lxml's
parser events (no tree is built: a 20 MB page is read as it is parsed)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import Any

from lxml import etree

from nals_desktop.importers.blocks import (
    IMPLIED_HEADING_LEVEL,
    MARKER,
    Block,
    InlineBuffer,
    ListLevels,
    clean_text,
    is_residue,
)
from nals_desktop.importers.readers.shared import STRONG_TAGS, drop_navigation, heading_in_item

# Page furniture and non-content elements: never part of a fact sheet's text.
_DROPPED_TAGS = frozenset({
    "script", "style", "nav", "noscript", "template", "head", "aside", "button", "select", "iframe", "svg",
    "canvas", "object", "embed", "dialog", "search",
})  # fmt: skip
# What only a page's content holds: a form around it is the page's wrapper, not a search or sign-up form.
_PAGE_CONTENT = frozenset({"main", "article", "h1"})
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
_STRUCTURAL_TAGS = _BLOCK_TAGS | _LIST_TAGS | frozenset(_HEADING_TAGS)
_SKIPPED_INLINE = frozenset({"img", "picture", "video", "audio", "map", "input", "textarea"})
# What an element without attributes may be left out for (see _HtmlReader.skipped): its name.
_LOOKED_AT = _DROPPED_TAGS | _SKIPPED_INLINE | _PAGE_LEVEL_TAGS | {"form"}
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


_HEADING_WORDS = 20


def _paragraph_marker(line: str) -> re.Match[str] | None:
    marker = MARKER.match(line)
    return marker if marker and marker["marker"] not in _NOT_PARAGRAPH_MARKERS else None


def _numbered_heading(lines: list[str]) -> bool:
    """A paragraph of one short numbered line that ends no sentence ("1. Trusted Technology") heads a section;
    "2. to report." is an item."""
    marker = _paragraph_marker(lines[0])
    return (
        len(lines) == 1
        and marker is not None
        and marker["marker"][:1].isdigit()
        and lines[0][-1] not in ".;:,!?"
        and len(lines[0].split()) <= _HEADING_WORDS
    )


def _word_list_level(name: str, attrs: Mapping[str, str], classes: Sequence[str]) -> int | None:
    """The level of a Word list paragraph, from its mso-list style or, where "Web Page, Filtered" dropped
    that, from its indentation (Word indents each level by half an inch); None for any other element."""
    if name != "p":
        return None
    style = attrs.get("style") or ""
    level = _MSO_LEVEL.search(style)
    if level is not None:
        return max(int(level[1]) - 1, 0)
    if not any(str(c).startswith("MsoListParagraph") for c in classes):
        return None
    margin = _MARGIN_LEFT.search(style)
    if margin is None:
        return 0
    return max(round(float(margin[1]) * _POINTS[margin[2].lower()] / 36) - 1, 0)


def _hidden(attrs: Mapping[str, str]) -> bool:
    if "hidden" in attrs:
        return True
    classes = attrs.get("class")
    if classes and not _HIDDEN_CLASSES.isdisjoint(classes.split()):
        return True
    style = attrs.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


_NO_ATTRIBUTES: Mapping[str, str] = {}
# Where the page's own content is: an <h1> inside one of these titles the content, not a banner.
_CONTENT_TAGS = frozenset({"main", "article"})
#: Characters of the page handed to the parser at a time.
_PIECE = 64 * 1024
#: Elements nested deeper than this are read as flat text: a list of a million levels is read as a list of
#: items, not held as a million open elements.
_MAX_ELEMENT_DEPTH = 100
#: Below this many open elements the page is read flat as it comes: a structural element there closes the
#: deep elements still open, and a list is not opened (its items are). The reader's depth counts a list
#: level, not each of its elements (<ul>, <li>, a <p> in it…), hence the margin over its limit.
_FLAT_BELOW = 4 * _MAX_ELEMENT_DEPTH


class _Frame:
    """An element being read, and what its text and child elements turn into: the reader keeps one per
    open element. ``after`` runs once the element has ended (a space after a block met inline, an item's
    block, a heading's)."""

    __slots__ = ("after",)

    def __init__(self) -> None:
        self.after: Callable[[], None] | None = None

    def start(self, reader: _HtmlReader, name: str, attrs: Mapping[str, str]) -> _Frame | None:
        """The frame of a child element; None while the reader looks ahead to decide (see _Lookahead)."""
        return _SKIP

    def text(self, reader: _HtmlReader, text: str) -> None:
        pass

    def end(self, reader: _HtmlReader) -> None:
        pass


class _Skip(_Frame):
    """Left out, with all it holds: page furniture, hidden text, images."""

    __slots__ = ()


_SKIP = _Skip()


class _Container(_Frame):
    """A block holding blocks (<body>, <div>, <section>…): its inline text between them makes paragraphs."""

    __slots__ = ("attrs", "buffer", "depth", "name", "sectioning")

    def __init__(self, name: str, attrs: Mapping[str, str], depth: int, sectioning: bool) -> None:
        self.after = None
        self.name = name
        self.attrs = attrs
        self.depth = depth
        self.sectioning = sectioning
        self.buffer = InlineBuffer()

    def start(self, reader: _HtmlReader, name: str, attrs: Mapping[str, str]) -> _Frame | None:
        if attrs or name in _LOOKED_AT:  # (most elements are plain, and read: kept cheap)
            skipped = reader.skipped(name, attrs)
            if skipped is None:
                return None
            if skipped:
                return _SKIP
        if name in _STRUCTURAL_TAGS:
            if not self.buffer.empty():  # an empty buffer is no paragraph: kept for the next one
                reader.paragraph(self.buffer, self.name, self.attrs)
                self.buffer = InlineBuffer()
            return reader.structural(name, attrs, self.depth)
        return reader.inline(name, attrs, self.buffer, False, False, self.depth)

    def text(self, reader: _HtmlReader, text: str) -> None:
        self.buffer.add(text, False)

    def end(self, reader: _HtmlReader) -> None:
        if not self.buffer.empty():
            reader.paragraph(self.buffer, self.name, self.attrs)
        reader.sections -= self.sectioning


class _Inline(_Frame):
    """Inline text (<b>, <a>, <span>…, a heading's), added to the buffer of the block it is in."""

    __slots__ = ("buffer", "depth", "link", "strong")

    def __init__(self, buffer: InlineBuffer, strong: bool, link: bool, depth: int) -> None:
        self.after = None
        self.buffer = buffer
        self.strong = strong
        self.link = link
        self.depth = depth

    def start(self, reader: _HtmlReader, name: str, attrs: Mapping[str, str]) -> _Frame | None:
        if attrs or name in _LOOKED_AT:  # (most elements are plain, and read: kept cheap)
            skipped = reader.skipped(name, attrs)
            if skipped is None:
                return None
            if skipped:
                return _SKIP
        if name not in _STRUCTURAL_TAGS:
            if self.depth < _MAX_ELEMENT_DEPTH and name != "br":  # inline(), inline: the common case
                link = self.link or (name == "a" and "href" in attrs)
                return _Inline(self.buffer, self.strong or name in STRONG_TAGS, link, self.depth + 1)
            return reader.inline(name, attrs, self.buffer, self.strong, self.link, self.depth)
        # Misplaced blocks still separate words.
        space = partial(self.buffer.add, " ", self.strong, self.link)
        space()
        frame = reader.inline(name, attrs, self.buffer, self.strong, self.link, self.depth)
        frame.after = space
        return frame

    def text(self, reader: _HtmlReader, text: str) -> None:
        self.buffer.add(text, self.strong, self.link)


class _Text(_Frame):
    """An element beyond the depth limit met inline: all the text it holds, joined by spaces, added at its
    end (``buffer`` is None for the elements inside it)."""

    __slots__ = ("buffer", "link", "strong", "texts")

    def __init__(self, texts: list[str], buffer: InlineBuffer | None, strong: bool, link: bool) -> None:
        self.after = None
        self.texts = texts
        self.buffer = buffer
        self.strong = strong
        self.link = link

    def start(self, reader: _HtmlReader, name: str, attrs: Mapping[str, str]) -> _Frame | None:
        return _Text(self.texts, None, False, False)

    def text(self, reader: _HtmlReader, text: str) -> None:
        self.texts.append(text)

    def end(self, reader: _HtmlReader) -> None:
        if self.buffer is not None:
            self.buffer.add(" ".join(self.texts), self.strong, self.link)


class _List(_Frame):
    """A list (or an element wrapping its items): its items, and text loose in it as items of its own."""

    __slots__ = ("depth", "level", "out")

    def __init__(self, level: int, depth: int, out: list[Block]) -> None:
        self.after = None
        self.level = level
        self.depth = depth
        self.out = out

    def start(self, reader: _HtmlReader, name: str, attrs: Mapping[str, str]) -> _Frame | None:
        if attrs or name in _LOOKED_AT:  # (most elements are plain, and read: kept cheap)
            skipped = reader.skipped(name, attrs)
            if skipped is None:
                return None
            if skipped:
                return _SKIP
        if name == "li":
            return reader.read_item(name, attrs, self.level, self.depth, self.out)
        if name in _LIST_TAGS:  # a list directly inside a list: sloppy nesting
            return reader.read_list(self.level + 1, self.depth, self.out)
        return reader.read_list(self.level, self.depth, self.out)  # wrappers between <ul> and <li>

    def text(self, reader: _HtmlReader, text: str) -> None:
        cleaned = clean_text(text)
        if cleaned:
            self.out.append(Block("item", reader.texts.setdefault(cleaned, cleaned), depth=self.level))


class _ItemPart:
    """Where an item's text goes (its list level, the reader's depth where it started, the blocks its nested
    lists go to): the item's own buffer, or that of a bold paragraph in it that may head what follows."""

    __slots__ = ("buffer", "depth", "level", "out")

    def __init__(self, buffer: InlineBuffer, level: int, depth: int, out: list[Block]) -> None:
        self.buffer = buffer
        self.level = level  # its list level
        self.depth = depth  # the reader's depth where it started (see _MAX_ELEMENT_DEPTH)
        self.out = out


class _Item(_ItemPart):
    """A list item: its text, its block put in its place (before those of the lists nested in it, wherever
    they were in its text) once read; a heading-like bold <p> closing it after them (see _Held)."""

    __slots__ = ("done", "held", "place", "texts")

    def __init__(
        self, level: int, depth: int, out: list[Block], texts: dict[str, str], done: Callable[[], None] | None
    ) -> None:
        self.buffer = InlineBuffer()  # (_ItemPart's fields set here: a page makes one _Item per item)
        self.level = level
        self.depth = depth
        self.out = out
        self.texts = texts
        self.place = len(out)
        out.append(_PENDING)
        self.done = done
        self.held: InlineBuffer | None = None  # a bold heading closing the item, so far

    def finish(self) -> None:
        text = self.buffer.text()
        if text:
            text = self.texts.setdefault(text, text)
            self.out[self.place] = Block("item", text, depth=self.level, link_only=self.buffer.link_only())
        else:
            del self.out[self.place]
        if self.held is not None:
            self.out.append(Block("heading", self.held.text(), level=IMPLIED_HEADING_LEVEL, strong=True))
        if self.done is not None:
            self.done()


_PENDING = Block("item", "")  # an item's place until its text is read


class _ItemText(_Frame):
    """The text of a list item, whatever blocks it is in; its lists are read as nested lists."""

    __slots__ = ("depth", "item", "link", "strong")

    def __init__(self, item: _ItemPart, strong: bool, link: bool, depth: int) -> None:
        self.after = None
        self.item = item
        self.strong = strong
        self.link = link
        self.depth = depth

    def start(self, reader: _HtmlReader, name: str, attrs: Mapping[str, str]) -> _Frame | None:
        item = self.item
        if name in _LIST_TAGS:
            return reader.read_list(item.level + 1, item.depth, item.out)
        if attrs or name in _LOOKED_AT:  # (most elements are plain, and read: kept cheap)
            skipped = reader.skipped(name, attrs)
            if skipped is None:
                return None
            if skipped:
                return _SKIP
        if name != "br" and name not in _STRUCTURAL_TAGS:
            if self.depth < _MAX_ELEMENT_DEPTH:  # item_text(), inline: the common case
                link = self.link or (name == "a" and "href" in attrs)
                return _ItemText(item, self.strong or name in STRONG_TAGS, link, self.depth + 1)
            return reader.item_text(name, attrs, item, self.strong, self.link, self.depth)
        if name == "p" and self.depth == item.depth + 1 and not item.buffer.blank():
            return self._paragraph(reader, name, attrs)  # a <p> in the <li> itself, after its text
        space = partial(item.buffer.add, " ", self.strong, self.link)
        space()
        frame = reader.item_text(name, attrs, item, self.strong, self.link, self.depth)
        frame.after = space
        return frame

    def text(self, reader: _HtmlReader, text: str) -> None:
        self.item.buffer.add(text, self.strong, self.link)

    def _paragraph(self, reader: _HtmlReader, name: str, attrs: Mapping[str, str]) -> _Frame:
        """A <p> after the item's text, read apart: a heading closing the item is held back (see _Held)."""
        item = self.item
        assert isinstance(item, _Item)  # (only the <li>'s own frame is as deep as its item plus one)
        part = _ItemPart(InlineBuffer(), item.level, item.depth, item.out)  # its lists nested in the item
        frame = reader.item_text(name, attrs, part, self.strong, self.link, self.depth)
        frame.after = partial(self._paragraph_read, reader, item, part.buffer)
        return frame

    def _paragraph_read(self, reader: _HtmlReader, item: _Item, paragraph: InlineBuffer) -> None:
        if heading_in_item(paragraph):
            item.held = paragraph
            assert reader.frames[-1] is self
            reader.frames[-1] = _Held(self, item)
        else:
            _add_paragraph(item.buffer, paragraph, self.strong, self.link)


class _Held(_Frame):
    """An item's own element (<li>) after a bold <p> in it that reads as a heading ("<li><p>…</p><p><strong>
    Defending Free and Fair Elections</strong></p></li>"): held back to head what follows the item, unless
    more of the item comes (then it goes back into the item's text, and the item's frame reads on). Stands
    in for that frame meanwhile, so that the frames of other items' text need not look for a held one."""

    __slots__ = ("frame", "item")

    def __init__(self, frame: _ItemText, item: _Item) -> None:
        self.after = frame.after  # the item's end
        self.frame = frame
        self.item = item

    def start(self, reader: _HtmlReader, name: str, attrs: Mapping[str, str]) -> _Frame | None:
        self._put_back(reader)
        return self.frame.start(reader, name, attrs)

    def text(self, reader: _HtmlReader, text: str) -> None:
        if not text.isspace():
            self._put_back(reader)
        self.frame.text(reader, text)

    def _put_back(self, reader: _HtmlReader) -> None:
        held = self.item.held
        if held is not None:
            self.item.held = None
            frame = self.frame
            _add_paragraph(self.item.buffer, held, frame.strong, frame.link)
            reader.frames[-1] = frame  # the item goes on


class _FlatItemText(_Frame):
    """An item's text beyond the depth limit: every text in it, spaced, in the item's emphasis."""

    __slots__ = ("item", "link", "strong")

    def __init__(self, item: _ItemPart, strong: bool, link: bool) -> None:
        self.after = None
        self.item = item
        self.strong = strong
        self.link = link

    def start(self, reader: _HtmlReader, name: str, attrs: Mapping[str, str]) -> _Frame | None:
        item = self.item
        if name in _LIST_TAGS:
            return reader.read_list(item.level + 1, item.depth, item.out)
        if attrs or name in _LOOKED_AT:
            skipped = reader.skipped(name, attrs)
            if skipped is None:
                return None
            if skipped:
                return _SKIP
        return _FlatItemText(item, self.strong, self.link)

    def text(self, reader: _HtmlReader, text: str) -> None:
        self.item.buffer.add(f" {text} ", self.strong, self.link)


class _Flat(_Frame):
    """What is nested beyond the depth limit, read flat: each list item still an item of its own (all at
    ``level``, in order), the text between them paragraphs. ``parts`` is the text since the last one."""

    __slots__ = ("item", "level", "out", "parts", "sectioning")

    def __init__(self, out: list[Block], parts: list[str], level: int, item: bool, sectioning: bool) -> None:
        self.after = None
        self.out = out
        self.parts = parts
        self.level = level
        self.item = item
        self.sectioning = sectioning

    def flush(self, reader: _HtmlReader) -> None:
        text = clean_text(" ".join(self.parts))
        if text:
            item = self.item
            text = reader.texts.setdefault(text, text)
            self.out.append(Block("item" if item else "paragraph", text, depth=self.level if item else 0))
        self.parts.clear()

    def start(self, reader: _HtmlReader, name: str, attrs: Mapping[str, str]) -> _Frame | None:
        if attrs or name in _LOOKED_AT:  # (most elements are plain, and read: kept cheap)
            skipped = reader.skipped(name, attrs)
            if skipped is None:
                return None
            if skipped:
                return _SKIP
        structural = name == "li" or name in _STRUCTURAL_TAGS
        if structural:
            self.flush(reader)  # an item's or a paragraph's text ends where a block starts
        item = name == "li" or (self.item and not structural)
        return _Flat(self.out, self.parts, self.level, item, False)

    def text(self, reader: _HtmlReader, text: str) -> None:
        self.parts.append(text)

    def end(self, reader: _HtmlReader) -> None:
        self.flush(reader)  # and where it ends
        reader.sections -= self.sectioning


class _Lookahead:
    """An element whose reading waits on what it holds: a <form> (a search or sign-up form is furniture,
    but ASP.NET and SharePoint wrap the whole page in one) until the page's content starts in it or it
    ends; a page's <header> (read only where it holds the page's title) until it ends. Its events are kept
    meanwhile, then read."""

    __slots__ = ("attrs", "events", "name", "open")

    def __init__(self, name: str, attrs: Mapping[str, str]) -> None:
        self.name = name
        self.attrs = attrs
        self.events: list[tuple[str, str, Mapping[str, str]]] = []
        self.open = 0  # its elements open

    def holds_title(self) -> bool:
        """A banner whose <h1> has text besides links (not a logo linking home)."""
        events = iter(self.events)
        for kind, name, _attrs in events:
            if kind == "start" and name == "h1":
                break
        else:
            return False
        texts: list[str] = []
        links: list[list[str]] = []  # the text of each link in it
        opened: list[int] = []  # per element open in it: its link's index, or -1
        for kind, value, _attrs in events:
            if kind == "text":
                texts.append(value)
                for index in opened:
                    if index >= 0:
                        links[index].append(value)
            elif kind == "start":
                opened.append(len(links) if value == "a" else -1)
                if value == "a":
                    links.append([])
            elif not opened:
                break  # the end of the <h1>
            else:
                opened.pop()
        linked = " ".join(" ".join(link) for link in links)
        return clean_text(" ".join(texts)) not in ("", clean_text(linked))


class _HtmlReader:
    """lxml's parser target: each element read as the parser reports it, into blocks.

    The page is read as the tree of elements lxml's events describe, except that below ``_FLAT_BELOW``
    open elements it is read flat (see there): a page nested a million deep costs a list of its items, not
    a million open elements.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.blocks: list[Block] = []
        self.sections = 0  # open article, main and section elements
        self.levels = ListLevels()  # paragraphs written as list items ("1. …", "• …")
        self.titled: bool | None = None  # an <h1> inside <main> or <article>; None: not looked yet
        self.pieces: list[str] = []  # the text being read: lxml hands it over in pieces
        # Items' texts, each kept once: a page repeating one (a list nested a thousand deep) keeps it once.
        # (A dict of the distinct texts: as large as a page's list of items at most, and let go with it.)
        self.texts: dict[str, str] = {}
        self.open = 1  # elements open, the document included
        self.started: list[int] = []  # per element started and not ended: where it opened, or -1 (not)
        self.lookahead: _Lookahead | None = None
        self.decided: bool | None = None  # whether the element looked ahead at is skipped, once decided
        self.frames: list[_Frame] = [self.container("[document]", _NO_ATTRIBUTES, 0)]

    # ------------------------------------------------------------------------------- lxml's parser events

    def start(self, tag: Any, attrib: Mapping[str, str]) -> None:
        pieces = self.pieces
        if pieces:  # _flush(), inline: this runs for every element of the page
            text = pieces[0] if len(pieces) == 1 else "".join(pieces)
            pieces.clear()
            if self.lookahead is None:
                self.frames[-1].text(self, text)
            else:
                self._text(text)
        name = tag.lower()
        opened = self.open
        if opened > _FLAT_BELOW:
            if name in _LIST_TAGS:
                self.started.append(-1)
                return
            if name in _STRUCTURAL_TAGS:
                while self.open > _FLAT_BELOW:
                    self.open -= 1
                    self._end()
                opened = self.open
        self.started.append(opened)
        self.open = opened + 1
        # lxml hands over a new dict for an element with attributes, an empty mapping for one without.
        attrs = attrib if type(attrib) is dict else dict(attrib) if len(attrib) else _NO_ATTRIBUTES
        if self.lookahead is None:  # _start(), inline: this runs for every element of the page
            frame = self.frames[-1].start(self, name, attrs)
            if frame is not None:
                self.frames.append(frame)
        else:
            self._start(name, attrs)

    def end(self, tag: Any) -> None:
        pieces = self.pieces
        if pieces:  # _flush(), inline
            text = pieces[0] if len(pieces) == 1 else "".join(pieces)
            pieces.clear()
            if self.lookahead is None:
                self.frames[-1].text(self, text)
            else:
                self._text(text)
        # Not for an element never opened or already closed by reading flat.
        started = self.started
        if started and started.pop() == self.open - 1:
            self.open -= 1
            if self.lookahead is None:  # _end(), inline
                frame = self.frames.pop()
                frame.end(self)
                if frame.after is not None:
                    frame.after()
            else:
                self._end()

    def _flush(self) -> None:
        pieces = self.pieces
        self._text(pieces[0] if len(pieces) == 1 else "".join(pieces))
        pieces.clear()

    def data(self, text: str) -> None:
        self.pieces.append(text)

    def comment(self, text: str) -> None:
        if self.pieces:  # no text itself, but it parts the text around it, as in the page
            self._flush()

    def close(self) -> None:
        pass  # see finish

    def finish(self) -> list[Block]:
        """The blocks, once the parser has had the whole page."""
        if self.pieces:
            self._flush()
        while self.open:
            self.open -= 1
            self._end()
        return self.blocks

    # --------------------------------------------------------------------------------- the element tree

    def _start(self, name: str, attrs: Mapping[str, str]) -> None:
        lookahead = self.lookahead
        if lookahead is not None:
            lookahead.events.append(("start", name, attrs))
            lookahead.open += 1
            if lookahead.name == "form" and name in _PAGE_CONTENT:
                self._decide(False)
            return
        frame = self.frames[-1].start(self, name, attrs)
        if frame is not None:
            self.frames.append(frame)

    def _text(self, text: str) -> None:
        lookahead = self.lookahead
        if lookahead is not None:
            lookahead.events.append(("text", text, _NO_ATTRIBUTES))
        else:
            self.frames[-1].text(self, text)

    def _end(self) -> None:
        lookahead = self.lookahead
        if lookahead is not None:
            lookahead.events.append(("end", "", _NO_ATTRIBUTES))
            lookahead.open -= 1
            if lookahead.open < 0:  # its own end
                if lookahead.name == "form":
                    self._decide(True)
                else:
                    self._decide(not lookahead.holds_title() or self._titled_content())
            return
        frame = self.frames.pop()
        frame.end(self)
        if frame.after is not None:
            frame.after()

    def _decide(self, skipped: bool) -> None:
        """The element looked ahead at is read (or skipped) from its start, then what it has held so far."""
        lookahead = self.lookahead
        assert lookahead is not None
        self.lookahead = None
        self.decided = skipped
        self._start(lookahead.name, lookahead.attrs)
        for kind, value, attrs in lookahead.events:
            if kind == "start":
                self._start(value, attrs)
            elif kind == "text":
                self._text(value)
            else:
                self._end()

    def skipped(self, name: str, attrs: Mapping[str, str]) -> bool | None:
        """Whether an element is left out; None where that waits on what it holds (the reader looks ahead)."""
        # Skipped while reading rather than removed first: one pass over a large page, not two.
        decided = self.decided
        if decided is not None:
            self.decided = None
            return decided
        if name == "form":
            self.lookahead = _Lookahead(name, attrs)
            return None
        if name in _DROPPED_TAGS or name in _SKIPPED_INLINE or (attrs and _hidden(attrs)):
            return True
        if name not in _PAGE_LEVEL_TAGS or self.sections:
            return False
        # A page's footer is furniture; its banner is read if it holds the page's <h1> (see _Lookahead).
        if name == "header":
            self.lookahead = _Lookahead(name, attrs)
            return None
        return True

    def _titled_content(self) -> bool:
        # Looked for in the whole page, once, and only for a banner holding an <h1>: a page read as it is
        # parsed does not know yet what its content holds.
        if self.titled is None:
            self.titled = titled_content(self.text)
        return self.titled

    # ------------------------------------------------------------------------------------------- frames

    def container(self, name: str, attrs: Mapping[str, str], depth: int) -> _Frame:
        sectioning = name in _SECTIONING_TAGS or attrs.get("role") == "main"
        self.sections += sectioning
        if depth + 1 > _MAX_ELEMENT_DEPTH:
            return _Flat(self.blocks, [], 0, False, sectioning)
        return _Container(name, attrs, depth + 1, sectioning)

    def structural(self, name: str, attrs: Mapping[str, str], depth: int) -> _Frame:
        if name in _LIST_TAGS or name == "li":
            done = partial(self._list_read, len(self.blocks))
            if name == "li":
                return self.read_item(name, attrs, 0, depth, self.blocks, done)
            frame = self.read_list(0, depth, self.blocks)
            frame.after = done
            return frame
        level = _HEADING_TAGS.get(name)
        if level is not None:
            buffer = InlineBuffer()
            frame = self.inline(name, attrs, buffer, False, False, depth)
            frame.after = partial(self._heading, buffer, level)
            return frame
        return self.container(name, attrs, depth)

    def _list_read(self, start: int) -> None:
        drop_navigation(self.blocks, start)
        self.levels.clear()

    def _heading(self, buffer: InlineBuffer, level: int) -> None:
        self.blocks.append(Block("heading", buffer.text(), level=level, link_only=buffer.link_only()))
        self.levels.clear()

    def inline(
        self, name: str, attrs: Mapping[str, str], buffer: InlineBuffer, strong: bool, link: bool, depth: int
    ) -> _Frame:
        strong = strong or name in STRONG_TAGS
        link = link or (name == "a" and "href" in attrs)
        if depth + 1 > _MAX_ELEMENT_DEPTH:
            return _Text([], buffer, strong, link)
        if name == "br":
            buffer.add(" ", strong, link)
            if not strong:
                buffer.newline()
            return _SKIP
        return _Inline(buffer, strong, link, depth + 1)

    def read_list(self, level: int, depth: int, out: list[Block]) -> _Frame:
        if depth + 1 > _MAX_ELEMENT_DEPTH:
            return _Flat(out, [], level, True, False)
        return _List(level, depth + 1, out)

    def read_item(
        self,
        name: str,
        attrs: Mapping[str, str],
        level: int,
        depth: int,
        out: list[Block],
        done: Callable[[], None] | None = None,
    ) -> _Frame:
        item = _Item(level, depth, out, self.texts, done)
        if depth < _MAX_ELEMENT_DEPTH:  # item_text(), inline: the common case
            frame: _Frame = _ItemText(item, False, False, depth + 1)
        else:
            frame = self.item_text(name, attrs, item, False, False, depth)
        frame.after = item.finish
        return frame

    def item_text(
        self, name: str, attrs: Mapping[str, str], item: _ItemPart, strong: bool, link: bool, depth: int
    ) -> _Frame:
        strong = strong or name in STRONG_TAGS
        link = link or (name == "a" and "href" in attrs)
        if depth + 1 > _MAX_ELEMENT_DEPTH:
            return _FlatItemText(item, strong, link)
        return _ItemText(item, strong, link, depth + 1)

    # --------------------------------------------------------------------------------------- paragraphs

    def paragraph(self, buffer: InlineBuffer, name: str, attrs: Mapping[str, str]) -> None:
        """Inline text between blocks: a paragraph, or items where it is written as a list ("1. …", Word's
        list paragraphs); where it is only a link ("Skip to content", "Learn more about…"), a block so marked,
        which examine leaves out (saying so where it names more than a site's navigation)."""
        if buffer.blank():
            return
        if buffer.link_only():
            self.blocks.append(Block("paragraph", buffer.text(), link_only=True))
            return
        lines = buffer.lines()
        if not lines:
            return
        classes: Sequence[str] = (attrs.get("class") or "").split()
        if "MsoTitle" in classes:  # Word's Title style
            self.blocks.append(Block("heading", " ".join(lines), level=1))
            return
        level = _word_list_level(name, attrs, classes) if attrs else None
        if level is not None:
            raw = _MSO_MARKER.sub("", " ".join(t for t, _s, _l in buffer.pieces()), count=1)
            self.blocks.append(Block("item", clean_text(raw), depth=level))
            return
        first = next((i for i, line in enumerate(lines) if _paragraph_marker(line)), None)
        if first is not None and is_residue(" ".join(lines)):
            first = None  # "- 30 -"
        if first is not None and first > 0 and not lines[first - 1].endswith(":"):
            first = None  # a "2." inside a paragraph, not a list under an intro
        if first == 0 and _numbered_heading(lines):
            first = None  # "<p>1. Trusted Technology</p>": a heading, as Markdown's "1\. Trusted Technology"
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


def _add_paragraph(buffer: InlineBuffer, paragraph: InlineBuffer, strong: bool, link: bool) -> None:
    buffer.add(" ", strong, link)
    for piece in paragraph.pieces():
        buffer.add(*piece)
    buffer.add(" ", strong, link)


def read_html(text: str) -> list[Block]:
    """Headings, paragraphs and (nested) list items of an HTML page, page furniture left out."""
    reader = _HtmlReader(text)
    parser = etree.HTMLParser(target=reader, recover=True)
    for at in range(0, len(text), _PIECE):
        parser.feed(text[at : at + _PIECE])
    try:
        parser.close()
    except etree.XMLSyntaxError:
        pass  # "no element found": an empty or text-less page, read as it is
    return reader.finish()


def titled_content(text: str) -> bool:
    """Whether the page's content (<main>, <article>, role="main") has an <h1> of its own."""
    scan = _TitleScan()
    parser = etree.HTMLParser(target=scan, recover=True)
    parser.feed(text)
    try:
        parser.close()
    except etree.XMLSyntaxError:
        pass
    return scan.found


class _TitleScan:
    """lxml's parser target for ``titled_content``: the elements' names only, nothing kept."""

    def __init__(self) -> None:
        self.started: list[bool] = []  # per element started and not ended: a content element?
        self.contents = 0
        self.found = False

    def start(self, tag: Any, attrib: Mapping[str, str]) -> None:
        name = tag.lower()
        content = name in _CONTENT_TAGS or (type(attrib) is dict and attrib.get("role") == "main")
        self.contents += content
        self.started.append(content)
        if name == "h1" and self.contents:
            self.found = True

    def end(self, tag: Any) -> None:
        if self.started:
            self.contents -= self.started.pop()

    def close(self) -> bool:
        return self.found
