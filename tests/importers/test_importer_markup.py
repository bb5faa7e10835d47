"""Readers and detection on small documents: markup removed, nesting kept, headings found, residue dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from nals_desktop.domain.errors import DocumentError
from nals_desktop.domain.model import ParsedSummit
from nals_desktop.importers import parse_text
from nals_desktop.importers.blocks import Block
from nals_desktop.importers.readers import markdown
from nals_desktop.importers.readers.html import read_html
from nals_desktop.importers.readers.markdown import read_markdown
from nals_desktop.importers.readers.text import read_txt

from .outline import texts

DOCUMENTS = Path(__file__).resolve().parent / "documents"


def shape(summit: ParsedSummit) -> list[tuple[str, str, list[object]]]:
    return [(p.title, p.intro, texts(p.commitments)) for p in summit.pillars]


# ---------------------------------------------------------------------------------------------- Markdown


def test_markdown_inline_markup_is_removed_and_links_reduced_to_text() -> None:
    doc = (
        "Leaders committed to:\n\n"
        "- **Bold** and *italic* and <u>underlined</u> and <span class=x>spanned</span> text\n"
        '- See [the plan](https://example.org/plan "title") and <https://example.org>\n'
        "- Escapes stay literal: \\*not bold\\*, \\# and \\_ and 5 \\* 3 and 2 * 3\n"
        "- No-break\u00a0spaces,\u202fnarrow\u00a0\u00a0ones and `code`&nbsp;&amp; entities\u00a0\n"
        "- A stray**\u00a0marker** left by a converter\n"
    )
    [pillar] = parse_text(doc, "md").pillars
    assert texts(pillar.commitments) == [
        "Bold and italic and underlined and spanned text",
        "See the plan and https://example.org",
        "Escapes stay literal: *not bold*, # and _ and 5 * 3 and 2 * 3",
        "No-break spaces, narrow ones and code & entities",
        "A stray marker left by a converter",
    ]


def test_markdown_hard_wrapped_items_are_joined_with_their_spans() -> None:
    doc = (
        "Intro:\n\n-   Organizing the first\n    forum with industry.\n-   Second  \n    with a hard break.\n"
    )
    [pillar] = parse_text(doc, "md").pillars
    assert texts(pillar.commitments) == [
        "Organizing the first forum with industry.",
        "Second with a hard break.",
    ]
    assert [c.span for c in pillar.commitments] == [(3, 4), (5, 6)]


@pytest.mark.parametrize("marker", ["1.", "1)", "-", "*", "+"])
def test_markdown_list_markers_and_any_depth(marker: str) -> None:
    doc = (
        f"The leaders will:\n\n{marker} one\n   {marker} one.a\n      {marker} one.a.i\n"
        f"         {marker} deep\n"
        f"{marker} two\n"
    )
    [pillar] = parse_text(doc, "md").pillars
    assert texts(pillar.commitments) == ["one", ["one.a", ["one.a.i", ["deep"]]], "two"]


def test_markdown_item_with_several_paragraphs_and_text_after_its_children() -> None:
    doc = "Intro:\n\n- first part\n\n  second part\n\n  - child\n\n  closing part\n- next\n"
    [pillar] = parse_text(doc, "md").pillars
    assert texts(pillar.commitments) == ["first part second part closing part", ["child"], "next"]


def test_markdown_headings_define_pillars_and_h1_is_the_title() -> None:
    doc = (
        "# Leaders' Statement\n\nOpening words.\n\n## Climate\n\nWe will:\n\n- cut methane\n\n"
        "## Health\n\n- fund vaccines\n\nA closing paragraph.\n"
    )
    summit = parse_text(doc, "md")
    assert summit.title == "Leaders' Statement"
    assert summit.preamble == "Opening words."
    assert shape(summit) == [("Climate", "We will:", ["cut methane"]), ("Health", "", ["fund vaccines"])]


def test_markdown_subheadings_below_the_pillar_level_stay_inside_the_pillar() -> None:
    doc = (
        "## Climate\n\n### Methane\n\n- cut methane\n\n### Forests\n\n- plant trees\n\n"
        "## Health\n\n- fund vaccines\n"
    )
    summit = parse_text(doc, "md")
    assert [(p.title, len(p.commitments)) for p in summit.pillars] == [("Climate", 2), ("Health", 1)]
    assert summit.pillars[0].intro == ""
    assert [(c.group, c.text) for c in summit.pillars[0].commitments] == [
        ("Methane", "cut methane"),
        ("Forests", "plant trees"),
    ]
    assert summit.pillars[1].commitments[0].group is None


def test_a_sub_heading_with_no_items_of_its_own_stays_in_the_intro() -> None:
    doc = (
        "## Climate\n\n### Background\n\nThe leaders met twice.\n\n### Methane\n\n"
        "- cut methane\n  - in oil and gas\n- report every year\n\n## Health\n\n- fund vaccines\n"
    )
    climate = parse_text(doc, "md").pillars[0]
    assert climate.intro == "Background\n\nThe leaders met twice."
    assert [c.group for c in climate.commitments] == ["Methane", "Methane"]
    assert climate.commitments[0].children[0].group is None  # a child is in its parent's group


def test_a_sub_heading_over_an_intro_of_its_own_stays_above_it_in_the_intro() -> None:
    doc = (
        "## Climate\n\n### Methane\n\nThe two countries will:\n\n- cut methane\n\n"
        "### Forests\n\n- plant trees\n\n### Water\n\nThey will also:\n\n- share data\n\n"
        "## Health\n\n- fund vaccines\n"
    )
    climate = parse_text(doc, "md").pillars[0]
    # The intros would not read without their sub-headings; a bare one is only the group.
    assert climate.intro == "Methane\n\nThe two countries will:\n\nWater\n\nThey will also:"
    assert [c.group for c in climate.commitments] == ["Methane", "Forests", "Water"]


def test_a_lone_section_heading_over_introduced_lists_is_not_the_only_pillar() -> None:
    doc = (
        "## Key Deliverables\n\nThe leaders will grow the economy by:\n\n- a\n- b\n\n"
        "They will fight climate change by:\n\n- c\n"
    )
    summit = parse_text(doc, "md", "x.md")
    assert [len(p.commitments) for p in summit.pillars] == [2, 1]
    assert summit.pillars[1].title == "They will fight climate change by:"


# ---------------------------------------------------------------------------------------------- bold lines


def test_bold_only_lines_are_headings_even_underlined_or_run_into_the_intro() -> None:
    doc = (
        "Opening words.\n\n"
        "**<u>Ending the Pandemic and\nAdvancing Health</u>**  \n  \n"
        "The Leaders affirmed by:\n\n- vaccines\n\n"
        "**The Quad Vaccine Partnership**  \nWhile ensuring vaccines, partners will:\n\n- manufacture\n\n"
        "__Plain Bold__\n\n- trade\n"
    )
    summit = parse_text(doc, "md")
    assert summit.preamble == "Opening words."
    assert shape(summit) == [
        ("Ending the Pandemic and Advancing Health", "The Leaders affirmed by:", ["vaccines"]),
        ("The Quad Vaccine Partnership", "While ensuring vaccines, partners will:", ["manufacture"]),
        ("Plain Bold", "", ["trade"]),
    ]


def test_wholly_bold_intro_ending_in_a_colon_is_an_intro_not_a_heading() -> None:
    doc = (
        "Opening words.\n\n"
        "**The three countries will deepen our economic cooperation and\n"
        "reinforce resilience by:**\n\n- one\n\n"
        "**The leaders committed to combat the climate crisis. These include:**\n\n- two\n"
    )
    summit = parse_text(doc, "md")
    assert summit.preamble == "Opening words."
    assert [(p.title, p.intro) for p in summit.pillars] == [
        (
            "The three countries will deepen our economic cooperation and reinforce resilience by:",
            "The three countries will deepen our economic cooperation and reinforce resilience by:",
        ),
        (
            "The leaders committed to combat the climate crisis.",
            "The leaders committed to combat the climate crisis. These include:",
        ),
    ]
    assert [p.short_title for p in summit.pillars] == ["Resilience", "Climate crisis"]


def test_a_bold_sentence_is_not_a_heading() -> None:
    blocks = read_markdown("**A long bold sentence that ends with a full stop.**\n\n- one\n")
    assert blocks[0] == Block(
        "paragraph", "A long bold sentence that ends with a full stop.", span=(1, 1), strong=True
    )
    summit = parse_text("**A long bold sentence that ends with a full stop.**\n\n- one\n", "md")
    assert summit.pillars[0].intro == "A long bold sentence that ends with a full stop."


# ---------------------------------------------------------------------------------------------- plain text


def test_txt_bullets_numbers_and_indentation() -> None:
    doc = (
        "FACT SHEET: A Test Summit\n\nThe leaders will:\n\n"
        "  • first\n      o nested under first\n          ▪ deeper\n  • second, hard\n    wrapped\n"
        "\nThey also agreed to:\n\n1. one\n2) two\n(3) three\n   a) three.a\n   (b) three.b\n- dash\n* star\n"
    )
    summit = parse_text(doc, "txt")
    assert summit.title == "FACT SHEET: A Test Summit"
    assert shape(summit) == [
        (
            "The leaders will:",
            "The leaders will:",
            ["first", ["nested under first", ["deeper"]], "second, hard wrapped"],
        ),
        (
            "They also agreed to:",
            "They also agreed to:",
            ["one", "two", "three", ["three.a", "three.b"], "dash", "star"],
        ),
    ]
    assert [c.span for c in summit.pillars[0].commitments] == [(5, 5), (8, 9)]


def test_txt_compact_lists_without_blank_lines() -> None:
    doc = (
        "The leaders will:\n• grow the economy.\n• cut methane,\nand black carbon.\nThey also agreed to:\n"
        "• meet again\nin 2024\n  • soon\n"
    )
    summit = parse_text(doc, "txt")
    assert shape(summit) == [
        ("The leaders will:", "The leaders will:", ["grow the economy.", "cut methane, and black carbon."]),
        ("They also agreed to:", "They also agreed to:", ["meet again in 2024", ["soon"]]),
    ]


def test_txt_short_title_lines_are_headings() -> None:
    doc = (
        "Fact Sheet: Quad Summit\n\nToday the leaders met.\n\n"
        "Ending the COVID-19 Pandemic and Advancing Global Health\n\n"
        "The Leaders affirmed by:\n\n- vaccines\n\n"
        "Climate Action\n\nThe Leaders pledged to:\n\n- cut methane\n\nThey will also:\n\n- plant trees\n"
    )
    summit = parse_text(doc, "txt")
    assert summit.title == "Fact Sheet: Quad Summit"
    assert summit.preamble == "Today the leaders met."
    assert shape(summit) == [
        (
            "Ending the COVID-19 Pandemic and Advancing Global Health",
            "The Leaders affirmed by:",
            ["vaccines"],
        ),
        ("Climate Action", "The Leaders pledged to:\n\nThey will also:", ["cut methane", "plant trees"]),
    ]


def test_paragraphs_between_lists_join_the_next_intro_and_lists_without_intro_stay_in_the_pillar() -> None:
    doc = (
        "Preamble one.\n\nPreamble two.\n\nFirst intro:\n\n- a\n\n- b\n\n"
        "A remark that introduces nothing.\n\nSecond intro:\n\n- c\n\nClosing remark.\n"
    )
    summit = parse_text(doc, "txt")
    assert summit.preamble == "Preamble one.\n\nPreamble two."
    assert shape(summit) == [
        ("First intro:", "First intro:", ["a", "b"]),
        ("Second intro:", "A remark that introduces nothing.\n\nSecond intro:", ["c"]),
    ]


def test_a_list_with_no_intro_at_all_gets_a_pillar_named_after_the_summit() -> None:
    summit = parse_text("- a\n- b\n", "md", "g7_roadmap.md")
    assert summit.title == "G7 roadmap"
    assert shape(summit) == [("G7 roadmap", "", ["a", "b"])]


# ---------------------------------------------------------------------------------------- residue, errors


def test_web_page_residue_is_dropped() -> None:
    doc = (
        "Main Container\n\n\nFACT SHEET: Residue\n\nMain Content\n\nSkip to main content\n\nIntro:\n\n"
        "  • one\n  • ###\n\nRelated Product\n\n###\n\n\\###\n\n* * *\n"
    )
    for fmt in ("txt", "md"):
        summit = parse_text(doc, fmt)
        assert summit.title == "FACT SHEET: Residue"
        assert summit.preamble == ""
        assert shape(summit) == [("Intro:", "Intro:", ["one"])]


@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
@pytest.mark.parametrize(
    "doc",
    [
        "Only prose here.\n\nNo bullets at all.",
        "# A heading\n\nand a paragraph",
        "Main Container\n\nMain Content\n\nRelated Product\n\n###\n\n\\###\n",
        "Intro:\n\n- ###\n- \\###\n",
        "",
        "   \n\n",
    ],
)
def test_no_list_of_commitments_is_a_document_error(doc: str, fmt: str) -> None:
    with pytest.raises(DocumentError, match=r"sheet\.x: no list of commitments"):
        parse_text(doc, fmt, "sheet.x")


def test_unknown_format_is_a_document_error() -> None:
    with pytest.raises(DocumentError, match="pdf"):
        parse_text("- a", "pdf", "a.pdf")


def test_title_never_empty() -> None:
    assert parse_text("Intro:\n\n- a\n", "md").title == "Untitled summit"
    assert parse_text("Intro:\n\n- a\n", "md", "___.md").title == "Untitled summit"
    assert parse_text("Intro:\n\n- a\n", "md", "wh_nals2021_key_deliverables.md").title == (
        "Wh nals2021 key deliverables"
    )


# ---------------------------------------------------------------------------------------------- HTML

SMALL_MD = """# FACT SHEET: Small Summit

Leaders met today in **Ottawa**.

## Clean Energy

The leaders committed to *act* by:

- Building [grids](https://example.org) together.
- Sharing <u>data</u>.
  - with **partners**
    1. and allies

**Health**\\
Leaders will:

1) Fund
   vaccines.
"""

SMALL_HTML = """<!DOCTYPE html>
<html><head><title>Should not appear</title>
<style>li { color: red } /* <li>style leak</li> */</style>
<script>document.write("<ul><li>script leak</li></ul>")</script></head>
<body>
<header><a href="/">Home</a><ul><li>header leak</li></ul></header>
<nav><ul><li>Briefing Room</li><li>nav leak</li></ul></nav>
<main><h1>FACT SHEET: Small Summit</h1>
<p>Leaders met today in <b>Ottawa</b>.</p>
<!-- <ul><li>comment leak</li></ul> -->
<h2>Clean Energy</h2>
<p>The leaders committed to <em>act</em> by:</p>
<ul><li>Building <a href="https://example.org">grids</a>&nbsp;together.</li>
<li><p>Sharing <u>data</u>.</p>
<ul><li>with <strong>partners</strong><ol><li>and allies</li></ol></li></ul></li></ul>
<p><strong>Health</strong><br>
Leaders will:</p>
<ol><li>Fund<br>vaccines.</li></ol>
<noscript><ul><li>noscript leak</li></ul></noscript>
<template><ul><li>template leak</li></ul></template>
<div hidden><ul><li>hidden leak</li></ul></div>
</main>
<footer><ul><li>footer leak</li></ul></footer>
</body></html>
"""


def test_html_page_gives_the_same_structure_as_its_markdown() -> None:
    from_md, from_html = parse_text(SMALL_MD, "md"), parse_text(SMALL_HTML, "html")
    assert from_html.to_json() == from_md.to_json()
    assert from_md.title == "FACT SHEET: Small Summit"
    assert from_md.preamble == "Leaders met today in Ottawa."
    assert shape(from_md) == [
        (
            "Clean Energy",
            "The leaders committed to act by:",
            ["Building grids together.", "Sharing data.", ["with partners", ["and allies"]]],
        ),
        ("Health", "Leaders will:", ["Fund vaccines."]),
    ]
    assert from_md.pillars[0].commitments[0].span == (9, 9)
    assert from_html.pillars[0].commitments[0].span is None


def test_html_page_furniture_does_not_leak() -> None:
    everything = " ".join(b.text for b in read_html(SMALL_HTML))
    assert "leak" not in everything and "Should not appear" not in everything and "Briefing" not in everything
    assert "color" not in everything and "document.write" not in everything


def test_html_fragments_and_odd_markup() -> None:
    assert read_html("just words") == [Block("paragraph", "just words")]
    assert read_html("https://example.org") == [Block("paragraph", "https://example.org")]
    assert read_html("<?xml version='1.0'?><ul><li>x</li></ul>") == [Block("item", "x")]
    assert read_html("<ul><ul><li>sloppy</li></ul><div><li>wrapped</li></div>loose</ul>") == [
        Block("item", "sloppy", depth=1),
        Block("item", "wrapped"),
        Block("item", "loose"),
    ]
    assert read_html("<li>orphan <img src=x alt=pic>item</li>") == [Block("item", "orphan item")]


def test_markdown_with_an_html_block_list() -> None:
    doc = "The leaders will:\n\n<ul>\n<li>one <b>bold</b></li>\n<li>two<ul><li>two.a</li></ul></li>\n</ul>\n"
    [pillar] = parse_text(doc, "md").pillars
    assert texts(pillar.commitments) == ["one bold", "two", ["two.a"]]
    assert pillar.commitments[0].span == (3, 6)


def test_plain_text_bullets_in_a_markdown_file() -> None:
    doc = (
        "Intro:\n\n  • one **bold**\n    wrapped\n      ◦ nested\n  • two\n\n"
        "Indented by accident:\n\n    • three\n        • three.a\n\n```\n• fenced\n```\n"
    )
    summit = parse_text(doc, "md")
    assert shape(summit) == [
        ("Intro:", "Intro:", ["one bold wrapped", ["nested"], "two"]),
        ("Indented by accident:", "Indented by accident:", ["three", ["three.a"], "fenced"]),
    ]
    assert [c.span for c in summit.pillars[0].commitments] == [(3, 4), (6, 6)]
    assert [c.span for c in summit.pillars[1].commitments] == [(10, 10), (14, 14)]


def test_txt_reader_blocks() -> None:
    assert read_txt("Intro\nwrapped\n\n  • a\n    b\n\nnext") == [
        Block("paragraph", "Intro wrapped", span=(1, 2), lines=2),
        Block("item", "a b", span=(4, 5)),
        Block("paragraph", "next", span=(7, 7)),
    ]


SECTIONED = [
    "Intro:\n\n- see [the plan][p]\n\n"
    + "# Heading\n\ntext\n\n" * 3
    + "\n\n\n\n  [p]: https://example.org\n",
    "Intro:\n\n```\n\n# not a heading\n\n- x\n```\n\n# Real\n\n- a\n- b\n\n\n\n\nPara\n\n- c\n",
    "Intro:\n\n<!--\n\n# no\n\n-->\n\n# Yes\n\n- a\n\n\n\n\n<pre>\n\n# no\n</pre>\n\n- b\n",
    "Lead:\n\n- a\n\n\n\n- b\n\n\n\n  continued\n\n\n\nafter\n\n1. one\n\n\n\n2. two\n",
    "Lead:\n\n- a\n\u00a0\n\u00a0\n\u00a0\nmore\n\n# H\n\n- b\n\n[^1]: a note\n[1]: /x\n",
]


@pytest.mark.parametrize(
    "text",
    SECTIONED
    + [
        path.read_text(encoding="utf-8")
        for path in sorted(DOCUMENTS.rglob("*.md"))[:20]
        if path.stat().st_size < 50_000 and not path.name.startswith(("docx", "utf16"))
    ],
)
def test_markdown_read_in_sections_reads_as_at_once(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """Cut wherever a section may start (fences, HTML blocks, lists, references and blank runs around)."""
    monkeypatch.setattr(markdown, "_SECTION_LINES", 10**9)
    at_once = read_markdown(text)
    monkeypatch.setattr(markdown, "_SECTION_LINES", 1)
    assert read_markdown(f"{text}\n\n{text}")[: len(at_once)] == at_once
    assert read_markdown(text) == at_once


def test_an_empty_line_inside_a_page_paragraph_separates_paragraphs() -> None:
    # "<br>&nbsp;<br>" shows as a blank line: what follows is a paragraph of its own, as in Markdown.
    page = (
        "<p>We the partners are launching a campaign.<br>\n&nbsp;<br>\nWe will act together.<br>\n<br>\n"
        "The Challenge provides resources.</p><p>The leaders will:</p><ul><li>act</li><li>report</li></ul>"
    )
    found = [(b.kind, b.text) for b in read_html(page)]
    assert found[:3] == [
        ("paragraph", "We the partners are launching a campaign."),
        ("paragraph", "We will act together."),
        ("paragraph", "The Challenge provides resources."),
    ]
    assert [(b.kind, b.text) for b in read_html("<p>The White House<br>1600 Pennsylvania Ave</p>")] == [
        ("paragraph", "The White House 1600 Pennsylvania Ave")
    ]  # a single break only wraps


def test_numbered_page_paragraphs_over_lists_are_headings_as_in_markdown() -> None:
    # "<p>1. Trusted Technology</p>" over a list is what pandoc writes as "1\. Trusted Technology".
    sections = "".join(
        f"<p>{n}. {title}</p><ul>{''.join(f'<li>{item}.</li>' for item in items)}</ul>"
        for n, title, items in [
            (1, "Trusted Technology", ["Secure networks"]),
            (2, "Open Standards", ["Global standards", "Open interfaces"]),
        ]
    )
    page = f"<p>We endorse the following shared principles:</p>{sections}"
    markdown_text = "We endorse the following shared principles:\n\n" + "".join(
        f"{n}\\. {title}\n\n" + "".join(f"- {item}.\n" for item in items) + "\n"
        for n, title, items in [
            (1, "Trusted Technology", ["Secure networks"]),
            (2, "Open Standards", ["Global standards", "Open interfaces"]),
        ]
    )
    as_page, as_markdown = parse_text(page, "html", "p.html"), parse_text(markdown_text, "md", "p.md")
    assert [len(p.commitments) for p in as_page.pillars] == [1, 2]
    assert [(p.title, texts(p.commitments)) for p in as_page.pillars] == [
        (p.title, texts(p.commitments)) for p in as_markdown.pillars
    ]


@pytest.mark.parametrize("rest", [" *", "<em>*</em>", "**"])
def test_a_bold_start_followed_by_nothing_but_stray_emphasis_is_read(rest: str) -> None:
    # Once "string index out of range": the text after the bold lead was empty once cleaned.
    page = f"<p><strong>Carbon capture</strong>{rest}</p><p>The leaders will:</p>"
    page += "<ul><li>act</li><li>do</li></ul>"
    summit = parse_text(page, "html", "x.html")
    assert texts(summit.pillars[0].commitments) == ["act", "do"]


def test_browser_copy_lines_in_a_row_that_each_end_a_sentence_are_items_without_a_colon_intro() -> None:
    # A browser copies each paragraph as one line, with an empty line around it: lines in a row are what
    # was a list, even where the paragraph above it ends in no colon.
    copy = (
        "FACT SHEET: Partnership for Prosperity\n\n"
        "The partners will hold consultations in the hemisphere on the following areas of focus.\n\n"
        "Reinvigorating Regional Economic Institutions. We will reform the development banks.\n"
        "Making More Resilient Supply Chains. We will map critical supply chains.\n"
        "Updating the Basic Bargain. We will broaden participation in the formal economy.\n\n"
        "The partners look forward to the next Summit.\n"
    )
    summit = parse_text(copy, "txt", "copy.txt")
    assert [c.text.split(".")[0] for c in summit.pillars[0].commitments] == [
        "Reinvigorating Regional Economic Institutions",
        "Making More Resilient Supply Chains",
        "Updating the Basic Bargain",
    ]
    blocks = read_txt("We met today.\nWe agreed to act.\n\nA line that runs on\ninto the next one.\n")
    assert [b.kind for b in blocks] == ["item", "item", "paragraph"]  # an unfinished line runs on


def test_hard_wrapped_sentences_stay_one_paragraph() -> None:
    # An e-mail wrapped at 72 columns: its lines may end a sentence by chance; they are one paragraph.
    line = "The leaders agreed on a broad agenda for the coming year and the next."
    text = "\n".join([line] * 10) + "\n"
    assert [b.kind for b in read_txt(text)] == ["paragraph"]


def test_browser_copy_paragraphs_with_label_leads_are_items_as_their_bold_leads_were() -> None:
    # "**Tariffs:**  The countries…" on the page; copied, the bold is gone but the label and colon remain.
    copy = (
        "Joint Statement on a Framework for Reciprocal Trade\n\n"
        "Key elements of the deal will include:\n\n"
        "Tariffs:  The countries will open their markets to each other on key products and goods.\n\n"
        "Non-Tariff Barriers:  Argentina has dismantled many barriers that restricted its market.\n\n"
        "Digital Trade:  The partners will facilitate digital trade and recognize data transfers.\n\n"
        "From: Global Affairs Canada\n"
    )
    summit = parse_text(copy, "txt", "copy.txt")
    assert [c.text.split(":")[0] for c in summit.pillars[0].commitments] == [
        "Tariffs",
        "Non-Tariff Barriers",
        "Digital Trade",
    ]
    assert [b.lead for b in read_txt("Note: see below.\n\nFrom: Global Affairs Canada\n")] == [False, False]


def test_a_copied_second_list_of_labelled_items_goes_on_with_the_first() -> None:
    # A page's two lists in a row, copied from a browser: an empty line between them, each item a title-case
    # label run into its sentences. The lone line after the empty line is the next item, not an outro.
    lead = "The two governments will work together on this over the coming years with their partners."
    doc = (
        "The Administration will:\n\n"
        f"Establish New U.S. Embassies in Kiribati and Tonga: {lead}\n"
        f"Appoint the First-Ever U.S. Envoy to the Forum: {lead}\n"
        f"Bring the Peace Corps (USAID) Back to the Pacific: {lead}\n\n"
        f"Implement and Advance the Partners in the Blue Pacific: {lead}\n\n"
        "The Vice President thanked the leaders for their work this year.\n"
    )
    [pillar] = parse_text(doc, "txt").pillars
    assert [c.text.split(":")[0] for c in pillar.commitments] == [
        "Establish New U.S. Embassies in Kiribati and Tonga",
        "Appoint the First-Ever U.S. Envoy to the Forum",
        "Bring the Peace Corps (USAID) Back to the Pacific",
        "Implement and Advance the Partners in the Blue Pacific",
    ]
    # A paragraph after one labelled line, or a label in sentence case, ends the list as before.
    plain = doc.replace("Implement and Advance the Partners", "Implement and advance the partners")
    blocks = read_txt(plain)
    assert [b.kind for b in blocks][-2:] == ["paragraph", "paragraph"]


def test_copied_paragraphs_each_run_in_from_a_title_and_a_full_stop_are_items() -> None:
    # Items each in a list of its own, copied from a browser: paragraphs apart, their bold leads plain text.
    body = "To deliver on our aspirations, we will work with our partners across the region this year."
    titles = [
        "Making More Resilient Supply Chains",
        "Updating the Basic Bargain",
        "Ensuring Sustainable Trade",
    ]
    doc = (
        "The President will announce a new partnership with the countries of the region today.\n\n"
        + "".join(f"{title}. {body}\n\n" for title in titles)
        + "The leaders will meet again next year.\n"
    )
    [pillar] = parse_text(doc, "txt").pillars
    assert [c.text.split(".")[0] for c in pillar.commitments] == titles
    # Two such paragraphs are no run, and a sentence-case start is a sentence: both stay paragraphs.
    for text in (
        doc.replace(f"{titles[2]}. ", "It goes on. "),
        doc.replace("Basic Bargain", "basic bargain"),
    ):
        assert "item" not in [b.kind for b in read_txt(text)]


def test_a_copied_numbered_title_alone_between_empty_lines_heads_its_section() -> None:
    # A page's numbered headings, copied from a browser: title case, no full stop, the section's lines below.
    doc = (
        "The partners endorse these principles for the next generation of networks.\n\n"
        "1. Trusted Technology that is Protective of National Security\n\n"
        "Technologies that are supported by secure and resilient supply chains.\n"
        "Technologies that are reliable, resilient, safe, and protect privacy.\n\n"
        "2. Affordability, Sustainability, and Global Connectivity\n\n"
        "Technologies that allow for energy-efficient deployments and operation.\n"
        "Technologies that are widely available and accessible to developing nations.\n"
    )
    summit = parse_text(doc, "txt")
    assert [len(p.commitments) for p in summit.pillars] == [2, 2]
    assert summit.pillars[1].title.endswith("Affordability, Sustainability, and Global Connectivity")
    # Numbered lines that end as sentences, or short numbered lines one after another, stay items.
    assert [b.kind for b in read_txt("1. Climate Action\n\n2. Trade and Jobs\n\n3. Health Security\n")] == [
        "item",
        "item",
        "item",
    ]
    sentences = doc.replace("National Security\n", "National Security.\n")
    assert "item" in [b.kind for b in read_txt(sentences)[:2]]


def test_a_copied_caps_heading_with_a_colon_over_its_items_is_a_heading() -> None:
    # "COMBATTING ANTISEMITISM:" between ALL-CAPS headings, copied with an empty line below: the colon does
    # not make it an intro of the section before. (Lines of lengths apart, as copied lines are.)
    topics = iter([
        "trade", "clean energy and the grids of both countries", "health",
        "the exploration of space and the moon", "schools",
        "science and research in the universities of both countries and beyond", "culture",
    ])  # fmt: skip

    def lines(count: int) -> str:
        return "".join(
            f"The two countries will work together on {next(topics)} with partners.\n" for _ in range(count)
        )

    doc = (
        f"The President visits Germany this week.\n\nSECURITY AND DEFENSE\n\n{lines(2)}\n"
        f"COMBATTING ANTISEMITISM:\n\n{lines(3)}\nEDUCATIONAL EXCHANGES\n\n{lines(2)}"
    )
    summit = parse_text(doc, "txt")
    assert [(p.title, len(p.commitments)) for p in summit.pillars] == [
        ("SECURITY AND DEFENSE", 2),
        ("COMBATTING ANTISEMITISM", 3),
        ("EDUCATIONAL EXCHANGES", 2),
    ]
