"""The one-pass HTML reader gives the blocks the tree reader it replaced gave (recorded from it by
`python -m benchmarks.compare_html_reader --record`, which also compares the two on thousands more pages): on
the HTML test documents, pages rendered from the corpus, and malformed and hostile pages; fed to the parser
whole and in small pieces."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nals_desktop.importers.readers import html

from .html_pages import RECORDED, as_record, pinned_pages

EXPECTED: dict[str, list[dict[str, object]]] = json.loads(Path(RECORDED).read_text("utf-8"))
PAGES = dict(pinned_pages())


def test_every_pinned_page_is_recorded() -> None:
    assert sorted(PAGES) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_reader_gives_the_recorded_blocks(name: str) -> None:
    assert as_record(html.read_html(PAGES[name])) == EXPECTED[name]


@pytest.mark.parametrize("name", [n for n in sorted(EXPECTED) if len(PAGES[n]) < 50_000])
def test_a_page_fed_in_small_pieces_gives_the_same_blocks(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html, "_PIECE", 7)
    assert as_record(html.read_html(PAGES[name])) == EXPECTED[name]
