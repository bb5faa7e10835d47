"""What the format readers share: list navigation, indentation, the tags that make text bold."""

from __future__ import annotations

from nals_desktop.importers.blocks import Block, InlineBuffer

STRONG_TAGS = frozenset({"b", "strong"})
_HEADING_IN_ITEM_WORDS = 12


def drop_navigation(blocks: list[Block], start: int) -> None:
    """A list of nothing but links is navigation (menus, share buttons, related pages), not commitments."""
    items = blocks[start:]
    if items and all(block.kind == "item" and block.link_only for block in items):
        del blocks[start:]


def indent_width(line: str) -> int:
    stripped = line.lstrip()
    return len(line[: len(line) - len(stripped)].expandtabs(4))


def heading_in_item(paragraph: InlineBuffer) -> bool:
    """A paragraph after a list item's own text that heads what follows rather than going on with the item
    ("-   Item.\\n\\n    **NEXT SECTION**", "<li><p>…</p><p><strong>Defending Free and Fair Elections</strong>
    </p></li>"): wholly bold, at most twelve words, no closing punctuation."""
    found = paragraph.paragraph_blocks()
    text = found[0].text if len(found) == 1 else ""
    return (
        bool(text)
        and found[0].strong
        and len(text.split()) <= _HEADING_IN_ITEM_WORDS
        and text[-1] not in ".:;,!?"
    )
