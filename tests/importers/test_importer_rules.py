"""The rules behind the realistic documents, one at a time, with the cases each must leave alone."""

from __future__ import annotations

import pytest

from nals_desktop.domain.model import ParsedSummit
from nals_desktop.importers import parse_text, propose_short_title, read_text
from nals_desktop.importers.blocks import Block, ListLevels
from nals_desktop.importers.readers.html import read_html
from nals_desktop.importers.readers.markdown import read_markdown
from nals_desktop.importers.readers.text import read_txt

from .outline import texts


def shape(summit: ParsedSummit) -> list[tuple[str, list[object]]]:
    return [(p.title, texts(p.commitments)) for p in summit.pillars]


# ---------------------------------------------------------------------------------------------- HTML


def test_a_list_of_nothing_but_links_is_navigation_a_list_with_text_is_not() -> None:
    html = (
        "<p>The leaders will:</p>"
        "<ul><li>Fund <a href='/a'>the plan</a>.</li><li><a href='/b'>Read the roadmap</a></li></ul>"
        "<ul><li><a href='/c'>Facebook</a></li><li><a href='/d'><span>Twitter</span></a></li></ul>"
        "<p>Share: <a href='/e'>Email</a> <a href='/f'>Print</a></p>"
    )
    blocks = read_html(html)
    links = [b for b in blocks if b.kind == "paragraph" and b.link_only]
    assert [b.text for b in blocks if b not in links] == [
        "The leaders will:",
        "Fund the plan.",
        "Read the roadmap",
    ]
    assert [b.text for b in links] == ["Share: Email Print"]
    assert read_text(html, "html").left_out == []  # the site's navigation, not said


def test_the_page_header_and_footer_go_the_article_header_stays() -> None:
    html = (
        "<header><h1>The White House</h1><ul><li>menu</li></ul></header>"
        "<main><article><header><h1>FACT SHEET: Kept</h1></header><p>They will:</p><ul><li>act</li></ul>"
        "<footer><p>Posted in Statements</p></footer></article></main>"
        "<footer><ul><li>site footer</li></ul></footer>"
    )
    summit = parse_text(html, "html")
    assert summit.title == "FACT SHEET: Kept"
    assert "menu" not in str(summit.to_json()) and "site footer" not in str(summit.to_json())


def test_a_page_header_holding_the_title_is_read_its_menus_are_not() -> None:
    html = (
        "<header class='page-header'><a href='/'>Home</a><nav><ul><li><a href='/x'>Menu</a></li></ul></nav>"
        "<h1 class='page-title topper__title news'>FACT SHEET: In the Banner</h1>"
        "<time>January 10, 2024</time></header>"
        "<header><h1><a href='/'>The White House</a></h1><ul><li>banner leak</li></ul></header>"
        "<main><p>They will:</p><ul><li>act</li></ul></main>"
    )
    summit = parse_text(html, "html")
    assert summit.title == "FACT SHEET: In the Banner" and summit.preamble == "January 10, 2024"
    assert shape(summit) == [("They will:", ["act"])]


def test_screen_reader_text_goes_responsive_hidden_classes_stay() -> None:
    html = (
        "<p>Intro:</p><ul><li>Visible<span class='visually-hidden'> (opens in a new window)</span></li>"
        "<li class='hidden md:block'>Shown on a wide screen</li>"
        "<li style='display: none'>never shown</li></ul>"
    )
    assert [b.text for b in read_html(html)] == ["Intro:", "Visible", "Shown on a wide screen"]


def test_a_form_around_the_whole_page_is_read_a_search_form_is_not() -> None:
    html = (
        "<body><form id='aspnetForm'><input type='hidden' value='x'>"
        "<form role='search'><label>Search this site</label></form>"
        "<h1>Joint Statement</h1><p>They will:</p><ul><li>act</li></ul></form></body>"
    )
    summit = parse_text(html, "html")
    assert summit.title == "Joint Statement" and shape(summit) == [("They will:", ["act"])]
    assert "Search" not in str(summit.to_json())


def test_numbered_and_bulleted_paragraphs_are_items_footnote_marks_and_end_marks_are_not() -> None:
    html = (
        "<p>The leaders agreed:</p><p>1. to meet<br>every year;</p><p>a) in spring;</p><p>b) in autumn;</p>"
        "<p>2. to report.</p><p>• a bullet typed by hand</p>"
        "<p>* Subject to appropriations.</p><p>- 30 -</p><p>o bien la otra opción.</p>"
    )
    blocks = read_html(html)
    assert [(b.kind, b.text, b.depth) for b in blocks[:6]] == [
        ("paragraph", "The leaders agreed:", 0),
        ("item", "to meet every year;", 0),
        ("item", "in spring;", 1),
        ("item", "in autumn;", 1),
        ("item", "to report.", 0),
        ("item", "a bullet typed by hand", 0),
    ]
    assert [(b.kind, b.text) for b in blocks[6:]] == [
        ("paragraph", "* Subject to appropriations."),
        ("paragraph", "- 30 -"),
        ("paragraph", "o bien la otra opción."),
    ]


def test_numbered_lines_under_an_intro_in_one_paragraph_are_items() -> None:
    html = (
        "<p>Los líderes acordaron lo siguiente:<br>1. Relanzar la Alianza.<br>2. Proteger a la monarca.</p>"
    )
    assert [(b.kind, b.text) for b in read_html(html)] == [
        ("paragraph", "Los líderes acordaron lo siguiente:"),
        ("item", "Relanzar la Alianza."),
        ("item", "Proteger a la monarca."),
    ]
    assert [b.kind for b in read_html("<p>Prices rose by<br>2. percent in 2024.</p>")] == ["paragraph"]


def test_a_site_logo_in_an_h1_is_not_the_title() -> None:
    html = (
        "<div class=logo><h1><a href='/'>The White House</a></h1></div>"
        "<main><h1>FACT SHEET: Real</h1><p>They will:</p><ul><li>act</li></ul></main>"
    )
    assert parse_text(html, "html").title == "FACT SHEET: Real"


def test_word_list_paragraphs_keep_their_level_and_lose_their_bullet_glyph() -> None:
    def word(level: int, glyph: str, text: str) -> str:
        return (
            f"<p class=MsoListParagraph style='mso-list:l0 level{level} lfo1'><span>{glyph}<span>"
            f"&nbsp;&nbsp;&nbsp;&nbsp; </span></span>{text}</p>"
        )

    html = word(1, "·", "Uno") + word(2, "o", "dos") + word(3, "§", "tres") + word(1, "Ø", "Cuatro")
    # A CMS that stripped the glyph: the first word stays, even a short one.
    html += "<p style='mso-list:l0 level1 lfo1'>Los&nbsp; líderes</p>"
    assert [(b.text, b.depth) for b in read_html(html)] == [
        ("Uno", 0),
        ("dos", 1),
        ("tres", 2),
        ("Cuatro", 0),
        ("Los líderes", 0),
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "<strong>CLIMATE:</strong> The leaders",
        "<strong>CLIMATE</strong>: The leaders",
        "<b>CLIMATE: </b>The leaders",
    ],
)
def test_a_bold_run_in_lead_is_a_heading(lead: str) -> None:
    summit = parse_text(
        f"<p>{lead} will act:</p><ul><li>now</li></ul><p><b>HEALTH:</b> And:</p><ul><li>b</li></ul>", "html"
    )
    assert (summit.pillars[0].title, summit.pillars[0].intro, summit.pillars[0].short_title) == (
        "CLIMATE",
        "The leaders will act:",
        "Climate",
    )


def test_a_bold_phrase_inside_a_sentence_is_no_lead() -> None:
    summit = parse_text("<p>The <b>three leaders</b> agreed to:</p><ul><li>act</li></ul>", "html")
    assert summit.pillars[0].title == "The three leaders agreed to:"


# ---------------------------------------------------------------------------------------------- Markdown


def test_markdown_link_lists_and_link_paragraphs_are_navigation() -> None:
    doc = (
        "[Skip to content](#content)\n\n- [Home](/)\n- [News](/news)\n\nThe leaders will:\n\n"
        "- [Fund](/fund) the plan\n- act\n\n[Read more](/more)\n"
    )
    blocks = read_markdown(doc)
    assert [b.text for b in blocks if not b.link_only] == ["The leaders will:", "Fund the plan", "act"]
    assert [b.text for b in blocks if b.link_only] == ["Skip to content", "Read more"]
    assert read_text(doc, "md").left_out == []  # navigation, not said


def test_a_paragraph_that_is_only_a_link_to_another_page_is_said_as_left_out() -> None:
    """Nothing of the document vanishes without a word: a closing "Learn more about…" link is no commitment,
    but it is listed as not imported; a short link is the site's navigation."""
    doc = (
        "The leaders will:\n\n- act\n- meet\n\n"
        "[*Learn more about the Partnership on Cancer Prevention*](https://example.org/cancer)\n\n"
        "[Share](https://example.org/share)\n"
    )
    reading = read_text(doc, "md")
    assert [c.text for c in reading.summit.pillars[0].commitments] == ["act", "meet"]
    assert reading.left_out == ["Learn more about the Partnership on Cancer Prevention"]


def test_text_bullets_right_under_an_intro_in_markdown() -> None:
    summit = parse_text("Opening.\n\nThe leaders will:\n• act **now**\n• meet again\n", "md")
    assert [(p.intro, texts(p.commitments)) for p in summit.pillars] == [
        ("The leaders will:", ["act now", "meet again"])
    ]
    assert [c.span for c in summit.pillars[0].commitments] == [(4, 4), (5, 5)]


def test_pandoc_spans_attributes_fences_and_footnotes() -> None:
    doc = (
        "::: {.content}\nThe leaders will:\n\n- [cut]{.underline} methane[^2]\n"
        "- meet in Québec--Lévis\n:::\n\n[^2]: A note.\n"
    )
    assert [b.text for b in read_markdown(doc)] == [
        "The leaders will:",
        "cut methane",
        "meet in Québec–Lévis",
    ]
    assert read_markdown("Dates 2024-2026 and --flags stay.\n")[0].text == "Dates 2024-2026 and --flags stay."


def test_yaml_front_matter_gives_the_title_a_leading_rule_does_not() -> None:
    fronted = parse_text("---\ntitle: 'Joint Statement – Site'\ntags: [a]\n---\nThey will:\n\n- act\n", "md")
    assert fronted.title == "Joint Statement – Site"  # too short without the site's name to drop it
    untitled = parse_text("---\nlayout: post\n---\n\nThey will:\n\n- act\n", "md", "g7.md")
    assert untitled.title == "G7" and untitled.preamble == ""
    ruled = parse_text("---\n\nOpening words.\n\n---\n\nThey will:\n\n- act\n", "md", "g7.md")
    assert ruled.preamble == "Opening words."


def test_news_release_sections_are_dropped_with_what_they_hold() -> None:
    doc = (
        "# Release\n\nThey will:\n\n- act\n\n## Quick facts\n\n- a fact\n\n### Sources\n\n- a source\n\n"
        "## Contacts\n\nMedia Relations\n\n## Next steps\n\n- meet again\n"
    )
    summit = parse_text(doc, "md")
    assert [texts(p.commitments) for p in summit.pillars] == [["act"], ["meet again"]]


def test_related_product_and_its_items_are_dropped_in_plain_text_too() -> None:
    doc = "FACT SHEET: X\n\nThey will:\n\n  • act\n\nRelated Product\n\n  • Declaration of North America\n"
    assert shape(parse_text(doc, "txt")) == [("They will:", ["act"])]


def test_a_bold_label_with_a_colon_is_a_heading_a_bold_intro_is_not() -> None:
    doc = (
        "<p><b>Shared Prosperity:</b></p><ul><li>a</li></ul>"
        "<p><b>The leaders will deepen cooperation by:</b></p><ul><li>b</li></ul>"
    )
    assert [(p.title, p.intro) for p in parse_text(doc, "html").pillars] == [
        ("Shared Prosperity", ""),
        ("The leaders will deepen cooperation by:", "The leaders will deepen cooperation by:"),
    ]


def test_a_lone_heading_heads_its_list_only_from_close_by() -> None:
    near = parse_text("## Climate\n\nThe leaders will:\n\n- act\n", "md")
    assert [(p.title, p.intro) for p in near.pillars] == [("Climate", "The leaders will:")]
    far = parse_text("**From: Global Affairs**\n\nNews release\n\nToday…\n\nThey will:\n\n- act\n", "md")
    assert [p.title for p in far.pillars] == ["They will:"]
    assert far.preamble.startswith("From: Global Affairs")


# ---------------------------------------------------------------------------------------------- plain text


def test_bullets_nest_by_symbol_where_the_indentation_was_lost() -> None:
    doc = "Intro:\n\n• one\no one.a\n▪ one.a.i\no one.b\n• two\n– two.a\n• three\n"
    assert texts(parse_text(doc, "txt").pillars[0].commitments) == [
        "one",
        ["one.a", ["one.a.i"], "one.b"],
        "two",
        ["two.a"],
        "three",
    ]


def test_list_levels_by_indentation_and_marker() -> None:
    levels = ListLevels()
    assert [levels.depth(0, "1."), levels.depth(0, "a)"), levels.depth(0, "b)"), levels.depth(0, "2.")] == [
        0,
        1,
        1,
        0,
    ]
    assert [levels.depth(4, "•"), levels.depth(0, "3."), levels.depth(0, "-")] == [
        1,
        0,
        0,
    ]  # other family: sibling


def test_o_starts_a_sub_item_only_inside_a_list() -> None:
    doc = "Los gobiernos acordaron medidas de seguridad\no de cooperación regional.\n\n- uno\no uno.a\n"
    blocks = read_txt(doc)
    assert [(b.kind, b.text, b.depth) for b in blocks] == [
        ("paragraph", "Los gobiernos acordaron medidas de seguridad o de cooperación regional.", 0),
        ("item", "uno", 0),
        ("item", "uno.a", 1),
    ]


def test_copied_menus_and_end_marks_are_not_text() -> None:
    doc = (
        "Skip to main content\nLanguage selection\nFrançais\nSearch\n\nFACT SHEET: X\n\nThey will:\n\n"
        "• act\n• meet\n\n- 30 -\n\nContact us\nPrivacy\nTerms\n"
    )
    blocks = read_txt(doc)
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "FACT SHEET: X"),
        ("paragraph", "They will:"),
        ("item", "act"),
        ("item", "meet"),
    ]
    # A list that lost its bullets is read as one before short lines count as a menu.
    assert texts(parse_text("They will:\n\nAct now\nMeet again\nReport\n", "txt").pillars[0].commitments) == [
        "Act now",
        "Meet again",
        "Report",
    ]


def test_page_numbers_and_running_heads_go_and_the_sentence_runs_on() -> None:
    page = "Joint Statement – Page {n}"
    doc = (
        "Intro:\n\n• first item that runs\n\n" + page.format(n=1) + "\n\f" + "UNCLASSIFIED\n\n"
        "over the page break.\n• second\n\n2\n\fUNCLASSIFIED\n\n" + page.format(n=2) + "\n"
    )
    summit = parse_text(doc, "txt")
    assert texts(summit.pillars[0].commitments) == ["first item that runs over the page break.", "second"]


def test_a_line_repeated_away_from_page_breaks_is_kept() -> None:
    doc = "Climate:\n\n• act\n\nNote\n\nIntro:\n\n• more\n\nNote\n\n3\n"
    assert "Note" in [b.text for b in read_txt(doc)]


@pytest.mark.parametrize(
    ("lines", "text"),
    [
        (["a con-", "tinent and a continent"], "a continent and a continent"),  # the text writes it whole
        (["cross-", "border and cross-border"], "cross-border and cross-border"),  # ... or hyphenated
        (["long-", "term planning"], "long-term planning"),  # no evidence: the hyphen stays
        (["soft\u00ad", "ware"], "software"),
        (["Canada -", "Mexico"], "Canada - Mexico"),
    ],
)
def test_words_broken_at_line_ends(lines: list[str], text: str) -> None:
    assert read_txt("\n".join(lines)) == [Block("paragraph", text, span=(1, 2), lines=2)]


def test_lines_after_a_colon_are_items_only_when_the_text_has_no_bullets_at_all() -> None:
    doc = "The leaders will:\n\nAct on climate.\nMeet again, with:\nthe ministers;\nthe mayors.\nReport.\n"
    assert texts(parse_text(doc, "txt").pillars[0].commitments) == [
        "Act on climate.",
        "Meet again, with:",
        ["the ministers;", "the mayors."],
        "Report.",
    ]
    wrapped = "The leaders said:\n\nthey will act on the\nclimate together.\n\nThey will:\n\n• act\n"
    assert texts(parse_text(wrapped, "txt").pillars[0].commitments) == ["act"]


def test_a_label_with_a_colon_right_above_its_list_is_a_heading() -> None:
    summit = parse_text("Preamble.\n\nTrade and Investment:\n1) one\n\nHealth:\n1) two\n", "txt")
    assert [(p.title, p.intro) for p in summit.pillars] == [("Trade and Investment", ""), ("Health", "")]
    # After a blank line it may as well be an intro ("Intro:"): it stays one.
    apart = parse_text("Preamble.\n\nHealth:\n\n1) two\n", "txt")
    assert [(p.title, p.intro) for p in apart.pillars] == [("Health:", "Health:")]


def test_long_sentence_case_headings_above_their_intros() -> None:
    # pm.gc.ca's French copy of the 2021 summit: headings of up to 15 words, no capitals, no punctuation.
    long_heading = (
        "Coordonner les efforts en matière de migration, de développement et de sécurité en Amérique du Nord"
    )
    doc = (
        "Aujourd’hui, les dirigeants se sont réunis.\n\n"
        "Mettre fin à la pandémie de COVID-19 et promouvoir la santé mondiale\n\n"
        "Les dirigeants ont énoncé leur vision\u00a0:\n\n  • accroître la couverture vaccinale.\n\n"
        f"{long_heading}\n\nPour appuyer nos objectifs communs\u00a0:\n\n"
        "  • élaborer un pacte régional;\n  • affirmer nos engagements.\n"
    )
    summit = parse_text(doc, "txt")
    assert [(p.title, len(p.commitments)) for p in summit.pillars] == [
        ("Mettre fin à la pandémie de COVID-19 et promouvoir la santé mondiale", 1),
        (long_heading, 2),
    ]
    # A line ending in a word that runs on is no heading.
    runs_on = parse_text("Intro.\n\nThe leaders agreed to\n\n• act\n", "txt")
    assert runs_on.pillars[0].title == "The leaders agreed to"


def test_the_first_line_of_a_text_is_its_title_unless_it_heads_a_section_with_a_list() -> None:
    titled = parse_text(
        "Joint Statement on Energy\n\nOpening words.\n\nClimate\n\n• act\n\nHealth\n\n• fund\n", "txt"
    )
    assert titled.title == "Joint Statement on Energy" and titled.preamble == "Opening words."
    untitled = parse_text("Climate\n\n• act\n\nHealth\n\n• fund\n", "txt", "notes.txt")
    assert untitled.title == "Notes" and [p.title for p in untitled.pillars] == ["Climate", "Health"]


def test_page_chrome_before_the_title_goes_a_body_before_it_stays() -> None:
    chrome = parse_text("Home\n\nNews\n\nFACT SHEET: X\n\nThey will:\n\n• act\n", "txt")
    assert chrome.preamble == "" and chrome.title == "FACT SHEET: X"
    long = (
        "Our three countries share a continent and a commitment to work together on the things that matter. "
        * 3
    )
    body = parse_text(f"{long}\n\nFACT SHEET: X\n\nThey will:\n\n• act\n", "txt")
    assert body.preamble == long.strip()


def test_a_copied_page_is_titled_by_the_line_above_its_date_only_at_its_head() -> None:
    page = "Menu\n\nSearch Search\n\nJoint Statement on Energy\n\nJune 10, 2022\n\nThey will:\n\n• act\n"
    assert parse_text(page, "txt").title == "Joint Statement on Energy"
    # Below a paragraph of the body, a line over a date is a heading or an intro, not the title.
    long = "The leaders met today to agree on the steps their governments will take together next year. " * 3
    body = f"{long}\n\nMeeting of the Energy Ministers\n\nJune 10, 2022\n\nThey will:\n\n• act\n"
    assert parse_text(body, "txt", "notes.txt").title == "Notes"
    # Nor is a menu's line of two words over a date ("Briefing Room").
    menu = "Search Search\n\nJoint Statement on Energy\n\nBriefing Room\n\nJune 10, 2022\n\nIt will:\n\n• a\n"
    assert parse_text(menu, "txt").title != "Briefing Room"


def test_the_end_mark_ends_a_copied_page_unless_a_list_follows_it() -> None:
    page = "Opening.\n\nClimate\n\n• act\n\n###\n\nStay Connected\n\nNews\n\nGet texts from us.\n"
    found = read_text(page, "txt")
    assert shape(found.summit) == [("Climate", ["act"])]
    assert found.left_out == ["Stay Connected", "News", "Get texts from us."]
    # "###" as a separator between the sections of a list: both kept.
    separated = "Opening.\n\nClimate\n\n• act\n\n###\n\nHealth\n\n• fund\n"
    assert shape(parse_text(separated, "txt")) == [("Climate", ["act"]), ("Health", ["fund"])]
    # A heading typed as Markdown ("### Health") is no end mark.
    typed = "Opening.\n\nClimate\n\n• act\n\n### Health\n\n• fund\n"
    assert shape(parse_text(typed, "txt"))[-1] == ("### Health", ["fund"])


def test_a_copied_heading_is_split_from_the_intro_on_its_next_line() -> None:
    doc = "Opening.\n\nFighting Corruption\nThe leaders will:\n\n• act\n\nHealth\nThey will also:\n\n• fund\n"
    assert [(p.title, p.intro) for p in parse_text(doc, "txt").pillars] == [
        ("Fighting Corruption", "The leaders will:"),
        ("Health", "They will also:"),
    ]
    # A heading of up to twelve words, but not a longer line.
    caps = "INVESTING IN A NEW ERA OF ENDURING PEOPLE-TO-PEOPLE TIES"
    nine = f"Opening.\n\n{caps}\nThe leaders will:\n\n• act\n\nHealth\nThey will also:\n\n• fund\n"
    assert [p.title for p in parse_text(nine, "txt").pillars] == [caps, "Health"]
    longer = nine.replace(caps, f"{caps} AND ACROSS THE WHOLE OF OUR REGION")
    assert parse_text(longer, "txt").pillars[0].title != caps + " AND ACROSS THE WHOLE OF OUR REGION"
    # Items in title case under an intro stay items: the lines after the first are no sentences.
    titled = "Opening.\n\nKey deliverables:\n\nCritical Minerals Working Group\nSemiconductor Forum\n"
    assert shape(parse_text(titled, "txt")) == [
        ("Key deliverables:", ["Critical Minerals Working Group", "Semiconductor Forum"])
    ]
    # Nor is a line in lower case over sentences a heading.
    plain = "Opening.\n\nThe leaders will:\n\nLaunch a working group\nExpand the forum.\nMeet again.\n"
    assert len(shape(parse_text(plain, "txt"))[0][1]) == 3


def test_a_copied_sub_heading_alone_after_an_intro_is_no_item() -> None:
    doc = "Opening.\n\nAchievements include:\n\nReligious Freedom\n\nHosted a summit.\nTrained leaders.\n"
    assert shape(parse_text(doc, "txt")) == [("Religious Freedom", ["Hosted a summit.", "Trained leaders."])]
    # Items set apart and unpunctuated, as a list of short items is copied, stay items.
    apart = "Opening.\n\nThe leaders will:\n\nExpand Trade\n\nBuild Roads\n\nOpen Ports\n"
    assert shape(parse_text(apart, "txt"))[0] == ("The leaders will:", ["Expand Trade"])


def test_copied_items_run_in_from_a_title_and_a_full_stop_go_on_after_an_empty_line() -> None:
    body = "the two governments will carry this work forward with their partners next year."
    doc = (
        f"Clean Energy Generation. The cost of solar power has fallen, and {body}\n"
        f"Cut Pollution from Existing Systems. Three states adopted standards, and {body}\n\n"
        f"Energy Efficiency. Better buildings cut bills, and {body}\n\n"
        f"State Efforts to Cap Emissions. 15 states have targets, and {body}\n\n"
        f"These investments tell a clear story, and {body}\n"
    )
    assert [b.kind for b in read_txt(doc)] == ["item", "item", "item", "item", "paragraph"]
    # Without the run of titled items above, such a line is a paragraph.
    alone = f"Opening words.\n\nEnergy Efficiency. Better buildings cut bills, and {body}\n"
    assert [b.kind for b in read_txt(alone)] == ["paragraph", "paragraph"]


def test_copied_sentence_case_headings_are_groups_unless_they_open_a_section() -> None:
    doc = (
        "Opening words of the statement.\n\nClimate and Energy\n\nThe leaders will:\n\n• Cut methane.\n"
        "• Capture flared gas.\n\nClean power\n\n• Build solar farms.\n• Build wind farms.\n\n"
        "Health Security\n\nThey will also:\n\n• Fund clinics.\n• Train nurses.\n"
    )
    summit = parse_text(doc, "txt")
    assert [p.title for p in summit.pillars] == ["Climate and Energy", "Health Security"]
    assert [c.group for c in summit.pillars[0].commitments] == [None, None, "Clean power", "Clean power"]
    # Over an intro of its own it opens a section as the title-case ones do (the risk: a sub-heading that has
    # an intro becomes a pillar).
    opened = doc.replace("Clean power\n\n", "Clean power\n\nThe two will also build:\n\n")
    titles = [p.title for p in parse_text(opened, "txt").pillars]
    assert titles == ["Climate and Energy", "Clean power", "Health Security"]


def test_an_all_caps_label_run_into_a_copied_paragraph_is_a_heading() -> None:
    doc = (
        "CLEAN ENERGY: The leaders will act.\n\n• Build grids.\n\n"
        "HEALTH SECURITY: They will also act.\n\n• Fund.\n"
    )
    assert [(p.title, p.intro) for p in parse_text(doc, "txt").pillars] == [
        ("CLEAN ENERGY", "The leaders will act."),
        ("HEALTH SECURITY", "They will also act."),
    ]
    # Not a label of one word ("NOTE:", "UPDATE:"), one in title case, nor a "FACT SHEET:" title.
    for text in ("NOTE: The leaders will act.", "Clean Energy: The leaders will act."):
        assert parse_text(f"Opening.\n\n{text}\n\n• Build grids.\n", "txt").pillars[0].intro == text
    titled = parse_text("FACT SHEET: Leaders Act on Energy.\n\nThey will:\n\n• Build grids.\n", "txt")
    assert titled.title == "FACT SHEET: Leaders Act on Energy."


def test_copied_items_set_apart_and_run_in_from_a_title_and_a_dash_are_a_list() -> None:
    body = "the two governments will carry this work forward with their partners next year."
    doc = (
        "Opening words.\n\n"
        f"Advancing Women’s Leadership in Clean Energy – USAID is announcing new funding, and {body}\n\n"
        f"Supporting Women Environmental Defenders \u2013 The Department of State expands aid, and {body}\n\n"
        f"Women in Agriculture Gain Economic Security \u2014 This program supports farmers, and {body}\n"
    )
    assert [b.kind for b in read_txt(doc)] == ["paragraph", "item", "item", "item"]
    # A dash inside prose is no lead ("The leaders – all of them – agreed…"), nor is a run of two.
    prose = (
        "Opening words.\n\n"
        f"The leaders of the region \u2013 all of them \u2013 agreed on the plan, and {body}\n\n"
        f"Advancing Women’s Leadership in Clean Energy \u2013 USAID is announcing new funding, and {body}\n\n"
        f"Supporting Women Environmental Defenders \u2013 The Department of State expands aid, and {body}\n"
    )
    assert [b.kind for b in read_txt(prose)] == ["paragraph"] * 4


def test_an_all_caps_heading_ends_what_a_copied_lead_holds() -> None:
    body = "the two governments will carry this work forward with their partners next year."
    doc = (
        "Opening words.\n\nTRADE AND INVESTMENT\n\nThe two countries will deepen their ties.\n\n"
        f"Expanding Agricultural Trade:  New market access was granted, and {body}\n\n"
        f"Access to Capital:  New loans were signed, and {body}\n\n"
        "PROMOTING HUMAN RIGHTS\n\nThe leaders discussed human rights.\n\n"
        f"Meaningful Dialogue:  The dialogue will meet yearly, and {body}\n\n"
        f"Religious Freedom:  The two countries will hold talks, and {body}\n\n"
        "The leaders look forward to meeting again in Hanoi next year, as they agreed at this meeting.\n"
    )
    summit = parse_text(doc, "txt")
    assert [(p.title, len(p.commitments)) for p in summit.pillars] == [
        ("TRADE AND INVESTMENT", 2),
        ("PROMOTING HUMAN RIGHTS", 2),
    ]
    # Neither the heading nor its intro is glued onto the lead above it; the closing line stays apart too.
    assert summit.pillars[0].commitments[-1].text.endswith(body)
    assert summit.pillars[1].commitments[-1].text.endswith(body)


def test_a_copied_lead_may_name_a_programme_at_length_in_title_case() -> None:
    long = "Scientific Training for the Vietnamese Office for Seeking Missing Persons:  The United States "
    assert read_txt(long + "seeks to increase scientific training and support in Hawaii.\n")[0].lead
    # The first words of a sentence before a colon are no label, however capitalised what follows is.
    sentence = "The leaders agreed on three priorities for next year: Trade, climate and health guide them."
    assert not read_txt(sentence + "\n")[0].lead


def test_a_copied_paragraph_ending_in_a_colon_over_lower_case_items_is_their_parent_item() -> None:
    doc = (
        "Opening.\n\nVaccines\n\n• Expand the manufacture of vaccines in the region.\n\n"
        "Our commitment will be carried out by a new group of senior experts, which will:\n\n"
        "• design an implementation plan;\n• make recommendations before the end of the year.\n"
    )
    assert shape(parse_text(doc, "txt")) == [
        (
            "Vaccines",
            [
                "Expand the manufacture of vaccines in the region.",
                "Our commitment will be carried out by a new group of senior experts, which will:",
                ["design an implementation plan;", "make recommendations before the end of the year."],
            ],
        )
    ]
    # Over items that start as sentences do, it introduces the list after it, as before: no item.
    intro = doc.replace("• design an", "• Design an").replace("• make", "• Make")
    pillars = parse_text(intro, "txt").pillars
    assert [len(p.commitments) for p in pillars] == [1, 2]
    assert pillars[1].intro.endswith("which will:")


# ---------------------------------------------------------------------------------------------- short titles


@pytest.mark.parametrize(
    ("heading", "short"),
    [
        ("1. Competitiveness", "Competitiveness"),
        ("IV. CLIMATE AND ENVIRONMENT", "Climate and Environment"),
        ("U.S. LEADERSHIP IN THE G7", "U.S. Leadership in the G7"),
        ("A) Salud", "Salud"),
        ("G7 Leaders", "G7 Leaders"),
        ("3D printing", "3D printing"),
    ],
)
def test_short_titles_of_numbered_and_all_caps_headings(heading: str, short: str) -> None:
    assert propose_short_title(heading) == short
