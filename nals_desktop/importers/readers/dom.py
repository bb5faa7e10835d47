"""A compact element tree of an HTML page, built from lxml's parser events as the reader walks it: elements
and their text only, the page fed to the parser a piece at a time, and what the reader has read let go."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from lxml import etree

_NO_ATTRIBUTES: Mapping[str, str] = {}
# Where the page's own content is: an <h1> inside one of these titles the content, not a banner.
_CONTENT_TAGS = frozenset({"main", "article"})
#: Characters of the page handed to the parser at a time: the tree of one piece is all the reader waits for.
_PIECE = 64 * 1024
_TRIM = 1024  # children of an element let go before its list is shortened


class Element:
    """An element: its lower-case name, its attributes, its children (elements and text, in order), and
    whether more children may still come (the parser has not read its end yet). Comments, processing
    instructions and doctypes are left out: they are no text."""

    __slots__ = ("attrs", "children", "name", "open")

    def __init__(self, name: str, attrs: Mapping[str, str]) -> None:
        self.name = name
        self.attrs = attrs
        self.children: list[Element | str] = []
        self.open = True

    def get(self, key: str) -> str | list[str] | None:
        """An attribute's value; "class" as its list of class names."""
        value = self.attrs.get(key)
        return value.split() if key == "class" and value is not None else value

    def has_attr(self, key: str) -> bool:
        return key in self.attrs

    def descendants(self) -> Iterator[Element | str]:
        """Every element and text below this one, in document order (a walk with a stack: pages nest deep).
        Of a whole element only: see Page.complete."""
        stack = [iter(self.children)]
        while stack:
            child = next(stack[-1], None)
            if child is None:
                stack.pop()
                continue
            yield child
            if isinstance(child, Element):
                stack.append(iter(child.children))

    def find(self, *names: str) -> Element | None:
        """The first element below this one with one of these names."""
        return next(self.find_all(*names), None)

    def find_all(self, *names: str) -> Iterator[Element]:
        return (node for node in self.descendants() if isinstance(node, Element) and node.name in names)

    def get_text(self, separator: str = "") -> str:
        return separator.join(node for node in self.descendants() if isinstance(node, str))


class _Builder:
    """lxml's parser target: the tree, built as the parser reads (no lxml tree is kept).

    Below ``flat_below`` levels the tree is built flat, as the reader would read it anyway: a ``structural``
    element there closes the deep elements still open and becomes a sibling of theirs, and a list
    ``container`` is not made at all (its items are). A page nested a million deep costs a list of its
    items, not a million levels of elements and lists.
    """

    def __init__(
        self,
        flat_below: int | None,
        structural: frozenset[str],
        containers: frozenset[str],
        watched: frozenset[str],
    ) -> None:
        self.root = Element("[document]", _NO_ATTRIBUTES)
        self.open = [self.root]
        self.flat_below = flat_below
        self.structural = structural
        self.containers = containers
        # One entry per element started and not yet ended: the element, or None where it was not made.
        self.started: list[Element | None] = []
        self.text: list[str] = []  # the pieces of the text being read: lxml hands it over in pieces
        self.watched = watched
        self.seen = 0  # elements with a watched name started so far

    def _flush(self) -> None:
        self.open[-1].children.append("".join(self.text))
        self.text.clear()

    def start(self, tag: Any, attrib: Mapping[str, str]) -> None:
        text = self.text
        if text:  # _flush(), inline: this runs for every element of the page
            joined = text[0] if len(text) == 1 else "".join(text)
            self.open[-1].children.append(joined)
            text.clear()
        name = tag.lower()
        if name in self.watched:
            self.seen += 1
        floor = self.flat_below
        open_ = self.open
        if floor is not None and len(open_) > floor:
            if name in self.containers:
                self.started.append(None)
                return
            if name in self.structural:
                for closed in open_[floor:]:
                    closed.open = False
                del open_[floor:]
        # lxml hands over a new dict for an element with attributes, an empty mapping for one without.
        element = Element(
            name, attrib if type(attrib) is dict else dict(attrib) if len(attrib) else _NO_ATTRIBUTES
        )
        open_[-1].children.append(element)
        open_.append(element)
        self.started.append(element)

    def end(self, tag: Any) -> None:
        text = self.text
        if text:  # _flush(), inline
            joined = text[0] if len(text) == 1 else "".join(text)
            self.open[-1].children.append(joined)
            text.clear()
        if not self.started:
            return
        element = self.started.pop()
        if element is not None and self.open[-1] is element:  # not already closed by flattening
            self.open.pop().open = False

    def data(self, text: str) -> None:
        self.text.append(text)

    def comment(self, text: str) -> None:
        if self.text:
            self._flush()  # no text itself, but it parts the text around it, as in the page

    def close(self) -> Element:
        if self.text:
            self._flush()
        for element in self.open:
            element.open = False
        return self.root


class Page:
    """A page being read: its tree grows as the reader asks for an element's next children, and the
    children the reader has gone past are dropped, so that a large page is never held whole."""

    def __init__(
        self,
        text: str,
        *,
        flat_below: int | None = None,
        structural: frozenset[str] = frozenset(),
        containers: frozenset[str] = frozenset(),
        watched: frozenset[str] = frozenset(),
        piece: int = _PIECE,
    ) -> None:
        self._text = text
        self._read = 0
        self._piece = piece
        self._builder = _Builder(flat_below, structural, containers, watched)
        self._parser: etree.HTMLParser | None = etree.HTMLParser(target=self._builder, recover=True)
        self.root = self._builder.root

    def _feed(self) -> bool:
        """Hand the parser the next piece of the page (or its end); False when it has had it all."""
        parser = self._parser
        if parser is None:
            return False
        if self._read < len(self._text):
            parser.feed(self._text[self._read : self._read + self._piece])
            self._read += self._piece
            return True
        self._parser = None
        try:
            parser.close()
        except etree.XMLSyntaxError:
            pass  # "no element found": an empty or text-less page, read as it is
        self._builder.close()
        self._text = ""
        return True

    def children(self, element: Element) -> Iterator[Element | str]:
        """``element``'s children in order, read on as they come; those gone past are let go."""
        if not element.open:  # read whole already: held whole by its parent until the reader is past it
            return iter(element.children)
        return self._growing(element)

    def _growing(self, element: Element) -> Iterator[Element | str]:
        items = element.children
        index = 0
        while True:
            if index < len(items):
                child = items[index]
                # The reader walks each element once: what it has been given is let go (an empty text
                # in its place), and the list trimmed now and then.
                items[index] = ""
                index += 1
                if index == _TRIM:
                    del items[:index]
                    index = 0
                yield child
            elif not (element.open and self._feed()):
                return

    def holds(self, element: Element, names: frozenset[str]) -> bool:
        """Whether ``element`` holds an element of one of these ``watched`` names: read on only until one
        comes (a form wrapping a whole page is not read whole to find its <main>)."""
        seen = -1
        while True:
            if seen != self._builder.seen:
                seen = self._builder.seen
                if element.find(*names) is not None:
                    return True
            if not (element.open and self._feed()):
                return False

    def complete(self, element: Element) -> Element:
        """``element`` read to its end, for a look at all it holds (descendants, find, get_text)."""
        while element.open and self._feed():
            pass
        return element


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
