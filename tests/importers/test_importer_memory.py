"""Memory stays proportional to the text: a parse allocates at most 30 times the text's size at its peak.

At the 20 MB limit that is 600 MB traced at most; `python -m benchmarks.bench_import` prints the resident
figures (target ≤ 500 MB for any accepted file).
"""

from __future__ import annotations

import tracemalloc

import pytest

from nals_desktop.importers import parse_text
from nals_desktop.importers.readers import reader_for

SIZE = 512 * 1024
MAX_TIMES_THE_TEXT = 30
HEAD = "Leaders agreed to:\n\n- act together\n"
PILLAR = "## Pillar\n\nThe leaders committed to:\n\n- Commitment on clean energy and methane, together.\n\n"
ITEM = "  • Item: a commitment to act.\n"
HTML_SECTION = (
    "<h2>Energy</h2><p>The leaders will:</p><ul><li>Build <b>grids</b>.</li><li>Share data.</li></ul>"
)


def fill(unit: str, head: str = "") -> str:
    return head + unit * ((SIZE - len(head)) // len(unit))


CASES = {
    "txt-blank-lines": ("txt", HEAD + "\n" * SIZE),
    "md-blank-lines": ("md", HEAD + "\n" * SIZE),
    "html-blank-lines": ("html", "<p>Leaders agreed to:</p><ul><li>act</li></ul>" + "\n" * SIZE),
    "txt-one-long-list": ("txt", fill(ITEM, HEAD)),
    "md-one-long-list": ("md", fill(ITEM.replace("•", "-"), HEAD)),
    "md-one-item-pillars": ("md", fill(PILLAR)),
    "txt-one-item-pillars": ("txt", fill(PILLAR.replace("## ", "").replace("- ", "• "))),
    "html-sections": ("html", fill(HTML_SECTION)),
}
# Not bounded yet: markdown-it's tokens for one long list cost about 85 times the text (a list cannot be read
# in sections).
HEAVY = {"md-one-long-list": "markdown-it's tokens of one list"}


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=HEAVY[name]))
        if name in HEAVY
        else name
        for name in CASES
    ],
)
def test_a_parse_allocates_at_most_thirty_times_the_text(case: str) -> None:
    fmt, text = CASES[case]
    parse_text(text[:4096] if fmt == "html" else HEAD, fmt, "warm-up." + fmt)  # the reader's imports
    tracemalloc.start()
    try:
        summit = parse_text(text, fmt, "big." + fmt)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert summit.commitment_count >= 1
    assert peak <= MAX_TIMES_THE_TEXT * len(text.encode()), f"{peak / len(text.encode()):.0f} times the text"


# A page is read in one pass over lxml's parser events, a piece at a time, and no element tree is built:
# its peak is the blocks read and the elements still open (a tree of the whole page, as the reader once
# built, took about 19 times the page).
MAX_PAGE_TIMES = 10
PAGES = {
    "main": ("<html><body><main>", "</main></body></html>"),
    # ASP.NET and SharePoint wrap the whole page in a form: looked into only as far as its <main>.
    "form-wrapped": ("<html><body><form><main>", "</main></form></body></html>"),
    "banner-title": ("<html><body><header><h1>Summit</h1></header><main>", "</main></body></html>"),
}


@pytest.mark.parametrize("page", list(PAGES))
def test_a_page_is_read_a_piece_at_a_time(page: str) -> None:
    head, tail = PAGES[page]
    text = head + fill(HTML_SECTION) + tail
    read_html = reader_for("html")
    assert read_html is not None
    read_html(text[:4096])
    tracemalloc.start()
    try:
        blocks = read_html(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    sections = fill(HTML_SECTION).count("<h2>")
    assert sum(b.kind == "heading" and b.text == "Energy" for b in blocks) == sections
    assert sum(b.kind == "item" for b in blocks) == 2 * sections
    assert peak <= MAX_PAGE_TIMES * len(text.encode()), f"{peak / len(text.encode()):.0f} times the page"
