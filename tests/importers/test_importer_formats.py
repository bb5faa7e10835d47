"""The same real page in every format it arrives in: each Markdown document of the corpus rendered to the web
page it came from (tests/importers/rendered.py) and to that page copied from a browser as plain text, held to
the structure counted by hand in counts.json. A copy loses its bullets and nesting, so there the pillars and
the number of all commitments (top-level and nested) are held, as for wh_copied_from_browser.txt."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from nals_desktop.domain.errors import DocumentError
from nals_desktop.domain.model import ParsedSummit
from nals_desktop.importers import parse_text

from .outline import walk
from .rendered import as_copied_text, as_html

DOCUMENTS = Path(__file__).resolve().parent / "documents"
PINNED: dict[str, dict[str, object]] = json.loads((DOCUMENTS / "counts.json").read_text("utf-8"))
CORPUS = sorted(name for name in PINNED if name.startswith("corpus/"))

# Documents whose hand count the importer does not reach yet in that format (bench_corpus prints them), and
# why. A copy has lost what tells a list from prose: where a page sets its items apart (a <ul> per item, or
# items of several paragraphs) they are copied as paragraphs, and its bold headings and leads as plain lines.
REASONS: dict[str, str] = {}
COPY_REASON = (
    "copied text: items set apart by empty lines, or headings and leads without their bold, read as prose"
)
KNOWN_MISSES: dict[str, set[str]] = {
    "html": set(),
    "txt": {
        "corpus/wh_2021_us_ec_joint_statement.md",
        "corpus/wh_2022_cop27_fact_sheet.md",
        "corpus/wh_2022_g7_pgii_launch_fact_sheet.md",
        "corpus/wh_2023_aukus_submarines_fact_sheet.md",
        "corpus/wh_2023_g7_pgii_fact_sheet.md",
        "corpus/wh_2023_india_us_joint_statement.md",
        "corpus/wh_2023_us_caribbean_fact_sheet.md",
        "corpus/wh_2023_us_eu_ttc_joint_statement.md",
        "corpus/wh_2024_cop29_fact_sheet.md",
        "corpus/wh_2024_g7_pgi_fact_sheet.md",
        "corpus/wh_2024_summit_for_democracy_fact_sheet.md",
        "corpus/wh_2024_us_germany_fact_sheet.md",
        "corpus/wh_2024_us_peru_fact_sheet.md",
        "corpus/wh_2025_us_malaysia_joint_statement.md",
        "corpus/wh_2025_us_saudi_arabia_fact_sheet.md",
        "corpus/wh_2026_us_india_joint_statement.md",
    },
}


@functools.cache
def rendered(name: str) -> dict[str, str]:
    page = as_html((DOCUMENTS / name).read_text("utf-8"))
    return {"html": page, "txt": as_copied_text(page)}


def found(name: str, fmt: str) -> ParsedSummit:
    paragraphs = bool(PINNED[name].get("paragraphs"))
    return parse_text(rendered(name)[fmt], fmt, Path(name).name, paragraphs=paragraphs)


def cases() -> list[object]:
    return [
        pytest.param(
            name,
            fmt,
            marks=pytest.mark.xfail(strict=True, reason=REASONS[name] if fmt == "html" else COPY_REASON),
        )
        if name in KNOWN_MISSES[fmt]
        else pytest.param(name, fmt)
        for fmt in ("html", "txt")
        for name in CORPUS
    ]


@pytest.mark.parametrize(("name", "fmt"), cases())
def test_the_page_gives_the_structure_counted_by_hand_in_every_format(name: str, fmt: str) -> None:
    expected = PINNED[name]
    if expected.get("refused"):
        with pytest.raises(DocumentError):
            found(name, fmt)
        return
    summit = found(name, fmt)
    pillars = expected["pillars"]
    assert isinstance(pillars, list)
    if fmt == "html":
        assert [len(p.commitments) for p in summit.pillars] == pillars
    else:
        assert len(summit.pillars) == len(pillars)
    assert sum(1 for p in summit.pillars for _c in walk(p.commitments)) == expected["all"]


def test_the_renderings_are_the_page_a_person_sees() -> None:
    # The page: front matter as <title> and <h1>, bold as <strong>, lists as <ul>, inside the site's chrome.
    name = "corpus/wh_2022_cop27_fact_sheet.md"
    page, copy = rendered(name)["html"], rendered(name)["txt"]
    assert "<title>FACT SHEET: President\u00a0Biden Announces New Initiatives at COP27" in page
    assert "<ul>\n<li><strong><u>Bolstering Global Climate Resilience</u></strong>" in page
    assert "Skip to content" in page and "Copy URL" in page
    # pandoc's padded bold is bold on the page, as it was: "**Trade: **The…", "**" + break + "Title**", and
    # "TITLE  " + break + "**".
    padded = as_html(
        "**Trade: **The leaders agree.\n\n**  \nClimate**  \nThey act.\n\n**JOBS  \n**  \nMore.\n"
    )
    body = padded.split("col-lg-8")[1]
    assert "<strong>Trade:</strong> The leaders agree." in body and "**" not in body
    assert "<strong>Climate</strong><br />" in body and "<strong>JOBS</strong>" in body
    # Padding at a run's start too ("**     B. Promoting…\ninvestment **", the TTC statement's sections).
    opening = as_html("**     B. Promoting trade and\ninvestment **\n\n**     C. Security**\n\nText.\n")
    assert "<strong>B. Promoting trade and\ninvestment</strong>" in opening
    assert "<strong>C. Security</strong>" in opening and "**" not in opening.split("col-lg-8")[1]
    # A padded bold lead over two source lines is bold too, and a run never reaches into the next item.
    over_lines = as_html(
        "-   **Scientific Training for\n    Persons:  **The two sides will train.\n-   **Next**: More.\n"
    )
    assert "<strong>Scientific Training for\nPersons:</strong>  The two sides" in over_lines
    assert "<li><strong>Next</strong>: More.</li>" in over_lines
    # The copy: no tags, no bullets, an item's text on one line, the menus as lines of their own.
    lines = copy.splitlines()
    assert not any("<" in line or line.startswith(("-", "•", "*")) for line in lines)
    assert "Bolstering Global Climate Resilience – including doubling the U.S. pledge" in copy
    assert lines[0] == "Skip to content" and "Administration" in lines
