"""A compact element tree of an HTML page, built from lxml's parser events: elements and their text only."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from lxml import etree

_NO_ATTRIBUTES: Mapping[str, str] = {}
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
    """lxml's parser target: the tree, built as the parser reads (no lxml tree is kept)."""

    def __init__(self) -> None:
        self.root = Element("[document]", _NO_ATTRIBUTES)
        self.open = [self.root]
        self.contents = 0  # open <main>, <article> and role="main" elements
        self.opened_contents: list[bool] = []
        self.titled_content = False  # an <h1> inside <main>, <article> or role="main"
        self.text: list[str] = []  # the pieces of the text being read: lxml hands it over in pieces

    def _flush(self) -> None:
        if self.text:
            self.open[-1].children.append("".join(self.text))
            self.text.clear()

    def start(self, tag: Any, attrib: Mapping[str, str]) -> None:
        self._flush()
        name = str(tag).lower()
        element = Element(name, dict(attrib) if attrib else _NO_ATTRIBUTES)
        self.open[-1].children.append(element)
        self.open.append(element)
        content = name in _CONTENT_TAGS or attrib.get("role") == "main"
        self.opened_contents.append(content)
        self.contents += content
        if name == "h1" and self.contents:
            self.titled_content = True

    def end(self, tag: Any) -> None:
        self._flush()
        if len(self.open) > 1:
            self.open.pop()
            self.contents -= self.opened_contents.pop()

    def data(self, text: str) -> None:
        self.text.append(text)

    def comment(self, text: str) -> None:
        self._flush()  # no text itself, but it parts the text around it, as in the page

    def close(self) -> Element:
        self._flush()
        return self.root


def parse_html(text: str) -> tuple[Element, bool]:
    """The page's tree, and whether its content (<main>, <article>) has an <h1> of its own."""
    builder = _Builder()
    parser = etree.HTMLParser(target=builder, recover=True)
    parser.feed(text)
    try:
        parser.close()
    except etree.XMLSyntaxError:
        builder.close()  # "no element found": an empty or text-less page, read as it is
    return builder.root, builder.titled_content
