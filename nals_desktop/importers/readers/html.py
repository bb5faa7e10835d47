"""The HTML reader (lxml's parser): headings, paragraphs and list items, page furniture left out."""

from __future__ import annotations

import re
from collections.abc import Sequence

from nals_desktop.importers.blocks import (
    IMPLIED_HEADING_LEVEL,
    MARKER,
    Block,
    InlineBuffer,
    ListLevels,
    clean_text,
    is_residue,
)
from nals_desktop.importers.readers.dom import Element, Page, titled_content
from nals_desktop.importers.readers.shared import STRONG_TAGS, drop_navigation

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
# A bold paragraph closing a list item ("<li><p>…</p><p><strong>Defending Free and Fair Elections</strong></p>
# </li>") heads what follows, as in Markdown: at most this many words, no closing punctuation.
_HEADING_IN_ITEM_WORDS = 12


def _holds_title(element: Element) -> bool:
    if element.name != "header":
        return False
    heading = element.find("h1")
    if not isinstance(heading, Element):
        return False
    linked = " ".join(a.get_text(" ") for a in heading.find_all("a"))
    return clean_text(heading.get_text(" ")) not in ("", clean_text(linked))


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


def _word_list_level(element: Element, classes: Sequence[str]) -> int | None:
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
    return isinstance(node, str)  # the tree holds no comments, doctypes or processing instructions


def _hidden(element: Element) -> bool:
    attrs = element.attrs
    if not attrs:  # most elements: kept cheap
        return False
    if "hidden" in attrs:
        return True
    classes = attrs.get("class")
    if classes and not _HIDDEN_CLASSES.isdisjoint(classes.split()):
        return True
    style = attrs.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


#: Elements nested deeper than this are read as flat text: the walk is recursive, hostile pages are not.
_MAX_ELEMENT_DEPTH = 100


class _HtmlReader:
    def __init__(self, page: Page, text: str) -> None:
        self.page = page
        self.text = text
        self.blocks: list[Block] = []
        self.depth = 0
        self.sections = 0  # open article, main and section elements
        self.levels = ListLevels()  # paragraphs written as list items ("1. …", "• …")
        self.titled_content: bool | None = None  # an <h1> inside <main> or <article>; None: not looked yet

    def _skipped(self, element: Element) -> bool:
        # Skipped while walking rather than removed first: one walk of a large page, not two.
        name = element.name
        if name == "form":
            # A search or sign-up form is furniture; ASP.NET and SharePoint wrap the whole page in one.
            return not self.page.holds(element, _PAGE_CONTENT)
        if name in _DROPPED_TAGS or name in _SKIPPED_INLINE or (element.attrs and _hidden(element)):
            return True
        if name not in _PAGE_LEVEL_TAGS or self.sections:
            return False
        # A banner holding the page's <h1> (not a logo linking home) is read, unless the content has its own.
        return not _holds_title(self.page.complete(element)) or self._titled_content()

    def _titled_content(self) -> bool:
        # Looked for in the whole page, once, and only for a banner holding an <h1>: a page read in pieces
        # does not know yet what its content holds.
        if self.titled_content is None:
            self.titled_content = titled_content(self.text)
        return self.titled_content

    def _too_deep(self) -> bool:
        return self.depth > _MAX_ELEMENT_DEPTH

    def read_container(self, element: Element) -> None:
        self.depth += 1
        sectioning = element.name in _SECTIONING_TAGS or element.attrs.get("role") == "main"
        self.sections += sectioning
        try:
            if self._too_deep():
                self._flat(element, 0, in_item=False)
            else:
                self._container(element)
        finally:
            self.depth -= 1
            self.sections -= sectioning

    def _flat(self, element: Element, depth: int, in_item: bool) -> None:
        """What is nested beyond the recursive walk's limit, walked with a stack instead: each list item is
        still an item of its own (all at ``depth``, in order), the text between them paragraphs."""
        parts: list[str] = []

        def flush(item: bool) -> None:
            text = clean_text(" ".join(parts))
            if text:
                self.blocks.append(Block("item" if item else "paragraph", text, depth=depth if item else 0))
            parts.clear()

        stack = [(self.page.children(element), in_item)]
        while stack:
            children, item = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                flush(item)  # the end of an element: an item's or a paragraph's text ends with it
            elif isinstance(child, Element) and not self._skipped(child):
                structural = child.name == "li" or child.name in _STRUCTURAL_TAGS
                if structural:
                    flush(item)
                stack.append((self.page.children(child), child.name == "li" or (item and not structural)))
            elif _is_text(child):
                parts.append(str(child))

    def _container(self, element: Element) -> None:
        buffer = InlineBuffer()
        for child in self.page.children(element):
            if isinstance(child, str):
                buffer.add(child, False)
            elif self._skipped(child):
                continue
            elif child.name in _STRUCTURAL_TAGS:
                if not buffer.empty():  # an empty buffer is no paragraph: kept for the next one
                    self._paragraph(buffer, element)
                    buffer = InlineBuffer()
                self._structural(child)
            else:
                self.read_inline(child, buffer, strong=False, link=False)
        if not buffer.empty():
            self._paragraph(buffer, element)

    def _paragraph(self, buffer: InlineBuffer, element: Element) -> None:
        """Inline text between blocks: a paragraph, or items where it is written as a list ("1. …", Word's
        list paragraphs); nothing where it is only a link ("Skip to content", "See more releases")."""
        if buffer.blank() or buffer.link_only():
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

    def _structural(self, element: Element) -> None:
        name = element.name
        if name in _LIST_TAGS or name == "li":
            start = len(self.blocks)
            if name == "li":
                self.read_item(element, 0)
            else:
                self.read_list(element, 0)
            drop_navigation(self.blocks, start)
            self.levels.clear()
        elif name in _HEADING_TAGS:
            buffer = InlineBuffer()
            self.read_inline(element, buffer, strong=False, link=False)
            level = _HEADING_TAGS[name]
            self.blocks.append(Block("heading", buffer.text(), level=level, link_only=buffer.link_only()))
            self.levels.clear()
        else:
            self.read_container(element)

    def read_inline(self, element: Element, buffer: InlineBuffer, strong: bool, link: bool) -> None:
        strong = strong or element.name in STRONG_TAGS
        link = link or (element.name == "a" and "href" in element.attrs)
        if self.depth + 1 > _MAX_ELEMENT_DEPTH:
            buffer.add(self.page.complete(element).get_text(" "), strong, link)
            return
        if element.name == "br":
            buffer.add(" ", strong, link)
            if not strong:
                buffer.newline()
            return
        self.depth += 1
        try:
            for child in self.page.children(element):
                if isinstance(child, str):
                    buffer.add(child, strong, link)
                elif not self._skipped(child):
                    spaced = child.name in _STRUCTURAL_TAGS  # misplaced blocks still separate words
                    if spaced:
                        buffer.add(" ", strong, link)
                    if child.name == "br" or not self._add_leaf(child, buffer, strong, link):
                        self.read_inline(child, buffer, strong, link)
                    if spaced:
                        buffer.add(" ", strong, link)
        finally:
            self.depth -= 1

    def _add_leaf(self, element: Element, buffer: InlineBuffer, strong: bool, link: bool) -> bool:
        """An element read whole that holds only text (<a>, <b>, <em> around words): its text added as the
        walk below it would add it, without the walk; False for any other element."""
        children = element.children
        if element.open or self.depth >= _MAX_ELEMENT_DEPTH or not all(type(c) is str for c in children):
            return False
        name = element.name
        strong = strong or name in STRONG_TAGS
        link = link or (name == "a" and "href" in element.attrs)
        for text in children:
            buffer.add(text, strong, link)  # type: ignore[arg-type]  # all text, as checked above
        return True

    def read_list(self, element: Element, depth: int) -> None:
        self.depth += 1
        try:
            if self._too_deep():
                self._flat(element, depth, in_item=True)
            else:
                self._list(element, depth)
        finally:
            self.depth -= 1

    def _list(self, element: Element, depth: int) -> None:
        for child in self.page.children(element):
            if isinstance(child, Element) and self._skipped(child):
                continue
            if isinstance(child, Element) and child.name == "li":
                self.read_item(child, depth)
            elif isinstance(child, Element) and child.name in _LIST_TAGS:
                self.read_list(child, depth + 1)  # a list directly inside a list: sloppy nesting
            elif isinstance(child, Element):
                self.read_list(child, depth)  # wrappers between <ul> and <li>
            elif _is_text(child) and clean_text(str(child)):
                self.blocks.append(Block("item", clean_text(str(child)), depth=depth))

    def read_item(self, element: Element, depth: int) -> None:
        buffer = InlineBuffer()
        nested: list[Element] = []
        held: list[InlineBuffer] = []  # a bold heading closing the item
        self._item_text(element, buffer, nested, strong=False, link=False, held=held)
        text = buffer.text()
        if text:
            self.blocks.append(Block("item", text, depth=depth, link_only=buffer.link_only()))
        for child_list in nested:
            self.read_list(child_list, depth + 1)
        if held:
            self.blocks.append(Block("heading", held[0].text(), level=IMPLIED_HEADING_LEVEL, strong=True))

    def _item_text(
        self,
        element: Element,
        buffer: InlineBuffer,
        nested: list[Element],
        strong: bool,
        link: bool,
        held: list[InlineBuffer] | None = None,
    ) -> None:
        """An item's text; with ``held`` (the item itself), a heading-like bold <p> after its text is kept
        there, not in the text, unless more of the item follows it."""
        strong = strong or element.name in STRONG_TAGS
        link = link or (element.name == "a" and "href" in element.attrs)
        if self.depth + 1 > _MAX_ELEMENT_DEPTH:
            self._flat_item_text(element, buffer, nested, strong, link)
            return
        self.depth += 1
        try:
            for child in self.page.children(element):
                if held and not (isinstance(child, str) and child.isspace()):
                    self._add_paragraph(buffer, held.pop(), strong, link)  # the item goes on
                if isinstance(child, str):
                    buffer.add(child, strong, link)
                elif child.name in _LIST_TAGS:
                    nested.append(child)
                elif (
                    held is not None and child.name == "p" and not buffer.blank() and not self._skipped(child)
                ):
                    paragraph = InlineBuffer()
                    self._item_text(child, paragraph, nested, strong, link)
                    if _heading_in_item(paragraph):
                        held.append(paragraph)
                    else:
                        self._add_paragraph(buffer, paragraph, strong, link)
                elif not self._skipped(child):
                    spaced = child.name == "br" or child.name in _STRUCTURAL_TAGS
                    if spaced:
                        buffer.add(" ", strong, link)
                    if not self._add_leaf(child, buffer, strong, link):
                        self._item_text(child, buffer, nested, strong, link)
                    if spaced:
                        buffer.add(" ", strong, link)
        finally:
            self.depth -= 1

    @staticmethod
    def _add_paragraph(buffer: InlineBuffer, paragraph: InlineBuffer, strong: bool, link: bool) -> None:
        buffer.add(" ", strong, link)
        for piece in paragraph.pieces():
            buffer.add(*piece)
        buffer.add(" ", strong, link)

    def _flat_item_text(
        self, element: Element, buffer: InlineBuffer, nested: list[Element], strong: bool, link: bool
    ) -> None:
        """An item's text beyond the recursive walk's limit, walked with a stack; its lists are kept apart,
        so that their items stay items (read flat by ``read_list``)."""
        stack = [self.page.children(element)]
        while stack:
            child = next(stack[-1], None)
            if child is None:
                stack.pop()
            elif isinstance(child, Element) and child.name in _LIST_TAGS:
                nested.append(child)
            elif isinstance(child, Element) and not self._skipped(child):
                stack.append(self.page.children(child))
            elif _is_text(child):
                buffer.add(f" {child} ", strong, link)


def _heading_in_item(buffer: InlineBuffer) -> bool:
    found = buffer.paragraph_blocks()
    text = found[0].text if len(found) == 1 else ""
    return (
        bool(text)
        and found[0].strong
        and len(text.split()) <= _HEADING_IN_ITEM_WORDS
        and text[-1] not in ".:;,!?"
    )


def read_html(text: str) -> list[Block]:
    """Headings, paragraphs and (nested) list items of an HTML page, page furniture left out."""
    page = Page(
        text,
        # The reader reads what is deeper than its limit flat anyway; its depth counts a list level, not
        # each of its elements (<ul>, <li>, a <p> in it…), hence the margin.
        flat_below=4 * _MAX_ELEMENT_DEPTH,
        structural=_STRUCTURAL_TAGS,
        containers=_LIST_TAGS,
        watched=_PAGE_CONTENT,
    )
    reader = _HtmlReader(page, text)
    reader.read_container(page.root)
    return reader.blocks
