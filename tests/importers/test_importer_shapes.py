"""Shapes of real fact sheets and joint statements that used to lose their structure, each in a test document;
paragraph mode, the date and place, and the warnings a person sees before importing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from nals_desktop.cli import main
from nals_desktop.domain.errors import DocumentError
from nals_desktop.domain.model import ParsedSummit
from nals_desktop.importers import parse_file, read_source, read_text
from nals_desktop.importers.metadata import find_date, find_location, find_summit_name
from nals_desktop.importers.review import warnings
from nals_desktop.services.importing import detect_parties

from .outline import texts, walk

DOCUMENTS = Path(__file__).resolve().parent / "documents"
CORPUS = DOCUMENTS / "corpus"
PINNED: dict[str, dict[str, object]] = json.loads((DOCUMENTS / "counts.json").read_text("utf-8"))


def reading(name: str, paragraphs: bool = False):
    source = read_source(DOCUMENTS / name)
    return read_text(source.text, source.fmt, source.name, paragraphs=paragraphs)


# ------------------------------------------------------------------------------------------- every document


# Real documents whose hand count the importer does not reach yet (bench_corpus prints them as DIFFERS).
KNOWN_MISSES: set[str] = set()


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason="known miss"))
        if name in KNOWN_MISSES
        else name
        for name in sorted(PINNED)
    ],
)
def test_every_document_gives_the_structure_counted_by_hand(name: str) -> None:
    expected = PINNED[name]
    if expected.get("refused"):
        with pytest.raises(DocumentError):
            parse_file(DOCUMENTS / name)
        return
    summit = parse_file(DOCUMENTS / name, paragraphs=bool(expected.get("paragraphs")))
    assert [len(p.commitments) for p in summit.pillars] == expected["pillars"]
    assert sum(1 for p in summit.pillars for _c in walk(p.commitments)) == expected["all"]


# ---------------------------------------------------------------------------------------------- markup shapes


def test_bold_markers_with_inner_padding_still_make_headings_and_leads() -> None:
    summit = reading("padded_bold_fact_sheet.md").summit
    # "**TRADE AND INVESTMENT **", "**STRENGTHENING THE ALLIANCE: **The leaders…", a line of no-break spaces
    # before "**CLEAN ENERGY**", and "**" + line break + "II. BUILD CAPACITY**".
    assert [p.title for p in summit.pillars] == [
        "TRADE AND INVESTMENT",
        "STRENGTHENING THE ALLIANCE",
        "CLEAN ENERGY",
        "II. BUILD CAPACITY",
    ]
    assert summit.pillars[1].intro == "The leaders reaffirmed their alliance and committed to:"


def test_underlined_headings_above_their_intros_are_pillars() -> None:
    summit = reading("underlined_headings.html").summit
    assert [(p.title, p.intro) for p in summit.pillars] == [
        ("TRADE FACILITATION", "The two governments will:"),
        ("Public Safety", "They will also:"),
    ]
    assert summit.location == "Washington, D.C." and summit.date == date(2024, 3, 4)


def test_a_heading_inside_a_list_item_heads_what_follows() -> None:
    summit = reading("heading_inside_item.md").summit
    assert [p.title for p in summit.pillars] == ["HEALTH SECURITY", "SUPPLY CHAINS"]
    assert summit.pillars[0].commitments[-1].text == "Train 1,000 public-health workers."
    real = parse_file(CORPUS / "wh_2024_summit_for_democracy_fact_sheet.md")
    assert real.pillars[-1].title == "Defending Free and Fair Elections"
    assert not real.pillars[-2].commitments[-1].text.endswith("Defending Free and Fair Elections")


def test_a_bold_heading_closing_a_list_item_of_a_page_heads_what_follows() -> None:
    summit = reading("heading_inside_item.html").summit
    assert [p.title for p in summit.pillars] == ["HEALTH SECURITY", "SUPPLY CHAINS"]
    health, supply = summit.pillars
    assert health.commitments[-1].text == "Stand up a joint genomic surveillance network."
    assert supply.commitments[1].text == "Hold a yearly supply-chain exercise."
    assert supply.commitments[2].group == "Clean Energy"
    # Not a heading: a bold sentence closing the item, and a bold line with more of the item after it.
    assert health.commitments[0].text.endswith("next year. The first plant will open in Dakar.")
    assert health.commitments[1].text == (
        "Train 1,000 public-health workers in outbreak response. Rapid Response Teams Each team will deploy "
        "within 48 hours of a request."
    )


def test_a_page_copied_whole_is_titled_by_the_line_above_its_date_and_ends_at_its_end_mark() -> None:
    found = reading("statement_copied_whole.txt", paragraphs=True)
    summit = found.summit
    assert summit.title == "Joint Statement of the United States and Brazil on Workers’ Rights"
    assert summit.date == date(2023, 9, 20)
    assert [len(p.commitments) for p in summit.pillars] == [4]
    assert summit.pillars[0].commitments[-1].text.startswith("We welcome the support of labour leaders")
    # The site's menus before the title go with it; its sign-up form and footer after "###" are left out,
    # and said so.
    assert "Search" not in summit.preamble
    assert found.left_out[-4:] == [
        "We’ll be in touch with the latest information on how the President and his administration are "
        "working for the American people, as well as ways you can get involved.",
        "Opt in to send and receive text messages from the President.",
        "Twitter Instagram",
        "Contact Us Privacy Policy",
    ]
    listed = reading("readout_copied_whole.txt").summit
    assert listed.title == "Joint Readout of the Leaders’ Meeting on Caribbean Energy Security"
    assert [p.title for p in listed.pillars] == ["Clean Energy", "Food Security"]


def test_copied_headings_are_told_from_their_intros_and_from_items() -> None:
    summit = reading("headings_copied_with_intros.txt").summit
    assert [(p.title, p.intro) for p in summit.pillars] == [
        (
            "Supporting Free and Independent Media",
            "Together with partners, our investments in press freedom help journalists inform the public. "
            "For example:",
        ),
        ("Fighting Corruption", "Actions undertaken this year include:"),
        ("Safeguarding Religious Freedom", ""),
    ]
    assert summit.pillars[2].commitments[0].text.startswith("Hosted the first summit")


def test_copied_sections_are_one_level_whatever_the_case_of_their_headings() -> None:
    found = reading("mixed_case_sections_copied.txt")
    assert [p.title for p in found.summit.pillars] == [
        "Momentum from the President’s Climate and Economic Agenda",
        "Fundamental Economic and Technological Trends",
        "Action and leadership from state, local, Tribal, and territorial governments",
    ]
    assert [c.text.split(".")[0] for c in found.summit.pillars[2].commitments] == [
        "Building Energy Codes",
        "Financing Climate Solutions",
        "State and Regional Efforts to Cap Emissions",
    ]
    assert found.left_out[-1].startswith("These investments and many more tell a clear story")


def test_copied_all_caps_leads_are_pillar_headings_with_their_intros() -> None:
    summit = reading("caps_leads_copied.txt").summit
    assert [p.title for p in summit.pillars] == [
        "SECURING THE BORDER",
        "UNLEASHING AMERICAN ENERGY",
        "PROTECTING AMERICAN WORKERS",
    ]
    assert summit.pillars[0].intro.startswith("Today, the President secured commitments")


def test_leftover_emphasis_around_punctuation_is_dropped() -> None:
    first = reading("padded_bold_fact_sheet.md").summit.pillars[0]
    assert first.commitments[0].text == "Launching a joint supply-chain dialogue."


def test_flat_items_after_an_item_ending_in_a_colon_nest_under_it() -> None:
    alliance = reading("padded_bold_fact_sheet.md").summit.pillars[1]
    assert texts(alliance.commitments) == [
        "Hold joint exercises every year.",
        "Share early-warning data.",
        "Give particular emphasis to:",
        ["maritime patrols;", "cyber defence."],
    ]


def test_text_that_is_no_title_intro_or_item_is_listed_as_left_out() -> None:
    found = reading("padded_bold_fact_sheet.md")
    assert found.left_out == ["The leaders also reviewed the energy file."]
    left = [w for w in warnings(found) if w.kind == "left_out"]
    assert [w.text for w in left] == ["The leaders also reviewed the energy file."]


def test_all_caps_pillars_keep_their_title_case_sub_headings_inside() -> None:
    summit = reading("two_level_headings.md").summit
    assert [p.title for p in summit.pillars] == ["ECONOMIC SECURITY", "CLIMATE AND ENERGY"]
    assert [len(p.commitments) for p in summit.pillars] == [3, 4]
    # The sub-headings are the groups of the commitments under them, not intro text.
    assert [p.intro for p in summit.pillars] == ["", ""]
    assert [[c.group for c in p.commitments] for p in summit.pillars] == [
        ["Supply Chains", "Supply Chains", "Investment Screening"],
        ["Methane", "Methane", "Methane", "Clean Power"],
    ]
    assert reading("two_level_headings.md").left_out == []


def test_a_paragraph_that_lost_its_bullet_in_a_run_is_an_item() -> None:
    climate = reading("two_level_headings.md").summit.pillars[1]
    assert [c.text.split()[:2] for c in climate.commitments] == [
        ["Cut", "methane"],
        ["The", "two"],
        ["Phase", "down"],
        ["Build", "a"],
    ]


def test_numbered_paragraphs_are_commitments_and_the_summit_named_gives_title_date_and_place() -> None:
    found = reading("numbered_joint_statement.md")
    summit = found.summit
    assert [c.text[:5] for c in summit.pillars[0].commitments] == ["1. We", "2. We", "3. We", "4. We"]
    assert summit.title == "2023 North American Leaders' Summit in Mexico City"
    assert summit.date == date(2023, 1, 10)
    assert summit.location == "Mexico City"
    assert found.guessed == {"title", "date", "location", "parties"}
    assert summit.parties == ["CA", "MX", "US"]  # "We, the leaders of Canada, Mexico and the United States"
    kinds = [w.kind for w in warnings(found)]
    assert kinds == [
        "title_guessed",
        "date_guessed",
        "location_guessed",
        "parties_guessed",
        "pillar_title_guessed",
    ]


def test_paragraphs_with_bold_leads_are_items_where_most_leads_head_no_list() -> None:
    found = reading("lead_paragraphs_fact_sheet.md")
    summit = found.summit
    assert [p.title for p in summit.pillars] == ["TRADE AND INVESTMENT", "CLEAN ENERGY"]
    assert summit.pillars[0].intro.startswith("The two countries are each other")
    assert [c.text.split(" The ")[0] for c in summit.pillars[0].commitments] == [
        "Critical Minerals Framework:",
        "Customs Pilot –",
    ]
    # "**Customs Pilot** – The customs agencies…" is a lead, not a dateline: the place is the visit's.
    assert summit.location == "Washington"  # "During the Prime Minister’s visit to Washington, …"
    assert texts(summit.pillars[1].commitments) == [
        "Grid Interconnection: The utilities of both countries will study two new interconnections between "
        "their grids.",
        "Clean Ports: The countries will support their largest ports in cutting emissions, which will "
        "include: The ports will report on their progress at the next summit.",
        [
            "Shore power for ships at two ports;",
            "A green shipping corridor study; and",
            "A pilot of zero-emission trucks.",
        ],
        "Nuclear Research: The national laboratories will share their research on small modular reactors "
        "and their fuel.",
    ]
    # The section in prose only and the closing line: not commitments, and not dropped silently.
    assert found.left_out == [
        "SECURITY",
        "The leaders discussed regional security and agreed to remain in close contact on developments in "
        "the region.",
        "The leaders will meet again next year in Ottawa.",
    ]


def test_a_fact_sheet_of_bold_lead_paragraphs_alone_is_one_list() -> None:
    found = reading("lead_paragraphs_only.md")
    pillar = found.summit.pillars[0]
    assert texts(pillar.commitments) == [
        "Fisheries Enforcement. The coast guards will run joint patrols against illegal fishing in the "
        "shared waters of both countries.",
        "Reducing Plastic Pollution. The environment agencies will launch a programme to keep plastic waste "
        "out of rivers that flow into the sea.",
        "Education Cooperation: Building on their memorandum of understanding, the two countries will double "
        "their exchange scholarships, which will include:",
        ["engineering scholarships for 200 students;", "summer schools for teachers."],
    ]
    assert pillar.intro.startswith("On the margins of the regional summit")
    assert found.left_out == ["The two presidents look forward to meeting again next year."]


def test_bold_leads_over_lists_stay_pillar_headings() -> None:
    summit = parse_file(CORPUS / "wh_2025_us_saudi_arabia_fact_sheet.md")
    assert [p.title for p in summit.pillars] == [
        "STRENGTHENING OUR STRATEGIC PARTNERSHIP",
        "ACHIEVING NUCLEAR ENERGY, CRITICAL MINERALS, AND TECHNOLOGY DOMINANCE",
        "DEEPENING DEFENSE COOPERATION AND REGIONAL SECURITY",
        "DRIVING AMERICAN ECONOMIC PROSPERITY AND JOB CREATION",
    ]


def test_sections_opened_in_bold_keep_their_inner_intros_and_paragraphs() -> None:
    summit = reading("bold_sections_fact_sheet.md").summit
    assert [p.title for p in summit.pillars] == [
        "The United States announced new support for the Harbour Partnership, bringing its total to "
        "$4 billion across partner ports.",
        "The leaders also reviewed progress on the coastal corridors that link the partner ports with their "
        "hinterland, and the investments that the corridors attract.",
        "Commitments from the private sector",
        "Additional notable investments this year include:",
    ]
    corridors, private = summit.pillars[1], summit.pillars[2]
    # The bold "***Investments to date include:***" intros and the corridor paragraphs stay in the section.
    assert corridors.intro.count("Investments to date include:") == 2
    assert "The Southern Corridor, the second of the partnership" in corridors.intro
    assert private.intro.startswith("The partners welcome companies")
    assert "Additionally, Bluewater Capital highlighted" in private.intro
    assert private.commitments[-1].text == "A 100 MW offshore wind farm off Port Marsh."


def test_bold_leads_under_a_bold_sentence_are_its_commitments() -> None:
    summit = reading("leads_under_bold_sentence.md").summit
    projects, private = summit.pillars[1], summit.pillars[2]
    assert projects.title.startswith("The President also announced new projects")
    assert [(c.text.split(":")[0], len(c.children)) for c in projects.commitments] == [
        ("Northern Corridor", 3),
        ("Coastal Power", 2),
        ("Port Marsh Cold Store", 0),
    ]
    assert projects.commitments[0].children[0].text == "A $250 million loan for the Greyford rail line."
    # A lead over the lists of two companies opens a pillar of its own.
    assert private.title == "Commitments from the private sector"
    assert len(private.commitments) == 3 and "Bluewater Capital" in private.intro


def test_bold_leads_under_a_lone_bold_sentence_stay_pillar_headings() -> None:
    text = (
        "**Today the leaders announced new steps for the partnership across the region:**\n\n"
        "**Trade and Investment:** The leaders will open their markets further.\n\n"
        "-   Cut tariffs on solar panels.\n-   Open a joint customs office.\n\n"
        "**Energy Security:** The leaders will connect their grids.\n\n"
        "-   Build a cross-border power line.\n-   Share reserves in an emergency.\n\n"
        "**Ports:** A new ferry line was launched last week between the two capitals.\n"
    )
    summit = read_text(text, "md", "steps.md").summit
    assert [(p.title, len(p.commitments)) for p in summit.pillars] == [
        ("Trade and Investment", 2),
        ("Energy Security", 2),
    ]


def test_an_overview_list_naming_the_sections_is_preamble() -> None:
    summit = reading("overview_list_fact_sheet.md").summit
    assert [p.title for p in summit.pillars] == [
        "BUILDING RESILIENCE",
        "ACCELERATING CLEAN ENERGY",
        "ENGAGING ALL OF SOCIETY IN TACKLING THE CLIMATE CRISIS",
    ]
    assert "Building Resilience – including support for early warning" in summit.preamble
    assert "Engaging All of Society in Tackling the Climate Crisis –" in summit.preamble


# ------------------------------------------------------------------------------------------- real documents


def test_a_real_joint_statement_keeps_its_sub_headings_as_groups_of_their_paragraphs() -> None:
    summit = parse_file(CORPUS / "wh_2023_us_eu_ttc_joint_statement.md", paragraphs=True)
    technologies = summit.pillars[1]
    assert technologies.title.startswith("A. Robust Transatlantic Cooperation on Emerging Technologies")
    groups = list(dict.fromkeys(c.group for c in technologies.commitments))
    assert groups == [
        "Artificial Intelligence",
        "AI Cooperation to Address Global Challenges",
        "Standardization work on critical and emerging technologies",
        "E-Mobility standards and interoperability with smart grids",
        "Semiconductors",
        "Quantum technologies",
    ]
    assert technologies.intro == ""  # the sub-headings are groups, not intro text


def test_real_numbered_joint_statement_gives_its_29_paragraphs() -> None:
    summit = parse_file(CORPUS / "wh_2023_india_us_joint_statement.md")
    items = summit.pillars[0].commitments
    assert len(items) == 29
    assert items[0].text.startswith("1. Prime Minister Narendra Modi welcomed United States President")
    assert items[28].text.startswith("29. ")


def test_real_all_caps_headings_split_by_a_line_break_inside_bold() -> None:
    summit = parse_file(CORPUS / "wh_2023_us_indonesia_fact_sheet.md")
    assert [p.title for p in summit.pillars] == [
        "FURTHERING OUR ECONOMIC PARTNERSHIP ON SHARED PROSPERITY",
        "LEADING ACTION TO COMBAT THE CLIMATE CRISIS",
        "ADVANCING REGIONAL STABILITY THROUGH DEEPENED SECURITY COOPERATION",
        "INVESTING IN A NEW ERA OF ENDURING PEOPLE-TO-PEOPLE TIES",
    ]
    assert summit.date == date(2023, 11, 13)


def test_real_heading_after_a_no_break_space_line_is_a_pillar_title() -> None:
    summit = parse_file(CORPUS / "wh_2024_us_india_joint_fact_sheet.md")
    assert summit.pillars[0].title == "Charting a Technology Partnership for the Future"
    assert summit.preamble.startswith("Today, United States President Joseph R. Biden")


def test_real_numbered_headings_the_first_made_a_one_item_list() -> None:
    summit = parse_file(CORPUS / "wh_2025_us_switzerland_joint_statement.md")
    assert [p.title for p in summit.pillars] == [
        "Investment, Commercial Considerations, and Opportunities",
        "2. Tariffs",
        "3. Non-Tariff Barriers and Related Matters",
        "4. Digital Trade and Technology",
        "5. Economic Security",
    ]


def test_front_matter_title_has_its_yaml_escapes_decoded() -> None:
    summit = parse_file(CORPUS / "wh_2022_us_eu_joint_statement.md")
    # YAML's "\\_" is a no-break space, which the title keeps as a plain space.
    assert summit.title == "Joint Statement by President Biden and President von der Leyen"
    assert summit.date == date(2022, 3, 24)


def test_the_annex_of_a_statement_is_not_dropped_silently() -> None:
    found = reading("corpus/wh_2022_us_eu_joint_statement.md")
    assert "Imposing Additional Costs on Russia" in found.left_out
    assert "Securing Global Food Supplies" in found.left_out


def test_flat_deals_after_a_colon_item_nest_in_a_real_statement() -> None:
    summit = parse_file(CORPUS / "wh_2025_us_malaysia_joint_statement.md")
    last = summit.pillars[0].commitments[-1]
    assert last.text.endswith(":")
    assert [c.text.split()[0] for c in last.children] == [
        "Procurement",
        "Purchase",
        "Purchase",
        "Purchase",
        "Capital",
    ]


# ------------------------------------------------------------------------------------------- paragraph mode


def test_a_prose_statement_is_refused_with_paragraph_mode_suggested() -> None:
    with pytest.raises(DocumentError, match=r"no list of commitments found; .*--paragraphs"):
        parse_file(CORPUS / "wh_2023_quad_cyber_joint_statement.md")


def test_paragraph_mode_makes_each_substantive_paragraph_a_commitment() -> None:
    summit = parse_file(CORPUS / "wh_2023_quad_cyber_joint_statement.md", paragraphs=True)
    assert len(summit.pillars) == 1
    assert [c.text[:22] for c in summit.pillars[0].commitments] == [
        "We the Quad partners o",
        "Internet-users worldwi",
        "The Challenge provides",
    ]


def test_paragraph_mode_keeps_headings_as_pillars_and_the_opening_as_preamble() -> None:
    summit = parse_file(DOCUMENTS / "pm_declaration_prose_only.html", paragraphs=True)
    assert [p.title for p in summit.pillars] == [
        "Diversity, equity and inclusion",
        "Climate change and the environment",
        "Competitiveness",
    ]
    assert summit.preamble.startswith("Today, the Prime Minister, the President of Mexico")


def test_paragraph_mode_under_enumerated_headings_nests_lists_under_their_paragraphs() -> None:
    found = reading("enumerated_headings_statement.md", paragraphs=True)
    summit = found.summit
    assert [p.title for p in summit.pillars] == [
        "I. Introduction",
        "A. Cooperation on Emerging Technologies",
        "B. Trade and Sustainability",
        "III. Conclusion",
    ]
    technology = summit.pillars[1]
    assert [c.text.split()[:3] for c in technology.commitments[0].children] == [
        ["terminology", "and", "taxonomy,"],
        ["standards", "and", "tools,"],
        ["monitoring", "of", "emerging"],
    ]
    # The plain bold sub-headings are groups inside the lettered pillars, not pillars of their own.
    assert [c.group for c in technology.commitments] == [
        "Artificial Intelligence",
        "Artificial Intelligence",
        "Semiconductors",
    ]
    assert [c.group for c in summit.pillars[2].commitments] == ["Connectivity in Third Countries"]
    assert summit.preamble == "10 May 2026 Ottawa, Canada"


def test_cli_paragraph_mode_and_warnings_in_the_dry_run_json(capsys: pytest.CaptureFixture[str]) -> None:
    source = str(CORPUS / "wh_2023_quad_cyber_joint_statement.md")
    assert main(["import", source, "--dry-run", "--json"]) != 0
    assert "--paragraphs" in capsys.readouterr().err
    assert main(["import", source, "--dry-run", "--json", "--paragraphs"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [len(p["commitments"]) for p in data["pillars"]] == [3]
    assert data["date"] == "2023-02-07"
    assert data["parties"] == ["AU", "IN", "JP", "US"]
    assert data["warnings"] == [
        {
            "kind": "parties_guessed",
            "pillar": "",
            "message": "Parties taken from the text, not its title: Australia, India, Japan, United States.",
            "text": "",
        },
        {
            "kind": "pillar_title_guessed",
            "pillar": "A",
            "message": "Pillar A has no heading; its title was taken from its text.",
            "text": "",
        },
    ]


# ---------------------------------------------------------------------------------------------- metadata


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("WASHINGTON — On February 23, 2021, the leaders met.", date(2021, 2, 23)),
        ("Ottawa (Ontario), le 10 janvier 2023 — Le premier ministre", date(2023, 1, 10)),
        ("Ciudad de México, 10 de enero de 2023. Hoy los líderes", date(2023, 1, 10)),
        ("Signed on 1er mars 2024 in Paris", date(2024, 3, 1)),
        ("On 31 February 2024 nothing happened", None),
    ],
)
def test_dates_in_english_french_and_spanish(text: str, when: date | None) -> None:
    assert find_date([text]) == when


@pytest.mark.parametrize(
    ("text", "place", "guessed"),
    [
        ("MEXICO CITY, January 10, 2023 – Today the leaders", "Mexico City", False),
        ("WASHINGTON, D.C. — Today the leaders", "Washington, D.C.", False),
        ("Ciudad de México, 10 de enero de 2023. Hoy", "Ciudad de México", False),
        ("Leaders met at the G7 Summit in Hiroshima to discuss.", "Hiroshima", True),
        ("The Quad Leaders' Summit at Camp David was held", "Camp David", True),
        ("ANNEX – TRANSATLANTIC COOPERATION", "", False),
        ("Today, President Biden met", "", False),
    ],
)
def test_places_from_datelines_and_summit_names(text: str, place: str, guessed: bool) -> None:
    assert find_location([text]) == (place, guessed)


def test_a_trilateral_written_with_abbreviations_gives_its_three_parties() -> None:
    parsed = ParsedSummit("FACT SHEET: Trilateral Australia-UK-US Partnership on Submarines", [])
    assert detect_parties(parsed) == ["AU", "GB", "US"]  # in the title's order
    assert detect_parties(ParsedSummit("Let us meet", [], preamble="They told us so.")) == []


def test_a_summit_named_with_its_year_or_place_comes_before_a_series() -> None:
    assert find_summit_name(["Allies met at the 2024 NATO Summit in Washington."]) == (
        "2024 NATO Summit in Washington"
    )
    assert find_summit_name(["the G7 Summit in Apulia."]) == "G7 Summit in Apulia"
    # A series named by at least two words is a title where there is none; a bare "Leaders' Summit" is not.
    assert find_summit_name(["at the North American Leaders' Summit, the leaders"]) == (
        "North American Leaders' Summit"
    )
    assert find_summit_name(["at the Leaders' Summit, the leaders"]) == ""
    assert find_summit_name(["the North American Leaders' Summit and the 2023 G7 Summit"]) == "2023 G7 Summit"
