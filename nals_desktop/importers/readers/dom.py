"""A compact element tree of an HTML page, built from lxml's parser events: elements and their text only."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping
from typing import Any

from lxml import etree

_NO_ATTRIBUTES: Mapping[str, str] = {}
_SHARED_TEXT = 32  # texts up to this length are interned
# Where the page's own content is: an <h1> inside one of these titles the content, not a banner.
_CONTENT_TAGS = frozenset({"main", "article"})


class Element:
    """An element: its lower-case name, its attributes and its children (elements and text, in order).
    Comments, processing instructions and doctypes are left out: they are no text."""

    __slots__ = ("attrs", "children", "name")

    def __init__(self, name: str, attrs: Mapping[str, str]) -> None:
        self.name = name
        self.attrs = attrs
        self.children: list[Element | str] = []

    def get(self, key: str) -> str | list[str] | None:
        """An attribute's value; "class" as its list of class names."""
        value = self.attrs.get(key)
        return value.split() if key == "class" and value is not None else value

    def has_attr(self, key: str) -> bool:
        return key in self.attrs

    def descendants(self) -> Iterator[Element | str]:
        """Every element and text below this one, in document order (a walk with a stack: pages nest deep)."""
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
        self, flat_below: int | None, structural: frozenset[str], containers: frozenset[str]
    ) -> None:
        self.root = Element("[document]", _NO_ATTRIBUTES)
        self.open = [self.root]
        self.flat_below = flat_below
        self.structural = structural
        self.containers = containers
        # One entry per element started and not yet ended: the element (None if not made), and whether it
        # is a <main>, <article> or role="main".
        self.started: list[tuple[Element | None, bool]] = []
        self.contents = 0  # open <main>, <article> and role="main" elements
        self.titled_content = False  # an <h1> inside <main>, <article> or role="main"
        self.text: list[str] = []  # the pieces of the text being read: lxml hands it over in pieces

    def _flush(self) -> None:
        if self.text:
            text = "".join(self.text)
            # Short texts repeat (the whitespace between tags, labels): one copy of each.
            self.open[-1].children.append(sys.intern(text) if len(text) <= _SHARED_TEXT else text)
            self.text.clear()

    def start(self, tag: Any, attrib: Mapping[str, str]) -> None:
        self._flush()
        name = str(tag).lower()
        content = name in _CONTENT_TAGS or attrib.get("role") == "main"
        self.contents += content
        if name == "h1" and self.contents:
            self.titled_content = True
        floor = self.flat_below
        if floor is not None and len(self.open) > floor:
            if name in self.containers:
                self.started.append((None, content))
                return
            if name in self.structural:
                del self.open[floor:]
        element = Element(name, dict(attrib) if attrib else _NO_ATTRIBUTES)
        self.open[-1].children.append(element)
        self.open.append(element)
        self.started.append((element, content))

    def end(self, tag: Any) -> None:
        self._flush()
        if not self.started:
            return
        element, content = self.started.pop()
        self.contents -= content
        if element is not None and self.open[-1] is element:  # not already closed by flattening
            self.open.pop()

    def data(self, text: str) -> None:
        self.text.append(text)

    def comment(self, text: str) -> None:
        self._flush()  # no text itself, but it parts the text around it, as in the page

    def close(self) -> Element:
        self._flush()
        return self.root


def parse_html(
    text: str,
    *,
    flat_below: int | None = None,
    structural: frozenset[str] = frozenset(),
    containers: frozenset[str] = frozenset(),
) -> tuple[Element, bool]:
    """The page's tree (flat below ``flat_below`` levels: see _Builder), and whether its content (<main>,
    <article>) has an <h1> of its own."""
    builder = _Builder(flat_below, structural, containers)
    parser = etree.HTMLParser(target=builder, recover=True)
    parser.feed(text)
    try:
        parser.close()
    except etree.XMLSyntaxError:
        builder.close()  # "no element found": an empty or text-less page, read as it is
    return builder.root, builder.titled_content
