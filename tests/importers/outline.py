"""Parsed commitments flattened or nested as plain text, for the importer tests' expectations."""

from __future__ import annotations

from collections.abc import Iterator

from nals_desktop.domain.model import ParsedCommitment


def walk(items: list[ParsedCommitment]) -> Iterator[ParsedCommitment]:
    """Every commitment, each followed by its children, depth first."""
    for item in items:
        yield item
        yield from walk(item.children)


def texts(items: list[ParsedCommitment]) -> list[object]:
    """Commitments as text, a child list following its parent: ["a", ["a.1"], "b"]."""
    out: list[object] = []
    for item in items:
        out.append(item.text)
        if item.children:
            out.append(texts(item.children))
    return out
