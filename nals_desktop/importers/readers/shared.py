"""What the format readers share: list navigation, indentation, the tags that make text bold."""

from __future__ import annotations

from nals_desktop.importers.blocks import Block

STRONG_TAGS = frozenset({"b", "strong"})


def drop_navigation(blocks: list[Block], start: int) -> None:
    """A list of nothing but links is navigation (menus, share buttons, related pages), not commitments."""
    items = blocks[start:]
    if items and all(block.kind == "item" and block.link_only for block in items):
        del blocks[start:]


def indent_width(line: str) -> int:
    stripped = line.lstrip()
    return len(line[: len(line) - len(stripped)].expandtabs(4))
